"""The cache that per-person counters (flood and message limits) are kept in.

Django's ``cache`` is a client per async context: called from a room socket's frames, each
frame got a client, and a Redis connection, of its own. Counters use one client for the
whole process instead (thread-safe, with its own connection pool), on the same cache
settings, so they are shared by every worker exactly as before.
"""

from functools import cache as _once

from django.core.cache import BaseCache, caches


@_once
def shared_cache() -> BaseCache:
    return caches.create_connection("default")


def hit(key: str, *, window: int) -> int:
    """Count one more event under ``key`` and return the count; the count starts from zero
    again ``window`` seconds after it first appeared."""
    counters = shared_cache()
    counters.add(key, 0, timeout=window)
    try:
        return counters.incr(key)
    except ValueError:  # expired between add and incr
        counters.set(key, 1, timeout=window)
        return 1
