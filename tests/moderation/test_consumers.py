"""Moderation over the room socket: frames dispatched by chat's consumer to
moderation's action modules, checked on every frame, felt at once by the people they concern."""

import contextlib

import pytest
from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from chat.models import Message
from groups.models import Membership, Role
from kindred import counters
from kindred.routing import websocket_urlpatterns
from moderation import actions, purge, review
from moderation.models import AuditAction, AuditEntry, CrisisAlert, Flag
from tests.chat.conftest import Socket, refusal

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
async def connect():
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    opened: list[Socket] = []

    async def make(user, occurrence, *, expect=True):
        communicator = WebsocketCommunicator(
            URLRouter(websocket_urlpatterns), f"/ws/rooms/{occurrence.pk}/"
        )
        communicator.scope["user"] = user
        if not expect:
            return await refusal(communicator)
        connected, code = await communicator.connect(timeout=5)
        assert connected, code
        socket = Socket(communicator)
        opened.append(socket)
        await socket.send({"type": "hello"})
        socket.welcome = await socket.recv_type("welcome")
        return socket

    yield make
    for socket in opened:
        with contextlib.suppress(Exception):  # already closed by the test
            await socket.c.disconnect(timeout=3)
    layer = get_channel_layer()
    if hasattr(layer, "close_pools"):
        await layer.close_pools()
    await counters.aclose()
    channel_layers.backends.clear()


def audit_actions():
    return list(AuditEntry.objects.order_by("pk").values_list("action", flat=True))


async def post(socket, body, client_id):
    await socket.send({"type": "message.send", "client_id": client_id, "body": body})
    return await socket.recv_until("message.ack", lambda f: f["client_id"] == client_id)


async def test_moderator_removes_message_everyone_sees_it_at_once(room, connect):
    member = await connect(room.member, room.occurrence)
    other = await connect(room.member2, room.occurrence)
    mod = await connect(room.moderator, room.occurrence)
    ack = await post(member, "something out of place", "client-m-1")
    await other.recv_type("message.new")
    await mod.send({"type": "message.remove", "seq": ack["seq"], "reason": "crosstalk", "ref": 1})
    done = await mod.recv_type("done")
    assert done["for"] == "message.remove"
    for socket in (member, other, mod):
        assert (await socket.recv_type("message.removed"))["seq"] == ack["seq"]
    assert await sync_to_async(audit_actions)() == [AuditAction.MESSAGE_REMOVE]


@pytest.mark.parametrize("role", ["member2", "reader"])
async def test_moderation_frames_from_non_moderators_are_refused(room, connect, role):
    member = await connect(room.member, room.occurrence)
    actor = await connect(getattr(room, role), room.occurrence)
    ack = await post(member, "hello", "client-m-2")
    for frame in (
        {"type": "message.remove", "seq": ack["seq"]},
        {"type": "member.mute", "user_id": room.member.pk, "minutes": 5},
        {"type": "member.remove", "user_id": room.member.pk},
        {"type": "member.ban", "user_id": room.member.pk},
        {"type": "room.lock", "locked": True},
        {"type": "room.slow_mode", "seconds": 30},
    ):
        await actor.send(frame)
        error = await actor.recv_type("error")
        assert (error["code"], error["for"]) == ("forbidden", frame["type"])
    await actor.send({"type": "ping"})
    assert (await actor.recv_type("pong"))["type"] == "pong"  # still usable
    assert await sync_to_async(audit_actions)() == []
    message = await sync_to_async(Message.objects.get)(seq=ack["seq"], occurrence=room.occurrence)
    assert message.status == "visible"


async def test_mute_disables_composer_and_server_refuses(room, connect):
    member = await connect(room.member, room.occurrence)
    chair = await connect(room.chair, room.occurrence)
    await chair.send(
        {"type": "member.mute", "user_id": room.member.pk, "minutes": 10, "reason": "pause"}
    )
    await chair.recv_type("done")
    notice = await member.recv_until("notice", lambda f: f["kind"] == "muted")
    assert notice["reason"] == "pause" and notice["until"]
    await member.send({"type": "message.send", "client_id": "client-m-3", "body": "still here"})
    error = await member.recv_type("error")
    assert error["code"] == "muted"
    assert "pause" in error["detail"]
    await chair.send({"type": "member.unmute", "user_id": room.member.pk})
    await chair.recv_type("done")
    await member.recv_until("notice", lambda f: f["kind"] == "unmuted")
    assert (await post(member, "back again", "client-m-4"))["status"] == "visible"
    assert await sync_to_async(audit_actions)() == [
        AuditAction.MEMBER_MUTE,
        AuditAction.MEMBER_UNMUTE,
    ]


async def test_moderator_cannot_mute_moderator_over_socket(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    await mod.send({"type": "member.mute", "user_id": room.moderator2.pk, "minutes": 5})
    assert (await mod.recv_type("error"))["code"] == "moderator_protected"
    await mod.send({"type": "member.ban", "user_id": room.owner.pk})
    assert (await mod.recv_type("error"))["code"] == "owner_protected"
    await mod.send({"type": "member.mute", "user_id": room.outsider.pk, "minutes": 5})
    assert (await mod.recv_type("error"))["code"] == "no_such_person"
    await mod.send({"type": "member.mute", "user_id": room.member.pk, "minutes": 10**7})
    assert (await mod.recv_type("error"))["code"] == "invalid_duration"
    assert await sync_to_async(audit_actions)() == []


async def test_remove_from_meeting_closes_with_4411_and_refuses_return(room, connect):
    member = await connect(room.member, room.occurrence)
    mod = await connect(room.moderator, room.occurrence)
    await mod.send({"type": "member.remove", "user_id": room.member.pk, "reason": "rude"})
    await mod.recv_type("done")
    closing = await member.recv_type("closing")
    assert closing["code"] == 4411
    assert (await member.c.receive_output(timeout=3))["code"] == 4411
    assert await connect(room.member, room.occurrence, expect=False) == 4411


async def test_ban_closes_every_socket_in_group_with_4410(room, connect, occurrence_factory):
    other_meeting = await sync_to_async(occurrence_factory)(room.group)
    first = await connect(room.member, room.occurrence)
    second = await connect(room.member, other_meeting)
    bystander = await connect(room.member2, room.occurrence)
    mod = await connect(room.moderator, room.occurrence)
    await mod.send({"type": "member.ban", "user_id": room.member.pk, "reason": "abuse"})
    await mod.recv_type("done")
    for socket in (first, second):
        assert (await socket.recv_type("closing"))["code"] == 4410
        assert (await socket.c.receive_output(timeout=3))["code"] == 4410
    assert all(f["type"] != "closing" for f in await bystander.drain())
    assert await connect(room.member, room.occurrence, expect=False) == 4410
    assert await sync_to_async(audit_actions)() == [AuditAction.MEMBER_BAN]


async def test_moderator_demoted_while_connected_loses_controls_at_once(room, connect):
    member = await connect(room.member, room.occurrence)
    mod = await connect(room.moderator, room.occurrence)
    ack = await post(member, "hello", "client-m-5")
    await sync_to_async(Membership.objects.filter(group=room.group, user=room.moderator).update)(
        role=Role.MEMBER
    )
    await mod.send({"type": "message.remove", "seq": ack["seq"]})
    assert (await mod.recv_type("error"))["code"] == "forbidden"
    assert await sync_to_async(audit_actions)() == []


async def test_lock_and_slow_mode_hold_on_the_next_frame(room, connect):
    member = await connect(room.member, room.occurrence)
    mod = await connect(room.moderator, room.occurrence)
    await mod.send({"type": "room.lock", "locked": True})
    await mod.recv_type("done")
    await member.send({"type": "message.send", "client_id": "client-m-6", "body": "hi"})
    assert (await member.recv_type("error"))["code"] == "room_locked"
    assert (await post(mod, "moderators still post", "client-x-1"))["status"] == "visible"
    await mod.send({"type": "room.lock", "locked": False})
    await mod.recv_type("done")
    await mod.send({"type": "room.slow_mode", "seconds": 60})
    await mod.recv_type("done")
    assert (await post(member, "first", "client-m-7"))["status"] == "visible"
    await member.send({"type": "message.send", "client_id": "client-m-8", "body": "second"})
    assert (await member.recv_type("error"))["code"] == "slow_mode"
    assert await sync_to_async(audit_actions)() == [
        AuditAction.ROOM_LOCK,
        AuditAction.ROOM_UNLOCK,
        AuditAction.ROOM_SLOW_MODE,
    ]


async def test_held_message_shown_to_others_only_after_approval(room, connect):
    room.group.new_member_hold_count = 1
    await sync_to_async(room.group.save)()
    member = await connect(room.member, room.occurrence)
    other = await connect(room.member2, room.occurrence)
    mod = await connect(room.moderator, room.occurrence)
    ack = await post(member, "my first words", "client-m-9")
    assert ack["status"] == "held"
    assert all(f["type"] != "message.new" for f in await other.drain(0.5))
    await mod.send({"type": "held.approve", "seq": ack["seq"]})
    await mod.recv_type("done")
    shown = await other.recv_type("message.new")
    assert shown["message"]["status"] == "visible"
    assert shown["message"]["body_html"] == "<p>my first words</p>"
    assert shown["message"]["seq"] > ack["seq"]
    # As docs/protocol.md says (held.approve): a new seq for everyone, and the author, who
    # saw it held, is told which seq replaces the held copy.
    moved = await member.recv_until("notice", lambda f: f["kind"] == "approved")
    assert (moved["old_seq"], moved["seq"]) == (ack["seq"], shown["message"]["seq"])


async def test_crisis_words_posted_author_gets_resources_moderators_alerted(room, connect):
    member = await connect(room.member, room.occurrence)
    mod = await connect(room.moderator, room.occurrence)
    ack = await post(member, "honestly I want to die", "client-m-10")
    assert ack["status"] == "visible"
    notice = await member.recv_until("notice", lambda f: f["kind"] == "crisis")
    assert "988" in notice["html"] and "findahelpline.com" in notice["html"]
    alert = await mod.recv_until("notice", lambda f: f["kind"] == "crisis_alert")
    assert alert["seq"] == ack["seq"]
    assert await sync_to_async(CrisisAlert.objects.filter(author=room.member).count)() == 1


async def test_flag_from_reader_reaches_queue_not_the_author(room, connect):
    member = await connect(room.member, room.occurrence)
    reader = await connect(room.reader, room.occurrence)
    # (A phone number itself would be held by screening before anyone could flag it.)
    ack = await post(member, "my neighbour Jo at the corner shop said so", "client-m-11")
    await reader.send({"type": "message.flag", "seq": ack["seq"], "reason": "personal_information"})
    await reader.recv_type("done")
    assert await sync_to_async(Flag.objects.filter(reporter=room.reader).count)() == 1
    frames = await member.drain()
    assert all(f.get("kind") != "review" for f in frames)
    assert all("Reader" not in str(f) for f in frames)


async def test_listener_in_open_meeting_flags_from_the_room(room, connect, occurrence_factory):
    open_meeting = await sync_to_async(occurrence_factory)(room.group, is_open=True)
    member = await connect(room.member, open_meeting)
    guest = await connect(room.outsider, open_meeting)
    ack = await post(member, "my neighbour Jo at the corner shop said so", "client-m-12")
    await guest.send({"type": "message.flag", "seq": ack["seq"], "reason": "personal_information"})
    await guest.recv_type("done")
    assert await sync_to_async(Flag.objects.filter(reporter=room.outsider).count)() == 1
    await guest.send({"type": "message.remove", "seq": ack["seq"]})
    assert (await guest.recv_type("error"))["code"] == "forbidden"


# After a ban, and told why: moderation/purge.py over the socket.


async def test_ban_removes_messages_in_another_live_meeting_of_the_group(
    room, connect, occurrence_factory
):
    other = await sync_to_async(occurrence_factory)(
        room.group, started_minutes_ago=120, minutes=240
    )
    member_there = await connect(room.member, other)
    watcher = await connect(room.member2, other)
    ack = await post(member_there, "said in the other meeting", "purge-other-1")
    await watcher.recv_type("message.new")
    mod = await connect(room.moderator, room.occurrence)
    await mod.send({"type": "member.ban", "user_id": room.member.pk, "remove_messages": True})
    assert (await mod.recv_type("done"))["for"] == "member.ban"
    assert (await watcher.recv_type("message.removed"))["seq"] == ack["seq"]
    status = await sync_to_async(Message.objects.values_list("status", flat=True).get)(
        occurrence=other, seq=ack["seq"]
    )
    assert status == "removed"


async def test_author_alone_is_told_why_their_message_was_removed(room, connect):
    author = await connect(room.member, room.occurrence)
    other = await connect(room.member2, room.occurrence)
    mod = await connect(room.moderator, room.occurrence)
    ack = await post(author, "not kind at all", "told-why-1")
    await mod.send({"type": "message.remove", "seq": ack["seq"], "reason": "Be kind, please."})
    assert (await mod.recv_type("done"))["for"] == "message.remove"
    notice = await author.recv_until("notice", lambda f: f["kind"] == "removed")
    assert notice["seq"] == ack["seq"]
    assert notice["reason"] == "Be kind, please."
    assert "removed your message “not kind at all”" in notice["detail"]
    await other.recv_type("message.removed")
    await mod.recv_type("message.removed")
    for socket in (other, mod):
        await socket.drain()
        assert not [f for f in socket.seen if f.get("kind") == "removed"]


# Approved, removed or purged away from the room (the review queue, the dashboard, a ban):
# the sockets in the room hear of it as docs/protocol.md says.


def _message_at(occurrence, seq):
    return Message.objects.select_related("author").get(occurrence=occurrence, seq=seq)


async def test_approval_from_the_review_queue_reaches_the_room_as_a_new_message(room, connect):
    room.group.new_member_hold_count = 1
    await sync_to_async(room.group.save)()
    author = await connect(room.member, room.occurrence)
    other = await connect(room.member2, room.occurrence)
    ack = await post(author, "waiting for a moderator", "announce-approve-1")
    assert ack["status"] == "held"
    held = await sync_to_async(_message_at)(room.occurrence, ack["seq"])
    await sync_to_async(review.held_message_approve)(actor=room.moderator, message=held)
    shown = await other.recv_type("message.new")
    assert shown["message"]["seq"] > ack["seq"]
    assert shown["message"]["status"] == "visible"
    assert shown["message"]["body_html"] == "<p>waiting for a moderator</p>"
    moved = await author.recv_until("notice", lambda f: f["kind"] == "approved")
    assert (moved["old_seq"], moved["seq"]) == (ack["seq"], shown["message"]["seq"])
    # An approval is not an update (docs/protocol.md, message.updated).
    await other.drain()
    assert not [f for f in other.seen if f["type"] == "message.updated"]


async def test_removal_from_the_review_queue_reaches_the_room_as_message_removed(room, connect):
    author = await connect(room.member, room.occurrence)
    other = await connect(room.member2, room.occurrence)
    ack = await post(author, "something out of place", "announce-remove-1")
    await other.recv_until("message.new", lambda f: f["message"]["seq"] == ack["seq"])
    message = await sync_to_async(_message_at)(room.occurrence, ack["seq"])
    await sync_to_async(actions.message_remove)(actor=room.moderator, message=message)
    for socket in (author, other):
        assert (await socket.recv_type("message.removed"))["seq"] == ack["seq"]
    await other.drain()
    assert not [f for f in other.seen if f["type"] == "message.updated"]


async def test_purge_after_a_ban_reaches_the_room_as_message_removed(room, connect):
    author = await connect(room.member, room.occurrence)
    other = await connect(room.member2, room.occurrence)
    first = await post(author, "one unkind thing", "announce-purge-1")
    second = await post(author, "and another", "announce-purge-2")
    await other.recv_until("message.new", lambda f: f["message"]["seq"] == second["seq"])
    removed = await sync_to_async(purge.member_messages_purge)(
        actor=room.moderator, group=room.group, user=room.member, around=room.occurrence
    )
    assert removed == 2
    seqs = [(await other.recv_type("message.removed"))["seq"] for _ in range(2)]
    assert sorted(seqs) == [first["seq"], second["seq"]]
