"""Writes for one meeting: the lifecycle's manual steps (start now, end now), cancelling,
restoring, moving, its note and chair; RSVPs, reminder choices and the calendar address.
Series and the group's time zone are in meetings.scheduling; the stored occurrence of a
series and the checks both share are in meetings.occurrences.

Every function is keyword-only, checks kindred.policy, validates before it writes, and
raises kindred.errors exceptions with a stable ``code``: on error nothing has changed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from accounts.models import new_calendar_token
from accounts.notifications import Kind, notify
from groups.models import Group
from kindred import events, policy
from kindred.errors import Conflict, NotAllowed, ServiceError
from meetings.lifecycle import OccurrenceState, closes_at, occurrence_chair_id, occurrence_state
from meetings.models import (
    GroupReminderPreference,
    Occurrence,
    Rsvp,
)
from meetings.occurrences import (
    chair_check,
    duration_check,
    scheduler_require,
)
from meetings.tasks import send_reminders


def _notify_room(occurrence_id: int) -> None:
    """Tell everyone in the live room to refresh its state, after commit."""
    events.room_event_on_commit(occurrence_id, events.room_refresh_state())


def _notify_people(occurrence: Occurrence, *, change: str, actor) -> None:
    """Tell those who answered or follow the group, after commit (accounts.notifications)."""
    stamp = occurrence.updated_at.isoformat()
    notify(
        Kind.MEETING_CHANGED, occurrence=occurrence.pk, change=change, stamp=stamp, actor=actor.pk
    )


def _require_runner(*, actor, occurrence: Occurrence) -> None:
    standing = policy.standing_for(user=actor, group=occurrence.series.group)
    policy.require(standing, policy.Action.VIEW_GROUP)
    if not policy.may_lead_meeting(standing, chair_id=occurrence_chair_id(occurrence)):
        raise NotAllowed(gettext("Only the chair or a moderator can do that."), code="not_chair")


def _stamped(occurrence: Occurrence, field: str, now) -> Occurrence:
    """Record the moment the meeting started or ended, and tell its live room."""
    setattr(occurrence, field, now)
    occurrence.save(update_fields=[field, "updated_at"])
    _notify_room(occurrence.pk)
    return occurrence


def _locked_for_runner(*, actor, occurrence: Occurrence):
    """The occurrence locked for update, once `actor` may run it; with now and its state."""
    occurrence = (
        Occurrence.objects.select_for_update().select_related("series__group").get(pk=occurrence.pk)
    )
    _require_runner(actor=actor, occurrence=occurrence)
    now = timezone.now()
    return occurrence, now, occurrence_state(occurrence, at=now)


@transaction.atomic
def occurrence_start_now(*, actor, occurrence: Occurrence) -> Occurrence:
    """The chair (or a moderator) starts the meeting now, from the lobby."""
    occurrence, now, state = _locked_for_runner(actor=actor, occurrence=occurrence)
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
    return _stamped(occurrence, "started_at", now)


@transaction.atomic
def occurrence_end_now(*, actor, occurrence: Occurrence) -> Occurrence:
    """The chair (or a moderator) ends the meeting now."""
    occurrence, now, state = _locked_for_runner(actor=actor, occurrence=occurrence)
    if state not in (OccurrenceState.LIVE, OccurrenceState.LOBBY):
        raise Conflict(
            gettext("Only an open meeting can be ended (it is %(state_label_lower)s).")
            % {"state_label_lower": state.label.lower()},
            code="not_open",
        )
    return _stamped(occurrence, "ended_at", now)


# --- Single occurrences ---------------------------------------------------------------


def _lock_for_edit(*, actor, occurrence: Occurrence) -> Occurrence:
    occurrence = (
        Occurrence.objects.select_for_update().select_related("series__group").get(pk=occurrence.pk)
    )
    scheduler_require(actor=actor, group=occurrence.series.group)
    # Checked on the times, not the state: a cancelled meeting in the past is over too.
    if timezone.now() >= closes_at(occurrence):
        raise Conflict(gettext("This meeting has ended and can't be changed."), code="ended")
    return occurrence


def _refuse_in_state(occurrence: Occurrence, **refusals: tuple[str, str]) -> None:
    """Refuse with (text, code) when the meeting is in the state named by the keyword
    (an OccurrenceState value: cancelled, live, ...)."""
    state = occurrence_state(occurrence)
    if state in refusals:
        text, code = refusals[state]
        raise Conflict(text, code=code)


@transaction.atomic
def occurrence_cancel(*, actor, occurrence: Occurrence, note: str | None = None) -> Occurrence:
    """Cancel one meeting. People who said they are going get a short notice by email."""
    occurrence = _lock_for_edit(actor=actor, occurrence=occurrence)
    _refuse_in_state(
        occurrence,
        cancelled=(gettext("This meeting is already cancelled."), "already_cancelled"),
        live=(gettext("This meeting is live: end it instead."), "live"),
    )
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
    _refuse_in_state(
        occurrence,
        cancelled=(gettext("Restore this meeting before moving it."), "cancelled"),
        live=(gettext("This meeting is live and can't be moved."), "live"),
    )
    if not isinstance(start, datetime) or timezone.is_naive(start):
        raise ServiceError(gettext("Give a start time with its time zone."), code="bad_start")
    if duration_minutes is None:
        duration_minutes = int((occurrence.end - occurrence.start).total_seconds() // 60)
    duration_check(duration_minutes)
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
    chair_check(group=occurrence.series.group, chair=chair)
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
    send_reminders.enqueue()
