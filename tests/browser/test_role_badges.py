"""The owner carries an "Owner" badge in the room: in Here now, in the queue and on their
shares, beside the chair's "Chair" and a moderator's "Moderator"."""

import pytest
from playwright.sync_api import expect

from groups.models import Role
from tests.browser.support import wait_until_room_is_empty
from tests.browser.test_protect_yourself import _enter, _leave, _meeting, _say


@pytest.mark.browser
def test_owner_chair_and_moderator_badges(
    live_site, page, another_page, user_factory, group_factory, member_factory
):
    owner = user_factory(display_name="Olive")
    group = group_factory(owner=owner, name="Thursday Circle")
    mira = member_factory(group, Role.MODERATOR, display_name="Mira")
    ann = member_factory(group, Role.MEMBER, display_name="Ann")
    occurrence = _meeting(group, chair=ann)
    olive_page, ann_page = page, another_page
    try:
        _enter(olive_page, live_site, owner, occurrence)
        _enter(ann_page, live_site, ann, occurrence)

        here = ann_page.locator("#room-presence li")
        expect(here.filter(has_text="Olive").locator(".role-badge")).to_have_text("Owner")
        expect(here.filter(has_text="Ann").locator(".role-badge")).to_have_text("Chair")

        olive_page.get_by_role("button", name="Raise my hand").click()
        hand = ann_page.locator("#room-queue li", has_text="Olive")
        expect(hand.locator(".role-badge")).to_have_text("Owner")

        _say(olive_page, "Welcome, everyone")
        share = ann_page.locator("#room-log li.share", has_text="Welcome, everyone")
        expect(share.locator(".role-badge")).to_have_text("Owner")

        # A moderator who is neither owner nor chair carries "Moderator" on their share.
        _leave(live_site, ann_page)
        _enter(ann_page, live_site, mira, occurrence)
        _say(ann_page, "Glad you are here")
        mira_share = olive_page.locator("#room-log li.share", has_text="Glad you are here")
        expect(mira_share.locator(".role-badge")).to_have_text("Moderator")
    finally:
        _leave(live_site, olive_page, ann_page)
        wait_until_room_is_empty(olive_page, occurrence)
