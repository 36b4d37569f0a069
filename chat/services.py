"""Writes for the live room, by action: chat/posting.py (messages), chat/presence.py,
chat/queue.py (the share queue and timer), chat/reactions.py, chat/announce.py (what the
room is told about its messages) and chat/sequence.py (the one seq allocator).

Each function is keyword-only, re-checks the person's standing (chat/participation.py),
writes in one transaction and announces the change with kindred.events after commit. The
channel layer is only a notification path: what the database holds is the truth clients
resume from. Their names stay reachable here.
"""

from __future__ import annotations

from chat.announce import message_announce_on_commit, room_copies_stale
from chat.posting import CLIENT_ID, CONTENT_WARNING_MAX, message_post
from chat.posting_facts import posting_prepare
from chat.presence import (
    listening_set,
    presence_announce,
    presence_join,
    presence_leave,
    presence_touch,
)
from chat.queue import (
    TIMER_MAX_SECONDS,
    TIMER_MIN_SECONDS,
    hand_lower,
    hand_raise,
    queue_broadcast_on_commit,
    queue_call_next,
    timer_set,
)
from chat.reactions import reaction_toggle

__all__ = [
    "CLIENT_ID",
    "CONTENT_WARNING_MAX",
    "TIMER_MAX_SECONDS",
    "TIMER_MIN_SECONDS",
    "hand_lower",
    "hand_raise",
    "listening_set",
    "message_announce_on_commit",
    "message_post",
    "posting_prepare",
    "presence_announce",
    "presence_join",
    "presence_leave",
    "presence_touch",
    "queue_broadcast_on_commit",
    "queue_call_next",
    "reaction_toggle",
    "room_copies_stale",
    "timer_set",
]
