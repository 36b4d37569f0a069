"""A worker's outbox of events for the channel layer (kindred/events.py): each group's
events go out in the order they were handed over, with both Redis channel layers; with the
pub/sub layer everything waiting goes out in one round trip (kindred/layers.py), and with
the other a group whose send is slow does not hold up the others."""

import asyncio

import pytest
from channels.layers import get_channel_layer

from kindred import events


@pytest.fixture(params=["redis", "pubsub"])
def layer_kind(request):
    if request.param == "pubsub":
        request.getfixturevalue("pubsub")
    return request.param


async def _listen(layer, groups: list[str]) -> dict[str, str]:
    channels = {}
    for group in groups:
        channels[group] = await layer.new_channel()
        await layer.group_add(group, channels[group])
    return channels


async def _forget(layer, channels: dict[str, str]) -> None:
    for group, channel in channels.items():
        await layer.group_discard(group, channel)


async def _received(layer, channel: str, count: int) -> list[int]:
    return [(await asyncio.wait_for(layer.receive(channel), 5))["n"] for _ in range(count)]


async def _hand_over_and_hear(layer, channels: dict[str, str], count: int) -> None:
    """Hand ``count`` events per group to the outbox as a database thread's call hands them
    (interleaved, on the loop), and check each group hears all of its own, in order."""
    for n in range(count):
        for group in channels:
            events._publish_later(group, {"type": "room.timer", "n": n})
    for channel in channels.values():
        assert await _received(layer, channel, count) == list(range(count))


async def test_each_group_hears_its_events_in_the_order_they_were_handed_over(layer_kind):
    layer = get_channel_layer()
    assert (
        type(layer).__name__
        == {"redis": "RedisChannelLayer", "pubsub": "PubSubChannelLayer"}[layer_kind]
    )
    channels = await _listen(layer, ["room.90001", "room.90002", "user.90003"])
    try:
        await _hand_over_and_hear(layer, channels, 40)
    finally:
        await _forget(layer, channels)


async def test_with_the_redis_layer_a_slow_send_to_one_room_does_not_hold_up_the_others(
    monkeypatch,
):
    layer = get_channel_layer()
    channels = await _listen(layer, ["room.90011", "room.90012"])
    slow, other = channels
    send = layer.group_send
    order: list[str] = []

    async def slow_for_one_room(group, message):
        if group == slow and message["n"] == 0:
            await asyncio.sleep(1.0)
        await send(group, message)
        order.append(f"{group}:{message['n']}")

    monkeypatch.setattr(layer, "group_send", slow_for_one_room)
    try:
        for n in range(10):
            events._publish_later(slow, {"type": "room.timer", "n": n})
            events._publish_later(other, {"type": "room.timer", "n": n})
        assert await _received(layer, channels[other], 10) == list(range(10))
        assert await _received(layer, channels[slow], 10) == list(range(10))
        # The other room's ten went out while the slow room's first was still on its way.
        assert order.index(f"{other}:9") < order.index(f"{slow}:0")
    finally:
        await _forget(layer, channels)


async def test_the_pubsub_layer_publishes_what_waits_in_one_round_trip(pubsub, monkeypatch):
    from redis.asyncio.client import Pipeline

    layer = get_channel_layer()
    channels = await _listen(layer, ["room.90021", "room.90022", "user.90023"])
    trips: list[int] = []
    execute = Pipeline.execute

    async def counted(self, *args, **kwargs):
        trips.append(len(self.command_stack))
        return await execute(self, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "execute", counted)
    try:
        await _hand_over_and_hear(layer, channels, 20)
        assert trips == [60]  # sixty events, one pipeline
    finally:
        await _forget(layer, channels)


async def test_the_pubsub_layer_sends_subscribes_asked_for_together_in_one_command(
    pubsub, monkeypatch
):
    """Forty sockets arriving at once each take a channel and join their person's group: the
    subscribes go to Redis in a few commands, not eighty, and every channel hears its own."""
    from redis.asyncio.client import PubSub

    layer = get_channel_layer()
    await layer.new_channel()  # the connection and its receiver, made
    commands: list[int] = []
    subscribe = PubSub.subscribe

    async def counted(self, *args, **kwargs):
        commands.append(len(args) + len(kwargs))
        return await subscribe(self, *args, **kwargs)

    monkeypatch.setattr(PubSub, "subscribe", counted)

    async def arrive(i: int) -> str:
        channel = await layer.new_channel()
        await layer.group_add(f"user.9100{i:02d}", channel)
        return channel

    channels = await asyncio.gather(*(arrive(i) for i in range(40)))
    assert sum(commands) == 80 and len(commands) <= 4
    try:
        for i in range(len(channels)):
            await layer.group_send(f"user.9100{i:02d}", {"type": "room.ping", "n": i})
        for i, channel in enumerate(channels):
            heard = await asyncio.wait_for(layer.receive(channel), 3)
            assert heard == {"type": "room.ping", "n": i}
    finally:
        for i, channel in enumerate(channels):
            await layer.group_discard(f"user.9100{i:02d}", channel)


async def test_a_channel_given_up_before_its_subscribe_went_out_is_not_subscribed(pubsub):
    layer = get_channel_layer()
    await layer.new_channel()
    shard = layer._get_layer()._shards[0]
    async with shard._lock:  # the next subscribe waits for the lock
        waiting = asyncio.ensure_future(shard.subscribe("kbench.gone.91001"))
        kept = asyncio.ensure_future(shard.subscribe("kbench.kept.91002"))
        await asyncio.sleep(0.05)
        leaving = asyncio.ensure_future(shard.unsubscribe("kbench.gone.91001"))
        await asyncio.sleep(0.05)
    await asyncio.wait_for(asyncio.gather(waiting, kept, leaving), 3)
    assert "kbench.gone.91001" not in shard._subscribed_to
    assert "kbench.kept.91002" in shard._subscribed_to
    await shard.unsubscribe("kbench.kept.91002")
