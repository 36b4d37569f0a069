"""A whole meeting on two real daphne workers, from the lobby to its end, with people on
both, hostile frames, a Redis outage and a worker killed mid-meeting: the workers' logs
hold no ERROR and no traceback, and every close code a client sees is one
docs/protocol.md lists."""

import asyncio
import contextlib
import json
import signal

import pytest
from asgiref.sync import sync_to_async
from channels.layers import channel_layers
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed

from meetings.services import occurrence_end_now, occurrence_start_now
from tests.chat import protocol_doc
from tests.chat.test_wire import cookie_for
from tests.reliability.procs import Daphne, PrivateRedis
from tests.reliability.test_faults import _database_url

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]


class Person:
    def __init__(self, worker, occurrence, cookie):
        self.worker, self.occurrence, self.cookie = worker, occurrence, cookie
        self.ws = None
        self.close_code = None

    async def open(self, worker=None):
        self.worker = worker or self.worker
        async with asyncio.timeout(30):
            while True:  # as a client does: again, with a pause, until welcomed
                with contextlib.suppress(ConnectionClosed):
                    return await self._open()
                await asyncio.sleep(0.5)

    async def _open(self):
        self.ws = await ws_connect(
            f"ws://127.0.0.1:{self.worker.port}/ws/rooms/{self.occurrence.pk}/",
            origin=f"http://127.0.0.1:{self.worker.port}",
            additional_headers={"Cookie": self.cookie},
            open_timeout=10,
        )
        await self.ws.send(json.dumps({"type": "hello"}))
        return await self.until("welcome")

    async def send(self, frame) -> None:
        await self.ws.send(frame if isinstance(frame, str) else json.dumps(frame))

    async def until(self, kind: str, check=lambda f: True, timeout: float = 15) -> dict:
        async with asyncio.timeout(timeout):
            while True:
                frame = json.loads(await self.ws.recv())
                if frame["type"] == kind and check(frame):
                    return frame

    async def say(self, client_id: str, body: str) -> dict:
        """Send a message until it is acknowledged, as a client does after server_error."""
        frame = {"type": "message.send", "client_id": client_id, "body": body}
        while True:
            await self.send(frame)
            answer = await self._ack_or_error(client_id)
            if answer["type"] == "message.ack":
                return answer
            assert answer["code"] == "server_error", answer
            await asyncio.sleep(answer["retry_after"] / 10)

    async def _ack_or_error(self, client_id: str) -> dict:
        async with asyncio.timeout(15):
            while True:
                frame = json.loads(await self.ws.recv())
                if (
                    frame["type"] in ("message.ack", "error")
                    and frame.get("client_id") == client_id
                ):
                    return frame

    async def until_closed(self, timeout: float = 15) -> int | None:
        with contextlib.suppress(ConnectionClosed):
            await self.until("never", timeout=timeout)
        self.close_code = self.ws.close_code
        return self.close_code


def _clean(log: str) -> list[str]:
    return [line for line in log.splitlines() if "ERROR" in line or "Traceback" in line]


async def test_a_whole_meeting_leaves_no_error_in_the_logs(room, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    await sync_to_async(_to_lobby)(room)
    redis = PrivateRedis()
    # This process's events (the chair starting and ending the meeting) go to the
    # workers' Redis.
    layer = settings.CHANNEL_LAYERS["default"]
    settings.CHANNEL_LAYERS = {
        "default": {**layer, "CONFIG": {**layer["CONFIG"], "hosts": [{"address": redis.url}]}}
    }
    channel_layers.backends.clear()
    a = Daphne(database_url=_database_url(), redis_url=redis.url)
    b = Daphne(database_url=_database_url(), redis_url=redis.url)
    people = []
    try:
        cookies = {
            name: await sync_to_async(cookie_for)(getattr(room, name))
            for name in ("owner", "alice", "bob", "reader")
        }
        chair = Person(a, room.occurrence, cookies["owner"])
        alice = Person(a, room.occurrence, cookies["alice"])
        bob = Person(b, room.occurrence, cookies["bob"])
        reader = Person(b, room.occurrence, cookies["reader"])
        people = [chair, alice, bob, reader]
        for person in people:
            assert (await person.open())["state"] == "lobby"

        await sync_to_async(occurrence_start_now)(actor=room.owner, occurrence=room.occurrence)
        await alice.until("room.state", lambda f: f["state"] == "live")
        await alice.send({"type": "message.send", "client_id": "meet-0001", "body": "hello"})
        await bob.until("message.new")
        for hostile in ('{"type":"message.send","body":"\\ud800"}', "[[[[", '{"type":"x"}'):
            await bob.send(hostile)
        await bob.send({"type": "hand.raise"})
        await chair.until("queue", lambda q: q["hands"])
        await chair.send({"type": "queue.call_next"})
        await chair.send({"type": "timer.set", "seconds": 60})
        await chair.until("timer")

        # Redis stops for a while: sockets close with 4500 ("try again"); everyone comes
        # back once it is up again, and the meeting goes on.
        # (Stopped and started from a thread: the clients must answer the server's close
        # within a second, or their connections are dropped and they see 1006.)
        await asyncio.to_thread(redis.stop)
        for person in people:
            assert await person.until_closed() == 4500
        await asyncio.sleep(2)
        await asyncio.to_thread(redis.start)
        for person in people:
            await person.open()
        await alice.say("meet-0003", "again")
        await bob.until("message.new", lambda f: f["message"]["seq"] == 2)

        # Worker B dies; its people come back on A and resume.
        b.stop(signal.SIGKILL)
        for person in (bob, reader):
            await person.until_closed()
            await person.open(a)
        await bob.send({"type": "message.send", "client_id": "meet-0002", "body": "back"})
        await alice.until("message.new", lambda f: f["message"]["seq"] == 3)

        await sync_to_async(occurrence_end_now)(actor=room.owner, occurrence=room.occurrence)
        codes = {await person.until_closed() for person in people}
        assert codes == {4412}  # the meeting ended: its own code, not a refusal
        assert codes <= protocol_doc.documented()["close"]
        await asyncio.sleep(1)  # what the workers do after the last socket closed
    finally:
        for person in people:
            if person.ws is not None:
                await person.ws.close()
        a.stop()
        b.stop()
        redis.stop()
        layer = channel_layers.backends.get("default")
        if layer is not None and hasattr(layer, "close_pools"):
            await layer.close_pools()
        channel_layers.backends.clear()
    for worker in (a, b):
        log = worker.log_path.read_text()
        # The whole log when it fails: a traceback's cause is in the lines after it.
        assert _clean(log) == [], log[-6000:]


def _to_lobby(room) -> None:
    import datetime as dt

    from django.utils import timezone

    start = timezone.now() + dt.timedelta(minutes=5)
    occurrence = room.occurrence
    occurrence.start = start
    occurrence.end = start + dt.timedelta(hours=1)
    occurrence.save(update_fields=["start", "end"])
