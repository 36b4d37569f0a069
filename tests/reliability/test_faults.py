"""Faults, end to end, with real processes: two daphne workers on PostgreSQL and Redis.

- a worker is killed mid-meeting: its people reconnect to the other and resume; every
  acknowledged message reaches everyone exactly once;
- Redis stops for a few seconds (a private redis-server, never the shared one): no worker
  dies; every send is acknowledged or answered with something the client retries; after
  Redis is back everyone resumes with nothing missing;
- a client that stops reading slows nobody else down and catches up when it reads again;
- signing out closes a person's sockets on both workers; the flood limit holds per person
  across workers; frames over daphne's limit are refused without memory growth, and no
  compression is negotiated (so there is no decompression bomb to defuse).

PostgreSQL restarts are in test_database_restart.py. Each test is bounded in time.
"""

import asyncio
import signal

import pytest
from asgiref.sync import sync_to_async
from django.db import connection
from django.test import Client as HttpClient
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed

from chat.models import Message
from tests.reliability.clients import RoomClient
from tests.reliability.procs import Daphne, PrivateRedis

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]

BURSTY = {"KINDRED_RATE_LIMIT_MESSAGES": "100000", "KINDRED_WS_FRAMES_PER_WINDOW": "100000"}


def _database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def _cookie(user) -> str:
    client = HttpClient()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


async def _people(room, workers, *names):
    out = []
    for name in names:
        cookie = await sync_to_async(_cookie)(getattr(room, name))
        out.append(RoomClient(name, cookie, room.occurrence.pk, workers))
    return out


@pytest.fixture
def pair(transactional_db):
    """Two workers on the shared Redis and the test database."""
    import os

    started = []

    def start(**env):
        worker = Daphne(database_url=_database_url(), redis_url=os.environ["REDIS_URL"], **env)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


async def _stored() -> list[tuple[int, str]]:
    return await sync_to_async(list)(
        Message.objects.order_by("seq").values_list("seq", "client_id")
    )


def _exactly_once(client: RoomClient, acknowledged: set[int]) -> None:
    assert len(client.seqs) == len(set(client.seqs)), (client.name, client.seqs)
    assert client.seqs == sorted(client.seqs), (client.name, client.seqs)
    assert acknowledged <= set(client.seqs), (client.name, acknowledged - set(client.seqs))


async def test_killing_a_worker_mid_meeting_loses_and_doubles_nothing(pair, room):
    a, b = pair(**BURSTY), pair(**BURSTY)
    workers = [a, b]
    alice, bob, mo = await _people(room, workers, "alice", "bob", "moderator")
    await alice.connect(a)
    await bob.connect(b)
    await mo.connect(b)
    acknowledged = set()
    try:
        async with asyncio.timeout(90):
            for n in range(1, 4):
                seq, _ = await alice.say(f"kill-alice-{n:03d}", f"before {n}")
                acknowledged.add(seq)
            b.stop(signal.SIGKILL)  # mid-meeting, without a goodbye
            # Alice keeps talking while Bob and Mo find their way to the other worker;
            # Bob talks too as soon as he is back.
            for n in range(4, 8):
                seq, _ = await alice.say(f"kill-alice-{n:03d}", f"after {n}")
                acknowledged.add(seq)
            for n in range(1, 4):
                seq, _ = await bob.say(f"kill-bob-{n:05d}", f"bob {n}")
                acknowledged.add(seq)
            top = max(acknowledged)
            for client in (alice, bob, mo):
                await client.caught_up(top)
    finally:
        for client in (alice, bob, mo):
            await client.close()
    stored = await _stored()
    assert {seq for seq, _ in stored} == acknowledged
    assert len({cid for _, cid in stored}) == len(stored) == 10
    for client in (alice, bob, mo):
        _exactly_once(client, acknowledged)
    assert bob.connects >= 2 and mo.connects >= 2
    assert a.alive


@pytest.mark.parametrize("layer", ["redis", "pubsub"])
async def test_redis_outage_loses_nothing_and_no_worker_dies(transactional_db, room, layer):
    redis = PrivateRedis()
    workers = []
    try:
        workers = [
            Daphne(database_url=_database_url(), redis_url=redis.url, CHANNEL_LAYER=layer, **BURSTY)
            for _ in range(2)
        ]
        a, b = workers
        alice, bob = await _people(room, workers, "alice", "bob")
        await alice.connect(a)
        await bob.connect(b)
        acknowledged = set()
        async with asyncio.timeout(120):
            seq, _ = await alice.say("redis-before-1", "before the outage")
            acknowledged.add(seq)
            await bob.caught_up(seq)
            await asyncio.to_thread(redis.stop)  # the clients' event loop goes on meanwhile
            # Sends during the outage: each is stored and acknowledged, or refused with an
            # error or a closed socket, and the client tries again until it is stored.
            sending = [
                asyncio.create_task(alice.say(f"redis-during-{n}", f"during {n}")) for n in range(1)
            ] + [asyncio.create_task(bob.say("redis-bob-during", "bob during"))]
            await asyncio.sleep(4)
            assert all(w.alive for w in workers), [w.log_text()[-2000:] for w in workers]
            await asyncio.to_thread(redis.start)
            for task in sending:
                seq, _ = await task
                acknowledged.add(seq)
            seq, _ = await alice.say("redis-after-1", "after the outage")
            acknowledged.add(seq)
            for client in (alice, bob):
                await client.caught_up(max(acknowledged))
        await alice.close()
        await bob.close()
        assert all(w.alive for w in workers)
        stored = await _stored()
        assert {s for s, _ in stored} == acknowledged
        assert len(stored) == 4
        for client in (alice, bob):
            _exactly_once(client, acknowledged)
    finally:
        for worker in workers:
            worker.stop()
        redis.stop()


async def test_a_client_that_stops_reading_slows_nobody_and_catches_up(pair, room):
    a, b = pair(**BURSTY), pair(**BURSTY)
    workers = [a, b]
    alice, bob, mo = await _people(room, workers, "alice", "bob", "moderator")
    await alice.connect(a)
    await bob.connect(b)
    await mo.connect(a)  # on the same worker as the sender
    acknowledged = set()
    mo.paused.clear()  # Mo stops reading
    body = "x " * 900
    try:
        async with asyncio.timeout(90):
            loop = asyncio.get_running_loop()
            started = loop.time()
            for n in range(40):
                seq, _ = await alice.say(f"slow-{n:05d}", f"{n} {body}")
                acknowledged.add(seq)
            await bob.caught_up(max(acknowledged), timeout=30)
            elapsed = loop.time() - started
            assert (mo.last_seq or 0) < max(acknowledged)  # Mo really was not reading
            mo.paused.set()
            await mo.caught_up(max(acknowledged), timeout=30)
    finally:
        for client in (alice, bob, mo):
            await client.close()
    assert elapsed < 60
    for client in (alice, bob, mo):
        _exactly_once(client, acknowledged)


async def test_sign_out_flood_limit_and_frame_limits_across_two_workers(pair, room):
    a = pair(KINDRED_WS_FRAMES_PER_WINDOW="10", KINDRED_RATE_LIMIT_MESSAGES="100000")
    b = pair(KINDRED_WS_FRAMES_PER_WINDOW="10", KINDRED_RATE_LIMIT_MESSAGES="100000")
    workers = [a, b]
    on_a, on_b = await _people(room, workers, "alice", "alice")
    await on_a.connect(a)
    await on_b.connect(b)
    try:
        async with asyncio.timeout(90):
            # The flood limit: one budget for Alice over both workers.
            outcomes = []
            for n in range(12):
                client = (on_a, on_b)[n % 2]
                await client.send_frame({"type": "hand.lower", "ref": f"f{n}"})
                await client.send_frame({"type": "ping"})
                reply = await client.until(
                    lambda f, n=n: (
                        f["type"] == "pong" or (f["type"] == "error" and f.get("ref") == f"f{n}")
                    )
                )
                outcomes.append(reply.get("code", "ok"))
            assert outcomes[:10] == ["ok"] * 10, outcomes
            assert outcomes[10:] == ["rate_limited"] * 2, outcomes

            # Signing out (in this process, through Redis) closes both at once.
            client = HttpClient()
            await sync_to_async(client.force_login)(room.alice)
            await sync_to_async(client.post)("/accounts/logout/")
            for socket in (on_a, on_b):
                closed = await socket.until(lambda f: f["type"] == "_closed")
                assert closed["code"] == 4401
    finally:
        await on_a.close()
        await on_b.close()

    # Frames over daphne's limit: the connection is dropped at the frame header, and the
    # worker's memory does not grow with what was sent.
    cookie = await sync_to_async(_cookie)(room.bob)
    url = f"ws://127.0.0.1:{a.port}/ws/rooms/{room.occurrence.pk}/"
    headers = {"Cookie": cookie}
    before = a.rss_kib()
    for _ in range(8):
        async with ws_connect(
            url,
            origin=f"http://127.0.0.1:{a.port}",
            additional_headers=headers,
            compression="deflate",
            max_size=None,
        ) as ws:
            # No permessage-deflate: a compressed frame would be a protocol error.
            assert ws.response.headers.get("Sec-WebSocket-Extensions") is None
            with pytest.raises(ConnectionClosed) as closed:
                await ws.send("x" * (4 * 1024 * 1024))
                await asyncio.wait_for(ws.recv(), 10)
                await asyncio.wait_for(ws.recv(), 10)
            assert closed.value.rcvd is None or closed.value.rcvd.code == 1009
    # A message in many small fragments is refused at the message limit too.
    async with ws_connect(
        url, origin=f"http://127.0.0.1:{a.port}", additional_headers=headers, max_size=None
    ) as ws:
        with pytest.raises(ConnectionClosed):
            await ws.send("y" * 30_000 for _ in range(40))
            await asyncio.wait_for(ws.recv(), 10)
            await asyncio.wait_for(ws.recv(), 10)
    grown = a.rss_kib() - before
    assert grown < 16 * 1024, f"daphne grew by {grown} KiB"
    assert a.alive and b.alive
