"""Real-time events: group names, close codes, the event builders, and the helpers that
send after commit.

The channel layer is a notification path; the database is the truth. Events are small
dicts ``{"type": "<handler.name>", ...}`` that the room consumer (chat/consumers.py) turns
into frames for its sockets: the handler of ``room.message`` is ``RoomConsumer.room_message``.
They are sent only once the surrounding transaction has committed, so nobody hears about
something that was rolled back.

Every event is built here, by one typed function per type, so what a service sends and
what the consumer reads cannot drift apart (tests/test_events.py checks both ends):

- ``room_refresh_state()``: room flags (lock, slow mode), the meeting's state or the queue
  changed; every socket re-checks its admission and re-reads them.
- ``room_message(seq, message)``: a message became visible (``message`` is its payload),
  or was held (``message`` None: only moderators and its author read it).
- ``room_message_updated(message)``: a message already sent changed.
- ``room_message_removed(seq)``: a message was removed by a moderator.
- ``room_presence(presence)``: someone came or left.
- ``room_queue(queue)``: the share queue changed.
- ``room_timer(timer)``: the chair set or cleared the share timer.
- ``room_reactions(seq, counts)``: reaction counts on one message changed.
- ``room_section(section)``: the chair moved to another script section (library).
- ``room_copies_stale()``: the meeting, its series or group, or the screening rules were
  saved; workers drop their copies (chat/roomcalls.py). Nothing is sent to clients.
- ``user_kick(code, reason, ...)``: close the matching sockets of one person.
- ``user_notice(kind, detail, ...)``: a private ``notice`` frame; ``NOTICE_FIELDS`` lists
  each kind's own fields.
- ``user_downgrade(group_id)``: the person's role went down; re-check standing.
- ``user_refresh(group_id)``: the person's role went up (a reader became a member);
  re-check standing and send the new ``you`` in ``room.state``.
"""

import asyncio
import logging
import os
from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import Any

from asgiref.sync import SyncToAsync, async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

from kindred.failures import log_failure

logger = logging.getLogger(__name__)

Event = dict[str, Any]


class CloseCode(IntEnum):
    """Application close codes of the room socket (docs/protocol.md, "Close codes")."""

    NOT_SIGNED_IN = 4401
    NOT_ALLOWED = 4403
    NOT_FOUND = 4404
    NOT_OPEN = 4409
    BANNED = 4410
    REMOVED = 4411
    ENDED = 4412
    # Not a refusal: the server could not go on with this socket (its worker lost the
    # room's subscription, or could not re-check a standing); reconnect with backoff.
    TRY_AGAIN = 4500
    # This worker is restarting: reconnect after the `closing` frame's retry_after.
    RESTARTING = 4503
    # Too many arriving at once on this worker: reconnect after retry_after.
    BUSY = 4529


def room_group_name(occurrence_id: int) -> str:
    return f"room.{int(occurrence_id)}"


def user_group_name(user_id: int) -> str:
    return f"user.{int(user_id)}"


def _send(group: str, event: dict) -> None:
    if "type" not in event:
        raise ValueError("an event needs a 'type'")
    layer = get_channel_layer()
    if layer is None:
        return
    loop = _calling_loop()
    if loop is not None:
        # Called from a worker's thread (a room socket's database call, an ASGI view).
        # With the pub/sub layer the thread publishes it itself, one round trip, rather
        # than wait for turns of a loop that may be busy. Otherwise, or when that fails,
        # hand the event to the worker's event loop and go on, rather than wait there for
        # the loop to send it.
        publish_now = getattr(layer, "publish_now", None)
        if publish_now is not None and publish_now(group, event):
            return
        try:
            loop.call_soon_threadsafe(_publish_later, group, event)
            return
        except RuntimeError:  # the loop closed meanwhile
            pass
    async_to_sync(layer.group_send)(group, event)


def _calling_loop() -> asyncio.AbstractEventLoop | None:
    """The event loop that this thread's ``sync_to_async`` call came from, if it runs."""
    loop = getattr(SyncToAsync.threadlocal, "main_event_loop", None)
    if loop is None or getattr(SyncToAsync.threadlocal, "main_event_loop_pid", None) != (
        os.getpid()
    ):
        return None
    return loop if loop.is_running() else None


# Each event loop sends the events handed to it from its outbox: one group's events in the
# order they came, and the groups waiting together side by side (see _publish).
_outboxes: dict[asyncio.AbstractEventLoop, tuple[asyncio.Queue, asyncio.Task]] = {}


def _publish_later(group: str, event: dict) -> None:
    loop = asyncio.get_running_loop()
    outbox = _outboxes.get(loop)
    if outbox is None or outbox[1].done():
        for gone in [other for other in _outboxes if other.is_closed()]:
            del _outboxes[gone]
        queue: asyncio.Queue = asyncio.Queue()
        outbox = _outboxes[loop] = (queue, loop.create_task(_publish(queue)))
    outbox[0].put_nowait((group, event))


async def _publish(queue: asyncio.Queue) -> None:
    """Send what the outbox holds. Everything waiting is taken at once: with the pub/sub
    layer (kindred/layers.py) in one pipeline per Redis server; otherwise each group's
    events one after another and the groups side by side. Each group's events keep the
    order they came in. One event at a time, a worker whose loop was busy (a reconnect
    storm's handshakes) published a few dozen a second, and the rooms' messages queued
    behind each other for seconds."""
    while True:
        waiting = [await queue.get()]
        while not queue.empty():
            waiting.append(queue.get_nowait())
        layer = get_channel_layer()
        if layer is None:
            continue
        many = getattr(layer, "group_send_many", None)
        if many is not None:
            try:
                await many(waiting)
            except Exception as error:
                # As in _send_safely: the database holds the change; clients resume from it.
                log_failure(logger, f"channel layer send of {len(waiting)} events failed", error)
            continue
        by_group: dict[str, list[dict]] = {}
        for group, event in waiting:
            by_group.setdefault(group, []).append(event)
        await asyncio.gather(*(_publish_in_order(layer, g, e) for g, e in by_group.items()))


async def _publish_in_order(layer, group: str, events: list[dict]) -> None:
    for event in events:
        try:
            await layer.group_send(group, event)
        except Exception as error:
            # As in _send_safely: the database holds the change; clients resume from it.
            log_failure(logger, f"channel layer send to {group} failed", error)


def send_on_commit(group: str, event: dict) -> None:
    """Send ``event`` to a channel-layer group once the current transaction commits
    (at once outside a transaction). A lost event is recovered from the database."""
    transaction.on_commit(lambda: _send_safely(group, event))


def _send_safely(group: str, event: dict) -> None:
    # The database already holds the change; a channel layer hiccup must not turn a
    # committed write into an error for the caller. Clients resume from the database.
    try:
        _send(group, event)
    except Exception as error:
        log_failure(logger, f"channel layer send to {group} failed", error)


def room_event_on_commit(occurrence_id: int, event: dict) -> None:
    """Send a small event to every socket in one room after commit."""
    send_on_commit(room_group_name(occurrence_id), event)


def user_event_on_commit(user_id: int, event: dict) -> None:
    """Send a small event to every socket of one person (all rooms, all workers) after commit."""
    send_on_commit(user_group_name(user_id), event)


# --- The events -------------------------------------------------------------------------------

# Event type -> the function that builds it; every type the server sends is here.
BUILDERS: dict[str, Callable[..., Event]] = {}


def _builds(event_type: str):
    def register(builder: Callable[..., Event]) -> Callable[..., Event]:
        BUILDERS[event_type] = builder
        return builder

    return register


@_builds("room.refresh_state")
def room_refresh_state() -> Event:
    """The room's flags, the meeting's state or someone's standing in it changed."""
    return {"type": "room.refresh_state"}


@_builds("room.message")
def room_message(*, seq: int, message: dict | None) -> Event:
    """Message ``seq`` exists: ``message`` is its payload (chat.selectors.message_payload_for),
    or None when it is held for review (only its author and moderators read it)."""
    return {"type": "room.message", "seq": int(seq), "message": message}


@_builds("room.message_updated")
def room_message_updated(*, message: dict) -> Event:
    """A message already sent changed; ``message`` is its payload as it is now."""
    return {"type": "room.message_updated", "message": message}


@_builds("room.message_removed")
def room_message_removed(*, seq: int) -> Event:
    return {"type": "room.message_removed", "seq": int(seq)}


@_builds("room.presence")
def room_presence(*, presence: dict) -> Event:
    """``presence`` is the whole snapshot (chat.roomcalls), with its ``at``."""
    return {"type": "room.presence", "presence": presence}


@_builds("room.queue")
def room_queue(*, queue: dict | None) -> Event:
    """``queue`` is the whole snapshot; None makes each socket read it from the database."""
    return {"type": "room.queue", "queue": queue}


@_builds("room.timer")
def room_timer(*, timer: dict) -> Event:
    """``timer`` is ``{"seconds", "ends_at"}`` (both None when cleared)."""
    return {"type": "room.timer", "timer": timer}


@_builds("room.reactions")
def room_reactions(*, seq: int, counts: dict[str, int]) -> Event:
    return {"type": "room.reactions", "seq": int(seq), "counts": counts}


@_builds("room.section")
def room_section(*, section: dict | None) -> Event:
    """``section`` is library.services.section_payload of the section now open."""
    return {"type": "room.section", "section": section}


@_builds("room.mutes")
def room_mutes(*, muted: list[dict]) -> Event:
    """The people a mute stops posting in the room now, for its chair and moderators:
    ``muted`` is chat.welcome.muted_payload's list."""
    return {"type": "room.mutes", "muted": muted}


@_builds("room.copies_stale")
def room_copies_stale() -> Event:
    """Workers drop their copies of the room's settings; nothing reaches a client."""
    return {"type": "room.copies_stale"}


@_builds("user.kick")
def user_kick(
    *,
    code: CloseCode,
    reason: str = "",
    occurrence_id: int | None = None,
    group_id: int | None = None,
    until: datetime | None = None,
) -> Event:
    """Close the person's sockets with ``code``: those in one meeting (``occurrence_id``),
    in one group's meetings (``group_id``), or all of them (neither). ``reason`` is the
    moderator's own words for a removal or a ban, else the whole explanation; ``until``
    is when a ban ends (None: no end). The socket adds what the person can do next."""
    return {
        "type": "user.kick",
        "occurrence_id": occurrence_id,
        "group_id": group_id,
        "code": int(CloseCode(code)),
        "reason": reason,
        "until": until.isoformat() if until else None,
    }


# Each notice kind's own fields (besides kind, detail, occurrence_id, group_id and html):
# docs/protocol.md, "notice", describes them.
NOTICE_FIELDS: dict[str, tuple[str, ...]] = {
    "held": ("seq",),  # the author's own message was held for review
    "crisis": (),  # crisis resources, to the author of a worrying message
    "crisis_alert": ("alert_id", "seq", "author", "url"),  # to moderators
    "your_turn": (),  # the chair called on this person
    "muted": ("until", "reason"),
    "unmuted": (),
    "approved": ("old_seq", "seq"),  # a held message became visible under a new seq
    "review": (),  # to moderators: a message waits for review
    "check_in": ("check_in_id", "url"),  # a moderator wrote to this person privately
    "join_wave": (),  # to moderators: a wave of joins switched the group to approval
    "removed": ("seq", "reason"),  # to the author: a moderator removed their message
}


@_builds("user.notice")
def user_notice(
    *,
    kind: str,
    detail: str,
    occurrence_id: int | None = None,
    group_id: int | None = None,
    html: str | None = None,
    **fields: Any,
) -> Event:
    """A private ``notice`` frame to one person's sockets: those in meeting
    ``occurrence_id`` or in group ``group_id`` when given, else all of them. ``detail``
    is for people; ``html``, when given, is cleaned HTML. ``fields`` are exactly the
    kind's own (``NOTICE_FIELDS``); anything else is a mistake and raises ValueError."""
    if kind not in NOTICE_FIELDS:
        raise ValueError(f"unknown notice kind {kind!r}")
    if set(fields) != set(NOTICE_FIELDS[kind]):
        raise ValueError(f"a {kind!r} notice has the fields {NOTICE_FIELDS[kind]}, not {fields}")
    event: Event = {
        "type": "user.notice",
        "occurrence_id": occurrence_id,
        "group_id": group_id,
        "kind": kind,
        "detail": str(detail),
        **fields,
    }
    if html is not None:
        event["html"] = str(html)
    return event


@_builds("user.downgrade")
def user_downgrade(*, group_id: int) -> Event:
    """The person's role in ``group_id`` went down: their sockets there re-check it."""
    return {"type": "user.downgrade", "group_id": group_id}


@_builds("user.refresh")
def user_refresh(*, group_id: int) -> Event:
    """The person's role in ``group_id`` went up: their sockets there re-read it and send
    the new ``you`` in ``room.state``."""
    return {"type": "user.refresh", "group_id": group_id}
