"""A worker's short-lived copies of things read often and changed rarely.

Each copy lives for ``KINDRED_ROOM_CACHE_SECONDS`` at most. Copies made at the same moment
(a worker filling 50 rooms at once, say) would all expire at the same moment too and be
read again in one burst; each copy's life is therefore spread between three quarters of
that time and all of it.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Hashable

from django.conf import settings

# Kept no more than this many copies; past it, the store starts again from empty.
_MAX_COPIES = 10_000


class Recent[T]:
    def __init__(self) -> None:
        self._copies: dict[Hashable, tuple[float, T]] = {}

    def get(self, key: Hashable, load: Callable[[], T]) -> T:
        """The copy under ``key`` if it is still fresh, else ``load()`` (kept as the copy)."""
        now = time.monotonic()
        copy = self._copies.get(key)
        if copy is not None and now < copy[0]:
            return copy[1]
        value = load()
        ttl = float(getattr(settings, "KINDRED_ROOM_CACHE_SECONDS", 0))
        if ttl > 0:
            if len(self._copies) >= _MAX_COPIES:
                self._copies.clear()
            self._copies[key] = (now + ttl * random.uniform(0.75, 1.0), value)  # noqa: S311
        return value

    def forget(self, key: Hashable) -> None:
        self._copies.pop(key, None)

    def clear(self) -> None:
        self._copies.clear()
