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


def _room_for_update(occurrence: Occurrence) -> RoomState:
    RoomState.objects.get_or_create(occurrence=occurrence)
    return RoomState.objects.select_for_update().get(occurrence=occurrence)


@transaction.atomic
def room_lock(*, actor, occurrence: Occurrence, locked: bool) -> RoomState:
    """Lock the chat so only moderators and the chair post (``locked`` False unlocks)."""
    if not isinstance(locked, bool):
        raise ServiceError(
            gettext("Say whether to lock or unlock."), code="bad_field", field="locked"
        )
    require_live_control(actor=actor, occurrence=occurrence)
    room = _room_for_update(occurrence)
    if room.locked == locked:
        raise Conflict(
            gettext("The chat is already locked.")
            if locked
            else gettext("The chat is not locked."),
            code="unchanged",
        )
    room.locked = locked
    room.save(update_fields=["locked", "updated_at"])
    audit_record(
        actor=actor,
        group=occurrence.series.group,
        action=AuditAction.ROOM_LOCK if locked else AuditAction.ROOM_UNLOCK,
        occurrence=occurrence,
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
    require_live_control(actor=actor, occurrence=occurrence)
    room = _room_for_update(occurrence)
    if room.slow_mode_seconds == seconds:
        raise Conflict(gettext("Slow mode is already set to that."), code="unchanged")
    room.slow_mode_seconds = seconds
    room.save(update_fields=["slow_mode_seconds", "updated_at"])
    audit_record(
        actor=actor,
        group=occurrence.series.group,
        action=AuditAction.ROOM_SLOW_MODE,
        occurrence=occurrence,
        reason=f"One message every {seconds} seconds" if seconds else "Off",
    )
    room_event_on_commit(occurrence.pk, room_refresh_state())
    return room


@transaction.atomic
def queue_clear(*, actor, occurrence: Occurrence) -> dict:
    """Lower every raised hand."""
    require_live_control(actor=actor, occurrence=occurrence)
    _room_for_update(occurrence)
    if not HandRaise.objects.filter(occurrence=occurrence).delete()[0]:
        raise Conflict(gettext("Nobody has a hand raised."), code="queue_empty")
    audit_record(
        actor=actor,
        group=occurrence.series.group,
        action=AuditAction.QUEUE_CLEAR,
        occurrence=occurrence,
    )
    return queue_broadcast_on_commit(occurrence_id=occurrence.pk)


@transaction.atomic
def queue_reorder(*, actor, occurrence: Occurrence, user_ids: list[int]) -> dict:
    """Put the raised hands in the order of ``user_ids`` (exactly the people in the queue)."""
    require_live_control(actor=actor, occurrence=occurrence)
    _room_for_update(occurrence)
    hands = {h.user_id: h for h in HandRaise.objects.filter(occurrence=occurrence)}
    if len(set(user_ids)) != len(user_ids) or set(user_ids) != set(hands):
        raise Conflict(
            gettext("The queue changed meanwhile; reorder the people now in it."),
            code="queue_changed",
        )
    for position, user_id in enumerate(user_ids, start=1):
        hands[user_id].position = position
    HandRaise.objects.bulk_update(hands.values(), ["position"])
    audit_record(
        actor=actor,
        group=occurrence.series.group,
        action=AuditAction.QUEUE_REORDER,
        occurrence=occurrence,
    )
    return queue_broadcast_on_commit(occurrence_id=occurrence.pk)
