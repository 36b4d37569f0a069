"""How the room page takes the server's close codes: 4500 ("try again") reconnects with
backoff and resumes; a 44xx ends the person's place in the meeting and the page says why,
with the sentence of the server's `closing` frame (the close frame itself carries no
reason through daphne)."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from meetings.models import MeetingSeries, Occurrence
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.test_room_moderation import _enter


@pytest.mark.browser
def test_try_again_reconnects_and_a_removal_says_why(
    live_site, page, another_page, user_factory, group_factory, member_factory
):
    from moderation.actions import member_remove_from_meeting

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
    status = page.locator("#room-connection")

    # A room event the sockets cannot act on: the server closes them with 4500, and the
    # page reconnects by itself.
    elsewhere(_broken_room_event, occurrence.pk)
    expect(status).to_contain_text("Reconnecting")
    expect(status).to_have_text("Connected", timeout=20_000)
    page.get_by_label("Your share").fill("Still here")
    page.get_by_label("Your share").press("Enter")
    expect(another_page.locator("#room-log")).to_contain_text("Still here")

    elsewhere(
        member_remove_from_meeting,
        actor=owner,
        occurrence=occurrence,
        user=alice,
        reason="Please take a break today.",
    )
    # The removal screen: what happened, the moderator's words and what to do next.
    expect(status).to_have_text("You are no longer in the room")
    expect(page.locator("main")).to_contain_text("Please take a break today.")
    expect(another_page.locator("#room-connection")).to_have_text("Connected")  # Bob stays


def _broken_room_event(occurrence_id: int) -> None:
    from asgiref.sync import async_to_sync
    from channels.layers import get_channel_layer

    from kindred.events import room_group_name

    # A timer event without its timer: every socket's handler fails on it.
    async_to_sync(get_channel_layer().group_send)(
        room_group_name(occurrence_id), {"type": "room.timer"}
    )
