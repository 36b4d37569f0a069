"""The readings-only stream (``?view=readings``): the chair's announcements, script
sections, room state and presence counts, and never a share, however it would arrive."""

import json

import pytest
from asgiref.sync import sync_to_async

from moderation.models import Rule

pytestmark = pytest.mark.django_db(transaction=True)

SHARES = [
    "My sister called again at three in the morning",
    "I finally slept a whole night",
    "please buy now, it helped me",
    "Nobody at work knows",
]


async def _send(socket, cid, body, **extra):
    await socket.send({"type": "message.send", "client_id": cid, "body": body, **extra})
    return await socket.recv_type("message.ack")


def _text_of(frames) -> str:
    return json.dumps(frames)


async def test_readings_socket_never_receives_share_text_while_members_chat(room, connect):
    await sync_to_async(Rule.objects.create)(group=room.group, pattern="buy now", action="hold")
    chair = await connect(room.owner, room.occurrence)
    mod = await connect(room.moderator, room.occurrence)
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    early = await _send(alice, "share-early-1", SHARES[0])
    first = await _send(chair, "announce-001", "Welcome, everyone.", kind="announcement")

    reader = await connect(room.reader, room.occurrence, listen=True, view="readings")
    welcome = reader.welcome
    assert welcome["view"] == "readings"
    assert welcome["you"]["listening"] is True
    assert [m["seq"] for m in welcome["history"]] == [first["seq"]]
    assert "participants" not in welcome["presence"]
    assert welcome["presence"]["participant_count"] == 4
    assert welcome["queue"] is None and welcome["timer"] is None

    # Members chat: shares, a content-warned share, a held one that is approved, a
    # reaction, a removal, the queue and the timer. Then the chair announces.
    shared = await _send(bob, "share-bob-01", SHARES[1], content_warning="family")
    held = await _send(bob, "share-bob-02", SHARES[2])
    assert held["status"] == "held"
    await mod.send({"type": "held.approve", "seq": held["seq"]})
    await mod.recv_type("done")
    await alice.send({"type": "reaction.toggle", "seq": shared["seq"], "reaction": "hug"})
    await alice.recv_type("reaction.counts")
    last_share = await _send(alice, "share-late-01", SHARES[3])
    await mod.send({"type": "message.remove", "seq": early["seq"]})
    await mod.recv_type("done")
    await alice.send({"type": "hand.raise"})
    await alice.recv_type("queue")
    await chair.send({"type": "timer.set", "seconds": 120})
    await chair.recv_type("timer")
    second = await _send(chair, "announce-002", "We move to the reading.", kind="announcement")
    # A member's ordinary socket did get the shares (the test can tell the difference).
    await bob.recv_until("message.new", lambda f: f["message"]["seq"] == second["seq"])
    assert SHARES[3] in _text_of(bob.seen)

    new = await reader.recv_until("message.new", lambda f: f["message"]["seq"] == second["seq"])
    assert new["message"]["kind"] == "announcement"
    await reader.send({"type": "history.before", "before_seq": second["seq"] + 1, "limit": 100})
    page = await reader.recv_type("history.page")
    assert [m["seq"] for m in page["messages"]] == [first["seq"], second["seq"]]
    await reader.send({"type": "hello", "last_seq": 0})
    resumed = await reader.recv_type("welcome")
    assert [m["seq"] for m in resumed["history"]] == [first["seq"], second["seq"]]
    # The chair's announcement removed: the readings view hears of it.
    await mod.send({"type": "message.remove", "seq": first["seq"]})
    removed = await reader.recv_type("message.removed")
    assert removed["seq"] == first["seq"]
    seen = reader.seen + await reader.drain()

    text = _text_of([welcome, *seen])
    for share in SHARES:
        assert share not in text
    assert "family" not in text
    kinds = {f["type"] for f in seen}
    assert not kinds & {"queue", "timer", "reaction.counts"}
    share_seqs = {early["seq"], shared["seq"], held["seq"], last_share["seq"]}
    for frame in seen:
        if frame["type"] in ("message.new", "message.updated"):
            assert frame["message"]["kind"] == "announcement"
        if frame["type"] == "message.removed":
            assert frame["seq"] not in share_seqs
        if frame["type"] == "presence":
            assert "participants" not in frame
        if frame["type"] == "history.page":
            assert all(m["kind"] == "announcement" for m in frame["messages"])


async def test_a_member_in_the_readings_view_always_listens(room, connect):
    socket = await connect(room.alice, room.occurrence, view="readings")
    assert socket.welcome["listening"] is True
    assert socket.welcome["you"]["may_post"] is True
    await socket.send({"type": "listen.set", "listening": False})
    error = await socket.recv_type("error")
    assert (error["code"], error["for"]) == ("forbidden", "listen.set")
    await socket.send({"type": "message.send", "client_id": "readings-01", "body": "hi"})
    assert (await socket.recv_type("error"))["code"] == "listening"
