"""The access matrix: every role of docs/roles.md (plus a member of another group, a banned
person, someone removed from the meeting and someone demoted while connected) against every
action of the live room over the WebSocket, and the moderation and library pages over
HTTP, including requests that swap in another group's or meeting's ids.

Each row is what the roles table says; the test asserts the whole row at once, so one
wrong cell shows as a readable difference.
"""

import itertools

import pytest
from asgiref.sync import sync_to_async
from django.test import Client
from django.urls import reverse

from chat import posting
from groups.models import Role

pytestmark = pytest.mark.django_db(transaction=True)

_refs = itertools.count(1)

# The room actions, in an order where each leaves the room usable for the next.
ACTIONS = [
    "message.send",
    "hand.raise",
    "reaction.toggle",
    "message.flag",
    "timer.set",
    "queue.call_next",
    "message.remove",
    "member.mute",
    "member.ban",
    "room.lock",
]
POST = {"message.send", "hand.raise", "reaction.toggle"}
LEAD = {"timer.set", "queue.call_next"}
MODERATE = {"message.remove", "member.mute", "member.ban", "room.lock"}
EXPECTED = {
    "reader": {"message.flag"},
    "member": POST | {"message.flag"},
    "moderator": set(ACTIONS),
    "owner": set(ACTIONS),
    "guest_open_meeting": {"message.flag"},
    "demoted_while_connected": {"message.flag"},
}


def _frame(action: str, *, target, seq: int) -> dict:
    return {
        "message.send": {"client_id": f"matrix-{next(_refs):06d}", "body": "hello"},
        "hand.raise": {},
        "reaction.toggle": {"seq": seq, "reaction": "heart"},
        "message.flag": {"seq": seq, "reason": "harmful"},
        "timer.set": {"seconds": 60},
        "queue.call_next": {},
        "message.remove": {"seq": seq, "reason": "matrix"},
        "member.mute": {"user_id": target.pk, "minutes": 5},
        "member.ban": {"user_id": target.pk, "reason": "matrix"},
        "room.lock": {"locked": True},
    }[action] | {"type": action, "ref": f"r{next(_refs)}"}


async def _outcome(socket, frame: dict) -> str:
    """ "ok" or the error code: send the frame, then a ping; everything up to the pong is
    the frame's answer (a socket answers its frames in order)."""
    await socket.send(frame)
    await socket.send({"type": "ping"})
    result = "ok"
    while True:
        reply = await socket.recv(timeout=5)
        if reply["type"] == "error" and reply.get("ref") == frame["ref"]:
            result = reply["code"]
        if reply["type"] == "pong":
            return result


@pytest.fixture
def matrix_room(room, member_factory, occurrence_factory, group_factory, user_factory):
    """``room`` (a private group's closed live meeting) plus Bob's message at seq 1, a
    second group with its own live meeting and message, and people outside."""
    room.first, _ = posting.message_post(
        occurrence=room.occurrence, author=room.bob, body="Bob shares", client_id="bob-first-1"
    )
    room.other_owner = user_factory(display_name="Other owner")
    room.other_group = group_factory(owner=room.other_owner, visibility="public")
    room.other_member = member_factory(room.other_group, Role.MEMBER, display_name="Otto")
    room.other_occurrence = occurrence_factory(room.other_group, is_open=True)
    room.other_message, _ = posting.message_post(
        occurrence=room.other_occurrence,
        author=room.other_member,
        body="Elsewhere",
        client_id="other-first1",
    )
    room.outsider = user_factory(display_name="Out")
    return room


def _who(room, role: str):
    return {
        "reader": room.reader,
        "member": room.alice,
        "moderator": room.moderator,
        "owner": room.owner,
        "demoted_while_connected": room.alice,
    }[role]


@pytest.mark.parametrize("role", sorted(EXPECTED))
async def test_each_role_may_do_exactly_what_the_roles_table_says(matrix_room, connect, role):
    r = matrix_room
    if role == "guest_open_meeting":
        # A signed-in non-member in another group's open meeting: listen and flag only.
        socket = await connect(r.outsider, r.other_occurrence)
        seq, target = r.other_message.seq, r.other_member
    else:
        socket = await connect(_who(r, role), r.occurrence)
        seq, target = r.first.seq, r.bob
    if role == "demoted_while_connected":
        from groups.member_actions import membership_change_role

        await sync_to_async(membership_change_role)(
            actor=r.owner, group=r.group, user=r.alice, role=Role.READER
        )
        state = await socket.recv_type("room.state")
        assert state["you"]["may_post"] is False
    if role in ("moderator", "owner"):
        await socket.send({"type": "hand.raise"})  # so that calling the next sharer can work
    outcomes = {}
    for action in ACTIONS:
        outcomes[action] = await _outcome(socket, _frame(action, target=target, seq=seq))
    allowed = {action for action, outcome in outcomes.items() if outcome == "ok"}
    assert allowed == EXPECTED[role], outcomes
    refusals = {outcomes[a] for a in set(ACTIONS) - allowed}
    assert refusals <= {"forbidden", "listening", "not_allowed", "room_locked"}, outcomes


@pytest.mark.parametrize(
    ("who", "where", "close_code"),
    [
        ("anonymous", "room", 4401),
        ("outsider", "room", 4404),  # a private group: not even told it exists
        ("other_member", "room", 4404),  # a member of another group
        ("banned", "room", 4410),
        ("removed", "room", 4411),
        ("member", "ended", 4412),
        ("member", "other_closed", 4403),  # another group's closed meeting, visible group
    ],
)
async def test_who_may_not_enter_is_refused_before_the_socket_opens(
    matrix_room, connect, occurrence_factory, who, where, close_code
):
    from django.contrib.auth.models import AnonymousUser

    from moderation import actions

    r = matrix_room
    people = {
        "anonymous": AnonymousUser(),
        "outsider": r.outsider,
        "other_member": r.other_member,
        "banned": r.bob,
        "removed": r.bob,
        "member": r.alice,
    }
    if who == "banned":
        await sync_to_async(actions.member_ban)(
            actor=r.moderator, group=r.group, user=r.bob, reason="x"
        )
    if who == "removed":
        await sync_to_async(actions.member_remove_from_meeting)(
            actor=r.moderator, occurrence=r.occurrence, user=r.bob, reason="x"
        )
    occurrence = r.occurrence
    if where == "ended":
        occurrence = await sync_to_async(occurrence_factory)(r.group, state="ended")
    if where == "other_closed":
        occurrence = await sync_to_async(occurrence_factory)(r.other_group, is_open=False)
    code = await connect(people[who], occurrence, expect=False)
    assert code == close_code


async def test_another_rooms_ids_reach_nothing(matrix_room, connect):
    """Connected to one room, a moderator names a message and a person of another group:
    nothing there changes."""
    from chat.models import Message

    r = matrix_room
    socket = await connect(r.moderator, r.occurrence)
    other_seq = r.other_message.seq + 50  # no such seq here
    for frame in (
        {"type": "message.remove", "seq": other_seq, "ref": "a"},
        {"type": "message.flag", "seq": other_seq, "reason": "spam", "ref": "b"},
        {"type": "reaction.toggle", "seq": other_seq, "reaction": "heart", "ref": "c"},
        {"type": "member.mute", "user_id": r.other_member.pk, "minutes": 5, "ref": "d"},
        {"type": "member.ban", "user_id": r.other_member.pk, "reason": "x", "ref": "e"},
        {"type": "member.remove", "user_id": r.other_member.pk, "ref": "f"},
        {"type": "member.ban", "user_id": r.other_owner.pk, "reason": "x", "ref": "g"},
    ):
        assert await _outcome(socket, frame) != "ok", frame
    other = await sync_to_async(Message.objects.get)(pk=r.other_message.pk)
    assert other.status == Message.Status.VISIBLE

    from groups.models import Ban
    from moderation.models import Flag, Mute

    assert not await sync_to_async(Ban.objects.filter(user=r.other_member).exists)()
    assert not await sync_to_async(Mute.objects.filter(user=r.other_member).exists)()
    assert not await sync_to_async(Flag.objects.filter(message=r.other_message).exists)()


# --- HTTP ----------------------------------------------------------------------------------


def _moderation_pages(group) -> list[str]:
    return [
        reverse(f"moderation:{name}", args=[group.slug])
        for name in ("queue", "members", "audit", "rules", "retention", "alerts")
    ]


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (None, False),
        ("outsider", False),
        ("other_member", False),
        ("other_owner", False),  # owner of another group
        (Role.READER, False),
        (Role.MEMBER, False),
        (Role.MODERATOR, True),
        (Role.OWNER, True),
        ("banned_moderator", False),
    ],
)
def test_moderation_pages_by_role(matrix_room, role, allowed):
    from moderation import actions

    r = matrix_room
    client = Client()
    person = {
        "outsider": r.outsider,
        "other_member": r.other_member,
        "other_owner": r.other_owner,
        Role.READER: r.reader,
        Role.MEMBER: r.alice,
        Role.MODERATOR: r.moderator,
        Role.OWNER: r.owner,
        "banned_moderator": r.moderator,
    }.get(role)
    if role == "banned_moderator":
        actions.member_ban(actor=r.owner, group=r.group, user=r.moderator, reason="x")
    if person is not None:
        client.force_login(person)
    for url in _moderation_pages(r.group):
        status = client.get(url).status_code
        if allowed:
            assert status == 200, url
        else:
            assert status in (302, 403, 404), (url, status)


def test_a_moderator_cannot_reach_another_groups_items_through_their_own_group(matrix_room):
    """Swapping ids: group A's moderator names group B's review item, member or library
    text under group A's address, or group B's address directly."""
    from groups.models import Ban
    from moderation import review
    from moderation.models import Mute, ReviewItem

    r = matrix_room
    review.message_flag(actor=r.other_owner, message=r.other_message, reason="spam")
    item = ReviewItem.objects.get(group=r.other_group)
    client = Client()
    client.force_login(r.moderator)
    slug = r.group.slug
    posts = [
        (reverse("moderation:resolve", args=[slug, item.pk]), {"decision": "delete"}),
        (reverse("moderation:mute", args=[slug]), {"user_id": r.other_member.pk, "minutes": 5}),
        (reverse("moderation:ban", args=[slug]), {"user_id": r.other_member.pk, "reason": "x"}),
        (
            reverse("moderation:resolve", args=[r.other_group.slug, item.pk]),
            {"decision": "delete"},
        ),
        (
            reverse("groups:member_role", args=[slug, r.other_member.pk]),
            {"role": Role.READER},
        ),
        (reverse("groups:member_remove", args=[slug, r.other_member.pk]), {}),
        (reverse("groups:member_remove", args=[r.other_group.slug, r.other_member.pk]), {}),
    ]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code in (302, 400, 403, 404), (url, response.status_code)
    item.refresh_from_db()
    assert item.decision in ("", None)
    r.other_message.refresh_from_db()
    assert r.other_message.status == "visible"
    assert not Ban.objects.filter(user=r.other_member).exists()
    assert not Mute.objects.filter(user=r.other_member).exists()
    assert r.other_group.memberships.filter(user=r.other_member, role=Role.MEMBER).exists()


def test_library_of_a_private_group_is_hidden_from_outsiders_and_other_groups(matrix_room):
    from library.services import library_item_create

    r = matrix_room
    item = library_item_create(
        actor=r.owner, group=r.group, title="Private", body="Ours", status="published"
    )
    url = reverse("library:item", args=[r.group.slug, item.slug])
    swapped = reverse("library:item", args=[r.other_group.slug, item.slug])
    for person, expected in (
        (None, {302, 404}),
        (r.outsider, {404}),
        (r.other_member, {404}),
        (r.reader, {200}),
        (r.alice, {200}),
    ):
        client = Client()
        if person is not None:
            client.force_login(person)
        assert client.get(url).status_code in expected, person
        # The other group is public: its library may say 403 (not yours) or 404, never 200.
        assert client.get(swapped).status_code in {302, 403, 404}, person
