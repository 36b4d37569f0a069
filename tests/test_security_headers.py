"""Every main page is served with a strict Content Security Policy and the other security
headers; only the public front door may be indexed; production adds HSTS and __Host- cookies."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from accounts.demo import DEMO_PASSWORD, demo_user
from groups.demo import OPEN_GROUP_SLUG
from library.models import LibraryItem
from meetings.demo import DROP_IN
from meetings.models import Occurrence
from tests.demo import load_demo

# (URL name, who looks: a demo person's key or None for anonymous). Arguments come from the
# demo data (see ``demo_url``).
MAIN_PAGES = [
    ("home", None),
    ("home", "member"),
    ("groups:directory", None),
    ("account_login", None),
    ("account_signup", None),
    ("groups:detail", None),
    ("groups:detail", "member"),
    ("groups:members", "moderator"),
    ("meetings:group_schedule", "member"),
    ("meetings:mine", "member"),
    ("meetings:occurrence", "member"),
    ("chat:room", "member"),
    ("library:readings", "reader"),
    ("library:index", "reader"),
    ("library:item", "reader"),
    ("moderation:home", "moderator"),
    ("moderation:queue", "moderator"),
    ("moderation:members", "moderator"),
    ("moderation:audit", "moderator"),
    ("accounts:profile", "member"),
]
INDEXABLE = {"home", "groups:directory"}


@pytest.fixture
def demo(db):
    load_demo()


def live_occurrence() -> Occurrence:
    return Occurrence.objects.get(
        series__group__slug=OPEN_GROUP_SLUG, series__title=DROP_IN, start__isnull=False
    )


def demo_url(name: str) -> str:
    slug = {"slug": OPEN_GROUP_SLUG}
    if name in {"chat:room", "library:readings", "meetings:occurrence"}:
        return reverse(name, kwargs={"pk": live_occurrence().pk})
    if name in {"groups:detail", "groups:members", "meetings:group_schedule"}:
        return reverse(name, kwargs=slug)
    if name.startswith("moderation:") and name != "moderation:home":
        return reverse(name, kwargs=slug)
    if name in {"library:index"}:
        return reverse(name, kwargs={"group_slug": OPEN_GROUP_SLUG})
    if name == "library:item":
        item = LibraryItem.objects.filter(group__slug=OPEN_GROUP_SLUG).order_by("pk").first()
        return item.get_absolute_url()
    return reverse(name)


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def test_every_main_page_has_strict_security_headers(client, demo, subtests):
    for name, who in MAIN_PAGES:
        with subtests.test(page=name, who=who):
            client.logout()
            if who:
                client.force_login(demo_user(who))
            check_headers(client.get(demo_url(name)), name)


def check_headers(response, name: str) -> None:
    assert response.status_code == 200, response.status_code
    csp = csp_directives(response.headers["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"][0] == "'self'"
    assert all(v == "'self'" or v.startswith("'nonce-") for v in csp["script-src"])
    assert csp["style-src"] == ["'self'"]
    # Our own origin and its WebSocket twin, nothing else.
    assert csp["connect-src"] == ["'self'", "ws://testserver"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"

    html = response.content.decode()
    # Nothing the policy would block: no inline scripts, style attributes or <style> blocks.
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert not re.search(r"\sstyle=", html), "style attribute"
    assert "<style" not in html
    # Scripts, styles and icons come from our own origin (no CDN).
    found = re.findall(r'<(?:script|link)[^>]+(?:src|href)="((?:https?:)?//[^"/]*)', html)
    assert set(found) <= {"http://testserver"}, found

    meta_noindex = '<meta name="robots" content="noindex">' in html
    if name in INDEXABLE:
        assert "X-Robots-Tag" not in response.headers
        assert not meta_noindex
    else:
        assert response.headers["X-Robots-Tag"] == "noindex"
        assert meta_noindex


def test_pages_that_are_not_found_or_refused_are_not_indexed_either(client, demo):
    response = client.get("/groups/no-such-group/")
    assert response.status_code == 404
    assert response.headers["X-Robots-Tag"] == "noindex"
    assert "Content-Security-Policy" in response.headers


PRODUCTION = {
    "DEBUG": False,
    "SECURE_SSL_REDIRECT": True,
    "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
    "SECURE_HSTS_SECONDS": 31536000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_HSTS_PRELOAD": True,
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
    "SESSION_COOKIE_NAME": "__Host-sessionid",
    "CSRF_COOKIE_NAME": "__Host-csrftoken",
    "ALLOWED_HOSTS": ["kindred.example.org"],
}


@override_settings(**PRODUCTION)
def test_production_redirects_to_https_sends_hsts_and_host_prefixed_secure_cookies(client, demo):
    member = demo_user("member")
    plain = client.get(reverse("account_login"), headers={"host": "kindred.example.org"})
    assert plain.status_code == 301
    assert plain.headers["Location"] == "https://kindred.example.org" + reverse("account_login")

    https = {"host": "kindred.example.org", "x-forwarded-proto": "https"}
    page = client.get(reverse("account_login"), headers=https)
    assert page.status_code == 200
    assert page.headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    csp = csp_directives(page.headers["Content-Security-Policy"])
    assert csp["connect-src"] == ["'self'", "wss://kindred.example.org"]
    csrf = page.cookies["__Host-csrftoken"]
    assert csrf["secure"]
    assert csrf["path"] == "/"
    assert not csrf["domain"]

    response = client.post(
        reverse("account_login"),
        {"login": member.email, "password": DEMO_PASSWORD},
        headers=https,
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    session = response.cookies["__Host-sessionid"]
    assert session["secure"]
    assert session["httponly"]
    assert session["path"] == "/"
    assert not session["domain"]
    assert session["samesite"] == "Lax"
    assert "sessionid" not in response.cookies
