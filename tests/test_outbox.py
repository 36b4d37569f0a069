"""A worker's outbox of events for the channel layer (kindred/events.py): each group's
events go out in the order they were handed over, with both Redis channel layers; with the
pub/sub layer everything waiting goes out in one round trip (kindred/layers.py), and with
the other a group whose send is slow does not hold up the others. With the pub/sub layer a
database call publishes its events itself, without a turn of the event loop, and hands them
to the loop when Redis does not take them."""

import asyncio
import logging
import threading

import pytest
import redis as sync_redis
from channels.layers import get_channel_layer
from django.conf import settings

from chat import dbcalls
from kindred import events, layers
from tests.reliability.procs import free_port


@pytest.fixture(params=["redis", "pubsub"])
def layer_kind(request):
    request.getfixturevalue({"redis": "redis_layer", "pubsub": "pubsub"}[request.param])
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
    redis_layer, monkeypatch
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


def _subscriber(group: str):
    """A connection of its own to Redis, subscribed to ``group``'s channel."""
    heard = sync_redis.Redis.from_url(settings.REDIS_URL).pubsub(ignore_subscribe_messages=True)
    heard.subscribe(f"{get_channel_layer()._kwargs['prefix']}__group__{group}")
    heard.get_message(timeout=1)  # the subscription, confirmed
    return heard


async def _while_the_loop_is_blocked(work):
    """Run ``work()`` in a database call's thread while this event loop is blocked (no turn
    of it runs until ``work`` returns), and return what it returned."""
    started, blocked, done = threading.Event(), threading.Event(), threading.Event()

    def call():
        started.set()
        assert blocked.wait(5)
        try:
            return work()
        finally:
            done.set()

    task = asyncio.ensure_future(dbcalls.database_sync_to_async(call)())
    while not started.is_set():
        await asyncio.sleep(0.01)
    blocked.set()
    assert done.wait(10)  # blocks the loop: nothing handed to it can go out meanwhile
    return await task


@pytest.mark.django_db(transaction=True)
async def test_with_the_pubsub_layer_a_database_call_publishes_its_events_without_the_loop(
    pubsub,
):
    layer = get_channel_layer()
    channels = await _listen(layer, ["room.90031"])
    try:

        def send_and_hear():
            heard = _subscriber("room.90031")
            try:
                for n in range(5):
                    events.send_on_commit("room.90031", {"type": "room.timer", "n": n})
                got = []
                while len(got) < 5 and (message := heard.get_message(timeout=2)):
                    got.append(layer.deserialize(message["data"])["n"])
                return got
            finally:
                heard.close()

        # Heard on Redis in order while the worker's loop could not have sent anything.
        assert await _while_the_loop_is_blocked(send_and_hear) == [0, 1, 2, 3, 4]
        assert await _received(layer, channels["room.90031"], 5) == [0, 1, 2, 3, 4]
    finally:
        await _forget(layer, channels)


@pytest.mark.django_db(transaction=True)
async def test_a_database_calls_events_go_through_the_loop_when_redis_does_not_take_them(
    pubsub, caplog
):
    layer = get_channel_layer()
    prefix = layer._kwargs["prefix"]
    # The threads' connection goes to a port nobody listens on; the loop's is Redis.
    layer._threads = layers._ThreadPublisher([("127.0.0.1", free_port())], prefix)
    channels = await _listen(layer, ["room.90041"])
    try:

        def send(first: int):
            for n in range(first, first + 5):
                events.send_on_commit("room.90041", {"type": "room.timer", "n": n})

        with caplog.at_level(logging.WARNING, logger="kindred.layers"):
            await dbcalls.database_sync_to_async(send)(0)
            await dbcalls.database_sync_to_async(send)(5)
        assert await _received(layer, channels["room.90041"], 10) == list(range(10))
        refused = [r for r in caplog.records if "did not take a thread's publish" in r.message]
        assert len(refused) == 1  # told once, not once an event
        assert layer._threads.failed
    finally:
        await _forget(layer, channels)
