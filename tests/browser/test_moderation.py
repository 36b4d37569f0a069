"""During a live meeting a moderator deletes a message and mutes a member: the member's
view changes at once. A held message appears for others only once it is approved."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from meetings.models import MeetingSeries, Occurrence
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.test_room import _open_room, _say, server  # noqa: F401 - fixture


@pytest.mark.browser
def test_moderator_deletes_mutes_and_approves_live(
    browser,
    server,  # noqa: F811
    user_factory,
    group_factory,
    member_factory,
):
    from chat.models import Message
    from moderation import actions, review
    from moderation.models import Rule

    owner = user_factory(display_name="Olive")
    group = group_factory(owner=owner, name="Thursday Circle")
    mod = member_factory(group, Role.MODERATOR, display_name="Mira")
    alice = member_factory(group, Role.MEMBER, display_name="Alice")
    bob = member_factory(group, Role.MEMBER, display_name="Bob")
    Rule.objects.create(group=group, pattern="buy now", kind="phrase", action="hold")
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
    problems: list[str] = []
    alice_context, alice_page = _open_room(browser, server, alice, occurrence, problems)
    bob_context, bob_page = _open_room(browser, server, bob, occurrence, problems)
    try:
        alice_log, bob_log = alice_page.locator("#room-log"), bob_page.locator("#room-log")

        # A held message: its author sees it waiting, Bob sees nothing until approval.
        _say(alice_page, "please buy now")
        expect(alice_log).to_contain_text("please buy now")
        _say(alice_page, "an ordinary share")
        expect(bob_log).to_contain_text("an ordinary share")
        expect(bob_log).not_to_contain_text("please buy now")
        held = Message.objects.get(occurrence=occurrence, status="held")
        elsewhere(review.held_message_approve, actor=mod, message=held)
        expect(bob_log).to_contain_text("please buy now")
        expect(alice_log.get_by_text("please buy now")).to_have_count(1)

        # A deletion reaches everyone at once and leaves a mark.
        _say(alice_page, "something out of place")
        expect(bob_log).to_contain_text("something out of place")
        message = Message.objects.get(occurrence=occurrence, body="something out of place")
        elsewhere(actions.message_remove, actor=mod, message=message, reason="crosstalk")
        for log in (alice_log, bob_log):
            expect(log).to_contain_text("Removed by a moderator.")
            expect(log).not_to_contain_text("something out of place")

        # A mute: Alice is told at once, with the reason, and her composer is disabled
        # (the server refuses her shares too: tests/chat/test_moderation_frames.py).
        elsewhere(
            actions.member_mute,
            actor=mod,
            occurrence=occurrence,
            user=alice,
            minutes=10,
            reason="please take a breath",
        )
        expect(alice_page.locator("#room-notices")).to_contain_text("please take a breath")
        expect(alice_page.get_by_label("Your share")).to_be_disabled()
        expect(alice_page.locator("#room-composer-status")).to_contain_text("please take a breath")
    finally:
        alice_context.close()
        bob_context.close()
    assert not problems, problems
