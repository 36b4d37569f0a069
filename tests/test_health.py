"""/healthz and /readyz: cheap, unauthenticated, revealing nothing, and honest about the
database, Redis and migrations."""

import pytest
from django.db import connection
from django.test import override_settings

from tests.test_settings import PRODUCTION, run_manage

pytestmark = pytest.mark.django_db

# A port nothing listens on (below 1024, never handed out as an ephemeral port).
CLOSED = "redis://127.0.0.1:9/0"


def assert_says_nothing(response, body: bytes) -> None:
    assert response.content == body
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies


def test_healthz_answers_ok_without_signing_in(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert_says_nothing(response, b"ok\n")


def test_readyz_is_ok_with_database_redis_and_migrations_in_order(client, settings):
    assert settings.REDIS_URL, "these tests run against Redis (REDIS_URL)"
    response = client.get("/readyz")
    assert response.status_code == 200
    assert_says_nothing(response, b"ok\n")


@override_settings(ALLOWED_HOSTS=["kindred.example.org"], SECURE_SSL_REDIRECT=True)
def test_probes_answer_a_worker_addressed_directly_over_http(client):
    """An orchestrator probes each worker at its own address, without TLS: no redirect to
    HTTPS and no refusal for an unknown Host, while every page still gets both."""
    for path in ("/healthz", "/readyz"):
        response = client.get(path, HTTP_HOST="10.0.0.7:8001")
        assert response.status_code == 200, path
    assert client.get("/", HTTP_HOST="10.0.0.7:8001").status_code == 400
    assert client.get("/", HTTP_HOST="kindred.example.org").status_code == 301


def test_readyz_fails_when_a_redis_server_is_unreachable(client, settings):
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [{"address": settings.REDIS_URL}, {"address": CLOSED}]},
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    assert_says_nothing(response, b"unavailable\n")
    assert client.get("/healthz").status_code == 200


def test_readyz_fails_while_a_migration_is_not_applied(client):
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM django_migrations WHERE id ="
            " (SELECT max(id) FROM django_migrations WHERE app = 'chat')"
        )
    response = client.get("/readyz")
    assert response.status_code == 503
    assert_says_nothing(response, b"unavailable\n")


def test_readyz_fails_when_the_database_is_unreachable():
    probe = (
        "from django.test import Client; c = Client(); "
        "r = c.get('/readyz'); h = c.get('/healthz'); "
        "print(r.status_code, r.content, h.status_code)"
    )
    env = {
        **PRODUCTION,
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": "postgres://kindred@127.0.0.1:9/kindred?connect_timeout=2",
        "REDIS_URL": "",
    }
    result = run_manage("shell", "-c", probe, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "503 b'unavailable\\n' 200"
