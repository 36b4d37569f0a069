"""The live room socket: ``/ws/rooms/<occurrence_id>/``.

A thin adapter. It admits or refuses in ``connect()`` (close codes in docs/protocol.md,
before ``accept()``), parses and checks each client frame, looks its ``type`` up in an
explicit table (a client's ``type`` never reaches channel-layer dispatch), calls the chat
and moderation services through ``database_sync_to_async`` and forwards the small events
the services send after commit. No ORM here.

The class is made of its parts: chat/frame_handlers.py (one handler per client frame),
chat/room_events.py (the channel-layer events), chat/ordering.py (seq order: nothing is
lost, nothing is sent twice or out of order). Frames are checked in chat/frames.py,
encoded in chat/wire.py; database calls go through chat/dbcalls.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from autobahn.exception import Disconnected
from channels.consumer import get_handler_name
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from chat import admission, dbcalls, fanout, limits, roomcalls, selectors
from chat.dbcalls import log_failure
from chat.frame_handlers import (
    FRAME_ANSWER_SECONDS,
    FRAMES,
    PING_DB_SECONDS,
    UNLIMITED,
    FrameHandlers,
)
from chat.frames import FrameError, frame_clean, valid_ref
from chat.live_presence import announce_presence
from chat.ordering import GAP_WAIT_SECONDS, SeqOrdering
from chat.room_events import RoomEvents
from chat.selectors import RoomAccess, RoomRefused
from chat.wire import (
    _ENCODED,
    _ENCODED_MAX,
    _echo,
    frame_oversized,
    message_new_text,
)
from kindred import failures
from kindred.errors import ServiceError
from kindred.events import CloseCode, room_group_name, user_group_name
from kindred.i18n import language_for_scope

logger = logging.getLogger(__name__)

# Names the room's parts define, kept reachable here (tests and tools read them here).
__all__ = [
    "FRAMES",
    "GAP_WAIT_SECONDS",
    "PING_DB_SECONDS",
    "UNLIMITED",
    "_ENCODED",
    "_ENCODED_MAX",
    "RoomConsumer",
    "announce_presence",
    "frame_oversized",
    "message_new_text",
]


class RoomConsumer(FrameHandlers, RoomEvents, SeqOrdering, AsyncWebsocketConsumer):
    access: RoomAccess | None = None
    # When the room's and the person's events began to reach this socket (monotonic).
    events_from: float | None = None
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
            if not hasattr(self, "base_send"):
                # It failed as it was made, before Channels kept ``send`` (the pub/sub
                # layer subscribes a new channel at once): take the handshake and accept
                # it, so that the client hears 4500 rather than waiting on a handshake
                # nobody answers.
                self.base_send = send
                with contextlib.suppress(Exception):
                    async with asyncio.timeout(2):
                        if (await receive())["type"] == "websocket.connect":
                            await self.accept()
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

    # --- lifecycle -------------------------------------------------------------------------

    async def connect(self) -> None:
        self.ready = False
        self.order_reset()
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
            # The person, the admission and the presence row, in one database call with the
            # other sockets arriving meanwhile, on one of the worker's few admission turns
            # (chat/admission.py).
            arrival = admission.Arrival(
                user=user,
                occurrence_id=int(kwargs["occurrence_id"]),
                listen_only=listen_only,
                readings_only=readings_only,
                channel_name=self.channel_name,
            )
            self.access = await admission.admit(arrival, run=dbcalls.database_sync_to_async)
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
            # From here on every event of the room and the person reaches this socket: a
            # welcome read that starts later holds everything before (admission.welcome).
            self.events_from = time.monotonic()
        except Exception as error:
            # Redis is away: nothing could reach this socket; the client tries again.
            log_failure("joining the room failed", error)
            await self._leave_room()
            with contextlib.suppress(Exception):
                await dbcalls.database_sync_to_async(roomcalls.presence_leave)(
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
                await dbcalls.database_sync_to_async(roomcalls.presence_leave)(
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
            await self.send_error("binary_not_supported", gettext("Frames are JSON text."))
            return
        limit = settings.KINDRED_WS_MAX_FRAME_BYTES
        if len(text_data) > limit or len(text_data.encode("utf-8", "surrogatepass")) > limit:
            await self.send_error(
                "too_large", gettext("Frames are at most %(limit)d bytes.") % {"limit": limit}
            )
            return
        try:
            frame = json.loads(text_data)
        except (ValueError, RecursionError):
            await self.send_error("bad_json", gettext("That frame is not valid JSON."))
            return
        if not isinstance(frame, dict) or not isinstance(frame.get("type"), str):
            await self.send_error("bad_frame", gettext("A frame is a JSON object with a 'type'."))
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
            await self.send_error(
                "unknown_type", gettext("Unknown frame type."), ref=ref, frame_type=None
            )
            return
        # A message's frame is counted towards the flood limit and the message limit in the
        # database call that stores it (chat/roomcalls.message_send), without a round trip
        # of its own on the event loop; a message frame refused before that call is counted
        # here, as every other frame is.
        counted_later = kind == "message.send" and self.ready
        try:
            if counted_later:
                retry_after = 0
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
            await self._send_flood_refusal(retry_after, ref, kind, about)
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
            if counted_later and await self._over_flood_limit(kind, ref, about):
                return
            await self.send_error(
                exc.code, exc.detail, ref=ref, frame_type=kind, field=exc.field, **about
            )
            return
        handler: Callable[[dict], Awaitable[Any]] = getattr(self, handler_name)
        try:
            # hello and resume time their own database calls, from their admission turn.
            limit = None if handler_name == "on_hello" else FRAME_ANSWER_SECONDS
            async with asyncio.timeout(limit):
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

    async def _over_flood_limit(self, kind: str, ref, about: dict) -> bool:
        """Count a frame towards the flood limit; True if it was refused, and answered."""
        try:
            retry_after = await limits.frame_allowed(user_id=self.access.user_id)
        except Exception:
            log_failure(f"room frame {kind}: the flood check failed", sys.exc_info()[1])
            await self._send_unavailable(kind, ref, about)
            return True
        if retry_after:
            await self._send_flood_refusal(retry_after, ref, kind, about)
        return bool(retry_after)

    async def _send_flood_refusal(self, retry_after: int, ref, kind: str, about: dict) -> None:
        refusal = limits.flood_refusal(retry_after)
        await self.send_error(
            refusal.code,
            refusal.detail,
            ref=ref,
            frame_type=kind,
            retry_after=retry_after,
            **about,
        )

    async def _send_unavailable(self, kind: str, ref, about: dict) -> None:
        await self.send_error(
            "server_error",
            gettext("Something went wrong on our side. Please try again in a moment."),
            ref=ref,
            frame_type=kind,
            retry_after=3,
            **about,
        )

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
                    "detail": gettext(
                        "Something here was too large to send. Please reload the page."
                    ),
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

    async def send_queue(self, queue: dict, *, ref=None) -> None:
        if queue.get("at", "") < self.queue_at:
            return
        self.queue_at = queue.get("at", "")
        await self.send_json({"type": "queue", **queue, **_echo({"ref": ref})})

    async def send_room_state(self, *, ref=None) -> None:
        flags = await dbcalls.database_sync_to_async(selectors.room_flags)(
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
