"""The floor: the least a Channels room can do. It broadcasts each frame it receives to the
room's group over the project's own channel layer, with no database and no checks, so the
difference between it and Kindred is the cost of Kindred's own work."""

from channels.generic.websocket import AsyncWebsocketConsumer


class FloorConsumer(AsyncWebsocketConsumer):
    async def connect(self) -> None:
        self.room = f"floor.{self.scope['url_route']['kwargs']['room']}"
        await self.channel_layer.group_add(self.room, self.channel_name)
        await self.accept()

    async def disconnect(self, code: int) -> None:
        await self.channel_layer.group_discard(self.room, self.channel_name)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if text_data is not None:
            await self.channel_layer.group_send(
                self.room, {"type": "floor.frame", "text": text_data}
            )

    async def floor_frame(self, event: dict) -> None:
        await self.send(text_data=event["text"])
