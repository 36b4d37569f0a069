"""The room socket, frame by frame, with the Redis channel layer and PostgreSQL."""

import asyncio

import pytest
from asgiref.sync import sync_to_async
from django.utils import timezone

from chat import consumers, posting, roomcalls
from chat.models import HandRaise, Message, Reaction, RoomPresence

pytestmark = pytest.mark.django_db(transaction=True)


async def test_member_enters_and_gets_welcome(room, connect):
    alice = await connect(room.alice, room.occurrence)
    w = alice.welcome
    assert w["you"]["display_name"] == "Alice"
    assert w["role"] == "member"
    assert w["listening"] is False
    assert w["state"] == "live"
    assert w["history"] == [] and w["last_seq"] == 0
    assert w["presence"]["participants"] == [{"user_id": room.alice.pk, "display_name": "Alice"}]
    assert w["queue"]["hands"] == [] and w["timer"]["ends_at"] is None
    assert w["room"]["locked"] is False
    assert set(w["reactions"]) == {"heart", "hug", "thanks", "strength"}


async def test_message_is_stored_then_broadcast_and_acked(room, connect):
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    await alice.send(
        {"type": "message.send", "client_id": "c-00000001", "body": "*hello* <b>x</b>"}
    )
    new = await alice.recv_type("message.new")
    ack = await alice.recv_type("message.ack")
    assert ack == {
        "type": "message.ack",
        "client_id": "c-00000001",
        "seq": 1,
        "status": "visible",
        "created": True,
        "ref": None,
    }
    assert new["message"]["body_html"] == "<p><em>hello</em> &lt;b&gt;x&lt;/b&gt;</p>"
    got = await bob.recv_type("message.new")
    assert got["message"]["seq"] == 1 and got["message"]["author"] == "Alice"
    assert "body" not in got["message"]  # clients get only the cleaned HTML
    assert await sync_to_async(Message.objects.count)() == 1


async def test_resend_same_client_id_acks_without_second_row_or_broadcast(room, connect):
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    frame = {"type": "message.send", "client_id": "same-id-1", "body": "once"}
    await alice.send(frame)
    await alice.recv_type("message.ack")
    await bob.recv_type("message.new")
    await alice.send(frame)
    ack = await alice.recv_type("message.ack")
    assert ack["seq"] == 1 and ack["created"] is False
    assert await bob.quiet()
    assert await sync_to_async(Message.objects.count)() == 1


async def test_same_client_id_other_content_is_an_error(room, connect):
    alice = await connect(room.alice, room.occurrence)
    await alice.send({"type": "message.send", "client_id": "same-id-2", "body": "one"})
    await alice.recv_type("message.ack")
    await alice.send({"type": "message.send", "client_id": "same-id-2", "body": "two"})
    err = await alice.recv_type("error")
    assert err["code"] == "client_id_reused" and err["client_id"] == "same-id-2"
    assert await sync_to_async(Message.objects.count)() == 1


BAD_FRAMES = [
    ({"type": "message.send", "client_id": "c-0000001x", "body": "   "}, "empty"),
    ({"type": "message.send", "client_id": "c-0000002x", "body": "x" * 2001}, "too_long"),
    ({"type": "message.send", "client_id": "bad id!", "body": "hi"}, "bad_client_id"),
    ({"type": "message.send", "client_id": "c-0000003x"}, "missing_field"),
    ({"type": "message.send", "client_id": 5, "body": "hi"}, "bad_field"),
    (
        {
            "type": "message.send",
            "client_id": "c-0000004x",
            "body": "hi",
            "content_warning": "w" * 201,
        },
        "content_warning_too_long",
    ),
    ({"type": "history.before", "before_seq": "1"}, "bad_field"),
    ({"type": "history.before", "before_seq": 5, "limit": 1000}, "bad_field"),
    ({"type": "reaction.toggle", "seq": 1, "reaction": "angry"}, "bad_reaction"),
    ({"type": "reaction.toggle", "seq": 99, "reaction": "heart"}, "no_such_message"),
    ({"type": "timer.set"}, "missing_field"),
    ({"type": "listen.set", "listening": "yes"}, "bad_field"),
    ({"type": "websocket.disconnect"}, "unknown_type"),
    ({"type": "room_message", "seq": 1}, "unknown_type"),
    ({"type": "user.kick", "code": 4403}, "unknown_type"),
    ({"type": ["message.send"]}, "bad_frame"),
    ([1, 2], "bad_frame"),
    ("{not json", "bad_json"),
]


async def test_bad_frames_get_an_error_and_the_socket_stays_usable(room, connect):
    alice = await connect(room.alice, room.occurrence)
    for frame, code in BAD_FRAMES:
        await alice.send(frame)
        err = await alice.recv_type("error")
        assert err["code"] == code, (frame, err)
    await alice.send({"type": "message.send", "client_id": "c-after-bad", "body": "still here"})
    assert (await alice.recv_type("message.ack"))["seq"] == 1
    assert await sync_to_async(Message.objects.count)() == 1


async def test_oversized_frame_is_refused(room, connect):
    alice = await connect(room.alice, room.occurrence)
    await alice.send('{"type":"message.send","body":"' + "x" * 20000 + '"}')
    assert (await alice.recv_type("error"))["code"] == "too_large"
    assert await sync_to_async(Message.objects.count)() == 0


async def test_binary_frames_are_refused(room, connect):
    alice = await connect(room.alice, room.occurrence)
    await alice.c.send_to(bytes_data=b"\x00\x01")
    assert (await alice.recv_type("error"))["code"] == "binary_not_supported"


async def test_frames_before_hello_are_refused(room, connect):
    alice = await connect(room.alice, room.occurrence, hello=False)
    await alice.send({"type": "message.send", "client_id": "c-00000009", "body": "early"})
    assert (await alice.recv_type("error"))["code"] == "hello_first"


async def test_flood_is_rate_limited_with_a_cool_down(room, connect, settings):
    settings.KINDRED_WS_FRAMES_PER_WINDOW = 5
    alice = await connect(room.alice, room.occurrence)
    for _ in range(5):
        await alice.send({"type": "hand.lower"})
        await alice.recv_type("queue")
    await alice.send({"type": "hand.lower"})
    err = await alice.recv_type("error")
    assert err["code"] == "rate_limited" and err["retry_after"] > 0
    # Other people are unaffected.
    bob = await connect(room.bob, room.occurrence)
    await bob.send({"type": "hand.raise"})
    assert (await bob.recv_type("queue"))["hands"][0]["display_name"] == "Bob"


async def test_flood_limit_is_shared_by_a_persons_sockets(room, connect, settings):
    settings.KINDRED_WS_FRAMES_PER_WINDOW = 4
    one = await connect(room.alice, room.occurrence)
    two = await connect(room.alice, room.occurrence)
    for socket in (one, two):
        for _ in range(2):
            await socket.send({"type": "hand.lower"})
            await socket.recv_type("queue")
    await two.send({"type": "hand.lower"})
    assert (await two.recv_type("error"))["code"] == "rate_limited"


async def test_history_resume_after_reconnect_gets_exactly_the_missed(room, connect):
    alice = await connect(room.alice, room.occurrence)
    for n in range(3):
        await alice.send({"type": "message.send", "client_id": f"c-a-000{n}", "body": f"m{n}"})
        await alice.recv_type("message.ack")
    bob = await connect(room.bob, room.occurrence)
    assert [m["seq"] for m in bob.welcome["history"]] == [1, 2, 3]
    await bob.close()
    for n in range(3, 6):
        await alice.send({"type": "message.send", "client_id": f"c-a-000{n}", "body": f"m{n}"})
        await alice.recv_type("message.ack")
    bob = await connect(room.bob, room.occurrence, last_seq=3)
    assert [m["seq"] for m in bob.welcome["history"]] == [4, 5, 6]
    assert bob.welcome["last_seq"] == 6
    await alice.send({"type": "message.send", "client_id": "c-a-0006", "body": "m6"})
    assert (await bob.recv_type("message.new"))["message"]["seq"] == 7


async def test_dropped_live_events_are_filled_from_the_database(room, connect):
    """A socket whose channel-layer events were lost still gets every message in order."""

    bob = await connect(room.bob, room.occurrence)
    # Store two messages without any announcement (as if the channel layer dropped them).
    for n in (1, 2):
        await sync_to_async(Message.objects.create)(
            occurrence=room.occurrence,
            seq=n,
            author=room.alice,
            client_id=f"lost-000{n}",
            body=f"lost {n}",
            body_html=f"<p>lost {n}</p>",
        )
    from chat.models import RoomState

    await sync_to_async(RoomState.objects.update_or_create)(
        occurrence=room.occurrence, defaults={"last_seq": 2}
    )
    await sync_to_async(posting.message_post)(
        occurrence=room.occurrence, author=room.alice, body="third", client_id="c-third-01"
    )
    got = [(await bob.recv_type("message.new"))["message"]["seq"] for _ in range(3)]
    assert got == [1, 2, 3]
    assert await bob.quiet()


async def _store_quietly(room, seq: int, *, status="visible") -> Message:
    """A stored message nobody was told about, with the database's own wording."""
    from chat.models import RoomState

    message = await sync_to_async(Message.objects.create)(
        occurrence=room.occurrence,
        seq=seq,
        author=room.alice,
        client_id=f"quiet-{seq:04d}",
        status=status,
        body=f"db {seq}",
        body_html=f"<p>db {seq}</p>",
    )
    await sync_to_async(RoomState.objects.update_or_create)(
        occurrence=room.occurrence, defaults={"last_seq": seq}
    )
    return message


async def _announce(room, event: dict) -> None:
    from channels.layers import get_channel_layer

    from kindred.events import room_group_name

    await get_channel_layer().group_send(room_group_name(room.occurrence.pk), event)


def _live(message: Message) -> dict:
    """The event the room would get for ``message``, worded so it shows it came live."""
    from chat import selectors

    payload = selectors.message_payload_for(message, author_name="Alice")
    return {**payload, "body_html": f"<p>live {message.seq}</p>"}


async def test_events_that_overtake_each_other_go_out_in_order_without_a_query(room, connect):
    """Two workers may publish seq 2 before seq 1: the socket holds 2 until 1 arrives and
    sends both from the events (the database's wording would say "db")."""
    bob = await connect(room.bob, room.occurrence)
    first, second = [await _store_quietly(room, seq) for seq in (1, 2)]
    await _announce(room, {"type": "room.message", "seq": 2, "message": _live(second)})
    await _announce(room, {"type": "room.message", "seq": 1, "message": _live(first)})
    got = [(await bob.recv_type("message.new"))["message"] for _ in range(2)]
    assert [(m["seq"], m["body_html"]) for m in got] == [(1, "<p>live 1</p>"), (2, "<p>live 2</p>")]
    assert await bob.quiet(timeout=2 * consumers.GAP_WAIT_SECONDS)


async def test_a_held_back_message_changed_while_waiting_is_read_from_the_database(room, connect):
    bob = await connect(room.bob, room.occurrence)
    first = await _store_quietly(room, 1)
    second = await _store_quietly(room, 2, status="removed")
    await _announce(room, {"type": "room.message", "seq": 2, "message": _live(second)})
    await _announce(room, {"type": "room.message_removed", "seq": 2})
    await _announce(room, {"type": "room.message", "seq": 1, "message": _live(first)})
    one, two = [(await bob.recv_type("message.new"))["message"] for _ in range(2)]
    assert (one["seq"], one["body_html"]) == (1, "<p>live 1</p>")
    assert (two["seq"], two["status"], two["body_html"]) == (2, "removed", "")
    assert not [f for f in await bob.drain() if f["type"] == "message.removed"]


async def test_a_seq_that_never_comes_is_read_after_a_short_wait(room, connect):
    bob = await connect(room.bob, room.occurrence)
    await _store_quietly(room, 1)
    second = await _store_quietly(room, 2)
    await _announce(room, {"type": "room.message", "seq": 2, "message": _live(second)})
    assert await bob.quiet(timeout=consumers.GAP_WAIT_SECONDS / 2)  # held, not sent early
    got = [(await bob.recv_type("message.new"))["message"] for _ in range(2)]
    # Read from the database once the wait is over: the database's wording.
    assert [(m["seq"], m["body_html"]) for m in got] == [(1, "<p>db 1</p>"), (2, "<p>db 2</p>")]


async def test_sockets_that_miss_the_same_events_read_the_gap_each_seeing_their_own(room, connect):
    """Seq 3 comes live, 1 and 2 never do; 2 is Alice's share held for review. After the
    wait every socket reads the gap: Alice gets her held share, the moderator too, Bob
    never sees it."""
    people = {
        name: await connect(getattr(room, name), room.occurrence)
        for name in ("alice", "bob", "moderator")
    }
    await _store_quietly(room, 1)
    await _store_quietly(room, 2, status="held")
    third = await _store_quietly(room, 3)
    await _announce(room, {"type": "room.message", "seq": 3, "message": _live(third)})
    expected = {"alice": [1, 2, 3], "bob": [1, 3], "moderator": [1, 2, 3]}
    for name, socket in people.items():
        got = [(await socket.recv_type("message.new"))["message"] for _ in expected[name]]
        assert [m["seq"] for m in got] == expected[name], name
        assert all(m["body_html"].startswith("<p>db") for m in got), name
        assert not [f for f in await socket.drain() if f["type"] == "message.new"], name


async def test_one_gap_read_serves_the_sockets_of_a_room_that_need_it(room):
    """The sockets of a room on one worker that miss the same events share one read of the
    gap (as a moderator sees it; each keeps what it may see)."""
    from chat import ordering, selectors

    for seq in (1, 2, 3):
        await _store_quietly(room, seq, status="held" if seq == 2 else "visible")
    accesses = [
        await sync_to_async(selectors.room_admit)(user=user, occurrence_id=room.occurrence.pk)
        for user in (room.alice, room.bob, room.moderator)
    ]
    pages = await asyncio.gather(
        *(ordering.gap_page(access, after_seq=0, up_to_seq=3) for access in accesses)
    )
    assert all(page is pages[0] for page in pages)
    assert [m["seq"] for m in pages[0]] == [1, 2, 3]
    bob = accesses[1]
    assert [m["seq"] for m in pages[0] if selectors.sees(m, bob)] == [1, 3]
    # Once answered, the next gap is read afresh.
    again = await ordering.gap_page(bob, after_seq=0, up_to_seq=3)
    assert again is not pages[0] and again == pages[0]


async def test_history_before_pages_back(room, connect):
    alice = await connect(room.alice, room.occurrence)
    for n in range(6):
        await alice.send({"type": "message.send", "client_id": f"c-p-000{n}", "body": f"p{n}"})
        await alice.recv_type("message.ack")
    await alice.send({"type": "history.before", "before_seq": 5, "limit": 2, "ref": "h1"})
    page = await alice.recv_type("history.page")
    assert [m["seq"] for m in page["messages"]] == [3, 4]
    assert page["more"] is True and page["ref"] == "h1"


async def test_presence_counts_listeners_but_never_lists_them(room, connect):
    alice = await connect(room.alice, room.occurrence)
    await connect(room.reader, room.occurrence)
    await connect(room.bob, room.occurrence, listen=True)
    presence = None
    while True:
        presence = await alice.recv_type("presence")
        if presence["participant_count"] + presence["listener_count"] == 3:
            break
    assert presence["participants"] == [{"user_id": room.alice.pk, "display_name": "Alice"}]
    assert presence["listener_count"] == 2
    assert "Rae" not in str(presence) and "Bob" not in str(presence)


async def test_a_burst_of_joins_and_leaves_shares_one_presence_broadcast(room, connect, settings):
    settings.KINDRED_PRESENCE_COALESCE_SECONDS = wait = 0.2
    alice = await connect(room.alice, room.occurrence)
    await alice.drain(timeout=2 * wait)
    for _ in range(10):  # ten sockets of this worker joining or leaving at once
        await consumers.announce_presence(room.occurrence.pk)
    await alice.recv_type("presence")
    assert await alice.quiet(timeout=3 * wait)
    await consumers.announce_presence(room.occurrence.pk)  # a later change is told again
    assert (await alice.recv_type("presence"))["participant_count"] == 1
    # Two sockets joining within the wait: the one already there hears once, with both.
    settings.KINDRED_PRESENCE_COALESCE_SECONDS = wait = 1.0
    await connect(room.bob, room.occurrence), await connect(room.moderator, room.occurrence)
    frames = [f for f in await alice.drain(timeout=3 * wait) if f["type"] == "presence"]
    assert [f["participant_count"] for f in frames] == [3]


async def test_presence_is_cleaned_up_on_disconnect(room, connect):
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    assert await sync_to_async(RoomPresence.objects.count)() == 2
    await bob.close()
    while True:
        presence = await alice.recv_type("presence")
        if presence["participant_count"] == 1:
            break
    assert await sync_to_async(RoomPresence.objects.count)() == 1


async def test_share_queue_raise_lower_pass_and_call_next(room, connect):
    chair = await connect(room.owner, room.occurrence)
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    await alice.send({"type": "hand.raise"})
    await alice.recv_until("queue", lambda q: len(q["hands"]) == 1)
    await bob.send({"type": "hand.raise"})
    queue = await alice.recv_until("queue", lambda q: len(q["hands"]) == 2)
    assert [h["display_name"] for h in queue["hands"]] == ["Alice", "Bob"]
    # Only the chair or a moderator calls the next sharer.
    await bob.send({"type": "queue.call_next"})
    assert (await bob.recv_type("error"))["code"] == "forbidden"
    await chair.send({"type": "queue.call_next"})
    queue = await chair.recv_type("queue")
    while queue["speaker"] is None:
        queue = await chair.recv_type("queue")
    assert queue["speaker"]["display_name"] == "Alice"
    assert [h["display_name"] for h in queue["hands"]] == ["Bob"]
    notice = await alice.recv_type("notice")
    assert notice["kind"] == "your_turn"
    await alice.send({"type": "pass"})
    await alice.recv_until("queue", lambda q: q["speaker"] is None)
    await bob.send({"type": "hand.lower"})
    await chair.recv_until("queue", lambda q: q["hands"] == [] and q["speaker"] is None)
    assert await sync_to_async(HandRaise.objects.count)() == 0


async def test_chair_sets_and_clears_the_share_timer(room, connect):
    chair = await connect(room.owner, room.occurrence)
    alice = await connect(room.alice, room.occurrence)
    await chair.send({"type": "timer.set", "seconds": 180})
    timer = await alice.recv_type("timer")
    assert timer["seconds"] == 180 and timer["ends_at"]
    await alice.send({"type": "timer.set", "seconds": 60})
    assert (await alice.recv_type("error"))["code"] == "forbidden"
    await chair.send({"type": "timer.set", "seconds": 3})
    assert (await chair.recv_type("error"))["code"] == "bad_timer"
    await chair.send({"type": "timer.set", "seconds": None})
    assert (await alice.recv_type("timer"))["ends_at"] is None


async def test_reactions_toggle_and_counts_reach_everyone(room, connect):
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    await alice.send({"type": "message.send", "client_id": "c-react-01", "body": "thanks all"})
    await alice.recv_type("message.ack")
    await bob.send({"type": "reaction.toggle", "seq": 1, "reaction": "hug"})
    mine = await bob.recv_type("reaction.counts")
    assert mine["counts"]["hug"] == 1 and mine["mine"] == {"hug": True}
    counts = await alice.recv_type("reaction.counts")
    assert counts["seq"] == 1 and counts["counts"]["hug"] == 1
    await bob.send({"type": "reaction.toggle", "seq": 1, "reaction": "hug"})
    assert (await bob.recv_until("reaction.counts", lambda f: "mine" in f))["mine"] == {
        "hug": False
    }
    assert await sync_to_async(Reaction.objects.count)() == 0


async def test_readers_and_listeners_cannot_post_raise_or_react(room, connect):
    reader = await connect(room.reader, room.occurrence)
    assert reader.welcome["listening"] is True
    listener = await connect(room.bob, room.occurrence, listen=True)
    for socket, code in ((reader, "forbidden"), (listener, "listening")):
        await socket.send({"type": "message.send", "client_id": "c-quiet-01", "body": "hi"})
        assert (await socket.recv_type("error"))["code"] == code
        await socket.send({"type": "hand.raise"})
        assert (await socket.recv_type("error"))["code"] == code
    await reader.send({"type": "listen.set", "listening": False})
    assert (await reader.recv_type("error"))["code"] == "forbidden"
    assert await sync_to_async(Message.objects.count)() == 0
    # A member may switch to taking part.
    await listener.send({"type": "listen.set", "listening": False})
    state = await listener.recv_type("room.state")
    assert state["listening"] is False
    await listener.send({"type": "message.send", "client_id": "c-quiet-02", "body": "hi"})
    assert (await listener.recv_type("message.ack"))["seq"] == 1


async def test_content_warning_travels_with_the_message(room, connect):
    alice = await connect(room.alice, room.occurrence)
    await alice.send(
        {
            "type": "message.send",
            "client_id": "c-cw-00001",
            "body": "hard day",
            "content_warning": "grief",
        }
    )
    new = await alice.recv_type("message.new")
    assert new["message"]["content_warning"] == "grief"


async def test_ping_answers_pong(room, connect):
    alice = await connect(room.alice, room.occurrence)
    await alice.send({"type": "ping"})
    assert (await alice.recv_type("pong"))["state"] == "live"


async def test_ping_after_the_meeting_ended_closes_with_4412(room, connect):
    from meetings.models import Occurrence

    alice = await connect(room.alice, room.occurrence)
    await sync_to_async(Occurrence.objects.filter(pk=room.occurrence.pk).update)(
        ended_at=timezone.now()
    )
    roomcalls.forget_occurrence(room.occurrence.pk)  # as the end's room event does
    await alice.send({"type": "ping"})
    assert (await alice.recv_type("pong"))["state"] == "ended"
    closing = await alice.recv_type("closing")
    assert closing == {
        "type": "closing",
        "code": 4412,
        "detail": "The meeting has ended. Thank you for coming.",
    }


async def test_kick_event_closes_matching_sockets(room, connect):
    from kindred.events import user_event_on_commit

    alice = await connect(room.alice, room.occurrence)
    await sync_to_async(user_event_on_commit)(
        room.alice.pk,
        {"type": "user.kick", "occurrence_id": room.occurrence.pk, "code": 4411, "reason": "x"},
    )
    closing = await alice.recv_type("closing")
    assert closing["code"] == 4411 and closing["reason"] == "x"
    out = await alice.c.receive_output(timeout=3)
    assert out == {
        "type": "websocket.close",
        "code": 4411,
        "reason": "A moderator removed you from this meeting.",
    }


async def test_refresh_state_closes_when_the_meeting_ends(room, connect):
    from kindred.events import room_event_on_commit
    from meetings.services import occurrence_end_now

    alice = await connect(room.alice, room.occurrence)
    await sync_to_async(occurrence_end_now)(actor=room.owner, occurrence=room.occurrence)
    await sync_to_async(room_event_on_commit)(room.occurrence.pk, {"type": "room.refresh_state"})
    closing = await alice.recv_type("closing")
    assert closing["code"] == 4412  # its own code: not a refusal, removal or ban
    assert closing["detail"] == "The meeting has ended. Thank you for coming."
    out = await alice.c.receive_output(timeout=3)
    assert out["type"] == "websocket.close" and out["code"] == 4412


async def test_two_sockets_in_parallel_get_distinct_increasing_seqs(room, connect):
    alice = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)

    async def burst(socket, who):
        for n in range(4):
            await socket.send(
                {"type": "message.send", "client_id": f"{who}-ok-000{n}", "body": f"{who}{n}"}
            )

    await asyncio.gather(burst(alice, "a"), burst(bob, "b"))
    # Each socket sees all eight messages once, in seq order.
    for socket in (alice, bob):
        seen = [(await socket.recv_type("message.new"))["message"]["seq"] for _ in range(8)]
        assert seen == list(range(1, 9))
    seqs = await sync_to_async(list)(Message.objects.order_by("seq").values_list("seq", flat=True))
    assert seqs == list(range(1, 9))


async def test_a_database_outage_is_an_error_frame_not_a_crash(room, connect, monkeypatch):
    from django.db import OperationalError

    from chat import roomcalls

    alice = await connect(room.alice, room.occurrence)

    def down(**kwargs):
        raise OperationalError("the database is restarting")

    monkeypatch.setattr(roomcalls, "message_send", down)
    await alice.send({"type": "message.send", "client_id": "outage-01", "body": "hi"})
    err = await alice.recv_type("error")
    assert err["code"] == "server_error" and err["client_id"] == "outage-01"
    monkeypatch.undo()
    await alice.send({"type": "message.send", "client_id": "outage-01", "body": "hi"})
    assert (await alice.recv_type("message.ack"))["seq"] == 1
