"""The share queue and the share timer of a live room."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from accounts import notifications
from chat import registry
from chat.models import HandRaise, RoomState, RoomTimer
from chat.participation import require_lead, require_participation
from chat.room_state import queue_snapshot, timer_snapshot
from kindred.errors import Conflict, NotAllowed, ServiceError
from kindred.events import (
    room_event_on_commit,
    room_queue,
    room_timer,
    user_event_on_commit,
    user_notice,
)
from kindred.i18n import in_language_of
from meetings.models import Occurrence

TIMER_MIN_SECONDS, TIMER_MAX_SECONDS = 10, 60 * 60


def queue_broadcast_on_commit(*, occurrence_id: int) -> dict:
    """Send the whole (small) queue to the room after commit. Moderation calls this after
    clearing or reordering the queue."""
    snapshot = queue_snapshot(occurrence_id=occurrence_id)
    room_event_on_commit(occurrence_id, room_queue(queue=snapshot))
    return snapshot


@transaction.atomic
def hand_raise(*, occurrence: Occurrence, user, listening: bool = False) -> dict:
    require_participation(occurrence=occurrence, user=user, listening=listening)
    if registry.mute_lookup(occurrence=occurrence, user=user):
        raise NotAllowed(gettext("A moderator muted you."), code="muted")
    RoomState.objects.get_or_create(occurrence=occurrence)
    # Lock the room row so two hands raised at once get distinct positions.
    RoomState.objects.select_for_update().filter(occurrence=occurrence).first()
    if HandRaise.objects.filter(occurrence=occurrence, user=user).exists():
        return queue_snapshot(occurrence_id=occurrence.pk)
    last = (
        HandRaise.objects.filter(occurrence=occurrence)
        .order_by("-position")
        .values_list("position", flat=True)
        .first()
    )
    HandRaise.objects.create(occurrence=occurrence, user=user, position=(last or 0) + 1)
    return queue_broadcast_on_commit(occurrence_id=occurrence.pk)


@transaction.atomic
def hand_lower(*, occurrence: Occurrence, user, passing: bool = False) -> dict:
    """Lower a hand. ``passing``: also stop being the one called to share."""
    deleted = HandRaise.objects.filter(occurrence=occurrence, user=user).delete()[0]
    cleared = 0
    if passing:
        cleared = RoomState.objects.filter(occurrence=occurrence, speaker=user).update(speaker=None)
    if deleted or cleared:
        return queue_broadcast_on_commit(occurrence_id=occurrence.pk)
    return queue_snapshot(occurrence_id=occurrence.pk)


@transaction.atomic
def queue_call_next(*, actor, occurrence: Occurrence) -> dict:
    """The chair (or a moderator) calls the first person in the queue to share."""
    require_lead(occurrence=occurrence, user=actor)
    room, _ = RoomState.objects.select_for_update().get_or_create(occurrence=occurrence)
    hand = (
        HandRaise.objects.select_related("user")
        .filter(occurrence=occurrence)
        .order_by("position", "pk")
        .first()
    )
    if hand is None:
        raise Conflict(gettext("Nobody has a hand raised."), code="queue_empty")
    room.speaker = hand.user
    room.save(update_fields=["speaker", "updated_at"])
    hand.delete()
    with in_language_of(hand.user_id):
        detail = gettext("The chair invites you to share now.")
    user_event_on_commit(
        hand.user_id,
        user_notice(kind="your_turn", occurrence_id=occurrence.pk, detail=detail),
    )
    notifications.notify(  # a push to their devices too, in case the page is out of sight
        notifications.Kind.YOUR_TURN,
        occurrence=occurrence.pk,
        user=hand.user_id,
        hand=hand.pk,
    )
    return queue_broadcast_on_commit(occurrence_id=occurrence.pk)


@transaction.atomic
def timer_set(*, actor, occurrence: Occurrence, seconds: int | None) -> dict:
    """Start (or with None, clear) the share timer everyone sees."""
    require_lead(occurrence=occurrence, user=actor)
    if seconds is not None and (
        not isinstance(seconds, int)
        or isinstance(seconds, bool)
        or not TIMER_MIN_SECONDS <= seconds <= TIMER_MAX_SECONDS
    ):
        raise ServiceError(
            gettext("The timer takes %(TIMER_MIN_SECONDS)s to %(TIMER_MAX_SECONDS)s seconds.")
            % {"TIMER_MIN_SECONDS": TIMER_MIN_SECONDS, "TIMER_MAX_SECONDS": TIMER_MAX_SECONDS},
            code="bad_timer",
            field="seconds",
        )
    ends_at = timezone.now() + timedelta(seconds=seconds) if seconds else None
    RoomTimer.objects.update_or_create(
        occurrence=occurrence,
        defaults={"seconds": seconds, "ends_at": ends_at, "set_by": actor},
    )
    snapshot = timer_snapshot(occurrence_id=occurrence.pk)
    room_event_on_commit(occurrence.pk, room_timer(timer=snapshot))
    return snapshot
