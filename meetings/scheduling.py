"""Writes that shape a group's schedule: meeting series (create, edit, delete) and the
group's time zone. Each asks kindred.policy first and changes nothing when refused."""

from __future__ import annotations

from datetime import date, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from accounts.models import selectable_timezones
from groups.models import Group
from kindred import policy
from kindred.errors import Conflict, ServiceError
from kindred.text import checked_text
from meetings import recurrence
from meetings.lifecycle import OccurrenceState, occurrence_state
from meetings.models import (
    Format,
    Frequency,
    MeetingSeries,
    Occurrence,
)
from meetings.occurrences import chair_check, duration_check, scheduler_require
from meetings.zones import ZoneKeep, series_keeping_instant

SERIES_FIELDS = (
    "title",
    "format",
    "is_open",
    "chair",
    "description",
    "language",
    "frequency",
    "interval",
    "weekdays",
    "monthly_ordinal",
    "monthly_weekday",
    "start_time",
    "duration_minutes",
    "start_date",
    "end_date",
    "lobby_minutes",
    "grace_minutes",
)


def _validate_series(series: MeetingSeries) -> None:
    """Check an (unsaved) series; raise ServiceError with a code and field."""
    group = series.group
    try:
        ZoneInfo(group.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ServiceError(
            gettext("“%(timezone)s” is not a known time zone.") % {"timezone": group.timezone},
            code="unknown_timezone",
        ) from exc
    series.title = checked_text(series.title or "", field="title", label=gettext("A title"))
    if not series.title:
        raise ServiceError(
            gettext("Give the meeting a title."), code="title_required", field="title"
        )
    if len(series.title) > 120:
        raise ServiceError(gettext("The title is too long."), code="title_too_long", field="title")
    if series.format not in Format.values:
        raise ServiceError(gettext("Choose a format."), code="bad_format", field="format")
    if len(series.description or "") > 5000:
        raise ServiceError(
            gettext("The description is too long."),
            code="description_too_long",
            field="description",
        )
    duration_check(series.duration_minutes)
    if not isinstance(series.start_time, time):
        raise ServiceError(gettext("Give a start time."), code="bad_start_time", field="start_time")
    if not isinstance(series.start_date, date):
        raise ServiceError(gettext("Give a start date."), code="bad_start_date", field="start_date")
    if series.end_date is not None and series.end_date < series.start_date:
        raise ServiceError(
            gettext("The end date is before the start date."),
            code="end_before_start",
            field="end_date",
        )
    if not isinstance(series.interval, int) or not 1 <= series.interval <= 12:
        raise ServiceError(gettext("Repeat every 1 to 12 weeks or months."), code="bad_interval")
    for name in ("lobby_minutes", "grace_minutes"):
        value = getattr(series, name)
        if not isinstance(value, int) or not 0 <= value <= 120:
            raise ServiceError(gettext("Use 0 to 120 minutes."), code=f"bad_{name}", field=name)
    if series.frequency == Frequency.WEEKLY:
        days = series.weekdays
        if (
            not isinstance(days, list | tuple)
            or not days
            or any(not isinstance(d, int) or not 0 <= d <= 6 for d in days)
        ):
            raise ServiceError(
                gettext("Choose at least one weekday."), code="bad_weekdays", field="weekdays"
            )
        series.weekdays = sorted(set(days))
        series.monthly_ordinal = series.monthly_weekday = None
    elif series.frequency == Frequency.MONTHLY:
        if series.monthly_ordinal not in (1, 2, 3, 4, -1):
            raise ServiceError(
                gettext("Choose first, second, third, fourth or last."),
                code="bad_monthly_ordinal",
                field="monthly_ordinal",
            )
        if series.monthly_weekday not in range(7):
            raise ServiceError(
                gettext("Choose a weekday."), code="bad_monthly_weekday", field="monthly_weekday"
            )
        series.weekdays = []
    else:
        raise ServiceError(
            gettext("Choose weekly or monthly."), code="bad_frequency", field="frequency"
        )
    if recurrence.first_date(recurrence.Rule.for_series(series)) is None:
        raise ServiceError(
            gettext("This schedule has no meeting at all: check the weekdays and the dates."),
            code="no_occurrence",
        )
    chair_check(group=group, chair=series.chair)


def series_create(*, actor, group: Group, **fields) -> MeetingSeries:
    """Schedule a new meeting series in ``group``. ``fields`` are MeetingSeries fields
    (title, format, is_open, chair, description, frequency, interval, weekdays,
    monthly_ordinal, monthly_weekday, start_time, duration_minutes, start_date, end_date,
    lobby_minutes, grace_minutes)."""
    scheduler_require(actor=actor, group=group)
    unknown = set(fields) - set(SERIES_FIELDS)
    if unknown:
        raise TypeError(
            gettext("unknown series fields: %(sorted_unknown)s")
            % {"sorted_unknown": sorted(unknown)}
        )
    series = MeetingSeries(group=group, **fields)
    _validate_series(series)
    series.save()
    return series


@transaction.atomic
def series_update(*, actor, series: MeetingSeries, **changes) -> MeetingSeries:
    """Change a series. Changes to single occurrences are kept where they still make sense.

    Stored occurrences that are live or over are history and never touched. For each
    stored occurrence still to come (keyed by its ``original_start``):

    - if the new rule still produces that start, it is kept; an occurrence that was not
      moved follows the new duration;
    - otherwise, if the new rule has a meeting on the same local date (typically: the time
      of day changed), the override moves to it: it is re-keyed to the new start, and an
      occurrence that was not moved follows the new time (a moved one stays where it was
      moved to, a cancelled one stays cancelled, notes, chairs and RSVPs are kept);
    - otherwise the date no longer belongs to the series and the stored occurrence (with
      its note and RSVPs) is deleted: there is no meeting left to attach it to.
    """
    unknown = set(changes) - set(SERIES_FIELDS)
    if unknown:
        raise TypeError(
            gettext("unknown series fields: %(sorted_unknown)s")
            % {"sorted_unknown": sorted(unknown)}
        )
    series = MeetingSeries.objects.select_for_update().select_related("group").get(pk=series.pk)
    scheduler_require(actor=actor, group=series.group)
    for name, value in changes.items():
        setattr(series, name, value)
    _validate_series(series)
    series.save()
    _reconcile_occurrences(series)
    return series


def _reconcile_occurrences(series: MeetingSeries, *, old_zone: ZoneInfo | None = None) -> None:
    """Re-key the stored occurrences still to come to the series' (new) rule.
    ``old_zone``: the group's zone changed from it and the meetings keep their local time,
    so an occurrence moves to the new rule's meeting on the local date it had there."""
    rule = recurrence.Rule.for_series(series)
    now = timezone.now()
    stored = list(
        Occurrence.objects.filter(series=series, started_at__isnull=True, end__gt=now)
        .select_for_update()
        .order_by("original_start")
    )
    taken = set(Occurrence.objects.filter(series=series).values_list("original_start", flat=True))
    for occurrence in stored:
        occurrence.series = series
        if occurrence_state(occurrence, at=now) in (OccurrenceState.LIVE, OccurrenceState.ENDED):
            continue
        moved = occurrence.start != occurrence.original_start
        slot = recurrence.slot_for(rule, occurrence.original_start)
        if slot is None:
            day = occurrence.original_start.astimezone(old_zone or rule.zone).date()
            slot = recurrence.slot_on_local_date(rule, day)
            if slot is None or slot.start in taken:
                taken.discard(occurrence.original_start)
                occurrence.delete()
                continue
            taken.discard(occurrence.original_start)
            taken.add(slot.start)
            occurrence.original_start = slot.start
        if not moved:
            occurrence.start, occurrence.end = slot.start, slot.end
        occurrence.save(update_fields=["original_start", "start", "end", "updated_at"])


@transaction.atomic
def series_delete(*, actor, series: MeetingSeries) -> None:
    """Delete a series and all its occurrences (with their RSVPs and room history).
    Refused while one of its meetings is live."""
    series = MeetingSeries.objects.select_for_update().select_related("group").get(pk=series.pk)
    scheduler_require(actor=actor, group=series.group)
    now = timezone.now()
    for occurrence in Occurrence.objects.filter(
        series=series, start__lte=now + timedelta(hours=1), end__gte=now - timedelta(hours=9)
    ):
        occurrence.series = series
        if occurrence_state(occurrence, at=now) == OccurrenceState.LIVE:
            raise Conflict(gettext("A meeting of this series is live: end it first."), code="live")
    series.delete()


@transaction.atomic
def group_timezone_change(*, actor, group: Group, zone: str, keep: str) -> Group:
    """Move ``group`` to time zone ``zone`` (the owner). Its meetings keep their local time
    (``ZoneKeep.LOCAL``: 19:00 stays 19:00 on the new zone's clocks, so the moment moves) or
    their moment (``ZoneKeep.INSTANT``: the clock time in the new zone is what the moment
    is there). Stored meetings still to come follow, with their notes, chairs and answers;
    a meeting moved by hand stays at the moment it was moved to."""
    if zone not in selectable_timezones():
        raise ServiceError(
            gettext("Choose a time zone from the list."), code="bad_zone", field="zone"
        )
    if keep not in (ZoneKeep.LOCAL, ZoneKeep.INSTANT):
        raise ServiceError(
            gettext("Choose whether meetings keep their local time or their moment."),
            code="bad_keep",
            field="keep",
        )
    group = Group.objects.select_for_update().get(pk=group.pk)
    policy.require(policy.standing_for(user=actor, group=group), policy.Action.MANAGE_GROUP)
    if zone == group.timezone:
        return group
    old, new = ZoneInfo(group.timezone), ZoneInfo(zone)
    all_series = list(MeetingSeries.objects.select_for_update().filter(group=group))
    for series in all_series:
        series.group = group
        if keep == ZoneKeep.INSTANT:
            series_keeping_instant(series, old=old, new=new)
    group.timezone = zone
    group.save(update_fields=["timezone"])
    for series in all_series:
        series.save()
        _reconcile_occurrences(series, old_zone=old if keep == ZoneKeep.LOCAL else None)
    return group
