"""Crisis care end to end: a member's message in the room suggests risk; the moderator, in
another browser, is told who and which message, opens the alert from the Moderation menu,
starts a private check-in; the member finds it from the header and answers; the moderator
sees the answer."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from meetings.models import MeetingSeries, Occurrence
from tests.browser.support import axe_check, screenshot, wait_until_room_is_empty
from tests.browser.test_room_moderation import _enter, _say


@pytest.mark.browser
def test_crisis_alert_check_in_round_trip(
    live_site, page, another_page, user_factory, group_factory, member_factory
):
    from moderation.models import AuditEntry, CheckIn

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

    # Alice's message suggests risk: she gets resources, the moderator is told who.
    _say(another_page, "honestly I want to die tonight")
    expect(another_page.locator("#room-notices")).to_contain_text("You are not alone")
    expect(page.locator("#room-notices")).to_contain_text("Alice's message (#")
    expect(
        page.locator("#room-notices").get_by_role("link", name="Open the crisis alerts")
    ).to_be_visible()

    # The Moderation menu counts the open alert, on every page and after a reload.
    page.goto(live_site("/"))
    menu = page.get_by_role("link", name="Moderation")
    expect(menu).to_contain_text("1 open crisis alert")
    page.goto(live_site(reverse("moderation:alerts", kwargs={"slug": group.slug})))
    alert_card = page.locator("article", has_text="Alice")
    expect(alert_card).to_contain_text("honestly I want to die tonight")
    expect(alert_card.get_by_role("link", name="Message #")).to_be_visible()

    # Start the check-in; an empty message is refused with a clear error.
    alert_card.get_by_role("link", name="Check in with Alice").click()
    page.get_by_role("button", name="Send check-in").click()
    expect(page.get_by_text("Write a message first.", exact=True)).to_be_visible()
    page.get_by_label("Your message").fill("Hi Alice, it's Mira. How are you doing right now?")
    page.get_by_role("button", name="Send check-in").click()
    expect(page.get_by_role("heading", name="Check-in with Alice")).to_be_visible()

    # Alice, still in the meeting, is told privately that a check-in waits (not its text),
    # then finds it from the header on any page, opens it and answers.
    alice_notices = another_page.locator("#room-notices")
    expect(alice_notices).to_contain_text("sent you a private check-in")
    expect(alice_notices).not_to_contain_text("How are you doing right now")
    expect(alice_notices.get_by_role("link", name="Read it")).to_be_visible()
    another_page.goto(live_site("/"))
    header_link = another_page.get_by_role("link", name="Check-ins")
    expect(header_link).to_contain_text("waiting for your answer")
    header_link.click()
    another_page.get_by_role("link", name="From the moderators of Thursday Circle").click()
    expect(another_page.locator(".check-in-thread")).to_contain_text("How are you doing right")
    expect(another_page.get_by_role("button", name="Close the check-in")).to_have_count(0)
    another_page.get_by_label("Your message").fill("Thank you. I called a friend, I'm safer now.")
    another_page.get_by_role("button", name="Send your answer").click()
    expect(another_page.locator(".check-in-thread")).to_contain_text("I called a friend")
    axe_check(another_page)
    screenshot(another_page, "check-in-person")

    # The moderator sees the answer, and can close the check-in.
    page.reload()
    thread = page.locator(".check-in-thread")
    expect(thread).to_contain_text("I called a friend, I'm safer now.")
    screenshot(page, "check-in-moderator")
    page.get_by_role("button", name="Close the check-in").click()
    expect(page.get_by_text("It was closed on")).to_be_visible()

    check_in = CheckIn.objects.get()
    assert (check_in.person, check_in.started_by) == (alice, mod)
    assert check_in.closed_at is not None
    actions = set(AuditEntry.objects.filter(target_user=alice).values_list("action", flat=True))
    assert {"check_in_start", "check_in_message", "check_in_close"} <= actions
    wait_until_room_is_empty(page, occurrence)
