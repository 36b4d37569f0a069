"""Per-person counters (kindred/counters.py): one round trip each on Redis, the same
answers from the cache API on a local cache."""

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


def test_hit_counts_within_its_window(backend):
    key = f"test:hit:{uuid.uuid4().hex}"
    assert [counters.hit(key, window=30) for _ in range(3)] == [1, 2, 3]
    assert counters.shared_cache().get(key) == 3  # the cache API reads the same count
    if backend == "redis":  # the count ends with its window
        client = counters._scripts()[0].registered_client
        assert 0 < client.ttl(counters.shared_cache().make_and_validate_key(key)) <= 30


def test_going_over_the_limit_starts_a_cool_down_that_counts_nothing(backend):
    key, cool = f"test:n:{uuid.uuid4().hex}", f"test:cool:{uuid.uuid4().hex}"

    def attempt() -> bool:
        return counters.hit_unless_cooling(key, cool_key=cool, window=30, limit=2, cooldown=30)

    assert [attempt() for _ in range(5)] == [True, True, False, False, False]
    cache = counters.shared_cache()
    assert cache.get(key) == 3  # the refused attempts while cooling were not counted
    assert cache.get(cool)
    cache.delete(cool)
    cache.delete(key)
    assert attempt() is True


@pytest.mark.asyncio
async def test_the_event_loop_path_gives_the_same_answers(backend):
    key, cool = f"test:n:{uuid.uuid4().hex}", f"test:cool:{uuid.uuid4().hex}"
    answers = [
        await counters.ahit_unless_cooling(key, cool_key=cool, window=30, limit=2, cooldown=30)
        for _ in range(4)
    ]
    await counters.aclose()
    assert answers == [True, True, False, False]
    assert counters.shared_cache().get(key) == 3


@pytest.mark.asyncio
async def test_a_frame_and_its_message_are_counted_in_one_go_and_given_back(backend):
    """The flood count and the message count together: a refused frame counts no message;
    a message count given back is taken off, and one whose count ended stays ended."""
    key, cool = f"test:n:{uuid.uuid4().hex}", f"test:cool:{uuid.uuid4().hex}"
    then = f"test:m:{uuid.uuid4().hex}"

    async def attempt():
        return await counters.ahit_unless_cooling_then_hit(
            key, cool_key=cool, window=30, limit=2, cooldown=30, then=then, then_window=30
        )

    first, second, refused = await attempt(), await attempt(), await attempt()
    assert (first.key, first.value, first.used) == (then, 1, False)
    assert second.value == 2 and refused is None
    cache = counters.shared_cache()
    assert cache.get(then) == 2  # the refused frame's message was not counted
    await counters.agive_back(second)
    assert cache.get(then) == 1
    cache.delete(then)
    await counters.agive_back(first)  # its count ended meanwhile: nothing comes back
    await counters.aclose()
    assert cache.get(then) is None
