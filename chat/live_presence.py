"""Presence broadcasts from a worker: a burst of joins and leaves in a room is told once."""

from __future__ import annotations

import asyncio

from django.conf import settings

from chat import dbcalls, roomcalls
from chat.dbcalls import log_failure

# Joins and leaves in one room within KINDRED_PRESENCE_COALESCE_SECONDS share one presence
# broadcast from a worker: a room of 200 filling up would otherwise send 200 lists to 200
# sockets.
_presence_pending: dict[int, asyncio.Task] = {}


async def announce_presence(occurrence_id: int) -> None:
    """Tell the room who is there: at once, or with the next broadcast already waiting."""
    wait = settings.KINDRED_PRESENCE_COALESCE_SECONDS
    if wait <= 0:
        await dbcalls.database_sync_to_async(roomcalls.presence_announce)(
            occurrence_id=occurrence_id
        )
        return
    waiting = _presence_pending.get(occurrence_id)
    if (
        waiting is not None
        and not waiting.done()
        and waiting.get_loop() is asyncio.get_running_loop()
    ):
        return
    _presence_pending[occurrence_id] = asyncio.create_task(
        _announce_presence_after(occurrence_id, wait)
    )


async def _announce_presence_after(occurrence_id: int, wait: float) -> None:
    await asyncio.sleep(wait)
    # A join from here on schedules the next broadcast: this one may read before it.
    if _presence_pending.get(occurrence_id) is asyncio.current_task():
        del _presence_pending[occurrence_id]
    try:
        await dbcalls.database_sync_to_async(roomcalls.presence_announce)(
            occurrence_id=occurrence_id
        )
    except Exception as error:
        # Clients also get the list in their welcome and with the next change.
        log_failure("presence broadcast failed", error)
