"""Admission of room sockets when everyone arrives at once.

Meetings start on the hour and a restarted worker's people all come back together, so a
worker may be asked to admit hundreds of sockets in a second while its rooms are talking.
This module keeps that cheap, bounded and honest:

- **One database call per admission.** The person (session and user), the admission
  itself (chat/roomcalls.admit: the person's standing, bans and removals are always read
  afresh) and the socket's presence row (one upsert) are done in one call on one database
  thread, not in four hops (Channels' own AuthMiddleware resolved the person on the event loop's
  single shared thread, one socket after another). The scope's user is therefore left
  unresolved by :class:`DeferredAuthMiddleware` and read inside that call.
- **Bounded concurrency, messages first.** At most ``KINDRED_ADMISSION_CONCURRENCY``
  admissions (and welcomes) of a worker use its database threads at once; the others wait
  their turn in order, so the room's messages always find a thread free.
- **Honest overload.** When ``KINDRED_ADMISSION_QUEUE`` sockets are already waiting, a new
  one is refused at once: accepted only to be told ``closing`` with close code 4529 and a
  ``retry_after`` (seconds, spread so the refused do not come back together), rather than
  left to time out in daphne's handshake and try again, which made each arrival cost
  several admissions.
- **Graceful restarts.** :func:`drain` (called by kindred/wsserver.py on SIGTERM, after
  the worker stopped listening) tells the worker's room sockets to reconnect elsewhere
  (close code 4503), one after another over ``KINDRED_DRAIN_SPREAD_SECONDS``, and returns
  once they are gone or after ``KINDRED_DRAIN_SECONDS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
import weakref
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from channels.auth import AuthMiddleware
from channels.sessions import CookieMiddleware
from django.conf import settings
from django.db import connection
from django.db.models import sql
from django.db.models.constants import OnConflict
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, empty
from django.utils.translation import gettext_lazy

from chat import roomcalls, selectors
from chat.admission_facts import admission_read_many
from chat.models import RoomPresence
from chat.person import RoomSessionMiddleware, room_people, room_person
from chat.selectors import RoomAccess
from kindred import prepared
from kindred.events import CloseCode

logger = logging.getLogger(__name__)


# --- The person, resolved in the admission's own database call ------------------------------


class DeferredAuthMiddleware(AuthMiddleware):
    """Channels' AuthMiddleware without its database call before the consumer runs.

    ``scope["user"]`` is a lazy object that reads the session and the user the first time
    it is used, in whatever thread uses it: the room socket's admission call
    (chat.person.room_person: what channels.auth.get_user answers). Touching it on the event
    loop first fails loudly (Django's SynchronousOnlyOperation), never silently."""

    def populate_scope(self, scope):
        if "session" not in scope:
            raise ValueError("DeferredAuthMiddleware needs SessionMiddleware above it.")
        if "user" not in scope:
            scope["user"] = ScopePerson(scope)

    async def resolve_scope(self, scope):
        return None


class ScopePerson(SimpleLazyObject):
    """The scope's person: read the first time it is used (chat.person.room_person), or
    settled by a batch of admissions that read several sockets' people together
    (chat.person.room_people)."""

    def __init__(self, scope):
        super().__init__(lambda: room_person(scope))
        self.__dict__["_scope"] = scope

    def unread_scope(self) -> dict | None:
        """The scope, while the person is not read yet."""
        return self.__dict__["_scope"] if self._wrapped is empty else None

    def settle(self, person) -> None:
        self._wrapped = person


def deferred_auth_stack(inner):
    """Channels' AuthMiddlewareStack, with the person read at admission."""
    return CookieMiddleware(RoomSessionMiddleware(DeferredAuthMiddleware(inner)))


# --- Bounded admissions ------------------------------------------------------------------------


class Busy(Exception):
    """Too many sockets are already waiting to be admitted on this worker."""

    def __init__(self, retry_after: float):
        super().__init__(f"admission queue full; retry after {retry_after:.1f} s")
        self.retry_after = retry_after


class _Gate:
    def __init__(self) -> None:
        self.concurrency = max(1, settings.KINDRED_ADMISSION_CONCURRENCY)
        self.turns = asyncio.Semaphore(self.concurrency)
        self.waiting = 0
        # Seconds one turn takes, averaged over the recent ones.
        self.turn_seconds = 0.01

    def expected_wait(self) -> float:
        return self.waiting * self.turn_seconds / self.concurrency

    def took(self, seconds: float) -> None:
        self.turn_seconds += (seconds - self.turn_seconds) * 0.1


_gates: dict[asyncio.AbstractEventLoop, _Gate] = {}


def _gate() -> _Gate:
    loop = asyncio.get_running_loop()
    gate = _gates.get(loop)
    if gate is None:
        _gates.clear()  # one loop per worker; tests run loops one after another
        gate = _gates[loop] = _Gate()
    return gate


def retry_delay() -> float:
    """A refused socket's suggested wait: KINDRED_ADMISSION_RETRY_SECONDS, spread between
    one and two times that so the refused do not all return in the same moment."""
    base = settings.KINDRED_ADMISSION_RETRY_SECONDS
    return round(base * (1 + random.random()), 1)  # noqa: S311


@contextlib.asynccontextmanager
async def turn(*, refuse: bool = True) -> AsyncIterator[None]:
    """Hold one of the worker's admission turns. With ``refuse`` (a new socket), raise
    :class:`Busy` at once when ``KINDRED_ADMISSION_QUEUE`` are already waiting or the wait
    would be longer than ``KINDRED_ADMISSION_MAX_WAIT_SECONDS``, and raise it too once the
    socket has waited that long (the estimate runs behind when the worker suddenly slows):
    a socket refused with a time to come back costs its client one wait, where one left to
    daphne's handshake timeout (5 s) is dropped and its client backs off ever longer.
    Without ``refuse`` (an admitted socket's welcome), wait."""
    gate = _gate()
    if refuse and would_refuse():
        raise Busy(retry_delay())
    gate.waiting += 1
    try:
        if refuse:
            try:
                await asyncio.wait_for(
                    gate.turns.acquire(), settings.KINDRED_ADMISSION_MAX_WAIT_SECONDS
                )
            except TimeoutError:
                raise Busy(retry_delay()) from None
        else:
            await gate.turns.acquire()
    finally:
        gate.waiting -= 1
    started = time.monotonic()
    try:
        yield
    finally:
        gate.turns.release()
        if refuse:
            # The estimate is of a new socket's admission; a welcome's read of its room is
            # shared by the room's sockets and would count many times over.
            gate.took(time.monotonic() - started)


def would_refuse() -> bool:
    """Whether a new socket would be refused now (see :func:`turn`)."""
    gate = _gate()
    return (
        gate.waiting >= settings.KINDRED_ADMISSION_QUEUE
        or gate.expected_wait() > settings.KINDRED_ADMISSION_MAX_WAIT_SECONDS
    )


RETRY_LATER = {
    CloseCode.BUSY: gettext_lazy("Many people are arriving at once. Joining again in a moment."),
    CloseCode.RESTARTING: gettext_lazy("The server is restarting. Joining again in a moment."),
}


def closing_frame(code: CloseCode, retry_after: float) -> dict:
    """The ``closing`` frame of a socket told to come back later (docs/protocol.md)."""
    return {
        "type": "closing",
        "code": int(code),
        "detail": str(RETRY_LATER[code]),
        "reason": "",
        "until": None,
        "retry_after": retry_after,
    }


class RefuseWhenFull:
    """Refuse a new room socket at once, before anything is done for it (no session, no
    channel of its own, no database), while the worker's admission queue is full: accepted
    only to send ``closing`` with 4529 and a retry_after, then closed."""

    def __init__(self, inner):
        self.inner = inner

    async def __call__(self, scope, receive, send):
        if scope["type"] != "websocket" or not would_refuse():
            return await self.inner(scope, receive, send)
        message = await receive()
        if message["type"] != "websocket.connect":
            return None
        frame = closing_frame(CloseCode.BUSY, retry_delay())
        await send({"type": "websocket.accept"})
        await send({"type": "websocket.send", "text": json.dumps(frame, separators=(",", ":"))})
        close = {"type": "websocket.close", "code": int(CloseCode.BUSY), "reason": frame["detail"]}
        await send(close)
        return None


# Rooms (and views) on this worker whose shared part waits to be read, with the future
# their welcomes wait on.
_pending: dict[tuple, tuple[RoomAccess, asyncio.Future]] = {}
# The reads of rooms' shared parts under way on this worker, with the moment each started.
_reading: dict[tuple, tuple[float, asyncio.Future]] = {}
# This worker's reader of the rooms waiting (by event loop; tests run one loop after another).
_readers: dict[asyncio.AbstractEventLoop, asyncio.Task] = {}
# Rooms whose shared parts one database call reads together at most.
WELCOME_ROOMS = 40


async def welcome(
    *,
    access: RoomAccess,
    last_seq: int | None,
    run,
    limit: float | None = None,
    events_from: float | None = None,
) -> dict:
    """The socket's ``welcome`` (selectors.room_welcome), its room's shared part (the state
    and the newest messages) read once for every socket of the room that says hello while
    a read waits for its turn or is under way: a room of twenty arriving together costs
    one read, not twenty, and each socket's history is cut from it on the event loop.
    The rooms waiting when the worker's reader gets its turn are read together, in one
    database call and one round trip (selectors.room_welcome_shared_many): a worker's
    people coming back to another cost a few calls, not one per room.

    What a socket gets must be read after it joined the room's events, so nothing falls
    between: ``events_from`` is that moment (``time.monotonic()``), and a socket joins a
    read under way only if it started later; without it, only a read not started yet.
    ``run`` wraps a database call (chat.consumers.database_sync_to_async); each takes an
    admission turn, and ``limit`` (seconds) bounds each call from its turn on: the wait
    for a turn is bounded by the admission gate, which refuses new sockets when full."""
    loop = asyncio.get_running_loop()
    key = (loop, access.occurrence_id, access.readings_only)
    reading = _reading.get(key)
    if reading is not None and events_from is not None and reading[0] > events_from:
        read = reading[1]
    elif key in _pending:
        read = _pending[key][1]
    else:
        read = loop.create_future()
        # Nobody may be waiting on it any more: mark a failure as seen.
        read.add_done_callback(lambda f: f.cancelled() or f.exception())
        _pending[key] = (access, read)
        reader = _readers.get(loop)
        if reader is None or reader.done():
            _readers.clear()
            _readers[loop] = loop.create_task(_read_rooms(loop, run, limit))
    shared = await asyncio.shield(read)
    # Most welcomes are cut from the room's newest messages read with the shared part: no
    # database call, no turn. Only a history the window does not hold is read on its own.
    ready = selectors.room_welcome_from_shared(access=access, last_seq=last_seq, shared=shared)
    if ready is not None:
        return ready
    async with turn(refuse=False), asyncio.timeout(limit):
        return await run(selectors.room_welcome)(access=access, last_seq=last_seq, shared=shared)


async def _read_rooms(loop: asyncio.AbstractEventLoop, run, limit: float | None) -> None:
    """Read the shared parts of the rooms waiting on this worker, up to WELCOME_ROOMS in one
    database call on one admission turn, until none is left. The rooms are taken once the
    turn is held: those that came while it waited are read with the others."""
    while any(key[0] is loop for key in _pending):
        taken: list = []
        try:
            async with turn(refuse=False):
                taken = [(key, held) for key, held in _pending.items() if key[0] is loop]
                taken = taken[:WELCOME_ROOMS]
                for key, _held in taken:
                    del _pending[key]
                started = time.monotonic()
                for key, (_access, read) in taken:
                    _reading[key] = (started, read)
                async with asyncio.timeout(limit):
                    shared = await run(selectors.room_welcome_shared_many)(
                        accesses=[access for _key, (access, _read) in taken]
                    )
            # One room's welcomes at a time, the loop's other work (the rooms' messages)
            # between them: hundreds of welcomes sent at once held every room's messages up.
            for (_key, (_access, read)), its_shared in zip(taken, shared, strict=True):
                if not read.done():
                    read.set_result(its_shared)
                    await asyncio.sleep(0)
        except Exception as error:  # the database is away: each waiting socket hears
            for _key, (_access, read) in taken:
                if not read.done():
                    read.set_exception(error)
        except BaseException:
            for _key, (_access, read) in taken:
                read.cancel()
            raise
        finally:
            for key, (_access, read) in taken:
                if _reading.get(key, (0.0, None))[1] is read:
                    del _reading[key]


def waiting() -> int:
    """Sockets waiting for an admission turn on this worker (for tests and diagnostics)."""
    return _gate().waiting


def enter(
    *,
    user,
    occurrence_id: int,
    listen_only: bool,
    readings_only: bool,
    channel_name: str,
) -> RoomAccess:
    """One admission, in one database call: the person (``user`` may be the scope's lazy
    object, read here), the admission proper, then the socket's presence row. Raises
    RoomRefused like roomcalls.admit; nothing is written for a refused socket."""
    access = roomcalls.admit(
        user=user,
        occurrence_id=occurrence_id,
        listen_only=listen_only,
        readings_only=readings_only,
    )
    presence_enter(access=access, channel_name=channel_name)
    return access


@dataclass(frozen=True, slots=True)
class Arrival:
    """One socket asking to be admitted (the arguments of :func:`enter`)."""

    user: Any
    occurrence_id: int
    listen_only: bool
    readings_only: bool
    channel_name: str


def enter_many(arrivals: list[Arrival]) -> list[RoomAccess | Exception]:
    """:func:`enter` for sockets admitted together, in one database call: their people read
    together (chat.person.room_people: two queries for all), each admission read on its
    own, and the admitted sockets' presence rows written in one statement. Each socket gets
    its own answer: its access, or the exception its admission raised (RoomRefused...), so
    one socket's refusal or bad request never touches the others'."""
    lazy = [a.user for a in arrivals if isinstance(a.user, ScopePerson) and a.user.unread_scope()]
    if lazy:
        for user, person in zip(lazy, room_people([u.unread_scope() for u in lazy]), strict=True):
            user.settle(person)
    # Every signed-in person's admission read, sent to PostgreSQL together.
    signed_in = [i for i, a in enumerate(arrivals) if a.user and a.user.is_authenticated]
    read = admission_read_many(
        [(arrivals[i].occurrence_id, arrivals[i].user.pk) for i in signed_in], now=timezone.now()
    )
    facts: list = [False] * len(arrivals)
    for i, found in zip(signed_in, read, strict=True):
        facts[i] = found
    results: list[RoomAccess | Exception] = []
    for arrival, its_facts in zip(arrivals, facts, strict=True):
        try:
            results.append(
                roomcalls.admit(
                    user=arrival.user,
                    occurrence_id=arrival.occurrence_id,
                    listen_only=arrival.listen_only,
                    readings_only=arrival.readings_only,
                    facts=its_facts,
                )
            )
        except Exception as error:
            results.append(error)
    admitted = [
        (access, arrival.channel_name)
        for access, arrival in zip(results, arrivals, strict=True)
        if isinstance(access, RoomAccess)
    ]
    try:
        presence_enter_many(admitted)
    except Exception as error:
        return [error if isinstance(r, RoomAccess) else r for r in results]
    return results


@dataclass
class _Arrivals:
    """Sockets waiting for one admission call together."""

    done: asyncio.Future
    arrivals: list[Arrival] = field(default_factory=list)


# Batches at least this large teach the gate what a socket of a long queue costs.
ESTIMATE_BATCH = 10
# The batch of this worker's arrivals still open to more, by event loop.
_arriving: dict[asyncio.AbstractEventLoop, _Arrivals] = {}
_running: set[asyncio.Task] = set()


async def admit(arrival: Arrival, *, run) -> RoomAccess:
    """Admit one new socket with the others arriving on this worker meanwhile: every socket
    that asks while a batch waits for one of the worker's admission turns joins it (up to
    KINDRED_ADMISSION_BATCH), and the batch is admitted in one database call
    (:func:`enter_many`). A storm of hundreds then costs a few calls and a few queries per
    call instead of four round trips and a thread's turn per socket. Raises :class:`Busy`
    at once when the worker is full (:func:`would_refuse`), or when the batch waited
    KINDRED_ADMISSION_MAX_WAIT_SECONDS for its turn; RoomRefused and the like as
    :func:`enter`. ``run`` wraps a database call (chat.dbcalls.database_sync_to_async)."""
    if would_refuse():
        raise Busy(retry_delay())
    gate = _gate()
    loop = asyncio.get_running_loop()
    batch = _arriving.get(loop)
    if batch is None:
        _arriving.clear()  # one loop per worker; tests run loops one after another
        batch = _arriving[loop] = _Arrivals(done=loop.create_future())
        task = loop.create_task(_admit_batch(batch, run))
        _running.add(task)
        task.add_done_callback(_running.discard)
    index = len(batch.arrivals)
    batch.arrivals.append(arrival)
    if len(batch.arrivals) >= settings.KINDRED_ADMISSION_BATCH:
        _close(loop, batch)
    gate.waiting += 1
    try:
        results = await asyncio.shield(batch.done)
    finally:
        gate.waiting -= 1
    result = results[index]
    if isinstance(result, Busy):
        raise Busy(retry_delay())  # each its own time to come back
    if isinstance(result, BaseException):
        raise result
    return result


def _close(loop: asyncio.AbstractEventLoop, batch: _Arrivals) -> None:
    """No more arrivals join ``batch``: the next one starts a batch of its own."""
    if _arriving.get(loop) is batch:
        del _arriving[loop]


async def _admit_batch(batch: _Arrivals, run) -> None:
    gate = _gate()
    loop = asyncio.get_running_loop()
    try:
        try:
            await asyncio.wait_for(
                gate.turns.acquire(), settings.KINDRED_ADMISSION_MAX_WAIT_SECONDS
            )
        except TimeoutError:
            _close(loop, batch)
            batch.done.set_result([Busy(0)] * len(batch.arrivals))
            return
        _close(loop, batch)
        started = time.monotonic()
        try:
            results = await run(enter_many)(list(batch.arrivals))
        finally:
            gate.turns.release()
            # The gate's estimate is per socket of a long queue (expected_wait): learnt from
            # batches of ESTIMATE_BATCH or more. A batch of one or two costs nearly what one
            # of fifty does, so at the start of a storm it made the queue look many times
            # longer than it was, and sockets were refused that would have been in within
            # a second.
            if len(batch.arrivals) >= ESTIMATE_BATCH:
                gate.took((time.monotonic() - started) / len(batch.arrivals))
    except Exception as error:  # the database is away: each socket gets the error
        if not batch.done.done():
            batch.done.set_exception(error)
            batch.done.exception()  # seen here: the sockets each get it
        return
    except BaseException:
        if not batch.done.done():
            batch.done.cancel()
        raise
    batch.done.set_result(results)


# When this worker last swept a room's presence rows that a dead worker left behind.
_swept: dict[int, float] = {}
SWEEP_EVERY_SECONDS = 30.0


def presence_enter(*, access: RoomAccess, channel_name: str) -> None:
    """Count the socket in the room: one statement (an upsert on the channel name), where
    chat.presence.presence_join takes a transaction of three. Rows a dead worker left
    behind (not seen for PRESENCE_TTL) are swept at most every SWEEP_EVERY_SECONDS per room
    and worker: the room's presence never counts them anyway (selectors.presence_snapshot).
    The caller announces the join (coalesced per room)."""
    now = timezone.now()
    oid = access.occurrence_id
    _sweep(oid, now=now)
    row = _presence_row(access, channel_name, now)
    if connection.vendor != "postgresql":
        RoomPresence.objects.bulk_create(
            [row],
            update_conflicts=True,
            unique_fields=[_PRESENCE_UNIQUE],
            update_fields=list(_PRESENCE_UPDATED),
        )
        return
    upsert, fields = _PRESENCE_UPSERT[0] if _PRESENCE_UPSERT else _compile_presence_upsert()
    with prepared.cursor() as cursor:
        cursor.execute(
            upsert,
            [field.get_db_prep_save(getattr(row, field.attname), connection) for field in fields],
        )


def _presence_row(access: RoomAccess, channel_name: str, now) -> RoomPresence:
    return RoomPresence(
        channel_name=channel_name,
        occurrence_id=access.occurrence_id,
        user_id=access.user_id,
        listening=access.listening,
        connected_at=now,
        seen_at=now,
    )


def presence_enter_many(entered: list[tuple[RoomAccess, str]]) -> None:
    """presence_enter for the sockets a batch admitted: one upsert of all their rows."""
    if len(entered) <= 1:
        for access, channel_name in entered:
            presence_enter(access=access, channel_name=channel_name)
        return
    now = timezone.now()
    _sweep(*{access.occurrence_id for access, _ in entered}, now=now)
    rows = [_presence_row(access, channel_name, now) for access, channel_name in entered]
    RoomPresence.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=[_PRESENCE_UNIQUE],
        update_fields=list(_PRESENCE_UPDATED),
    )


def _sweep(*oids: int, now) -> None:
    """Sweep the rooms of ``oids`` not swept for SWEEP_EVERY_SECONDS, in one statement: a
    worker's people coming back to another find every room of theirs due at once."""
    due = [
        oid
        for oid in oids
        if time.monotonic() - _swept.get(oid, -SWEEP_EVERY_SECONDS) >= SWEEP_EVERY_SECONDS
    ]
    if not due:
        return
    for oid in due:
        _swept[oid] = time.monotonic()
    RoomPresence.objects.filter(
        occurrence_id__in=due, seen_at__lt=now - selectors.PRESENCE_TTL
    ).delete()


# On PostgreSQL the presence upsert is compiled by the ORM once per process (what
# bulk_create above would send, less the ids it reads back) and then only run with each
# socket's values: building and compiling it cost more CPU than running it.
_PRESENCE_UNIQUE = "channel_name"
_PRESENCE_UPDATED = ("occurrence", "user", "listening", "seen_at")
_PRESENCE_UPSERT: list[tuple[str, tuple]] = []


def _compile_presence_upsert() -> tuple[str, tuple]:
    """The upsert's SQL and the fields whose values are its parameters, in order."""
    opts = RoomPresence._meta
    fields = tuple(f for f in opts.concrete_fields if not f.primary_key and not f.generated)
    query = sql.InsertQuery(
        RoomPresence,
        on_conflict=OnConflict.UPDATE,
        update_fields=[opts.get_field(name) for name in _PRESENCE_UPDATED],
        unique_fields=[opts.get_field(_PRESENCE_UNIQUE)],
    )
    placeholder = RoomPresence(
        channel_name="placeholder-channel-7100003",
        occurrence_id=-7_100_001,
        user_id=-7_100_002,
        listening=False,
        connected_at=prepared.PLACEHOLDER_TIME,
        seen_at=prepared.PLACEHOLDER_TIME,
    )
    query.insert_values(fields, [placeholder])
    statements = query.get_compiler(connection=connection).as_sql()
    if len(statements) != 1 or len(statements[0][1]) != len(fields):
        raise RuntimeError("the presence upsert is not one statement of one row's values")
    compiled = (statements[0][0], fields)
    _PRESENCE_UPSERT[:] = [compiled]
    return compiled


# --- Graceful restarts ------------------------------------------------------------------------


class Drainable(Protocol):
    async def restart_notice(self, retry_after: float) -> None: ...


# The room sockets open on this worker, to be told when it restarts.
_open: weakref.WeakSet = weakref.WeakSet()
_draining = False


def opened(socket: Drainable) -> None:
    _open.add(socket)


def closed(socket: Drainable) -> None:
    _open.discard(socket)


def open_sockets() -> int:
    return len(_open)


def draining() -> bool:
    """Whether this worker is restarting (new sockets are sent elsewhere)."""
    return _draining


async def drain(*, spread: float | None = None, timeout: float | None = None) -> int:
    """Tell every room socket of this worker to reconnect elsewhere, one after another
    over ``spread`` seconds in random order (close code 4503 with a short ``retry_after``
    of its own), so the other workers see them arrive evenly rather than all at once;
    each stays in its room until its turn. Then wait until they are gone, at most
    ``timeout`` seconds from the start. Returns how many were still open at the end."""
    global _draining
    _draining = True
    spread = settings.KINDRED_DRAIN_SPREAD_SECONDS if spread is None else spread
    timeout = settings.KINDRED_DRAIN_SECONDS if timeout is None else timeout
    sockets = list(_open)
    random.shuffle(sockets)
    count = len(sockets)
    logger.warning("restarting: telling %d room sockets to reconnect", count)
    started = time.monotonic()
    for i, socket in enumerate(sockets):
        wait = started + spread * i / max(count, 1) - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        try:
            await socket.restart_notice(round(random.uniform(0, 0.5), 2))  # noqa: S311
        except Exception as error:  # a socket that went meanwhile
            logger.info("restart notice failed: %s", error)
    while _open and time.monotonic() - started < timeout:
        await asyncio.sleep(0.05)
    left = len(_open)
    if left:
        logger.warning("restarting: %d room sockets still open after %.0f s", left, timeout)
    return left
