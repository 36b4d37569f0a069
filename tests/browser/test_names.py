"""A display name cannot hide a direction override: the profile page refuses it with a
clear message next to the field, and the group's moderator still sees the old name."""

import pytest
from django.urls import reverse

from groups.demo import OPEN_GROUP_SLUG
from tests.browser.support import axe_check, screenshot
from tests.browser.test_pages import log_in
from tests.demo import load_demo


@pytest.mark.browser
def test_a_display_name_with_a_direction_override_is_refused(live_site, page, another_page):
    load_demo()
    log_in(page, live_site, "member")
    page.goto(live_site(reverse("accounts:profile")))
    # U+202E makes "Sam nimda" show as "Sam admin".
    page.get_by_label("Display name").fill("Sam \u202enimda")
    page.get_by_role("button", name="Save profile").click()
    field = page.get_by_label("Display name")
    assert field.get_attribute("aria-invalid") == "true"
    error = page.locator("#id_display_name_error")
    assert "invisible or direction-changing" in error.inner_text()
    axe_check(page)
    screenshot(page, "profile-name-refused")

    # The moderator's members page still shows the name as it was.
    log_in(another_page, live_site, "moderator")
    another_page.goto(live_site(reverse("groups:members", kwargs={"slug": OPEN_GROUP_SLUG})))
    text = another_page.locator("main").inner_text()
    assert "Sam" in text and "\u202e" not in text and "nimda" not in text

    # Typed again without it, the name is saved and the moderator sees it.
    page.get_by_label("Display name").fill("Sam quietly")
    page.get_by_role("button", name="Save profile").click()
    assert "Your profile is saved." in page.get_by_role("status").inner_text()
    another_page.reload()
    assert "Sam quietly" in another_page.locator("main").inner_text()
