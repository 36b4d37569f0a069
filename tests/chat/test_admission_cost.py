"""What one room admission costs the database: the person, the admission and the presence
row in one call, with a fixed number of queries (chat/admission.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chat import admission, selectors
from chat.models import RoomPresence
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
    shared = chat_selectors.room_welcome_shared

    def counted(**kwargs):
        reads.append(kwargs["access"].user_id)
        return shared(**kwargs)

    chat_selectors.room_welcome_shared = counted
    try:
        sockets = await asyncio.gather(*(connect(p, room.occurrence) for p in people))
    finally:
        chat_selectors.room_welcome_shared = shared
    assert 1 <= len(reads) < len(people)
    for socket in sockets:
        assert [m["seq"] for m in socket.welcome["history"]] == [1]
        assert socket.welcome["last_seq"] == 1
        assert socket.welcome["room"]["last_seq"] == 1
    # Said after they arrived: live, to every one of them.
    await speaker.send({"type": "message.send", "client_id": "shared-0002", "body": "again"})
    for socket in sockets:
        assert (await socket.recv_type("message.new"))["message"]["seq"] == 2
