"""The live room socket: ``/ws/rooms/<occurrence_id>/``.

A thin adapter. It admits or refuses in ``connect()`` (close codes in docs/protocol.md,
before ``accept()``), parses and checks each client frame, looks its ``type`` up in an
explicit table (a client's ``type`` never reaches channel-layer dispatch), calls the chat
and moderation services through ``database_sync_to_async`` and forwards the small events
the services send after commit. No ORM here.

Nothing is lost: every socket remembers the last message seq it sent. A live message with
a higher seq than the next one expected is held back for a moment (two workers may publish
in the other order than they committed): if the missing seqs arrive meanwhile, everything
goes out in order with no query; if not, the socket reads the gap from the database. Anything
at or below what it already sent is ignored.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from functools import partial
from typing import Any

from asgiref.sync import SyncToAsync
from channels.consumer import get_handler_name
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, close_old_connections, connections
from django.utils import translation

from chat import admission, fanout, limits, roomcalls, selectors
from chat.events import room_group_name, user_group_name
from chat.frames import FrameError, frame_clean, valid_ref
from chat.selectors import CloseCode, RoomAccess, RoomRefused
from kindred import failures
from kindred.counters import Count
from kindred.errors import ServiceError
from kindred.i18n import language_for_scope

logger = logging.getLogger(__name__)

try:
    from autobahn.exception import Disconnected
except ImportError:  # not served by daphne

    class Disconnected(Exception):  # autobahn's name
        pass


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

# Every client frame is answered within this many seconds, whatever is down: a frame whose
# work (the database, Redis) takes longer gets server_error with retry_after. An unreachable
# database otherwise held the socket, and every ping behind it, for as long as the TCP
# connect or query waited. The call left running finishes (or fails) on its own; a message
# re-sent with its client_id is stored once. A ping refreshes presence within PING_DB_SECONDS
# or answers without it.
FRAME_ANSWER_SECONDS = 1.5
PING_DB_SECONDS = 0.5


# How long a socket holds a message that overtook an earlier one before it reads the gap
# from the database. Reordering between workers resolves within milliseconds; only a lost
# event costs this wait (and one query for this socket).
GAP_WAIT_SECONDS = 0.25

# Marks a held-back message that changed while it waited: read it from the database.
_STALE = object()


# Joins and leaves in one room within KINDRED_PRESENCE_COALESCE_SECONDS share one presence
# broadcast from a worker: a room of 200 filling up would otherwise send 200 lists to 200
# sockets.
_presence_pending: dict[int, asyncio.Task] = {}


async def announce_presence(occurrence_id: int) -> None:
    """Tell the room who is there: at once, or with the next broadcast already waiting."""
    wait = settings.KINDRED_PRESENCE_COALESCE_SECONDS
    if wait <= 0:
        await database_sync_to_async(roomcalls.presence_announce)(occurrence_id=occurrence_id)
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
        await database_sync_to_async(roomcalls.presence_announce)(occurrence_id=occurrence_id)
    except Exception as error:
        # Clients also get the list in their welcome and with the next change.
        log_failure("presence broadcast failed", error)


_MISSING = object()


def _field(frame: dict, name: str, kind: type, *, required=True, nullable=False, default=None):
    value = frame.get(name, _MISSING)
    if value is _MISSING:
        if required:
            raise FrameError("missing_field", f"'{name}' is required.", field=name)
        return default
    if value is None and nullable:
        return None
    # bool is an int in Python; a JSON true is never a number here.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise FrameError(
            "bad_field", f"'{name}' must be {_KIND_NAMES.get(kind, kind.__name__)}.", field=name
        )
    return value


_KIND_NAMES = {int: "a whole number", str: "text", bool: "true or false"}


def _seq(frame: dict, name: str, *, required=True, nullable=False) -> int | None:
    value = _field(frame, name, int, required=required, nullable=nullable)
    if value is not None and not 0 <= value < 2**62:
        raise FrameError("bad_field", f"'{name}' is out of range.", field=name)
    return value


class RoomConsumer(AsyncWebsocketConsumer):
    access: RoomAccess | None = None
    # Set once the socket closed (either side): nothing more is sent on it.
    closed = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One client frame or event at a time per socket.
        self.turn = asyncio.Lock()
        # Room events waiting for this socket's turn (see room_event).
        self.inbox: deque[dict] | None = None
        self.inbox_task: asyncio.Task | None = None

    async def __call__(self, scope, receive, send):
        try:
            await super().__call__(scope, receive, send)
        except failures.outage_errors() as error:
            # The socket's own channel (Redis) failed: close it, and the client tries
            # again with backoff, rather than daphne's crash path (1011 and a traceback).
            log_failure("the room socket's channel failed; closing it", error)
            with contextlib.suppress(Exception):
                await self.close(code=CloseCode.TRY_AGAIN)
            with contextlib.suppress(Exception):
                await self.disconnect(CloseCode.TRY_AGAIN)
        finally:
            # However the socket ended (a crash skips disconnect()), it leaves the room's
            # fan-out, so the worker neither keeps it nor sends to it.
            await self._leave_room()

    async def close(self, code=None, reason=None) -> None:
        if self.closed:
            return
        self.closed = True
        # autobahn takes a plain int only: a CloseCode (an IntEnum) made it raise.
        code = None if code is None else int(code)
        with contextlib.suppress(Disconnected):
            await super().close(code=code, reason=reason)

    async def websocket_disconnect(self, message: dict) -> None:
        self.closed = True
        await super().websocket_disconnect(message)

    async def _leave_room(self) -> None:
        """Leave the room's fan-out (again: nothing happens)."""
        if self.access is not None:
            try:
                await fanout.leave(self.room_group, self)
            except Exception as error:
                log_failure("leaving the room's fan-out failed", error)

    async def room_lost(self) -> None:
        """The worker lost the room's subscription (chat/fanout.py): close, and the client
        reconnects and resumes from its last seq."""
        await self.close(code=CloseCode.TRY_AGAIN)

    async def dispatch(self, message: dict) -> None:
        """Channels' dispatch, one message at a time per socket (``turn``), without its hop
        to the event loop's sync thread to close stale database connections before every
        event. This consumer never touches the database in that thread: its calls run in
        the pool above, and _DatabaseCall closes stale connections around each one.
        In a room of 200 the hop cost a thread round trip per recipient per message."""
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        async with self.turn:
            await handler(message)

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

    # --- lifecycle -------------------------------------------------------------------------

    async def connect(self) -> None:
        self.ready = False
        self.counted: Count | None = None  # the message count of the frame in hand
        self.last_sent = 0
        # Messages that arrived ahead of the next seq, by seq (None: a seq to step past,
        # a message held for review that this person does not see).
        self.ahead: dict[int, dict | object | None] = {}
        self.gap_task: asyncio.Task | None = None
        self.order_lock = asyncio.Lock()
        self.presence_at = ""
        self.queue_at = ""
        self.joined: list[str] = []
        user = self.scope.get("user")
        kwargs = self.scope["url_route"]["kwargs"]
        query = self.scope.get("query_string", b"").split(b"&")
        listen_only = b"listen=1" in query
        # The readings-only view: announcements, sections, room state, presence counts.
        readings_only = b"view=readings" in query
        # Seqs of the announcements a readings-only socket was sent (removals, reactions
        # and updates of anything else never reach it).
        self.announcements: set[int] = set()
        try:
            # One call for the person, the admission and the presence row, one turn of the
            # worker's few admission turns (chat/admission.py).
            async with admission.turn():
                self.access = await database_sync_to_async(admission.enter)(
                    user=user,
                    occurrence_id=int(kwargs["occurrence_id"]),
                    listen_only=listen_only,
                    readings_only=readings_only,
                    channel_name=self.channel_name,
                )
        except admission.Busy as busy:
            await self.accept()
            await self.send_retry_later(CloseCode.BUSY, busy.retry_after)
            return
        except RoomRefused as refused:
            # Accepted only to say why: a close before accept() would reach every client as
            # a bare HTTP 403. Nothing of the room is sent, and no frame is read.
            translation.activate(language_for_scope(self.scope))
            logger.info("room socket refused: %s (%s)", refused.close_code, refused.code)
            await self.accept()
            await self.send_closing(refused)
            return
        except Exception as error:
            # The database is away: the client tries again with backoff (4500).
            log_failure("room socket admission failed", error)
            await self.accept()
            await self.close(code=CloseCode.TRY_AGAIN)
            return
        # The person is read now (admission.enter): speak their profile's language.
        translation.activate(language_for_scope(self.scope))
        self.user = user
        # Room events reach this socket through the worker's fan-out for the room; events
        # for this person alone through the socket's own channel.
        self.room_group = room_group_name(self.access.occurrence_id)
        try:
            await fanout.join(self.channel_layer, self.room_group, self)
            self.joined = [user_group_name(self.access.user_id)]
            await self.channel_layer.group_add(self.joined[0], self.channel_name)
        except Exception as error:
            # Redis is away: nothing could reach this socket; the client tries again.
            log_failure("joining the room failed", error)
            await self._leave_room()
            with contextlib.suppress(Exception):
                await database_sync_to_async(roomcalls.presence_leave)(
                    channel_name=self.channel_name
                )
            self.access, self.joined = None, []
            await self.accept()
            await self.close(code=CloseCode.TRY_AGAIN)
            return
        await self.accept()
        admission.opened(self)
        if admission.draining():
            await self.restart_notice(0)
            return
        try:
            await announce_presence(self.access.occurrence_id)
        except Exception as error:
            log_failure("joining the room's presence failed", error)
            await self.close(code=CloseCode.TRY_AGAIN)

    async def disconnect(self, code: int) -> None:
        admission.closed(self)
        if self.gap_task is not None:
            self.gap_task.cancel()
        if self.inbox_task is not None and self.inbox_task is not asyncio.current_task():
            self.inbox_task.cancel()
        await self._leave_room()
        for group in self.joined:
            try:
                await self.channel_layer.group_discard(group, self.channel_name)
            except Exception as error:
                # Redis is away; its group membership expires on its own.
                log_failure("leaving the person's group failed", error)
        if self.access is not None:
            try:
                await database_sync_to_async(roomcalls.presence_leave)(
                    channel_name=self.channel_name
                )
                await announce_presence(self.access.occurrence_id)
            except Exception as error:
                # The row expires by its age; leaving must never crash the worker.
                log_failure("presence cleanup failed", error)

    # --- client frames ----------------------------------------------------------------------

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None):
        if self.access is None:
            return
        if text_data is None:
            await self.send_error("binary_not_supported", "Frames are JSON text.")
            return
        limit = settings.KINDRED_WS_MAX_FRAME_BYTES
        if len(text_data) > limit or len(text_data.encode("utf-8", "surrogatepass")) > limit:
            await self.send_error("too_large", f"Frames are at most {limit} bytes.")
            return
        try:
            frame = json.loads(text_data)
        except (ValueError, RecursionError):
            await self.send_error("bad_json", "That frame is not valid JSON.")
            return
        if not isinstance(frame, dict) or not isinstance(frame.get("type"), str):
            await self.send_error("bad_frame", "A frame is a JSON object with a 'type'.")
            return
        kind = frame["type"]
        handler_name = FRAMES.get(kind)
        # Replies and errors echo a valid ref; an invalid one is refused below.
        ref = frame.get("ref") if valid_ref(frame.get("ref")) else None
        # Every error about a message carries its client_id, so the client knows which one.
        about: dict = {}
        if kind == "message.send" and isinstance(frame.get("client_id"), str):
            about["client_id"] = frame["client_id"]
        if handler_name is None:
            await self.send_error("unknown_type", "Unknown frame type.", ref=ref, frame_type=None)
            return
        # A message's frame is counted towards the message limit with the flood check (one
        # round trip); the count goes with the message to its checks, or back afterwards.
        self.counted = None
        try:
            if kind == "message.send" and self.ready:
                retry_after, self.counted = await limits.message_frame_allowed(
                    user_id=self.access.user_id
                )
            elif kind not in UNLIMITED:
                retry_after = await limits.frame_allowed(user_id=self.access.user_id)
            else:
                retry_after = 0
        except Exception:
            # The shared cache (Redis) is away: answer at once, and the client tries again.
            log_failure(f"room frame {kind}: the flood check failed", sys.exc_info()[1])
            await self._send_unavailable(kind, ref, about)
            return
        if retry_after:
            await self.send_error(
                "rate_limited",
                f"Too many frames. Please wait {retry_after} seconds.",
                ref=ref,
                frame_type=kind,
                retry_after=retry_after,
                **about,
            )
            return
        try:
            if not valid_ref(frame.get("ref")):
                raise FrameError(
                    "bad_field",
                    "'ref' must be text of at most 64 characters, or a number.",
                    field="ref",
                )
            if not self.ready and kind not in ("hello", "resume"):
                raise FrameError("hello_first", "Send 'hello' first.")
            frame_clean(kind, frame)
        except FrameError as exc:
            await self.give_back_count()
            await self.send_error(
                exc.code, exc.detail, ref=ref, frame_type=kind, field=exc.field, **about
            )
            return
        handler: Callable[[dict], Awaitable[Any]] = getattr(self, handler_name)
        try:
            async with asyncio.timeout(FRAME_ANSWER_SECONDS):
                await handler(frame)
        except FrameError as exc:
            await self.send_error(
                exc.code, exc.detail, ref=ref, frame_type=kind, field=exc.field, **about
            )
        except RoomRefused as exc:
            await self.send_closing(exc)
        except ServiceError as exc:
            await self.send_error(
                exc.code,
                exc.detail,
                ref=ref,
                frame_type=kind,
                field=exc.field,
                retry_after=exc.retry_after,
                **about,
            )
        except Exception:
            # The database or Redis may be briefly away: say so, keep the socket, and let
            # the client try again (a message is re-sent with its client_id, so at most
            # one copy is stored).
            log_failure(f"room frame {kind} failed", sys.exc_info()[1])
            await self._send_unavailable(kind, ref, about)
        finally:
            await self.give_back_count()

    async def give_back_count(self) -> None:
        """Give back the frame's message count if no check used it (chat/limits.py)."""
        if self.counted is not None:
            counted, self.counted = self.counted, None
            try:
                await limits.give_back(counted)
            except Exception as error:
                log_failure("giving back a message's count failed", error)

    async def _send_unavailable(self, kind: str, ref, about: dict) -> None:
        await self.send_error(
            "server_error",
            "Something went wrong on our side. Please try again in a moment.",
            ref=ref,
            frame_type=kind,
            retry_after=3,
            **about,
        )

    async def on_hello(self, frame: dict) -> None:
        last_seq = _seq(frame, "last_seq", required=False, nullable=True)
        welcome = await admission.welcome(
            access=self.access, last_seq=last_seq, run=database_sync_to_async
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
                state = await database_sync_to_async(roomcalls.ping)(
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
            code, detail = CloseCode.NOT_OPEN, f"The room is not open (the meeting is {state})."
            if state == "ended":
                code, detail = CloseCode.ENDED, selectors.MEETING_ENDED
            await self.send_json({"type": "closing", "code": code, "detail": detail})
            await self.close(code=code, reason=detail)

    async def on_message_send(self, frame: dict) -> None:
        client_id = _field(frame, "client_id", str)
        body = _field(frame, "body", str)
        warning = _field(frame, "content_warning", str, required=False, default="")
        kind = _field(frame, "kind", str, required=False, default="share")
        payload, created = await database_sync_to_async(roomcalls.message_send)(
            access=self.access,
            user=self.user,
            body=body,
            client_id=client_id,
            content_warning=warning,
            kind=kind,
            counted=self.counted,
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
        before = _seq(frame, "before_seq")
        limit = _field(frame, "limit", int, required=False, default=50)
        if not 1 <= limit <= selectors.HISTORY_PAGE_MAX:
            raise FrameError(
                "bad_field", f"'limit' is 1 to {selectors.HISTORY_PAGE_MAX}.", field="limit"
            )
        page, more = await database_sync_to_async(selectors.history_page)(
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
        snapshot = await database_sync_to_async(fn)(access=self.access, user=self.user, **kwargs)
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
        seconds = _field(frame, "seconds", int, nullable=True)
        timer = await database_sync_to_async(roomcalls.timer_set)(
            access=self.access, user=self.user, seconds=seconds
        )
        await self.send_json({"type": "timer", **timer, **_echo(frame)})

    async def on_reaction_toggle(self, frame: dict) -> None:
        seq = _seq(frame, "seq")
        reaction = _field(frame, "reaction", str)
        on, counts = await database_sync_to_async(roomcalls.reaction_toggle)(
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
        listening = _field(frame, "listening", bool)
        if self.access.readings_only and not listening:
            raise FrameError("forbidden", "The readings-only view always listens.")
        self.access = await database_sync_to_async(roomcalls.listening_set)(
            access=self.access, user=self.user, channel_name=self.channel_name, listening=listening
        )
        await self.send_room_state(ref=frame.get("ref"))

    async def on_moderation(self, frame: dict) -> None:
        result = await database_sync_to_async(roomcalls.moderation_frame)(
            access=self.access, user=self.user, frame=frame
        )
        await self.send_json(
            {"type": "done", "for": frame["type"], "ref": frame.get("ref"), **(result or {})}
        )

    async def on_section_move(self, frame: dict) -> None:
        section_id = _field(frame, "section_id", int)
        await database_sync_to_async(roomcalls.section_move)(
            access=self.access, user=self.user, section_id=section_id
        )
        await self.send_json({"type": "done", "for": "section.move", "ref": frame.get("ref")})

    # --- sending ---------------------------------------------------------------------------

    async def send_json(self, content: dict) -> None:
        await self.send(text_data=json.dumps(content, separators=(",", ":")))

    async def send(self, text_data=None, bytes_data=None, close=False) -> None:
        """Every frame leaves through here, and none after the socket closed (either side).
        daphne never sends one over its message size
        limit (the send fails and the socket is lost), so a frame over
        KINDRED_WS_MAX_SEND_BYTES is replaced by a ``frame_too_large`` error: the
        history, page and message frames are built to fit, so this is a bug to log."""
        if text_data is not None and frame_oversized(text_data):
            # The frame's start names its type; what people wrote stays out of the log.
            logger.error("room frame of %d characters not sent: %s", len(text_data), text_data[:30])
            text_data = json.dumps(
                {
                    "type": "error",
                    "code": "frame_too_large",
                    "detail": "Something here was too large to send. Please reload the page.",
                }
            )
        if self.closed:
            return
        try:
            await super().send(text_data=text_data, bytes_data=bytes_data, close=close)
        except Disconnected:
            self.closed = True  # the client went away meanwhile

    async def send_error(
        self,
        code: str,
        detail: str,
        *,
        ref=None,
        frame_type: str | None = None,
        field: str | None = None,
        **extra,
    ) -> None:
        frame = {"type": "error", "code": code, "detail": detail}
        if ref is not None:
            frame["ref"] = ref
        if frame_type is not None:
            frame["for"] = frame_type
        if field is not None:
            frame["field"] = field
        frame.update({k: v for k, v in extra.items() if v is not None})
        await self.send_json(frame)

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
            missed = await database_sync_to_async(selectors.history_gap)(
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

    async def send_queue(self, queue: dict, *, ref=None) -> None:
        if queue.get("at", "") < self.queue_at:
            return
        self.queue_at = queue.get("at", "")
        await self.send_json({"type": "queue", **queue, **_echo({"ref": ref})})

    async def send_room_state(self, *, ref=None) -> None:
        flags = await database_sync_to_async(selectors.room_flags)(
            occurrence_id=self.access.occurrence_id
        )
        await self.send_json(
            {
                "type": "room.state",
                "state": self.access.state,
                "room": flags,
                "you": self.access.you(),
                "listening": self.access.listening,
                **_echo({"ref": ref}),
            }
        )

    # --- channel-layer events (sent by services after commit) ------------------------------

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
            queue = await database_sync_to_async(selectors.queue_snapshot)(
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

    async def room_refresh_state(self, event: dict) -> None:
        await self.readmit()

    async def room_copies_stale(self, event: dict) -> None:
        roomcalls.forget_copies(self.access.occurrence_id)

    async def readmit(self) -> None:
        """Re-check admission (a role, ban, removal or the meeting's state changed)."""
        roomcalls.forget_occurrence(self.access.occurrence_id)
        try:
            access = await database_sync_to_async(selectors.room_admit)(
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
            await database_sync_to_async(roomcalls.presence_join)(
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


def _echo(frame: dict) -> dict:
    """The ``ref`` a reply to ``frame`` echoes (none when the frame had none)."""
    ref = frame.get("ref")
    return {} if ref is None else {"ref": ref}


# The same message dict goes to every socket of a room on this worker (one event from the
# fan-out, chat/fanout.py): its frame is encoded once, not once per socket. Keyed by the
# dict's id; the dict is kept with its text, so no other dict can take that id meanwhile.
_ENCODED: dict[int, tuple[dict, str]] = {}
_ENCODED_MAX = 256


def frame_oversized(text: str) -> bool:
    """Whether a frame is over what the server may send. Frames are ASCII-only JSON, so
    their length is their size; anything else is encoded to find out (it is only ever
    needed past a quarter of the limit: UTF-8 takes at most 4 bytes a character)."""
    limit = settings.KINDRED_WS_MAX_SEND_BYTES
    if len(text) > limit:
        return True
    if len(text) * 4 <= limit or text.isascii():
        return False
    return len(text.encode("utf-8", "surrogatepass")) > limit


def message_new_text(message: dict) -> str:
    """The ``message.new`` frame for ``message``, as text."""
    kept = _ENCODED.get(id(message))
    if kept is not None and kept[0] is message:
        return kept[1]
    text = json.dumps({"type": "message.new", "message": message}, separators=(",", ":"))
    if len(_ENCODED) >= _ENCODED_MAX:
        del _ENCODED[next(iter(_ENCODED))]  # the oldest
    _ENCODED[id(message)] = (message, text)
    return text


# Room events whose handlers only send (see RoomConsumer._sends_only for the others).
_SENDS_ONLY = frozenset(
    {
        "room.message_updated",
        "room.message_removed",
        "room.presence",
        "room.timer",
        "room.reactions",
        "room.section",
        "room.copies_stale",
    }
)

# Client frame types and their handlers. Nothing else a client sends is ever dispatched.
FRAMES: dict[str, str] = {
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
    **{kind: "on_moderation" for kind in roomcalls.MODERATION_FRAMES},
}
# Frames that do not count towards the flood limit.
UNLIMITED = frozenset({"ping", "hello", "resume"})
