"""The room's database calls: each runs on a pool of threads with a cheaper health check.

Every database call of the room socket (chat/consumers.py and its parts) goes through
``database_sync_to_async`` here, looked up on this module at call time.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial

from asgiref.sync import SyncToAsync
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, close_old_connections, connections

from kindred import failures

logger = logging.getLogger("chat.consumers")


def log_failure(what: str, error: BaseException | None) -> None:
    failures.log_failure(logger, what, error)


# Database calls run on a pool of threads rather than on the one thread Channels shares
# by default, so one room's slow queries do not queue every other room behind them (each
# socket still makes its calls one at a time). docs/performance.md has the figures.
_DB_THREADS = ThreadPoolExecutor(
    max_workers=settings.KINDRED_DB_THREADS, thread_name_prefix="room-db"
)


# Channels' DatabaseSyncToAsync, with one change. It calls close_old_connections() around
# each call, and with CONN_HEALTH_CHECKS Django then pings a kept connection (SELECT 1, a
# round trip) before its first query: every message paid a third round trip to PostgreSQL.
# A connection that answered within this many seconds is trusted without the ping; one
# that failed since is checked as before (errors_occurred), and a query on a connection
# that died in between fails like any database error: the client is told to try again.
HEALTH_TRUSTED_SECONDS = 1.0
_healthy = threading.local()


class _DatabaseCall(SyncToAsync):
    def thread_handler(self, loop, *args, **kwargs):
        close_old_connections()
        connection = connections[DEFAULT_DB_ALIAS]
        if (
            connection.connection is not None
            and not connection.errors_occurred
            and time.monotonic() - getattr(_healthy, "at", -HEALTH_TRUSTED_SECONDS)
            < HEALTH_TRUSTED_SECONDS
        ):
            connection.health_check_done = True
        try:
            return super().thread_handler(loop, *args, **kwargs)
        finally:
            close_old_connections()
            if connection.connection is not None and not connection.errors_occurred:
                _healthy.at = time.monotonic()


database_sync_to_async = partial(_DatabaseCall, thread_sensitive=False, executor=_DB_THREADS)
