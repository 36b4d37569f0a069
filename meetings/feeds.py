"""Calendar (iCalendar, RFC 5545) and Meeting Guide (code4recovery spec) feeds.

iCalendar: one VEVENT per series with an RRULE in the group's zone (DTSTART with TZID,
so clients keep 19:00 local across daylight-saving changes), and one override VEVENT per
changed occurrence: same UID, RECURRENCE-ID = the original start; STATUS:CANCELLED for
cancelled ones, the new DTSTART/DURATION for moved ones. Every TZID gets its VTIMEZONE
(icalendar's ``add_missing_timezones``). UIDs are stable: ``series-<pk>@<host>``.
Stored occurrences the rule no longer produces (left over from edits of the series, see
``services.series_update``) are history and are not exported.

Meeting Guide: weekly series of public groups only (the spec is for weekly meetings;
monthly ones are left out).

Stored text goes through ``kindred.text.feed_text`` on its way out: names and titles on
one line, no control characters, so whatever a row holds a feed still answers.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from icalendar import Calendar, Event, vRecur

from groups.models import Ban, Group, Membership, Visibility
from kindred.languages import language_name, meeting_guide_type
from kindred.text import feed_text
from meetings import recurrence
from meetings.models import Format, Frequency, MeetingSeries, Occurrence
from meetings.selectors import answered_outside, occurrence_key

ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "kindred.invalid"


def series_uid(series: MeetingSeries) -> str:
    return f"series-{series.pk}@{_host()}"


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def series_rrule(series: MeetingSeries, rule: recurrence.Rule) -> vRecur:
    recur: dict = {"FREQ": "WEEKLY" if rule.frequency == Frequency.WEEKLY else "MONTHLY"}
    if rule.interval != 1:
        recur["INTERVAL"] = rule.interval
    if rule.frequency == Frequency.WEEKLY:
        recur["BYDAY"] = [ICAL_DAYS[d] for d in rule.weekdays]
        recur["WKST"] = "MO"
    else:
        recur["BYDAY"] = [f"{rule.monthly_ordinal}{ICAL_DAYS[rule.monthly_weekday]}"]
    if rule.end_date is not None:
        # With a zoned DTSTART, UNTIL must be in UTC: the end of the last local day.
        last = datetime.combine(rule.end_date + timedelta(days=1), datetime.min.time(), rule.zone)
        recur["UNTIL"] = last.astimezone(UTC) - timedelta(seconds=1)
    return vRecur(recur)


def _event_base(series: MeetingSeries, *, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", series_uid(series))
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("summary", feed_text(series.title))
    description = [series.get_format_display(), "Open meeting" if series.is_open else ""]
    if series.description:
        description.append(feed_text(series.description, one_line=False))
    event.add("description", "\n".join(d for d in description if d))
    event.add(
        "url",
        _absolute(reverse("meetings:group_schedule", kwargs={"slug": series.group.slug})),
    )
    return event


def series_events(series: MeetingSeries, overrides: list[Occurrence]) -> list[Event]:
    """The VEVENTs of one series: the recurring master, then its overrides."""
    rule = recurrence.Rule.for_series(series)
    first = recurrence.first_date(rule)
    if first is None:
        return []
    zone = rule.zone
    dtstart = datetime.combine(first, rule.start_time.replace(tzinfo=None), zone)
    master = _event_base(series, stamp=series.updated_at)
    master.add("dtstart", dtstart)
    master.add("duration", rule.duration)
    master.add("rrule", series_rrule(series, rule))
    events = [master]
    for occurrence in overrides:
        if recurrence.slot_for(rule, occurrence.original_start) is None:
            continue
        event = _event_base(series, stamp=occurrence.updated_at)
        event.add("recurrence-id", _wall(occurrence.original_start, zone))
        event.add("dtstart", _wall(occurrence.start, zone))
        event.add("duration", occurrence.end - occurrence.start)
        if occurrence.cancelled:
            event.add("status", "CANCELLED")
            event["summary"] = f"Cancelled: {feed_text(series.title)}"
        if occurrence.note:
            note = feed_text(occurrence.note, one_line=False)
            event["description"] = f"{note}\n\n{event['description']}"
        event.add("sequence", 1)
        event["url"] = _absolute(occurrence.get_absolute_url())
        events.append(event)
    return events


def _wall(instant: datetime, zone: ZoneInfo) -> datetime:
    """An instant as local time in ``zone`` (written with TZID by icalendar)."""
    return instant.astimezone(zone)


def _overrides(series_ids: list[int]) -> dict[int, list[Occurrence]]:
    """Stored occurrences by series (callers keep those that differ from their rule)."""
    by_series: dict[int, list[Occurrence]] = {}
    for occurrence in Occurrence.objects.filter(series_id__in=series_ids).order_by(
        "series_id", "original_start"
    ):
        by_series.setdefault(occurrence.series_id, []).append(occurrence)
    return by_series


def occurrence_uid(occurrence: Occurrence) -> str:
    """Stable whether or not the occurrence is stored yet: series and original start."""
    return (
        f"occurrence-{occurrence.series_id}-{occurrence_key(occurrence.original_start)}@{_host()}"
    )


def occurrence_event(occurrence: Occurrence) -> Event:
    """One meeting as a single VEVENT (its own UID): for "add to calendar" and for meetings
    of other groups a person answered. Times in the group's zone, like the series."""
    series = occurrence.series
    zone = ZoneInfo(series.group.timezone)
    event = _event_base(series, stamp=occurrence.updated_at or series.updated_at)
    event["uid"] = occurrence_uid(occurrence)
    event.add("dtstart", _wall(occurrence.start, zone))
    event.add("dtend", _wall(occurrence.end, zone))
    if occurrence.cancelled:
        event.add("status", "CANCELLED")
        event["summary"] = f"Cancelled: {series.title}"
    if occurrence.note:
        event["description"] = f"{occurrence.note}\n\n{event['description']}"
    if occurrence.pk is not None:
        event["url"] = _absolute(occurrence.get_absolute_url())
    return event


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Kindred//Meetings//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    return cal


def occurrence_calendar(occurrence: Occurrence) -> bytes:
    """A one-meeting calendar file (the one-click "add to calendar")."""
    cal = _calendar(occurrence.series.title)
    cal.add_component(occurrence_event(occurrence))
    cal.add_missing_timezones()
    return cal.to_ical()


def series_calendar(series: MeetingSeries) -> bytes:
    """A series' calendar file: its rule and its changed meetings."""
    return calendar_for([series], name=series.title)


def calendar_for(
    series_list: list[MeetingSeries], *, name: str, singles: list[Occurrence] = ()
) -> bytes:
    cal = _calendar(name)
    for occurrence in singles:
        cal.add_component(occurrence_event(occurrence))
    stored = _overrides([s.pk for s in series_list])
    for series in series_list:
        rule_duration = timedelta(minutes=series.duration_minutes)
        changed = [
            o
            for o in stored.get(series.pk, [])
            if o.cancelled
            or o.note
            or o.start != o.original_start
            or o.end - o.start != rule_duration
        ]
        for event in series_events(series, changed):
            cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def group_calendar(group: Group) -> bytes:
    series_list = list(MeetingSeries.objects.filter(group=group).select_related("group"))
    return calendar_for(series_list, name=f"{feed_text(group.name)} meetings")


def personal_calendar(user) -> bytes:
    group_ids = (
        Membership.objects.filter(user=user)
        .exclude(group__in=Ban.objects.active().filter(user=user).values("group"))
        .values("group")
    )
    series_list = list(MeetingSeries.objects.filter(group_id__in=group_ids).select_related("group"))
    # Meetings of other groups the person answered "going" or "maybe" (open meetings).
    now = datetime.now(UTC)
    singles = answered_outside(
        user=user,
        group_ids=group_ids,
        start=now - timedelta(days=90),
        end=now + timedelta(days=366 * 2),
    )
    return calendar_for(series_list, name="My meetings", singles=singles)


# --- Meeting Guide --------------------------------------------------------------------

MEETING_GUIDE_TYPES = {
    Format.DISCUSSION: "D",
    Format.SPEAKER: "SP",
    Format.STEP_STUDY: "ST",
    Format.LITERATURE: "LIT",
    Format.MEDITATION: "MED",
    Format.NEWCOMERS: "BE",
    # The spec has no code for business meetings ("B" is Big Book): it goes in the notes.
}


def _spec_day(weekday: int) -> int:
    """Our Monday=0..Sunday=6 to the spec's Sunday=0..Saturday=6."""
    return (weekday + 1) % 7


def meeting_guide_entry(series: MeetingSeries) -> dict:
    rule = recurrence.Rule.for_series(series)
    days = sorted(_spec_day(d) for d in rule.weekdays)
    end = datetime.combine(rule.start_date, rule.start_time) + rule.duration
    types = ["O" if series.is_open else "C"]
    notes = []
    if series.format in MEETING_GUIDE_TYPES:
        types.insert(0, MEETING_GUIDE_TYPES[series.format])
    else:
        notes.append(f"Format: {series.get_format_display()}.")
    if language_type := meeting_guide_type(series.meeting_language):
        types.append(language_type)
    else:
        notes.append(f"In {language_name(series.meeting_language)}.")
    if rule.interval != 1:
        notes.append(f"Every {rule.interval} weeks.")
    if series.description:
        notes.append(feed_text(series.description, one_line=False))
    entry = {
        "name": feed_text(series.title),
        "slug": f"{series.group.slug}-{series.pk}",
        "day": days[0] if len(days) == 1 else days,
        "time": rule.start_time.strftime("%H:%M"),
        "end_time": end.strftime("%H:%M"),
        "timezone": rule.zone.key,
        "types": types,
        "conference_url": _absolute(reverse("meetings:series_room", kwargs={"pk": series.pk})),
        "group": feed_text(series.group.name),
        "notes": "\n\n".join(notes),
        "url": _absolute(reverse("meetings:group_schedule", kwargs={"slug": series.group.slug})),
        "updated": max(series.updated_at, series.group.updated_at)
        .astimezone(UTC)
        .strftime("%Y-%m-%d %H:%M:%S"),
    }
    return entry


def meeting_guide_feed() -> list[dict]:
    series_list = (
        MeetingSeries.objects.filter(
            group__visibility=Visibility.PUBLIC, frequency=Frequency.WEEKLY
        )
        .select_related("group")
        .order_by("group__slug", "pk")
    )
    today = datetime.now(UTC).date()
    return [
        meeting_guide_entry(s) for s in series_list if s.end_date is None or s.end_date >= today
    ]
