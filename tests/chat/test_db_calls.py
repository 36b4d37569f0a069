"""The room socket's database calls (chat/dbcalls.py): a kept connection that answered
within HEALTH_TRUSTED_SECONDS is not pinged again before the next call's first query."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections

from chat import dbcalls

pytestmark = pytest.mark.django_db(transaction=True)


def _probe() -> bool:
    """Whether Django still means to ping this thread's connection, then a query."""
    connection = connections["default"]
    pending = connection.connection is not None and not connection.health_check_done
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return pending


def _close() -> None:
    connections.close_all()


async def _calls(n: int) -> list[bool]:
    pool = ThreadPoolExecutor(max_workers=1)  # one thread: one connection throughout
    try:
        call = dbcalls._DatabaseCall
        results = [await call(_probe, thread_sensitive=False, executor=pool)() for _ in range(n)]
        await call(_close, thread_sensitive=False, executor=pool)()
        return results
    finally:
        pool.shutdown()


@pytest.fixture(autouse=True)
def _kept_and_checked(settings, monkeypatch):
    """Connections kept between calls and health-checked, as in production."""
    monkeypatch.setitem(settings.DATABASES["default"], "CONN_MAX_AGE", 60)
    monkeypatch.setitem(settings.DATABASES["default"], "CONN_HEALTH_CHECKS", True)


async def test_a_connection_that_just_answered_is_not_pinged():
    # The first call opens the connection; the next ones reuse it without a ping.
    assert await _calls(3) == [False, False, False]


async def test_past_the_trusted_time_the_connection_is_pinged_again(monkeypatch):
    monkeypatch.setattr(dbcalls, "HEALTH_TRUSTED_SECONDS", 0.0)
    assert await _calls(3) == [False, True, True]
