"""Cross-site WebSocket hijacking: the room socket's handshake is refused unless it comes
from the site's own origin (host, scheme and port), and no session token ever travels in
a URL. Through the real ASGI application (kindred.asgi), as daphne runs it."""

import re

import pytest
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db(transaction=True)

SITE = "https://kindred.example.org"


@pytest.fixture
def production_site(settings):
    settings.DEBUG = False
    settings.SITE_URL = SITE
    settings.ALLOWED_HOSTS = ["kindred.example.org"]


def _session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


async def _handshake(path: str, *, origin: str | None, cookie: str | None) -> tuple[bool, int]:
    from kindred.asgi import application

    headers = [(b"host", b"kindred.example.org")]
    if origin is not None:
        headers.append((b"origin", origin.encode("latin1")))
    if cookie is not None:
        headers.append((b"cookie", f"sessionid={cookie}".encode()))
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, code = await communicator.connect(timeout=5)
    await communicator.disconnect()
    return connected, code


@pytest.mark.parametrize(
    "origin",
    [
        None,  # missing
        "null",  # sandboxed frames, file: pages, some redirects
        "https://evil.test",  # foreign
        "https://kindred.example.org.evil.test",  # look-alike suffix
        "https://evil-kindred.example.org",  # look-alike prefix
        "https://kindred.example.org@evil.test",  # userinfo trick
        "http://kindred.example.org",  # wrong scheme (the site is https)
        "ws://kindred.example.org",  # wrong scheme
        "wss://kindred.example.org",  # not a page origin
        "ftp://kindred.example.org",  # wrong scheme
        "https://kindred.example.org:8443",  # wrong port
        "https://kindred.example.org:notaport",  # malformed
        "",  # empty
    ],
)
async def test_cross_site_handshakes_are_refused(production_site, room, origin):
    from asgiref.sync import sync_to_async

    cookie = await sync_to_async(_session_cookie)(room.alice)
    connected, _code = await _handshake(
        f"/ws/rooms/{room.occurrence.pk}/", origin=origin, cookie=cookie
    )
    assert not connected, origin


async def test_the_sites_own_origin_is_admitted(production_site, room):
    """The control for the test above: the same handshake from the site itself opens."""
    from asgiref.sync import sync_to_async

    cookie = await sync_to_async(_session_cookie)(room.alice)
    connected, _ = await _handshake(f"/ws/rooms/{room.occurrence.pk}/", origin=SITE, cookie=cookie)
    assert connected


async def test_a_session_key_in_the_url_does_not_sign_anybody_in(production_site, room):
    from asgiref.sync import sync_to_async

    key = await sync_to_async(_session_cookie)(room.alice)
    from kindred.asgi import application
    from tests.chat.conftest import refusal

    path = f"/ws/rooms/{room.occurrence.pk}/?sessionid={key}&session={key}&token={key}"
    headers = [(b"host", b"kindred.example.org"), (b"origin", SITE.encode())]
    # Admitted to the handshake (the origin is right), then refused as not signed in.
    assert await refusal(WebsocketCommunicator(application, path, headers=headers)) == 4401


def test_no_page_puts_the_session_key_in_a_url_and_the_cookie_is_httponly(room, settings):
    client = Client()
    client.force_login(room.alice)
    key = client.cookies["sessionid"].value
    assert settings.SESSION_COOKIE_HTTPONLY
    paths = [
        reverse("home"),
        reverse("groups:detail", args=[room.group.slug]),
        reverse("meetings:occurrence", args=[room.occurrence.pk]),
        reverse("library:readings", args=[room.occurrence.pk]),
        reverse("meetings:mine"),
        reverse("accounts:profile"),
    ]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert key not in html, path
        for url in re.findall(r'(?:href|src|action|data-ws-path)="([^"]*)"', html):
            assert "session" not in url.lower(), (path, url)


def test_the_socket_url_the_client_builds_carries_no_token():
    from pathlib import Path

    for script in Path("static/js").glob("*.js"):
        source = script.read_text()
        if "WebSocket(" in source:
            assert not re.search(r"session|token|cookie", source, re.I), script


def test_production_cookies_are_secure_and_host_bound(monkeypatch):
    """With DEBUG off the session and CSRF cookies are Secure, HttpOnly (session) and
    __Host- prefixed, so they never leave HTTPS and never reach a URL."""
    import importlib

    import kindred.settings as settings_module

    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "kindred.example.org")
    monkeypatch.setenv("SITE_URL", "https://kindred.example.org")
    monkeypatch.delenv("DEBUG", raising=False)
    try:
        production = importlib.reload(settings_module)
        assert production.DEBUG is False
        assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE
        assert production.SESSION_COOKIE_HTTPONLY
        assert production.SESSION_COOKIE_NAME.startswith("__Host-")
    finally:
        monkeypatch.undo()
        importlib.reload(settings_module)
