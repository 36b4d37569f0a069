"""docs/protocol.md against the server: every frame type, error code and close code the
server can send is documented, and everything documented is something the server sends
(read from the source, tests/chat/protocol_doc.py, and exercised here over a socket)."""

import pytest
from asgiref.sync import sync_to_async

from chat.consumers import FRAMES
from chat.frames import SCHEMAS
from tests.chat import protocol_doc

pytestmark = pytest.mark.django_db(transaction=True)

# Raised somewhere a socket's frame reaches, yet never sent as an error frame; each says why.
NEVER_SENT = {
    "held": "caught: a held message is stored and acknowledged with status 'held'",
    "login_required": "a socket is signed in (admission closes an anonymous one with 4401)",
    "invalid": "a mute from the room always names its meeting (_mute_scope)",
}

# Sent without going through a raise or send_error, so the source walk cannot see it.
SENT_DIRECTLY = {
    "frame_too_large": "RoomConsumer.send puts it in place of a frame over the send limit",
}


def test_client_frame_types_are_exactly_the_documented_ones():
    doc = protocol_doc.documented()
    assert doc["client"] == set(FRAMES)
    assert set(SCHEMAS) == set(FRAMES)  # every frame type is checked in one place


def test_server_frame_types_are_exactly_the_documented_ones():
    doc = protocol_doc.documented()
    assert protocol_doc.server_frame_types() == doc["server"]


def test_error_codes_are_exactly_the_documented_ones():
    doc = protocol_doc.documented()
    reachable = (protocol_doc.error_codes_reachable() - set(NEVER_SENT)) | set(SENT_DIRECTLY)
    assert reachable - doc["errors"] == set(), "sent but not documented"
    assert doc["errors"] - reachable == set(), "documented but nothing sends it"


def test_close_codes_are_exactly_the_documented_ones():
    doc = protocol_doc.documented()
    # What the consumer uses, and what the WebSocket server itself sends (1009, 1007,
    # 1002: kindred/wsserver.py) or a client sees on its own (1000, 1001, 1006).
    assert protocol_doc.close_codes_used() | {1000, 1001, 1002, 1006, 1007, 1009} == doc["close"]
    # Every code the server closes with is one the WebSocket library accepts.
    assert all(code == 1000 or 3000 <= code <= 4999 for code in protocol_doc.close_codes_used())


async def test_what_a_socket_receives_is_documented(room, connect, settings):
    """Exercise every frame type, well-formed and not, as a member and as the chair, and
    check every frame, error code and close code received against the doc."""
    settings.KINDRED_WS_FRAMES_PER_WINDOW = 10_000
    doc = protocol_doc.documented()
    alice = await connect(room.alice, room.occurrence, hello=False)
    chair = await connect(room.owner, room.occurrence)
    reader = await connect(room.reader, room.occurrence)
    await alice.send({"type": "ping", "ref": 1})
    await alice.recv_type("error")
    await alice.send({"type": "hello", "ref": "h"})
    await alice.recv_type("welcome")
    send = {"type": "message.send", "client_id": "conform-01", "body": "hello"}
    frames = [
        "not json",
        "[1]",
        {"type": "nope"},
        {"type": "ping", "ref": {"x": 1}},
        send,
        send,
        {**send, "body": "other"},
        {"type": "message.send", "client_id": "conform-02", "body": "\u200b"},
        {"type": "message.send", "client_id": "conform-03", "body": "\ud800"},
        {"type": "message.send", "client_id": "x", "body": "hi"},
        {"type": "message.send", "client_id": "conform-04", "body": "y" * 2001},
        {
            "type": "message.send",
            "client_id": "conform-05",
            "body": "hi",
            "content_warning": "c" * 201,
        },
        {"type": "message.send", "client_id": "conform-06", "body": "hi", "kind": "announcement"},
        {"type": "history.before", "before_seq": 5},
        {"type": "hand.raise"},
        {"type": "hand.lower"},
        {"type": "pass"},
        {"type": "queue.call_next"},
        {"type": "timer.set", "seconds": 5},
        {"type": "reaction.toggle", "seq": 1, "reaction": "wave"},
        {"type": "reaction.toggle", "seq": 1, "reaction": "heart"},
        {"type": "reaction.toggle", "seq": 99, "reaction": "heart"},
        {"type": "listen.set", "listening": True},
        {"type": "message.send", "client_id": "conform-07", "body": "hi"},
        {"type": "listen.set", "listening": False},
        {"type": "section.move", "section_id": 1},
        {"type": "message.flag", "seq": 1, "reason": "nonsense"},
        {"type": "member.mute", "user_id": room.bob.pk},
        {"type": "member.mute"},
        {"type": "room.lock"},
        {"type": "queue.reorder", "user_ids": [1]},
    ]
    for frame in frames:
        await alice.send(frame)
        await alice.send({"type": "ping"})
        await alice.recv_type("pong")
    leading = [
        {"type": "timer.set", "seconds": 5},
        {"type": "timer.set", "seconds": 60},
        {"type": "queue.call_next"},
        {"type": "queue.clear"},
        {"type": "queue.reorder", "user_ids": [room.alice.pk]},
        {"type": "member.mute", "user_id": room.alice.pk, "minutes": 0},
        {"type": "member.mute", "user_id": 10**12},
        {"type": "member.mute", "user_id": room.owner.pk},
        {"type": "member.unmute", "user_id": room.alice.pk},
        {"type": "held.approve", "seq": 1},
        {"type": "message.remove", "seq": 404},
        {"type": "room.lock", "locked": False},
        {"type": "room.slow_mode", "seconds": 0},
        {"type": "room.slow_mode", "seconds": 5},
        {"type": "message.remove", "seq": 1},
        {"type": "message.remove", "seq": 1},
        {"type": "member.remove", "user_id": room.bob.pk},
    ]
    for frame in leading:
        await chair.send(frame)
        await chair.send({"type": "ping"})
        await chair.recv_type("pong")
    await reader.send({"type": "message.send", "client_id": "conform-08", "body": "hi"})
    await reader.recv_type("error")
    await chair.send({"type": "member.ban", "user_id": room.reader.pk})
    await chair.recv_type("done")
    await reader.recv_type("closing")
    seen = [*alice.seen, *chair.seen, *reader.seen, *await alice.drain(), *await chair.drain()]
    types = {frame["type"] for frame in seen}
    codes = {frame["code"] for frame in seen if frame["type"] == "error"}
    closes = {frame["code"] for frame in seen if frame["type"] == "closing"}
    assert types - doc["server"] == set()
    assert codes - doc["errors"] == set()
    assert closes - doc["close"] == set()
    # The exercise reached a good part of what the doc lists.
    assert {"welcome", "pong", "error", "message.new", "message.ack", "queue", "timer"} <= types
    assert len(codes) >= 20, sorted(codes)
    # And the errors of a message all carried their client_id.
    for frame in seen:
        if frame["type"] == "error" and frame.get("for") == "message.send":
            assert "client_id" in frame, frame
    await sync_to_async(lambda: None)()
