"""The room socket's database calls (chat/dbcalls.py): a kept connection that answered
within HEALTH_TRUSTED_SECONDS is not pinged again before the next call's first query, and a
member's message does not wait behind the room's other calls."""

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections

from chat import dbcalls

pytestmark = pytest.mark.django_db(transaction=True)


def _probe() -> bool:
    """Whether Django still means to ping this thread's connection, then a query."""
    connection = connections["default"]
    pending = connection.connection is not None and not connection.health_check_done
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return pending


def _close() -> None:
    connections.close_all()


async def _calls(n: int) -> list[bool]:
    pool = ThreadPoolExecutor(max_workers=1)  # one thread: one connection throughout
    try:
        call = dbcalls._DatabaseCall
        results = [await call(_probe, thread_sensitive=False, executor=pool)() for _ in range(n)]
        await call(_close, thread_sensitive=False, executor=pool)()
        return results
    finally:
        pool.shutdown()


@pytest.fixture(autouse=True)
def _kept_and_checked(settings, monkeypatch):
    """Connections kept between calls and health-checked, as in production."""
    monkeypatch.setitem(settings.DATABASES["default"], "CONN_MAX_AGE", 60)
    monkeypatch.setitem(settings.DATABASES["default"], "CONN_HEALTH_CHECKS", True)


async def test_a_connection_that_just_answered_is_not_pinged():
    # The first call opens the connection; the next ones reuse it without a ping.
    assert await _calls(3) == [False, False, False]


async def test_past_the_trusted_time_the_connection_is_pinged_again(monkeypatch):
    monkeypatch.setattr(dbcalls, "HEALTH_TRUSTED_SECONDS", 0.0)
    assert await _calls(3) == [False, True, True]


async def _until(check, timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(0.02)


async def test_a_message_goes_ahead_of_the_other_calls_waiting_for_a_database_thread(
    room, connect, settings
):
    """In a storm, arrivals' admissions, welcomes and presence fill the queue for the room's
    database threads: a member's message starts on the next thread free, ahead of them, and
    is acknowledged and heard by the room while they still wait."""
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    # A first message, so that loading what screening reads is not in the timing below.
    await alice.send({"type": "message.send", "client_id": "before-busy-1", "body": "hello"})
    await alice.recv_type("message.ack", timeout=10)
    await bob.recv_type("message.new", timeout=10)
    release = threading.Event()
    started: list[int] = []

    def other(i: int) -> None:
        started.append(i)
        time.sleep(0.5)

    threads = settings.KINDRED_DB_THREADS
    pool = dbcalls._DB_THREADS
    held = [
        asyncio.ensure_future(dbcalls.database_sync_to_async(release.wait)())
        for _ in range(threads)
    ]
    queued = []
    try:
        queued = [
            asyncio.ensure_future(dbcalls.database_sync_to_async(other)(i)) for i in range(20)
        ]
        await _until(lambda: pool.waiting() == (0, 20))
        assert not any(call.done() for call in held)  # every thread is taken
        await alice.send(
            {"type": "message.send", "client_id": "while-busy-1", "body": "still here"}
        )
        await _until(lambda: pool.waiting() == (1, 20))
        release.set()
        ack = await alice.recv_type("message.ack", timeout=5)
        heard = await bob.recv_type("message.new", timeout=5)
        # Only the threads freed alongside the message's took a waiting call meanwhile, and
        # its own thread one after it: in the queue's order, the message would have waited
        # for all twenty.
        assert len(started) <= threads
        assert (ack["seq"], ack["status"]) == (2, "visible")
        assert heard["message"]["seq"] == 2 and heard["message"]["author"] == "Alice"
    finally:
        release.set()
        await asyncio.gather(*held, *queued)
    assert sorted(started) == list(range(20))  # the others all ran, in their own order
    assert started == sorted(started)


def test_the_pool_keeps_to_its_size_and_hands_back_each_calls_result_or_error():
    pool = dbcalls._RoomThreads(max_workers=2, thread_name_prefix="test-room-db")
    names: set[str] = set()

    def work(i: int) -> int:
        names.add(threading.current_thread().name)
        time.sleep(0.02)
        if i == 3:
            raise ValueError("no")
        return i * i

    futures = [(pool.messages if i % 2 else pool).submit(work, i) for i in range(10)]
    assert [f.result(timeout=5) for i, f in enumerate(futures) if i != 3] == [
        i * i for i in range(10) if i != 3
    ]
    with pytest.raises(ValueError, match="no"):
        futures[3].result(timeout=5)
    assert len(names) == 2 and pool.waiting() == (0, 0)
