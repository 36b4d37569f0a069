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
        """Read (last_sent, up_to] from the database, a page at a time, and send it; the
        database is the truth, so whatever was held back up to there is dropped."""
        while self.last_sent < up_to:
            missed = await dbcalls.database_sync_to_async(selectors.history_gap)(
                access=self.access, after_seq=self.last_sent, up_to_seq=up_to
            )
            for message in missed:
                if message["seq"] > self.last_sent:
                    self.announcements.add(message["seq"])
                    await self.send_json({"type": "message.new", "message": message})
                    self.last_sent = message["seq"]
            if len(missed) < selectors.GAP_PAGE:
                break
        self.last_sent = max(self.last_sent, up_to)
        self.ahead = {seq: m for seq, m in self.ahead.items() if seq > self.last_sent}
