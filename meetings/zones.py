"""A group's change of time zone: what its meetings keep, and how a series is read in the
new zone so that its moment stays. Computes only; meetings.services writes."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

from kindred.errors import ServiceError
from meetings import recurrence
from meetings.models import Frequency, MeetingSeries


class ZoneKeep:
    """What a group's meetings keep when its time zone changes."""

    LOCAL = "local"  # 19:00 stays 19:00 on the clocks of the new zone
    INSTANT = "instant"  # the same moment for everyone: the new zone's clock time differs


def series_keeping_instant(series: MeetingSeries, *, old: ZoneInfo, new: ZoneInfo) -> None:
    """Change (unsaved) ``series`` so that, read in zone ``new``, its next meeting starts at
    the same moment as it does now in ``old``: the start time, and the weekdays and dates
    when the moment falls on another day there. Monthly meetings that would change their
    day are refused: "the last Sunday" plus a day is no rule of the month."""
    rule = recurrence.Rule.for_series(series, zone=str(old))
    today = timezone.now().astimezone(old).date()
    upcoming = next(recurrence.local_dates(rule, today, today + timedelta(days=800)), None)
    day = upcoming or series.start_date
    then = recurrence.wall_to_utc(day, series.start_time, old).astimezone(new)
    shift = (then.date() - day).days
    if shift and series.frequency == Frequency.MONTHLY:
        raise ServiceError(
            _(
                "“%(title)s” would move to another day of the month. Keep local times, or change "
                "that meeting's day first."
            )
            % {"title": series.title},
            code="zone_monthly_day",
            field="keep",
        )
    series.start_time = then.time().replace(fold=0)
    if shift:
        series.weekdays = sorted((d + shift) % 7 for d in series.weekdays or ())
        series.start_date += timedelta(days=shift)
        if series.end_date is not None:
            series.end_date += timedelta(days=shift)
