"""The room's resume path costs the same number of queries however much was missed.

(The pages' and the history's own counts are asserted in each app's tests; this covers
what a reconnecting socket asks: the welcome with the missed messages, and gap filling.)"""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from chat import selectors
from chat.models import Message, RoomState
from groups.models import Role
from meetings.models import MeetingSeries, Occurrence

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_room(group_factory, member_factory, user_factory):
    owner = user_factory(display_name="Chair")
    group = group_factory(owner=owner)
    member = member_factory(group, Role.MEMBER, display_name="Away")
    start = timezone.now() - dt.timedelta(minutes=5)
    series = MeetingSeries.objects.create(
        group=group,
        title="Evening",
        chair=owner,
        start_time=start.time(),
        start_date=start.date(),
        weekdays=[start.weekday()],
    )
    occurrence = Occurrence.objects.create(
        series=series, original_start=start, start=start, end=start + dt.timedelta(hours=1)
    )
    return occurrence, owner, member


def _store(occurrence, author, count: int) -> None:
    room, _ = RoomState.objects.get_or_create(occurrence=occurrence)
    first = room.last_seq + 1
    Message.objects.bulk_create(
        Message(
            occurrence=occurrence,
            seq=seq,
            author=author,
            client_id=f"qc-{seq:06d}",
            body=f"m {seq}",
            body_html=f"<p>m {seq}</p>",
        )
        for seq in range(first, first + count)
    )
    room.last_seq = first + count - 1
    room.save()


def _queries(fn) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as ctx:
        result = fn()
    return len(ctx.captured_queries), result


def test_resume_welcome_queries_do_not_grow_with_the_messages_missed(live_room):
    occurrence, owner, member = live_room
    access = selectors.room_admit(user=member, occurrence_id=occurrence.pk)
    _store(occurrence, owner, 20)
    _, welcome = _queries(lambda: selectors.room_welcome(access=access, last_seq=10))
    assert [m["seq"] for m in welcome["history"]] == list(range(11, 21))
    # Past the welcome's byte budget the rest is the socket's to send: reading more of the
    # room costs nothing more.
    _store(occurrence, owner, 480)
    many, welcome = _queries(lambda: selectors.room_welcome(access=access, last_seq=10))
    held = [m["seq"] for m in welcome["history"]]
    assert welcome["truncated"] and held == list(range(11, welcome["last_seq"] + 1))
    _store(occurrence, owner, 480)
    more, welcome = _queries(lambda: selectors.room_welcome(access=access, last_seq=10))
    assert [m["seq"] for m in welcome["history"]] == held
    assert more == many


def test_gap_fill_queries_do_not_grow_with_the_gap(live_room):
    occurrence, owner, member = live_room
    access = selectors.room_admit(user=member, occurrence_id=occurrence.pk)
    _store(occurrence, owner, 400)
    small, got = _queries(
        lambda: selectors.room_gap(
            occurrence_id=access.occurrence_id, readings_only=False, after_seq=5, up_to_seq=8
        )
    )
    assert [m["seq"] for m in got] == [6, 7, 8]
    large, got = _queries(
        lambda: selectors.room_gap(
            occurrence_id=access.occurrence_id, readings_only=False, after_seq=5, up_to_seq=400
        )
    )
    assert len(got) == 395
    assert large == small == 1
