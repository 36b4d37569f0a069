"""The room socket on the wire, against a real daphne started with the production flags
the README gives (``--websocket-max-message-size 65536 --websocket-max-frame-size 65536``):
what a native client that reads close codes gets (docs/protocol.md, close codes)."""

import asyncio
import json
import os
import socket
import struct

import pytest
from asgiref.sync import sync_to_async
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed

from groups.models import Ban
from tests.chat.workers import Worker, free_port

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker(transactional_db, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Every ping reads the meeting afresh (the test ends one behind the worker's back).
    one = Worker(free_port(), KINDRED_ROOM_CACHE_SECONDS="0")
    try:
        one.wait_ready()
        yield one
    finally:
        one.stop()


def cookie_for(user) -> str:
    from django.test import Client as HttpClient

    client = HttpClient()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


async def _open(worker, occurrence, cookie):
    return await ws_connect(
        f"ws://127.0.0.1:{worker.port}/ws/rooms/{occurrence.pk}/",
        origin=f"http://127.0.0.1:{worker.port}",
        additional_headers={"Cookie": cookie},
        open_timeout=10,
        max_size=None,
    )


async def _close_code(ws) -> tuple[int | None, list[dict]]:
    """Read until the server closes: its close code (None: no close frame, a dropped
    connection) and the frames before it."""
    frames = []
    try:
        async with asyncio.timeout(10):
            while True:
                frames.append(json.loads(await ws.recv()))
    except ConnectionClosed as closed:
        return (closed.rcvd.code if closed.rcvd is not None else None), frames


async def test_a_refused_native_client_reads_the_close_code_and_why(worker, room):
    cookie = await sync_to_async(cookie_for)(room.bob)
    await sync_to_async(Ban.objects.create)(group=room.group, user=room.bob, reason="x")
    ws = await _open(worker, room.occurrence, cookie)  # accepted: no HTTP 403
    code, frames = await _close_code(ws)
    assert code == 4410
    assert [(f["type"], f["code"]) for f in frames] == [("closing", 4410)]  # nothing else
    assert frames[0]["detail"]


async def test_a_frame_over_the_limit_gets_1009(worker, room):
    ws = await _open(worker, room.occurrence, await sync_to_async(cookie_for)(room.alice))
    await ws.send("x" * 70_000)
    assert (await _close_code(ws))[0] == 1009


async def test_a_fragmented_message_over_the_limit_gets_1009(worker, room):
    ws = await _open(worker, room.occurrence, await sync_to_async(cookie_for)(room.alice))
    # Three frames of 32,000 bytes, each under the frame limit; 96,000 bytes in all.
    await ws.send(["x" * 32_000, "x" * 32_000, "x" * 32_000])
    assert (await _close_code(ws))[0] == 1009


def _raw_handshake(worker, occurrence, cookie) -> socket.socket:
    raw = socket.create_connection(("127.0.0.1", worker.port), timeout=10)
    key = "dGhlIHNhbXBsZSBub25jZQ=="
    raw.sendall(
        (
            f"GET /ws/rooms/{occurrence.pk}/ HTTP/1.1\r\n"
            f"Host: 127.0.0.1:{worker.port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Origin: http://127.0.0.1:{worker.port}\r\nCookie: {cookie}\r\n\r\n"
        ).encode()
    )
    answer = b""
    while b"\r\n\r\n" not in answer:
        answer += raw.recv(4096)
    assert answer.startswith(b"HTTP/1.1 101"), answer
    return raw


def _read_close_frame(raw: socket.socket) -> int | None:
    """The code of the first close frame the server sends (None: the connection dropped)."""
    data = b""
    try:
        while True:
            chunk = raw.recv(65536)
            if not chunk:
                return None
            data += chunk
            while len(data) >= 2:
                opcode, length = data[0] & 0x0F, data[1] & 0x7F
                if length >= 126 or len(data) < 2 + length:
                    break
                if opcode == 0x8:
                    return struct.unpack("!H", data[2:4])[0]
                data = data[2 + length :]
    except ConnectionResetError:
        return None


def test_a_bare_4_mib_frame_header_gets_1009(worker, room):
    raw = _raw_handshake(worker, room.occurrence, cookie_for(room.alice))
    try:
        # A masked text frame announcing 4 MiB, and nothing of its payload.
        raw.sendall(bytes([0x81, 0x80 | 127]) + struct.pack("!Q", 4 * 1024 * 1024) + os.urandom(4))
        assert _read_close_frame(raw) == 1009
    finally:
        raw.close()


async def test_a_ping_after_the_meeting_ended_gets_pong_closing_and_4412(worker, room):
    """The meeting's time ran out with no event: the next ping finds it ended."""
    import datetime as dt

    from django.utils import timezone

    from meetings.models import Occurrence

    ws = await _open(worker, room.occurrence, await sync_to_async(cookie_for)(room.alice))
    await ws.send(json.dumps({"type": "hello"}))
    ended = timezone.now() - dt.timedelta(hours=2)
    await sync_to_async(Occurrence.objects.filter(pk=room.occurrence.pk).update)(
        start=ended - dt.timedelta(hours=1), end=ended
    )
    await ws.send(json.dumps({"type": "ping"}))
    code, frames = await _close_code(ws)
    assert code == 4412  # ended (4409 is upcoming or cancelled)
    assert [f["type"] for f in frames][-2:] == ["pong", "closing"]
    assert "Traceback" not in worker.log_path.read_text()
