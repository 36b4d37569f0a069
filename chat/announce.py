"""What the room is told after commit about its messages: THE message announcer.

``message.new`` for a new message (``message_announce_new``), ``message.updated`` or
``message.removed`` for one that changed (``message_announce_on_commit``), as
docs/protocol.md says; the room consumer forwards them.
"""

from __future__ import annotations

from chat.history import message_payload_for
from chat.models import Message, RoomPresence
from kindred.events import room_copies_stale as room_copies_stale_event
from kindred.events import (
    room_event_on_commit,
    room_message,
    room_message_removed,
    room_message_updated,
)


def message_announce_new(message: Message, *, held: bool) -> None:
    """After commit, tell the room a new message exists (held: only its seq)."""
    payload = (
        None if held else message_payload_for(message, author_name=message.author.display_name)
    )
    room_event_on_commit(message.occurrence_id, room_message(seq=message.seq, message=payload))


def message_announce_on_commit(*, message: Message) -> None:
    """Tell the room that a message it was sent changed, after commit: ``message.removed``
    when a moderator removed it (or it was purged), ``message.updated`` with its current
    state otherwise (held, erased at its author's request). Approval, removal and purge
    in moderation and the erasure of an account call this."""
    if message.status == Message.Status.REMOVED:
        event = room_message_removed(seq=message.seq)
    else:
        event = room_message_updated(message=message_payload_for(message))
    room_event_on_commit(message.occurrence_id, event)


def room_copies_stale(*, group_id: int | None = None, occurrence_id: int | None = None) -> None:
    """A meeting, its series or group, or a screening rule changed. The workers keep copies
    of these for their live rooms (chat/roomcalls.py, moderation/selectors.py): after
    commit, tell the rooms concerned to drop them, so each room's next message reads them
    afresh. ``occurrence_id``: that room; ``group_id``: every room of the group with
    someone in it; neither: every room with someone in it (a site-wide rule)."""
    if occurrence_id is not None:
        rooms = [occurrence_id]
    else:
        present = RoomPresence.objects.order_by().values_list("occurrence_id", flat=True)
        if group_id is not None:
            present = present.filter(occurrence__series__group_id=group_id)
        rooms = list(present.distinct())
    for room in rooms:
        room_event_on_commit(room, room_copies_stale_event())
