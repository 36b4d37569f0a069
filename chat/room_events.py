"""The room socket's channel-layer events, sent by services after commit
(chat.consumers.RoomConsumer's mixin; docs/protocol.md says what each becomes)."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections import deque
from datetime import datetime

from autobahn.exception import Disconnected

from chat import admission, dbcalls, roomcalls, selectors
from chat.dbcalls import log_failure
from chat.live_presence import announce_presence
from chat.ordering import _STALE
from chat.selectors import RoomRefused
from kindred.events import CloseCode

logger = logging.getLogger("chat.consumers")


class RoomEvents:
    async def room_event(self, event: dict) -> None:
        """A room event from this worker's fan-out (chat/fanout.py). When the socket is idle
        and the event only needs sending, it goes out at once, from the fan-out's own task;
        otherwise it waits its turn on the socket's inbox, in order, as Channels' own
        receive loop would have kept it."""
        if self.closed:
            return
        if self.inbox is None and not self.turn.locked() and self._sends_only(event):
            try:
                await self.dispatch(event)
            except Exception:
                await self._event_failed(event)
            return
        if self.inbox is None:
            self.inbox = deque()
            self.inbox_task = asyncio.create_task(self._drain_inbox())
        self.inbox.append(event)

    def _sends_only(self, event: dict) -> bool:
        """Whether handling ``event`` needs nothing but sending (no database, no waiting)."""
        kind = event["type"]
        if kind == "room.message":
            if event.get("message") is None and self.access.sees_held:
                return False  # read from the database
            return _STALE not in self.ahead.values()
        if kind == "room.queue":
            return event.get("queue") is not None
        return kind in _SENDS_ONLY

    async def _drain_inbox(self) -> None:
        while self.inbox:
            event = self.inbox.popleft()
            try:
                await self.dispatch(event)
            except Exception:
                await self._event_failed(event)
        self.inbox = None

    async def _event_failed(self, event: dict) -> None:
        # An event this socket could not act on (a readmission that could not reach the
        # database, say) must not leave it open on stale rights: close it, and the client
        # reconnects and resumes from its last seq. A socket that closed meanwhile (the
        # client left as the meeting ended) has nothing left to do.
        self.inbox = None
        error = sys.exc_info()[1]
        if self.closed or isinstance(error, Disconnected):
            logger.info("room event %s for a closed socket dropped", event.get("type"))
            return
        log_failure(f"room event {event.get('type')} failed; closing the socket", error)
        await self.close(code=CloseCode.TRY_AGAIN)

    async def room_message(self, event: dict) -> None:
        if not self.ready:
            return  # the welcome's history, read later, holds it
        seq = event["seq"]
        message = event.get("message")
        async with self.order_lock:
            if seq <= self.last_sent:
                return
            if message is None and self.access.sees_held:
                # Held for review: its author and moderators read it from the database;
                # everyone else just moves past the seq.
                await self.fill_gap(up_to=seq)
                return
            await self._take(seq, message)

    async def room_message_updated(self, event: dict) -> None:
        message = event["message"]
        if not self.ready:
            return
        async with self.order_lock:
            if message["seq"] in self.ahead:
                self.ahead[message["seq"]] = _STALE  # send what the database holds now
                return
            if message["seq"] > self.last_sent:
                return  # not sent yet: it will be read in its current state
            if self.access.readings_only and (
                message["kind"] != "announcement" or message["seq"] not in self.announcements
            ):
                return
            if message["status"] == "held" and not (
                self.access.sees_held or message["author_id"] == self.access.user_id
            ):
                return
            await self.send_json({"type": "message.updated", "message": message})

    async def room_message_removed(self, event: dict) -> None:
        async with self.order_lock:
            if event["seq"] in self.ahead:
                self.ahead[event["seq"]] = _STALE
                return
            if self.access.readings_only and event["seq"] not in self.announcements:
                return
            if self.ready:
                await self.send_json({"type": "message.removed", "seq": event["seq"]})

    async def room_presence(self, event: dict) -> None:
        presence = event["presence"]
        if not self.ready or presence.get("at", "") < self.presence_at:
            return
        self.presence_at = presence.get("at", "")
        if self.access.readings_only:
            presence = selectors.presence_counts(presence)
        await self.send_json({"type": "presence", **presence})

    async def room_queue(self, event: dict) -> None:
        if not self.ready or self.access.readings_only:
            return
        queue = event.get("queue")
        if queue is None:
            queue = await dbcalls.database_sync_to_async(selectors.queue_snapshot)(
                occurrence_id=self.access.occurrence_id
            )
        await self.send_queue(queue)

    async def room_timer(self, event: dict) -> None:
        if self.ready and not self.access.readings_only:
            await self.send_json({"type": "timer", **event["timer"]})

    async def room_reactions(self, event: dict) -> None:
        if self.access.readings_only and event["seq"] not in self.announcements:
            return
        if self.ready:
            await self.send_json(
                {"type": "reaction.counts", "seq": event["seq"], "counts": event["counts"]}
            )

    async def room_section(self, event: dict) -> None:
        if self.ready:
            await self.send_json({"type": "section", "section": event.get("section")})

    async def room_mutes(self, event: dict) -> None:
        # Who is muted is for the people who can lift it, not the room.
        if self.ready and self.access.sees_held:
            await self.send_json({"type": "mutes", "muted": event["muted"]})

    async def room_refresh_state(self, event: dict) -> None:
        await self.readmit()

    async def room_copies_stale(self, event: dict) -> None:
        roomcalls.forget_copies(self.access.occurrence_id)

    async def readmit(self) -> None:
        """Re-check admission (a role, ban, removal or the meeting's state changed)."""
        roomcalls.forget_occurrence(self.access.occurrence_id)
        try:
            access = await dbcalls.database_sync_to_async(selectors.room_admit)(
                user=self.user,
                occurrence_id=self.access.occurrence_id,
                listen_only=self.access.listening,
                readings_only=self.access.readings_only,
            )
        except RoomRefused as refused:
            await self.send_closing(refused)
            return
        changed = access != self.access
        self.access = access
        if changed and access.listening:
            await dbcalls.database_sync_to_async(roomcalls.presence_join)(
                access=access, channel_name=self.channel_name
            )
            await announce_presence(access.occurrence_id)
        if self.ready:
            await self.send_room_state()

    async def user_kick(self, event: dict) -> None:
        occurrence_id, group_id = event.get("occurrence_id"), event.get("group_id")
        if occurrence_id is not None and occurrence_id != self.access.occurrence_id:
            return
        if group_id is not None and group_id != self.access.group_id:
            return
        code = int(event.get("code") or CloseCode.NOT_ALLOWED)
        reason = str(event.get("reason") or "")
        if code == CloseCode.REMOVED:
            refused = selectors.removed_refusal(reason=reason)
        elif code == CloseCode.BANNED:
            until = event.get("until")
            refused = selectors.banned_refusal(
                reason=reason,
                until=datetime.fromisoformat(until) if until else None,
                zone=selectors.zone_of(self.user),
            )
        else:  # the group was closed, the account deleted...: the event says it all
            refused = RoomRefused(code, reason, code="closed")
        await self.send_closing(refused)

    async def send_closing(self, refused: RoomRefused) -> None:
        """The ``closing`` frame (what happened, the moderator's reason, what the person
        can do next), then the close itself, whose reason is the short summary (a close
        reason is at most 123 bytes)."""
        await self.send_json({"type": "closing", **refused.closing()})
        await self.close(code=refused.close_code, reason=refused.summary)

    async def send_retry_later(self, code: CloseCode, retry_after: float) -> None:
        """``closing`` with a suggested wait, then the close: 4529 (busy) or 4503 (this
        worker is restarting). Nothing is lost: the client resumes from its last seq."""
        frame = admission.closing_frame(code, retry_after)
        await self.send_json(frame)
        await self.close(code=code, reason=frame["detail"])

    async def restart_notice(self, retry_after: float) -> None:
        """This worker is restarting (chat/admission.drain): reconnect elsewhere."""
        await self.send_retry_later(CloseCode.RESTARTING, retry_after)

    async def user_notice(self, event: dict) -> None:
        occurrence_id, group_id = event.get("occurrence_id"), event.get("group_id")
        if occurrence_id is not None and occurrence_id != self.access.occurrence_id:
            return
        if group_id is not None and group_id != self.access.group_id:
            return  # about another group (a group-wide mute, say)
        notice = {k: v for k, v in event.items() if k not in ("type", "group_id")}
        await self.send_json({"type": "notice", **notice})

    async def user_downgrade(self, event: dict) -> None:
        if event.get("group_id") in (None, self.access.group_id):
            await self.readmit()

    async def user_refresh(self, event: dict) -> None:
        """The person's role went up (a reader became a member, say): re-read the standing
        and send ``room.state`` with the new ``you``, without reconnecting."""
        if event.get("group_id") in (None, self.access.group_id):
            await self.readmit()


# Room events whose handlers only send (see RoomEvents._sends_only for the others).
_SENDS_ONLY = frozenset(
    {
        "room.message_updated",
        "room.message_removed",
        "room.presence",
        "room.timer",
        "room.reactions",
        "room.section",
        "room.mutes",
        "room.copies_stale",
    }
)
