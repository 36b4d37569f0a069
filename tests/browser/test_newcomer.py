"""A newcomer signs up, confirms the email, joins the open demo group, and finds it at home."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from groups.demo import OPEN_GROUP_SLUG
from tests.browser.support import screenshot

PASSWORD = "a calm and long passphrase 42"


@pytest.mark.browser
def test_newcomer_signs_up_confirms_email_and_joins_the_open_group(live_site, page):
    call_command("demo", stdout=StringIO())
    email = "newcomer@example.org"

    page.goto(live_site(reverse("account_signup")))
    screenshot(page, "signup")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Display name").fill("Willow")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_url(live_site(reverse("account_email_verification_sent")))
    assert "verif" in page.locator("main").inner_text().lower()

    mail = live_site.mail_to(email)
    [link] = [url for url in mail.links() if "/confirm-email/" in url]
    page.goto(link)
    screenshot(page, "confirm-email")
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(live_site(reverse("home")))

    page.goto(live_site(reverse("groups:detail", kwargs={"slug": OPEN_GROUP_SLUG})))
    screenshot(page, "group-detail")
    page.goto(live_site(reverse("groups:join", kwargs={"slug": OPEN_GROUP_SLUG})))
    screenshot(page, "group-join")
    # Joining without accepting the guidelines is refused, with the reason tied to the box.
    page.get_by_role("button", name="Join the group").click()
    checkbox = page.get_by_label("I accept the guidelines")
    assert checkbox.get_attribute("aria-invalid") == "true"
    assert "accept the group's guidelines" in page.locator(".error-summary").inner_text()
    checkbox.check()
    page.get_by_role("button", name="Join the group").click()
    page.wait_for_url(live_site(reverse("groups:detail", kwargs={"slug": OPEN_GROUP_SLUG})))

    page.goto(live_site(reverse("home")))
    my_groups = page.locator("section", has=page.get_by_role("heading", name="My groups"))
    assert "Evening Light" in my_groups.inner_text()
    screenshot(page, "home-my-groups")
