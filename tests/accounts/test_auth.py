"""Sign up, verification, log in and out, password reset, email change, rate limits, MFA."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.urls import reverse

from accounts.models import User

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^\s]+")


def _links(message) -> list[str]:
    return LINK.findall(message.body)


def _login(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_sign_up_needs_email_verification_then_logs_in(client, password):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new.person@example.org",
            "display_name": "  Gentle  Fern ",
            "password1": password,
            "password2": password,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="new.person@example.org")
    assert user.display_name == "Gentle Fern"
    assert not EmailAddress.objects.get(user=user).verified
    # Not verified yet: logging in is held at the verification step.
    assert "_auth_user_id" not in client.session

    assert len(mail.outbox) == 1
    [link] = [u for u in _links(mail.outbox[0]) if "/confirm-email/" in u]
    path = link.split("://", 1)[1].split("/", 1)[1]
    confirm = client.get("/" + path)
    assert confirm.status_code == 200
    response = client.post("/" + path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert client.session["_auth_user_id"] == str(user.pk)


def test_sign_up_page_uses_our_layout_and_asks_for_display_name(client):
    response = client.get(reverse("account_signup"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="skip-link"' in html
    assert 'name="display_name"' in html
    assert '<label for="id_display_name"' in html
    assert "style=" not in html
    assert re.findall(r"<script(?![^>]*\bsrc=)", html) == []  # no inline script


def test_sign_up_with_invalid_input_shows_errors_and_creates_nobody(client, password):
    response = client.post(
        reverse("account_signup"),
        {"email": "not-an-email", "display_name": "", "password1": password, "password2": "x"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_email_error"' in html
    assert 'id="id_display_name_error"' in html
    assert 'class="error-summary"' in html
    assert not User.objects.exists()


def test_unverified_person_cannot_log_in(client, user_factory, password):
    user = user_factory(verified=False)
    response = _login(client, user.email, password)
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_log_in_by_email_and_log_out(client, user_factory, password):
    user = user_factory()
    response = _login(client, user.email, password)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    response = client.post(reverse("account_logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_wrong_password_is_refused(client, user_factory):
    user = user_factory()
    response = _login(client, user.email, "not the password")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "not correct" in response.content.decode()


def test_repeated_failed_logins_are_rate_limited(client, user_factory, password):
    user = user_factory()
    for _ in range(5):
        response = _login(client, user.email, "wrong guess")
        assert "Too many failed login attempts" not in response.content.decode()
    # The limit holds even for the right password now.
    response = _login(client, user.email, password)
    assert response.status_code in (200, 429)
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset_is_rate_limited_per_address(client, user_factory):
    user = user_factory()
    for _ in range(5):
        response = client.post(reverse("account_reset_password"), {"email": user.email})
        assert response.status_code == 302
    response = client.post(reverse("account_reset_password"), {"email": user.email})
    assert response.status_code == 429
    assert len(mail.outbox) == 5


def test_sign_up_is_rate_limited(client, password, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "2/m/ip"}
    for n in range(2):
        response = client.post(
            reverse("account_signup"),
            {
                "email": f"p{n}@example.org",
                "display_name": f"P{n}",
                "password1": password,
                "password2": password,
            },
        )
        assert response.status_code == 302
        client.logout()
    response = client.post(
        reverse("account_signup"),
        {
            "email": "p9@example.org",
            "display_name": "P9",
            "password1": password,
            "password2": password,
        },
    )
    assert response.status_code == 429
    assert not User.objects.filter(email="p9@example.org").exists()


def test_password_reset_sets_a_new_password(client, user_factory):
    user = user_factory()
    client.post(reverse("account_reset_password"), {"email": user.email})
    assert len(mail.outbox) == 1
    [link] = [u for u in _links(mail.outbox[0]) if "/password/reset/key/" in u]
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    response = client.get(path)
    assert response.status_code == 302  # allauth moves the key into the session
    form_url = response["Location"]
    new = "another calm passphrase 77"
    response = client.post(form_url, {"password1": new, "password2": new})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new)


def test_change_password(client, user_factory, password):
    user = user_factory()
    _login(client, user.email, password)
    new = "another calm passphrase 77"
    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": password, "password1": new, "password2": new},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new)


def test_change_email_sends_verification_to_the_new_address(client, user_factory, password):
    user = user_factory(email="old@example.org")
    _login(client, user.email, password)
    page = client.get(reverse("account_email"))
    assert page.status_code == 200
    assert "style=" not in page.content.decode()
    response = client.post(reverse("account_email"), {"action_add": "", "email": "new@example.org"})
    assert response.status_code == 302
    assert EmailAddress.objects.filter(user=user, email="new@example.org", verified=False).exists()
    assert mail.outbox[-1].to == ["new@example.org"]
    page = client.get(reverse("account_email"))
    assert "<form hidden" in page.content.decode()


def _totp_code(secret: str, offset: int = 0) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


def test_anyone_can_activate_totp_and_then_login_needs_the_code(client, user_factory, password):
    user = user_factory()
    _login(client, user.email, password)
    index = client.get(reverse("mfa_index"))
    assert index.status_code == 200
    assert reverse("mfa_activate_totp") in index.content.decode()

    # Turning on two-factor asks for the password again first (allauth's reauthentication).
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 302
    assert page["Location"].startswith(reverse("account_reauthenticate"))
    response = client.post(page["Location"], {"password": password})
    assert response.status_code == 302
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'class="qr"' in html
    secret = client.session["mfa.totp.secret"]
    wrong = "000000" if _totp_code(secret) != "000000" else "111111"
    response = client.post(reverse("mfa_activate_totp"), {"code": wrong})
    assert response.status_code == 200
    assert not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()

    response = client.post(reverse("mfa_activate_totp"), {"code": _totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    # Recovery codes come with it.
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists()

    client.post(reverse("account_logout"))
    response = _login(client, user.email, password)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    response = client.post(reverse("mfa_authenticate"), {"code": "12345"})
    assert "_auth_user_id" not in client.session
    response = client.post(reverse("mfa_authenticate"), {"code": _totp_code(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_account_pages_render_in_our_layout_without_inline_styles(client, user_factory, password):
    user = user_factory()
    _login(client, user.email, password)
    reauth = client.get(reverse("account_reauthenticate"))
    assert 'class="skip-link"' in reauth.content.decode()
    client.post(reverse("account_reauthenticate"), {"password": password})
    for name in (
        "account_email",
        "account_change_password",
        "mfa_index",
        "mfa_activate_totp",
        "accounts:profile",
    ):
        response = client.get(reverse(name))
        html = response.content.decode()
        assert response.status_code == 200, name
        assert 'class="skip-link"' in html, name
        assert "style=" not in html, name
        assert "<script>" not in html, name
    client.post(reverse("account_logout"))
    for name in ("account_login", "account_signup", "account_reset_password"):
        html = client.get(reverse(name)).content.decode()
        assert 'class="skip-link"' in html, name
        assert "style=" not in html, name


def test_sign_up_keeps_the_zone_the_browser_reported(client, password):
    client.cookies["kindred_tz"] = "Asia/Tokyo"
    html = client.get(reverse("account_signup")).content.decode()
    assert '<option value="Asia/Tokyo" selected>' in html
    response = client.post(
        reverse("account_signup"),
        {
            "email": "tokyo@example.org",
            "display_name": "Kei",
            "password1": password,
            "password2": password,
            "timezone": "Asia/Tokyo",
        },
    )
    assert response.status_code == 302
    assert User.objects.get(email="tokyo@example.org").timezone == "Asia/Tokyo"


@pytest.mark.parametrize("cookie", ["EST", "Mars/Olympus", "../../etc/passwd", "x" * 5000])
def test_a_forged_zone_cookie_falls_back_to_utc(client, cookie):
    client.cookies["kindred_tz"] = cookie
    response = client.get(reverse("account_signup"))
    assert response.status_code == 200
    assert '<option value="UTC" selected>' in response.content.decode()


def test_sign_up_refuses_a_zone_that_is_not_offered_and_creates_nobody(client, password):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "est@example.org",
            "display_name": "Est",
            "password1": password,
            "password2": password,
            "timezone": "EST",
        },
    )
    assert response.status_code == 200
    assert "Choose a time zone from the list." in response.content.decode()
    assert not User.objects.filter(email="est@example.org").exists()
