"""A welcome cut from the room's shared window (chat/welcome.room_welcome_from_shared) is
exactly the welcome read on its own, for every kind of viewer and every place a socket
resumes from; where the window cannot say it all, it says so and the read is used."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chat import selectors, welcome
from chat.models import Message, RoomState
from moderation.actions import member_mute

pytestmark = pytest.mark.django_db

WINDOW = welcome.SHARED_WINDOW


def _store(occurrence, authors, count: int, *, held_every: int = 0, big_every: int = 0):
    """``count`` messages by ``authors`` in turn; every ``held_every``-th held, every
    ``big_every``-th long enough that a frame holds only a few of them."""
    room, _ = RoomState.objects.get_or_create(occurrence=occurrence)
    first = room.last_seq + 1
    rows = []
    for n, seq in enumerate(range(first, first + count), start=first):
        held = held_every and n % held_every == 0
        text = ("x" * 9000) if big_every and n % big_every == 0 else f"m {seq}"
        rows.append(
            Message(
                occurrence=occurrence,
                seq=seq,
                author=authors[n % len(authors)],
                client_id=f"w-{seq:06d}",
                body=text,
                body_html=f"<p>{text}</p>",
                status=Message.Status.HELD if held else Message.Status.VISIBLE,
                kind=Message.Kind.ANNOUNCEMENT if n % 7 == 0 else Message.Kind.SHARE,
            )
        )
    Message.objects.bulk_create(rows)
    room.last_seq = first + count - 1
    room.save()


def _viewers(room):
    return {
        "alice (author of held ones)": selectors.room_admit(
            user=room.alice, occurrence_id=room.occurrence.pk
        ),
        "bob": selectors.room_admit(user=room.bob, occurrence_id=room.occurrence.pk),
        "moderator": selectors.room_admit(user=room.moderator, occurrence_id=room.occurrence.pk),
        "readings view": selectors.room_admit(
            user=room.reader, occurrence_id=room.occurrence.pk, readings_only=True
        ),
    }


def _compare(access, last_seq):
    shared = welcome.room_welcome_shared(access=access)
    cut = welcome.room_welcome_from_shared(access=access, last_seq=last_seq, shared=shared)
    read = welcome.room_welcome_read(access=access, last_seq=last_seq, shared=shared)
    return cut, read


@pytest.mark.parametrize(
    ("count", "held_every", "big_every"),
    [(0, 0, 0), (12, 3, 0), (60, 4, 0), (140, 2, 0), (300, 5, 0), (90, 0, 6)],
)
def test_the_window_gives_each_viewer_what_reading_gives(room, count, held_every, big_every):
    _store(
        room.occurrence, [room.alice, room.owner], count, held_every=held_every, big_every=big_every
    )
    member_mute(actor=room.owner, occurrence=room.occurrence, user=room.alice, reason="a breath")
    cut_somewhere = 0
    for name, access in _viewers(room).items():
        for last_seq in (None, 0, 1, count // 2, count - WINDOW + 1, count - 5, count, count + 9):
            if last_seq is not None and last_seq < 0:
                continue
            cut, read = _compare(access, last_seq)
            if cut is None:
                continue  # the window does not hold it; the read is used (below)
            cut_somewhere += 1
            assert cut == read, (name, last_seq)
    assert cut_somewhere, "the window never served a welcome"


def test_a_muted_person_is_told_in_a_welcome_from_the_window(room):
    _store(room.occurrence, [room.bob], 5)
    member_mute(actor=room.owner, occurrence=room.occurrence, user=room.alice, reason="a breath")
    access = selectors.room_admit(user=room.alice, occurrence_id=room.occurrence.pk)
    shared = welcome.room_welcome_shared(access=access)
    got = welcome.room_welcome_from_shared(access=access, last_seq=None, shared=shared)
    assert got["mute"] == {"until": None, "reason": "a breath"}
    bob = selectors.room_admit(user=room.bob, occurrence_id=room.occurrence.pk)
    assert (
        welcome.room_welcome_from_shared(access=bob, last_seq=None, shared=shared)["mute"] is None
    )


def test_what_the_window_cannot_hold_is_read(room):
    """Older than the window, or too few visible ones in it: no guess, the read answers."""
    _store(room.occurrence, [room.alice, room.owner], WINDOW + 40, held_every=2)
    _store(room.occurrence, [room.alice], 20, held_every=1)
    bob = selectors.room_admit(user=room.bob, occurrence_id=room.occurrence.pk)
    shared = welcome.room_welcome_shared(access=bob)
    # Most of the window is held: Bob sees fewer than a fresh history's worth in it.
    assert welcome.room_welcome_from_shared(access=bob, last_seq=None, shared=shared) is None
    # A resume from before the window.
    assert welcome.room_welcome_from_shared(access=bob, last_seq=3, shared=shared) is None
    fresh = welcome.room_welcome(access=bob, last_seq=None, shared=shared)
    assert len(fresh["history"]) == 50
    assert all(m["status"] != Message.Status.HELD for m in fresh["history"])


def test_welcomes_from_the_window_cost_no_query(room):
    _store(room.occurrence, [room.alice, room.owner], 80, held_every=9)
    accesses = list(_viewers(room).values())
    shared = welcome.room_welcome_shared(access=accesses[1])
    with CaptureQueriesContext(connection) as queries:
        for last_seq in (None, 40, 79):
            got = welcome.room_welcome_from_shared(
                access=accesses[0], last_seq=last_seq, shared=shared
            )
            assert got is not None
    assert len(queries.captured_queries) == 0


def test_the_shared_read_gives_each_person_the_mute_their_own_lookup_gives(
    room, group_factory, occurrence_factory
):
    """The welcome's mutes come from one compiled read of the room; each person's must be
    the one moderation's own per-person lookup finds: a meeting's rest-of-meeting mute
    outlasts a timed group-wide one, lifted, ended and other rooms' mutes count for no one."""
    from datetime import timedelta

    from django.utils import timezone

    from moderation.actions import member_unmute
    from moderation.models import Mute
    from moderation.selectors import active_mute

    elsewhere = occurrence_factory(room.group, chair=room.owner)
    other_group = group_factory(owner=room.owner)
    member_mute(actor=room.owner, group=room.group, user=room.alice, minutes=30, reason="group")
    member_mute(actor=room.owner, occurrence=room.occurrence, user=room.alice, reason="meeting")
    member_mute(actor=room.owner, group=room.group, user=room.bob, minutes=10, reason="timed")
    member_mute(actor=room.owner, occurrence=elsewhere, user=room.moderator, reason="other room")
    member_mute(actor=room.owner, occurrence=room.occurrence, user=room.reader, reason="lifted")
    member_unmute(actor=room.owner, occurrence=room.occurrence, user=room.reader)
    Mute.objects.create(
        group=room.group, user=room.owner, until=timezone.now() - timedelta(minutes=1)
    )
    Mute.objects.create(
        group=other_group, user=room.owner, until=timezone.now() + timedelta(minutes=5)
    )

    access = selectors.room_admit(user=room.bob, occurrence_id=room.occurrence.pk)
    mutes = welcome.room_welcome_shared(access=access)["mutes"]
    for person in (room.owner, room.moderator, room.alice, room.bob, room.reader):
        own = active_mute(occurrence=room.occurrence, user=person)
        assert mutes.get(person.pk) == welcome.mute_payload(
            None if own is None else {"until": own.until, "reason": own.reason}
        ), person.display_name
    assert mutes[room.alice.pk]["reason"] == "meeting"
    assert mutes[room.bob.pk]["reason"] == "timed"
    assert set(mutes) == {room.alice.pk, room.bob.pk}


def _shared_one_by_one(access) -> dict:
    """A room's shared part read the plain way: one read after another, the window read
    up to the state's last seq (what room_welcome_shared_many must give)."""
    from chat import registry
    from chat.history import history_before, wire_size
    from library.selectors import section_current

    state = welcome.room_welcome_state(access=access)
    window = history_before(
        occurrence_id=access.occurrence_id,
        before_seq=state["room"]["last_seq"] + 1,
        limit=WINDOW,
        sees_held=not access.readings_only,
        announcements_only=access.readings_only,
    )
    found = (
        {}
        if access.readings_only
        else registry.mutes_lookup(occurrence_id=access.occurrence_id, group_id=access.group_id)
    )
    section = section_current(occurrence_id=access.occurrence_id)
    return {
        "state": state,
        "section": section,
        "mutes": {user_id: welcome.mute_payload(mute) for user_id, mute in found.items()},
        "window": window,
        "sizes": [wire_size(m) for m in window],
        "rest_size": wire_size({**state, "section": section}),
    }


def _without_moments(shared: dict) -> dict:
    """The shared part less the moments its lists were read at (``at``), which differ
    between two reads a moment apart."""
    state = shared["state"]
    return {
        **shared,
        "state": {
            **state,
            "presence": {k: v for k, v in state["presence"].items() if k != "at"},
            "queue": state["queue"] and {k: v for k, v in state["queue"].items() if k != "at"},
        },
    }


def test_rooms_read_together_give_what_each_room_read_alone_gives(room, occurrence_factory):
    """A worker's waiting rooms are read in one round trip: the room views' statements go to
    PostgreSQL together, and each room (a busy one with held messages, a mute, hands up and
    people there; a new one; the readings view) gets exactly what reading it alone gives."""
    from chat.admission import presence_enter
    from chat.queue import hand_raise

    _store(room.occurrence, [room.alice, room.owner], WINDOW + 30, held_every=4)
    member_mute(actor=room.owner, occurrence=room.occurrence, user=room.alice, reason="a breath")
    bob = selectors.room_admit(user=room.bob, occurrence_id=room.occurrence.pk)
    presence_enter(access=bob, channel_name="together.bob")
    hand_raise(occurrence=room.occurrence, user=room.bob)
    quiet = occurrence_factory(room.group, chair=room.owner)
    accesses = [
        bob,
        selectors.room_admit(user=room.moderator, occurrence_id=quiet.pk),
        selectors.room_admit(
            user=room.reader, occurrence_id=room.occurrence.pk, readings_only=True
        ),
    ]
    with CaptureQueriesContext(connection) as queries:
        together = selectors.room_welcome_shared_many(accesses=accesses)
    sent_together = [q for q in queries.captured_queries if q["sql"].startswith("(together)")]
    assert len(sent_together) == 12  # six statements for each of the two room views
    for access, got in zip(accesses, together, strict=True):
        assert _without_moments(got) == _without_moments(_shared_one_by_one(access))
    busy = together[0]
    assert [m["seq"] for m in busy["window"]] == list(range(31, WINDOW + 31))
    assert busy["mutes"][room.alice.pk]["reason"] == "a breath"
    assert [h["display_name"] for h in busy["state"]["queue"]["hands"]] == ["Bob"]
    assert busy["state"]["presence"]["participant_count"] == 1
    assert together[1]["window"] == []


@pytest.mark.parametrize("newer", [1, welcome.WINDOW_SLACK, welcome.WINDOW_SLACK + 15])
def test_messages_stored_after_the_state_was_read_are_left_out_of_the_window(room, newer):
    """The window is read after the room's state, in the same round trip: messages stored
    in between (here: stored, but past the state's last seq) are left out, and the window
    still holds the newest SHARED_WINDOW up to that seq, however many came in between."""
    _store(room.occurrence, [room.alice], WINDOW + 40 + newer)
    RoomState.objects.filter(occurrence=room.occurrence).update(last_seq=WINDOW + 40)
    bob = selectors.room_admit(user=room.bob, occurrence_id=room.occurrence.pk)
    shared = welcome.room_welcome_shared(access=bob)
    assert shared["state"]["room"]["last_seq"] == WINDOW + 40
    assert [m["seq"] for m in shared["window"]] == list(range(41, WINDOW + 41))
