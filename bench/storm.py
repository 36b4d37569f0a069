"""S6: everyone arrives at once.

**Join storm.** A few people are already in every room, talking; then N more arrive, each at
a random moment within about a second, spread over the workers round-robin. Measured:
admissions per second per worker (handshake to ``welcome`` with history), handshakes
refused (an HTTP status instead of a socket) or dropped (no answer, or closed before
``welcome``), and the last-recipient latency of the messages posted meanwhile in the rooms
by the people already there.

**Worker-kill storm.** With everyone in and traffic flowing in every room, one of the two
workers is SIGKILLed. Its people reconnect to the other as the client protocol says
(docs/protocol.md): backoff from 0.15 to 0.3 s doubling with jitter, ``hello`` with the last seq
seen, and every ``message.send`` not yet acknowledged re-sent with the same ``client_id``.
Measured: time from the kill until each socket has its ``welcome`` again (median and
worst), handshakes refused or dropped, last-recipient latency of the messages meant to be
sent before, during (from half a second before the kill, for the messages in flight, until
the last socket is back, at least 2 s) and after those seconds, and at the end whether
anything was lost, delivered twice or never acknowledged. A message counts as delivered to
a person whether it came live or in a ``welcome``'s history.

The floor runs the same two storms: it accepts and joins its group, so its admission is
the handshake alone. It has no history and no acknowledgement, so whatever its sockets
miss while away is lost by design; its kill figures are the reconnection's cost only.
"""

import asyncio
import contextlib
import json
import os
import random
import signal
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import websockets
from websockets.asyncio.client import connect

from bench import procstat
from bench.load import Client, Load, LoadResult, Record
from bench.protocols import Delivery
from bench.stats import percentile, summarize, summarize_ms

# Seconds for one handshake, then the client gives up on it. A browser sets no limit of its
# own; daphne refuses (HTTP 403) a handshake the application has not accepted within its
# --websocket_connect_timeout (5 s by default), well before this.
ATTEMPT_TIMEOUT = 30.0
WELCOME_TIMEOUT = 30.0  # seconds from the handshake to the welcome
# Messages meant to be sent this long before the kill may still be on their way when it
# strikes; they count in the storm's window, not before it.
IN_FLIGHT = 0.5


def backoff(attempt: int, rng: random.Random) -> float:
    """The reference client's wait before reconnect ``attempt`` (1, 2, ...): 0.15 to 0.3 s,
    then doubling to 30 s, jittered over the upper half."""
    base = min(30.0, 0.3 * 2 ** min(attempt - 1, 7))
    return base / 2 + rng.random() * base / 2


@dataclass(frozen=True)
class StormSizes:
    rooms: int
    arriving: int  # people arriving in the join storm, over all rooms
    present: int  # people already in each room (they talk during the join storm)
    window: float  # the arrivals are spread over this many seconds
    join_rate: float  # messages/s offered by the people present, during the join storm
    kill_rate: float  # messages/s offered by everyone, around the kill
    before_kill: float  # seconds of traffic before the kill
    after: float  # seconds of traffic after the last socket resumed
    limit: float  # at most this long for every arrival, and for every resume
    drain: float
    profile: float = 20.0  # with --profile: seconds of py-spy from each storm's start


class StormLoad(Load):
    """Clients that keep a log of seqs seen and an outbox of messages not yet acknowledged,
    and reconnect (to ``resume_port``) when their socket is lost."""

    def __init__(self, protocol, clients: list[Client], *, seen: dict[int, int] | None = None):
        super().__init__(protocol, clients)
        self.seen: dict[int, int] = seen if seen is not None else {}
        self.outbox: dict[int, dict[str, str]] = defaultdict(dict)
        self.end = float("inf")
        self.resume_port: int | None = None
        self.stopping = False
        self.refused = self.dropped = self.closed_early = self.lost_sockets = 0
        self.ready_at: dict[int, float] = {}  # the last welcome per client
        self.lost_at: dict[int, float] = {}  # when the client saw its socket go, last time
        self.handshake_ms: list[float] = []  # start of the successful attempt -> welcome
        self._tasks: list[asyncio.Task] = []
        self._backoff_rng = random.Random(7)
        self.drop_kinds: dict[str, int] = defaultdict(int)  # exception name -> count
        # A `closing` frame's retry_after (4503 restarting, 4529 busy), by client.
        self.retry_hint: dict[int, float] = {}
        self.busy = 0  # refused at once with 4529 (counted in refused too)

    # -- opening -----------------------------------------------------------------------

    async def open_socket(self, client: Client, *, deadline: float, attempt: int = 0) -> bool:
        """Open ``client``'s socket, say hello, wait for the welcome; retry with the
        reference client's backoff (static/js/room-socket.js) until ``deadline``. Returns
        whether the client is in."""
        rng = self._backoff_rng
        protocol = self.protocol
        while time.monotonic() < deadline:
            hint = self.retry_hint.pop(client.index, None)
            if hint is not None:
                # Told when to come back (docs/protocol.md): as the reference client does.
                await asyncio.sleep(hint + rng.random() * 0.5)
            elif attempt:
                await asyncio.sleep(backoff(attempt, rng))
            started = time.monotonic()
            client.ready.clear()
            try:
                ws = await connect(
                    protocol.url(client.port, client.room),
                    additional_headers=protocol.headers(client.port, client.session),
                    origin=protocol.origin(client.port),
                    compression=None,
                    max_size=8 * 1024 * 1024,
                    open_timeout=ATTEMPT_TIMEOUT,
                    ping_interval=None,
                    close_timeout=1,
                )
            except websockets.InvalidStatus:
                self.refused += 1
            except (OSError, TimeoutError, websockets.InvalidHandshake) as exc:
                self.dropped += 1
                self.drop_kinds[type(exc).__name__] += 1
            else:
                client.ws = ws
                reader = asyncio.create_task(self._reader(client))
                self._readers.append(reader)
                if await self._hello(client, ws, reader):
                    self.handshake_ms.append((time.monotonic() - started) * 1000)
                    return True
                if client.index in self.retry_hint:
                    self.refused += 1  # refused at once, with a time to come back
                    self.busy += 1
                else:
                    self.closed_early += 1
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(ws.close(), 2)
            attempt += 1
        return False

    async def _hello(self, client: Client, ws, reader: asyncio.Task) -> bool:
        hello = self.protocol.hello(self.seen.get(client.index))
        try:
            if hello is not None:
                await ws.send(hello)
        except websockets.ConnectionClosed:
            return False
        if not self.protocol.needs_ready_frame:
            await self._on_ready(client, ws, time.monotonic())
            return True
        waiter = asyncio.create_task(client.ready.wait())
        await asyncio.wait(
            {waiter, reader}, timeout=WELCOME_TIMEOUT, return_when=asyncio.FIRST_COMPLETED
        )
        waiter.cancel()
        return client.ready.is_set()

    async def _on_ready(self, client: Client, ws, now: float) -> None:
        self.ready_at[client.index] = now
        client.ready.set()
        # Re-send, in order and with the same client_id, what was never acknowledged.
        for key, frame in list(self.outbox[client.index].items()):
            try:
                await ws.send(frame)
            except websockets.ConnectionClosed:
                return
            if not self.protocol.acknowledges:
                self.outbox[client.index].pop(key, None)

    async def arrive(self, client: Client, *, at: float, deadline: float) -> None:
        await asyncio.sleep(max(0.0, at - time.monotonic()))
        await self.open_socket(client, deadline=deadline)

    async def _resume(self, client: Client) -> None:
        # Like the reference client: a lost socket waits its first backoff, then reconnects.
        client.port = self.resume_port
        await self.open_socket(client, deadline=time.monotonic() + self.resume_limit, attempt=1)

    resume_limit = 60.0

    # -- receiving ---------------------------------------------------------------------

    async def _reader(self, client: Client) -> None:
        ws = client.ws
        me = client.index
        was_ready = False
        try:
            async for frame in ws:
                now = time.monotonic()
                if frame.startswith('{"type":"welcome"'):
                    self._welcome(me, json.loads(frame), now)
                    was_ready = True
                    await self._on_ready(client, ws, now)
                    continue
                if frame.startswith('{"type":"message.ack"'):
                    self.outbox[me].pop(json.loads(frame).get("client_id"), None)
                    continue
                if frame.startswith('{"type":"closing"'):
                    closing = json.loads(frame)
                    if isinstance(closing.get("retry_after"), (int, float)):
                        self.retry_hint[me] = float(closing["retry_after"])
                    continue
                if not client.ready.is_set():
                    continue
                was_ready = True
                got = self.protocol.decode(frame)
                if got is None:
                    continue
                if isinstance(got, dict):  # an error frame
                    self._on_error(got)
                    self.outbox[me].pop(str(got.get("client_id") or ""), None)
                    continue
                self._deliver(me, got, now)
        except websockets.ConnectionClosed:
            pass
        was_ready = was_ready or client.ready.is_set()
        if was_ready and ws is client.ws and not self.stopping:
            # A socket that was in the room is gone: the client comes back on its own.
            self.lost_sockets += 1
            self.lost_at[me] = time.monotonic()
            client.ready.clear()
            if self.resume_port is not None:
                self._tasks.append(asyncio.create_task(self._resume(client)))

    def _welcome(self, me: int, frame: dict, now: float) -> None:
        for message in frame.get("history") or ():
            got = self.protocol.message_delivery(message)
            if got is not None:
                self._deliver(me, got, now)
            elif message.get("seq") is not None:
                self.seen[me] = max(self.seen.get(me, 0), message["seq"])
        if frame.get("last_seq") is not None:
            self.seen[me] = max(self.seen.get(me, 0), frame["last_seq"])

    def _deliver(self, me: int, got: Delivery, now: float) -> None:
        if got.seq is not None:
            self.seen[me] = max(self.seen.get(me, 0), got.seq)
        self._on_delivery(me, got, now)

    # -- sending -----------------------------------------------------------------------

    async def _talk(self, client: Client, rate: float, start: float) -> None:
        """Poisson sends until ``self.end`` (which the storm moves); a message meant for a
        moment the client is away waits in the outbox, as a real client's would."""
        rng = random.Random(self.rng.random())
        t = start + rng.expovariate(rate)
        n = self.next_n[client.index]
        me = client.index
        while t < self.end:
            delay = t - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            elif delay < -0.05:
                self.sends_late += 1
            if t >= self.end:
                break
            self.records[(me, n)] = Record(room=client.room, intended=t)
            self.expected += len(self.room_members[client.room])
            key = f"b{me:07d}-{n}"
            frame = self.protocol.encode(me, n, t)
            self.outbox[me][key] = frame
            if client.ready.is_set():
                try:
                    await client.ws.send(frame)
                    self.records[(me, n)].sent = time.monotonic()
                    if not self.protocol.acknowledges:
                        self.outbox[me].pop(key, None)
                except websockets.ConnectionClosed:
                    pass
            n += 1
            self.next_n[me] = n
            t += rng.expovariate(rate)

    def start_talking(self, rate: float, start: float, senders: list[Client]) -> list[asyncio.Task]:
        per_client = rate / len(senders)
        return [asyncio.create_task(self._talk(c, per_client, start)) for c in senders]

    async def drain(self, *, quiet: float, limit: float = 30.0) -> None:
        hard_stop = time.monotonic() + limit
        while not self._all_arrived():
            now = time.monotonic()
            if now > hard_stop or now - max(self.last_arrival, self.end) > quiet:
                break
            await asyncio.sleep(0.1)

    def result(self, lo: float = float("-inf"), hi: float = float("inf")) -> LoadResult:
        """The messages meant to be sent in [lo, hi)."""
        records = {k: r for k, r in self.records.items() if lo <= r.intended < hi}
        intended = [r.intended for r in records.values()] or [0.0]
        return LoadResult(
            records=records,
            room_members=dict(self.room_members),
            duplicates=self.duplicates,
            out_of_order=self.out_of_order,
            errors=dict(self.errors),
            window=(max(lo, min(intended)), min(hi, max(intended))),
            connect_seconds=0.0,
            sends_late=self.sends_late,
        )

    def unacknowledged(self) -> int:
        return sum(len(box) for box in self.outbox.values())

    async def detach(self) -> None:
        """Stop reading (the sockets stay open) so another StormLoad can take them over."""
        self.stopping = True
        for task in self._readers + self._tasks:
            task.cancel()
        await asyncio.gather(*self._readers, *self._tasks, return_exceptions=True)
        self._readers, self._tasks = [], []

    def attach(self) -> None:
        for client in self.clients:
            self._readers.append(asyncio.create_task(self._reader(client)))

    async def close_all(self) -> None:
        self.stopping = True
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await super().close_all()


def _room_summary(load: StormLoad, lo: float = float("-inf"), hi: float = float("inf")) -> dict:
    s = summarize(load.result(lo, hi), keep_samples=200)
    return {
        k: s[k]
        for k in (
            "sent",
            "rejected",
            "errors",
            "deliveries_expected",
            "deliveries_lost",
            "messages_incomplete",
            "duplicates",
            "out_of_order",
            "sends_late",
            "last_latency_ms",
            "samples_last_ms",
        )
    }


def _stayed_summary(
    load: StormLoad, away: set[int], lo: float = float("-inf"), hi: float = float("inf")
) -> dict:
    """The room's latency for the people whose sockets stayed up: messages they sent in
    [lo, hi) and their arrivals at each other, the killed worker's people left out (what
    reaches those comes in their welcome's history, as late as their reconnect)."""
    whole = load.result(lo, hi)
    records = {}
    for (sender, n), record in whole.records.items():
        if sender in away:
            continue
        kept = Record(room=record.room, intended=record.intended, sent=record.sent)
        kept.rejected = record.rejected
        kept.arrivals = {k: v for k, v in record.arrivals.items() if k not in away}
        records[(sender, n)] = kept
    members = {
        room: [c for c in people if c not in away] for room, people in whole.room_members.items()
    }
    stayed = LoadResult(
        records=records,
        room_members=members,
        duplicates=whole.duplicates,
        out_of_order=whole.out_of_order,
        errors=whole.errors,
        window=whole.window,
        connect_seconds=0.0,
        sends_late=whole.sends_late,
    )
    s = summarize(stayed, keep_samples=200)
    return {k: s[k] for k in ("sent", "deliveries_expected", "deliveries_lost", "last_latency_ms")}


def _seconds(values: list[float]) -> dict:
    v = sorted(values)
    return {
        "n": len(v),
        "median": percentile(v, 0.5) if v else None,
        "worst": v[-1] if v else None,
    }


async def join_and_kill(
    target,
    sizes: StormSizes,
    settle: Callable[[object], Awaitable[None]],
    log,
    profiler: Callable[[str, dict[str, int], float], object] | None = None,
) -> dict:
    """Both storms against ``target`` (two workers, started); ``profiler(tag, pids,
    seconds)``, if given, returns a started py-spy sampler of those workers, to be stopped."""
    protocol = target.protocol
    clients = target.clients()
    per_room = len(target.rooms[0]["sessions"])
    present = [c for c in clients if c.index % per_room < sizes.present]
    arriving = [c for c in clients if c.index % per_room >= sizes.present]
    servers = target.servers.servers
    names = {s.port: s.name for s in servers}
    early, crowd = StormLoad(protocol, present), StormLoad(protocol, arriving, seen=None)
    crowd.seen = early.seen
    everyone: StormLoad | None = None
    out: dict = {}
    try:
        # -- join storm ----------------------------------------------------------------
        gate = asyncio.Semaphore(8)

        async def calm(c: Client) -> None:
            async with gate:
                if not await early.open_socket(c, deadline=time.monotonic() + sizes.limit):
                    raise RuntimeError(f"client {c.index} could not join before the storm")

        await asyncio.gather(*(calm(c) for c in present))
        await settle(target)
        start = time.monotonic() + 0.5
        early.end = start + 1.0 + sizes.limit
        talkers = early.start_talking(sizes.join_rate, start, present)
        t0 = start + 1.0
        rng = random.Random(6)
        meter = procstat.CpuMeter({**target.servers.pids, "client": os.getpid()})
        await asyncio.sleep(max(0.0, t0 - time.monotonic()))
        meter.start()
        spy = profiler("join", target.servers.pids, sizes.profile) if profiler else None
        await asyncio.gather(
            *(
                crowd.arrive(c, at=t0 + rng.uniform(0, sizes.window), deadline=t0 + sizes.limit)
                for c in arriving
            )
        )
        t_done = time.monotonic()
        cpu = meter.stop()
        early.end = max(t_done, t0 + sizes.window) + 1.0
        await asyncio.gather(*talkers)
        await early.drain(quiet=sizes.drain)
        if spy is not None:
            await asyncio.to_thread(spy.stop)
        per_worker = {}
        for port, name in names.items():
            times = [crowd.ready_at.get(c.index) for c in arriving if c.port == port]
            times = [t for t in times if t is not None]
            span = (max(times) - t0) if times else None
            per_worker[name] = {
                "admitted": len(times),
                "per_s": len(times) / span if span else None,
                "seconds": span,
            }
        admitted = [crowd.ready_at[c.index] for c in arriving if c.index in crowd.ready_at]
        out["join"] = {
            "arriving": len(arriving),
            "present": len(present),
            "admitted": len(admitted),
            "seconds_all_admitted": (max(admitted) - t0) if admitted else None,
            "per_worker": per_worker,
            "handshake_to_welcome_ms": summarize_ms([x / 1000 for x in crowd.handshake_ms]),
            "refused": crowd.refused,
            "refused_busy": crowd.busy,
            "dropped": crowd.dropped,
            "closed_before_welcome": crowd.closed_early,
            "dropped_how": dict(crowd.drop_kinds),
            "sockets_lost": crowd.lost_sockets + early.lost_sockets,
            "room": _room_summary(early),
            "unacknowledged": early.unacknowledged(),
            "worker_cpu": {k: v["cpu"] for k, v in cpu.items() if k != "client"},
            "client_cpu": cpu["client"]["cpu"],
        }
        j = out["join"]
        log(
            f"  join storm: {j['admitted']}/{j['arriving']} admitted in "
            f"{j['seconds_all_admitted'] or 0:.1f} s; per worker "
            + ", ".join(f"{v['per_s'] or 0:.0f}/s" for v in per_worker.values())
            + f"; refused {j['refused']} dropped {j['dropped'] + j['closed_before_welcome']}; "
            f"room last p50 {j['room']['last_latency_ms']['p50']:.1f} "
            f"p99 {j['room']['last_latency_ms']['p99']:.1f} ms"
        )

        # -- worker-kill storm -----------------------------------------------------------
        await early.detach()
        await crowd.detach()
        inside = [c for c in clients if c.ready.is_set()]
        everyone = StormLoad(protocol, inside, seen=early.seen)
        # Message counters go on from the join storm's: a client_id is never used twice.
        everyone.next_n = early.next_n
        everyone.attach()
        await settle(target)  # the join storm's tail is not the kill's
        victim, survivor = servers[0], servers[1]
        everyone.resume_port = survivor.port
        everyone.resume_limit = sizes.limit
        victims = [c for c in inside if c.port == victim.port]
        start = time.monotonic() + 0.5
        everyone.end = start + sizes.before_kill + sizes.limit
        talkers = everyone.start_talking(sizes.kill_rate, start, inside)
        await asyncio.sleep(max(0.0, start + sizes.before_kill - time.monotonic()))
        meter = procstat.CpuMeter({survivor.name: survivor.pid, "client": os.getpid()})
        meter.start()
        t_kill = time.monotonic()
        os.kill(victim.pid, signal.SIGKILL)
        spy = profiler("kill", {survivor.name: survivor.pid}, sizes.profile) if profiler else None
        hard = t_kill + sizes.limit
        while time.monotonic() < hard:
            await asyncio.sleep(0.05)
            back = [c for c in victims if everyone.ready_at.get(c.index, 0) > t_kill]
            if len(back) == len(victims):
                break
        t_all = time.monotonic()
        cpu = meter.stop()
        everyone.end = max(t_all, t_kill + 2.0) + sizes.after
        await asyncio.gather(*talkers)
        await everyone.drain(quiet=sizes.drain)
        if spy is not None:
            await asyncio.to_thread(spy.stop)
        # Every resent message has had its chance to be acknowledged by now.
        resumed = [
            everyone.ready_at[c.index] - t_kill
            for c in victims
            if everyone.ready_at.get(c.index, 0) > t_kill
        ]
        storm_end = max(t_all, t_kill + 2.0)
        whole = summarize(everyone.result(), keep_samples=10)
        out["kill"] = {
            "sockets": len(inside),
            "killed_worker_sockets": len(victims),
            "resumed": len(resumed),
            "resume_seconds": _seconds(resumed),
            # How long the clients took to see their sockets go (the rest is the reconnect).
            "noticed_seconds": _seconds(
                [everyone.lost_at[c.index] - t_kill for c in victims if c.index in everyone.lost_at]
            ),
            "survivor_admissions_per_s": (len(resumed) / max(resumed)) if resumed else None,
            "refused": everyone.refused,
            "refused_busy": everyone.busy,
            "dropped": everyone.dropped,
            "closed_before_welcome": everyone.closed_early,
            "dropped_how": dict(everyone.drop_kinds),
            "storm_seconds": storm_end - t_kill,
            "before": _room_summary(everyone, hi=t_kill - IN_FLIGHT),
            "storm": _room_summary(everyone, t_kill - IN_FLIGHT, storm_end),
            "after": _room_summary(everyone, lo=storm_end),
            # The rooms as the people on the surviving worker live them.
            "storm_stayed": _stayed_summary(
                everyone, {c.index for c in victims}, t_kill - IN_FLIGHT, storm_end
            ),
            "lost": whole["deliveries_lost"],
            "duplicates": whole["duplicates"],
            "out_of_order": whole["out_of_order"],
            "rejected": whole["rejected"],
            "unacknowledged": everyone.unacknowledged() if protocol.acknowledges else None,
            "sent": whole["sent"],
            "survivor_cpu": cpu[survivor.name]["cpu"],
            "client_cpu": cpu["client"]["cpu"],
        }
        k = out["kill"]
        back = k["resume_seconds"]
        log(
            f"  kill storm: {k['resumed']}/{k['killed_worker_sockets']} resumed, median "
            f"{back['median'] or 0:.2f} s worst {back['worst'] or 0:.2f} s; "
            f"refused {k['refused']} dropped {k['dropped'] + k['closed_before_welcome']}; "
            f"room last p99 before {k['before']['last_latency_ms']['p99']:.1f} during "
            f"{k['storm']['last_latency_ms']['p99']:.1f} ms (among those who stayed "
            f"{k['storm_stayed']['last_latency_ms']['p99']:.1f} ms); lost {k['lost']} dup "
            f"{k['duplicates']} unacked {k['unacknowledged']}"
        )
    finally:
        for load in (everyone, crowd, early):
            if load is not None:
                await load.close_all()
    return out
