"""The room's database calls: each runs on a pool of threads with a cheaper health check.

Every database call of the room socket (chat/consumers.py and its parts) goes through
``database_sync_to_async`` here, looked up on this module at call time; storing a member's
message goes through ``message_sync_to_async``, ahead of the others.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from concurrent.futures import Executor, Future
from functools import partial

from asgiref.sync import SyncToAsync
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, close_old_connections, connections

from kindred import failures

logger = logging.getLogger("chat.consumers")


def log_failure(what: str, error: BaseException | None) -> None:
    failures.log_failure(logger, what, error)


class _RoomThreads(Executor):
    """A pool of threads with two lanes: a call submitted to ``messages`` (members' messages)
    starts before every call waiting in the pool's own lane, on the next thread free. In a
    storm the arrivals' admissions, welcomes, resumes and presence filled the queue, and a
    message waited behind them for tens to hundreds of milliseconds before its call began,
    while everyone in its room waited for it (docs/performance.md, "A member's message
    first in the database threads' queue"). The threads are shared, so the pool holds no
    more threads or database connections than before, and each is kept warm by both."""

    def __init__(self, max_workers: int, thread_name_prefix: str):
        self._size = max(1, max_workers)
        self._prefix = thread_name_prefix
        self._lanes: tuple[deque, deque] = (deque(), deque())  # messages, everything else
        # One ticket per call submitted, put after the call is in its lane: a thread that
        # takes a ticket always finds a call, and takes the messages' first. A thread waits
        # for a ticket as ThreadPoolExecutor's wait for their queue, in C.
        self._tickets: queue.SimpleQueue = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._starting = threading.Lock()
        self.messages = _Lane(self, 0)

    def submit(self, fn, /, *args, **kwargs) -> Future:
        return self._submit(1, fn, args, kwargs)

    def waiting(self) -> tuple[int, int]:
        """How many calls wait in each lane (messages, others): for tests and diagnostics."""
        return len(self._lanes[0]), len(self._lanes[1])

    def _submit(self, lane: int, fn, args, kwargs) -> Future:
        future: Future = Future()
        self._lanes[lane].append((future, fn, args, kwargs))
        self._tickets.put(None)
        if len(self._threads) < self._size:
            with self._starting:
                if len(self._threads) < self._size:
                    thread = threading.Thread(
                        target=self._work,
                        name=f"{self._prefix}_{len(self._threads)}",
                        daemon=True,
                    )
                    self._threads.append(thread)
                    thread.start()
        return future

    def _work(self) -> None:
        messages, others = self._lanes
        while True:
            self._tickets.get()
            try:
                future, fn, args, kwargs = messages.popleft()
            except IndexError:  # none: this ticket's call, or one as old, is in the other lane
                future, fn, args, kwargs = others.popleft()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn(*args, **kwargs)
            except BaseException as error:
                future.set_exception(error)
            else:
                future.set_result(result)
            del future, fn, args, kwargs  # nothing of a finished call kept alive meanwhile


class _Lane(Executor):
    def __init__(self, pool: _RoomThreads, lane: int):
        self._pool, self._lane = pool, lane

    def submit(self, fn, /, *args, **kwargs) -> Future:
        return self._pool._submit(self._lane, fn, args, kwargs)


# Database calls run on a pool of threads rather than on the one thread Channels shares
# by default, so one room's slow queries do not queue every other room behind them (each
# socket still makes its calls one at a time). docs/performance.md has the figures.
_DB_THREADS = _RoomThreads(max_workers=settings.KINDRED_DB_THREADS, thread_name_prefix="room-db")


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
# For storing a member's message (chat/frame_handlers.py, on_message_send): first in the queue.
message_sync_to_async = partial(
    _DatabaseCall, thread_sensitive=False, executor=_DB_THREADS.messages
)
