"""Security tests reuse the live room's fixtures (a live meeting, people, sockets)."""

import pytest
from django.db import connections

from tests.chat.conftest import (  # noqa: F401 - fixtures
    _fast_and_fresh,
    connect,
    occurrence_factory,
    room,
)


@pytest.fixture(scope="session", autouse=True)
def _release_room_db_connections(django_db_setup, django_db_blocker):
    """Room sockets run their database work on a pool of threads that keep their
    connections; end those before the test database is dropped (this tears down first)."""
    yield
    with django_db_blocker.unblock():
        connection = connections["default"]
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
