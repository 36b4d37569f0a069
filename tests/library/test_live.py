"""Script sections in the live room, over real sockets (Redis channel layer, PostgreSQL)."""

import contextlib
import json

import pytest
from asgiref.sync import sync_to_async
from channels.layers import channel_layers, get_channel_layer
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.core.cache import cache

from chat.models import Message
from kindred import counters
from kindred.routing import websocket_urlpatterns
from library.models import LiveSection

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _fresh(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()


class Socket:
    def __init__(self, communicator):
        self.c = communicator

    async def send(self, frame: dict) -> None:
        await self.c.send_to(text_data=json.dumps(frame))

    async def recv_type(self, kind: str, timeout: float = 3) -> dict:
        while True:
            frame = json.loads(await self.c.receive_from(timeout=timeout))
            if frame["type"] == kind:
                return frame


@pytest.fixture
async def join():
    channel_layers.backends.clear()
    opened = []

    async def make(user, occurrence, *, listen=False):
        path = f"/ws/rooms/{occurrence.pk}/" + ("?listen=1" if listen else "")
        communicator = WebsocketCommunicator(URLRouter(websocket_urlpatterns), path)
        communicator.scope["user"] = user
        connected, code = await communicator.connect(timeout=5)
        assert connected, code
        socket = Socket(communicator)
        opened.append(socket)
        await socket.send({"type": "hello", "last_seq": None})
        socket.welcome = await socket.recv_type("welcome")
        return socket

    yield make
    for socket in opened:
        with contextlib.suppress(Exception):
            await socket.c.disconnect(timeout=3)
    layer = get_channel_layer()
    if hasattr(layer, "close_pools"):
        await layer.close_pools()
    await counters.aclose()
    channel_layers.backends.clear()


async def test_section_change_reaches_everyone_and_late_joiners(scripted, join):
    people, reading = scripted.people, scripted.sections[1]
    chair = await join(people.member, scripted.occurrence)
    listener = await join(people.reader, scripted.occurrence, listen=True)
    assert chair.welcome["section"] is None
    await chair.send({"type": "section.move", "section_id": reading.pk, "ref": 7})
    done = await chair.recv_type("done")
    assert done["for"] == "section.move" and done["ref"] == 7
    for socket in (chair, listener):
        frame = await socket.recv_type("section")
        assert frame["section"]["id"] == reading.pk
        assert frame["section"]["who_may_post"] == "nobody"
    late = await join(people.moderator, scripted.occurrence)
    assert late.welcome["section"]["id"] == reading.pk
    assert late.welcome["section"]["title"] == "Reading"


async def test_listener_cannot_move_and_bad_ids_are_refused(scripted, join):
    people = scripted.people
    reader = await join(people.reader, scripted.occurrence, listen=True)
    await reader.send({"type": "section.move", "section_id": scripted.sections[2].pk})
    error = await reader.recv_type("error")
    assert error["code"] == "not_chair"
    chair = await join(people.member, scripted.occurrence)
    await chair.send({"type": "section.move", "section_id": 987_654})
    error = await chair.recv_type("error")
    assert error["code"] == "no_such_section"
    assert not await sync_to_async(LiveSection.objects.exists)()


async def test_nobody_shares_during_a_reading_over_the_socket(scripted, join):
    people = scripted.people
    chair = await join(people.member, scripted.occurrence)
    await chair.send({"type": "section.move", "section_id": scripted.sections[1].pk})
    await chair.recv_type("section")
    moderator = await join(people.moderator, scripted.occurrence)
    await moderator.send({"type": "message.send", "client_id": "during-reading", "body": "hi"})
    error = await moderator.recv_type("error")
    assert error["code"] == "section_closed"
    assert not await sync_to_async(Message.objects.exists)()
