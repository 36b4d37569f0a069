"""Add to calendar: one-click .ics for a meeting or a series, Google and Outlook links; a
person's answers to open meetings of other groups show in their own schedule and feed."""

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar

from groups.models import Visibility
from meetings import occurrences, scheduling, selectors, services
from meetings.models import Rsvp


@pytest.fixture
def next_week():
    start = (datetime.now(UTC) + timedelta(days=7)).replace(
        hour=19, minute=0, second=0, microsecond=0
    )
    return start


@pytest.fixture
def open_meeting(group_factory, series_factory, next_week):
    group = group_factory(name="Harbour Circle", timezone="Europe/London")
    series = series_factory(
        group,
        title="Open speaker meeting",
        is_open=True,
        weekdays=[next_week.weekday()],
        start_time=next_week.astimezone(ZoneInfo(group.timezone)).time(),
        start_date=next_week.date() - timedelta(days=14),
    )
    slot = selectors.upcoming_for_series(series=series, count=1)[0]
    occurrence = occurrences.occurrence_materialize(series=series, original_start=slot)
    return group, series, occurrence


def test_meeting_page_offers_ics_google_and_outlook(client, open_meeting, member_factory):
    group, series, occurrence = open_meeting
    client.force_login(member_factory(group))
    page = client.get(occurrence.get_absolute_url()).content.decode()
    key = selectors.occurrence_key(occurrence.original_start)
    ics_url = f"/meetings/series/{series.pk}/{key}/calendar.ics"
    assert f'href="{ics_url}"' in page
    assert "https://calendar.google.com/calendar/render?" in page
    assert "https://outlook.live.com/calendar/0/action/compose?" in page

    response = client.get(ics_url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    cal = Calendar.from_ical(response.content)
    (event,) = cal.walk("VEVENT")
    assert event["DTSTART"].dt.astimezone(UTC) == occurrence.start
    assert event["DTEND"].dt.astimezone(UTC) == occurrence.end
    assert str(event["SUMMARY"]) == "Open speaker meeting"
    assert str(event["URL"]).endswith(occurrence.get_absolute_url())


def test_google_and_outlook_links_carry_the_meeting(open_meeting, settings):
    from meetings.calendar_links import occurrence_links, series_links

    settings.SITE_URL = "https://kindred.example.org"
    _, series, occurrence = open_meeting
    links = occurrence_links(occurrence, key=selectors.occurrence_key(occurrence.original_start))
    google = parse_qs(urlsplit(links.google).query)
    assert google["action"] == ["TEMPLATE"]
    assert google["text"] == ["Open speaker meeting"]
    assert google["dates"] == [f"{occurrence.start:%Y%m%dT%H%M%SZ}/{occurrence.end:%Y%m%dT%H%M%SZ}"]
    assert google["location"] == [
        f"https://kindred.example.org/meetings/occurrence/{occurrence.pk}/"
    ]
    outlook = parse_qs(urlsplit(links.outlook).query)
    assert outlook["rru"] == ["addevent"]
    assert outlook["startdt"] == [occurrence.start.strftime("%Y-%m-%dT%H:%M:%SZ")]
    assert outlook["subject"] == ["Open speaker meeting"]

    whole = series_links(series, next_start=occurrence.original_start)
    google = parse_qs(urlsplit(whole.google).query)
    assert google["ctz"] == ["Europe/London"]
    assert google["recur"][0].startswith("RRULE:FREQ=WEEKLY;BYDAY=")
    assert whole.outlook_next_only


def test_series_calendar_file_holds_the_series(client, open_meeting, member_factory):
    group, series, occurrence = open_meeting
    client.force_login(member_factory(group))
    page = client.get(f"/groups/{group.slug}/meetings/").content.decode()
    assert f'href="/meetings/series/{series.pk}/calendar.ics"' in page
    response = client.get(f"/meetings/series/{series.pk}/calendar.ics")
    assert response.status_code == 200
    cal = Calendar.from_ical(response.content)
    start = occurrence.start - timedelta(hours=1)
    events = recurring_ical_events.of(cal).between(start, start + timedelta(days=15))
    assert [e["DTSTART"].dt.astimezone(UTC) for e in events][:2] == [
        occurrence.start,
        occurrence.start + timedelta(days=7),
    ]


def test_calendar_files_of_a_private_group_are_refused_to_outsiders(
    client, group_factory, series_factory, user_factory, next_week
):
    group = group_factory(visibility=Visibility.PRIVATE)
    series = series_factory(group, weekdays=[next_week.weekday()])
    client.force_login(user_factory())
    assert client.get(f"/meetings/series/{series.pk}/calendar.ics").status_code == 404
    key = selectors.occurrence_key(selectors.upcoming_for_series(series=series, count=1)[0])
    assert client.get(f"/meetings/series/{series.pk}/{key}/calendar.ics").status_code == 404
    # A key that is not a meeting of the series is a clear 404 too.
    member = user_factory()
    client.force_login(member)
    assert client.get(f"/meetings/series/{series.pk}/nonsense/calendar.ics").status_code == 404


def test_a_non_members_maybe_puts_the_open_meeting_in_my_meetings_and_the_feed(
    client, open_meeting, user_factory
):
    """The person belongs to no group: their "Maybe" on an open meeting still shows in
    My meetings and in their private feed."""
    _, _, occurrence = open_meeting
    visitor = user_factory(display_name="Visitor")
    client.force_login(visitor)
    response = client.post(f"/meetings/occurrence/{occurrence.pk}/rsvp/", {"answer": "maybe"})
    assert response.status_code == 302
    assert Rsvp.objects.get(user=visitor).answer == "maybe"

    week = selectors.iso_week(occurrence.start.date())
    page = client.get(f"/meetings/?week={week}").content.decode()
    assert "Open speaker meeting" in page
    assert occurrence.get_absolute_url() in page

    feed = client.get(f"/meetings/feed/{visitor.calendar_token}.ics")
    cal = Calendar.from_ical(feed.content)
    events = recurring_ical_events.of(cal).between(
        occurrence.start - timedelta(hours=1), occurrence.end
    )
    assert [e["DTSTART"].dt.astimezone(UTC) for e in events] == [occurrence.start]
    # Only that meeting, not the whole series of a group they do not belong to.
    later = recurring_ical_events.of(cal).between(
        occurrence.end, occurrence.end + timedelta(days=30)
    )
    assert later == []


def test_answers_that_no_longer_let_you_in_leave_your_schedule(
    client, open_meeting, user_factory, owner_of
):
    """ "Not going", or the meeting closed to visitors: it leaves My meetings and the feed."""
    group, series, occurrence = open_meeting
    visitor = user_factory()
    services.rsvp_set(user=visitor, occurrence=occurrence, answer="going")
    assert selectors.answered_outside(user=visitor, group_ids=[]) == [occurrence]
    scheduling.series_update(actor=owner_of(group), series=series, is_open=False)
    assert selectors.answered_outside(user=visitor, group_ids=[]) == []
    scheduling.series_update(actor=owner_of(group), series=series, is_open=True)
    services.rsvp_set(user=visitor, occurrence=occurrence, answer="not_going")
    assert selectors.answered_outside(user=visitor, group_ids=[]) == []
