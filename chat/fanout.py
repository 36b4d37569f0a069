"""One channel-layer subscription per room per worker process.

A room's events (``room.*``, kindred/events.py) go to the room's group. Rather than every
socket joining that group, and every event then being queued, decoded and dispatched once
per socket by the channel layer and Channels' receive loop, each worker process joins the
group once per room it has sockets in, receives each event once, and hands it to its
sockets in that room directly (``RoomConsumer.room_event``). Sockets still have their own
channel for events addressed to one person (``user.*``).

The channel layer, and so the group, is the same for every worker: an event sent from any
worker reaches every worker with a socket in the room. The subscription is made when the
first socket of a room arrives on a worker and dropped when the last one leaves.

With the pub/sub layer (kindred/layers.py) the room listens to its group: the task reading
Redis hands each event over as it reads it, and the event goes to the room's sockets at once
(in the same turn of the event loop when none of them has to wait). With the other layer,
the room's own task receives from a channel in the group; each event then waits a turn.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from typing import Protocol

logger = logging.getLogger(__name__)


class RoomSocket(Protocol):
    async def room_event(self, event: dict) -> None: ...

    async def room_lost(self) -> None: ...


class RoomFanout:
    """One room on one worker: the sockets there and the one subscription they share."""

    def __init__(self, layer, group: str):
        self.layer = layer
        self.group = group
        self.sockets: dict[RoomSocket, None] = {}  # an ordered set
        self.channel: str | None = None
        self.listens = hasattr(layer, "group_listen")
        self.started = asyncio.ensure_future(self._start())
        self.receiving: asyncio.Task | None = None
        self.waiting: deque[dict] = deque()  # events heard, not yet handed out
        self.busy = False  # handing out: the next event heard waits its turn
        self.handing_out: asyncio.Task | None = None  # while a socket makes it wait
        self.losing: asyncio.Future | None = None  # closing the sockets (a task needs a holder)

    async def _start(self) -> None:
        if self.listens:
            await self.layer.group_listen(self.group, self)
            return
        self.channel = await self.layer.new_channel()
        await self.layer.group_add(self.group, self.channel)
        self.receiving = asyncio.create_task(self._receive())

    def heard(self, event: dict) -> None:
        """An event read off Redis, in the reading task. It goes out at once, started
        eagerly: a socket that has to wait holds the events after it, in order."""
        self.waiting.append(event)
        if not self.busy:
            self.busy = True
            task = asyncio.eager_task_factory(asyncio.get_running_loop(), self._hand_out_waiting())
            if not task.done():
                self.handing_out = task

    def lost(self) -> None:
        """The connection to Redis failed: what the room was sent meanwhile will never be
        heard. Its sockets are closed as when a channel's receive fails (below)."""
        logger.warning("room %s: its connection to Redis failed; closing its sockets", self.group)
        self.losing = asyncio.ensure_future(self._lost())

    async def _hand_out_waiting(self) -> None:
        try:
            while self.waiting:
                await self._hand_out(self.waiting.popleft())
        finally:
            self.busy, self.handing_out = False, None

    async def _receive(self) -> None:
        while True:
            try:
                event = await self.layer.receive(self.channel)
            except Exception:
                # Redis went away: what it held of the group may be gone with it. Close
                # the room's sockets on this worker, as each socket's own receive would
                # have done: their clients reconnect, resume from their last seq and make
                # a new subscription.
                logger.warning("room %s: receive failed; closing its sockets", self.group)
                await self._lost()
                return
            await self._hand_out(event)

    async def _hand_out(self, event) -> None:
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            logger.warning("room %s: ignored an event without a type", self.group)
            return
        # A copy of the set: a socket may leave while an earlier one is being sent to.
        for socket in list(self.sockets):
            try:
                await socket.room_event(event)
            except Exception:
                # One socket's failure must not keep the event from the others.
                logger.exception("room %s: event %s failed", self.group, event["type"])

    async def _lost(self) -> None:
        key = (asyncio.get_running_loop(), self.group)
        if _rooms.get(key) is self:
            del _rooms[key]  # the next socket makes a new subscription
        sockets, self.sockets = list(self.sockets), {}
        for socket in sockets:
            try:
                await socket.room_lost()
            except Exception:
                logger.exception("room %s: closing a socket failed", self.group)
        if self.listens:
            try:
                await self.layer.group_unlisten(self.group, self)
            except Exception:  # Redis still away: its subscription lapses unheard
                logger.info("room %s: could not unsubscribe yet", self.group)

    async def close(self) -> None:
        try:
            await self.started
        except Exception:
            return  # never subscribed
        if self.listens:
            await self.layer.group_unlisten(self.group, self)
            return  # what is still being handed out goes to no socket: none is left
        if self.receiving is not None:
            self.receiving.cancel()
            await asyncio.wait([self.receiving])
        await self.layer.group_discard(self.group, self.channel)


# (event loop, group) → the room's fan-out on this worker. One event loop per worker in
# production; tests may run several loops one after another in one process.
_rooms: dict[tuple[asyncio.AbstractEventLoop, str], RoomFanout] = {}


async def join(layer, group: str, socket: RoomSocket) -> None:
    """Add ``socket`` to the room's fan-out on this worker, subscribing on first use.
    Returns once the subscription is in place, so nothing sent after this is missed."""
    key = (asyncio.get_running_loop(), group)
    room = _rooms.get(key)
    if room is None:
        room = _rooms[key] = RoomFanout(layer, group)
    room.sockets[socket] = None
    try:
        await asyncio.shield(room.started)
    except Exception:
        room.sockets.pop(socket, None)
        if _rooms.get(key) is room:
            del _rooms[key]  # the next socket tries again
        raise


async def leave(group: str, socket: RoomSocket) -> None:
    """Remove ``socket`` (again: nothing happens); the last socket of a room on this worker
    ends the subscription."""
    key = (asyncio.get_running_loop(), group)
    room = _rooms.get(key)
    if room is None or socket not in room.sockets:
        return
    del room.sockets[socket]
    if not room.sockets:
        del _rooms[key]  # a socket arriving from now on starts a new subscription
        await room.close()


def sockets_in(group: str) -> int:
    """How many sockets of the room this worker holds (for tests and diagnostics)."""
    room = _rooms.get((asyncio.get_running_loop(), group))
    return len(room.sockets) if room is not None else 0
