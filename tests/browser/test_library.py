"""A moderator writes a library text with a preview; a reader finds it, reads it, prints it,
and the library remembers where they left off."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from groups.models import Role
from library.models import LibraryItem
from tests.browser.support import axe_check, screenshot

PASSWORD = "a calm and long passphrase 42"


def log_in(page, live_site, email):
    page.goto(live_site(reverse("account_login")))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_site(reverse("home")))


@pytest.mark.browser
def test_moderator_writes_with_preview_and_reader_reads_and_prints(
    live_site, page, user_factory, group_factory, member_factory
):
    owner = user_factory(display_name="Rowan", email="rowan@example.org")
    group = group_factory(owner=owner, name="Quiet Harbour")
    member_factory(group, Role.READER, display_name="Ash", email="ash@example.org")

    log_in(page, live_site, "rowan@example.org")
    page.goto(live_site(reverse("library:index", kwargs={"group_slug": group.slug})))
    page.get_by_role("link", name="Add a text").click()
    page.get_by_label("Title").fill("Boundaries are a kindness")
    page.get_by_label("Body").fill(
        "A boundary says what *I* will do.\n\n<script>alert(1)</script>\n\n- one line\n- kept"
    )
    page.get_by_label("Status").select_option("published")
    page.get_by_role("button", name="Preview").click()
    preview = page.locator(".library-preview")
    assert preview.locator("em").inner_text() == "I"
    assert "<script>alert(1)</script>" in preview.inner_text()  # shown as text, never run
    assert not LibraryItem.objects.exists()
    screenshot(page, "library-editor-preview")
    axe_check(page)
    page.get_by_role("button", name="Save").click()
    item = LibraryItem.objects.get()
    page.wait_for_url(live_site(item.get_absolute_url()))
    page.get_by_role("button", name="Log out").click()

    log_in(page, live_site, "ash@example.org")
    page.goto(live_site(group.get_absolute_url()))
    page.get_by_role("link", name="Library", exact=True).click()
    page.get_by_label("Search this library").fill("kindness")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Boundaries are a kindness").click()
    # The text's own page, once it has loaded: its list kept as a list.
    expect(page.locator(".prose li")).to_have_count(2)
    screenshot(page, "library-item")
    axe_check(page)
    page.get_by_role("link", name="Print-friendly view").click()
    assert page.locator("h1").inner_text() == "Boundaries are a kindness"
    assert page.locator(".site-header").count() == 0
    screenshot(page, "library-print")
    page.goto(live_site(reverse("library:index", kwargs={"group_slug": group.slug})))
    assert "Boundaries are a kindness" in page.locator(".continue-reading").inner_text()
    screenshot(page, "library-index")
    axe_check(page)
