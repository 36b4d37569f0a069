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
# seconds. -1 while cooling down (nothing counted), else the count; going over the limit
# starts the cool-down and also answers -1.
_HIT_OR_COOL = """
if redis.call('EXISTS', KEYS[1]) == 1 then return -1 end
redis.call('SET', KEYS[2], 0, 'NX', 'EX', ARGV[1])
local count = redis.call('INCR', KEYS[2])
if count > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[1], 1, 'EX', ARGV[3])
  return -1
end
return count
"""


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


# The same script on an asyncio client, one per event loop (a client's connections belong
# to the loop that made them).
_async_scripts: dict[asyncio.AbstractEventLoop, object] = {}


def _async_script():
    if _scripts() is None:
        return None
    loop = asyncio.get_running_loop()
    script = _async_scripts.get(loop)
    if script is None:
        import redis.asyncio

        for gone in [other for other in _async_scripts if other.is_closed()]:
            del _async_scripts[gone]
        location = settings.CACHES["default"]["LOCATION"]
        client = redis.asyncio.Redis.from_url(location, socket_timeout=5, socket_connect_timeout=5)
        script = _async_scripts[loop] = client.register_script(_HIT_OR_COOL)
    return script


async def aclose() -> None:
    """Close this event loop's client (a worker's loop runs until the process ends; a test's
    loop closes after each test)."""
    script = _async_scripts.pop(asyncio.get_running_loop(), None)
    if script is not None:
        await script.registered_client.aclose()


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
        return int(scripts[1](keys=keys, args=[window, limit, cooldown])) >= 0
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
    script = _async_script()
    if script is None:
        return await sync_to_async(hit_unless_cooling, thread_sensitive=False)(
            key, cool_key=cool_key, window=window, limit=limit, cooldown=cooldown
        )
    counters = shared_cache()
    keys = [counters.make_and_validate_key(cool_key), counters.make_and_validate_key(key)]
    return int(await script(keys=keys, args=[window, limit, cooldown])) >= 0
