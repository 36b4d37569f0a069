"""Signed in on a laptop and a phone, a person sees both in "Where you are signed in",
signs out everywhere else from the laptop, and the phone is signed out."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.support import PHONE, axe_check, screenshot

PASSWORD = "a calm and long passphrase 42"


def _sign_in(page, live_site, user):
    page.goto(live_site(reverse("account_login")))
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_site(reverse("home")))


@pytest.mark.browser
def test_person_signs_out_everywhere_else(live_site, page, another_page, user_factory):
    dana = user_factory(display_name="Dana")
    _sign_in(page, live_site, dana)
    another_page.set_viewport_size(PHONE)
    _sign_in(another_page, live_site, dana)

    page.goto(live_site(reverse("accounts:profile")))
    page.get_by_role("link", name="Where you are signed in").first.click()
    page.wait_for_url(live_site(reverse("usersessions_list")))
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(page.locator("tbody tr[aria-current]")).to_contain_text("(this browser)")
    axe_check(page)
    screenshot(page, "account-sessions")

    page.get_by_role("button", name="Sign out everywhere else").click()
    expect(rows).to_have_count(1)
    expect(page.get_by_text("This is the only place you are signed in.")).to_be_visible()

    another_page.goto(live_site(reverse("accounts:profile")))
    expect(another_page).to_have_url(
        live_site(reverse("account_login")) + "?next=" + reverse("accounts:profile")
    )
