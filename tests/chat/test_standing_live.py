"""What changes about a person reaches their open sockets: a mute (and, on reconnect, the
welcome carries it) and a role that goes up."""

import pytest
from asgiref.sync import sync_to_async

from groups import joining as groups_joining
from groups import member_actions as groups_member_actions
from groups.models import Role

pytestmark = pytest.mark.django_db(transaction=True)


async def test_mute_reaches_the_person_and_every_welcome_carries_it(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    alice = await connect(room.alice, room.occurrence)
    assert alice.welcome["mute"] is None
    await mod.send(
        {"type": "member.mute", "user_id": room.alice.pk, "minutes": 10, "reason": "breathe"}
    )
    notice = await alice.recv_until("notice", lambda f: f["kind"] == "muted")
    assert notice["reason"] == "breathe" and notice["until"]
    again = await connect(room.alice, room.occurrence)
    assert again.welcome["mute"] == {"until": notice["until"], "reason": "breathe"}
    await mod.send(
        {"type": "member.mute", "user_id": room.bob.pk, "reason": "crosstalk", "ref": "bob"}
    )
    # Alice's mute was answered with a "done" too: wait for the one about Bob.
    await mod.recv_until("done", lambda f: f.get("ref") == "bob")
    bob = await connect(room.bob, room.occurrence)
    assert bob.welcome["mute"] == {"until": None, "reason": "crosstalk"}
    await mod.send({"type": "member.unmute", "user_id": room.alice.pk})
    await alice.recv_until("notice", lambda f: f["kind"] == "unmuted")
    assert (await connect(room.alice, room.occurrence)).welcome["mute"] is None


async def test_the_moderators_learn_who_is_muted_and_the_members_do_not(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    assert mod.welcome["muted"] == []
    assert "muted" not in alice.welcome and "muted" not in bob.welcome
    await mod.send({"type": "member.mute", "user_id": room.alice.pk, "minutes": 10})
    notice = await alice.recv_until("notice", lambda f: f["kind"] == "muted")
    told = await mod.recv_type("mutes")
    assert told["muted"] == [{"user_id": room.alice.pk, "until": notice["until"]}]
    # A mute from the moderation pages covers the group's open rooms: this one is told too.
    from moderation.actions import member_mute, member_unmute

    await sync_to_async(member_mute)(
        actor=room.moderator, user=room.bob, group=room.group, minutes=5, reason="a pause"
    )
    told = await mod.recv_type("mutes")
    assert [m["user_id"] for m in told["muted"]] == sorted([room.alice.pk, room.bob.pk])
    again = await connect(room.moderator, room.occurrence)
    assert again.welcome["muted"] == told["muted"]
    await sync_to_async(member_unmute)(
        actor=room.moderator, user=room.alice, occurrence=room.occurrence
    )
    told = await mod.recv_type("mutes")
    assert [m["user_id"] for m in told["muted"]] == [room.bob.pk]
    # Who is muted is never sent to the members, muted or not.
    for socket in (alice, bob):
        assert not [f for f in await socket.drain(timeout=0.3) if f["type"] == "mutes"]


async def test_a_mute_in_another_group_is_not_announced_here(
    room, connect, group_factory, member_factory
):
    other = await sync_to_async(group_factory)(owner=room.moderator)
    await sync_to_async(member_factory)(other, Role.MEMBER, user=room.alice)
    alice = await connect(room.alice, room.occurrence)
    from moderation.actions import member_mute

    await sync_to_async(member_mute)(
        actor=room.moderator, user=room.alice, group=other, minutes=5, reason="elsewhere"
    )
    frames = await alice.drain(timeout=0.5)
    assert not [f for f in frames if f["type"] == "notice"]


async def test_reader_made_member_gets_the_new_role_without_reconnecting(room, connect):
    socket = await connect(room.reader, room.occurrence)
    assert socket.welcome["you"]["role"] == "reader"
    assert socket.welcome["you"]["may_post"] is False
    await sync_to_async(groups_member_actions.membership_change_role)(
        actor=room.moderator, group=room.group, user=room.reader, role=Role.MEMBER
    )
    state = await socket.recv_until("room.state", lambda f: f["you"]["role"] == "member")
    assert state["you"]["may_post"] is True and state["listening"] is True
    await socket.send({"type": "listen.set", "listening": False})
    assert (await socket.recv_type("room.state"))["listening"] is False
    await socket.send({"type": "message.send", "client_id": "stepped-up-1", "body": "Hello"})
    assert (await socket.recv_type("message.ack"))["status"] == "visible"


async def test_approved_request_to_become_a_member_reaches_the_open_socket(room, connect):
    request = await sync_to_async(groups_joining.reader_step_up_request)(
        user=room.reader, group=room.group
    )
    socket = await connect(room.reader, room.occurrence)
    await sync_to_async(groups_joining.join_request_approve)(
        actor=room.moderator, join_request=request
    )
    state = await socket.recv_until("room.state", lambda f: f["you"]["role"] == "member")
    assert state["you"]["may_post"] is True


def _staff_client(user_factory):
    from django.test import Client

    client = Client()
    client.force_login(user_factory(display_name="Site Staff", is_staff=True, is_superuser=True))
    return client


async def test_a_ban_saved_by_staff_in_the_admin_closes_the_persons_socket(
    room, connect, user_factory
):
    from django.urls import reverse

    alice = await connect(room.alice, room.occurrence)
    client = await sync_to_async(_staff_client)(user_factory)
    response = await sync_to_async(client.post)(
        reverse("admin:groups_ban_add"),
        {"group": room.group.pk, "user": room.alice.pk, "reason": "threats"},
    )
    assert response.status_code == 302
    closing = await alice.recv_type("closing")
    assert closing["code"] == 4410
    assert (await alice.c.receive_output(timeout=3))["type"] == "websocket.close"


async def test_a_membership_deleted_by_staff_in_the_admin_closes_the_persons_socket(
    room, connect, user_factory
):
    from django.urls import reverse

    from groups.models import Membership

    bob = await connect(room.bob, room.occurrence)
    membership = await Membership.objects.aget(group=room.group, user=room.bob)
    client = await sync_to_async(_staff_client)(user_factory)
    response = await sync_to_async(client.post)(
        reverse("admin:groups_membership_delete", args=[membership.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    closing = await bob.recv_type("closing")
    assert closing["code"] == 4404  # a private group is not found by people outside it


async def test_a_role_lowered_by_staff_in_the_admin_reaches_the_open_socket(
    room, connect, user_factory
):
    from django.urls import reverse

    from groups.models import Membership

    socket = await connect(room.alice, room.occurrence)
    membership = await Membership.objects.aget(group=room.group, user=room.alice)
    client = await sync_to_async(_staff_client)(user_factory)
    response = await sync_to_async(client.post)(
        reverse("admin:groups_membership_change", args=[membership.pk]),
        {
            "user": room.alice.pk,
            "group": room.group.pk,
            "role": Role.READER,
            "joined_at_0": "2026-01-01",
            "joined_at_1": "10:00:00",
        },
    )
    assert response.status_code == 302
    state = await socket.recv_until("room.state", lambda f: f["you"]["role"] == "reader")
    assert state["you"]["may_post"] is False
