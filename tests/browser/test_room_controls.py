"""Moderation completed in the room, driven only through the page: Approve and Reject on
held messages, unmute from the people list and from a message's actions, moving a raised
hand and clearing the queue, removing someone from the meeting (they see the reason and
what they can do next), and a ban that also removes the person's messages. Each effect is
checked in the other people's browsers."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from meetings.models import MeetingSeries, Occurrence
from tests.browser.conftest import _open_page
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


def _act(page, share, action, reason=None, *, confirm=None):
    share.locator("summary", has_text="Actions").click()
    share.get_by_role("button", name=action, exact=True).click()
    if reason is not None:
        share.get_by_label(re.compile("Reason")).fill(reason)
    share.get_by_role("button", name=confirm or f"Yes, {action.lower()}").click()


@pytest.mark.browser
def test_moderation_is_complete_in_the_room(
    live_site,
    browser,
    browser_problems,
    page,
    another_page,
    user_factory,
    group_factory,
    member_factory,
):
    from chat.models import Message
    from groups.models import Ban
    from moderation.models import AuditEntry, Mute, Rule

    owner = user_factory(display_name="Olive")
    group = group_factory(owner=owner, name="Friday Circle")
    mod = member_factory(group, Role.MODERATOR, display_name="Mira")
    alice = member_factory(group, Role.MEMBER, display_name="Alice")
    bob = member_factory(group, Role.MEMBER, display_name="Bob")
    Rule.objects.create(group=group, pattern="phone number", kind="phrase", action="hold")
    now = timezone.now()
    series = MeetingSeries.objects.create(
        group=group,
        title="Friday share",
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
    bob_context, bob_page = _open_page(browser, browser_problems)
    mod_page, alice_page = page, another_page
    try:
        _enter(mod_page, live_site, mod, occurrence)
        _enter(alice_page, live_site, alice, occurrence)
        _enter(bob_page, live_site, bob, occurrence)
        mod_log = mod_page.locator("#room-log")
        bob_log = bob_page.locator("#room-log")

        # Held messages: Approve and Reject side by side.
        _say(alice_page, "Call my phone number later")
        _say(alice_page, "My phone number is on the group page")
        held = mod_page.locator("#room-held li")
        expect(held).to_have_count(2)
        first = held.filter(has_text="Call my phone number later")
        expect(first.get_by_role("button")).to_have_text(
            ["Approve the share by Alice", "Reject the share by Alice"]
        )
        first.get_by_role("button", name="Approve").click()
        expect(bob_log).to_contain_text("Call my phone number later")
        held.filter(has_text="on the group page").get_by_role("button", name="Reject").click()
        expect(mod_page.locator("#room-held li")).to_have_count(0)
        expect(mod_page.locator("#room-held-empty")).to_be_visible()
        expect(alice_page.locator("#room-log")).not_to_contain_text("on the group page")
        expect(bob_log).not_to_contain_text("on the group page")
        assert Message.objects.get(body__contains="on the group page").status == "removed"

        # Mute, then unmute from the people list: Alice can post again at once. "Unmute" is
        # offered for a muted person only, in the people list and in a share's actions.
        _say(alice_page, "I keep talking over people")
        share = mod_log.locator("li.share", has_text="talking over people")
        presence = mod_page.locator("#room-presence")
        unmute_alice = presence.get_by_role("button", name="Unmute Alice")
        expect(presence).to_contain_text("Alice")
        expect(presence.get_by_role("button", name=re.compile("Unmute"))).to_have_count(0)
        expect(share.get_by_role("button", name="Unmute", exact=True)).to_have_count(0)
        _act(mod_page, share, "Mute 10 minutes", "a breath, please")
        expect(alice_page.get_by_label("Your share")).to_be_disabled()
        expect(alice_page.locator("#room-composer-status")).to_contain_text("a breath, please")
        axe_check(alice_page)  # muted
        expect(presence.get_by_role("button", name=re.compile("Unmute"))).to_have_count(1)
        # Nobody else is told who is muted.
        expect(bob_page.locator("#room-presence")).to_contain_text("Alice")
        expect(bob_page.get_by_role("button", name=re.compile("Unmute"))).to_have_count(0)
        unmute_alice.click()
        expect(alice_page.get_by_label("Your share")).to_be_enabled()
        expect(alice_page.locator("#room-notices")).to_contain_text("lifted your mute")
        expect(unmute_alice).to_have_count(0)
        # And from a message's actions.
        _act(mod_page, share, "Mute for the rest of the meeting", "")
        expect(alice_page.get_by_label("Your share")).to_be_disabled()
        expect(alice_page.locator("#room-composer-status")).to_contain_text(
            "for the rest of this meeting"
        )
        expect(unmute_alice).to_be_visible()
        _act(mod_page, share, "Unmute", confirm="Yes, unmute")
        expect(alice_page.get_by_label("Your share")).to_be_enabled()
        assert not Mute.objects.active().filter(user=alice).exists()
        expect(unmute_alice).to_have_count(0)
        expect(share.get_by_role("button", name="Unmute", exact=True)).to_have_count(0)

        # Hands: Bob moves up, then the queue is cleared for everyone.
        alice_page.get_by_role("button", name="Raise my hand").click()
        expect(mod_page.locator("#room-queue li")).to_have_count(1)
        bob_page.get_by_role("button", name="Raise my hand").click()
        queue = mod_page.locator("#room-queue li > span")
        expect(queue).to_have_text(["Alice", "Bob"])
        mod_page.locator("#room-queue").get_by_role("button", name="Move Bob up").click()
        expect(alice_page.locator("#room-queue li")).to_have_text(["Bob", "Alice"])
        expect(queue).to_have_text(["Bob", "Alice"])
        mod_page.locator("#room-queue").get_by_role("button", name="Move Bob down").click()
        expect(bob_page.locator("#room-queue li")).to_have_text(["Alice", "Bob"])
        axe_check(mod_page)
        mod_page.get_by_role("button", name="Clear the queue").click()
        for p in (alice_page, bob_page, mod_page):
            expect(p.locator("#room-queue li")).to_have_count(0)
        expect(alice_page.get_by_role("button", name="Raise my hand")).to_be_visible()

        # Lock the chat and slow it down from Room controls; members see it at once.
        mod_page.get_by_role("button", name="Lock the chat").click()
        expect(bob_page.get_by_label("Your share")).to_be_disabled()
        expect(bob_page.locator("#room-composer-status")).to_contain_text("The chat is locked")
        expect(mod_page.get_by_role("button", name="Unlock the chat")).to_have_attribute(
            "aria-pressed", "true"
        )
        mod_page.get_by_role("button", name="Unlock the chat").click()
        expect(bob_page.get_by_label("Your share")).to_be_enabled()
        mod_page.get_by_label("Slow mode").select_option("30")
        expect(alice_page.locator("#room-composer-status")).to_contain_text(
            "one message every 30 seconds"
        )
        mod_page.get_by_label("Slow mode").select_option("0")
        expect(alice_page.locator("#room-composer-status")).not_to_contain_text("Slow mode")

        # Listen only, then take part again: the others see Bob leave and rejoin the list.
        bob_page.get_by_role("button", name="Listen only").click()
        expect(bob_page.locator("#room-composer")).to_be_hidden()
        expect(mod_page.locator("#room-presence")).not_to_contain_text("Bob")
        bob_page.get_by_role("button", name="Take part").click()
        expect(mod_page.locator("#room-presence")).to_contain_text("Bob")

        # Remove Bob from the meeting: he sees why and what he can do next, not a ban.
        _say(bob_page, "Nobody here understands anything")
        share = mod_log.locator("li.share", has_text="understands anything")
        _act(mod_page, share, "Remove from meeting", "Please come back next week.")
        gone = bob_page.locator("#room-gone")
        expect(gone).to_be_visible()
        expect(gone).to_contain_text("You were removed from this meeting")
        expect(gone).to_contain_text("Please come back next week.")
        expect(gone).to_contain_text("next meeting")
        expect(bob_page.locator("#room-ended")).to_be_hidden()
        expect(bob_page.locator("#room-composer")).to_be_hidden()
        axe_check(bob_page)

        # A ban that also removes Alice's messages in this meeting.
        _say(alice_page, "One more thing from me")
        share = mod_log.locator("li.share", has_text="One more thing from me")
        share.locator("summary", has_text="Actions").click()
        share.get_by_role("button", name="Ban from group", exact=True).click()
        share.get_by_label(re.compile("Reason")).fill("Repeated crosstalk.")
        share.get_by_label("Also remove Alice's messages in this meeting").check()
        share.get_by_role("button", name="Yes, ban from group").click()
        expect(alice_page.locator("#room-gone")).to_contain_text(
            "You can no longer take part in this group"
        )
        expect(alice_page.locator("#room-gone")).to_contain_text("Repeated crosstalk.")
        expect(mod_log).not_to_contain_text("One more thing from me")
        expect(mod_log).not_to_contain_text("talking over people")
        expect(mod_log).not_to_contain_text("Call my phone number later")
        assert Ban.objects.filter(group=group, user=alice).exists()
        assert not Message.objects.filter(author=alice).exclude(status="removed").exists()
        removals = AuditEntry.objects.filter(action="message_remove", target_user=alice)
        # The rejected one, then the three the ban removed (each audited).
        assert sorted(removals.values_list("reason", flat=True)) == [
            "Not approved.",
            *["Removed with a ban."] * 3,
        ]
    finally:
        bob_context.close()
    alice_page.goto(live_site("/"))
    mod_page.goto(live_site("/"))
    wait_until_room_is_empty(mod_page, occurrence)
