"""A real daphne serving the test database, for browser and end-to-end tests.

Use it from a conftest with ``from tests.livesite import daphne_server, live_site  # noqa: F401``.

- ``daphne_server`` (session): starts ``daphne kindred.asgi:application`` on a free port with
  DATABASE_URL pointing at pytest-django's test database, the tests' REDIS_URL, and
  ``EMAIL_BACKEND=file`` writing mail into a temporary directory.
- ``live_site`` (function): the same server, plus ``transactional_db`` so that what a test
  writes is committed and visible to the server (and flushed afterwards), and an empty
  cache. ``live_site("/path/")`` is an absolute URL; ``live_site.mail_to(address)`` reads
  the latest mail the server sent there (``.links()``, ``.body``, ``.subject``).
"""

import email
import email.policy
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parent.parent
_SEPARATOR = b"\n" + b"-" * 79 + b"\n"
_LINK = re.compile(r"https?://[^\s<>\"]+")


@dataclass
class Mail:
    to: list[str]
    subject: str
    body: str

    def links(self) -> list[str]:
        return _LINK.findall(self.body)


@dataclass
class LiveSite:
    url: str
    outbox_dir: Path
    log_path: Path

    def __call__(self, path: str = "/") -> str:
        """The absolute URL of a path on the server: ``live_site("/groups/")``."""
        return self.url + path

    def outbox(self) -> list[Mail]:
        """Every message the server has sent so far, oldest first."""
        mails = []
        for path in sorted(self.outbox_dir.glob("*.log"), key=lambda p: p.stat().st_mtime_ns):
            for chunk in path.read_bytes().split(_SEPARATOR):
                if not chunk.strip():
                    continue
                message = email.message_from_bytes(chunk.lstrip(), policy=email.policy.default)
                part = message.get_body(preferencelist=("plain", "html"))
                mails.append(
                    Mail(
                        to=[a.strip() for a in str(message.get("To", "")).split(",")],
                        subject=str(message.get("Subject", "")),
                        body=part.get_content() if part else "",
                    )
                )
        return mails

    def mail_to(self, address: str, *, timeout: float = 10) -> Mail:
        """The latest message to ``address``, waiting a little for it to arrive."""
        deadline = time.monotonic() + timeout
        while True:
            found = [m for m in self.outbox() if any(address in to for to in m.to)]
            if found:
                return found[-1]
            if time.monotonic() > deadline:
                raise AssertionError(f"No mail to {address} arrived within {timeout} s")
            time.sleep(0.1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url(db: dict) -> str:
    if db["ENGINE"] != "django.db.backends.postgresql":
        pytest.fail(
            "The live server needs PostgreSQL (the embedded SQLite test database lives in "
            "memory and cannot be shared): set DATABASE_URL, or run `make test`."
        )
    auth = quote(db.get("USER") or "", safe="")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"], safe="")
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or "5432"
    return f"postgres://{auth}@{host}:{port}/{quote(db['NAME'], safe='')}"


def _wait_until_answering(process: subprocess.Popen, url: str, log_path: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"daphne exited with {process.returncode}:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(url + "/", timeout=2):  # noqa: S310 - our own server
                return
        except urllib.error.HTTPError:
            return  # it answers, even if with an error page
        except OSError:
            time.sleep(0.2)
    process.kill()
    pytest.fail(f"daphne did not answer at {url} within 60 s:\n{log_path.read_text()}")


def _serve(django_db_blocker, tmp_path_factory):
    """A daphne worker on the test database, yielding its LiveSite until the session ends."""
    from django.conf import settings

    # After django_db_setup, NAME is the test database (test_<name>).
    database_url = _database_url(settings.DATABASES["default"])
    workdir = tmp_path_factory.mktemp("live-site")
    outbox_dir = workdir / "outbox"
    outbox_dir.mkdir()
    log_path = workdir / "daphne.log"
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kindred.settings",
        "DATABASE_URL": database_url,
        "EMAIL_BACKEND": "file",
        "EMAIL_FILE_PATH": str(outbox_dir),
        "PYTHONUNBUFFERED": "1",
        # Stopping the server hands its sockets over quickly (kindred/wsserver.py).
        "KINDRED_DRAIN_SPREAD_SECONDS": "0.5",
    }
    if redis_url := os.environ.get("REDIS_URL"):
        env["REDIS_URL"] = redis_url
    daphne = Path(sys.executable).parent / "daphne"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(daphne), "-b", "127.0.0.1", "-p", str(port), "kindred.asgi:application"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_answering(process, url, log_path)
        yield LiveSite(url=url, outbox_dir=outbox_dir, log_path=log_path)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        with django_db_blocker.unblock():
            _wait_for_server_sessions_to_close()


@pytest.fixture(scope="session")
def daphne_server(django_db_setup, django_db_blocker, tmp_path_factory):
    yield from _serve(django_db_blocker, tmp_path_factory)


def _wait_for_server_sessions_to_close(timeout: float = 10) -> None:
    """PostgreSQL ends a gone client's session a moment later; the test database can only
    be dropped once it has."""
    from django.db import connection

    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            if cursor.fetchone()[0] == 0:
                break
            time.sleep(0.1)
    connection.close()


@pytest.fixture
def live_site(daphne_server, transactional_db):
    """The live server, with committed data: what the test creates, the server sees.

    The cache (shared with the server through REDIS_URL) starts empty, so allauth's rate
    limits (one confirmation mail per address every 3 minutes...) never leak between tests.
    """
    from django.core.cache import cache

    cache.clear()
    return daphne_server
