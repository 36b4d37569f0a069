"""The cache that per-person counters (flood and message limits) are kept in.

Django's ``cache`` is a client per async context: called from a room socket's frames, each
frame got a client, and a Redis connection, of its own. Counters use one client for the
whole process instead (thread-safe, with its own connection pool), on the same cache
settings and keys, so they are shared by every worker exactly as before.

With Redis (``REDIS_URL``), each count is one round trip: a short server-side script
does the add, the increment and the cool-down together. Django's cache API needs two to
four round trips for the same, and builds a Redis client object for each (a quarter of a
millisecond of CPU apiece on the benchmark's machine). Without Redis, the cache API does
the same work on the local cache.
"""

import asyncio
import contextlib
from dataclasses import dataclass
from functools import cache as _once

from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.cache import BaseCache, caches

# KEYS[1]: the counter; ARGV[1]: its window in seconds. Starts the count at zero with the
# window as its life, then counts one.
_HIT = """
redis.call('SET', KEYS[1], 0, 'NX', 'EX', ARGV[1])
return redis.call('INCR', KEYS[1])
"""

# KEYS[1]: the cool-down flag, KEYS[2]: the counter; ARGV: window, limit, cool-down
# seconds. Answers {-1, 0} while cooling down (nothing counted) and on going over the limit
# (which starts the cool-down), else {the count, 0}; or, with KEYS[3], another counter
# whose window is ARGV[4], {the count, that counter's count after counting one there too}.
_HIT_OR_COOL = """
if redis.call('EXISTS', KEYS[1]) == 1 then return {-1, 0} end
redis.call('SET', KEYS[2], 0, 'NX', 'EX', ARGV[1])
local count = redis.call('INCR', KEYS[2])
if count > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[1], 1, 'EX', ARGV[3])
  return {-1, 0}
end
if #KEYS < 3 then return {count, 0} end
redis.call('SET', KEYS[3], 0, 'NX', 'EX', ARGV[4])
return {count, redis.call('INCR', KEYS[3])}
"""

# KEYS[1]: a counter. Takes one back, if the counter still exists.
_GIVE_BACK = """
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end
return 0
"""


@dataclass
class Count:
    """One event counted ahead of the check that reads it (chat counts a message in the
    same round trip as its frame): ``value`` is the count after it. Whoever checks the
    limit marks it ``used``; a count never used is given back (``agive_back``)."""

    key: str
    value: int
    used: bool = False


@_once
def shared_cache() -> BaseCache:
    return caches.create_connection("default")


@_once
def _scripts():
    """The counting scripts on this process's one Redis client, or None when the shared
    cache is not Redis."""
    from django.core.cache.backends.redis import RedisCache

    if not isinstance(shared_cache(), RedisCache):
        return None
    import redis

    location = settings.CACHES["default"]["LOCATION"]
    client = redis.Redis.from_url(location, socket_timeout=5, socket_connect_timeout=5)
    return client.register_script(_HIT), client.register_script(_HIT_OR_COOL)


# The scripts on an asyncio client, one per event loop (a client's connections belong to
# the loop that made them), by source.
_async_scripts: dict[asyncio.AbstractEventLoop, dict[str, object]] = {}


def _async_script(source: str):
    if _scripts() is None:
        return None
    loop = asyncio.get_running_loop()
    scripts = _async_scripts.get(loop)
    if scripts is None:
        import redis.asyncio

        for gone in [other for other in _async_scripts if other.is_closed()]:
            del _async_scripts[gone]
        location = settings.CACHES["default"]["LOCATION"]
        client = redis.asyncio.Redis.from_url(location, socket_timeout=5, socket_connect_timeout=5)
        scripts = _async_scripts[loop] = {
            each: client.register_script(each) for each in (_HIT_OR_COOL, _GIVE_BACK)
        }
    return scripts[source]


async def aclose() -> None:
    """Close this event loop's client (a worker's loop runs until the process ends; a test's
    loop closes after each test)."""
    scripts = _async_scripts.pop(asyncio.get_running_loop(), None)
    if scripts is not None:
        await scripts[_HIT_OR_COOL].registered_client.aclose()


def hit(key: str, *, window: int) -> int:
    """Count one more event under ``key`` and return the count; the count starts from zero
    again ``window`` seconds after it first appeared."""
    counters = shared_cache()
    scripts = _scripts()
    if scripts is not None:
        return int(scripts[0](keys=[counters.make_and_validate_key(key)], args=[window]))
    counters.add(key, 0, timeout=window)
    try:
        return counters.incr(key)
    except ValueError:  # expired between add and incr
        counters.set(key, 1, timeout=window)
        return 1


def hit_unless_cooling(key: str, *, cool_key: str, window: int, limit: int, cooldown: int) -> bool:
    """Count one more event under ``key`` unless ``cool_key`` is set; going over ``limit``
    in ``window`` seconds sets ``cool_key`` for ``cooldown`` seconds. False while cooling
    down or on going over (the event is refused), True when the event may go ahead."""
    counters = shared_cache()
    scripts = _scripts()
    if scripts is not None:
        keys = [counters.make_and_validate_key(cool_key), counters.make_and_validate_key(key)]
        return int(scripts[1](keys=keys, args=[window, limit, cooldown])[0]) >= 0
    if counters.get(cool_key):
        return False
    if hit(key, window=window) > limit:
        counters.set(cool_key, 1, timeout=cooldown)
        return False
    return True


async def ahit_unless_cooling(
    key: str, *, cool_key: str, window: int, limit: int, cooldown: int
) -> bool:
    """``hit_unless_cooling`` from the event loop: on Redis one round trip and no thread."""
    script = _async_script(_HIT_OR_COOL)
    if script is None:
        return await sync_to_async(hit_unless_cooling, thread_sensitive=False)(
            key, cool_key=cool_key, window=window, limit=limit, cooldown=cooldown
        )
    counters = shared_cache()
    keys = [counters.make_and_validate_key(cool_key), counters.make_and_validate_key(key)]
    return int((await script(keys=keys, args=[window, limit, cooldown]))[0]) >= 0


async def ahit_unless_cooling_then_hit(
    key: str, *, cool_key: str, window: int, limit: int, cooldown: int, then: str, then_window: int
) -> Count | None:
    """``ahit_unless_cooling``, and when the event may go ahead, ``hit(then, window=
    then_window)`` too, in the same round trip on Redis. None when the event is refused
    (``then`` is not counted), else the Count of ``then``."""
    script = _async_script(_HIT_OR_COOL)
    if script is None:

        def both() -> int | None:
            allowed = hit_unless_cooling(
                key, cool_key=cool_key, window=window, limit=limit, cooldown=cooldown
            )
            return hit(then, window=then_window) if allowed else None

        value = await sync_to_async(both, thread_sensitive=False)()
    else:
        counters = shared_cache()
        keys = [counters.make_and_validate_key(k) for k in (cool_key, key, then)]
        first, value = await script(keys=keys, args=[window, limit, cooldown, then_window])
        value = None if int(first) < 0 else int(value)
    return None if value is None else Count(key=then, value=value)


async def agive_back(count: Count) -> None:
    """Take back one event counted under ``count.key`` (a message counted with its frame
    that never reached its check), unless the count has ended meanwhile."""
    script = _async_script(_GIVE_BACK)
    if script is None:

        def decrement() -> None:
            with contextlib.suppress(ValueError):  # ended meanwhile
                shared_cache().decr(count.key)

        await sync_to_async(decrement, thread_sensitive=False)()
        return
    await script(keys=[shared_cache().make_and_validate_key(count.key)])
