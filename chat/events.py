"""Real-time events: group names and the helpers that send after commit.

The channel layer is a notification path; the database is the truth. Events are small
dicts ``{"type": "<handler.name>", ...}`` that the room consumer forwards to its sockets.
They are sent only once the surrounding transaction has committed, so nobody hears about
something that was rolled back.

Event kinds the room consumer understands:

- ``room.refresh_state``: room flags (lock, slow mode) or the queue changed; re-read them.
- ``room.message`` ``{seq}``: a message became visible (or its state changed); read it.
- ``room.message_removed`` ``{seq}``: a message was removed by a moderator.
- ``room.presence``: someone came or left; re-read presence.
- ``room.queue``: the share queue changed.
- ``room.timer`` ``{ends_at, seconds}``: the chair set or cleared the share timer.
- ``room.reactions`` ``{seq}``: reaction counts on one message changed.
- ``room.section`` ``{...}``: the chair moved to another script section (library).
- ``room.copies_stale``: the meeting, its series or group, or the screening rules were
  saved; workers drop their copies (chat/roomcalls.py). Nothing is sent to clients.
- ``user.kick`` ``{occurrence_id|None, group_id|None, code: 4xxx, reason}``: close matching
  sockets of one person.
- ``user.notice`` ``{occurrence_id|None, kind, detail, html?}``: a private notice.
- ``user.downgrade`` ``{group_id}``: the person's role went down; re-check standing.
- ``user.refresh`` ``{group_id}``: the person's role went up (a reader became a member);
  re-check standing and send the new ``you`` in ``room.state``.
- ``user.message`` ``{occurrence_id, seq}``: the author's own held message (only they see it).
"""

import asyncio
import logging
import os

from asgiref.sync import SyncToAsync, async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

from kindred.failures import log_failure

logger = logging.getLogger(__name__)


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
        # Called from a worker's thread (a room socket's database call, an ASGI view):
        # hand the event to the worker's event loop and go on, rather than wait there
        # for the loop to send it.
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


# Each event loop sends the events handed to it in the order they came, one at a time.
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
    while True:
        group, event = await queue.get()
        try:
            layer = get_channel_layer()
            if layer is not None:
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
