"""Moderation frames from the room socket reach moderation's action modules, and their effects
reach everyone in the room."""

import pytest
from asgiref.sync import sync_to_async

from chat.models import Message

pytestmark = pytest.mark.django_db(transaction=True)


async def _post(socket, cid, body):
    await socket.send({"type": "message.send", "client_id": cid, "body": body})
    return (await socket.recv_type("message.ack"))["seq"]


async def test_moderator_removes_a_message_for_everyone(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    seq = await _post(alice, "mod-rm-001", "something hurtful")
    await bob.send({"type": "message.remove", "seq": seq, "ref": "x"})
    err = await bob.recv_type("error")
    assert err["for"] == "message.remove" and err["ref"] == "x"
    await mod.send({"type": "message.remove", "seq": seq, "reason": "harmful"})
    assert (await mod.recv_type("done"))["for"] == "message.remove"
    assert (await bob.recv_type("message.removed"))["seq"] == seq
    assert (await alice.recv_type("message.removed"))["seq"] == seq
    status = await sync_to_async(Message.objects.values_list("status", flat=True).get)(seq=seq)
    assert status == "removed"


async def test_muted_member_is_refused_on_the_next_frame(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    await mod.send({"type": "member.mute", "user_id": room.bob.pk, "minutes": 10})
    await mod.recv_type("done")
    await bob.send({"type": "message.send", "client_id": "muted-0001", "body": "hi"})
    assert (await bob.recv_type("error"))["code"] == "muted"
    await bob.send({"type": "hand.raise"})
    assert (await bob.recv_type("error"))["code"] == "muted"
    assert await sync_to_async(Message.objects.count)() == 0


async def test_lock_reaches_everyone_as_room_state(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    alice = await connect(room.alice, room.occurrence)
    await mod.send({"type": "room.lock", "locked": True})
    state = await alice.recv_until("room.state", lambda f: f["room"]["locked"])
    assert state["room"]["locked"] is True
    await alice.send({"type": "message.send", "client_id": "locked-001", "body": "hi"})
    assert (await alice.recv_type("error"))["code"] == "room_locked"


async def test_removed_member_is_closed_and_cannot_return(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    await mod.send({"type": "member.remove", "user_id": room.bob.pk, "reason": "crosstalk"})
    await mod.recv_type("done")
    assert (await bob.recv_type("closing"))["code"] == 4411
    assert await connect(room.bob, room.occurrence, expect=False) == 4411


async def test_listener_may_flag_but_not_moderate(room, connect):
    alice = await connect(room.alice, room.occurrence)
    reader = await connect(room.reader, room.occurrence)
    seq = await _post(alice, "flag-me-01", "buy my stuff")
    await reader.send({"type": "message.flag", "seq": seq, "reason": "spam"})
    assert (await reader.recv_type("done"))["for"] == "message.flag"
    await reader.send({"type": "room.lock", "locked": True})
    assert (await reader.recv_type("error"))["for"] == "room.lock"


async def test_moderation_frames_with_wrong_fields_change_nothing(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    for frame, code in [
        ({"type": "message.remove", "seq": "1"}, "bad_field"),
        ({"type": "message.remove", "seq": 999}, "no_such_message"),
        ({"type": "member.mute", "user_id": True}, "bad_field"),
        ({"type": "member.mute", "user_id": 999_999}, "no_such_person"),
        ({"type": "room.lock", "locked": "yes"}, "bad_field"),
        ({"type": "queue.reorder", "user_ids": "1,2"}, "bad_field"),
    ]:
        await mod.send(frame)
        assert (await mod.recv_type("error"))["code"] == code, frame


async def test_held_message_reaches_only_its_author_and_leaders_until_approved(room, connect):
    from moderation.models import Rule

    await sync_to_async(Rule.objects.create)(group=room.group, pattern="casino", action="hold")
    mod = await connect(room.moderator, room.occurrence)
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    await alice.send({"type": "message.send", "client_id": "held-0001", "body": "casino night"})
    own = await alice.recv_type("message.new")
    assert own["message"]["status"] == "held"
    ack = await alice.recv_type("message.ack")
    assert ack["status"] == "held" and ack["seq"] == 1
    assert (await alice.recv_type("notice"))["kind"] == "held"
    seen = await mod.recv_type("message.new")
    assert seen["message"]["seq"] == 1 and seen["message"]["status"] == "held"
    # Bob never sees it, and his next message is not mistaken for a gap.
    await alice.send({"type": "message.send", "client_id": "held-0002", "body": "hello"})
    got = await bob.recv_type("message.new")
    assert got["message"]["seq"] == 2 and "casino" not in str(bob.seen)
    await mod.send({"type": "held.approve", "seq": 1})
    approved = await bob.recv_type("message.new")
    assert approved["message"]["seq"] == 3 and "casino" in approved["message"]["body_html"]


async def test_a_ban_frame_can_remove_the_persons_messages_too(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    seq = await _post(bob, "ban-purge-1", "something cruel")
    await mod.send({"type": "member.ban", "user_id": room.bob.pk, "remove_messages": "yes"})
    assert (await mod.recv_type("error"))["code"] == "bad_field"
    await mod.send({"type": "member.ban", "user_id": room.bob.pk, "remove_messages": True})
    assert (await mod.recv_type("done"))["for"] == "member.ban"
    assert (await alice.recv_type("message.removed"))["seq"] == seq
    assert (await bob.recv_type("closing"))["code"] == 4410
    status = await sync_to_async(Message.objects.values_list("status", flat=True).get)(seq=seq)
    assert status == "removed"
