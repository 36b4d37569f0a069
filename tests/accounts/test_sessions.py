"""Where you are signed in: a list of one's own sessions, and signing out everywhere else,
which ends the other sessions and closes their room sockets."""

import pytest
from allauth.usersessions.models import UserSession
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _signed_in(user, password, agent: str) -> Client:
    client = Client(HTTP_USER_AGENT=agent)
    response = client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert response.status_code == 302
    return client


@pytest.fixture
def kicks(monkeypatch):
    sent: list[tuple[str, dict]] = []
    monkeypatch.setattr("kindred.events._send", lambda group, event: sent.append((group, event)))
    return sent


def test_the_list_shows_only_ones_own_sessions(user_factory, password):
    dana, eli = user_factory(display_name="Dana"), user_factory(display_name="Eli")
    laptop = _signed_in(dana, password, "Laptop Browser")
    _signed_in(dana, password, "Phone Browser")
    _signed_in(eli, password, "Eli's Browser")
    page = laptop.get(reverse("usersessions_list")).content.decode()
    assert "Laptop Browser" in page and "Phone Browser" in page
    assert "Eli's Browser" not in page
    assert "(this browser)" in page
    assert "Sign out everywhere else" in page


def test_signing_out_everywhere_else_ends_the_other_sessions_and_their_sockets(
    user_factory, password, kicks, django_capture_on_commit_callbacks
):
    dana, eli = user_factory(display_name="Dana"), user_factory(display_name="Eli")
    laptop = _signed_in(dana, password, "Laptop Browser")
    phone = _signed_in(dana, password, "Phone Browser")
    others = _signed_in(eli, password, "Eli's Browser")
    with django_capture_on_commit_callbacks(execute=True):
        response = laptop.post(reverse("usersessions_list"))
    assert response.status_code == 302
    profile = reverse("accounts:profile")
    assert laptop.get(profile).status_code == 200
    assert phone.get(profile).status_code == 302  # to the sign-in page
    assert others.get(profile).status_code == 200  # someone else's are untouched
    assert list(UserSession.objects.filter(user=dana).values_list("user_agent", flat=True)) == [
        "Laptop Browser"
    ]
    assert [(group, event["type"]) for group, event in kicks] == [(f"user.{dana.pk}", "user.kick")]
    page = laptop.get(reverse("usersessions_list")).content.decode()
    assert "This is the only place you are signed in." in page


def test_the_list_needs_signing_in(client):
    response = client.get(reverse("usersessions_list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
