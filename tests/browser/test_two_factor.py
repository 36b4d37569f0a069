"""A moderator whose grace period for two-factor authentication has passed signs in, is
led straight to the two-factor settings, turns on an authenticator app, and has the site
back. A member signing in is never asked."""

import datetime as dt
import time

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from tests.browser.support import axe_check

PASSWORD = "a calm and long passphrase 42"


def _sign_in(page, live_site, user):
    page.goto(live_site(reverse("account_login")))
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def _current_code(secret: str) -> str:
    """The authenticator's code now, as a phone shows it. A code with under ten seconds left
    could lapse before the server reads it on a busy machine, so the next one is waited for,
    as a person would wait for their app to turn over."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    left = 30 - timezone.now().timestamp() % 30
    if left < 10:
        time.sleep(left + 0.5)
    return format_hotp_value(hotp_value(secret, int(timezone.now().timestamp()) // 30))


@pytest.mark.browser
def test_moderator_past_the_grace_period_turns_on_two_factor_at_sign_in(
    live_site, page, another_page, group_factory, member_factory
):
    from accounts.models import User

    group = group_factory(name="Friday Circle")
    mira = member_factory(group, Role.MODERATOR, display_name="Mira")
    dana = member_factory(group, Role.MEMBER, display_name="Dana")
    User.objects.filter(pk=mira.pk).update(
        two_factor_due_at=timezone.now() - dt.timedelta(minutes=1)
    )

    _sign_in(page, live_site, mira)
    page.wait_for_url(live_site(reverse("mfa_index")))
    expect(page.get_by_text("Turn it on to continue")).to_be_visible()
    # Any other page leads back here.
    page.goto(live_site(group.get_absolute_url()))
    page.wait_for_url(live_site(reverse("mfa_index")))
    axe_check(page)

    page.get_by_role("link", name="Activate").first.click()
    page.wait_for_load_state()
    if "/reauthenticate/" in page.url:  # allauth confirms the password before changes
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(live_site(reverse("mfa_activate_totp")))
    secret = page.locator("#authenticator_secret").input_value()
    page.get_by_label("Authenticator code").fill(_current_code(secret))
    page.get_by_role("button", name="Activate").click()
    page.wait_for_url(lambda url: "/activate/" not in url)

    page.goto(live_site(group.get_absolute_url()))
    expect(page).to_have_url(live_site(group.get_absolute_url()))
    expect(page.get_by_role("heading", name="Friday Circle")).to_be_visible()
    expect(page.locator("body")).not_to_contain_text("needs two-factor authentication")
    mira.refresh_from_db()
    assert mira.two_factor_due_at is None

    # A member is never asked.
    _sign_in(another_page, live_site, dana)
    another_page.wait_for_url(live_site(reverse("home")))
    expect(another_page.locator("body")).not_to_contain_text("two-factor")
