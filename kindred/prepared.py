"""A cursor whose statements PostgreSQL plans once per connection.

Django binds parameters on the client by default (psycopg's ClientCursor), so PostgreSQL
parses and plans every statement it receives. The live room's two statements per message
(the posting facts and the insert, chat/posting_facts.py and chat/sequence.py) are the
same text every time; through this cursor psycopg binds their parameters on the
server and, from their second run on a connection, runs them as prepared statements:
planning the posting-facts query cost PostgreSQL more than running it (docs/performance.md).

Everything else keeps Django's own cursor. ``KINDRED_DB_PREPARED=0`` turns this off, as a
connection pooler in transaction mode (PgBouncer's ``pool_mode = transaction`` before
1.21, say) needs: prepared statements belong to one server connection.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.db import connection

# Runs of one statement on a connection before psycopg prepares it.
PREPARE_AFTER = 2
# The moment a compiled read or statement is built with in place of "now": no real row
# holds it, so where it lands among the SQL's parameters marks where each run's time goes.
PLACEHOLDER_TIME = datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=UTC)


def cursor():
    """A cursor on the default connection, prepared-statement capable on PostgreSQL when
    KINDRED_DB_PREPARED is on; Django's own cursor otherwise. Counted and logged as any
    Django cursor is (``connection.queries``, query-count tests)."""
    if connection.vendor != "postgresql" or not settings.KINDRED_DB_PREPARED:
        return connection.cursor()
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.close_if_health_check_failed()
    connection.ensure_connection()
    raw = connection.connection
    if raw.prepare_threshold is None:
        # Django turns automatic preparing off for the connection. Django's own cursors
        # never prepare whatever this says (client-side binding): only this one does.
        raw.prepare_threshold = PREPARE_AFTER
    connection.validate_thread_sharing()
    with connection.wrap_database_errors:
        made = ServerBindingCursor(raw)
    if connection.queries_logged:
        return connection.make_debug_cursor(made)
    return connection.make_cursor(made)


class CompiledRead:
    """A read the ORM builds and compiles once per process (PostgreSQL), then only runs
    with new values, through :func:`cursor`: building and compiling a query costs far more
    CPU than running a small one (chat/posting_facts.py does the same by hand).

    ``build(**values)`` returns a ``values()`` QuerySet. It is built once with the
    ``placeholders`` (values no real row has, each different); where a placeholder lands
    among the SQL's parameters, each run puts its own value. A date-time the placeholders
    do not account for is refused: the SQL would hold a moment fixed at compile time.
    Elsewhere than on PostgreSQL the query is built each time."""

    def __init__(self, build, **placeholders) -> None:
        self.build = build
        self.placeholders = placeholders
        self._compiled = None

    def rows(self, **values) -> list[dict]:
        """The rows (dicts, values converted as the ORM converts them) for ``values``."""
        if connection.vendor != "postgresql":
            return list(self.build(**values))
        sql, slots, names, converters = self._compiled or self._compile()
        params = [values[value] if is_slot else value for is_slot, value in slots]
        with cursor() as c:
            c.execute(sql, params)
            fetched = c.fetchall()
        return self._converted(fetched, names, converters)

    def rows_many(self, many: list[dict]) -> list[list[dict]]:
        """:meth:`rows` for each of ``many``, sent to PostgreSQL together in one pipeline
        (psycopg's ``executemany`` with ``returning``): one wait for the answers instead of
        one per read. Logged as one query, as Django logs an ``executemany``."""
        if connection.vendor != "postgresql" or len(many) <= 1:
            return [self.rows(**values) for values in many]
        sql, slots, names, converters = self._compiled or self._compile()
        params = [[values[v] if is_slot else v for is_slot, v in slots] for values in many]
        fetched: list[list] = []
        started = time.monotonic()
        with cursor() as c, connection.wrap_database_errors:
            raw = c.cursor
            raw.executemany(sql, params, returning=True)
            while True:
                fetched.append(raw.fetchall())
                if not raw.nextset():
                    break
        if connection.queries_logged:
            connection.queries_log.append(
                {"sql": f"{len(many)} times: {sql}", "time": f"{time.monotonic() - started:.3f}"}
            )
        if len(fetched) != len(many):
            raise RuntimeError("a pipelined read answered for fewer reads than it sent")
        return [self._converted(rows, names, converters) for rows in fetched]

    @staticmethod
    def _converted(fetched, names, converters) -> list[dict]:
        rows = []
        for row in map(list, fetched):
            for place, functions, expression in converters:
                for function in functions:
                    row[place] = function(row[place], expression, connection)
            rows.append(dict(zip(names, row, strict=True)))
        return rows

    def _compile(self):
        from datetime import datetime

        query = self.build(**self.placeholders).query
        compiler = query.get_compiler(connection=connection)
        sql, params = compiler.as_sql()
        names = (*query.extra_select, *query.values_select, *query.annotation_select)
        if len(names) != compiler.col_count:
            raise RuntimeError("a compiled read must be a values() query")
        named = {value: name for name, value in self.placeholders.items()}
        slots: list[tuple[bool, object]] = []
        for value in params:
            try:
                name = None if isinstance(value, bool) else named.get(value)
            except TypeError:  # an unhashable value (a list): never a placeholder
                name = None
            if name is not None:
                slots.append((True, name))
            elif isinstance(value, datetime):
                raise RuntimeError(f"a compiled read holds an unexpected value {value!r}")
            else:
                slots.append((False, value))
        expressions = [select[0] for select in compiler.select[: compiler.col_count]]
        converters = tuple(
            (place, tuple(functions), expression)
            for place, (functions, expression) in compiler.get_converters(expressions).items()
        )
        self._compiled = (sql, tuple(slots), names, converters)
        return self._compiled


@dataclass(frozen=True, slots=True)
class Planned:
    """A compiled read with its values and what its rows become (``build``): run alone
    (:func:`run`) or with others in one round trip (:func:`run_together`)."""

    read: CompiledRead
    values: dict
    build: Callable[[list[dict]], Any]


def run(planned: Planned) -> Any:
    return planned.build(planned.read.rows(**planned.values))


def run_together(plans: Sequence[Planned]) -> list[Any]:
    """What :func:`run` gives for each of ``plans``, their statements sent to PostgreSQL
    together in one pipeline and answered in order, each on its own snapshot: one wait for
    all the answers instead of one per read. A worker busy with a storm of arrivals made
    every wait cost far more than the statement (docs/performance.md). Each statement is
    logged as a query of its own. Elsewhere than on PostgreSQL, or without prepared
    statements, the reads run one after another."""
    if connection.vendor != "postgresql" or not settings.KINDRED_DB_PREPARED or len(plans) <= 1:
        return [run(planned) for planned in plans]
    compiled = [planned.read._compiled or planned.read._compile() for planned in plans]
    started = time.monotonic()
    with cursor() as c, connection.wrap_database_errors:
        raw = c.cursor
        cursors = []
        try:
            with raw.connection.pipeline():
                for (sql, slots, _names, _converters), planned in zip(compiled, plans, strict=True):
                    each = type(raw)(raw.connection)
                    cursors.append(each)
                    each.execute(sql, [planned.values[v] if slot else v for slot, v in slots])
                fetched = [each.fetchall() for each in cursors]
        finally:
            for each in cursors:
                each.close()
    if connection.queries_logged:
        took = f"{time.monotonic() - started:.3f}"
        for sql, *_ in compiled:
            connection.queries_log.append({"sql": f"(together) {sql}", "time": took})
    return [
        planned.build(CompiledRead._converted(rows, names, converters))
        for planned, rows, (_sql, _slots, names, converters) in zip(
            plans, fetched, compiled, strict=True
        )
    ]
