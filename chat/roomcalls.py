"""Synchronous adapters between the room socket and the services.

The consumer runs each of these in a thread with ``database_sync_to_async``. Each reloads
the occurrence (its state may have changed since admission) and calls one service with
what the socket knows about the person. Kept apart so the consumer holds no ORM code.
"""

from __future__ import annotations

import dataclasses
import logging

from chat import (
    limits,
    posting,
    posting_facts,
    presence,
    queue,
    reactions,
    registry,
    selectors,
)
from chat.selectors import RoomAccess
from kindred import failures
from kindred.counters import Count
from kindred.recent import Recent
from library import services as library_services
from meetings.lifecycle import occurrence_state
from meetings.models import Occurrence

logger = logging.getLogger("chat.consumers")


def _occurrence(access: RoomAccess) -> Occurrence:
    occurrence = selectors.occurrence_for_room(access.occurrence_id)
    if occurrence is None:
        raise selectors.no_such_meeting()
    return occurrence


# The frequent frames (a message, a reaction, a hand, a ping) reuse this worker's copy of the
# occurrence, its series and its group instead of reading all three every time. Whatever
# changes a meeting tells its room (``room.refresh_state``), and saving a meeting, series or
# group tells the live rooms concerned (``room.copies_stale``, chat/apps.py); the sockets then
# drop the copy. KINDRED_ROOM_CACHE_SECONDS bounds how long a change made some other way
# (an UPDATE without the models' save) can go unseen. Moderation frames always read afresh.
_recent: Recent[Occurrence] = Recent()


def _recent_occurrence(access: RoomAccess) -> Occurrence:
    return _recent.get(access.occurrence_id, lambda: _occurrence(access))


def forget_occurrence(occurrence_id: int) -> None:
    """The meeting changed: the next frame reads it again."""
    _recent.forget(occurrence_id)


def forget_copies(occurrence_id: int) -> None:
    """The meeting, its series or group, or the screening rules changed
    (``room.copies_stale``): the next message reads them all again."""
    _recent.forget(occurrence_id)
    registry.copies_stale()


def admit(
    *, user, occurrence_id: int, listen_only: bool, readings_only: bool, facts=False
) -> RoomAccess:
    """Admission (selectors.room_admit); then, for someone who may post, this worker's
    copies of what a message is checked against (the meeting, the group's rules, the
    compiled posting-facts read), made now if it has none. A room's first messages on a
    worker then cost what every later one does: when many meetings open at once, the first
    minute's messages no longer queue behind those reads. ``facts``: the admission's read,
    made with other sockets' (admission_facts.admission_read_many)."""
    access = selectors.room_admit(
        user=user,
        occurrence_id=occurrence_id,
        listen_only=listen_only,
        readings_only=readings_only,
        facts=facts,
    )
    if access.may_post:
        occurrence = _recent_occurrence(access)
        posting_facts.posting_prepare(occurrence=occurrence)
    return access


def presence_join(*, access: RoomAccess, channel_name: str) -> None:
    presence.presence_join(
        occurrence_id=access.occurrence_id,
        user_id=access.user_id,
        channel_name=channel_name,
        listening=access.listening,
        announce=False,  # the socket announces a burst of joins once
    )


def presence_leave(*, channel_name: str) -> None:
    presence.presence_leave(channel_name=channel_name, announce=False)


def presence_announce(*, occurrence_id: int) -> None:
    presence.presence_announce(occurrence_id=occurrence_id)


def ping(*, access: RoomAccess, channel_name: str) -> str:
    presence.presence_touch(channel_name=channel_name)
    return str(occurrence_state(_recent_occurrence(access)))


def message_send(
    *,
    access: RoomAccess,
    user,
    body: str,
    client_id: str,
    content_warning: str,
    kind: str,
    count_frame: bool = False,
) -> tuple[dict, bool]:
    """Store a message. With ``count_frame``, its frame is first counted towards the flood
    limit and the message limit (chat/limits.py) here, in the same database thread, and the
    count is given back if no check used it."""
    counted = None
    if count_frame:
        retry_after, counted = limits.message_frame_counted(user_id=access.user_id)
        if retry_after:
            raise limits.flood_refusal(retry_after)
    try:
        message, created = posting.message_post(
            occurrence=_recent_occurrence(access),
            author=user,
            body=body,
            client_id=client_id,
            content_warning=content_warning,
            listening=access.listening,
            kind=kind,
            counted=counted,
        )
    finally:
        _give_back(counted)
    return selectors.message_payload_for(message, author_name=user.display_name), created


def _give_back(counted: Count | None) -> None:
    try:
        limits.give_back_now(counted)
    except Exception as error:
        failures.log_failure(logger, "giving back a message's count failed", error)


def hand_raise(*, access: RoomAccess, user) -> dict:
    return queue.hand_raise(
        occurrence=_recent_occurrence(access), user=user, listening=access.listening
    )


def hand_lower(*, access: RoomAccess, user, passing: bool = False) -> dict:
    return queue.hand_lower(occurrence=_recent_occurrence(access), user=user, passing=passing)


def queue_call_next(*, access: RoomAccess, user) -> dict:
    return queue.queue_call_next(actor=user, occurrence=_occurrence(access))


def timer_set(*, access: RoomAccess, user, seconds: int | None) -> dict:
    return queue.timer_set(actor=user, occurrence=_occurrence(access), seconds=seconds)


def reaction_toggle(*, access: RoomAccess, user, seq: int, kind: str) -> tuple[bool, dict]:
    return reactions.reaction_toggle(
        occurrence=_recent_occurrence(access),
        user=user,
        seq=seq,
        kind=kind,
        listening=access.listening,
    )


def listening_set(*, access: RoomAccess, user, channel_name: str, listening: bool) -> RoomAccess:
    presence.listening_set(
        occurrence=_occurrence(access), user=user, channel_name=channel_name, listening=listening
    )
    return dataclasses.replace(access, listening=listening)


def section_move(*, access: RoomAccess, user, section_id: int) -> None:
    library_services.section_move(actor=user, occurrence=_occurrence(access), section_id=section_id)


# --- Frames registered by the apps above chat ----------------------------------------------


def room_call(*, access: RoomAccess, user, frame: dict) -> dict | None:
    """Run one registered frame (chat/registry.py; moderation's controls): its function
    checks permission (kindred.policy), writes, audits and broadcasts. What it answers
    goes into the ``done`` frame."""
    call = registry.room_call_for(frame["type"])
    return call(actor=user, occurrence=_occurrence(access), frame=frame)
