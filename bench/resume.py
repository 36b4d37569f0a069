"""S5: a client that missed messages reconnects with the last seq it saw and catches up.

The missed messages are stored through chat's own service (bench.fixtures post) while the
client is away; the time runs from the start of the new handshake until the client holds
every missed message, checked for gaps, duplicates and order."""

import asyncio
import json
import time

from websockets.asyncio.client import connect

from bench import env as benv


async def _session(
    target, *, last_seq: int | None, want_up_to: int | None
) -> tuple[int, float, str]:
    """Connect, say hello with ``last_seq``, read until ``want_up_to`` is held.
    Returns (room last seq, seconds from connect start, problems)."""
    room = target.rooms[0]
    port = target.servers.ports[0]
    protocol = target.protocol
    started = time.monotonic()
    async with connect(
        protocol.url(port, room["room"]),
        additional_headers=protocol.headers(port, room["sessions"][1]),
        origin=protocol.origin(port),
        compression=None,
        max_size=32 * 1024 * 1024,
        open_timeout=30,
        ping_interval=None,
    ) as ws:
        await ws.send(protocol.hello(last_seq))
        seqs: list[int] = []
        room_last = None
        while True:
            frame = json.loads(await asyncio.wait_for(ws.recv(), 30))
            if frame["type"] == "welcome":
                room_last = frame["last_seq"]
                seqs += [m["seq"] for m in frame["history"]]
            elif frame["type"] == "message.new":
                seqs.append(frame["message"]["seq"])
            elif frame["type"] == "error":
                raise RuntimeError(f"error frame: {frame}")
            if room_last is not None and (want_up_to is None or (seqs and seqs[-1] >= want_up_to)):
                break
        elapsed = time.monotonic() - started
    problems = "none"
    if want_up_to is not None and last_seq is not None:
        expected = list(range(last_seq + 1, want_up_to + 1))
        got = [s for s in seqs if s <= want_up_to]
        if got != expected:
            problems = f"expected {len(expected)} in order, got {len(got)}"
    return room_last, elapsed, problems


def run_resume(target, env: dict, *, missed: int, repeats: int) -> dict:
    raw = target.rooms[0]["raw"]
    author = raw["user_ids"][0]  # the chair posts; the member below is the one who was away
    post_env = dict(env, KINDRED_RATE_LIMIT_MESSAGES="1000000")
    times, problems = [], []
    last, _, _ = asyncio.run(_session(target, last_seq=None, want_up_to=None))
    for _ in range(repeats):
        out = json.loads(
            benv.python_module(
                post_env,
                "bench.fixtures",
                "post",
                "--occurrence",
                str(raw["occurrence_id"]),
                "--user",
                str(author),
                "--count",
                str(missed),
            )
        )
        up_to = out["last_seq"]
        _, seconds, problem = asyncio.run(_session(target, last_seq=last, want_up_to=up_to))
        times.append(seconds)
        problems.append(problem)
        last = up_to
    bad = [p for p in problems if p != "none"]
    return {"missed": missed, "seconds": times, "problems": "; ".join(bad) or "none"}
