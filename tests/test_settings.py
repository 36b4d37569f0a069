"""Settings come from the environment: an embedded default, and a clean production setup."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION = {
    "SECRET_KEY": "x" * 60 + "-a-long-random-production-secret-key",
    "ALLOWED_HOSTS": "kindred.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://kindred.example.org",
    "DATABASE_URL": "postgres://kindred:secret@db.internal:5432/kindred",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "SITE_URL": "https://kindred.example.org",
}

PROBE = (
    "import json; from django.conf import settings as s; print(json.dumps({"
    "'debug': s.DEBUG, 'db': s.DATABASES['default']['ENGINE'], "
    "'db_name': str(s.DATABASES['default']['NAME']), "
    "'layer': s.CHANNEL_LAYERS['default']['BACKEND'], 'cache': s.CACHES['default']['BACKEND'], "
    "'mailer': s.MAILERS['default']['BACKEND'], 'session_cookie': s.SESSION_COOKIE_NAME, "
    "'csrf_cookie': s.CSRF_COOKIE_NAME, 'hsts': s.SECURE_HSTS_SECONDS}))"
)


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {*PRODUCTION, "DEBUG"}}
    clean.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def settings_under(env: dict[str, str]) -> dict:
    result = run_manage("shell", "-c", PROBE, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_no_variables_gives_the_embedded_local_setup():
    seen = settings_under({})
    assert seen["debug"] is True
    assert seen["db"] == "django.db.backends.sqlite3"
    assert seen["layer"] == "channels.layers.InMemoryChannelLayer"
    assert seen["mailer"].endswith("console.EmailBackend")


def test_database_and_redis_urls_switch_to_postgresql_and_redis():
    seen = settings_under(PRODUCTION)
    assert seen["debug"] is False
    assert seen["db"] == "django.db.backends.postgresql"
    assert seen["db_name"] == "kindred"
    assert seen["layer"] == "kindred.layers.PubSubChannelLayer"
    assert seen["cache"] == "django.core.cache.backends.redis.RedisCache"


def test_production_uses_host_prefixed_secure_cookies_and_hsts():
    seen = settings_under(PRODUCTION)
    assert seen["session_cookie"].startswith("__Host-")
    assert seen["csrf_cookie"].startswith("__Host-")
    assert seen["hsts"] >= 31536000


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "env, message",
    [
        ({"DEBUG": "0"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": PRODUCTION["SECRET_KEY"]}, "ALLOWED_HOSTS must be set"),
        ({"DATABASE_URL": "mysql://x@y/z"}, "is not supported"),
        (
            {k: v for k, v in PRODUCTION.items() if k != "SITE_URL"},
            "SITE_URL must be set in production",
        ),
        ({"SITE_URL": "kindred.example.org"}, "SITE_URL must be an absolute http(s) address"),
    ],
)
def test_unsafe_or_unknown_configuration_stops_with_a_clear_message(env, message):
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert message in result.stderr


def test_make_run_sets_site_url_from_its_own_port():
    """Links in emails and feeds point at the port `make run` serves on, unless SITE_URL
    is given."""
    dry = subprocess.run(
        ["make", "-n", "run", "PORT=8765"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "SITE_URL=http://127.0.0.1:8765" in dry.stdout
    given = subprocess.run(
        ["make", "-n", "run", "PORT=8765", "SITE_URL=https://kindred.example.org"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "SITE_URL=https://kindred.example.org" in given.stdout
    assert "8765" not in given.stdout.split("SITE_URL=", 1)[1].split()[0]
