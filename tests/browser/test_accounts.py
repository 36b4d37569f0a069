"""Account pages in a real browser: our layout, keyboard access, axe, no console errors."""

import pytest
from django.urls import reverse

from accounts.demo import DEMO_PASSWORD, DEMO_PEOPLE
from tests.browser.support import axe_check, screenshot
from tests.demo import load_demo


def _log_in(page, live_site, email, password):
    page.goto(live_site(reverse("account_login")))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_site(reverse("home")))


@pytest.mark.browser
def test_entrance_pages_are_accessible_and_keyboard_friendly(live_site, page):
    for name in ("account_signup", "account_login", "account_reset_password"):
        page.goto(live_site(reverse(name)))
        axe_check(page)
    screenshot(page, "password-reset")

    page.goto(live_site(reverse("account_login")))
    screenshot(page, "login")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.browser
def test_member_manages_profile_and_account_pages(live_site, page):
    load_demo()
    member = next(p for p in DEMO_PEOPLE if p.key == "member")
    _log_in(page, live_site, member.email, DEMO_PASSWORD)

    page.goto(live_site(reverse("accounts:profile")))
    axe_check(page)
    screenshot(page, "profile")
    # A mistake is explained next to the field and in the summary, and nothing changes.
    page.get_by_label("Reminder, minutes before a meeting").fill("0")
    page.get_by_role("button", name="Save profile").click()
    field = page.get_by_label("Reminder, minutes before a meeting")
    assert field.get_attribute("aria-invalid") == "true"
    assert "id_reminder_minutes_error" in field.get_attribute("aria-describedby")
    axe_check(page)
    screenshot(page, "profile-error")

    page.get_by_label("Display name").fill("Sam, quietly")
    page.get_by_label("Time zone").select_option("Pacific/Auckland")
    page.get_by_label("Reminder, minutes before a meeting").fill("")
    page.get_by_label("Quiet mode").check()
    page.get_by_role("button", name="Save profile").click()
    assert "Your profile is saved." in page.get_by_role("status").inner_text()
    assert page.get_by_label("Time zone").input_value() == "Pacific/Auckland"

    for name in ("account_email", "account_change_password", "mfa_index"):
        page.goto(live_site(reverse(name)))
        axe_check(page)
    screenshot(page, "two-factor")
