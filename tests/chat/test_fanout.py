"""A worker's room fan-out: one channel-layer subscription per room per worker, shared by
that worker's sockets in the room (chat/fanout.py), with the Redis channel layer."""

import pytest
import redis.asyncio as redis
from channels.layers import get_channel_layer
from django.conf import settings

from chat import fanout
from kindred.events import room_group_name

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


async def test_a_room_on_one_worker_is_one_member_of_its_group(room, connect):
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
