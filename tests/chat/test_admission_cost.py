"""What one room admission costs the database: the person, the admission and the presence
row in one call, with a fixed number of queries (chat/admission.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chat import admission, selectors
from chat.models import RoomPresence

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
    # The meeting, the standing (with bans), a removal and the presence upsert; the first
    # time on a worker also the worker's copies for posting (the meeting again and the
    # screening rules) and the room's stale-presence sweep.
    assert len(first.captured_queries) <= 7
    assert len(second.captured_queries) == 4
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


def test_a_banned_person_is_refused_and_not_counted(room):
    from groups.models import Ban

    Ban.objects.create(group=room.group, user=room.bob, created_by=room.owner)
    with pytest.raises(selectors.RoomRefused) as refused:
        admission.enter(
            user=room.bob,
            occurrence_id=room.occurrence.pk,
            listen_only=False,
            readings_only=False,
            channel_name="specific.two!b",
        )
    assert refused.value.close_code == 4410
    assert not RoomPresence.objects.exists()
