"""What a new message is checked against, read in one query (chat/posting.py).

The rules' facts (the registered PostingRules, chat/registry.py: moderation's) and chat's
own columns (whether this client_id is stored, whether the room's row exists, who may post
in the current script section) come back from one statement.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import connection
from django.db.models import OuterRef, Subquery

from accounts.models import User
from chat import registry
from chat.models import Message
from groups.models import Group
from kindred import prepared
from library import services as library_services
from meetings.models import MeetingSeries, Occurrence


def posting_facts_read(*, occurrence: Occurrence, author, client_id: str, now: datetime):
    """Everything a new message is checked against, in one query: the author's standing,
    moderation's PostingFacts, whether this client_id is already stored and who may post
    in the current script section (and whether the room's row exists yet)."""
    rules = registry.posting_rules()
    if connection.vendor != "postgresql" or not author.is_authenticated:
        return rules.facts(
            occurrence=occurrence,
            user=author,
            now=now,
            with_body=True,
            columns=facts_columns(occurrence=occurrence, client_id=client_id),
        )
    look_back, sql, slots = _facts_sql()
    values = {
        "occurrence": occurrence.pk,
        "user": author.pk,
        "group": occurrence.series.group_id,
        "client_id": client_id,
        "now": now,
        "since": now - timedelta(seconds=look_back),
    }
    params = [values[value] if is_slot else value for is_slot, value in slots]
    with prepared.cursor() as cursor:
        cursor.execute(sql, params)
        names = [column.name for column in cursor.description]
        row = dict(zip(names, cursor.fetchone(), strict=True))
    return rules.facts_from_row(
        row, group=occurrence.series.group, user_id=author.pk, look_back=look_back
    )


def posting_prepare(*, occurrence: Occurrence) -> None:
    """Read and compile now what posting a message in ``occurrence`` reuses: the group's
    screening rules and this process's compiled posting-facts read. Nothing is written."""
    registry.posting_rules().prepare(group=occurrence.series.group)
    if connection.vendor == "postgresql":
        _facts_sql()


def _facts_sql() -> tuple[int, str, tuple[tuple[bool, object], ...]]:
    """The duplicate look-back and the compiled posting-facts read for it (see below)."""
    look_back = registry.posting_rules().look_back()
    if look_back not in _FACTS_SQL:
        _FACTS_SQL[look_back] = _compile_posting_facts(look_back=look_back)
    return look_back, *_FACTS_SQL[look_back]


def facts_columns(*, occurrence: Occurrence, client_id: str) -> dict:
    stored = Message.objects.filter(
        occurrence=occurrence, author_id=OuterRef("pk"), client_id=client_id
    ).order_by()  # one row at most: no join to the meetings for the default ordering
    columns = {
        "stored_id": Subquery(stored.values("pk")[:1]),
    }
    columns["section_rule"] = library_services.section_rule(occurrence=occurrence)
    return columns


# On PostgreSQL the posting-facts query is built and compiled by the ORM once per process
# and shape, then only run: building and compiling it cost about 15 ms of CPU per message
# on the benchmark's machine, running it under one. It is built once with placeholder
# values, and each placeholder's place among the SQL parameters is where a message's own
# value goes. tests/chat/test_services.py checks both paths give the same answers.
_FACTS_SQL: dict[int, tuple[str, tuple[tuple[bool, object], ...]]] = {}
_PLACEHOLDER_IDS = {"occurrence": -7_000_001, "user": -7_000_002, "group": -7_000_003}
_PLACEHOLDER_SERIES = -7_000_004
_PLACEHOLDER_NOW = prepared.PLACEHOLDER_TIME
_PLACEHOLDER_CLIENT_ID = "placeholder-client-id-7000005"


class _Built(Exception):
    def __init__(self, query):
        self.query = query


def _compile_posting_facts(*, look_back: int) -> tuple[str, tuple[tuple[bool, object], ...]]:
    group = Group(pk=_PLACEHOLDER_IDS["group"])
    series = MeetingSeries(pk=_PLACEHOLDER_SERIES, group=group)
    occurrence = Occurrence(pk=_PLACEHOLDER_IDS["occurrence"], series=series)

    def built(query):
        raise _Built(query)

    try:
        registry.posting_rules().facts(
            occurrence=occurrence,
            user=User(pk=_PLACEHOLDER_IDS["user"]),
            now=_PLACEHOLDER_NOW,
            with_body=True,
            columns=facts_columns(occurrence=occurrence, client_id=_PLACEHOLDER_CLIENT_ID),
            fetch=built,
        )
    except _Built as done:
        sql, params = done.query.query.sql_with_params()
    else:  # pragma: no cover - the facts read always runs its query through fetch
        raise RuntimeError("posting_facts did not build its query")
    names: dict[object, str] = {value: name for name, value in _PLACEHOLDER_IDS.items()}
    names[_PLACEHOLDER_NOW] = "now"
    names[_PLACEHOLDER_NOW - timedelta(seconds=look_back)] = "since"
    names[_PLACEHOLDER_CLIENT_ID] = "client_id"
    slots: list[tuple[bool, object]] = []
    for value in params:
        name = None if isinstance(value, bool) else names.get(value)
        if name is not None:
            slots.append((True, name))
        elif isinstance(value, datetime) or value == _PLACEHOLDER_SERIES:
            # A value this function does not fill in each time: refuse to reuse the SQL.
            raise RuntimeError(f"the posting-facts query holds an unexpected value {value!r}")
        else:
            slots.append((False, value))
    return sql, tuple(slots)
