"""Nobody passes for a moderator: a member who tries to rename themselves after one, or
to a role, is refused on the profile page, and the moderator in the room still sees the
member under their own name."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from groups.demo import OPEN_GROUP_SLUG
from meetings.demo import DROP_IN
from meetings.models import Occurrence
from tests.browser.support import axe_check, wait_until_room_is_empty
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.test_moderator_queue import log_in
from tests.demo import load_demo


@pytest.mark.browser
def test_member_cannot_rename_into_a_moderators_name_or_a_role(live_site, page, another_page):
    elsewhere(load_demo)
    live = Occurrence.objects.get(series__group__slug=OPEN_GROUP_SLUG, series__title=DROP_IN)
    room = live_site(reverse("chat:room", kwargs={"pk": live.pk}))
    mira, sam = page, another_page
    log_in(mira, live_site, "moderator")
    mira.goto(room)
    expect(mira.locator("#room-connection")).to_have_text("Connected")
    log_in(sam, live_site, "member")
    sam.goto(room)
    expect(sam.locator("#room-connection")).to_have_text("Connected")

    sam.goto(live_site(reverse("accounts:profile")))
    name = sam.get_by_label("Display name")
    # A Cyrillic i (U+0456) in place of the Latin one.
    name.fill("M\u0456ra")
    sam.get_by_role("button", name="Save profile").click()
    expect(sam.locator("main form").first).to_contain_text("already goes by a name that reads like")
    axe_check(sam)
    sam.get_by_label("Display name").fill("Your moderator")
    sam.get_by_role("button", name="Save profile").click()
    expect(sam.locator("main form").first).to_contain_text("suggest a role")

    # Mira's room still shows Sam under Sam's own name, and one Mira.
    sam.goto(room)
    here = mira.locator("#room-presence")
    expect(here).to_contain_text("Sam")
    expect(here.get_by_text("Mira", exact=True)).to_have_count(1)
    sam.goto(live_site(reverse("home")))
    mira.goto(live_site(reverse("home")))
    wait_until_room_is_empty(page, live)
