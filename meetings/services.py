"""Writes for meetings: series, single occurrences, RSVPs, the lifecycle's manual steps.

Every function is keyword-only, checks kindred.policy, validates before it writes, and
raises kindred.errors exceptions with a stable ``code``: on error nothing has changed.
"""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from kindred import policy
from kindred.errors import Conflict, NotAllowed, ServiceError
from meetings import recurrence
from meetings.lifecycle import OccurrenceState, occurrence_chair_id, occurrence_state
from meetings.models import MeetingSeries, Occurrence


def _notify_room(occurrence_id: int) -> None:
    """Tell everyone in the live room to refresh its state, after commit."""
    try:
        from chat.events import room_event_on_commit
    except ImportError:  # the live room is optional for the schedule
        return
    room_event_on_commit(occurrence_id, {"type": "room.refresh_state"})


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
        raise ServiceError("The series has no meeting at that time.", code="no_such_occurrence")
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
    if not policy.may_run_meeting(standing, chair_id=occurrence_chair_id(occurrence)):
        raise NotAllowed("Only the chair or a moderator can do that.", code="not_chair")


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
        raise Conflict("The meeting is already live.", code="already_live")
    if state != OccurrenceState.LOBBY:
        raise Conflict(
            f"A meeting can be started once its lobby is open (it is {state.label.lower()}).",
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
            f"Only an open meeting can be ended (it is {state.label.lower()}).",
            code="not_open",
        )
    occurrence.ended_at = now
    occurrence.save(update_fields=["ended_at", "updated_at"])
    _notify_room(occurrence.pk)
    return occurrence
