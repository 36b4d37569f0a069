"""A room client that behaves as the browser's does: it reconnects with backoff to any
worker that answers, resumes from the last seq it saw, and re-sends a message with the
same client_id until it is acknowledged. It records every message it was shown, so a test
can check that each was delivered exactly once."""

import asyncio
import contextlib
import json

from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus


class RoomClient:
    def __init__(self, name: str, cookie: str, occurrence_id: int, workers: list):
        self.name, self.cookie, self.occurrence_id = name, cookie, occurrence_id
        self.workers = workers  # objects with .port and .alive
        self.seqs: list[int] = []  # every message shown, in order (history and live)
        self.last_seq: int | None = None
        self.frames: asyncio.Queue = asyncio.Queue()
        self.ws = None
        self.reader: asyncio.Task | None = None
        self.connects = 0
        self.closes: list[int | None] = []
        self.paused = asyncio.Event()
        self.paused.set()

    # --- connection ---------------------------------------------------------------------

    async def connect(self, worker=None, *, deadline: float = 60) -> None:
        loop = asyncio.get_running_loop()
        end = loop.time() + deadline
        delay = 0.2
        while True:
            candidates = [worker] if worker is not None else [w for w in self.workers if w.alive]
            for target in candidates:
                try:
                    await self._open(target)
                    return
                except (OSError, InvalidHandshake, InvalidStatus, ConnectionClosed, TimeoutError):
                    pass
            if loop.time() > end:
                raise TimeoutError(f"{self.name} could not reconnect")
            await asyncio.sleep(delay)
            delay = min(delay * 1.5, 1.5)

    async def _open(self, worker) -> None:
        ws = await ws_connect(
            f"ws://127.0.0.1:{worker.port}/ws/rooms/{self.occurrence_id}/",
            origin=f"http://127.0.0.1:{worker.port}",
            additional_headers={"Cookie": self.cookie},
            open_timeout=5,
            max_size=2**20,
        )
        await ws.send(json.dumps({"type": "hello", "last_seq": self.last_seq}))
        async with asyncio.timeout(10):
            while True:
                frame = json.loads(await ws.recv())
                if frame["type"] == "welcome":
                    break
                if frame["type"] == "error":
                    await ws.close()
                    raise ConnectionClosed(None, None)
        for message in frame["history"]:
            self._shown(message["seq"])
        self.ws = ws
        self.connects += 1
        self.reader = asyncio.create_task(self._read(ws))

    async def _read(self, ws) -> None:
        try:
            async for raw in ws:
                await self.paused.wait()
                frame = json.loads(raw)
                if frame["type"] == "message.new":
                    self._shown(frame["message"]["seq"])
                await self.frames.put(frame)
        except ConnectionClosed:
            pass
        finally:
            self.closes.append(ws.close_code)
            await self.frames.put({"type": "_closed", "code": ws.close_code})

    def _shown(self, seq: int) -> None:
        self.seqs.append(seq)
        self.last_seq = max(self.last_seq or 0, seq)

    @property
    def open(self) -> bool:
        return self.ws is not None and self.reader is not None and not self.reader.done()

    async def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.close()
        if self.reader is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.reader, 5)

    # --- frames ---------------------------------------------------------------------------

    async def send_frame(self, frame: dict) -> None:
        await self.ws.send(json.dumps(frame))

    async def until(self, check, *, timeout: float = 15) -> dict:
        async with asyncio.timeout(timeout):
            while True:
                frame = await self.frames.get()
                if check(frame):
                    return frame

    async def say(self, client_id: str, body: str, *, deadline: float = 60) -> tuple[int, int]:
        """Send until acknowledged; reconnect and re-send (same client_id) after an error
        or a lost connection. Returns (seq, attempts)."""
        loop = asyncio.get_running_loop()
        end = loop.time() + deadline
        attempts = 0
        while loop.time() < end:
            if not self.open:
                await self.connect(deadline=end - loop.time())
            attempts += 1
            try:
                await self.send_frame(
                    {"type": "message.send", "client_id": client_id, "body": body, "ref": client_id}
                )
                reply = await self.until(
                    lambda f: (
                        f["type"] == "_closed"
                        or (f["type"] == "message.ack" and f.get("client_id") == client_id)
                        or (f["type"] == "error" and f.get("ref") == client_id)
                    ),
                    timeout=15,
                )
            except (ConnectionClosed, TimeoutError):
                await asyncio.sleep(0.3)
                continue
            if reply["type"] == "message.ack":
                return reply["seq"], attempts
            if reply["type"] == "error":
                assert reply.get("retry_after") or reply["code"] in (
                    "server_error",
                    "unavailable",
                ), reply
            await asyncio.sleep(min(float(reply.get("retry_after") or 0.5), 1.0))
        raise TimeoutError(f"{self.name}: {client_id} was never acknowledged")

    async def caught_up(self, seq: int, *, timeout: float = 30) -> None:
        """Wait until this client has been shown ``seq`` (reconnecting if needed)."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while (self.last_seq or 0) < seq:
            if loop.time() > end:
                raise TimeoutError(f"{self.name} stuck at {self.last_seq}, wanted {seq}")
            if not self.open:
                await self.connect(deadline=end - loop.time())
            await asyncio.sleep(0.05)
