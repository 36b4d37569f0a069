"""Room controls: locking the chat, slow mode, clearing and reordering the share queue."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext

from chat.models import HandRaise, RoomState
from chat.queue import queue_broadcast_on_commit
from kindred.errors import Conflict, ServiceError
from kindred.events import room_event_on_commit, room_refresh_state
from meetings.models import Occurrence
from moderation.access import require_live_control, whole_number
from moderation.audit import audit_record
from moderation.models import AuditAction

SLOW_MODE_MAX_SECONDS = 600


def _room_for_update(*, actor, occurrence: Occurrence) -> RoomState:
    """The meeting's room state, locked, once ``actor`` may run the meeting live."""
    require_live_control(actor=actor, occurrence=occurrence)
    RoomState.objects.get_or_create(occurrence=occurrence)
    return RoomState.objects.select_for_update().get(occurrence=occurrence)


def _room_audit(*, actor, occurrence: Occurrence, action: str, **reason) -> None:
    audit_record(
        actor=actor, group=occurrence.series.group, action=action, occurrence=occurrence, **reason
    )


@transaction.atomic
def room_lock(*, actor, occurrence: Occurrence, locked: bool) -> RoomState:
    """Lock the chat so only moderators and the chair post (``locked`` False unlocks)."""
    if not isinstance(locked, bool):
        raise ServiceError(
            gettext("Say whether to lock or unlock."), code="bad_field", field="locked"
        )
    room = _room_for_update(actor=actor, occurrence=occurrence)
    if room.locked == locked:
        raise Conflict(
            gettext("The chat is already locked.")
            if locked
            else gettext("The chat is not locked."),
            code="unchanged",
        )
    room.locked = locked
    room.save(update_fields=["locked", "updated_at"])
    _room_audit(
        actor=actor,
        occurrence=occurrence,
        action=AuditAction.ROOM_LOCK if locked else AuditAction.ROOM_UNLOCK,
    )
    room_event_on_commit(occurrence.pk, room_refresh_state())
    return room


@transaction.atomic
def room_slow_mode(*, actor, occurrence: Occurrence, seconds: int) -> RoomState:
    """One message per ``seconds`` per person (0 turns slow mode off). Moderators and the
    chair are exempt."""
    whole_number(
        seconds,
        low=0,
        high=SLOW_MODE_MAX_SECONDS,
        what="Seconds",
        code="invalid_duration",
        field="seconds",
    )
    room = _room_for_update(actor=actor, occurrence=occurrence)
    if room.slow_mode_seconds == seconds:
        raise Conflict(gettext("Slow mode is already set to that."), code="unchanged")
    room.slow_mode_seconds = seconds
    room.save(update_fields=["slow_mode_seconds", "updated_at"])
    _room_audit(
        actor=actor,
        occurrence=occurrence,
        action=AuditAction.ROOM_SLOW_MODE,
        reason=f"One message every {seconds} seconds" if seconds else "Off",
    )
    room_event_on_commit(occurrence.pk, room_refresh_state())
    return room


@transaction.atomic
def queue_clear(*, actor, occurrence: Occurrence) -> dict:
    """Lower every raised hand."""
    _room_for_update(actor=actor, occurrence=occurrence)
    if not HandRaise.objects.filter(occurrence=occurrence).delete()[0]:
        raise Conflict(gettext("Nobody has a hand raised."), code="queue_empty")
    _room_audit(actor=actor, occurrence=occurrence, action=AuditAction.QUEUE_CLEAR)
    return queue_broadcast_on_commit(occurrence_id=occurrence.pk)


@transaction.atomic
def queue_reorder(*, actor, occurrence: Occurrence, user_ids: list[int]) -> dict:
    """Put the raised hands in the order of ``user_ids`` (exactly the people in the queue)."""
    _room_for_update(actor=actor, occurrence=occurrence)
    hands = {h.user_id: h for h in HandRaise.objects.filter(occurrence=occurrence)}
    if len(set(user_ids)) != len(user_ids) or set(user_ids) != set(hands):
        raise Conflict(
            gettext("The queue changed meanwhile; reorder the people now in it."),
            code="queue_changed",
        )
    for position, user_id in enumerate(user_ids, start=1):
        hands[user_id].position = position
    HandRaise.objects.bulk_update(hands.values(), ["position"])
    _room_audit(actor=actor, occurrence=occurrence, action=AuditAction.QUEUE_REORDER)
    return queue_broadcast_on_commit(occurrence_id=occurrence.pk)
