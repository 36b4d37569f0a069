"""The pub/sub channel layer, with many group sends in one round trip to Redis.

channels_redis' RedisPubSubChannelLayer keeps one connection per Redis server and one lock
around it: every publish, and every subscribe and unsubscribe (each arriving socket's
person joins their group), waits for the one before to finish. Each publish is a round trip,
and on a worker whose event loop is busy (a reconnect storm's handshakes) a round trip
takes a turn or two of the loop, so the worker could publish only a few dozen events a
second and the rooms' messages queued behind each other for seconds (docs/performance.md,
"The worker's publishing").

``group_send_many`` publishes everything the worker has waiting in one pipeline per Redis
server, taking that server's lock once: the events of one group stay in the order given.
"""

from __future__ import annotations

import asyncio

from channels_redis.pubsub import RedisPubSubChannelLayer


class PubSubChannelLayer(RedisPubSubChannelLayer):
    async def group_send_many(self, sends: list[tuple[str, dict]]) -> None:
        """Publish each ``(group, message)`` of ``sends``, in order for each group."""
        layer = self._get_layer()
        by_shard: dict[int, tuple[object, list[tuple[str, bytes]]]] = {}
        for group, message in sends:
            channel = layer._get_group_channel_name(group)
            shard = layer._get_shard(channel)
            by_shard.setdefault(id(shard), (shard, []))[1].append(
                (channel, self.serialize(message))
            )
        await asyncio.gather(*(_publish_all(shard, items) for shard, items in by_shard.values()))


async def _publish_all(shard, items: list[tuple[str, bytes]]) -> None:
    async with shard._lock:
        shard._ensure_redis()
        async with shard._redis.pipeline(transaction=False) as pipe:
            for channel, data in items:
                pipe.publish(channel, data)
            await pipe.execute()
