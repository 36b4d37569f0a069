"""Who is in a live room: presence rows, their broadcasts, listening or taking part."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from chat.models import HandRaise, RoomPresence
from chat.participation import standing_checked
from chat.queue import queue_broadcast_on_commit
from chat.room_state import PRESENCE_TTL, presence_snapshot
from kindred import policy
from kindred.errors import NotAllowed
from kindred.events import room_event_on_commit, room_presence
from meetings.models import Occurrence


def _presence_broadcast(occurrence_id: int) -> dict:
    snapshot = presence_snapshot(occurrence_id=occurrence_id)
    room_event_on_commit(occurrence_id, room_presence(presence=snapshot))
    return snapshot


def presence_announce(*, occurrence_id: int) -> dict:
    """Tell the room who is there now (the room socket calls this once for a burst of
    joins and leaves)."""
    return _presence_broadcast(occurrence_id)


@transaction.atomic
def presence_join(
    *, occurrence_id: int, user_id: int, channel_name: str, listening: bool, announce: bool = True
) -> None:
    """Count one socket in the room (or update it) and, unless ``announce`` is False (the
    caller announces later), tell the room. Rows a dead worker left behind (not seen for
    PRESENCE_TTL) are swept here."""
    RoomPresence.objects.filter(
        occurrence_id=occurrence_id, seen_at__lt=timezone.now() - PRESENCE_TTL
    ).delete()
    RoomPresence.objects.update_or_create(
        channel_name=channel_name,
        defaults={
            "occurrence_id": occurrence_id,
            "user_id": user_id,
            "listening": listening,
            "seen_at": timezone.now(),
        },
    )
    if announce:
        _presence_broadcast(occurrence_id)


@transaction.atomic
def presence_leave(*, channel_name: str, announce: bool = True) -> None:
    row = RoomPresence.objects.filter(channel_name=channel_name).values("occurrence_id").first()
    if row is None:
        return
    RoomPresence.objects.filter(channel_name=channel_name).delete()
    if announce:
        _presence_broadcast(row["occurrence_id"])


def presence_touch(*, channel_name: str) -> None:
    RoomPresence.objects.filter(channel_name=channel_name).update(seen_at=timezone.now())


@transaction.atomic
def listening_set(*, occurrence: Occurrence, user, channel_name: str, listening: bool) -> bool:
    """Switch between listening and taking part. Readers and guests always listen."""
    standing = standing_checked(occurrence=occurrence, user=user)
    if not listening and not policy.allows(standing, policy.Action.POST):
        raise NotAllowed(
            gettext("Only members take part; readers and guests listen."), code="forbidden"
        )
    RoomPresence.objects.filter(channel_name=channel_name).update(
        listening=listening, seen_at=timezone.now()
    )
    # A listener leaves the share queue.
    if listening and HandRaise.objects.filter(occurrence=occurrence, user=user).delete()[0]:
        queue_broadcast_on_commit(occurrence_id=occurrence.pk)
    _presence_broadcast(occurrence.pk)
    return listening
