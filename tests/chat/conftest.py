"""Fixtures for the live room: a live meeting, people in it, sockets."""

import asyncio
import contextlib
import datetime as dt
import json

import pytest
from asgiref.sync import SyncToAsync
from channels.layers import get_channel_layer
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.core.cache import cache
from django.db import connections
from django.utils import timezone

from groups.models import Role
from kindred import counters
from kindred.routing import websocket_urlpatterns
from meetings.models import MeetingSeries, Occurrence


@pytest.fixture(autouse=True)
def _fast_and_fresh(settings):
    # Hashing real passwords costs a second per person on a busy machine.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()  # flood counters live in the shared cache
    # Moderation's per-person message limit is tested there; here people post in bursts.
    settings.KINDRED_RATE_LIMIT_MESSAGES = 1000
    yield
    # Tests call services through asgiref's sync thread: close its connection.
    SyncToAsync.single_thread_executor.submit(connections.close_all).result()


@pytest.fixture
def occurrence_factory(db):
    def make(group, *, state="live", is_open=False, chair=None, **fields):
        now = timezone.now()
        start = {
            "live": now - dt.timedelta(minutes=5),
            "lobby": now + dt.timedelta(minutes=5),
            "upcoming": now + dt.timedelta(hours=3),
            "ended": now - dt.timedelta(hours=3),
            "cancelled": now - dt.timedelta(minutes=5),
        }[state]
        series = MeetingSeries.objects.create(
            group=group,
            title="Evening share",
            is_open=is_open,
            chair=chair,
            start_time=dt.time(19, 0),
            start_date=start.date(),
            weekdays=[start.weekday()],
            lobby_minutes=10,
            grace_minutes=15,
        )
        return Occurrence.objects.create(
            series=series,
            original_start=start,
            start=start,
            end=start + dt.timedelta(hours=1),
            cancelled=state == "cancelled",
            **fields,
        )

    return make


@pytest.fixture
def room(group_factory, member_factory, occurrence_factory, user_factory):
    """A live meeting of a private group with an owner (chair), a moderator, two members
    and a reader."""

    class Room:
        pass

    r = Room()
    r.owner = user_factory(display_name="Olive")
    r.group = group_factory(owner=r.owner, visibility="private")
    r.moderator = member_factory(r.group, Role.MODERATOR, display_name="Mo")
    r.alice = member_factory(r.group, Role.MEMBER, display_name="Alice")
    r.bob = member_factory(r.group, Role.MEMBER, display_name="Bob")
    r.reader = member_factory(r.group, Role.READER, display_name="Rae")
    r.occurrence = occurrence_factory(r.group, chair=r.owner)
    return r


async def refusal(communicator: WebsocketCommunicator, *, timeout: float = 5) -> int:
    """Connect ``communicator`` to a room that refuses it, and answer the close code. The
    room accepts only to say why: a ``closing`` frame with the same code, then the close."""
    connected, code = await communicator.connect(timeout=timeout)
    assert connected, f"refused before accept ({code}): no client could read the code"
    closing = json.loads(await communicator.receive_from(timeout=timeout))
    closed = await communicator.receive_output(timeout=timeout)
    assert closed["type"] == "websocket.close", closed
    assert (closing["type"], closing["code"]) == ("closing", closed["code"])
    assert closing["detail"]
    return closed["code"]


class Socket:
    """A WebsocketCommunicator with JSON helpers and a record of every frame received."""

    def __init__(self, communicator: WebsocketCommunicator):
        self.c = communicator
        self.seen: list[dict] = []

    async def send(self, frame) -> None:
        await self.c.send_to(text_data=frame if isinstance(frame, str) else json.dumps(frame))

    async def recv(self, timeout: float = 3) -> dict:
        frame = json.loads(await self.c.receive_from(timeout=timeout))
        self.seen.append(frame)
        return frame

    async def recv_type(self, kind: str, timeout: float = 3) -> dict:
        """Skip frames until one of ``kind`` arrives."""
        while True:
            frame = await self.recv(timeout=timeout)
            if frame["type"] == kind:
                return frame

    async def recv_until(self, kind: str, check, timeout: float = 3) -> dict:
        """Skip frames until one of ``kind`` for which ``check(frame)`` is true."""
        while True:
            frame = await self.recv_type(kind, timeout=timeout)
            if check(frame):
                return frame

    async def quiet(self, timeout: float = 0.3) -> bool:
        return await self.c.receive_nothing(timeout=timeout)

    async def drain(self, timeout: float = 0.3) -> list[dict]:
        out = []
        while not await self.c.receive_nothing(timeout=timeout):
            out.append(await self.recv())
        return out

    async def close(self) -> None:
        # As long as daphne gives a closed socket's application to finish (its
        # --application-close-timeout, 10 s): the test communicator's default of 1 s cancelled
        # the leaving (presence row, the room told) on a loaded machine, and the others then
        # never heard of it.
        await self.c.disconnect(timeout=10)


@pytest.fixture
async def connect():
    """``await connect(user, occurrence, hello=True, last_seq=None, listen=False, view=None)``
    (``view="readings"``: the readings-only view); sockets
    still open at the end are closed, and the channel layer's connections with them."""
    from channels.layers import channel_layers

    # A fresh layer per test: the Redis layer's locks and pools belong to one event loop.
    channel_layers.backends.clear()
    opened: list[Socket] = []

    async def make(
        user, occurrence, *, hello=True, last_seq=None, listen=False, expect=True, view=None
    ):
        query = [q for q in ("listen=1" if listen else "", f"view={view}" if view else "") if q]
        path = f"/ws/rooms/{occurrence.pk}/" + ("?" + "&".join(query) if query else "")
        communicator = WebsocketCommunicator(URLRouter(websocket_urlpatterns), path)
        communicator.scope["user"] = user
        if not expect:
            return await refusal(communicator)
        connected, code = await communicator.connect(timeout=5)
        assert connected, code
        socket = Socket(communicator)
        opened.append(socket)
        if hello:
            await socket.send({"type": "hello", "last_seq": last_seq})
            socket.welcome = await socket.recv_type("welcome")
        return socket

    yield make
    try:
        for socket in opened:
            # Already closed by the test, or timed out: a disconnect that times out raises
            # CancelledError, which is not an Exception.
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await socket.c.disconnect(timeout=3)
    finally:
        # Whatever happened above, the next test gets a fresh channel layer: a layer left
        # over from a failed test turned one timeout into a run of failures after it.
        layer = get_channel_layer()
        if hasattr(layer, "close_pools"):
            await layer.close_pools()
        await counters.aclose()
        channel_layers.backends.clear()
