"""Health answers for the proxy and an orchestrator: ``/healthz`` and ``/readyz``.

- ``/healthz``: the process answers (200 ``ok``). Nothing else is touched, so a slow
  database never makes a live worker look dead and get restarted.
- ``/readyz``: this worker can serve: PostgreSQL (or SQLite) answers, every Redis server it
  uses answers (the cache and each channel-layer shard), and every migration the code
  knows of is applied. 200 ``ok`` or 503 ``unavailable``.

Both are answered by the first middleware, before host validation, HTTPS redirection,
sessions or authentication: they are cheap (one small query, one PING per Redis server),
need no cookie, work when a probe addresses a worker by its own address and port, and say
nothing about the site: the body is one word, and why a check failed goes to the log only.
"""

import logging

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"

_leaf_migrations: frozenset[tuple[str, str]] | None = None


def _answer(ok: bool) -> HttpResponse:
    response = HttpResponse(
        b"ok\n" if ok else b"unavailable\n",
        status=200 if ok else 503,
        content_type="text/plain; charset=utf-8",
    )
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def redis_urls() -> list[str]:
    """Every Redis server this process uses: the cache and each channel-layer shard."""
    urls: list[str] = []
    if settings.REDIS_URL:
        urls.append(settings.REDIS_URL)
    for host in settings.CHANNEL_LAYERS["default"].get("CONFIG", {}).get("hosts", []):
        address = host["address"] if isinstance(host, dict) else host
        if isinstance(address, str) and address not in urls:
            urls.append(address)
    return urls


def _code_migrations() -> frozenset[tuple[str, str]]:
    """The newest migration of each app in the code: read from disk once per process
    (the code does not change under a running worker)."""
    global _leaf_migrations
    if _leaf_migrations is None:
        from django.db.migrations.loader import MigrationLoader

        _leaf_migrations = frozenset(MigrationLoader(None).graph.leaf_nodes())
    return _leaf_migrations


def database_ready() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations")
        applied = set(cursor.fetchall())
    return _code_migrations() <= applied


def redis_ready() -> bool:
    import redis

    for url in redis_urls():
        client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        try:
            client.ping()
        finally:
            client.close()
    return True


def readiness() -> bool:
    """True when the database, every Redis server and the migrations are in order."""
    for name, check in (("database", database_ready), ("redis", redis_ready)):
        try:
            if not check():
                logger.warning("readyz: %s not ready (migrations not applied)", name)
                return False
        except Exception as error:
            logger.warning("readyz: %s unreachable: %s", name, error)
            return False
    return True


class HealthMiddleware:
    """Answers the two probes before anything else runs (first in MIDDLEWARE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path == HEALTH_PATH:
            return _answer(True)
        if request.path == READY_PATH:
            return _answer(readiness())
        return self.get_response(request)
