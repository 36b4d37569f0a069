"""What the room page says when the server ends a person's place in the meeting: the
sentence of the server's `closing` frame (the close frame itself carries no reason through
daphne)."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from meetings.models import MeetingSeries, Occurrence
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.test_room_moderation import _enter


@pytest.mark.browser
def test_a_removed_member_reads_why(
    live_site, page, another_page, user_factory, group_factory, member_factory
):
    from moderation.services import member_remove_from_meeting

    owner = user_factory(display_name="Olive")
    group = group_factory(owner=owner, name="Friday Circle")
    alice = member_factory(group, Role.MEMBER, display_name="Alice")
    bob = member_factory(group, Role.MEMBER, display_name="Bob")
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
    _enter(page, live_site, alice, occurrence)
    _enter(another_page, live_site, bob, occurrence)
    elsewhere(
        member_remove_from_meeting,
        actor=owner,
        occurrence=occurrence,
        user=alice,
        reason="Please take a break today.",
    )
    status = page.locator("#room-connection")
    expect(status).to_have_text("Disconnected: Please take a break today.")
    expect(another_page.locator("#room-connection")).to_have_text("Connected")  # Bob stays
