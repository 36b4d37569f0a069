"""Seq order for one room socket: nothing is lost, nothing is sent twice or out of order.

Every socket remembers the last message seq it sent. A live message with a higher seq than
the next one expected is held back for a moment (two workers may publish in the other order
than they committed): if the missing seqs arrive meanwhile, everything goes out in order
with no query; if not, the socket reads the gap from the database. Anything at or below
what it already sent is ignored.
"""

from __future__ import annotations

import asyncio

from chat import dbcalls, selectors
from chat.dbcalls import log_failure
from chat.wire import message_new_text

# How long a socket holds a message that overtook an earlier one before it reads the gap
# from the database. Reordering between workers resolves within milliseconds; only a lost
# event costs this wait (and one query for this socket).
GAP_WAIT_SECONDS = 0.25

# Marks a held-back message that changed while it waited: read it from the database.
_STALE = object()


# Gap reads in progress on this worker, by room, view and range: when an event is late or
# lost, every socket of the room here misses it at once, and one read serves them all.
_gap_reads: dict[tuple, asyncio.Future] = {}


async def gap_page(access, *, after_seq: int, up_to_seq: int) -> list[dict]:
    """One page of (after_seq, up_to_seq] of the room as a moderator sees it
    (selectors.room_gap), read once for the sockets of this worker that ask for the same
    range while it is read. Each keeps what its viewer may see (selectors.sees)."""
    loop = asyncio.get_running_loop()
    key = (loop, access.occurrence_id, access.readings_only, after_seq, up_to_seq)
    read = _gap_reads.get(key)
    if read is not None:
        return await asyncio.shield(read)
    read = _gap_reads[key] = loop.create_future()
    # Nobody may be waiting on it: mark a failure as seen.
    read.add_done_callback(lambda f: f.cancelled() or f.exception())
    try:
        page = await dbcalls.database_sync_to_async(selectors.room_gap)(
            occurrence_id=access.occurrence_id,
            readings_only=access.readings_only,
            after_seq=after_seq,
            up_to_seq=up_to_seq,
        )
    except BaseException as error:
        if isinstance(error, Exception):
            read.set_exception(error)
        else:
            read.cancel()
        raise
    else:
        read.set_result(page)
    finally:
        if _gap_reads.get(key) is read:
            del _gap_reads[key]
    return page


class SeqOrdering:
    """The room consumer's seq ordering (a mixin of chat.consumers.RoomConsumer). The
    consumer sets ``last_sent``, ``ahead``, ``gap_task``, ``order_lock`` and
    ``announcements`` when it connects."""

    def order_reset(self) -> None:
        self.last_sent = 0
        # Messages that arrived ahead of the next seq, by seq (None: a seq to step past,
        # a message held for review that this person does not see).
        self.ahead: dict[int, dict | object | None] = {}
        self.gap_task: asyncio.Task | None = None
        self.order_lock = asyncio.Lock()

    async def deliver(self, message: dict) -> None:
        """Send one message in seq order (see the module's docstring)."""
        async with self.order_lock:
            await self._take(message["seq"], message)

    async def _take(self, seq: int, message: dict | None) -> None:
        """``message`` None: a seq to step past without sending anything."""
        if seq <= self.last_sent:
            return
        if seq > self.last_sent + 1:
            self.ahead.setdefault(seq, message)  # the first copy (the sender's own) wins
            if self.gap_task is None:
                self.gap_task = asyncio.create_task(self._fill_after_wait())
            return
        await self._emit(seq, message)
        while self.last_sent + 1 in self.ahead:
            following = self.ahead.pop(self.last_sent + 1)
            if following is _STALE:
                await self.fill_gap(up_to=max(self.ahead, default=self.last_sent + 1))
                break
            await self._emit(self.last_sent + 1, following)
        if not self.ahead and self.gap_task is not None:
            self.gap_task.cancel()
            self.gap_task = None

    async def _emit(self, seq: int, message: dict | None) -> None:
        self.last_sent = seq
        if message is None:
            return
        if self.access.readings_only and message["kind"] != "announcement":
            return  # never a share for the readings-only view
        self.announcements.add(seq)
        await self.send(text_data=message_new_text(message))

    async def _fill_after_wait(self) -> None:
        while True:
            await asyncio.sleep(GAP_WAIT_SECONDS)
            async with self.order_lock:
                if self.ahead:
                    try:
                        await self.fill_gap(up_to=max(self.ahead))
                    except Exception as error:
                        # The database may be briefly away: keep what is held, try again.
                        log_failure("room gap fill failed; trying again", error)
                        continue
                self.gap_task = None
                return

    async def fill_gap(self, *, up_to: int) -> None:
        """Read (last_sent, up_to] from the database, a page at a time, and send what this
        person may see; the database is the truth, so whatever was held back up to there is
        dropped. The sockets of the room on this worker that miss the same events share
        each page's read (gap_page)."""
        after = self.last_sent
        while after < up_to:
            page = await gap_page(self.access, after_seq=after, up_to_seq=up_to)
            for message in page:
                if message["seq"] > self.last_sent and selectors.sees(message, self.access):
                    self.announcements.add(message["seq"])
                    await self.send_json({"type": "message.new", "message": message})
                    self.last_sent = message["seq"]
            if len(page) < selectors.GAP_PAGE:
                break
            after = page[-1]["seq"]
        self.last_sent = max(self.last_sent, up_to)
        self.ahead = {seq: m for seq, m in self.ahead.items() if seq > self.last_sent}
