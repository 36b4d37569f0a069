"""Feeds never answer 500 for what is stored: names, titles, descriptions and notes with
line breaks, control characters and direction overrides, written straight into the
database (as older data, the admin or a bug might leave them), still make every feed
answer, and the calendars parse back with each field on its line."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from groups.models import Group, Role
from meetings.models import MeetingSeries, Occurrence

HOSTILE = [
    "Line\nbreak",
    "Carriage\r\nreturn",
    "Only\rCR",
    "Tab\tand\x0bvertical\x0cfeed",
    "Bell\x07 escape\x1b[31m del\x7f",
    "Next\x85line and\u2028separator\u2029paragraph",
    "Semi;colon, comma\\backslash",
    "RLO \u202eevil\u202c and isolate \u2066x\u2069",
    "BEGIN:VEVENT\nSUMMARY:injected",
]


@pytest.fixture
def hostile_groups(group_factory, series_factory, member_factory, user_factory):
    person = user_factory()
    for n, text in enumerate(HOSTILE):
        group = group_factory(name=f"Group {n}", timezone="Europe/Paris")
        member_factory(group, Role.MEMBER, user=person)
        series = series_factory(group, title=f"Title {n}", description="ok")
        Group.objects.filter(pk=group.pk).update(name=text, topic=text)
        MeetingSeries.objects.filter(pk=series.pk).update(title=text, description=text)
        start = datetime(2026, 1, 8, 18, 0, tzinfo=UTC) + timedelta(weeks=n)
        Occurrence.objects.update_or_create(
            series=series,
            original_start=start,
            defaults={
                "start": start + timedelta(hours=1),
                "end": start + timedelta(hours=2),
                "note": text,
                "cancelled": n % 2 == 0,
            },
        )
    return person


def test_every_feed_answers_for_hostile_stored_text(client, hostile_groups):
    person = hostile_groups
    calendars = [client.get(f"/groups/{group.slug}/meetings.ics") for group in Group.objects.all()]
    calendars.append(client.get(f"/meetings/feed/{person.calendar_token}.ics"))
    for response in calendars:
        assert response.status_code == 200
        body = response.content
        cal = Calendar.from_ical(body)
        for line in body.split(b"\r\n"):
            assert not any(b < 0x20 and b != 0x09 for b in line), line
        for event in cal.walk("VEVENT"):
            assert "\n" not in str(event["SUMMARY"])
        # Nothing a name held became a line of its own.
        assert sum(1 for c in cal.walk("VEVENT") if c.get("SUMMARY") == "injected") == 0
    assert len(list(Calendar.from_ical(calendars[-1].content).walk("VEVENT"))) >= len(HOSTILE)

    guide = client.get("/meetings/meeting-guide.json")
    assert guide.status_code == 200
    entries = json.loads(guide.content)
    assert len(entries) == len(HOSTILE)
    for entry in entries:
        assert "\n" not in entry["name"] and "\n" not in entry["group"]
        assert not any(ord(c) < 0x20 and c != "\n" for c in entry["notes"])
