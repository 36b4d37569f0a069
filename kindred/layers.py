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

Subscribing is coalesced the same way (:class:`CoalescingShard`): the channels asked for
while a SUBSCRIBE waits for the lock go out together in the next one. In a kill storm each
arriving socket subscribes twice (its own channel, its person's group), one after another
behind the lock: 0.3 to 0.4 s of the survivor's admission went there.

A group can also have a *listener* (``group_listen``): an object whose ``heard(message)`` the
connection's reading task calls with each of the group's messages as it reads it. A channel's
messages wait in a queue for the task that reads it, which runs on a later turn of the event
loop; a listener spares that turn (chat/fanout.py hands a room's events to its sockets this
way). When the connection to Redis fails, each of its listeners' ``lost()`` is called: what
was published meanwhile never reaches this worker, and the listener must not wait for it.

A worker's thread (a room socket's database call) publishes its events itself
(``publish_now``), on a connection of its own, rather than handing them to the event loop:
the message a member sent reaches Redis as soon as it is committed, without waiting for the
loop's next turns, which in an arrival storm are tens of milliseconds each.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from urllib.parse import urlsplit

import redis
from channels_redis.pubsub import RedisPubSubChannelLayer, RedisSingleShardConnection
from channels_redis.utils import _consistent_hash, decode_hosts
from redis.backoff import NoBackoff
from redis.retry import Retry

logger = logging.getLogger(__name__)


class CoalescingShard(RedisSingleShardConnection):
    """One Redis server's pub/sub connection, whose subscribes are sent together: every
    channel asked for while the next SUBSCRIBE waits for the connection's lock goes out in
    it, one command and one turn of the lock for all. As before, ``subscribe`` returns once
    the command is sent."""

    def __init__(self, host, channel_layer):
        super().__init__(host, channel_layer)
        self._wanted: set[str] = set()
        self._failing = False  # the connection failed and has not answered since
        self._dropped: set[str] = set()  # unsubscribes put off while it failed
        self._next: asyncio.Future | None = None
        self._tasks: set[asyncio.Task] = set()

    async def subscribe(self, channel):
        if self._failing:
            # Until the connection answers again (and has subscribed it all once more), a
            # subscription cannot be promised: the caller tries again later.
            raise ConnectionError(f"Redis pub/sub at {self._where()} unreachable")
        if channel in self._subscribed_to:
            return
        self._wanted.add(channel)
        if self._next is None:
            loop = asyncio.get_running_loop()
            self._next = loop.create_future()
            self._next.add_done_callback(lambda f: f.cancelled() or f.exception())
            self._start(self._subscribe_wanted(self._next))
        await asyncio.shield(self._next)

    def _start(self, work) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _subscribe_wanted(self, sent: asyncio.Future) -> None:
        try:
            async with self._lock:
                self._next = None  # from here on, a subscribe starts the next command
                channels, self._wanted = self._wanted - self._subscribed_to, set()
                if channels:
                    self._ensure_redis()
                    self._ensure_receiver()
                    await self._pubsub.subscribe(*channels)
                    self._subscribed_to.update(channels)
        except Exception as error:  # Redis away: each subscriber gets the error
            self._next = None if self._next is sent else self._next
            sent.set_exception(error)
            return
        except BaseException:
            self._next = None if self._next is sent else self._next
            sent.cancel()
            raise
        sent.set_result(None)

    async def unsubscribe(self, channel):
        if channel in self.channel_layer.listeners:
            return  # the group's listener still wants it (a channel left the group)
        self._wanted.discard(channel)  # asked for and given up before it was sent
        if self._failing:
            # Not now: each try connects again, and a server that does not answer keeps it
            # waiting for the whole connect timeout, holding the connection's lock. Sent
            # once the connection answers again.
            self._dropped.add(channel)
            return
        await super().unsubscribe(channel)

    async def _unsubscribe_dropped(self) -> None:
        layer = self.channel_layer
        channels, self._dropped = self._dropped, set()
        for channel in channels:
            if channel in layer.listeners or channel in layer.channels or channel in layer.groups:
                continue  # wanted again since
            try:
                await super().unsubscribe(channel)
            except Exception:
                return  # failing again: the next recovery sends the rest

    async def _do_receiving(self):
        """channels_redis' reading loop, with an outage told in one line when it starts and
        one when it ends, where the library logs a traceback every second of it."""
        while True:
            try:
                if self._pubsub and self._pubsub.subscribed:
                    message = await self._pubsub.get_message(
                        ignore_subscribe_messages=True, timeout=0.1
                    )
                    if self._failing:
                        # Connected again, which subscribed every channel it had once more.
                        logger.warning("Redis pub/sub at %s answers again", self._where())
                        self._failing = False
                        if self._dropped:
                            self._start(self._unsubscribe_dropped())
                    self._receive_message(message)
                else:
                    await asyncio.sleep(0.1)
            except (asyncio.CancelledError, GeneratorExit):
                raise
            except Exception as error:  # Redis away: try again each second, quietly
                if not self._failing:
                    logger.warning(
                        "Redis pub/sub at %s unreachable (%s); retrying each second",
                        self._where(),
                        type(error).__name__,
                    )
                    self._failing = True
                    self._tell_listeners_lost()
                await asyncio.sleep(1)

    def _tell_listeners_lost(self) -> None:
        layer = self.channel_layer
        for channel, listener in list(layer.listeners.items()):
            if layer._get_shard(channel) is self:
                try:
                    listener.lost()
                except Exception:
                    logger.exception("the listener of %s failed", channel)

    def _where(self) -> str:
        return _where(self.host)

    def _receive_message(self, message):
        if message is not None:
            name = message["channel"]
            listener = self.channel_layer.listeners.get(
                name.decode() if isinstance(name, bytes) else name
            )
            if listener is not None:
                try:
                    listener.heard(self.channel_layer.channel_layer.deserialize(message["data"]))
                except Exception:  # the connection's other channels must go on
                    logger.exception("the listener of %s failed", name)
        super()._receive_message(message)

    async def flush(self):
        self._wanted = set()
        await super().flush()


def _where(host: dict) -> str:
    """A server's host and port, never its password."""
    if address := host.get("address"):
        parts = urlsplit(str(address))
        return f"{parts.hostname}:{parts.port or 6379}"
    return f"{host.get('host')}:{host.get('port', 6379)}"


# A thread's publish gives up this quickly on a server that does not answer; the event then
# goes through the event loop's connection, which knows when the server is back.
THREAD_TIMEOUT = 0.5
# After a thread's publish failed, threads leave publishing to the loop for this long.
THREAD_PAUSE = 1.0


class _ThreadPublisher:
    """Connections for publishing from threads: one pool per Redis server, shared by the
    process's threads (redis-py's pools are thread-safe)."""

    def __init__(self, hosts, prefix: str) -> None:
        self.hosts = decode_hosts(hosts)
        self.prefix = prefix
        self._clients: dict[int, redis.Redis | None] = {}
        self._made = threading.Lock()
        self.paused_until = 0.0
        self.failed = False  # told once in the log, until a publish goes through again

    def _client(self, index: int) -> redis.Redis | None:
        client = self._clients.get(index, False)
        if client is not False:
            return client
        with self._made:
            if index not in self._clients:
                host = dict(self.hosts[index])
                host["socket_connect_timeout"] = host["socket_timeout"] = THREAD_TIMEOUT
                host["retry"] = Retry(NoBackoff(), 0)  # the loop's connection is the retry
                if "master_name" in host:
                    client = None  # a Sentinel-watched server: the loop's connection only
                elif "address" in host:
                    client = redis.Redis.from_url(host.pop("address"), **host)
                else:
                    client = redis.Redis(**host)
                self._clients[index] = client
            return self._clients[index]

    def publish(self, group: str, data: bytes) -> bool:
        if time.monotonic() < self.paused_until:
            return False
        channel = f"{self.prefix}__group__{group}"
        index = _consistent_hash(channel, len(self.hosts))
        client = self._client(index)
        if client is None:
            return False
        try:
            client.publish(channel, data)
        except (redis.RedisError, OSError) as error:
            self.paused_until = time.monotonic() + THREAD_PAUSE
            if not self.failed:
                self.failed = True
                logger.warning(
                    "Redis at %s did not take a thread's publish (%s); "
                    "the event loop sends events until it does",
                    _where(self.hosts[index]),
                    type(error).__name__,
                )
            return False
        self.failed = False
        return True


class PubSubChannelLayer(RedisPubSubChannelLayer):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._threads = _ThreadPublisher(kwargs.get("hosts"), kwargs.get("prefix", "asgi"))

    def publish_now(self, group: str, message: dict) -> bool:
        """Publish ``message`` to ``group`` from a thread that is not an event loop's, in
        one round trip, and return True; False if it could not be sent now (the server did
        not answer, or did not a moment ago): the caller hands it to the event loop."""
        return self._threads.publish(group, self.serialize(message))

    def _get_layer(self):
        made = asyncio.get_running_loop() not in self._layers
        layer = super()._get_layer()
        if made:
            layer._shards = [CoalescingShard(shard.host, layer) for shard in layer._shards]
            layer.listeners = {}  # group channel → its listener
        return layer

    async def group_listen(self, group: str, listener) -> None:
        """Call ``listener.heard(message)`` with each message sent to ``group`` from now on,
        in the order sent, from the task that reads them off Redis (so it must not block),
        and ``listener.lost()`` if the connection fails. One listener a group on this event
        loop; returns once the subscription is sent."""
        layer = self._get_layer()
        channel = layer._get_group_channel_name(group)
        layer.listeners[channel] = listener
        try:
            await layer._get_shard(channel).subscribe(channel)
        except BaseException:
            layer.listeners.pop(channel, None)
            raise

    async def group_unlisten(self, group: str, listener) -> None:
        """Stop calling ``listener`` (if it is still ``group``'s); unsubscribe unless a
        channel is in the group."""
        layer = self._get_layer()
        channel = layer._get_group_channel_name(group)
        if layer.listeners.get(channel) is not listener:
            return  # another took its place (a room made again after its connection failed)
        del layer.listeners[channel]
        if channel not in layer.groups:
            await layer._get_shard(channel).unsubscribe(channel)

    async def flush(self):
        layer = self._get_layer()
        layer.listeners.clear()
        await layer.flush()

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
    if shard._failing:
        # As for an unsubscribe: no connect that may wait its whole timeout under the lock.
        raise ConnectionError(f"Redis pub/sub at {shard._where()} unreachable")
    async with shard._lock:
        shard._ensure_redis()
        async with shard._redis.pipeline(transaction=False) as pipe:
            for channel, data in items:
                pipe.publish(channel, data)
            await pipe.execute()
