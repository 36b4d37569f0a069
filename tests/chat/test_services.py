"""Chat services and selectors: one write per message, history without N+1, visibility."""

from datetime import timedelta

import pytest

from chat import posting, presence, roomcalls, selectors
from chat import posting_facts as chat_facts
from chat.models import Message, Reaction, RoomState
from kindred.errors import Conflict, NotAllowed, ServiceError

pytestmark = pytest.mark.django_db


def post(room, who, body, cid, **kw):
    return posting.message_post(
        occurrence=room.occurrence, author=who, body=body, client_id=cid, **kw
    )


def test_message_post_assigns_increasing_seqs_and_renders_markdown(room):
    first, created = post(room, room.alice, "**one**", "cid-00001")
    second, _ = post(room, room.bob, "two", "cid-00002")
    assert created and (first.seq, second.seq) == (1, 2)
    assert first.body_html == "<p><strong>one</strong></p>"
    assert RoomState.objects.get(occurrence=room.occurrence).last_seq == 2


def test_message_post_is_idempotent_by_client_id(room):
    first, _ = post(room, room.alice, "hello", "cid-00003")
    again, created = post(room, room.alice, "hello", "cid-00003")
    assert again.pk == first.pk and created is False
    assert Message.objects.count() == 1
    with pytest.raises(Conflict) as exc:
        post(room, room.alice, "other", "cid-00003")
    assert exc.value.code == "client_id_reused"
    # Another person may use the same id for their own message.
    other, created = post(room, room.bob, "hi", "cid-00003")
    assert created and other.seq == 2


def test_message_post_costs_a_fixed_number_of_queries(room, django_assert_num_queries):
    """One read for the author's standing and the room's live state, then one statement
    that takes the seq and inserts (in a savepoint inside the test's transaction, so two
    more). The rules and allowed terms were read by the first message and are reused."""
    from moderation.selectors import forget_screening_terms

    post(room, room.alice, "warm up", "cid-warm1")
    with django_assert_num_queries(4):
        post(room, room.alice, "counted", "cid-count")
    forget_screening_terms()
    with django_assert_num_queries(5):  # the rules, rule sets and allowed terms: one read
        post(room, room.alice, "counted again", "cid-count-2")


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_a_message_is_two_queries(room, django_assert_num_queries):
    """As on a room socket: the read, then the one statement, which commits by itself."""
    post(room, room.alice, "warm up", "cid-warm3")
    with django_assert_num_queries(2):
        message, created = post(room, room.alice, "**counted**", "cid-count5")
    stored = Message.objects.get(pk=message.pk)
    assert created and (stored.seq, message.seq) == (2, 2)
    assert (stored.author_id, stored.client_id) == (room.alice.pk, "cid-count5")
    assert stored.kind == Message.Kind.SHARE
    assert (stored.status, stored.body) == (Message.Status.VISIBLE, "**counted**")
    assert stored.body_html == message.body_html == "<p><strong>counted</strong></p>"
    assert stored.created_at == message.created_at
    assert RoomState.objects.get(occurrence=room.occurrence).last_seq == 2


@pytest.mark.django_db(transaction=True)
def test_a_rooms_first_message_is_two_queries_and_makes_its_row(
    room, occurrence_factory, django_assert_num_queries
):
    """The room's row is made by the statement that takes the first seq: the first share
    of a meeting costs what every later one does, with no transaction around it."""
    post(room, room.alice, "warm up", "cid-warm4")
    occurrence = occurrence_factory(room.group, chair=room.owner)
    assert not RoomState.objects.filter(occurrence=occurrence).exists()
    with django_assert_num_queries(2) as queries:
        first, created = posting.message_post(
            occurrence=occurrence, author=room.bob, body="first", client_id="cid-first1"
        )
    assert not any("SAVEPOINT" in q["sql"] or "BEGIN" in q["sql"] for q in queries)
    assert created and first.seq == 1
    state = RoomState.objects.get(occurrence=occurrence)
    assert (state.last_seq, state.locked, state.slow_mode_seconds, state.speaker) == (
        1,
        False,
        0,
        None,
    )
    second, _ = post(room, room.alice, "second", "cid-first2")
    assert second.seq == 2  # the first room's own count went on
    third, _ = posting.message_post(
        occurrence=occurrence, author=room.alice, body="next", client_id="cid-first3"
    )
    assert third.seq == 2


@pytest.mark.django_db(transaction=True)
def test_first_messages_sent_at_once_to_a_new_room_take_consecutive_seqs(room, occurrence_factory):
    """Eight people post the first message of a room with no row at the same moment, each
    on its own connection: one makes the row, the others wait for it, and the seqs are 1
    to 8 with none lost to a clash (a held one among them takes its seq the same way)."""
    import threading

    from django.db import connections

    occurrence = occurrence_factory(room.group, chair=room.owner)
    people = [room.alice, room.bob, room.moderator, room.owner]
    start = threading.Barrier(8)
    stored: list = []
    errors: list = []

    def send(index: int) -> None:
        try:
            start.wait(timeout=10)
            body = "text me on 07700 900123" if index == 4 else f"hello {index}"
            message, _ = posting.message_post(
                occurrence=occurrence,
                author=people[index % 4],
                body=body,
                client_id=f"cid-at-once-{index}",
            )
            stored.append(message)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    assert sorted(m.seq for m in stored) == list(range(1, 9))
    assert RoomState.objects.get(occurrence=occurrence).last_seq == 8
    assert Message.objects.filter(occurrence=occurrence, status=Message.Status.HELD).count() == 1


def test_a_client_id_clash_in_the_insert_takes_no_seq(room):
    """Two sockets racing with one client_id: the second insert fails as a whole, so the
    room's seq does not move and the caller's transaction goes on."""
    from django.db import IntegrityError

    from moderation.posting import Screening

    first, _ = post(room, room.alice, "once", "cid-race01")
    with pytest.raises(IntegrityError):
        posting._message_store(
            occurrence=room.occurrence,
            author=room.alice,
            body="once",
            body_html="<p>once</p>",
            client_id="cid-race01",
            content_warning="",
            kind="share",
            screening=Screening(),
        )
    assert RoomState.objects.get(occurrence=room.occurrence).last_seq == first.seq
    second, created = post(room, room.bob, "next", "cid-race02")
    assert created and second.seq == first.seq + 1


def test_a_new_rule_applies_to_the_next_message_at_once(room):
    from moderation.models import Rule

    post(room, room.alice, "the screening rules are now read", "cid-rule01")
    Rule.objects.create(group=room.group, pattern="pineapple", action="hold")
    message, _ = post(room, room.alice, "I like pineapple", "cid-rule02")
    assert message.status == Message.Status.HELD
    Rule.objects.filter(group=room.group, pattern="pineapple").delete()
    message, _ = post(room, room.alice, "pineapple again", "cid-rule03")
    assert message.status == Message.Status.VISIBLE


def test_sending_from_the_room_reuses_the_meeting(room, django_assert_num_queries):
    """The socket's path reads the meeting first, then reuses the worker's copy until the
    room is told the meeting changed."""
    access = selectors.room_admit(user=room.alice, occurrence_id=room.occurrence.pk)
    post(room, room.alice, "warm up", "cid-warm2")

    def send(body: str, client_id: str) -> dict:
        payload, created = roomcalls.message_send(
            access=access,
            user=room.alice,
            body=body,
            client_id=client_id,
            content_warning="",
            kind="share",
        )
        assert created
        return payload

    with django_assert_num_queries(5):
        assert send("counted", "cid-count2")["seq"] == 2
    with django_assert_num_queries(4):
        send("cached", "cid-count3")
    roomcalls.forget_occurrence(room.occurrence.pk)
    with django_assert_num_queries(5):
        send("read again", "cid-count4")


def test_resending_a_stored_client_id_costs_two_queries(room, django_assert_num_queries):
    first, _ = post(room, room.alice, "once", "cid-once1")
    with django_assert_num_queries(2):
        again, created = post(room, room.alice, "once", "cid-once1")
    assert again.pk == first.pk and created is False


def test_slow_mode_longer_than_the_duplicate_window_still_holds(room, settings):
    settings.KINDRED_DUPLICATE_SECONDS = 60
    RoomState.objects.create(occurrence=room.occurrence, slow_mode_seconds=300)
    first, _ = post(room, room.alice, "first", "cid-slow01")
    Message.objects.filter(pk=first.pk).update(created_at=first.created_at - timedelta(minutes=3))
    with pytest.raises(NotAllowed) as exc:
        post(room, room.alice, "second", "cid-slow02")
    assert exc.value.code == "slow_mode"
    assert "Try again in" in str(exc.value)
    Message.objects.filter(pk=first.pk).update(created_at=first.created_at - timedelta(minutes=6))
    _, created = post(room, room.alice, "second", "cid-slow02")
    assert created


@pytest.mark.parametrize(
    ("body", "cid", "code"),
    [
        ("", "cid-00010", "empty"),
        ("x" * 2001, "cid-00011", "too_long"),
        ("ok", "short", "bad_client_id"),
        ("ok", "cid with space", "bad_client_id"),
    ],
)
def test_bad_messages_change_nothing(room, body, cid, code):
    with pytest.raises(ServiceError) as exc:
        post(room, room.alice, body, cid)
    assert exc.value.code == code
    assert Message.objects.count() == 0
    assert not RoomState.objects.filter(last_seq__gt=0).exists()


def test_listening_member_and_reader_cannot_post(room):
    with pytest.raises(NotAllowed) as exc:
        post(room, room.alice, "hi", "cid-00020", listening=True)
    assert exc.value.code == "listening"
    with pytest.raises(NotAllowed) as exc:
        post(room, room.reader, "hi", "cid-00021")
    assert exc.value.code == "forbidden"
    assert Message.objects.count() == 0


def test_muted_member_cannot_post(room):
    from moderation.models import Mute

    Mute.objects.create(group=room.group, occurrence=room.occurrence, user=room.bob)
    with pytest.raises(NotAllowed) as exc:
        post(room, room.bob, "hi", "cid-00022")
    assert exc.value.code == "muted"


def test_only_leaders_post_announcements(room):
    with pytest.raises(NotAllowed):
        post(room, room.alice, "hear ye", "cid-00023", kind="announcement")
    message, _ = post(room, room.owner, "welcome all", "cid-00024", kind="announcement")
    assert message.kind == "announcement"


def _fill(room, n):
    for i in range(n):
        post(room, room.alice if i % 2 else room.bob, f"message {i}", f"cid-fill-{i:04d}")


def test_history_is_one_query_whatever_its_length(room, django_assert_num_queries):
    _fill(room, 30)
    message = Message.objects.get(seq=3)
    Reaction.objects.create(message=message, user=room.bob, kind="heart")
    with django_assert_num_queries(1):
        page = selectors.history_before(occurrence_id=room.occurrence.pk, before_seq=20, limit=10)
    assert [m["seq"] for m in page] == list(range(10, 20))
    with django_assert_num_queries(1):
        after = selectors.history_after(occurrence_id=room.occurrence.pk, after_seq=0, limit=5)
    assert [m["seq"] for m in after] == [1, 2, 3, 4, 5]
    assert after[2]["reactions"]["heart"] == 1


def test_held_messages_only_for_their_author_and_leaders(room):
    post(room, room.alice, "visible", "cid-00030")
    held, _ = post(room, room.bob, "held one", "cid-00031")
    Message.objects.filter(pk=held.pk).update(status=Message.Status.HELD)
    oid = room.occurrence.pk

    def seqs(**viewer):
        return [m["seq"] for m in selectors.history_after(occurrence_id=oid, after_seq=0, **viewer)]

    assert seqs(viewer_id=room.alice.pk) == [1]
    assert seqs(viewer_id=room.bob.pk) == [1, 2]
    assert seqs(viewer_id=room.moderator.pk, sees_held=True) == [1, 2]


def test_removed_messages_keep_a_mark_without_text(room):
    message, _ = post(room, room.alice, "secret", "cid-00040", content_warning="cw")
    Message.objects.filter(pk=message.pk).update(status=Message.Status.REMOVED)
    [row] = selectors.history_after(occurrence_id=room.occurrence.pk, after_seq=0)
    assert row["status"] == "removed" and row["body_html"] == "" and row["content_warning"] == ""


def test_former_member_shows_without_a_name(room):
    message, _ = post(room, room.alice, "bye", "cid-00050")
    Message.objects.filter(pk=message.pk).update(author=None)
    [row] = selectors.history_after(occurrence_id=room.occurrence.pk, after_seq=0)
    assert row["author"] == selectors.FORMER_MEMBER and row["author_id"] is None


def test_resume_welcome_gives_exactly_the_missed_messages(room):
    _fill(room, 12)
    access = selectors.room_admit(user=room.alice, occurrence_id=room.occurrence.pk)
    welcome = selectors.room_welcome(access=access, last_seq=7)
    assert [m["seq"] for m in welcome["history"]] == [8, 9, 10, 11, 12]
    assert welcome["last_seq"] == 12 and welcome["reset"] is False
    fresh = selectors.room_welcome(access=access, last_seq=None)
    assert [m["seq"] for m in fresh["history"]] == list(range(1, 13))
    ahead = selectors.room_welcome(access=access, last_seq=99)
    assert ahead["reset"] is True


def test_presence_counts_each_person_once(room):
    oid = room.occurrence.pk
    presence.presence_join(
        occurrence_id=oid, user_id=room.alice.pk, channel_name="a1", listening=False
    )
    presence.presence_join(
        occurrence_id=oid, user_id=room.alice.pk, channel_name="a2", listening=True
    )
    presence.presence_join(
        occurrence_id=oid, user_id=room.bob.pk, channel_name="b1", listening=True
    )
    snap = selectors.presence_snapshot(occurrence_id=oid)
    assert snap["participant_count"] == 1 and snap["listener_count"] == 1
    assert [p["display_name"] for p in snap["participants"]] == ["Alice"]
    presence.presence_leave(channel_name="a1")
    snap = selectors.presence_snapshot(occurrence_id=oid)
    assert snap["participant_count"] == 0 and snap["listener_count"] == 2


def test_presence_rows_left_by_a_dead_worker_expire_and_are_swept(room):
    import datetime as dt

    from django.utils import timezone

    from chat.models import RoomPresence

    oid = room.occurrence.pk
    presence.presence_join(
        occurrence_id=oid, user_id=room.bob.pk, channel_name="dead", listening=False
    )
    RoomPresence.objects.filter(channel_name="dead").update(
        seen_at=timezone.now() - dt.timedelta(minutes=5)
    )
    assert selectors.presence_snapshot(occurrence_id=oid)["participant_count"] == 0
    presence.presence_join(
        occurrence_id=oid, user_id=room.alice.pk, channel_name="a", listening=False
    )
    assert list(RoomPresence.objects.values_list("channel_name", flat=True)) == ["a"]


def test_the_compiled_posting_facts_read_what_the_orm_reads(room, user_factory, settings):
    """Posting runs the posting-facts query from SQL compiled once (PostgreSQL); across
    bans, mutes, removals, room flags, recent messages, stored client ids and people with
    and without a role it gives exactly what building the query each time gives."""
    from django.db import connection
    from django.utils import timezone

    from groups.models import Ban
    from moderation.models import MeetingRemoval, Mute
    from moderation.selectors import posting_facts

    assert connection.vendor == "postgresql"
    now = timezone.now()
    group, occurrence = room.group, room.occurrence
    post(room, room.alice, "a recent message", "cid-facts-1")
    post(room, room.moderator, "another", "cid-facts-2")
    Ban.objects.create(group=group, user=room.bob)
    Ban.objects.create(group=group, user=room.alice, expires_at=now - timedelta(days=1))
    Mute.objects.create(group=group, occurrence=occurrence, user=room.alice)
    Mute.objects.create(group=group, user=room.moderator, until=now - timedelta(minutes=1))
    Mute.objects.create(group=group, user=room.owner, until=now + timedelta(minutes=9))
    MeetingRemoval.objects.create(occurrence=occurrence, user=room.reader)
    RoomState.objects.filter(occurrence=occurrence).update(locked=True, slow_mode_seconds=30)
    stranger = user_factory(display_name="Stranger")
    for look_back in (120, 0):
        settings.KINDRED_DUPLICATE_SECONDS = look_back
        for person in (room.owner, room.moderator, room.alice, room.bob, room.reader, stranger):
            for client_id in ("cid-facts-1", "cid-facts-2", "cid-unused-9"):
                fast = chat_facts.posting_facts_read(
                    occurrence=occurrence, author=person, client_id=client_id, now=now
                )
                built = posting_facts(
                    occurrence=occurrence,
                    user=person,
                    now=now,
                    with_body=True,
                    columns=chat_facts.facts_columns(occurrence=occurrence, client_id=client_id),
                )
                assert fast == built, (person.display_name, client_id, look_back)
    assert {120, 0} <= set(chat_facts._FACTS_SQL)  # both look-backs compiled


def _prepared_statements() -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


@pytest.mark.django_db(transaction=True)
def test_a_message_s_statements_are_prepared_once_per_connection(room, settings):
    """From the second message on, PostgreSQL runs the posting-facts read and the insert
    as statements it planned once, and the answers stay right."""
    from django.db import connection

    connection.close()  # a new connection: nothing prepared on it yet
    settings.KINDRED_DB_PREPARED = True
    for n in range(4):
        message, created = post(room, room.alice, f"message {n}", f"cid-prep-{n}")
        assert created and message.seq == n + 1
    statements = _prepared_statements()
    assert any("INSERT INTO" in text and "RETURNING" in text for text in statements)
    assert any("posting_muted" in text for text in statements)
    # A clash on a stored client_id still finds the first message.
    again, created = post(room, room.alice, "message 3", "cid-prep-3")
    assert not created and again.seq == 4
    assert list(Message.objects.order_by("seq").values_list("body", flat=True)) == [
        f"message {n}" for n in range(4)
    ]


@pytest.mark.django_db(transaction=True)
def test_with_prepared_statements_off_nothing_is_prepared(room, settings):
    """KINDRED_DB_PREPARED=0, for a pooler that cannot keep prepared statements."""
    from django.db import connection

    connection.close()  # a new connection: nothing prepared on it yet
    settings.KINDRED_DB_PREPARED = False
    for n in range(4):
        post(room, room.alice, f"message {n}", f"cid-noprep-{n}")
    assert _prepared_statements() == []
    assert Message.objects.filter(occurrence=room.occurrence).count() == 4
