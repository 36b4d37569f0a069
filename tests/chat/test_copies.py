"""A worker's copies of a live room's meeting, series, group and screening rules
(chat/roomcalls.py, moderation/selectors.py) are dropped when any of them is saved: the
live rooms concerned hear ``room.copies_stale``, so no worker keeps posting on stale
settings until its copy expires."""

import asyncio

import pytest
from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer

from chat import roomcalls
from chat.models import RoomPresence
from kindred.events import room_group_name
from moderation.models import Rule

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
async def _readers():
    readers: list[asyncio.Task] = []
    yield readers
    for reader in readers:
        reader.cancel()
    await asyncio.gather(*readers, return_exceptions=True)


@pytest.fixture
def listen(_readers):
    """A channel in a room's group, as a worker's fan-out is, read all along into a queue of
    event types. (A receive cut short, as by a timeout, takes the pub/sub layer's channel out
    of its groups: a worker's socket only does so as it leaves.)"""

    async def listen(occurrence) -> asyncio.Queue:
        layer = get_channel_layer()
        channel = await layer.new_channel()
        await layer.group_add(room_group_name(occurrence.pk), channel)
        heard: asyncio.Queue = asyncio.Queue()

        async def read():
            while True:
                heard.put_nowait((await layer.receive(channel))["type"])

        _readers.append(asyncio.ensure_future(read()))
        return heard

    return listen


async def _heard(heard: asyncio.Queue, timeout: float = 1.0) -> list[str]:
    """The event types heard until the channel has been quiet for ``timeout``."""
    out = []
    while True:
        try:
            out.append(await asyncio.wait_for(heard.get(), timeout))
        except TimeoutError:
            return out


@pytest.fixture
def two_rooms(room, group_factory, occurrence_factory, user_factory):
    """``room`` and a live room of another group, someone present in each."""
    other_owner = user_factory(display_name="Ore")
    other = occurrence_factory(group_factory(owner=other_owner), chair=other_owner)
    RoomPresence.objects.create(channel_name="x.a", occurrence=room.occurrence, user=room.alice)
    RoomPresence.objects.create(channel_name="x.b", occurrence=other, user=other_owner)
    return room, other


async def test_a_group_s_rule_reaches_its_live_rooms_only(two_rooms, connect, listen):
    room, other = two_rooms
    mine, theirs = await listen(room.occurrence), await listen(other)
    await sync_to_async(Rule.objects.create)(group=room.group, pattern="casino")
    assert await _heard(mine) == ["room.copies_stale"]
    assert await _heard(theirs, timeout=0.3) == []


async def test_a_site_wide_rule_reaches_every_live_room(two_rooms, connect, listen):
    room, other = two_rooms
    mine, theirs = await listen(room.occurrence), await listen(other)
    rule = await sync_to_async(Rule.objects.create)(group=None, pattern="casino")
    assert await _heard(mine) == ["room.copies_stale"]
    assert await _heard(theirs) == ["room.copies_stale"]
    await sync_to_async(rule.delete)()
    assert await _heard(mine) == ["room.copies_stale"]


async def test_saving_a_series_or_meeting_reaches_its_room_and_a_new_one_nothing(
    two_rooms, connect, occurrence_factory, listen
):
    room, other = two_rooms
    mine, theirs = await listen(room.occurrence), await listen(other)
    series = room.occurrence.series
    series.title = "Thursday share"
    await sync_to_async(series.save)()
    assert await _heard(mine) == ["room.copies_stale"]
    room.occurrence.note = "We start at ten past."
    await sync_to_async(room.occurrence.save)()
    assert await _heard(mine) == ["room.copies_stale"]
    await sync_to_async(occurrence_factory)(room.group)  # new: nobody holds a copy of it
    assert await _heard(mine, timeout=0.3) == []
    assert await _heard(theirs, timeout=0.3) == []


async def test_a_worker_drops_its_copy_when_the_group_changes(room, connect, settings):
    """End to end through a socket: the copy made by a message is gone once the group is
    saved, and the next message reads the group as it now is."""
    settings.KINDRED_ROOM_CACHE_SECONDS = 3600
    alice = await connect(room.alice, room.occurrence)
    await alice.send({"type": "message.send", "client_id": "copy-0001", "body": "hi"})
    await alice.recv_type("message.ack")
    copy = roomcalls._recent._copies[room.occurrence.pk][1]
    assert copy.series.group.name == room.group.name

    room.group.name = "Renamed circle"
    await sync_to_async(room.group.save)()
    for _ in range(50):
        if room.occurrence.pk not in roomcalls._recent._copies:
            break
        await asyncio.sleep(0.05)
    assert room.occurrence.pk not in roomcalls._recent._copies

    await alice.send({"type": "message.send", "client_id": "copy-0002", "body": "again"})
    await alice.recv_type("message.ack")
    assert roomcalls._recent._copies[room.occurrence.pk][1].series.group.name == "Renamed circle"


async def test_admission_makes_the_copies_a_first_message_needs(room, connect, settings):
    """Someone who may post enters: the worker reads the meeting and the group's rules
    then, not at the room's first message. A reader, who cannot post, costs no such read."""
    from moderation import selectors as moderation

    settings.KINDRED_ROOM_CACHE_SECONDS = 3600
    roomcalls._recent.clear()
    moderation.forget_screening_terms()
    await connect(room.reader, room.occurrence)
    assert room.occurrence.pk not in roomcalls._recent._copies
    assert room.group.pk not in moderation._screening._copies
    await connect(room.alice, room.occurrence)
    assert room.occurrence.pk in roomcalls._recent._copies
    assert room.group.pk in moderation._screening._copies
