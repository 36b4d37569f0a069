"""End to end: two real daphne worker processes on the same Redis and PostgreSQL.

People connected to different workers see each other's messages, presence, queue changes
and moderation effects; a frame over daphne's limit is refused; when a worker dies its
people reconnect to the other one and resume with nothing lost.
"""

import asyncio
import json
import signal

import pytest
from asgiref.sync import sync_to_async
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed

from tests.chat.workers import Worker, free_port

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def workers(transactional_db, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    pair = [Worker(free_port()), Worker(free_port())]
    try:
        for worker in pair:
            worker.wait_ready()
        yield pair
    finally:
        for worker in pair:
            worker.stop()


def _cookie(_client, user) -> str:
    from django.test import Client as HttpClient

    # One test client per person: logging another person in on the same client would
    # flush the first one's session.
    client = HttpClient()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


class Client:
    def __init__(self, ws):
        self.ws = ws

    @classmethod
    async def open(cls, worker, occurrence, cookie, *, last_seq=None):
        origin = f"http://127.0.0.1:{worker.port}"
        ws = await ws_connect(
            f"ws://127.0.0.1:{worker.port}/ws/rooms/{occurrence.pk}/",
            origin=origin,
            additional_headers={"Cookie": cookie},
            open_timeout=10,
        )
        client = cls(ws)
        await client.send({"type": "hello", "last_seq": last_seq})
        client.welcome = await client.until("welcome")
        return client

    async def send(self, frame) -> None:
        await self.ws.send(json.dumps(frame))

    async def until(self, kind: str, check=lambda f: True, timeout: float = 10) -> dict:
        async with asyncio.timeout(timeout):
            while True:
                frame = json.loads(await self.ws.recv())
                if frame["type"] == kind and check(frame):
                    return frame


async def test_two_workers_share_messages_presence_queue_and_moderation(workers, room, client):
    a, b = workers
    alice_cookie = await sync_to_async(_cookie)(client, room.alice)
    bob_cookie = await sync_to_async(_cookie)(client, room.bob)
    alice = await Client.open(a, room.occurrence, alice_cookie)
    bob = await Client.open(b, room.occurrence, bob_cookie)
    try:
        # Presence reaches the other worker.
        presence = await alice.until("presence", lambda p: p["participant_count"] == 2)
        assert {p["display_name"] for p in presence["participants"]} == {"Alice", "Bob"}

        # Messages both ways.
        await alice.send({"type": "message.send", "client_id": "mp-alice-1", "body": "from A"})
        got = await bob.until("message.new")
        assert got["message"]["seq"] == 1 and got["message"]["author"] == "Alice"
        await bob.send({"type": "message.send", "client_id": "mp-bob-001", "body": "from B"})
        got = await alice.until("message.new", lambda f: f["message"]["seq"] == 2)
        assert got["message"]["body_html"] == "<p>from B</p>"

        # The share queue.
        await bob.send({"type": "hand.raise"})
        queue = await alice.until("queue", lambda q: q["hands"])
        assert queue["hands"][0]["display_name"] == "Bob"

        # A moderation effect sent from a third process closes Bob's socket on worker B.
        from kindred.events import user_event_on_commit

        await sync_to_async(user_event_on_commit)(
            room.bob.pk,
            {"type": "user.kick", "occurrence_id": room.occurrence.pk, "code": 4411, "reason": "x"},
        )
        with pytest.raises(ConnectionClosed) as closed:
            await bob.until("never")
        assert closed.value.rcvd.code == 4411
        await alice.until("presence", lambda p: p["participant_count"] == 1)

        # Daphne refuses a frame over its limit without reading it whole; the worker lives on.
        await alice.send("x" * 70_000)
        with pytest.raises(ConnectionClosed) as closed:
            await alice.until("never")
        assert closed.value.rcvd is None or closed.value.rcvd.code == 1009
        again = await Client.open(a, room.occurrence, alice_cookie, last_seq=2)
        assert again.welcome["history"] == []
        await again.ws.close()
    finally:
        await alice.ws.close()
        await bob.ws.close()


async def test_clients_of_a_dead_worker_resume_on_the_other_with_nothing_lost(
    workers, room, client
):
    a, b = workers
    alice_cookie = await sync_to_async(_cookie)(client, room.alice)
    bob_cookie = await sync_to_async(_cookie)(client, room.bob)
    alice = await Client.open(a, room.occurrence, alice_cookie)
    bob = await Client.open(b, room.occurrence, bob_cookie)
    await alice.send({"type": "message.send", "client_id": "dead-0001", "body": "one"})
    assert (await bob.until("message.new"))["message"]["seq"] == 1
    b.stop(signal.SIGKILL)
    with pytest.raises(ConnectionClosed):
        await bob.until("never")
    for n in (2, 3):
        await alice.send({"type": "message.send", "client_id": f"dead-000{n}", "body": f"m{n}"})
        await alice.until("message.ack", lambda f, n=n: f["seq"] == n)
    bob = await Client.open(a, room.occurrence, bob_cookie, last_seq=1)
    assert [m["seq"] for m in bob.welcome["history"]] == [2, 3]
    await alice.send({"type": "message.send", "client_id": "dead-0004", "body": "four"})
    assert (await bob.until("message.new"))["message"]["seq"] == 4
    await alice.ws.close()
    await bob.ws.close()


async def test_a_refused_socket_is_told_why_and_gets_nothing_of_the_room(
    workers, room, client, user_factory
):
    """Accepted only to say why (docs/protocol.md, close codes): a `closing` frame and the
    close code, and nothing else."""
    a, _ = workers
    outsider = await sync_to_async(user_factory)()
    cookie = await sync_to_async(_cookie)(client, outsider)
    ws = await ws_connect(
        f"ws://127.0.0.1:{a.port}/ws/rooms/{room.occurrence.pk}/",
        origin=f"http://127.0.0.1:{a.port}",
        additional_headers={"Cookie": cookie},
        open_timeout=10,
    )
    frames = []
    with pytest.raises(ConnectionClosed) as closed:
        async with asyncio.timeout(10):
            while True:
                frames.append(json.loads(await ws.recv()))
    assert closed.value.rcvd.code == 4404  # a private group is not even acknowledged
    assert [f["type"] for f in frames] == ["closing"]
