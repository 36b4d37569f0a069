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

from django.conf import settings
from django.db import connection

# Runs of one statement on a connection before psycopg prepares it.
PREPARE_AFTER = 2


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
