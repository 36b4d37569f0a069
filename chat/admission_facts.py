"""What a room admission is decided on, read in one query (chat/selectors.room_admit).

The meeting with its series and group, the person's standing in the group (kindred.policy's
own columns: their role and whether a ban holds them) and whether a moderator removed them
from this meeting (the registered removal column, chat/registry.py: moderation's) come back
in one row, where they took three queries. On PostgreSQL the query is built and compiled by
the ORM once per process, then only run with each admission's values
(kindred.prepared.CompiledRead). tests/chat/test_admission_cost.py checks both paths give
the same answers.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import connection
from django.db.models import OuterRef, QuerySet

from chat import registry
from groups.models import Group
from kindred import policy
from kindred.prepared import PLACEHOLDER_TIME, CompiledRead
from meetings.models import MeetingSeries, Occurrence

# The row's prefixes of the meeting's series and group columns.
_SERIES = "series__"
_GROUP = "series__group__"


@functools.cache
def _fields() -> tuple[tuple[type, str, tuple[str, ...]], ...]:
    """Each model the row holds, the prefix of its columns and its columns (attnames)."""
    return tuple(
        (model, prefix, tuple(field.attname for field in model._meta.concrete_fields))
        for model, prefix in ((Occurrence, ""), (MeetingSeries, _SERIES), (Group, _GROUP))
    )


def admission_query(*, occurrence_id, user_id, now: datetime) -> QuerySet:
    """The admission's one-row read: the meeting's, its series' and its group's columns,
    ``group_role`` and ``group_banned`` (policy.standing_columns) and ``removal_reason``
    (NULL: not removed from this meeting)."""
    group = OuterRef("series__group_id")
    columns = {
        **policy.standing_columns(group=group, person=user_id, now=now),
        "removal_reason": registry.removal_column(occurrence=OuterRef("pk"), user_id=user_id),
    }
    names = [prefix + name for _, prefix, names in _fields() for name in names]
    return (
        Occurrence.objects.filter(pk=occurrence_id)
        .order_by()
        .annotate(**columns)
        .values(*names, *columns)
    )


_READ = CompiledRead(
    admission_query,
    occurrence_id=-7_100_001,
    user_id=-7_100_002,
    now=PLACEHOLDER_TIME,
)


@dataclass(frozen=True, slots=True)
class AdmissionFacts:
    occurrence: Occurrence  # with its series and group
    row: dict[str, Any]  # group_role, group_banned (policy.standing_from_row), removal_reason


_BIGINT_MAX = 2**63 - 1


def _possible_id(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= _BIGINT_MAX


def admission_read(*, occurrence_id: int, user_id: int, now: datetime) -> AdmissionFacts | None:
    """The meeting (its series and group loaded) and what the admission checks about the
    person there; None if there is no such meeting."""
    if not _possible_id(occurrence_id):
        return None
    rows = _READ.rows(occurrence_id=occurrence_id, user_id=user_id, now=now)
    return _facts(rows[0]) if rows else None


def admission_read_many(
    pairs: list[tuple[int, int]], *, now: datetime
) -> list[AdmissionFacts | None]:
    """admission_read for each ``(occurrence_id, user_id)``, the reads sent together in one
    pipeline (CompiledRead.rows_many): a burst of sockets waits once for all its answers."""
    # An id no row can have (beyond PostgreSQL's bigint) is no meeting, not a failed read
    # that would fail the pipeline's other reads with it.
    valid = [i for i, (oid, _) in enumerate(pairs) if _possible_id(oid)]
    many = _READ.rows_many(
        [{"occurrence_id": pairs[i][0], "user_id": pairs[i][1], "now": now} for i in valid]
    )
    out: list[AdmissionFacts | None] = [None] * len(pairs)
    for i, rows in zip(valid, many, strict=True):
        out[i] = _facts(rows[0]) if rows else None
    return out


def _facts(row: dict[str, Any]) -> AdmissionFacts:
    row = dict(row)
    made = []
    for model, prefix, names in _fields():
        values = [row.pop(prefix + name) for name in names]
        made.append(model.from_db(connection.alias, names, values))
    occurrence, series, group = made
    MeetingSeries._meta.get_field("group").set_cached_value(series, group)
    Occurrence._meta.get_field("series").set_cached_value(occurrence, series)
    return AdmissionFacts(occurrence=occurrence, row=row)
