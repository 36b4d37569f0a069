"""Per-person counters (kindred/counters.py): one round trip each on Redis, the same
answers from the cache API on a local cache."""

import time
import uuid

import pytest
from django.core.cache.backends.redis import RedisCache

from kindred import counters


@pytest.fixture(params=["redis", "local"])
def backend(request, settings):
    if request.param == "local":
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    counters.shared_cache.cache_clear()
    counters._scripts.cache_clear()
    yield request.param
    counters.shared_cache.cache_clear()
    counters._scripts.cache_clear()


def test_the_redis_path_is_used_when_the_cache_is_redis(backend):
    assert isinstance(counters.shared_cache(), RedisCache) == (backend == "redis")
    assert (counters._scripts() is not None) == (backend == "redis")


def test_hit_counts_within_its_window_and_refuses_over_the_limit(backend):
    key = f"test:hit:{uuid.uuid4().hex}"
    counts = [counters.hit(key, window=30, limit=3) for _ in range(5)]
    assert [c.value for c in counts] == [1, 2, 3, 4, 4]
    assert [bool(c.member) for c in counts] == [True, True, True, False, False]
    # A refusal says when the window has room again: when the first event leaves it.
    assert [c.retry_after for c in counts] == [0, 0, 0, 30, 30]
    if backend == "redis":  # the window ends with its last event
        client = counters._scripts()[0].registered_client
        assert 0 < client.pttl(counters.shared_cache().make_and_validate_key(key)) <= 30_000


def test_no_window_ever_holds_more_than_the_limit(backend):
    """Events as fast as they come for two and a half windows: however the windows fall
    on the clock, no stretch of one window's length holds more than the limit (a counter
    per clock window lets twice the limit through across a boundary)."""
    key, window, limit = f"test:slide:{uuid.uuid4().hex}", 1, 3
    accepted = []
    started = time.monotonic()
    while time.monotonic() - started < 2.5 * window:
        if counters.hit(key, window=window, limit=limit).value <= limit:
            accepted.append(time.monotonic())
        time.sleep(0.01)
    assert len(accepted) >= 2 * limit  # the window slid on: later events were let in
    margin = 0.05  # the counter reads Redis's clock, the test this process's
    for i, first in enumerate(accepted):
        in_window = [at for at in accepted[i:] if at < first + window - margin]
        assert len(in_window) <= limit, accepted


def test_going_over_the_limit_starts_a_cool_down_that_counts_nothing(backend):
    key, cool = f"test:n:{uuid.uuid4().hex}", f"test:cool:{uuid.uuid4().hex}"

    def attempt() -> int:
        return counters.hit_unless_cooling(key, cool_key=cool, window=30, limit=2, cooldown=20)

    assert [attempt() for _ in range(5)] == [0, 0, 20, 20, 20]
    cache = counters.shared_cache()
    assert cache.get(cool)
    cache.delete(cool)
    assert attempt() == 20  # the window still holds two events: over again
    cache.delete(cool)
    cache.delete(key)
    assert attempt() == 0


@pytest.mark.asyncio
async def test_the_event_loop_path_gives_the_same_answers(backend):
    key, cool = f"test:n:{uuid.uuid4().hex}", f"test:cool:{uuid.uuid4().hex}"
    answers = [
        await counters.ahit_unless_cooling(key, cool_key=cool, window=30, limit=2, cooldown=20)
        for _ in range(4)
    ]
    await counters.aclose()
    assert answers == [0, 0, 20, 20]


def test_a_frame_and_its_message_are_counted_in_one_go_and_given_back(backend):
    """The flood count and the message count together: a refused frame counts no message;
    a message over its own limit is not counted and says when to try again; a message
    count given back leaves the window."""
    key, cool = f"test:n:{uuid.uuid4().hex}", f"test:cool:{uuid.uuid4().hex}"
    then = f"test:m:{uuid.uuid4().hex}"

    def attempt():
        return counters.hit_unless_cooling_then_hit(
            key,
            cool_key=cool,
            window=30,
            limit=3,
            cooldown=20,
            then=then,
            then_window=10,
            then_limit=1,
        )

    (w1, first), (w2, second) = attempt(), attempt()
    assert (w1, first.key, first.value, first.used, first.retry_after) == (0, then, 1, False, 0)
    assert w2 == 0 and second.value == 2 and second.retry_after == 10 and not second.member
    counters.give_back(second)  # never counted: nothing to give back
    counters.give_back(first)
    (w3, third) = attempt()
    assert w3 == 0 and third.value == 1  # the first one left the window
    assert attempt() == (20, None)  # a fourth frame: the flood limit
