"""Feeds validate by parsing them back: the calendar expands (with recurring-ical-events)
to exactly the site's own occurrences, across daylight-saving changes."""

import json
from datetime import UTC, date, datetime, time, timedelta

import pytest
import recurring_ical_events
from icalendar import Calendar

from groups.models import Role, Visibility
from meetings import occurrences, recurrence, services
from meetings.models import Occurrence

NY = "America/New_York"
MAR_12 = datetime(2026, 3, 12, 23, 0, tzinfo=UTC)  # Thursday 19:00 EDT
MAR_19 = datetime(2026, 3, 19, 23, 0, tzinfo=UTC)
WINDOW = (datetime(2026, 2, 20, tzinfo=UTC), datetime(2026, 11, 20, tzinfo=UTC))


def site_occurrences(series, start, end):
    """Our own list: rule slots, with stored overrides applied, cancelled ones left out."""
    rule = recurrence.Rule.for_series(series)
    stored = {o.original_start: o for o in Occurrence.objects.filter(series=series)}
    result = []
    for slot in recurrence.expand(rule, start, end):
        o = stored.get(slot.start)
        if o is None:
            result.append((slot.start, slot.end))
        elif not o.cancelled:
            result.append((o.start, o.end))
    return sorted(result)


def feed_occurrences(body: bytes, start, end):
    cal = Calendar.from_ical(body)
    events = recurring_ical_events.of(cal).between(start, end)
    return sorted(
        (e["DTSTART"].dt.astimezone(UTC), e["DTEND"].dt.astimezone(UTC))
        for e in events
        if str(e.get("STATUS", "")) != "CANCELLED"
    ), [e for e in events if str(e.get("STATUS", "")) == "CANCELLED"]


@pytest.fixture
def group(group_factory):
    return group_factory(timezone=NY, name="Evening Circle")


def test_group_feed_matches_the_site_across_dst(client, group, series_factory, owner_of, clock):
    clock.set(datetime(2026, 3, 1, tzinfo=UTC))
    owner = owner_of(group)
    weekly = series_factory(group, weekdays=[0, 3], interval=1)
    monthly = series_factory(
        group,
        title="Business",
        format="business",
        frequency="monthly",
        monthly_ordinal=-1,
        monthly_weekday=6,
        start_time=time(1, 30),  # the last Sunday of October 2026 is 25 Oct; fine
        end_date=date(2026, 12, 31),
    )
    cancelled = occurrences.occurrence_materialize(series=weekly, original_start=MAR_12)
    services.occurrence_cancel(actor=owner, occurrence=cancelled, note="Holiday")
    moved = occurrences.occurrence_materialize(series=weekly, original_start=MAR_19)
    services.occurrence_move(
        actor=owner,
        occurrence=moved,
        start=MAR_19 + timedelta(days=1, hours=-2),
        duration_minutes=90,
    )
    response = client.get(f"/groups/{group.slug}/meetings.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content
    assert b"\r\n" in body and body.count(b"\n") == body.count(b"\r\n")
    for series in (weekly, monthly):
        ours = site_occurrences(series, *WINDOW)
        cal = Calendar.from_ical(body)
        only = Calendar()
        for component in cal.walk():
            if component.name == "VTIMEZONE" or (
                component.name == "VEVENT"
                and str(component["UID"]).startswith(f"series-{series.pk}@")
            ):
                only.add_component(component)
        theirs, _cancelled = feed_occurrences(only.to_ical(), *WINDOW)
        assert theirs == ours
        assert len(theirs) > 3
    # The cancelled one is an override with STATUS:CANCELLED, the moved one starts later.
    cal = Calendar.from_ical(body)
    overrides = [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" in e]
    assert len(overrides) == 2
    by_status = {str(e.get("STATUS", "")): e for e in overrides}
    assert by_status["CANCELLED"]["RECURRENCE-ID"].dt.astimezone(UTC) == MAR_12
    assert by_status[""]["DTSTART"].dt.astimezone(UTC) == MAR_19 + timedelta(hours=22)
    # Every TZID has its VTIMEZONE, and UIDs are stable between fetches.
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {NY}
    assert client.get(f"/groups/{group.slug}/meetings.ics").content.count(b"UID:") == body.count(
        b"UID:"
    )
    assert f"UID:series-{weekly.pk}@".encode() in body


def test_group_feed_in_the_viewers_zone(group, series_factory):
    """The same feed read by someone in Tokyo: New York 19:00 is 09:00, then 08:00 after
    the March change, back to 09:00 in November."""
    from zoneinfo import ZoneInfo

    from meetings.feeds import group_calendar

    series_factory(group, weekdays=[3])
    cal = Calendar.from_ical(group_calendar(group))
    tokyo = ZoneInfo("Asia/Tokyo")
    events = recurring_ical_events.of(cal).between(
        datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 14, tzinfo=UTC)
    )
    assert [e["DTSTART"].dt.astimezone(tokyo).hour for e in events] == [9, 8]
    events = recurring_ical_events.of(cal).between(
        datetime(2026, 10, 25, tzinfo=UTC), datetime(2026, 11, 7, tzinfo=UTC)
    )
    assert [e["DTSTART"].dt.astimezone(tokyo).hour for e in events] == [8, 9]


def test_private_group_has_no_public_feed(client, group_factory):
    private = group_factory(visibility=Visibility.PRIVATE)
    assert client.get(f"/groups/{private.slug}/meetings.ics").status_code == 404


def test_personal_feed_at_a_secret_address_that_can_be_reset(
    client, group_factory, member_factory, series_factory
):
    private = group_factory(visibility=Visibility.PRIVATE, timezone="Europe/London")
    public = group_factory(timezone=NY)
    person = member_factory(private, Role.MEMBER)
    member_factory(public, Role.READER, user=person)
    series_factory(private, title="Quiet circle")
    series_factory(public, title="Open evening")
    series_factory(group_factory(), title="Not mine")
    url = f"/meetings/feed/{person.calendar_token}.ics"
    response = client.get(url)
    assert response.status_code == 200
    cal = Calendar.from_ical(response.content)
    assert sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT")) == ["Open evening", "Quiet circle"]
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {"Europe/London", NY}
    client.force_login(person)
    assert client.post("/meetings/feed/reset/").status_code == 302
    assert client.get(url).status_code == 404
    person.refresh_from_db()
    assert client.get(f"/meetings/feed/{person.calendar_token}.ics").status_code == 200


def test_meeting_guide_feed(client, group_factory, series_factory, settings):
    settings.SITE_URL = "https://kindred.example"
    public = group_factory(timezone=NY, name="Harbour Group")
    private = group_factory(visibility=Visibility.PRIVATE)
    weekly = series_factory(
        public,
        title="Sunday Serenity",
        weekdays=[6, 2],
        format="speaker",
        is_open=True,
        duration_minutes=90,
        start_time=time(18, 0),
    )
    series_factory(public, title="Business", format="business", weekdays=[0])
    series_factory(public, frequency="monthly", monthly_ordinal=1, monthly_weekday=0)
    series_factory(private, title="Hidden")
    response = client.get("/meetings/meeting-guide.json")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert sorted(m["name"] for m in data) == ["Business", "Sunday Serenity"]
    entry = next(m for m in data if m["name"] == "Sunday Serenity")
    assert entry["day"] == [0, 3]  # Sunday=0, Wednesday=3
    assert entry["time"] == "18:00" and entry["end_time"] == "19:30"
    assert entry["timezone"] == NY
    assert entry["types"] == ["SP", "O", "EN"]  # "EN": held in English, the group's language
    assert entry["group"] == "Harbour Group"
    assert entry["conference_url"] == f"https://kindred.example/meetings/series/{weekly.pk}/room/"
    assert len(entry["updated"]) == 19
    assert entry["slug"]
    business = next(m for m in data if m["name"] == "Business")
    assert business["types"] == ["C", "EN"] and "Business" in business["notes"]
    assert business["day"] == 1


def test_schedule_page_links_the_meeting_guide_feed(client, group):
    body = client.get(f"/groups/{group.slug}/meetings/").content.decode()
    assert 'rel="alternate" type="application/json" title="Meetings Feed"' in body
    assert "/meetings/meeting-guide.json" in body


def test_feed_and_site_agree_on_gap_and_fold_times(group, series_factory):
    """02:30 on 8 March and 01:30 on 1 November 2026 (New York): both sides read the gap
    with the offset before it and the fold as its first instant (RFC 5545 3.3.5).

    Only the starts are compared: on the gap day recurring-ical-events adds DURATION to
    the wall clock inside the gap and gets an end equal to the start, while RFC 5545
    counts hours and minutes of a DURATION exactly (our end: one real hour later)."""
    from meetings.feeds import group_calendar

    gap = series_factory(group, title="Gap", weekdays=[6], start_time=time(2, 30))
    fold = series_factory(group, title="Fold", weekdays=[6], start_time=time(1, 30))
    cal = Calendar.from_ical(group_calendar(group))
    events = recurring_ical_events.of(cal).between(*WINDOW)
    for series in (gap, fold):
        theirs = sorted(
            e["DTSTART"].dt.astimezone(UTC) for e in events if str(e["SUMMARY"]) == series.title
        )
        assert theirs == [s for s, _ in site_occurrences(series, *WINDOW)]
    assert datetime(2026, 3, 8, 7, 30, tzinfo=UTC) in [s for s, _ in site_occurrences(gap, *WINDOW)]
    assert datetime(2026, 11, 1, 5, 30, tzinfo=UTC) in [
        s for s, _ in site_occurrences(fold, *WINDOW)
    ]


def test_meeting_guide_types_carry_the_specs_own_language_codes(
    client, group_factory, series_factory
):
    spanish = group_factory(timezone=NY, name="Grupo Esperanza", language="es")
    series_factory(spanish, title="Reunión de los jueves")
    series_factory(spanish, title="Polish evening", language="pl")
    series_factory(spanish, title="Arabic evening", language="ar")
    data = {m["name"]: m for m in json.loads(client.get("/meetings/meeting-guide.json").content)}
    assert data["Reunión de los jueves"]["types"] == ["D", "C", "S"]  # the spec's S, not ES
    assert data["Polish evening"]["types"] == ["D", "C", "POL"]
    # The spec has no type for Arabic: the notes say it instead.
    assert data["Arabic evening"]["types"] == ["D", "C"]
    assert "In Arabic." in data["Arabic evening"]["notes"]
