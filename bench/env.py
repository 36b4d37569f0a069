"""The environment the servers and fixtures run with, and the bench database and Redis."""

import os
import subprocess
from urllib.parse import urlsplit

from bench.servers import ROOT, VENV_BIN

DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kindred_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
# The site's own origin, as a browser behind the reverse proxy sends it to every worker.
SITE_URL = "http://127.0.0.1:8000"


def check_loopback() -> None:
    for url in (DATABASE_URL, REDIS_URL):
        host = urlsplit(url).hostname
        if host not in LOOPBACK:
            raise SystemExit(f"the benchmark only talks to loopback addresses, not {host!r}")


def server_env(layer: str, shards: list[str] | None = None) -> dict[str, str]:
    """Production-like: DEBUG off (no query log growing in memory), PostgreSQL, Redis.
    With ``shards``, the channel layer is spread over those Redis servers (``REDIS_URLS``,
    README "Scaling out") while the cache stays on the bench Redis, as in production."""
    env = dict(os.environ)
    env.pop("REDIS_URLS", None)
    if shards:
        env["REDIS_URLS"] = ",".join(shards)
    env.update(
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        CHANNEL_LAYER=layer,
        CHANNEL_LAYER_PREFIX="kbench",
        CACHE_KEY_PREFIX="kbench",
        SECRET_KEY="bench-only-secret-key-" + "x" * 40,
        DEBUG="0",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SITE_URL=SITE_URL,
        # Keep database connections between calls, as production should (README): opening
        # one per call costs a PostgreSQL backend start each time.
        DATABASE_CONN_MAX_AGE=os.environ.get("BENCH_CONN_MAX_AGE", "60"),
        LOG_LEVEL=os.environ.get("BENCH_LOG_LEVEL", "WARNING"),
        PYTHONUNBUFFERED="1",
    )
    # Never inherit the test settings of whoever runs us.
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def manage(env: dict[str, str], *args: str, timeout: float = 300) -> str:
    done = subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def python_module(env: dict[str, str], *args: str, timeout: float = 300) -> str:
    done = subprocess.run(
        [str(VENV_BIN / "python"), "-m", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"python -m {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def ensure_database() -> None:
    import psycopg

    parts = urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def prepare(env: dict[str, str], *, migrate: bool) -> None:
    """Migrate (once per run), then empty the bench database and the bench Redis db."""
    if migrate:
        ensure_database()
        manage(env, "migrate", "--noinput")
    manage(env, "flush", "--noinput")
    flush_redis()


def flush_redis() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
