"""The open-loop load driver: real WebSocket clients in one asyncio loop.

Each client sends on its own Poisson schedule and stamps the *intended* send time into the
frame. A server that falls behind therefore shows up as latency rather than as a lower send
rate (no coordinated omission). Receivers record, per message and per recipient, the delay
from intended send to arrival, and the harness derives loss, duplicates and reordering."""

import asyncio
import contextlib
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field

import websockets
from websockets.asyncio.client import ClientConnection, connect

from bench.protocols import Delivery, Protocol


@dataclass
class Client:
    index: int
    room: str
    port: int
    session: str | None = None
    ws: ClientConnection | None = None
    ready: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class Record:
    room: str
    intended: float
    sent: float = 0.0
    arrivals: dict[int, float] = field(default_factory=dict)  # recipient -> latency (s)
    rejected: str | None = None


@dataclass
class LoadResult:
    records: dict[tuple[int, int], Record]
    room_members: dict[str, list[int]]
    duplicates: int
    out_of_order: int
    errors: dict[str, int]
    window: tuple[float, float]
    connect_seconds: float
    sends_late: int


class Load:
    def __init__(self, protocol: Protocol, clients: list[Client], *, seed: int = 1) -> None:
        self.protocol = protocol
        self.clients = clients
        self.rng = random.Random(seed)
        self.records: dict[tuple[int, int], Record] = {}
        self.room_members: dict[str, list[int]] = defaultdict(list)
        for c in clients:
            self.room_members[c.room].append(c.index)
        self.duplicates = 0
        self.out_of_order = 0
        self.errors: dict[str, int] = defaultdict(int)
        self.last_n: dict[tuple[int, int], int] = {}  # (recipient, sender) -> last counter
        self.last_seq: dict[int, int] = {}
        self.recording = False
        self.sends_late = 0
        self.connect_retries = 0
        self.last_arrival = 0.0
        self.expected = self.received = 0
        self.next_n: dict[int, int] = defaultdict(int)  # counters survive reset()
        self._readers: list[asyncio.Task] = []

    # -- connections -------------------------------------------------------------------

    async def connect_all(self, *, concurrency: int = 8, timeout: float = 400.0) -> float:
        started = time.monotonic()
        gate = asyncio.Semaphore(concurrency)

        async def one(client: Client) -> None:
            async with gate:
                # A server too busy to finish the handshake in time answers 403 (daphne's
                # connect timeout); a real client retries with backoff, and so do we.
                for attempt in range(8):
                    try:
                        client.ws = await connect(
                            self.protocol.url(client.port, client.room),
                            additional_headers=self.protocol.headers(client.port, client.session),
                            origin=self.protocol.origin(client.port),
                            compression=None,
                            max_size=8 * 1024 * 1024,
                            open_timeout=30,
                            ping_interval=None,
                            close_timeout=2,
                        )
                        break
                    except (OSError, websockets.InvalidHandshake, TimeoutError):
                        if attempt == 7:
                            raise
                        self.connect_retries += 1
                        await asyncio.sleep(0.5 * (attempt + 1))
                self._readers.append(asyncio.create_task(self._reader(client)))
                hello = self.protocol.hello()
                if hello is not None:
                    await client.ws.send(hello)
                if not self.protocol.needs_ready_frame:
                    client.ready.set()
                await asyncio.wait_for(client.ready.wait(), 30)

        await asyncio.wait_for(asyncio.gather(*(one(c) for c in self.clients)), timeout)
        return time.monotonic() - started

    async def close_all(self) -> None:
        async def close(c: Client) -> None:
            if c.ws is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(c.ws.close(), 3)

        await asyncio.gather(*(close(c) for c in self.clients))
        for task in self._readers:
            task.cancel()
        await asyncio.gather(*self._readers, return_exceptions=True)

    # -- receiving ---------------------------------------------------------------------

    async def _reader(self, client: Client) -> None:
        decode = self.protocol.decode
        me = client.index
        try:
            async for frame in client.ws:
                now = time.monotonic()
                if not client.ready.is_set():
                    if self.protocol.ready(frame):
                        client.ready.set()
                    continue
                got = decode(frame)
                if got is None:
                    continue
                if isinstance(got, dict):  # an error frame
                    self._on_error(got)
                    continue
                self._on_delivery(me, got, now)
        except websockets.ConnectionClosed:
            pass

    def _on_error(self, frame: dict) -> None:
        code = str(frame.get("code", "?"))
        self.errors[code] += 1
        client_id = str(frame.get("client_id") or "")
        if client_id.startswith("b") and "-" in client_id:
            sender, n = client_id[1:].split("-", 1)
            record = self.records.get((int(sender), int(n)))
            if record is not None and not record.rejected:
                record.rejected = code
                self.expected -= len(self.room_members[record.room]) - len(record.arrivals)

    def _on_delivery(self, me: int, d: Delivery, now: float) -> None:
        record = self.records.get((d.sender, d.n))
        if record is None:  # sent before recording started, or not ours
            return
        if me in record.arrivals:
            self.duplicates += 1
            return
        record.arrivals[me] = now - d.intended
        self.last_arrival = now
        if not record.rejected:
            self.received += 1
        pair = (me, d.sender)
        if self.last_n.get(pair, -1) > d.n:
            self.out_of_order += 1
        else:
            self.last_n[pair] = d.n
        if d.seq is not None:
            if self.last_seq.get(me, -1) > d.seq:
                self.out_of_order += 1
            else:
                self.last_seq[me] = d.seq

    # -- sending -----------------------------------------------------------------------

    async def _sender(self, client: Client, rate: float, start: float, end: float) -> None:
        """Poisson arrivals at ``rate`` per second between ``start`` and ``end``."""
        rng = random.Random(self.rng.random())
        t = start + rng.expovariate(rate)
        n = self.next_n[client.index]
        encode = self.protocol.encode
        while t < end:
            delay = t - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            elif delay < -0.05:
                self.sends_late += 1
            record = Record(room=client.room, intended=t)
            self.records[(client.index, n)] = record
            self.expected += len(self.room_members[client.room])
            try:
                await client.ws.send(encode(client.index, n, t))
            except websockets.ConnectionClosed:
                self.errors["closed"] += 1
                return
            record.sent = time.monotonic()
            n += 1
            self.next_n[client.index] = n
            t += rng.expovariate(rate)

    async def drive(
        self,
        *,
        total_rate: float,
        duration: float,
        drain: float = 5.0,
        max_drain: float = 30.0,
        senders=None,
    ) -> LoadResult:
        """Send ``total_rate`` messages per second spread over ``senders`` (default: everyone)
        for ``duration`` seconds, then wait up to ``drain`` seconds for the last deliveries."""
        senders = senders if senders is not None else self.clients
        per_client = total_rate / len(senders)
        start = time.monotonic() + 0.5
        end = start + duration
        tasks = [asyncio.create_task(self._sender(c, per_client, start, end)) for c in senders]
        await asyncio.gather(*tasks)
        # Wait for stragglers while deliveries keep coming (a slow server is late, not
        # lossy), but give up after ``drain`` quiet seconds or ``max_drain`` in all.
        hard_stop = time.monotonic() + max_drain
        while not self._all_arrived():
            now = time.monotonic()
            if now > hard_stop or now - max(self.last_arrival, end) > drain:
                break
            await asyncio.sleep(0.1)
        return LoadResult(
            records=self.records,
            room_members=dict(self.room_members),
            duplicates=self.duplicates,
            out_of_order=self.out_of_order,
            errors=dict(self.errors),
            window=(start, end),
            connect_seconds=0.0,
            sends_late=self.sends_late,
        )

    def _all_arrived(self) -> bool:
        return self.received >= self.expected

    def reset(self) -> None:
        self.records = {}
        self.duplicates = 0
        self.out_of_order = 0
        self.errors = defaultdict(int)
        self.sends_late = 0
        self.expected = self.received = 0
