"""Graceful restarts and honest overload, end to end on real daphne workers.

A worker told to stop (SIGTERM, as systemd does on a deploy) stops listening, tells its room
sockets to reconnect elsewhere a few at a time (4503 with a retry_after), and exits once
they are gone. The clients come back on the other worker spread over those seconds, and
whatever was said meanwhile reaches every one of them exactly once. A worker that already
has too many arrivals waiting refuses a new socket at once with 4529 and a retry_after.
"""

import asyncio
import json
import random
import signal
import time

import pytest
from asgiref.sync import sync_to_async
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed

from groups.models import Role
from tests.chat.test_multiprocess import Client, _cookie
from tests.chat.workers import Worker, free_port

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]

SPREAD = 2.0  # KINDRED_DRAIN_SPREAD_SECONDS of the worker that restarts
DRAIN = 8.0  # KINDRED_DRAIN_SECONDS


@pytest.fixture
def pair(transactional_db, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    drain = {
        "KINDRED_DRAIN_SPREAD_SECONDS": str(SPREAD),
        "KINDRED_DRAIN_SECONDS": str(DRAIN),
        # One person says a lot here; the per-person limit is not what is tested.
        "KINDRED_RATE_LIMIT_MESSAGES": "1000",
    }
    workers = [Worker(free_port(), **drain), Worker(free_port(), **drain)]
    try:
        for worker in workers:
            worker.wait_ready()
        yield workers
    finally:
        for worker in workers:
            worker.stop()


class Listener:
    """A person in the room who behaves as the reference client (static/js/room-socket.js):
    on 4503 it waits the `closing` frame's retry_after plus jitter, reconnects to ``elsewhere``
    with its last seq, and keeps every message seq it is given, live or in a welcome."""

    def __init__(self, cookie: str, occurrence, elsewhere):
        self.cookie, self.occurrence, self.elsewhere = cookie, occurrence, elsewhere
        self.seqs: list[int] = []
        self.closing: dict | None = None
        self.close_code: int | None = None
        self.reconnected_at: float | None = None
        self.back = asyncio.Event()

    def take(self, frames) -> None:
        self.seqs += [m["seq"] for m in frames]

    async def run(self, worker) -> None:
        client = await Client.open(worker, self.occurrence, self.cookie)
        self.take(client.welcome["history"])
        self.ready = True
        try:
            async for raw in client.ws:
                frame = json.loads(raw)
                if frame["type"] == "message.new":
                    self.take([frame["message"]])
                elif frame["type"] == "closing":
                    self.closing = frame
        except ConnectionClosed:
            pass
        self.close_code = client.ws.close_code
        await asyncio.sleep(self.closing["retry_after"] + random.random() * 0.5)
        self.reconnected_at = time.monotonic()
        last = max(self.seqs, default=None)
        client = await Client.open(self.elsewhere, self.occurrence, self.cookie, last_seq=last)
        self.take(client.welcome["history"])
        self.back.set()
        self.client = client
        try:
            async for raw in client.ws:
                frame = json.loads(raw)
                if frame["type"] == "message.new":
                    self.take([frame["message"]])
        except ConnectionClosed:
            pass


async def test_a_restarting_worker_sends_its_people_to_the_other_spread_and_losing_nothing(
    pair, room, client, member_factory
):
    first, second = pair
    members = [
        await sync_to_async(member_factory)(room.group, Role.MEMBER, display_name=f"P{i}")
        for i in range(12)
    ]
    cookies = [await sync_to_async(_cookie)(client, m) for m in members]
    listeners = [Listener(c, room.occurrence, second) for c in cookies]
    tasks = [asyncio.create_task(x.run(first)) for x in listeners]
    try:
        speaker = await Client.open(
            second, room.occurrence, await sync_to_async(_cookie)(client, room.alice)
        )
        async with asyncio.timeout(30):
            while not all(getattr(x, "ready", False) for x in listeners):
                await asyncio.sleep(0.05)

        async def talk(n: int) -> None:
            await speaker.send(
                {"type": "message.send", "client_id": f"restart-{n:04d}", "body": f"m{n}"}
            )
            await speaker.until("message.ack", lambda f: f["client_id"] == f"restart-{n:04d}")

        await talk(1)
        told = time.monotonic()
        first.proc.send_signal(signal.SIGTERM)
        # Messages keep coming while the worker restarts.
        sent = 1
        while time.monotonic() - told < SPREAD + 1.5:
            sent += 1
            await talk(sent)
            await asyncio.sleep(0.1)

        # The restarting worker takes no new socket.
        with pytest.raises(OSError):
            await ws_connect(f"ws://127.0.0.1:{first.port}/ws/rooms/{room.occurrence.pk}/")

        async with asyncio.timeout(20):
            await asyncio.gather(*(x.back.wait() for x in listeners))
        # It exits once its sockets are gone, within its timeout.
        exited = await asyncio.to_thread(first.proc.wait, DRAIN + 5)
        assert exited is not None and time.monotonic() - told < DRAIN + 5

        sent += 1
        await talk(sent)
        async with asyncio.timeout(10):
            while not all(sent in x.seqs for x in listeners):
                await asyncio.sleep(0.05)
        for x in listeners:
            # Told why and when: 4503 with a suggested wait.
            assert x.close_code == 4503
            assert x.closing["code"] == 4503 and 0 <= x.closing["retry_after"] <= 1
            # Every message exactly once, in order, live or from the welcome.
            assert x.seqs == list(range(1, sent + 1))
        # The reconnects were spread over the drain's seconds, not one burst.
        times = sorted(x.reconnected_at for x in listeners)
        assert times[-1] - times[0] > SPREAD / 3
        busiest = max(sum(1 for t in times if s <= t < s + 0.1) for s in times)
        assert busiest < len(listeners) // 2

        for x in listeners:
            await x.client.ws.close()
        await speaker.ws.close()
        await asyncio.gather(*tasks)
    finally:
        # A failure above must not leave sockets open for later tests to trip on.
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for x in listeners:
            if hasattr(x, "client"):
                await x.client.ws.close()


@pytest.fixture
def full_worker(transactional_db, settings):
    """A worker whose admission queue is always full."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    worker = Worker(free_port(), KINDRED_ADMISSION_QUEUE="0", KINDRED_ADMISSION_RETRY_SECONDS="2")
    try:
        worker.wait_ready()
        yield worker
    finally:
        worker.stop()


async def test_a_saturated_worker_refuses_at_once_with_a_time_to_come_back(
    full_worker, room, client
):
    cookie = await sync_to_async(_cookie)(client, room.alice)
    started = time.monotonic()
    ws = await ws_connect(
        f"ws://127.0.0.1:{full_worker.port}/ws/rooms/{room.occurrence.pk}/",
        origin=f"http://127.0.0.1:{full_worker.port}",
        additional_headers={"Cookie": cookie},
        open_timeout=10,
    )
    frames = []
    with pytest.raises(ConnectionClosed) as closed:
        async with asyncio.timeout(10):
            while True:
                frames.append(json.loads(await ws.recv()))
    assert closed.value.rcvd.code == 4529
    assert [f["type"] for f in frames] == ["closing"]
    assert frames[0]["code"] == 4529 and 2 <= frames[0]["retry_after"] <= 4
    assert frames[0]["detail"]
    assert time.monotonic() - started < 5
