"""The room socket's client frames: one handler each (chat.consumers.RoomConsumer's mixin).

Each frame reached its handler checked (chat/frames.py): its fields are there and of their
kinds, so a handler only reads them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping

from django.conf import settings
from django.utils.translation import gettext

from chat import admission, dbcalls, registry, roomcalls, selectors
from chat.dbcalls import log_failure
from chat.frames import FrameError
from chat.wire import _echo
from kindred import failures
from kindred.events import CloseCode

# Every client frame is answered within this many seconds, whatever is down: a frame whose
# work (the database, Redis) takes longer gets server_error with retry_after. An unreachable
# database otherwise held the socket, and every ping behind it, for as long as the TCP
# connect or query waited. The call left running finishes (or fails) on its own; a message
# re-sent with its client_id is stored once. A ping refreshes presence within PING_DB_SECONDS
# or answers without it.
FRAME_ANSWER_SECONDS = 1.5
PING_DB_SECONDS = 0.5


class FrameHandlers:
    async def on_hello(self, frame: dict) -> None:
        last_seq = frame.get("last_seq")
        # The answer limit counts from the admission turn: the wait for a turn is bounded by
        # the admission gate (a worker too busy refuses new sockets), and a storm's hellos
        # must not time out in the queue and come back as retries.
        welcome = await admission.welcome(
            access=self.access,
            last_seq=last_seq,
            run=dbcalls.database_sync_to_async,
            limit=FRAME_ANSWER_SECONDS,
            events_from=self.events_from,
        )
        async with self.order_lock:
            self.last_sent = welcome["last_seq"]
            # Anything held back that the welcome already covers is dropped; the rest waits.
            self.ahead = {seq: m for seq, m in self.ahead.items() if seq > self.last_sent}
        self.presence_at = welcome["presence"]["at"]
        self.queue_at = (welcome["queue"] or {}).get("at", "")
        self.announcements.update(m["seq"] for m in welcome["history"])
        self.ready = True
        await self.send_json(
            {
                "type": "welcome",
                "you": self.access.you(),
                "role": self.access.role,
                "listening": self.access.listening,
                "state": self.access.state,
                "view": "readings" if self.access.readings_only else "room",
                "limits": {
                    "max_length": settings.KINDRED_MESSAGE_MAX_LENGTH,
                    "max_frame_bytes": settings.KINDRED_WS_MAX_FRAME_BYTES,
                },
                "reactions": list(selectors.REACTIONS),
                **welcome,
                **_echo(frame),
            }
        )
        if welcome["truncated"]:
            # The rest of the resume, one message.new each, in seq order (docs/protocol.md).
            async with self.order_lock:
                await self.fill_gap(up_to=welcome["room"]["last_seq"])

    async def on_ping(self, frame: dict) -> None:
        try:
            async with asyncio.timeout(PING_DB_SECONDS):
                state = await dbcalls.database_sync_to_async(roomcalls.ping)(
                    access=self.access, channel_name=self.channel_name
                )
            self.last_state = state
        except failures.outage_errors() as error:
            # The database is away or slow: the pong still says the socket is heard, with
            # the meeting's state as last known (presence rows outlive a missed ping).
            log_failure("ping: presence not refreshed", error)
            state = getattr(self, "last_state", self.access.state)
        await self.send_json({"type": "pong", "state": state, **_echo(frame)})
        if state not in ("lobby", "live"):
            code, detail = CloseCode.NOT_OPEN, selectors.not_open_detail(state)
            if state == "ended":
                code, detail = CloseCode.ENDED, str(selectors.MEETING_ENDED)
            await self.send_json({"type": "closing", "code": code, "detail": detail})
            await self.close(code=code, reason=detail)

    async def on_message_send(self, frame: dict) -> None:
        client_id, body = frame["client_id"], frame["body"]
        warning = frame.get("content_warning", "")
        kind = frame.get("kind", "share")
        payload, created = await dbcalls.message_sync_to_async(roomcalls.message_send)(
            access=self.access,
            user=self.user,
            body=body,
            client_id=client_id,
            content_warning=warning,
            kind=kind,
            count_frame=True,
        )
        await self.deliver(payload)
        await self.send_json(
            {
                "type": "message.ack",
                "client_id": client_id,
                "seq": payload["seq"],
                "status": payload["status"],
                "created": created,
                "ref": frame.get("ref"),
            }
        )

    async def on_history_before(self, frame: dict) -> None:
        before, limit = frame["before_seq"], frame.get("limit", 50)
        page, more = await dbcalls.database_sync_to_async(selectors.history_page)(
            access=self.access, before_seq=before, limit=limit
        )
        self.announcements.update(m["seq"] for m in page)
        await self.send_json(
            {
                "type": "history.page",
                "before_seq": before,
                "messages": page,
                "more": more,
                "ref": frame.get("ref"),
            }
        )

    async def _queue_call(self, fn, frame: dict, **kwargs) -> None:
        snapshot = await dbcalls.database_sync_to_async(fn)(
            access=self.access, user=self.user, **kwargs
        )
        if frame.get("ref") is not None and snapshot.get("at", "") < self.queue_at:
            # A newer queue already reached this socket: answer without going back to it.
            await self.send_json({"type": "done", "for": frame["type"], "ref": frame["ref"]})
            return
        await self.send_queue(snapshot, ref=frame.get("ref"))

    async def on_hand_raise(self, frame: dict) -> None:
        await self._queue_call(roomcalls.hand_raise, frame)

    async def on_hand_lower(self, frame: dict) -> None:
        await self._queue_call(roomcalls.hand_lower, frame)

    async def on_pass(self, frame: dict) -> None:
        await self._queue_call(roomcalls.hand_lower, frame, passing=True)

    async def on_queue_call_next(self, frame: dict) -> None:
        await self._queue_call(roomcalls.queue_call_next, frame)

    async def on_timer_set(self, frame: dict) -> None:
        seconds = frame["seconds"]
        timer = await dbcalls.database_sync_to_async(roomcalls.timer_set)(
            access=self.access, user=self.user, seconds=seconds
        )
        await self.send_json({"type": "timer", **timer, **_echo(frame)})

    async def on_reaction_toggle(self, frame: dict) -> None:
        seq, reaction = frame["seq"], frame["reaction"]
        on, counts = await dbcalls.database_sync_to_async(roomcalls.reaction_toggle)(
            access=self.access, user=self.user, seq=seq, kind=reaction
        )
        await self.send_json(
            {
                "type": "reaction.counts",
                "seq": seq,
                "counts": counts,
                "mine": {reaction: on},
                **_echo(frame),
            }
        )

    async def on_listen_set(self, frame: dict) -> None:
        listening = frame["listening"]
        if self.access.readings_only and not listening:
            raise FrameError("forbidden", gettext("The readings-only view always listens."))
        self.access = await dbcalls.database_sync_to_async(roomcalls.listening_set)(
            access=self.access, user=self.user, channel_name=self.channel_name, listening=listening
        )
        await self.send_room_state(ref=frame.get("ref"))

    async def on_room_call(self, frame: dict) -> None:
        """A frame an app above chat registered (chat/registry.py): moderation's controls."""
        result = await dbcalls.database_sync_to_async(roomcalls.room_call)(
            access=self.access, user=self.user, frame=frame
        )
        await self.send_json(
            {"type": "done", "for": frame["type"], "ref": frame.get("ref"), **(result or {})}
        )

    async def on_section_move(self, frame: dict) -> None:
        section_id = frame["section_id"]
        await dbcalls.database_sync_to_async(roomcalls.section_move)(
            access=self.access, user=self.user, section_id=section_id
        )
        await self.send_json({"type": "done", "for": "section.move", "ref": frame.get("ref")})


# Client frame types and their handlers. Nothing else a client sends is ever dispatched.
_OWN_FRAMES: dict[str, str] = {
    "hello": "on_hello",
    "resume": "on_hello",
    "ping": "on_ping",
    "message.send": "on_message_send",
    "history.before": "on_history_before",
    "hand.raise": "on_hand_raise",
    "hand.lower": "on_hand_lower",
    "pass": "on_pass",
    "queue.call_next": "on_queue_call_next",
    "timer.set": "on_timer_set",
    "reaction.toggle": "on_reaction_toggle",
    "listen.set": "on_listen_set",
    "section.move": "on_section_move",
}


class _FrameTable(Mapping[str, str]):
    """The room's own frames, and those an app above chat registered (chat/registry.py:
    moderation's controls), which go to ``on_room_call``."""

    def __getitem__(self, kind: str) -> str:
        if kind in _OWN_FRAMES:
            return _OWN_FRAMES[kind]
        if registry.room_call_for(kind) is not None:
            return "on_room_call"
        raise KeyError(kind)

    def __iter__(self) -> Iterator[str]:
        yield from _OWN_FRAMES
        yield from (kind for kind in registry.room_calls() if kind not in _OWN_FRAMES)

    def __len__(self) -> int:
        return sum(1 for _ in self)


FRAMES = _FrameTable()
# Frames that do not count towards the flood limit.
UNLIMITED = frozenset({"ping", "hello", "resume"})
