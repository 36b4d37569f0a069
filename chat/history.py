"""Reads of a room's messages: their wire form, history pages and gaps, frame sizes.

Every function returns plain dicts and lists ready for the wire, built with a fixed
number of queries (no query per message).
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from chat.frames import HISTORY_PAGE_MAX
from chat.models import Message, Reaction
from kindred.prepared import CompiledRead, Planned

if TYPE_CHECKING:
    from chat.selectors import RoomAccess

__all__ = ["HISTORY_PAGE_MAX"]

REACTIONS = tuple(Reaction.Kind.values)
HISTORY_ON_CONNECT = 50
FORMER_MEMBER = "a former member"
# What a message stored before its HTML was capped shows if its HTML is over the cap.
TOO_LARGE_HTML = "<p>(This message is too large to show.)</p>"


def wire_size(value) -> int:
    """The bytes ``value`` takes in a frame, encoded as the room socket encodes frames
    (ASCII-only JSON, so characters and bytes are the same count)."""
    return len(json.dumps(value, separators=(",", ":")))


def history_frame_bytes() -> int:
    """The most message bytes one frame of history (``welcome``, ``history.page``) holds:
    three quarters of a frame. One message is at most half a frame of HTML plus a few KiB
    (author, content warning), so a page always has room for at least one."""
    return settings.KINDRED_WS_MAX_SEND_BYTES * 3 // 4


def message_html_fits(html: str) -> bool:
    """Whether a message's HTML is within KINDRED_MESSAGE_HTML_MAX_BYTES as sent. A
    character takes at most 12 bytes escaped (an astral one as two \\u escapes), so
    ordinary messages are never encoded to find out."""
    limit = settings.KINDRED_MESSAGE_HTML_MAX_BYTES
    return len(html) * 12 <= limit or wire_size(html) <= limit


def fitting(
    messages: list[dict], budget: int, *, newest: bool, sizes: list[int] | None = None
) -> list[dict]:
    """The longest run of ``messages`` (oldest first) whose frame size fits ``budget``:
    from the newest end backwards (``newest``) or from the oldest end forwards. ``sizes``:
    each message's wire_size, when it was measured already."""
    used = 0
    order = reversed(range(len(messages))) if newest else range(len(messages))
    count = 0
    for index in order:
        used += (sizes[index] if sizes is not None else wire_size(messages[index])) + 1  # comma
        if used > budget:
            break
        count += 1
    if newest:
        return messages[len(messages) - count :]
    return messages[:count]


_MESSAGE_FIELDS = (
    "seq",
    "author_id",
    "author__display_name",
    "kind",
    "status",
    "body_html",
    "content_warning",
    "created_at",
    "purged_at",
)


def _reaction_annotations() -> dict:
    """Each reaction's count as a subquery on the message's row. A join with GROUP BY would
    make the database group the whole room (and join every author) before the page's
    LIMIT; this way a page reads its own rows through the (occurrence, seq) index."""
    return {
        f"r_{kind}": Coalesce(
            Subquery(
                Reaction.objects.filter(message=OuterRef("pk"), kind=kind)
                .order_by()
                .values("message")
                .annotate(n=Count("pk"))
                .values("n")
            ),
            0,
        )
        for kind in REACTIONS
    }


_TEXTLESS = frozenset({Message.Status.REMOVED, Message.Status.ERASED})


def message_payload(row: dict) -> dict:
    """The wire form of one message. Removed, erased or purged messages carry no text."""
    status = row["status"]
    hidden = status in _TEXTLESS or row.get("purged_at") is not None
    body_html = "" if hidden else row["body_html"]
    if not message_html_fits(body_html):
        body_html = TOO_LARGE_HTML  # stored before the cap: the room must stay enterable
    return {
        "seq": row["seq"],
        "author_id": row["author_id"],
        "author": row.get("author__display_name") or FORMER_MEMBER,
        "kind": row["kind"],
        "status": status,
        "body_html": body_html,
        "content_warning": "" if hidden else row["content_warning"],
        "created_at": row["created_at"].isoformat(),
        "reactions": {kind: row.get(f"r_{kind}", 0) for kind in REACTIONS},
    }


def message_payload_for(message: Message, *, author_name: str | None = None) -> dict:
    """The wire form of a message object (a new one has no reactions yet)."""
    return message_payload(
        {
            "seq": message.seq,
            "author_id": message.author_id,
            "author__display_name": author_name
            if author_name is not None
            else (message.author.display_name if message.author_id else None),
            "kind": message.kind,
            "status": message.status,
            "body_html": message.body_html,
            "content_warning": message.content_warning,
            "created_at": message.created_at,
            "purged_at": message.purged_at,
        }
    )


def _visible_to(*, viewer_id: int | None, sees_held: bool, announcements_only: bool = False) -> Q:
    if announcements_only:
        # The readings-only view: the chair's announcements, never a share.
        return Q(kind=Message.Kind.ANNOUNCEMENT) & ~Q(status=Message.Status.HELD)
    if sees_held:
        return Q()
    return ~Q(status=Message.Status.HELD) | Q(author_id=viewer_id)


def _history_query(
    *,
    order: str,
    limit: int,
    sees_held: bool,
    announcements_only: bool,
    occurrence_id: int,
    viewer_id: int | None = None,
    after_seq: int | None = None,
    before_seq: int | None = None,
    up_to_seq: int | None = None,
) -> QuerySet:
    """Up to ``limit`` messages of a room in ``order`` (``seq`` or ``-seq``) as this viewer
    may see them, after ``after_seq`` up to ``up_to_seq`` or before ``before_seq``."""
    q = _visible_to(viewer_id=viewer_id, sees_held=sees_held, announcements_only=announcements_only)
    if after_seq is not None:
        q = Q(seq__gt=after_seq) & q
    if up_to_seq is not None:
        q &= Q(seq__lte=up_to_seq)
    if before_seq is not None:
        q &= Q(seq__lt=before_seq)
    return (
        Message.objects.filter(q, occurrence_id=occurrence_id)
        .order_by(order)
        .annotate(**_reaction_annotations())
        .values(*_MESSAGE_FIELDS, *(f"r_{k}" for k in REACTIONS))[:limit]
    )


# The history reads are built and compiled by the ORM once per process and shape (the
# order, the page's size, what the viewer sees and which bounds it gives), then only run
# (kindred.prepared.CompiledRead): building and compiling one cost several times what
# running it does. A welcome's reads have a handful of shapes; pages of other sizes past
# HISTORY_SHAPES_MAX shapes are built each time.
_HISTORY_READS: dict[tuple, CompiledRead] = {}
HISTORY_SHAPES_MAX = 64
_HISTORY_PLACEHOLDERS = {
    "occurrence_id": -7_200_001,
    "viewer_id": -7_200_002,
    "after_seq": -7_200_003,
    "before_seq": -7_200_004,
    "up_to_seq": -7_200_005,
}


def _history(
    *, order: str, limit: int, sees_held: bool, announcements_only: bool, **values
) -> list[dict]:
    """The wire form of _history_query's messages (``values``: its ids and bounds)."""
    given = {name: value for name, value in values.items() if value is not None}
    fixed = {
        "order": order,
        "limit": limit,
        "sees_held": sees_held,
        "announcements_only": announcements_only,
    }
    read = _history_read(fixed, given)
    rows = read.rows(**given) if read is not None else _history_query(**fixed, **given)
    return [message_payload(row) for row in rows]


def _history_read(fixed: dict, given: dict) -> CompiledRead | None:
    """The compiled read of _history_query's shape (``fixed``, and which of the ids and
    bounds are ``given``); None past HISTORY_SHAPES_MAX shapes."""
    shape = (*fixed.values(), *sorted(given))
    read = _HISTORY_READS.get(shape)
    if read is None and len(_HISTORY_READS) < HISTORY_SHAPES_MAX:
        read = _HISTORY_READS[shape] = CompiledRead(
            functools.partial(_history_query, **fixed),
            **{name: _HISTORY_PLACEHOLDERS[name] for name in given},
        )
    return read


def history_newest_planned(
    *, occurrence_id: int, limit: int, sees_held: bool, announcements_only: bool
) -> Planned | None:
    """history_before with no bound (the room's newest ``limit`` messages, oldest first), to
    run with other reads (kindred.prepared.run_together); None when its shape cannot be
    compiled."""
    fixed = {
        "order": "-seq",
        "limit": limit,
        "sees_held": sees_held,
        "announcements_only": announcements_only,
    }
    values = {"occurrence_id": occurrence_id}
    read = _history_read(fixed, values)
    return None if read is None else Planned(read, values, _oldest_first)


def _oldest_first(rows: list[dict]) -> list[dict]:
    return [message_payload(row) for row in reversed(rows)]


def history_after(
    *,
    occurrence_id: int,
    after_seq: int,
    limit: int = HISTORY_PAGE_MAX,
    viewer_id: int | None = None,
    sees_held: bool = False,
    up_to_seq: int | None = None,
    announcements_only: bool = False,
) -> list[dict]:
    """Messages with seq > ``after_seq`` (and <= ``up_to_seq``), oldest first, as this
    viewer may see them. One query."""
    return _history(
        order="seq",
        limit=limit,
        sees_held=sees_held,
        announcements_only=announcements_only,
        occurrence_id=occurrence_id,
        viewer_id=viewer_id,
        after_seq=after_seq,
        up_to_seq=up_to_seq,
    )


def history_before(
    *,
    occurrence_id: int,
    before_seq: int | None,
    limit: int = HISTORY_PAGE_MAX,
    viewer_id: int | None = None,
    sees_held: bool = False,
    announcements_only: bool = False,
) -> list[dict]:
    """Up to ``limit`` messages with seq < ``before_seq`` (the newest ones when None),
    returned oldest first. One query."""
    rows = _history(
        order="-seq",
        limit=limit,
        sees_held=sees_held,
        announcements_only=announcements_only,
        occurrence_id=occurrence_id,
        viewer_id=viewer_id,
        before_seq=before_seq,
    )
    rows.reverse()
    return rows


def reaction_counts(*, message_id: int) -> dict[str, int]:
    counts = dict(
        Reaction.objects.filter(message_id=message_id)
        .values_list("kind")
        .annotate(n=Count("pk"))
        .values_list("kind", "n")
    )
    return {kind: counts.get(kind, 0) for kind in REACTIONS}


# A resume's welcome reads the missed messages in pages of this many until its byte budget
# is full; the socket sends the rest (and fills gaps) in pages of GAP_PAGE.
RESUME_PAGE = 100
GAP_PAGE = 500


def history_page(*, access: RoomAccess, before_seq: int, limit: int) -> tuple[list[dict], bool]:
    """A ``history.page``: up to ``limit`` messages before ``before_seq``, the newest that
    fit one frame, oldest first; and whether there may be older ones."""
    page = history_before(
        occurrence_id=access.occurrence_id, before_seq=before_seq, limit=limit, **access.viewer()
    )
    kept = fitting(page, history_frame_bytes(), newest=True)
    return kept, len(page) == limit or len(kept) < len(page)


def room_gap(
    *, occurrence_id: int, readings_only: bool, after_seq: int, up_to_seq: int
) -> list[dict]:
    """Messages in (after_seq, up_to_seq] of a room as a moderator sees them (held ones
    too; the readings-only view: its announcements), at most GAP_PAGE, oldest first: one
    read the sockets of a room on a worker share when they miss the same events
    (chat/ordering.py); each socket keeps what its viewer may see (``sees``). Fewer than
    GAP_PAGE means the range is complete."""
    return history_after(
        occurrence_id=occurrence_id,
        after_seq=after_seq,
        up_to_seq=up_to_seq,
        limit=GAP_PAGE,
        sees_held=not readings_only,
        announcements_only=readings_only,
    )


def sees(message: dict, access: RoomAccess) -> bool:
    """Whether this viewer sees a message read as a moderator sees it (the rule of
    _visible_to: held messages only for those who see held ones, and for their author;
    the readings-only view's reads hold only what it sees)."""
    return (
        access.sees_held
        or access.readings_only
        or message["status"] != Message.Status.HELD
        or message["author_id"] == access.user_id
    )


def announcements_recent(occurrence, limit: int) -> list[Message]:
    """The newest ``limit`` visible announcements of a meeting, oldest first (the
    readings page shows them: library.selectors.ANNOUNCEMENT_READERS)."""
    newest = list(
        Message.objects.filter(
            occurrence=occurrence,
            kind=Message.Kind.ANNOUNCEMENT,
            status=Message.Status.VISIBLE,
            purged_at__isnull=True,
        )
        .select_related("author")
        .order_by("-seq")[:limit]
    )
    newest.reverse()
    return newest
