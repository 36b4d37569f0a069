"""What one room admission costs the database: the person, the admission and the presence
row in one call, with a fixed number of queries (chat/admission.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chat import admission, selectors
from chat.models import RoomPresence, RoomState
from groups.models import Role

pytestmark = pytest.mark.django_db


def test_an_admission_is_one_call_of_few_queries_and_counts_the_socket(room):
    admission._swept.clear()
    with CaptureQueriesContext(connection) as first:
        access = admission.enter(
            user=room.alice,
            occurrence_id=room.occurrence.pk,
            listen_only=False,
            readings_only=False,
            channel_name="specific.one!a",
        )
    with CaptureQueriesContext(connection) as second:
        admission.enter(
            user=room.bob,
            occurrence_id=room.occurrence.pk,
            listen_only=False,
            readings_only=False,
            channel_name="specific.one!b",
        )
    assert access.user_id == room.alice.pk and access.may_post
    # The meeting with the standing (with bans) and a removal in one query, and the
    # presence upsert; the first time on a worker also the worker's copies for posting (the
    # meeting again and the screening rules) and the room's stale-presence sweep.
    assert len(first.captured_queries) <= 5
    assert len(second.captured_queries) == 2
    assert set(RoomPresence.objects.values_list("channel_name", flat=True)) == {
        "specific.one!a",
        "specific.one!b",
    }
    # The same socket again (a readmission) updates its row rather than adding one.
    admission.enter(
        user=room.alice,
        occurrence_id=room.occurrence.pk,
        listen_only=True,
        readings_only=False,
        channel_name="specific.one!a",
    )
    assert RoomPresence.objects.filter(channel_name="specific.one!a").get().listening
    assert selectors.presence_snapshot(occurrence_id=room.occurrence.pk)["participant_count"] == 1


def _refused(room, channel_name: str) -> selectors.RoomRefused:
    """Bob's admission, which must be refused: the refusal."""
    with pytest.raises(selectors.RoomRefused) as refused:
        admission.enter(
            user=room.bob,
            occurrence_id=room.occurrence.pk,
            listen_only=False,
            readings_only=False,
            channel_name=channel_name,
        )
    return refused.value


def test_a_banned_person_is_refused_and_not_counted(room):
    from groups.models import Ban

    Ban.objects.create(group=room.group, user=room.bob, created_by=room.owner)
    assert _refused(room, "specific.two!b").close_code == 4410
    assert not RoomPresence.objects.exists()


@pytest.mark.django_db(transaction=True)
async def test_sockets_saying_hello_together_share_one_read_of_the_room(
    room, connect, member_factory
):
    """Twelve people arrive together: the room's state is read far fewer than twelve times,
    and each of them gets the whole welcome, with what was said before they arrived."""
    import asyncio

    from asgiref.sync import sync_to_async

    from chat import selectors as chat_selectors

    people = [
        await sync_to_async(member_factory)(room.group, Role.MEMBER, display_name=f"P{i}")
        for i in range(12)
    ]
    speaker = await connect(room.alice, room.occurrence)
    await speaker.send({"type": "message.send", "client_id": "shared-0001", "body": "hi"})
    await speaker.recv_type("message.ack")
    reads = []
    shared = chat_selectors.room_welcome_shared_many

    def counted(**kwargs):
        reads.extend(access.occurrence_id for access in kwargs["accesses"])
        return shared(**kwargs)

    chat_selectors.room_welcome_shared_many = counted
    try:
        sockets = await asyncio.gather(*(connect(p, room.occurrence) for p in people))
    finally:
        chat_selectors.room_welcome_shared_many = shared
    assert 1 <= len(reads) < len(people)
    for socket in sockets:
        assert [m["seq"] for m in socket.welcome["history"]] == [1]
        assert socket.welcome["last_seq"] == 1
        assert socket.welcome["room"]["last_seq"] == 1
    # Said after they arrived: live, to every one of them.
    await speaker.send({"type": "message.send", "client_id": "shared-0002", "body": "again"})
    for socket in sockets:
        assert (await socket.recv_type("message.new"))["message"]["seq"] == 2


def test_the_compiled_admission_read_reads_what_the_orm_reads(room, user_factory):
    """Admission runs its one query from SQL compiled once (PostgreSQL); across bans (held,
    expired, lifted), removals (with and without a reason), roles and none, and a meeting
    that does not exist, it gives exactly what building the query each time gives."""
    from datetime import timedelta

    from django.utils import timezone

    from chat import admission_facts
    from groups.models import Ban
    from moderation.models import MeetingRemoval

    assert connection.vendor == "postgresql"
    now = timezone.now()
    group, occurrence = room.group, room.occurrence
    Ban.objects.create(group=group, user=room.bob, reason="spam")
    Ban.objects.create(group=group, user=room.alice, expires_at=now - timedelta(days=1))
    Ban.objects.create(group=group, user=room.moderator, lifted_at=now - timedelta(hours=1))
    MeetingRemoval.objects.create(occurrence=occurrence, user=room.reader)
    MeetingRemoval.objects.create(occurrence=occurrence, user=room.alice, reason="again")
    stranger = user_factory(display_name="Stranger")
    people = (room.owner, room.moderator, room.alice, room.bob, room.reader, stranger)
    answers = []
    for person in people:
        for occurrence_id in (occurrence.pk, occurrence.pk + 10_000):
            fast = admission_facts.admission_read(
                occurrence_id=occurrence_id, user_id=person.pk, now=now
            )
            built = admission_facts.admission_query(
                occurrence_id=occurrence_id, user_id=person.pk, now=now
            ).first()
            if built is None:
                assert fast is None
                continue
            assert fast.row == admission_facts._facts(built).row, person.display_name
            for got in (fast.occurrence, fast.occurrence.series, fast.occurrence.series.group):
                fresh = type(got).objects.get(pk=got.pk)
                assert [getattr(got, f.attname) for f in got._meta.concrete_fields] == [
                    getattr(fresh, f.attname) for f in fresh._meta.concrete_fields
                ]
            answers.append((person.display_name, fast.row))
    assert dict(answers) == {
        "Olive": {"group_role": "owner", "group_banned": False, "removal_reason": None},
        "Mo": {"group_role": "moderator", "group_banned": False, "removal_reason": None},
        "Alice": {"group_role": "member", "group_banned": False, "removal_reason": "again"},
        "Bob": {"group_role": "member", "group_banned": True, "removal_reason": None},
        "Rae": {"group_role": "reader", "group_banned": False, "removal_reason": ""},
        "Stranger": {"group_role": None, "group_banned": False, "removal_reason": None},
    }
    assert admission_facts._READ._compiled
    # The same reads sent together in one pipeline give the same answers, in order, and an
    # id no meeting can have is no meeting rather than a failure of the others.
    pairs = [(oid, p.pk) for p in people for oid in (occurrence.pk, occurrence.pk + 10_000)]
    pairs.insert(3, (2**63, room.bob.pk))
    together = admission_facts.admission_read_many(pairs, now=now)
    alone = [
        admission_facts.admission_read(occurrence_id=oid, user_id=uid, now=now)
        for oid, uid in pairs
    ]
    assert [f and (f.occurrence.pk, f.row) for f in together] == [
        f and (f.occurrence.pk, f.row) for f in alone
    ]
    assert together[3] is None and sum(f is not None for f in together) == len(people)


def test_a_removed_person_is_refused_with_the_moderators_reason(room):
    from moderation.models import MeetingRemoval

    MeetingRemoval.objects.create(occurrence=room.occurrence, user=room.bob, reason="off topic")
    refused = _refused(room, "specific.three!b")
    assert (refused.close_code, refused.reason) == (4411, "off topic")
    assert not RoomPresence.objects.exists()


def test_the_compiled_room_reads_read_what_the_orm_reads(room):
    """The welcome's reads (the room's flags, presence, queue, timer and history pages of
    every shape) run from SQL compiled once (PostgreSQL); they give exactly what building
    each query every time gives."""
    from datetime import timedelta

    from django.utils import timezone

    from chat import history, room_state
    from chat.models import HandRaise, Message, RoomState, RoomTimer

    assert connection.vendor == "postgresql"
    oid = room.occurrence.pk

    def separately() -> dict:
        return {
            "room": room_state.room_flags(occurrence_id=oid),
            "speaker": list(room_state._speaker_query(occurrence_id=oid))[:1] or [None],
            "timer": room_state.timer_snapshot(occurrence_id=oid),
        }

    def together() -> dict:
        read = room_state.room_state_read(occurrence_id=oid)
        return {**read, "speaker": [read["speaker"]]}

    assert together() == separately()  # a room with no state and no timer yet
    assert room_state.room_state_read(occurrence_id=oid + 10_000) == {
        "room": {"locked": False, "slow_mode_seconds": 0, "last_seq": 0},
        "speaker": None,
        "timer": {"seconds": None, "ends_at": None},
    }
    state = RoomState.objects.create(occurrence=room.occurrence, speaker=room.bob, locked=True)
    for seq, (author, status, kind) in enumerate(
        [
            (room.alice, Message.Status.VISIBLE, Message.Kind.SHARE),
            (room.bob, Message.Status.HELD, Message.Kind.SHARE),
            (room.owner, Message.Status.VISIBLE, Message.Kind.ANNOUNCEMENT),
            (room.alice, Message.Status.REMOVED, Message.Kind.SHARE),
            (room.bob, Message.Status.VISIBLE, Message.Kind.SHARE),
        ],
        start=1,
    ):
        Message.objects.create(
            occurrence=room.occurrence,
            seq=seq,
            author=author,
            client_id=f"compiled-{seq}",
            body=f"m {seq}",
            body_html=f"<p>m {seq}</p>",
            status=status,
            kind=kind,
        )
    state.last_seq = 5
    state.save()
    HandRaise.objects.create(occurrence=room.occurrence, user=room.alice, position=2)
    HandRaise.objects.create(occurrence=room.occurrence, user=room.bob, position=1)
    RoomTimer.objects.create(
        occurrence=room.occurrence, seconds=120, ends_at=timezone.now() + timedelta(minutes=2)
    )
    for person, channel in ((room.alice, "a"), (room.bob, "b"), (room.reader, "r")):
        RoomPresence.objects.create(
            occurrence=room.occurrence,
            user=person,
            channel_name=channel,
            listening=person == room.reader,
        )
    assert together() == separately()
    assert together()["speaker"][0]["speaker_id"] == room.bob.pk
    assert together()["timer"]["seconds"] == 120
    cutoff = timezone.now() - selectors.PRESENCE_TTL
    for read, build, values in (
        (room_state._FLAGS, room_state._flags_query, {"occurrence_id": oid}),
        (
            room_state._PRESENCE,
            room_state._presence_query,
            {"occurrence_id": oid, "cutoff": cutoff},
        ),
        (room_state._HANDS, room_state._hands_query, {"occurrence_id": oid}),
        (room_state._SPEAKER, room_state._speaker_query, {"occurrence_id": oid}),
        (room_state._TIMER, room_state._timer_query, {"occurrence_id": oid}),
    ):
        assert read.rows(**values) == list(build(**values)), build.__name__
        assert read.rows(**values), build.__name__
    assert [h["user_id"] for h in selectors.queue_snapshot(occurrence_id=oid)["hands"]] == [
        room.bob.pk,
        room.alice.pk,
    ]
    pages = 0
    for viewer in (
        {"viewer_id": room.bob.pk, "sees_held": False, "announcements_only": False},
        {"viewer_id": room.alice.pk, "sees_held": False, "announcements_only": False},
        {"viewer_id": None, "sees_held": True, "announcements_only": False},
        {"viewer_id": None, "sees_held": False, "announcements_only": True},
    ):
        for bounds, order in (
            ({"before_seq": 6}, "-seq"),
            ({"before_seq": 4}, "-seq"),
            ({}, "-seq"),
            ({"after_seq": 1}, "seq"),
            ({"after_seq": 0, "up_to_seq": 3}, "seq"),
        ):
            for limit in (2, 50):
                shape = {"order": order, "limit": limit, **viewer, **bounds}
                built = [
                    history.message_payload(row)
                    for row in history._history_query(occurrence_id=oid, **shape)
                ]
                assert history._history(occurrence_id=oid, **shape) == built, shape
                pages += bool(built)
    assert pages > 20
    assert len(history._HISTORY_READS) > 1


def test_sockets_admitted_together_share_one_call_and_one_presence_write(room, member_factory):
    """A burst admitted in one call (admission.enter_many): the admission reads sent
    together and one write of every admitted socket's presence; each socket gets its own
    answer, a refusal or a bad room touching nobody else's."""
    from groups.models import Ban

    admission._swept.clear()
    people = [member_factory(room.group, Role.MEMBER, display_name=f"Q{i}") for i in range(6)]
    Ban.objects.create(group=room.group, user=people[2], created_by=room.owner)

    def arrival(user, i, occurrence_id=room.occurrence.pk):
        return admission.Arrival(
            user=user,
            occurrence_id=occurrence_id,
            listen_only=i == 4,
            readings_only=False,
            channel_name=f"specific.many!{i}",
        )

    admission.enter_many([arrival(room.alice, 99)])  # the worker's copies, the room's sweep
    arrivals = [arrival(p, i) for i, p in enumerate(people)] + [arrival(room.bob, 7, 10**20)]
    with CaptureQueriesContext(connection) as together:
        results = admission.enter_many(arrivals)
    # Every admission read in one pipeline, the ban's reason for the one refused, and one
    # write of every admitted socket's presence.
    sent = [q["sql"] for q in together.captured_queries]
    assert len(sent) == 3
    assert sent[0].startswith(f"{len(arrivals) - 1} times: SELECT")  # the bad room: no read
    assert "groups_ban" in sent[1] and sent[2].startswith("INSERT INTO")
    assert [type(r).__name__ for r in results] == [
        "RoomAccess",
        "RoomAccess",
        "RoomRefused",
        "RoomAccess",
        "RoomAccess",
        "RoomAccess",
        "RoomRefused",
    ]
    assert results[2].close_code == 4410 and results[6].close_code == 4404
    assert [r.user_id for r in results if isinstance(r, selectors.RoomAccess)] == [
        p.pk for i, p in enumerate(people) if i != 2
    ]
    rows = dict(RoomPresence.objects.values_list("channel_name", "listening"))
    assert rows == {
        "specific.many!99": False,
        **{f"specific.many!{i}": i == 4 for i in (0, 1, 3, 4, 5)},
    }


async def _holding_the_turn(release):
    """A task that holds one of the worker's admission turns until ``release`` is set,
    started once it holds it."""
    import asyncio

    held = asyncio.Event()

    async def hold() -> None:
        async with admission.turn(refuse=False):
            held.set()
            await release.wait()

    holder = asyncio.create_task(hold())
    await held.wait()
    return holder


@pytest.mark.django_db(transaction=True)
async def test_a_burst_of_sockets_is_admitted_in_fewer_calls_than_sockets(
    room, connect, member_factory, settings
):
    """Sixteen people arrive together while the worker's one admission turn is busy: they
    are admitted in a few calls, each welcomed with the room as it is, and the one banned
    among them is refused on their own."""
    import asyncio

    from asgiref.sync import sync_to_async

    from groups.models import Ban

    settings.KINDRED_ADMISSION_CONCURRENCY = 1
    admission._gates.clear()
    people = [
        await sync_to_async(member_factory)(room.group, Role.MEMBER, display_name=f"B{i}")
        for i in range(16)
    ]
    banned = await sync_to_async(member_factory)(room.group, Role.MEMBER, display_name="Banned")
    await sync_to_async(Ban.objects.create)(group=room.group, user=banned, created_by=room.owner)
    calls = []
    enter_many = admission.enter_many

    def counted(arrivals):
        calls.append(len(arrivals))
        return enter_many(arrivals)

    release = asyncio.Event()
    holder = await _holding_the_turn(release)
    admission.enter_many = counted
    try:
        arriving = asyncio.gather(
            *(connect(p, room.occurrence) for p in people),
            connect(banned, room.occurrence, expect=False),
        )
        await asyncio.sleep(0.5)
        assert calls == []  # all waiting for the turn
        release.set()
        results = await arriving
    finally:
        admission.enter_many = enter_many
    await holder
    *sockets, refusal = results
    assert sum(calls) == 17 and max(calls) >= 8
    assert refusal == 4410
    assert sorted(s.welcome["you"]["user_id"] for s in sockets) == sorted(p.pk for p in people)
    present = await sync_to_async(selectors.presence_snapshot)(occurrence_id=room.occurrence.pk)
    assert present["participant_count"] == 16


def test_a_burst_into_many_rooms_sweeps_them_in_one_statement(
    room, occurrence_factory, member_factory
):
    """A worker's people coming back to another find every room of theirs due for its
    stale-presence sweep at once: the rooms are swept in one statement, and only rows not
    seen for PRESENCE_TTL go."""
    from datetime import timedelta

    from django.utils import timezone

    admission._swept.clear()
    rooms = [room.occurrence, *(occurrence_factory(room.group, chair=room.owner) for _ in "ab")]
    old = timezone.now() - selectors.PRESENCE_TTL - timedelta(seconds=5)
    for n, occurrence in enumerate(rooms):
        RoomPresence.objects.create(
            channel_name=f"gone!{n}", occurrence=occurrence, user=room.bob, seen_at=old
        )
        RoomPresence.objects.create(channel_name=f"here!{n}", occurrence=occurrence, user=room.bob)
    people = [member_factory(room.group, Role.MEMBER, display_name=f"S{i}") for i in range(6)]
    arrivals = [
        admission.Arrival(
            user=person,
            occurrence_id=rooms[i % 3].pk,
            listen_only=False,
            readings_only=False,
            channel_name=f"sweep!{i}",
        )
        for i, person in enumerate(people)
    ]
    with CaptureQueriesContext(connection) as burst:
        results = admission.enter_many(arrivals)
    assert all(isinstance(r, selectors.RoomAccess) for r in results)
    deletes = [q["sql"] for q in burst.captured_queries if q["sql"].startswith("DELETE")]
    assert len(deletes) == 1
    names = set(RoomPresence.objects.values_list("channel_name", flat=True))
    assert names == {"here!0", "here!1", "here!2", *(f"sweep!{i}" for i in range(6))}
    with CaptureQueriesContext(connection) as again:
        admission.enter_many([admission.Arrival(room.alice, rooms[1].pk, False, False, "s!9")])
    assert not [q for q in again.captured_queries if q["sql"].startswith("DELETE")]


class _Paused:
    """A ``run`` for admission.welcome whose database calls wait for ``go`` before they
    start, counting the rooms each reads."""

    def __init__(self):
        import asyncio

        from chat import dbcalls

        self.go = asyncio.Event()
        self.started = asyncio.Event()
        self.calls: list[list[int]] = []
        self.database = dbcalls.database_sync_to_async

    def __call__(self, fn):
        async def call(**kwargs):
            self.calls.append([a.occurrence_id for a in kwargs.get("accesses", [])])
            self.started.set()
            await self.go.wait()
            return await self.database(fn)(**kwargs)

        return call


@pytest.mark.django_db(transaction=True)
async def test_the_rooms_waiting_for_their_welcome_are_read_in_one_call(
    room, occurrence_factory, settings
):
    """While the worker's one turn is busy, sockets of three rooms say hello: once the turn
    is free, the three rooms are read in one database call, and each socket's welcome is
    its own room's."""
    import asyncio

    from asgiref.sync import sync_to_async

    settings.KINDRED_ADMISSION_CONCURRENCY = 1
    admission._gates.clear()
    others = [await sync_to_async(occurrence_factory)(room.group, chair=room.owner) for _ in "ab"]
    rooms = [room.occurrence.pk, *(o.pk for o in others)]
    await RoomState.objects.acreate(occurrence=room.occurrence, last_seq=3)
    accesses = [
        await sync_to_async(selectors.room_admit)(user=room.bob, occurrence_id=oid) for oid in rooms
    ]
    run = _Paused()
    run.go.set()
    release = asyncio.Event()
    holder = await _holding_the_turn(release)
    welcomes = [
        asyncio.create_task(admission.welcome(access=a, last_seq=None, run=run)) for a in accesses
    ]
    await asyncio.sleep(0.2)
    assert run.calls == []  # waiting for the turn
    release.set()
    got = await asyncio.gather(*welcomes)
    await holder
    assert run.calls == [rooms]
    assert [w["room"]["last_seq"] for w in got] == [3, 0, 0]


@pytest.mark.django_db(transaction=True)
async def test_a_read_under_way_serves_only_sockets_whose_events_began_before_it(room):
    """A hello while its room's read is under way joins it only if its socket already got
    the room's events when the read started: then nothing can fall between the read and
    the events. A socket whose events began later waits for a read of its own."""
    import asyncio
    import time

    from asgiref.sync import sync_to_async

    admission._gates.clear()
    admit = sync_to_async(selectors.room_admit)
    access = await admit(user=room.bob, occurrence_id=room.occurrence.pk)
    before = time.monotonic()
    run = _Paused()
    first = asyncio.create_task(
        admission.welcome(access=access, last_seq=None, run=run, events_from=before)
    )
    await asyncio.wait_for(run.started.wait(), 5)  # the read has started, and waits
    joining = asyncio.create_task(
        admission.welcome(access=access, last_seq=None, run=run, events_from=before)
    )
    after = time.monotonic()
    later = asyncio.create_task(
        admission.welcome(access=access, last_seq=None, run=run, events_from=after)
    )
    await asyncio.sleep(0.1)
    assert len(run.calls) == 1
    run.go.set()
    got = await asyncio.gather(first, joining, later)
    assert run.calls == [[room.occurrence.pk], [room.occurrence.pk]]
    assert got[0]["presence"]["at"] == got[1]["presence"]["at"] != got[2]["presence"]["at"]
