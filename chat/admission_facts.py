"""What a room admission is decided on, read in one query (chat/selectors.room_admit).

The meeting with its series and group, the person's standing in the group (kindred.policy's
own columns: their role and whether a ban holds them) and whether a moderator removed them
from this meeting (the registered removal column, chat/registry.py: moderation's) come back
in one row, where they took three queries.

On PostgreSQL the query is built and compiled by the ORM once per process, then only run
with each admission's values, as chat/posting_facts.py does for a message: building and
compiling it cost more CPU than running it. tests/chat/test_admission_cost.py checks both
paths give the same answers.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db import connection
from django.db.models import OuterRef, QuerySet

from chat import registry
from groups.models import Group
from kindred import policy, prepared
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


@dataclass(frozen=True, slots=True)
class AdmissionFacts:
    occurrence: Occurrence  # with its series and group
    row: dict[str, Any]  # group_role, group_banned (policy.standing_from_row), removal_reason


def admission_read(*, occurrence_id: int, user_id: int, now: datetime) -> AdmissionFacts | None:
    """The meeting (its series and group loaded) and what the admission checks about the
    person there; None if there is no such meeting."""
    if connection.vendor != "postgresql":
        row = (
            admission_query(occurrence_id=occurrence_id, user_id=user_id, now=now).first()
            if isinstance(occurrence_id, int)
            else None
        )
    else:
        row = _compiled_read(occurrence_id=occurrence_id, user_id=user_id, now=now)
    return None if row is None else _facts(row)


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


# --- The query compiled once per process (PostgreSQL) -------------------------------------

_PLACEHOLDER_OCCURRENCE = -7_100_001
_PLACEHOLDER_USER = -7_100_002
_PLACEHOLDER_NOW = datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    # Each SQL parameter: (True, the admission's value's name) or (False, a fixed value).
    slots: tuple[tuple[bool, object], ...]
    names: tuple[str, ...]
    # The ORM's conversions of the row's values (JSON columns, say): (place, converters,
    # expression).
    converters: tuple[tuple[int, tuple, Any], ...]


_COMPILED: list[_Compiled] = []


def _compiled_read(*, occurrence_id: int, user_id: int, now: datetime) -> dict | None:
    if not isinstance(occurrence_id, int):
        return None
    compiled = _COMPILED[0] if _COMPILED else _compile()
    values = {"occurrence": occurrence_id, "user": user_id, "now": now}
    params = [values[value] if is_slot else value for is_slot, value in compiled.slots]
    with prepared.cursor() as cursor:
        cursor.execute(compiled.sql, params)
        fetched = cursor.fetchone()
    if fetched is None:
        return None
    row = list(fetched)
    for place, converters, expression in compiled.converters:
        for converter in converters:
            row[place] = converter(row[place], expression, connection)
    return dict(zip(compiled.names, row, strict=True))


def _compile() -> _Compiled:
    query = admission_query(
        occurrence_id=_PLACEHOLDER_OCCURRENCE, user_id=_PLACEHOLDER_USER, now=_PLACEHOLDER_NOW
    ).query
    compiler = query.get_compiler(connection=connection)
    sql, params = compiler.as_sql()
    names = (*query.extra_select, *query.values_select, *query.annotation_select)
    if len(names) != compiler.col_count:  # pragma: no cover - the ORM's own order
        raise RuntimeError("the admission query's columns are not the ones asked for")
    named = {
        _PLACEHOLDER_OCCURRENCE: "occurrence",
        _PLACEHOLDER_USER: "user",
        _PLACEHOLDER_NOW: "now",
    }
    slots: list[tuple[bool, object]] = []
    for value in params:
        name = None if isinstance(value, bool) else named.get(value)
        if name is not None:
            slots.append((True, name))
        elif isinstance(value, datetime):
            # A value this module does not fill in each time: refuse to reuse the SQL.
            raise RuntimeError(f"the admission query holds an unexpected value {value!r}")
        else:
            slots.append((False, value))
    expressions = [select[0] for select in compiler.select[: compiler.col_count]]
    converters = tuple(
        (place, tuple(converters), expression)
        for place, (converters, expression) in compiler.get_converters(expressions).items()
    )
    compiled = _Compiled(sql=sql, slots=tuple(slots), names=names, converters=converters)
    _COMPILED[:] = [compiled]
    return compiled
