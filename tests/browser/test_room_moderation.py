"""Moderating from the room page itself: a moderator removes a message and mutes its
author with the per-message actions; the member sees the removal mark and a disabled
composer with the reason at once, and still after reloading. Everyone can flag."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from meetings.models import MeetingSeries, Occurrence
from tests.browser.support import axe_check, wait_until_room_is_empty
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.test_room import _session_cookie


def _enter(page, live_site, user, occurrence):
    page.context.add_cookies(
        [{"name": "sessionid", "value": elsewhere(_session_cookie, user), "url": live_site()}]
    )
    page.goto(live_site(reverse("chat:room", kwargs={"pk": occurrence.pk})))
    expect(page.locator("#room-connection")).to_have_text("Connected")


def _say(page, text):
    box = page.get_by_label("Your share")
    box.fill(text)
    box.press("Enter")


def _act(page, share, action, reason):
    """Open a share's actions menu by keyboard, choose ``action``, give the reason and
    confirm."""
    summary = share.locator("summary", has_text="Actions")
    summary.focus()
    page.keyboard.press("Enter")
    share.get_by_role("button", name=action, exact=True).click()
    box = share.get_by_label(re.compile("Reason"))
    expect(box).to_be_focused()
    box.fill(reason)
    share.get_by_role("button", name=f"Yes, {action.lower()}").click()


@pytest.mark.browser
def test_moderator_removes_and_mutes_from_the_room(
    live_site, page, another_page, user_factory, group_factory, member_factory
):
    from chat.models import Message
    from moderation.models import AuditEntry, Flag, Mute

    owner = user_factory(display_name="Olive")
    group = group_factory(owner=owner, name="Thursday Circle")
    mod = member_factory(group, Role.MODERATOR, display_name="Mira")
    alice = member_factory(group, Role.MEMBER, display_name="Alice")
    now = timezone.now()
    series = MeetingSeries.objects.create(
        group=group,
        title="Thursday share",
        chair=owner,
        start_time=dt.time(19, 0),
        start_date=now.date(),
        weekdays=[now.weekday()],
    )
    occurrence = Occurrence.objects.create(
        series=series,
        original_start=now - dt.timedelta(minutes=5),
        start=now - dt.timedelta(minutes=5),
        end=now + dt.timedelta(minutes=55),
    )
    _enter(page, live_site, mod, occurrence)
    _enter(another_page, live_site, alice, occurrence)
    mod_log, alice_log = page.locator("#room-log"), another_page.locator("#room-log")
    # Members see "Flag" only; no moderator controls in their page.
    _say(page, "Welcome, everyone.")
    welcome_share = alice_log.locator("li", has_text="Welcome, everyone.")
    welcome_share.locator("summary", has_text="Actions").click()
    buttons = welcome_share.locator(".share-actions-buttons button")
    expect(buttons).to_have_text(["Flag", "Mute for me"])
    expect(welcome_share.get_by_role("button", name="Remove message")).to_have_count(0)
    expect(another_page.locator("#room-controls")).to_have_count(0)

    # Remove a message: everyone sees the mark at once, and the text is gone.
    _say(another_page, "something out of place")
    share = mod_log.locator("li", has_text="something out of place")
    _act(page, share, "Remove message", "crosstalk")
    for log in (alice_log, mod_log):
        expect(log).to_contain_text("Removed by a moderator.")
        expect(log).not_to_contain_text("something out of place")
    assert Message.objects.get(body="something out of place").status == "removed"

    # Mute its author from their next share: the composer is disabled with the reason.
    _say(another_page, "I keep going on")
    share = mod_log.locator("li", has_text="I keep going on")
    share.locator("summary", has_text="Actions").click()  # checked with its actions menu open
    share.get_by_role("button", name="Ban from group").click()
    expect(share.get_by_role("button", name="Yes, ban from group")).to_be_visible()
    axe_check(page)
    share.get_by_role("button", name="Cancel").click()
    share.locator("summary", has_text="Actions").click()
    _act(page, share, "Mute 10 minutes", "please take a breath")
    expect(another_page.get_by_label("Your share")).to_be_disabled()
    status = another_page.locator("#room-composer-status")
    expect(status).to_contain_text("please take a breath")
    expect(status).to_contain_text("muted you until")
    expect(another_page.locator("#room-send")).to_be_disabled()
    mute = Mute.objects.get(user=alice)
    assert mute.reason == "please take a breath" and mute.until is not None
    assert AuditEntry.objects.filter(action="member_mute", target_user=alice).count() == 1

    # A reload keeps the composer disabled with the reason (the welcome carries the mute).
    another_page.reload()
    expect(another_page.locator("#room-connection")).to_have_text("Connected")
    expect(another_page.get_by_label("Your share")).to_be_disabled()
    expect(another_page.locator("#room-composer-status")).to_contain_text("please take a breath")

    # A member flags the moderator's message with a reason from the list.
    welcome_share = alice_log.locator("li", has_text="Welcome, everyone.")
    welcome_share.locator("summary", has_text="Actions").click()
    welcome_share.get_by_role("button", name="Flag", exact=True).click()
    welcome_share.get_by_label("Why are you flagging it?").select_option("crosstalk")
    welcome_share.get_by_role("button", name="Send the flag").click()
    expect(another_page.locator("#room-notices")).to_contain_text("A moderator will look at it")
    assert Flag.objects.get().reason == "crosstalk"

    # Unmuting re-enables the composer at once.
    from moderation.actions import member_unmute

    elsewhere(member_unmute, actor=mod, user=alice, occurrence=occurrence)
    expect(another_page.get_by_label("Your share")).to_be_enabled()
    another_page.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, occurrence)
