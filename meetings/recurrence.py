"""Expanding a meeting series into occurrences. Pure functions: no database, no clock.

A rule is local wall time plus an IANA zone, never UTC, so a meeting at 19:00 stays at
19:00 local across daylight-saving changes; only its UTC instant moves.

Two awkward local times, resolved the way RFC 5545 (section 3.3.5) resolves them, so our
own list and any calendar client reading our feed agree:

- **Gap** (spring forward, e.g. 02:30 on 8 March 2026 in New York does not exist): the time
  is read with the offset in force *before* the gap, which moves it forward by the gap's
  length (02:30 EST = 03:30 EDT). The meeting happens, one hour later on the clock, that day.
- **Fold** (fall back, e.g. 01:30 on 1 November 2026 in New York happens twice): the first
  of the two instants is used (``fold=0``, still daylight time).

Weekly rules count weeks from the Monday of the start date's week, so "every 2 weeks on
Monday and Thursday" keeps the same rhythm whichever weekday the series starts on; this
matches ``FREQ=WEEKLY;WKST=MO;INTERVAL=N`` with DTSTART at the first occurrence. Monthly
rules pick the Nth (1-4) or last (-1) given weekday of every Nth month counted from the
start date's month.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils.dates import WEEKDAYS
from django.utils.formats import time_format
from django.utils.text import get_text_list
from django.utils.translation import gettext, ngettext, pgettext_lazy

WEEKLY = "weekly"
MONTHLY = "monthly"
# Django's own weekday names, translated when shown (Monday is 0).
WEEKDAY_NAMES = [WEEKDAYS[day] for day in range(7)]
# "Every month on the <ordinal> <weekday>"; a language may need another word order, so the
# sentence around it is translated whole (describe).
ORDINAL_NAMES = {
    1: pgettext_lazy("the first Monday of the month", "first"),
    2: pgettext_lazy("the second Monday of the month", "second"),
    3: pgettext_lazy("the third Monday of the month", "third"),
    4: pgettext_lazy("the fourth Monday of the month", "fourth"),
    -1: pgettext_lazy("the last Monday of the month", "last"),
}
# How far ahead we look for a first occurrence before calling a rule empty.
_SEARCH_LIMIT_DAYS = 366 * 2


@dataclass(frozen=True, slots=True)
class Rule:
    frequency: str
    interval: int
    weekdays: tuple[int, ...]  # Monday=0 ... Sunday=6 (weekly)
    monthly_ordinal: int | None  # 1..4 or -1 (monthly)
    monthly_weekday: int | None  # Monday=0 ... Sunday=6 (monthly)
    start_time: time
    duration: timedelta
    start_date: date
    end_date: date | None
    zone: ZoneInfo

    @classmethod
    def for_series(cls, series, *, zone: str | None = None) -> Rule:
        """The rule of a ``MeetingSeries`` (its zone is its group's)."""
        return cls(
            frequency=series.frequency,
            interval=series.interval or 1,
            weekdays=tuple(sorted(set(series.weekdays or ()))),
            monthly_ordinal=series.monthly_ordinal,
            monthly_weekday=series.monthly_weekday,
            start_time=series.start_time,
            duration=timedelta(minutes=series.duration_minutes),
            start_date=series.start_date,
            end_date=series.end_date,
            zone=ZoneInfo(zone or series.group.timezone),
        )


@dataclass(frozen=True, slots=True)
class Slot:
    """One occurrence the rule produces: its key (the UTC start) and its UTC end."""

    start: datetime
    end: datetime

    @property
    def original_start(self) -> datetime:
        return self.start


def wall_to_utc(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of local wall time ``day at`` in ``zone`` (gap: forward; fold: first)."""
    local = datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=zone)
    return local.astimezone(UTC)


def is_nonexistent(day: date, at: time, zone: ZoneInfo) -> bool:
    """True if the wall time falls in a daylight-saving gap on that day."""
    local = datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=zone)
    back = local.astimezone(UTC).astimezone(zone)
    return back.replace(tzinfo=None) != local.replace(tzinfo=None)


def gap_wall_time(local: datetime) -> datetime | None:
    """For a local time ``local`` (aware, in its zone) that falls in a daylight-saving gap,
    the local time the meeting really starts at (forward by the gap); None when the time
    exists."""
    zone = local.tzinfo
    back = local.replace(fold=0).astimezone(UTC).astimezone(zone)
    return None if back.replace(tzinfo=None) == local.replace(tzinfo=None) else back


def gaps_between(rule: Rule, first: date, last: date) -> list[tuple[date, datetime]]:
    """The rule's meetings in ``[first, last]`` whose wall time falls in a daylight-saving
    gap, each with the local time it becomes."""
    moved = []
    for day in local_dates(rule, first, last):
        becomes = gap_wall_time(datetime.combine(day, rule.start_time, tzinfo=rule.zone))
        if becomes is not None:
            moved.append((day, becomes))
    return moved


def nth_weekday(year: int, month: int, ordinal: int, weekday: int) -> date | None:
    """The ``ordinal``-th (1..4, or -1 for last) ``weekday`` of a month."""
    days = [
        date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, d).weekday() == weekday
    ]
    if ordinal == -1:
        return days[-1]
    if 1 <= ordinal <= len(days):
        return days[ordinal - 1]
    return None


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + (b.month - a.month)


def local_dates(rule: Rule, first: date, last: date) -> Iterator[date]:
    """The local dates in ``[first, last]`` on which the rule has a meeting, in order."""
    first = max(first, rule.start_date)
    if rule.end_date is not None:
        last = min(last, rule.end_date)
    if first > last:
        return
    if rule.frequency == WEEKLY:
        if not rule.weekdays:
            return
        anchor = rule.start_date - timedelta(days=rule.start_date.weekday())
        day = first
        while day <= last:
            weeks = (day - anchor).days // 7
            if weeks % rule.interval == 0 and day.weekday() in rule.weekdays:
                yield day
            day += timedelta(days=1)
    elif rule.frequency == MONTHLY:
        if rule.monthly_ordinal is None or rule.monthly_weekday is None:
            return
        year, month = first.year, first.month
        while date(year, month, 1) <= last:
            if _months_between(rule.start_date, date(year, month, 1)) % rule.interval == 0:
                day = nth_weekday(year, month, rule.monthly_ordinal, rule.monthly_weekday)
                if day is not None and first <= day <= last:
                    yield day
            month += 1
            if month > 12:
                year, month = year + 1, 1
    else:
        raise ValueError(f"unknown frequency {rule.frequency!r}")


def slot_on(rule: Rule, day: date) -> Slot:
    start = wall_to_utc(day, rule.start_time, rule.zone)
    return Slot(start=start, end=start + rule.duration)


def expand(rule: Rule, window_start: datetime, window_end: datetime) -> list[Slot]:
    """Occurrences whose (original) start lies in ``[window_start, window_end)`` (aware)."""
    # Local dates can differ from UTC dates by up to a day either side.
    first = window_start.astimezone(rule.zone).date() - timedelta(days=1)
    last = window_end.astimezone(rule.zone).date() + timedelta(days=1)
    slots = []
    for day in local_dates(rule, first, last):
        slot = slot_on(rule, day)
        if window_start <= slot.start < window_end:
            slots.append(slot)
    return slots


def first_date(rule: Rule) -> date | None:
    """The first local date of the rule, or None if it has none."""
    last = rule.start_date + timedelta(days=_SEARCH_LIMIT_DAYS)
    return next(local_dates(rule, rule.start_date, last), None)


def slot_for(rule: Rule, original_start: datetime) -> Slot | None:
    """The rule's slot starting at ``original_start``, or None if the rule has no such one."""
    day = original_start.astimezone(rule.zone).date()
    for candidate in local_dates(rule, day - timedelta(days=1), day + timedelta(days=1)):
        slot = slot_on(rule, candidate)
        if slot.start == original_start:
            return slot
    return None


def slot_on_local_date(rule: Rule, day: date) -> Slot | None:
    """The rule's slot on local date ``day``, if it has one that day."""
    for candidate in local_dates(rule, day, day):
        return slot_on(rule, candidate)
    return None


def describe(rule: Rule) -> str:
    """A short human description in the active language, e.g. "Every 2 weeks on Monday and
    Thursday at 19:00"."""
    at = time_format(rule.start_time)
    if rule.frequency == MONTHLY and rule.monthly_ordinal and rule.monthly_weekday is not None:
        ordinal = ORDINAL_NAMES.get(rule.monthly_ordinal, str(rule.monthly_ordinal))
        return ngettext(
            "Every month on the %(ordinal)s %(weekday)s at %(time)s",
            "Every %(count)d months on the %(ordinal)s %(weekday)s at %(time)s",
            rule.interval,
        ) % {
            "count": rule.interval,
            "ordinal": ordinal,
            "weekday": WEEKDAY_NAMES[rule.monthly_weekday],
            "time": at,
        }
    if len(rule.weekdays) == 7:
        return ngettext(
            "Every day at %(time)s",
            "Every %(count)d weeks, every day at %(time)s",
            rule.interval,
        ) % {"count": rule.interval, "time": at}
    days = get_text_list([str(WEEKDAY_NAMES[d]) for d in rule.weekdays], gettext("and"))
    return ngettext(
        "Every week on %(days)s at %(time)s",
        "Every %(count)d weeks on %(days)s at %(time)s",
        rule.interval,
    ) % {"count": rule.interval, "days": days, "time": at}
