"""WebSocket routes. Each app that serves sockets adds its own patterns here."""

from django.urls import path

from chat.consumers import RoomConsumer

websocket_urlpatterns: list = [
    path("ws/rooms/<int:occurrence_id>/", RoomConsumer.as_asgi()),
]
