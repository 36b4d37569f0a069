"""No frame the room socket sends is over the server's send limit (64 KiB): history in the
welcome, in pages and in resumes is cut by bytes, one message's HTML is capped when it is
posted, and anything else too large is replaced by an error rather than lost with the
socket."""

import json

import pytest
from asgiref.sync import sync_to_async
from django.conf import settings

from chat import posting, selectors
from chat.models import Message, RoomState
from groups import services as group_services
from kindred.errors import ServiceError
from kindred.events import user_event_on_commit
from kindred.text import render_markdown

pytestmark = pytest.mark.django_db(transaction=True)

WORST = ["&" * 2000, "> " * 1000, "😀" * 2000, '&<>"' * 500, "http://a.co/" + "😀" * 1300]


def _store(room, count: int, *, html=None) -> list[int]:
    state, _ = RoomState.objects.get_or_create(occurrence=room.occurrence)
    first = state.last_seq + 1
    seqs = list(range(first, first + count))
    Message.objects.bulk_create(
        Message(
            occurrence=room.occurrence,
            seq=seq,
            author=room.alice,
            client_id=f"fs-{seq:06d}",
            body=WORST[seq % len(WORST)],
            body_html=html or render_markdown(WORST[seq % len(WORST)]),
            content_warning="😀" * 200,
        )
        for seq in seqs
    )
    state.last_seq = seqs[-1]
    state.save()
    return seqs


async def _raw(socket) -> tuple[int, dict]:
    text = await socket.c.receive_from(timeout=5)
    return len(text.encode()), json.loads(text)


async def _until(socket, kind: str) -> tuple[int, dict]:
    while True:
        size, frame = await _raw(socket)
        if frame["type"] == kind:
            return size, frame


async def test_welcome_and_pages_fit_the_send_limit_and_page_back_to_the_start(room, connect):
    seqs = await sync_to_async(_store)(room, 40)
    limit = settings.KINDRED_WS_MAX_SEND_BYTES
    bob = await connect(room.bob, room.occurrence, hello=False)
    await bob.send({"type": "hello"})
    size, welcome = await _until(bob, "welcome")
    assert size <= limit
    seen = [m["seq"] for m in welcome["history"]]
    assert 0 < len(seen) < 50 and seen[-1] == seqs[-1] and welcome["last_seq"] == seqs[-1]
    while True:
        await bob.send({"type": "history.before", "before_seq": seen[0], "limit": 100})
        size, page = await _until(bob, "history.page")
        assert size <= limit
        assert page["messages"] and len(page["messages"]) < 100
        seen = [m["seq"] for m in page["messages"]] + seen
        if not page["more"]:
            break
    assert seen == seqs


async def test_a_resume_that_does_not_fit_sends_the_rest_itself_in_order(room, connect):
    seqs = await sync_to_async(_store)(room, 30)
    limit = settings.KINDRED_WS_MAX_SEND_BYTES
    bob = await connect(room.bob, room.occurrence, hello=False)
    await bob.send({"type": "hello", "last_seq": 0})
    size, welcome = await _until(bob, "welcome")
    assert size <= limit and welcome["truncated"]
    got = [m["seq"] for m in welcome["history"]]
    # Where a client that loses the socket now resumes: nothing after it was delivered.
    assert welcome["last_seq"] == got[-1] < seqs[-1]
    assert welcome["room"]["last_seq"] == seqs[-1]
    while got[-1] < seqs[-1]:
        size, frame = await _until(bob, "message.new")
        assert size <= limit
        got.append(frame["message"]["seq"])
    assert got == seqs
    assert await bob.quiet()


async def test_a_readings_only_resume_is_cut_the_same_way(room, connect):
    seqs = await sync_to_async(_store)(room, 30)
    await sync_to_async(Message.objects.filter(seq__in=seqs[::2]).update)(kind="announcement")
    rae = await connect(room.reader, room.occurrence, hello=False, view="readings")
    await rae.send({"type": "hello", "last_seq": 0})
    _, welcome = await _until(rae, "welcome")
    got = [m["seq"] for m in welcome["history"]]
    while not got or got[-1] < seqs[-2]:
        _, frame = await _until(rae, "message.new")
        got.append(frame["message"]["seq"])
    assert got == seqs[::2]


def test_posting_refuses_a_message_too_large_once_formatted(room):
    body = "http://a.co/" + "😀" * 1980
    assert len(body) <= settings.KINDRED_MESSAGE_MAX_LENGTH
    with pytest.raises(ServiceError) as refused:
        posting.message_post(
            occurrence=room.occurrence, author=room.alice, body=body, client_id="too-large-1"
        )
    assert refused.value.code == "too_large_formatted"
    assert not Message.objects.exists()
    # The largest that fits is accepted.
    message, _ = posting.message_post(
        occurrence=room.occurrence,
        author=room.alice,
        body="http://a.co/" + "😀" * 1300,
        client_id="too-large-2",
    )
    assert selectors.wire_size(message.body_html) <= settings.KINDRED_MESSAGE_HTML_MAX_BYTES


def test_a_message_stored_before_the_cap_is_shown_as_too_large(room):
    _store(room, 1, html="<p>" + "&amp;" * 20000 + "</p>")
    (message,) = selectors.history_after(occurrence_id=room.occurrence.pk, after_seq=0)
    assert message["body_html"] == selectors.TOO_LARGE_HTML


async def test_a_frame_over_the_limit_is_replaced_by_an_error_and_the_socket_lives(room, connect):
    bob = await connect(room.bob, room.occurrence)
    await sync_to_async(user_event_on_commit)(
        room.bob.pk, {"type": "user.notice", "kind": "review", "detail": "x" * 70_000}
    )
    error = await bob.recv_type("error")
    assert error["code"] == "frame_too_large"
    await bob.send({"type": "ping"})
    assert (await bob.recv_type("pong"))["state"] == "live"


def _crowd(room, count: int) -> None:
    from accounts.models import User
    from chat.models import HandRaise, RoomPresence
    from groups.models import Membership, Role

    people = User.objects.bulk_create(
        User(email=f"crowd{n}@example.org", display_name="😀" * 39 + str(n % 10))
        for n in range(count)
    )
    Membership.objects.bulk_create(
        Membership(group=room.group, user=p, role=Role.MEMBER) for p in people
    )
    RoomPresence.objects.bulk_create(
        RoomPresence(occurrence=room.occurrence, user=p, channel_name=f"crowd-{p.pk}")
        for p in people
    )
    HandRaise.objects.bulk_create(
        HandRaise(occurrence=room.occurrence, user=p, position=n) for n, p in enumerate(people)
    )


async def test_a_crowd_with_long_names_still_gets_a_welcome_that_fits(room, connect):
    await sync_to_async(_crowd)(room, 300)
    seqs = await sync_to_async(_store)(room, 10)
    bob = await connect(room.bob, room.occurrence, hello=False)
    await bob.send({"type": "hello"})
    size, welcome = await _until(bob, "welcome")
    assert size <= settings.KINDRED_WS_MAX_SEND_BYTES
    presence, queue = welcome["presence"], welcome["queue"]
    assert presence["participant_count"] == 301 and presence["participants_cut"] is True
    assert 0 < len(presence["participants"]) < 301
    assert queue["hands_cut"] is True and 0 < len(queue["hands"]) < 300
    assert welcome["history"][-1]["seq"] == seqs[-1]


async def test_a_person_in_crisis_gets_resources_even_when_the_group_wrote_too_many(room, connect):
    from groups.models import Group

    await sync_to_async(Group.objects.filter(pk=room.group.pk).update)(
        crisis_resources="&" * 20_000
    )
    alice = await connect(room.alice, room.occurrence)
    await alice.send({"type": "message.send", "client_id": "crisis-0001", "body": "I want to die"})
    notice = await alice.recv_until("notice", lambda f: f["kind"] == "crisis")
    assert "resources are on its page" in notice["html"]
    assert "frame_too_large" not in [f.get("code") for f in alice.seen]


def test_crisis_resources_are_capped_when_a_group_is_saved(room):
    with pytest.raises(ServiceError) as refused:
        group_services.group_update(actor=room.owner, group=room.group, crisis_resources="x" * 4001)
    assert refused.value.code == "crisis_resources_too_long"
