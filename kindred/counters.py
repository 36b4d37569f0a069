"""The cache that per-person counters (flood and message limits) are kept in.

Every limit is a sliding window: at most ``limit`` events in *any* ``window`` seconds, not
per clock window (a fixed window lets twice the limit through across its boundary). Each
counter keeps the moments of the events in its window; an event is counted only when the
window has room, and a refusal says how long until it has (``retry_after``).

Django's ``cache`` is a client per async context: called from a room socket's frames, each
frame got a client, and a Redis connection, of its own. Counters use one client for the
whole process instead (thread-safe, with its own connection pool), on the same cache
settings and keys, so they are shared by every worker.

With Redis (``REDIS_URL``), each count is one round trip: a short server-side script
reads Redis's clock, trims the window, counts and starts a cool-down together (a sorted
set per counter, holding at most ``limit`` entries). Without Redis, the same work is done
on the local cache under a lock (one process: the embedded setup and some tests).
"""

import asyncio
import math
import secrets
import threading
import time
from dataclasses import dataclass
from functools import cache as _once

from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.cache import BaseCache, caches

# Trims the window of KEYS[k] to (now - window, now] and, when it has room, adds the event.
# Answers the count including this event (limit + 1 when there was no room) and the
# milliseconds until the window has room again (0 when counted).
_SLIDE = """
local function slide(key, now, window, limit, member)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local n = redis.call('ZCARD', key)
  if n >= limit then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    return n + 1, math.max(1, math.ceil(tonumber(oldest[2]) + window - now))
  end
  redis.call('ZADD', key, now, member)
  redis.call('PEXPIRE', key, math.ceil(window))
  return n + 1, 0
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
"""

# KEYS[1]: a counter; ARGV: window (ms), limit, this event's member.
# Answers {count, wait ms}.
_HIT = (
    _SLIDE
    + """
local n, wait = slide(KEYS[1], now, tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3])
return {n, wait}
"""
)

# KEYS[1]: the cool-down flag, KEYS[2]: the counter; ARGV: window (ms), limit, cool-down
# (ms), this event's member. While cooling down nothing is counted; going over the limit
# starts the cool-down. Answers {-1, 0, ms left of the cool-down} when refused, else
# {count, 0, 0}; with KEYS[3], another counter (ARGV[5] window in ms, ARGV[6] limit), also
# counted in it: {count, that counter's count, that counter's wait in ms}.
_HIT_OR_COOL = (
    _SLIDE
    + """
local cool = redis.call('PTTL', KEYS[1])
if cool > 0 then return {-1, 0, cool} end
local n, wait = slide(KEYS[2], now, tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[4])
if wait > 0 then
  redis.call('SET', KEYS[1], 1, 'PX', tonumber(ARGV[3]))
  return {-1, 0, tonumber(ARGV[3])}
end
if #KEYS < 3 then return {n, 0, 0} end
local m, mwait = slide(KEYS[3], now, tonumber(ARGV[5]), tonumber(ARGV[6]), ARGV[4])
return {n, m, mwait}
"""
)

# KEYS[1]: a counter; ARGV[1]: an event's member. Takes the event back out of its window.
_GIVE_BACK = """
return redis.call('ZREM', KEYS[1], ARGV[1])
"""


@dataclass
class Count:
    """One event counted (or refused) under ``key``: ``value`` is the count in the window
    including it (over the limit: refused, and ``retry_after`` says in how many seconds the
    window has room). A message is counted with its frame ahead of the check that reads the
    count; that check marks it ``used``, and a count never used is given back
    (``give_back``)."""

    key: str
    value: int
    member: str = ""
    retry_after: int = 0
    used: bool = False


def _seconds(milliseconds: float) -> int:
    """Whole seconds to wait, never 0 for a refusal."""
    return max(1, math.ceil(milliseconds / 1000))


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
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    client = redis.Redis.from_url(_location(), retry=Retry(NoBackoff(), 1), **_TIMEOUTS)
    return (
        client.register_script(_HIT),
        client.register_script(_HIT_OR_COOL),
        client.register_script(_GIVE_BACK),
    )


def _location() -> str:
    location = settings.CACHES["default"]["LOCATION"]
    return location[0] if isinstance(location, list | tuple) else location


# A frame waits for its count: with Redis away, it must be answered (server_error, try
# again) within a second or so rather than after the client's patience ran out: short
# timeouts, and one immediate retry (a pooled connection that died with a Redis restart
# is replaced at once) rather than redis-py's default retries with backoff, for seconds.
_TIMEOUTS = {"socket_timeout": 0.75, "socket_connect_timeout": 0.75}

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
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        client = redis.asyncio.Redis.from_url(_location(), retry=Retry(NoBackoff(), 1), **_TIMEOUTS)
        scripts = _async_scripts[loop] = {
            each: client.register_script(each) for each in (_HIT_OR_COOL,)
        }
    return scripts[source]


async def aclose() -> None:
    """Close this event loop's client (a worker's loop runs until the process ends; a test's
    loop closes after each test)."""
    scripts = _async_scripts.pop(asyncio.get_running_loop(), None)
    if scripts is not None:
        await scripts[_HIT_OR_COOL].registered_client.aclose()


# --- the local cache (no Redis): the same windows, kept as lists of moments --------------

_local_lock = threading.Lock()


def _local_slide(key: str, *, now: float, window: float, limit: int, member: str):
    """The local cache's ``slide`` (see _SLIDE); ``window`` in seconds. Answers (count,
    seconds to wait)."""
    counters = shared_cache()
    moments = [(at, m) for at, m in counters.get(key) or [] if at > now - window]
    if len(moments) >= limit:
        counters.set(key, moments, timeout=math.ceil(window))
        return len(moments) + 1, moments[0][0] + window - now
    moments.append((now, member))
    counters.set(key, moments, timeout=math.ceil(window))
    return len(moments), 0


def _local_hit_or_cool(
    key, *, cool_key, window, limit, cooldown, member, then=None, then_window=0, then_limit=0
):
    with _local_lock:
        counters = shared_cache()
        now = time.time()
        cool_until = counters.get(cool_key)
        if cool_until is not None and cool_until > now:
            return -1, 0, (cool_until - now) * 1000
        n, wait = _local_slide(key, now=now, window=window, limit=limit, member=member)
        if wait:
            counters.set(cool_key, now + cooldown, timeout=math.ceil(cooldown))
            return -1, 0, cooldown * 1000
        if then is None:
            return n, 0, 0
        m, then_wait = _local_slide(
            then, now=now, window=then_window, limit=then_limit, member=member
        )
        return n, m, then_wait * 1000


# --- the counters --------------------------------------------------------------------------


def hit(key: str, *, window: int, limit: int) -> Count:
    """Count one more event under ``key`` if fewer than ``limit`` happened in the last
    ``window`` seconds; the Count says how many there are with it (over ``limit``: it was
    refused, and not counted)."""
    counters = shared_cache()
    scripts = _scripts()
    member = secrets.token_hex(6)
    if scripts is not None:
        n, wait = scripts[0](
            keys=[counters.make_and_validate_key(key)], args=[window * 1000, limit, member]
        )
        n, wait = int(n), int(wait)
    else:
        with _local_lock:
            n, wait = _local_slide(key, now=time.time(), window=window, limit=limit, member=member)
        wait *= 1000
    if wait:
        return Count(key=key, value=n, retry_after=_seconds(wait))
    return Count(key=key, value=n, member=member)


def hit_unless_cooling(key: str, *, cool_key: str, window: int, limit: int, cooldown: int) -> int:
    """Count one more event under ``key`` unless ``cool_key`` is set; a ``limit + 1``-th
    event in any ``window`` seconds sets ``cool_key`` for ``cooldown`` seconds. 0 when the
    event may go ahead, else the seconds until one may (the event was refused)."""
    counters = shared_cache()
    scripts = _scripts()
    member = secrets.token_hex(6)
    if scripts is not None:
        keys = [counters.make_and_validate_key(cool_key), counters.make_and_validate_key(key)]
        first, _, wait = scripts[1](keys=keys, args=[window * 1000, limit, cooldown * 1000, member])
    else:
        first, _, wait = _local_hit_or_cool(
            key, cool_key=cool_key, window=window, limit=limit, cooldown=cooldown, member=member
        )
    return _seconds(float(wait)) if int(first) < 0 else 0


async def ahit_unless_cooling(
    key: str, *, cool_key: str, window: int, limit: int, cooldown: int
) -> int:
    """``hit_unless_cooling`` from the event loop: on Redis one round trip and no thread."""
    script = _async_script(_HIT_OR_COOL)
    if script is None:
        return await sync_to_async(hit_unless_cooling, thread_sensitive=False)(
            key, cool_key=cool_key, window=window, limit=limit, cooldown=cooldown
        )
    counters = shared_cache()
    keys = [counters.make_and_validate_key(cool_key), counters.make_and_validate_key(key)]
    member = secrets.token_hex(6)
    first, _, wait = await script(keys=keys, args=[window * 1000, limit, cooldown * 1000, member])
    return _seconds(float(wait)) if int(first) < 0 else 0


def hit_unless_cooling_then_hit(
    key: str,
    *,
    cool_key: str,
    window: int,
    limit: int,
    cooldown: int,
    then: str,
    then_window: int,
    then_limit: int,
) -> tuple[int, Count | None]:
    """``hit_unless_cooling``, and when the event may go ahead, ``hit(then,
    window=then_window, limit=then_limit)`` too, in the same round trip on Redis. Answers
    the seconds to wait (0: the event may go ahead) and the Count of ``then`` (None when
    refused; a Count over ``then_limit`` was not counted there)."""
    member = secrets.token_hex(6)
    scripts = _scripts()
    if scripts is None:
        first, value, wait = _local_hit_or_cool(
            key,
            cool_key=cool_key,
            window=window,
            limit=limit,
            cooldown=cooldown,
            member=member,
            then=then,
            then_window=then_window,
            then_limit=then_limit,
        )
    else:
        counters = shared_cache()
        keys = [counters.make_and_validate_key(k) for k in (cool_key, key, then)]
        args = [window * 1000, limit, cooldown * 1000, member, then_window * 1000, then_limit]
        first, value, wait = scripts[1](keys=keys, args=args)
    if int(first) < 0:
        return _seconds(float(wait)), None
    if float(wait) > 0:
        return 0, Count(key=then, value=int(value), retry_after=_seconds(float(wait)))
    return 0, Count(key=then, value=int(value), member=member)


def give_back(count: Count) -> None:
    """Take the event counted in ``count`` back out of its window (a message counted with
    its frame that never reached its check); nothing when it was not counted."""
    if not count.member:
        return
    scripts = _scripts()
    if scripts is None:
        with _local_lock:
            counters = shared_cache()
            moments = [(at, m) for at, m in counters.get(count.key) or [] if m != count.member]
            counters.set(count.key, moments, timeout=counters.default_timeout)
        return
    scripts[2](keys=[shared_cache().make_and_validate_key(count.key)], args=[count.member])
