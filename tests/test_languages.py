"""Which language a page is in, and bad input about it: the profile's choice, then the
footer's cookie, then Accept-Language, then English; an unknown code or a forged header
falls back cleanly and changes nothing."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from kindred.i18n import language_for_scope

pytestmark = pytest.mark.django_db


def _html_tag(response) -> str:
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize(
    ("header", "lang", "direction", "words"),
    [
        ("es-MX,es;q=0.9,en;q=0.5", "es", "ltr", "Buscar un grupo"),
        ("ar", "ar", "rtl", "ابحث عن مجموعة"),
        ("fr-FR,fr;q=0.9", "en", "ltr", "Find a group"),
        ("", "en", "ltr", "Find a group"),
    ],
)
def test_the_browsers_language_chooses_the_page_language(client, header, lang, direction, words):
    response = client.get(reverse("groups:directory"), HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 200
    assert f'lang="{lang}"' in _html_tag(response)
    assert f'dir="{direction}"' in _html_tag(response)
    assert words in response.content.decode()
    assert response["Content-Language"] == lang


@pytest.mark.parametrize(
    "header",
    [
        "xx-YY",
        "*;q=abc, ../../etc/passwd",
        "es;q=nope",
        "a" * 5000,
        "\u00e9\u00e9, zh-Hant-XX-private",
    ],
)
def test_a_forged_accept_language_falls_back_to_english(client, header):
    response = client.get(reverse("groups:directory"), HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 200
    assert 'lang="en"' in _html_tag(response)


def test_the_footer_picker_sets_the_language_for_a_visitor(client):
    response = client.post(reverse("set_language"), {"language": "ar", "next": "/groups/"})
    assert response.status_code == 302 and response["Location"] == "/groups/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    page = client.get("/groups/", HTTP_ACCEPT_LANGUAGE="es")  # the choice beats the browser
    assert 'lang="ar" dir="rtl"' in _html_tag(page)


def test_an_unknown_language_in_the_picker_changes_nothing(client):
    response = client.post(reverse("set_language"), {"language": "xx", "next": "/groups/"})
    assert response.status_code == 302
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    page = client.get("/groups/")
    assert 'lang="en"' in _html_tag(page)


def test_the_picker_sends_nobody_to_another_site(client):
    response = client.post(
        reverse("set_language"), {"language": "es", "next": "https://elsewhere.example/"}
    )
    assert response.status_code == 302
    assert "elsewhere.example" not in response["Location"]


def test_the_profile_language_wins_and_follows_the_person(client, user_factory):
    user = user_factory(display_name="Luz")
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"),
        {"display_name": "Luz", "timezone": "UTC", "language": "es", "reminder_minutes": "60"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.language == "es"
    page = client.get(reverse("accounts:profile"), HTTP_ACCEPT_LANGUAGE="ar")
    assert 'lang="es" dir="ltr"' in _html_tag(page)
    assert "Tu perfil" in page.content.decode()
    # The footer's picker, used while signed in, changes the profile too.
    client.post(reverse("set_language"), {"language": "ar", "next": "/"})
    user.refresh_from_db()
    assert user.language == "ar"


def test_an_unknown_language_on_the_profile_is_refused(client, user_factory):
    user = user_factory(display_name="Luz")
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"),
        {"display_name": "Luz", "timezone": "UTC", "language": "klingon"},
    )
    assert response.status_code == 400
    assert "Choose a language from the list." in response.content.decode()
    user.refresh_from_db()
    assert user.language == ""


def test_a_stored_language_that_is_no_longer_offered_falls_back(client, user_factory):
    user = user_factory(display_name="Luz")
    user.language = "fr"  # say French was offered once
    user.save(update_fields=["language"])
    client.force_login(user)
    page = client.get(reverse("accounts:profile"), HTTP_ACCEPT_LANGUAGE="es")
    assert 'lang="es"' in _html_tag(page)


def test_errors_on_the_page_come_in_its_language(client, user_factory):
    user = user_factory(display_name="Luz")
    user.language = "es"
    user.save(update_fields=["language"])
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"),
        {"display_name": "Luz", "timezone": "Mars/Olympus", "language": "es"},
    )
    assert response.status_code == 400
    assert "Elige una zona horaria de la lista." in response.content.decode()


def test_the_javascript_catalog_speaks_the_page_language(client):
    response = client.get(reverse("javascript-catalog"), HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 200
    # "Connected", as the catalog writes it (JSON escapes)
    assert '"Connected": "\\u0645\\u062a\\u0635\\u0644"' in response.content.decode()
    page = client.get("/groups/")
    assert f'<script src="{reverse("javascript-catalog")}"></script>' in page.content.decode()


def _scope(user=None, headers=()):
    return {"type": "websocket", "user": user, "headers": list(headers)}


def test_a_websocket_takes_the_same_language_as_the_page(user_factory):
    from django.contrib.auth.models import AnonymousUser

    anonymous = AnonymousUser()
    assert language_for_scope(_scope(anonymous, [(b"accept-language", b"ar,en")])) == "ar"
    cookie = f"{settings.LANGUAGE_COOKIE_NAME}=es; other=1".encode()
    scope = _scope(anonymous, [(b"accept-language", b"ar"), (b"cookie", cookie)])
    assert language_for_scope(scope) == "es"
    assert language_for_scope(_scope(anonymous, [(b"accept-language", b"zz;q=x")])) == "en"
    assert language_for_scope(_scope(anonymous, [(b"cookie", b'\x00;;="')])) == "en"
    user = user_factory(display_name="Luz")
    user.language = "ar"
    assert language_for_scope(_scope(user, [(b"accept-language", b"es")])) == "ar"
