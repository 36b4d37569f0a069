"""A hello's answer limit counts from its admission turn, end to end on a real daphne worker.

In a storm of arrivals a hello may wait longer than FRAME_ANSWER_SECONDS for one of the
worker's admission turns. It must still get its ``welcome``, with nothing missing, rather
than a ``server_error`` that sends the client back to queue again (docs/protocol.md). A
hello whose own database work, once it has its turn, takes longer than the limit still
gets ``server_error`` with a ``retry_after``.

The worker has one admission turn. Another PostgreSQL connection holds a real lock that
keeps a socket's admission (or a hello's own read) waiting, and lets go when the test says.
"""

import asyncio
import json
import time

import psycopg
import pytest
from asgiref.sync import sync_to_async
from websockets.asyncio.client import connect as ws_connect

from chat.frame_handlers import FRAME_ANSWER_SECONDS
from chat.models import Message, RoomPresence
from tests.chat.test_multiprocess import Client, _cookie
from tests.chat.workers import Worker, _database_url, free_port

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]

# How long the first admission is kept waiting, from the moment the late hello is sent.
HELD = FRAME_ANSWER_SECONDS + 0.8


@pytest.fixture
def one_turn(transactional_db, settings):
    """A worker with a single admission turn, and a URL of its database."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    worker = Worker(free_port(), KINDRED_ADMISSION_CONCURRENCY="1")
    try:
        worker.wait_ready()
        yield worker, _database_url()
    finally:
        worker.stop()


async def _waiting_on_a_lock(url: str, *, timeout: float = 10) -> None:
    """Return once a backend of the test database waits for a lock."""
    async with (
        await psycopg.AsyncConnection.connect(url, autocommit=True) as watcher,
        asyncio.timeout(timeout),
    ):
        while True:
            cursor = await watcher.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if (await cursor.fetchone())[0]:
                return
            await asyncio.sleep(0.05)


def _seqs(frames: list[dict]) -> list[int]:
    """Message seqs a client was given, from its welcome's history and live, in order."""
    seqs: list[int] = []
    for frame in frames:
        if frame["type"] == "welcome":
            seqs += [m["seq"] for m in frame["history"]]
        elif frame["type"] == "message.new":
            seqs.append(frame["message"]["seq"])
    return seqs


async def test_a_hello_that_waits_longer_than_the_limit_for_its_turn_is_welcomed(
    one_turn, room, client
):
    worker, url = one_turn
    speaker = await Client.open(
        worker, room.occurrence, await sync_to_async(_cookie)(client, room.alice)
    )
    late_cookie = await sync_to_async(_cookie)(client, room.bob)
    first_cookie = await sync_to_async(_cookie)(client, room.moderator)

    async def talk(n: int) -> None:
        await speaker.send({"type": "message.send", "client_id": f"turn-{n:05d}", "body": f"{n}"})
        await speaker.until("message.ack", lambda f: f["client_id"] == f"turn-{n:05d}")

    for n in (1, 2):
        await talk(n)

    # The late socket is admitted; its hello comes later.
    late = await ws_connect(
        f"ws://127.0.0.1:{worker.port}/ws/rooms/{room.occurrence.pk}/",
        origin=f"http://127.0.0.1:{worker.port}",
        additional_headers={"Cookie": late_cookie},
        open_timeout=10,
    )
    first_task = None
    locker = await psycopg.AsyncConnection.connect(url)
    try:
        # Another connection keeps presence rows from being written: the next admission
        # takes the worker's only turn and waits there for the lock.
        await locker.execute(f"LOCK TABLE {RoomPresence._meta.db_table} IN SHARE MODE")
        first_task = asyncio.create_task(Client.open(worker, room.occurrence, first_cookie))
        await _waiting_on_a_lock(url)

        sent = time.monotonic()
        await late.send(json.dumps({"type": "hello", "last_seq": None}))
        # The room keeps talking while the hello waits for its turn.
        await talk(3)
        await asyncio.sleep(max(0.0, sent + HELD - time.monotonic()))
        await locker.commit()
        released = time.monotonic()

        frames: list[dict] = []
        async with asyncio.timeout(10):
            while not frames or frames[-1]["type"] not in ("welcome", "error"):
                frames.append(json.loads(await late.recv()))
        answered = time.monotonic()
        assert frames[-1]["type"] == "welcome", frames[-1]
        assert not [f for f in frames if f["type"] == "error"], frames
        # The test proves what it says: the hello waited longer than the limit, and was
        # answered only once the turn was free.
        assert released - sent > FRAME_ANSWER_SECONDS
        assert answered - sent > FRAME_ANSWER_SECONDS

        first = await asyncio.wait_for(first_task, 10)
        assert [m["seq"] for m in first.welcome["history"]] == [1, 2, 3]

        # Nothing lost, nothing doubled: every message once, in order, from the welcome
        # or live, including those said while it waited and after.
        await talk(4)
        async with asyncio.timeout(10):
            while 4 not in _seqs(frames):
                frames.append(json.loads(await late.recv()))
        assert _seqs(frames) == [1, 2, 3, 4]
        await first.ws.close()
    finally:
        await locker.close()
        if first_task is not None and not first_task.done():
            first_task.cancel()
            await asyncio.gather(first_task, return_exceptions=True)
        await late.close()
        await speaker.ws.close()
    stored = await sync_to_async(list)(Message.objects.values_list("client_id", flat=True))
    assert sorted(stored) == [f"turn-{n:05d}" for n in (1, 2, 3, 4)]


async def test_a_hello_whose_own_read_passes_the_limit_gets_server_error_to_retry(
    one_turn, room, client
):
    worker, url = one_turn
    ws = await ws_connect(
        f"ws://127.0.0.1:{worker.port}/ws/rooms/{room.occurrence.pk}/",
        origin=f"http://127.0.0.1:{worker.port}",
        additional_headers={"Cookie": await sync_to_async(_cookie)(client, room.bob)},
        open_timeout=10,
    )
    locker = await psycopg.AsyncConnection.connect(url)
    try:
        # Nothing waits for the turn: the hello's own read of the room's messages waits.
        await locker.execute(f"LOCK TABLE {Message._meta.db_table} IN ACCESS EXCLUSIVE MODE")
        sent = time.monotonic()
        await ws.send(json.dumps({"type": "hello", "ref": "h1"}))
        async with asyncio.timeout(10):
            answer = json.loads(await ws.recv())
        answered = time.monotonic()
        await locker.commit()
        assert (answer["type"], answer.get("code")) == ("error", "server_error"), answer
        assert answer["retry_after"] > 0 and answer["ref"] == "h1", answer
        assert answered - sent >= FRAME_ANSWER_SECONDS

        # Once the database answers, the client's retry is welcomed on the same socket.
        await ws.send(json.dumps({"type": "hello", "ref": "h2"}))
        async with asyncio.timeout(10):
            while (frame := json.loads(await ws.recv()))["type"] != "welcome":
                assert frame["type"] != "error", frame
    finally:
        await locker.close()
        await ws.close()
