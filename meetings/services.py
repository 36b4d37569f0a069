"""Writes for meetings: series, single occurrences, RSVPs, the lifecycle's manual steps.

Every function is keyword-only, checks kindred.policy, validates before it writes, and
raises kindred.errors exceptions with a stable ``code``: on error nothing has changed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from accounts.models import new_calendar_token, selectable_timezones
from accounts.notifications import Kind, notify
from groups.models import Group
from kindred import policy
from kindred.errors import Conflict, NotAllowed, ServiceError
from kindred.text import checked_text
from meetings import recurrence
from meetings.lifecycle import OccurrenceState, closes_at, occurrence_chair_id, occurrence_state
from meetings.models import (
    Format,
    Frequency,
    GroupReminderPreference,
    MeetingSeries,
    Occurrence,
    Rsvp,
)
from meetings.zones import ZoneKeep, series_keeping_instant


def _notify_room(occurrence_id: int) -> None:
    """Tell everyone in the live room to refresh its state, after commit."""
    try:
        from chat.events import room_event_on_commit
    except ImportError:  # the live room is optional for the schedule
        return
    room_event_on_commit(occurrence_id, {"type": "room.refresh_state"})


def _notify_people(occurrence: Occurrence, *, change: str, actor) -> None:
    """Tell those who answered or follow the group, after commit (accounts.notifications)."""
    stamp = occurrence.updated_at.isoformat()
    notify(
        Kind.MEETING_CHANGED, occurrence=occurrence.pk, change=change, stamp=stamp, actor=actor.pk
    )


def occurrence_materialize(*, series: MeetingSeries, original_start: datetime) -> Occurrence:
    """The stored occurrence of ``series`` keyed by ``original_start`` (get or create).

    ``original_start`` must be a start the series' rule produces (UTC instant); its start
    and end are computed from the rule. Raises ServiceError(code="no_such_occurrence")
    otherwise.
    """
    existing = Occurrence.objects.filter(series=series, original_start=original_start).first()
    if existing is not None:
        existing.series = series
        return existing
    slot = recurrence.slot_for(recurrence.Rule.for_series(series), original_start)
    if slot is None:
        raise ServiceError(
            gettext("The series has no meeting at that time."), code="no_such_occurrence"
        )
    try:
        with transaction.atomic():
            occurrence = Occurrence.objects.create(
                series=series, original_start=slot.start, start=slot.start, end=slot.end
            )
    except IntegrityError:  # created concurrently
        occurrence = Occurrence.objects.get(series=series, original_start=slot.start)
    occurrence.series = series
    return occurrence


def _require_runner(*, actor, occurrence: Occurrence) -> None:
    standing = policy.standing_for(user=actor, group=occurrence.series.group)
    policy.require(standing, policy.Action.VIEW_GROUP)
    if not policy.may_lead_meeting(standing, chair_id=occurrence_chair_id(occurrence)):
        raise NotAllowed(gettext("Only the chair or a moderator can do that."), code="not_chair")


@transaction.atomic
def occurrence_start_now(*, actor, occurrence: Occurrence) -> Occurrence:
    """The chair (or a moderator) starts the meeting now, from the lobby."""
    occurrence = (
        Occurrence.objects.select_for_update().select_related("series__group").get(pk=occurrence.pk)
    )
    _require_runner(actor=actor, occurrence=occurrence)
    now = timezone.now()
    state = occurrence_state(occurrence, at=now)
    if state == OccurrenceState.LIVE:
        raise Conflict(gettext("The meeting is already live."), code="already_live")
    if state != OccurrenceState.LOBBY:
        raise Conflict(
            gettext(
                "A meeting can be started once its lobby is open (it is %(state_label_lower)s)."
            )
            % {"state_label_lower": state.label.lower()},
            code="not_in_lobby",
        )
    occurrence.started_at = now
    occurrence.save(update_fields=["started_at", "updated_at"])
    _notify_room(occurrence.pk)
    return occurrence


@transaction.atomic
def occurrence_end_now(*, actor, occurrence: Occurrence) -> Occurrence:
    """The chair (or a moderator) ends the meeting now."""
    occurrence = (
        Occurrence.objects.select_for_update().select_related("series__group").get(pk=occurrence.pk)
    )
    _require_runner(actor=actor, occurrence=occurrence)
    now = timezone.now()
    state = occurrence_state(occurrence, at=now)
    if state not in (OccurrenceState.LIVE, OccurrenceState.LOBBY):
        raise Conflict(
            gettext("Only an open meeting can be ended (it is %(state_label_lower)s).")
            % {"state_label_lower": state.label.lower()},
            code="not_open",
        )
    occurrence.ended_at = now
    occurrence.save(update_fields=["ended_at", "updated_at"])
    _notify_room(occurrence.pk)
    return occurrence


# --- Series ---------------------------------------------------------------------------

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
MIN_DURATION, MAX_DURATION = 5, 8 * 60


def _require_scheduler(*, actor, group: Group) -> policy.Standing:
    """Moderators and the owner schedule meetings: scheduling, cancelling or moving one
    occurrence and assigning a chair are moderators' tools (docs/roles.md)."""
    standing = policy.standing_for(user=actor, group=group)
    policy.require(standing, policy.Action.MODERATE)
    return standing


def _check_chair(*, group: Group, chair) -> None:
    if chair is None:
        return
    if not policy.may_chair(policy.standing_for(user=chair, group=group)):
        raise ServiceError(
            gettext("The chair must be a moderator or the owner of the group."),
            code="chair_not_moderator",
            field="chair",
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
    if not isinstance(series.duration_minutes, int) or not (
        MIN_DURATION <= series.duration_minutes <= MAX_DURATION
    ):
        raise ServiceError(
            gettext(
                "A meeting lasts between %(MIN_DURATION)s minutes and %(MAX_DURATION_60)s hours."
            )
            % {"MIN_DURATION": MIN_DURATION, "MAX_DURATION_60": MAX_DURATION // 60},
            code="bad_duration",
            field="duration_minutes",
        )
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
    _check_chair(group=group, chair=series.chair)


def series_create(*, actor, group: Group, **fields) -> MeetingSeries:
    """Schedule a new meeting series in ``group``. ``fields`` are MeetingSeries fields
    (title, format, is_open, chair, description, frequency, interval, weekdays,
    monthly_ordinal, monthly_weekday, start_time, duration_minutes, start_date, end_date,
    lobby_minutes, grace_minutes)."""
    _require_scheduler(actor=actor, group=group)
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
    _require_scheduler(actor=actor, group=series.group)
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
    _require_scheduler(actor=actor, group=series.group)
    now = timezone.now()
    for occurrence in Occurrence.objects.filter(
        series=series, start__lte=now + timedelta(hours=1), end__gte=now - timedelta(hours=9)
    ):
        occurrence.series = series
        if occurrence_state(occurrence, at=now) == OccurrenceState.LIVE:
            raise Conflict(gettext("A meeting of this series is live: end it first."), code="live")
    series.delete()


# --- Single occurrences ---------------------------------------------------------------


def _lock_for_edit(*, actor, occurrence: Occurrence) -> Occurrence:
    occurrence = (
        Occurrence.objects.select_for_update().select_related("series__group").get(pk=occurrence.pk)
    )
    _require_scheduler(actor=actor, group=occurrence.series.group)
    # Checked on the times, not the state: a cancelled meeting in the past is over too.
    if timezone.now() >= closes_at(occurrence):
        raise Conflict(gettext("This meeting has ended and can't be changed."), code="ended")
    return occurrence


@transaction.atomic
def occurrence_cancel(*, actor, occurrence: Occurrence, note: str | None = None) -> Occurrence:
    """Cancel one meeting. People who said they are going get a short notice by email."""
    occurrence = _lock_for_edit(actor=actor, occurrence=occurrence)
    state = occurrence_state(occurrence)
    if state == OccurrenceState.CANCELLED:
        raise Conflict(gettext("This meeting is already cancelled."), code="already_cancelled")
    if state == OccurrenceState.LIVE:
        raise Conflict(gettext("This meeting is live: end it instead."), code="live")
    if note is not None:
        _check_note(note)
        occurrence.note = note.strip()
    occurrence.cancelled = True
    occurrence.save(update_fields=["cancelled", "note", "updated_at"])
    _notify_room(occurrence.pk)
    _notify_people(occurrence, change="cancelled", actor=actor)
    transaction.on_commit(_enqueue_reminders)
    return occurrence


@transaction.atomic
def occurrence_restore(*, actor, occurrence: Occurrence) -> Occurrence:
    """Undo a cancellation (while the meeting is still to come)."""
    occurrence = _lock_for_edit(actor=actor, occurrence=occurrence)
    if not occurrence.cancelled:
        raise Conflict(gettext("This meeting is not cancelled."), code="not_cancelled")
    occurrence.cancelled = False
    occurrence.save(update_fields=["cancelled", "updated_at"])
    _notify_room(occurrence.pk)
    _notify_people(occurrence, change="restored", actor=actor)
    return occurrence


@transaction.atomic
def occurrence_move(
    *, actor, occurrence: Occurrence, start: datetime, duration_minutes: int | None = None
) -> Occurrence:
    """Move one meeting to another start (an aware datetime) and optionally duration."""
    occurrence = _lock_for_edit(actor=actor, occurrence=occurrence)
    state = occurrence_state(occurrence)
    if state == OccurrenceState.CANCELLED:
        raise Conflict(gettext("Restore this meeting before moving it."), code="cancelled")
    if state == OccurrenceState.LIVE:
        raise Conflict(gettext("This meeting is live and can't be moved."), code="live")
    if not isinstance(start, datetime) or timezone.is_naive(start):
        raise ServiceError(gettext("Give a start time with its time zone."), code="bad_start")
    if duration_minutes is None:
        duration_minutes = int((occurrence.end - occurrence.start).total_seconds() // 60)
    if not isinstance(duration_minutes, int) or not (
        MIN_DURATION <= duration_minutes <= MAX_DURATION
    ):
        raise ServiceError(
            gettext(
                "A meeting lasts between %(MIN_DURATION)s minutes and %(MAX_DURATION_60)s hours."
            )
            % {"MIN_DURATION": MIN_DURATION, "MAX_DURATION_60": MAX_DURATION // 60},
            code="bad_duration",
            field="duration_minutes",
        )
    now = timezone.now()
    if start <= now:
        raise ServiceError(
            gettext("Choose a time in the future."), code="start_in_past", field="start"
        )
    if start > now + timedelta(days=366 * 2):
        raise ServiceError(gettext("That is too far ahead."), code="start_too_far", field="start")
    occurrence.start = start.astimezone(UTC)
    occurrence.end = occurrence.start + timedelta(minutes=duration_minutes)
    occurrence.save(update_fields=["start", "end", "updated_at"])
    _notify_room(occurrence.pk)
    _notify_people(occurrence, change="moved", actor=actor)
    return occurrence


def _check_note(note: str) -> None:
    if not isinstance(note, str) or len(note) > 1000:
        raise ServiceError(
            gettext("A note has at most 1,000 characters."), code="note_too_long", field="note"
        )


@transaction.atomic
def occurrence_note(*, actor, occurrence: Occurrence, note: str) -> Occurrence:
    """Add or change the note shown with one meeting (empty clears it)."""
    _check_note(note)
    occurrence = _lock_for_edit(actor=actor, occurrence=occurrence)
    occurrence.note = note.strip()
    occurrence.save(update_fields=["note", "updated_at"])
    return occurrence


@transaction.atomic
def occurrence_assign_chair(*, actor, occurrence: Occurrence, chair) -> Occurrence:
    """Name another chair for one meeting (None: back to the series' chair)."""
    occurrence = _lock_for_edit(actor=actor, occurrence=occurrence)
    _check_chair(group=occurrence.series.group, chair=chair)
    occurrence.chair = chair
    occurrence.save(update_fields=["chair", "updated_at"])
    _notify_room(occurrence.pk)
    return occurrence


# --- RSVP and personal settings -------------------------------------------------------


@transaction.atomic
def rsvp_set(*, user, occurrence: Occurrence, answer: str) -> Rsvp:
    """Say going, maybe or not going. Needs the right to listen to the meeting."""
    if answer not in Rsvp.Answer.values:
        raise ServiceError(gettext("Answer going, maybe or not going."), code="bad_answer")
    occurrence = Occurrence.objects.select_related("series__group").get(pk=occurrence.pk)
    standing = policy.standing_for(user=user, group=occurrence.series.group)
    policy.require(standing, policy.Action.LISTEN, meeting_open=occurrence.series.is_open)
    state = occurrence_state(occurrence)
    if state == OccurrenceState.CANCELLED:
        raise Conflict(gettext("This meeting is cancelled."), code="cancelled")
    if state == OccurrenceState.ENDED:
        raise Conflict(gettext("This meeting has ended."), code="ended")
    rsvp, _ = Rsvp.objects.update_or_create(
        occurrence=occurrence, user=user, defaults={"answer": answer}
    )
    return rsvp


def group_reminders_set(*, user, group: Group, enabled: bool) -> bool:
    """Turn "remind me of every meeting of this group" on or off (people of the group)."""
    standing = policy.standing_for(user=user, group=group)
    if not standing.belongs:
        raise NotAllowed(
            gettext("Only the group's people can ask for its reminders."), code="not_member"
        )
    if enabled:
        GroupReminderPreference.objects.get_or_create(user=user, group=group)
    else:
        GroupReminderPreference.objects.filter(user=user, group=group).delete()
    return enabled


def calendar_token_reset(*, user) -> str:
    """Give ``user`` a new secret calendar feed address; the old one stops working."""
    user.calendar_token = new_calendar_token()
    user.save(update_fields=["calendar_token"])
    return user.calendar_token


def _enqueue_reminders() -> None:
    from meetings.tasks import send_reminders

    send_reminders.enqueue()


# --- A group's time zone --------------------------------------------------------------


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
