"""Shared fixtures. Factories are fixtures that return functions (``user_factory(...)``)."""

import itertools
import os
import socket
from urllib.parse import urlsplit

import pytest
from django.db import connections

from groups.models import Membership, Role

_counter = itertools.count(1)


def _check_reachable(url: str, default_port: int, what: str, start: str) -> None:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or default_port), timeout=3):
            return
    except OSError as exc:
        pytest.exit(
            f"{what} is not reachable at {parts.hostname}:{parts.port or default_port} ({exc}). "
            f"Start it ({start}) or run `make test`, which starts it.",
            returncode=3,
        )


def pytest_configure(config):
    if url := os.environ.get("DATABASE_URL"):
        _check_reachable(
            url, 5432, "PostgreSQL", "pg_ctlcluster --skip-systemctl-redirect 15 main start"
        )
    if url := os.environ.get("REDIS_URL"):
        _check_reachable(url, 6379, "Redis", "redis-server --daemonize yes --port 6379")


@pytest.fixture(autouse=True)
def _quick_password_hashing(request, settings):
    """Hashing a password for real costs about a second on a slow machine, and most tests
    make several people. Tests that sign in through a separate server process (browser and
    multi-process tests) keep the real hashers, which that process uses too."""
    if request.node.get_closest_marker("browser") or request.node.get_closest_marker(
        "multiprocess"
    ):
        return
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _presence_at_once(settings):
    """In-process room sockets hear each join and leave at once, so frame-by-frame tests
    stay exact. The coalesced broadcast has its own test and is what the multi-process and
    browser tests' daphne workers run."""
    settings.KINDRED_PRESENCE_COALESCE_SECONDS = 0


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language: a room socket that spoke someone's
    language (Arabic, say) in an earlier test leaves it active in the thread it ran on."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_room_copies():
    """Each test starts without a worker's copies of meetings and screening rules (ids
    can repeat, and rows vanish without signals, after a flush)."""
    from chat import roomcalls
    from moderation.selectors import forget_screening_terms

    roomcalls._recent.clear()
    forget_screening_terms()
    yield
    roomcalls._recent.clear()
    forget_screening_terms()


@pytest.fixture
def password():
    return "a calm and long passphrase 42"


@pytest.fixture
def user_factory(db, password):
    from allauth.account.models import EmailAddress

    from accounts.models import User

    def make(*, display_name: str | None = None, email: str | None = None, verified=True, **extra):
        n = next(_counter)
        email = email or f"person{n}@example.org"
        user = User.objects.create_user(
            email=email, password=password, display_name=display_name or f"Person {n}", **extra
        )
        EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
        return user

    return make


@pytest.fixture
def group_factory(db, user_factory):
    from groups.services import group_create

    def make(*, owner=None, name: str | None = None, **fields):
        owner = owner or user_factory(display_name="Owner")
        return group_create(owner=owner, name=name or f"Group {next(_counter)}", **fields)

    return make


@pytest.fixture
def member_factory(db, user_factory):
    """Put a (new or given) person into a group with a role, as if they had joined."""

    def make(group, role: str = Role.MEMBER, user=None, **user_fields):
        user = user or user_factory(**user_fields)
        Membership.objects.create(
            group=group, user=user, role=role, guidelines_accepted_at=group.created_at
        )
        return user

    return make


@pytest.fixture(scope="session", autouse=True)
def _release_socket_connections(django_db_setup, django_db_blocker):
    """Room sockets and live servers run their database work on threads that keep their
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
            connection.close()


@pytest.fixture
def pubsub(settings):
    """The pub/sub channel layer (kindred/layers.py), production's, for this test."""
    settings.CHANNEL_LAYERS = {"default": settings.KINDRED_CHANNEL_LAYER_CHOICES["pubsub"]}


@pytest.fixture
def redis_layer(settings):
    """channels_redis' RedisChannelLayer for this test, whichever layer CHANNEL_LAYER chose:
    for the tests of what that layer alone does."""
    settings.CHANNEL_LAYERS = {"default": settings.KINDRED_CHANNEL_LAYER_CHOICES["redis"]}
