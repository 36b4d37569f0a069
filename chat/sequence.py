"""The room's message sequence: THE one place a seq is allocated.

Every message of a room has the next seq of its room's row (``RoomState.last_seq``), taken
under the row's lock, so messages stored at once get consecutive seqs with no gaps and
everyone resumes from the same numbers. ``seq_allocate`` takes one inside a transaction;
``message_insert`` takes one and stores a visible message in a single statement (the posting
fast path).
"""

from __future__ import annotations

from contextlib import nullcontext
from functools import cache

from django.db import connection, transaction
from django.utils import timezone

from chat.models import Message, RoomState
from kindred import prepared
from meetings.models import Occurrence


def seq_allocate(occurrence: Occurrence) -> int:
    """The room's next message seq, taken with one statement (the one the posting fast path
    runs with its insert, ``message_insert``): it makes the room's row with seq 1 if the
    room has none yet, and otherwise adds one to it. Either way it holds the row's lock
    until the transaction ends, so messages sent at once get consecutive seqs with no
    gaps, the room's first two included."""
    with connection.cursor() as cursor:
        cursor.execute(_allocate_sql(), [occurrence.pk, timezone.now()])
        return cursor.fetchone()[0]


def message_insert(
    *, occurrence, author, body, body_html, client_id, content_warning, kind, now
) -> Message:
    """Take the room's next seq and insert a visible message in one statement (one round
    trip, atomic by itself: the allocation holds the room's row lock until the statement
    commits, so seqs stay consecutive). The room's first message makes the room's row."""
    params = [
        occurrence.pk,
        now,
        occurrence.pk,
        author.pk,
        client_id,
        kind,
        Message.Status.VISIBLE,
        body,
        body_html,
        content_warning,
        now,
    ]
    # Inside a caller's transaction, a savepoint: a client_id clash must not spoil it.
    savepoint = transaction.atomic() if connection.in_atomic_block else nullcontext()
    with savepoint, prepared.cursor() as cursor:
        cursor.execute(_insert_sql(), params)
        row = cursor.fetchone()
    return Message(
        pk=row[0],
        occurrence=occurrence,
        seq=row[1],
        author=author,
        client_id=client_id,
        kind=kind,
        status=Message.Status.VISIBLE,
        body=body,
        body_html=body_html,
        content_warning=content_warning,
        created_at=now,
    )


# Filled in from the models' own table and column names; every value is a parameter.
# The one statement that allocates a seq, alone (seq_allocate) or with the insert. A room
# with no row yet gets one with seq 1 (the model's defaults for the rest); a second first
# message at the same moment waits for that row and then takes 2, as an UPDATE would.
_ALLOCATE_SQL = """INSERT INTO {room}
    ({room_occurrence}, {last_seq}, {locked}, {slow_mode}, {updated_at})
    VALUES (%s, 1, {locked_default}, {slow_mode_default}, %s)
    ON CONFLICT ({room_occurrence})
    DO UPDATE SET {last_seq} = {room}.{last_seq} + 1, {updated_at} = excluded.{updated_at}
    RETURNING {last_seq}"""
_INSERT_SQL = """
WITH room AS (
    {allocate}
)
INSERT INTO {message} ({columns})
SELECT %s, room.{last_seq}, %s, %s, %s, %s, %s, %s, %s, %s FROM room
RETURNING {id}, {seq}
"""
_INSERT_COLUMNS = (
    "occurrence",
    "seq",
    "author",
    "client_id",
    "kind",
    "status",
    "body",
    "body_html",
    "content_warning",
    "created_at",
)


def _column(model, name: str) -> str:
    return connection.ops.quote_name(model._meta.get_field(name).column)


@cache
def _allocate_sql() -> str:
    meta = RoomState._meta
    return _ALLOCATE_SQL.format(
        room=connection.ops.quote_name(meta.db_table),
        last_seq=_column(RoomState, "last_seq"),
        locked=_column(RoomState, "locked"),
        slow_mode=_column(RoomState, "slow_mode_seconds"),
        updated_at=_column(RoomState, "updated_at"),
        room_occurrence=_column(RoomState, "occurrence"),
        locked_default="true" if meta.get_field("locked").default else "false",
        slow_mode_default=int(meta.get_field("slow_mode_seconds").default),
    )


@cache
def _insert_sql() -> str:
    column = _column
    return _INSERT_SQL.format(
        allocate=_allocate_sql(),
        last_seq=column(RoomState, "last_seq"),
        message=connection.ops.quote_name(Message._meta.db_table),
        columns=", ".join(column(Message, name) for name in _INSERT_COLUMNS),
        id=column(Message, "id"),
        seq=column(Message, "seq"),
    )
