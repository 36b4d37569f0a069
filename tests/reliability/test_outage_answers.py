"""Redis stops under a real daphne worker (a private redis-server): every frame a client
sends is still answered within 2 seconds, with its reply, a retryable error, or a close
with 4500 ("try again"); a reconnect is answered as fast; after Redis is back the client
resumes and its message is stored once; and the worker's log holds no ERROR and no
traceback, only one line per failure (docs/protocol.md, errors and close codes). With both
channel layers: production's pub/sub one too."""

import asyncio
import json

import pytest
from asgiref.sync import sync_to_async
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from chat.models import Message
from tests.reliability.procs import Daphne, PrivateRedis
from tests.reliability.test_faults import BURSTY, _cookie, _database_url

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]

# The promise: an answer within this many seconds, whatever is down.
ANSWER_WITHIN = 2


async def _open(worker, occurrence, cookie):
    """A socket that got its welcome, or the close code it got instead (within the
    promise)."""
    async with asyncio.timeout(ANSWER_WITHIN):
        try:
            ws = await ws_connect(
                f"ws://127.0.0.1:{worker.port}/ws/rooms/{occurrence.pk}/",
                origin=f"http://127.0.0.1:{worker.port}",
                additional_headers={"Cookie": cookie},
            )
        except InvalidHandshake as refused:
            raise AssertionError(f"refused at the handshake: {refused}") from refused
        try:
            await ws.send(json.dumps({"type": "hello"}))
            while True:
                frame = json.loads(await ws.recv())
                if frame["type"] == "welcome":
                    return ws
        except ConnectionClosed:
            return ws.close_code


async def _ask(ws, frame: dict) -> dict | int:
    """Send ``frame``: its answer (the frame with its ref), or the close code."""
    async with asyncio.timeout(ANSWER_WITHIN):
        try:
            await ws.send(json.dumps(frame))
            while True:
                got = json.loads(await ws.recv())
                if got.get("ref") == frame["ref"]:
                    return got
        except ConnectionClosed:
            return ws.close_code


@pytest.mark.parametrize("layer", ["redis", "pubsub"])
async def test_a_redis_outage_answers_every_frame_fast_and_logs_no_traceback(
    transactional_db, room, layer
):
    redis = PrivateRedis()
    worker = Daphne(
        database_url=_database_url(), redis_url=redis.url, CHANNEL_LAYER=layer, **BURSTY
    )
    cookie = await sync_to_async(_cookie)(room.alice)
    answers = []
    try:
        ws = await _open(worker, room.occurrence, cookie)
        assert not isinstance(ws, int), ws
        # Stopped from a thread: the test's own event loop must go on answering the
        # server. A client that does not answer a close within autobahn's close handshake
        # timeout (1 s) has its connection dropped, and then sees 1006, not 4500.
        await asyncio.to_thread(redis.stop)
        loop = asyncio.get_running_loop()
        ends = loop.time() + 6
        n = 0
        while loop.time() < ends:
            n += 1
            if isinstance(ws, int):
                ws = await _open(worker, room.occurrence, cookie)
                if isinstance(ws, int):
                    answers.append(ws)
                    await asyncio.sleep(0.3)
                    continue
            for frame in (
                {"type": "message.send", "client_id": "outage-0001", "body": "hi", "ref": n},
                {"type": "ping", "ref": f"p{n}"},
            ):
                answer = await _ask(ws, frame)
                answers.append(answer if isinstance(answer, int) else answer["type"])
                if isinstance(answer, int):
                    ws = answer
                    break
                if answer["type"] == "error":
                    assert answer["code"] == "server_error" and answer["retry_after"] > 0
            await asyncio.sleep(0.3)
        assert worker.alive
        assert set(answers) <= {"error", "pong", "message.ack", 4500}, answers
        await asyncio.to_thread(redis.start)
        async with asyncio.timeout(30):
            while True:
                ws = await _open(worker, room.occurrence, cookie)
                if not isinstance(ws, int):
                    break
                await asyncio.sleep(0.5)
            while True:
                frame = {"type": "message.send", "client_id": "outage-0001", "body": "hi"}
                answer = await _ask(ws, {**frame, "ref": "after"})
                assert not isinstance(answer, int), answer
                if answer["type"] == "message.ack":
                    break
                await asyncio.sleep(answer["retry_after"] / 10)
        await ws.close()
    finally:
        worker.stop()
        redis.stop()
    assert await sync_to_async(Message.objects.filter(client_id="outage-0001").count)() == 1
    log = worker.log_path.read_text()
    assert [line for line in log.splitlines() if "ERROR" in line or "Traceback" in line] == []
