"""A worker's room fan-out: one channel-layer subscription per room per worker, shared by
that worker's sockets in the room (chat/fanout.py), with the Redis channel layer."""

import asyncio

import pytest
import redis.asyncio as redis
from channels.layers import get_channel_layer
from django.conf import settings

from chat import fanout
from kindred.events import room_group_name
from tests.reliability.procs import PrivateRedis

pytestmark = pytest.mark.django_db(transaction=True)


async def _members(group: str) -> int:
    """How many channels the channel layer's group holds (RedisChannelLayer keeps a sorted
    set per group)."""
    prefix = settings.CHANNEL_LAYERS["default"]["CONFIG"]["prefix"]
    client = redis.Redis.from_url(settings.REDIS_URL)
    try:
        return await client.zcard(f"{prefix}:group:{group}")
    finally:
        await client.aclose()


async def _timer(room, seconds: int) -> None:
    event = {"type": "room.timer", "timer": {"seconds": seconds, "ends_at": None}}
    await get_channel_layer().group_send(room_group_name(room.occurrence.pk), event)


async def test_a_room_on_one_worker_is_one_member_of_its_group(redis_layer, room, connect):
    group = room_group_name(room.occurrence.pk)
    sockets = [await connect(who, room.occurrence) for who in (room.alice, room.bob, room.owner)]
    assert fanout.sockets_in(group) == 3
    assert await _members(group) == 1
    await _timer(room, 60)
    for socket in sockets:
        assert (await socket.recv_type("timer"))["seconds"] == 60
        assert await socket.quiet()  # once each
    for socket in sockets:
        await socket.close()
    assert fanout.sockets_in(group) == 0
    assert await _members(group) == 0


async def test_a_room_left_empty_and_entered_again_gets_events(room, connect):
    group = room_group_name(room.occurrence.pk)
    alice = await connect(room.alice, room.occurrence)
    await alice.close()
    bob = await connect(room.bob, room.occurrence)
    assert fanout.sockets_in(group) == 1
    await _timer(room, 30)
    assert (await bob.recv_type("timer"))["seconds"] == 30


async def test_a_socket_that_leaves_gets_nothing_more_and_the_others_go_on(room, connect):
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    await alice.close()
    await _timer(room, 45)
    assert (await bob.recv_type("timer"))["seconds"] == 45
    assert fanout.sockets_in(room_group_name(room.occurrence.pk)) == 1


async def test_an_event_a_socket_cannot_handle_closes_it_and_the_room_goes_on(room, connect):
    """A room event that fails in a socket's handler closes that socket (its client
    reconnects and resumes); the worker's fan-out keeps delivering to the room."""
    alice = await connect(room.alice, room.occurrence)
    group = room_group_name(room.occurrence.pk)
    await get_channel_layer().group_send(group, {"type": "room.timer"})  # no "timer"
    closed = await alice.c.receive_output(timeout=3)
    assert closed == {"type": "websocket.close", "code": 4500}  # try again, with backoff
    bob = await connect(room.bob, room.occurrence)
    await _timer(room, 15)
    assert (await bob.recv_type("timer"))["seconds"] == 15


def test_a_message_s_frame_is_encoded_once_and_never_confused():
    """Every socket of a room on a worker gets the same text for one message; a different
    message, even one equal to an earlier one or made after it is gone, gets its own."""
    import gc
    import json

    from chat.consumers import _ENCODED, _ENCODED_MAX, message_new_text

    first = {"seq": 1, "body_html": "<p>hi</p>"}
    text = message_new_text(first)
    assert json.loads(text) == {"type": "message.new", "message": first}
    assert message_new_text(first) is text  # the second socket: no second encoding
    del first
    gc.collect()
    for n in range(2, 2 + 3 * _ENCODED_MAX):
        message = {"seq": n, "body_html": f"<p>{n}</p>"}
        assert json.loads(message_new_text(message))["message"]["seq"] == n
    assert len(_ENCODED) <= _ENCODED_MAX


async def _subscribers(channel: str) -> int:
    """How many connections to Redis subscribe to ``channel`` (the pub/sub layer)."""
    client = redis.Redis.from_url(settings.REDIS_URL)
    try:
        return dict(await client.pubsub_numsub(channel))[channel.encode()]
    finally:
        await client.aclose()


async def test_with_the_pubsub_layer_a_room_listens_once_and_every_socket_hears_in_order(
    pubsub, room, connect
):
    """Production's layer: the room's events are handed to its sockets by the task that
    reads them off Redis (kindred/layers.py, group_listen), one subscription per room per
    worker, every event to every socket once and in the order sent."""
    layer = get_channel_layer()
    assert type(layer).__name__ == "PubSubChannelLayer"
    group = room_group_name(room.occurrence.pk)
    channel = f"{settings.CHANNEL_LAYERS['default']['CONFIG']['prefix']}__group__{group}"
    sockets = [await connect(who, room.occurrence) for who in (room.alice, room.bob, room.owner)]
    assert fanout.sockets_in(group) == 3
    assert await _subscribers(channel) == 1
    await layer.group_send_many([(group, _timer_event(n)) for n in range(1, 31)])
    for socket in sockets:
        heard = [(await socket.recv_type("timer"))["seconds"] for _ in range(30)]
        assert heard == list(range(1, 31))
        assert await socket.quiet()
    for socket in sockets:
        await socket.close()
    assert fanout.sockets_in(group) == 0
    assert await _subscribers(channel) == 0


def _timer_event(seconds: int) -> dict:
    return {"type": "room.timer", "timer": {"seconds": seconds, "ends_at": None}}


class _Socket:
    """A room socket that writes down what it is handed; one event makes it wait."""

    def __init__(self, slow: int | None = None):
        self.heard: list[int] = []
        self.slow = slow

    async def room_event(self, event: dict) -> None:
        if event.get("n") == self.slow:
            await asyncio.sleep(0.2)
        self.heard.append(event["n"])

    async def room_lost(self) -> None:
        pass


async def test_a_socket_that_makes_an_event_wait_holds_the_later_ones_in_order(pubsub):
    """An event a socket cannot take at once waits, and the room's later events wait behind
    it: no socket hears them out of order, and nothing is dropped meanwhile."""
    layer = get_channel_layer()
    group = "room.90031"
    quick, slow = _Socket(), _Socket(slow=3)
    await fanout.join(layer, group, quick)
    await fanout.join(layer, group, slow)
    try:
        await layer.group_send_many([(group, {"type": "room.timer", "n": n}) for n in range(10)])
        for _ in range(100):
            if len(slow.heard) == 10:
                break
            await asyncio.sleep(0.05)
        assert quick.heard == slow.heard == list(range(10))
    finally:
        await fanout.leave(group, quick)
        await fanout.leave(group, slow)


async def test_a_listener_that_fails_does_not_stop_the_connection(pubsub):
    """A group's listener raising leaves its next events and other channels' coming."""
    layer = get_channel_layer()

    class Listener:
        def __init__(self):
            self.heard_n: list[int] = []

        def heard(self, event: dict) -> None:
            if event["n"] == 0:
                raise ValueError("cannot take it")
            self.heard_n.append(event["n"])

        def lost(self) -> None:
            pass

    listener = Listener()
    await layer.group_listen("room.90041", listener)
    channel = await layer.new_channel()
    await layer.group_add("user.90042", channel)
    try:
        await layer.group_send_many(
            [("room.90041", {"type": "room.timer", "n": n}) for n in range(3)]
            + [("user.90042", {"type": "user.notice", "n": 7})]
        )
        assert (await asyncio.wait_for(layer.receive(channel), 5))["n"] == 7
        for _ in range(50):
            if len(listener.heard_n) == 2:
                break
            await asyncio.sleep(0.05)
        assert listener.heard_n == [1, 2]
    finally:
        await layer.group_unlisten("room.90041", listener)
        await layer.group_discard("user.90042", channel)


async def test_when_redis_goes_away_a_listening_room_closes_its_sockets(settings):
    """Production's layer on a Redis that stops: what the room is sent meanwhile never
    reaches this worker, so its sockets are closed (their clients resume from their last
    seq, as with the other layer), and a room made again afterwards hears its events."""
    redis_server = PrivateRedis()
    try:
        settings.CHANNEL_LAYERS = {
            "default": {
                "BACKEND": "kindred.layers.PubSubChannelLayer",
                "CONFIG": {"hosts": [redis_server.url], "prefix": "kindred-lost"},
            }
        }
        layer = get_channel_layer()
        group = "room.90051"
        first, second = _Closable(), _Closable()
        await fanout.join(layer, group, first)
        await fanout.join(layer, group, second)
        await asyncio.to_thread(redis_server.stop)
        for _ in range(100):
            if first.closed and second.closed:
                break
            await asyncio.sleep(0.05)
        assert first.closed and second.closed
        assert fanout.sockets_in(group) == 0
        await asyncio.to_thread(redis_server.start)
        again = _Closable()
        for _ in range(100):  # refused until the connection answers again, within a second
            try:
                await fanout.join(layer, group, again)
                break
            except ConnectionError:
                await asyncio.sleep(0.1)
        await layer.group_send_many([(group, {"type": "room.timer", "n": 1})])
        for _ in range(100):
            if again.heard:
                break
            await asyncio.sleep(0.05)
        assert again.heard == [1] and not again.closed
        await fanout.leave(group, again)
    finally:
        redis_server.stop()


class _Closable(_Socket):
    def __init__(self):
        super().__init__()
        self.closed = False

    async def room_lost(self) -> None:
        self.closed = True
