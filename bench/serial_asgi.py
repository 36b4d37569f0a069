"""Kindred as it was before the thread-pool change, for before/after figures: every
database call of the room on the one thread Channels shares per worker process.

    KINDRED_ASGI=bench.serial_asgi:application bench/run.py --scenario S1 --quick --out before
"""

from functools import partial
from importlib import import_module

from channels.db import DatabaseSyncToAsync

from kindred.asgi import application  # sets Django up before chat is imported

import_module("chat.dbcalls").database_sync_to_async = partial(
    DatabaseSyncToAsync, thread_sensitive=True
)

__all__ = ["application"]
