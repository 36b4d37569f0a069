"""“Add to calendar”: a one-click ``.ics`` file, and links that open Google Calendar or
Outlook on the web with the meeting filled in. The links are built here, never fetched;
the calendar services read them in the person's browser.

Google Calendar takes a recurrence (``recur=RRULE:…`` with ``ctz``, the group's zone), so a
series is added as a series there. Outlook on the web has no recurrence in its compose
link: for a series it adds the next meeting, and the ``.ics`` file carries the series.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext

from meetings import recurrence
from meetings.feeds import series_rrule
from meetings.models import MeetingSeries, Occurrence

GOOGLE = "https://calendar.google.com/calendar/render"
OUTLOOK = "https://outlook.live.com/calendar/0/action/compose"


@dataclass(frozen=True)
class CalendarLinks:
    ics: str
    google: str
    outlook: str
    outlook_next_only: bool = False


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _details(series: MeetingSeries, url: str) -> str:
    about = gettext("%(format)s meeting on Kindred.") % {"format": series.get_format_display()}
    return f"{about}\n{url}"


def _google(series: MeetingSeries, page: str, **when: str) -> str:
    """Google Calendar's "add event" address for ``series``; ``when`` holds its dates (and,
    for a series, its zone and rule)."""
    fields = {"action": "TEMPLATE", "text": series.title, **when}
    return f"{GOOGLE}?{urlencode({**fields, 'details': _details(series, page), 'location': page})}"


def _outlook(*, title: str, start: datetime, end: datetime, body: str, url: str) -> str:
    return (
        OUTLOOK
        + "?"
        + urlencode(
            {
                "path": "/calendar/action/compose",
                "rru": "addevent",
                "subject": title,
                "startdt": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "enddt": end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "body": body,
                "location": url,
            }
        )
    )


def occurrence_links(occurrence: Occurrence, *, key: str) -> CalendarLinks:
    """Links for one meeting (stored or not); ``key`` is its URL key (original start)."""
    series = occurrence.series
    page = settings.SITE_URL + reverse(
        "meetings:occurrence_at", kwargs={"series_pk": series.pk, "key": key}
    )
    if occurrence.pk is not None:
        page = settings.SITE_URL + occurrence.get_absolute_url()
    ics = reverse("meetings:occurrence_ics", kwargs={"series_pk": series.pk, "key": key})
    google = _google(
        series,
        page,
        dates=f"{_utc(occurrence.start)}/{_utc(occurrence.end)}",
    )
    outlook = _outlook(
        title=series.title,
        start=occurrence.start,
        end=occurrence.end,
        body=_details(series, page),
        url=page,
    )
    return CalendarLinks(ics=ics, google=google, outlook=outlook)


def series_links(series: MeetingSeries, *, next_start: datetime | None) -> CalendarLinks | None:
    """Links for a whole series; None when it has no meeting to come."""
    if next_start is None:
        return None
    rule = recurrence.Rule.for_series(series)
    zone = ZoneInfo(series.group.timezone)
    end = next_start + rule.duration
    page = settings.SITE_URL + reverse(
        "meetings:group_schedule", kwargs={"slug": series.group.slug}
    )
    local = "%Y%m%dT%H%M%S"
    rrule = series_rrule(series, rule).to_ical().decode()
    google = _google(
        series,
        page,
        dates=f"{next_start.astimezone(zone):{local}}/{end.astimezone(zone):{local}}",
        ctz=zone.key,
        recur=f"RRULE:{rrule}",
    )
    outlook = _outlook(
        title=series.title, start=next_start, end=end, body=_details(series, page), url=page
    )
    ics = reverse("meetings:series_ics", kwargs={"pk": series.pk})
    return CalendarLinks(ics=ics, google=google, outlook=outlook, outlook_next_only=True)
