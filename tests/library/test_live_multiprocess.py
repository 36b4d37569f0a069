"""Script sections across two real daphne workers on the same Redis and PostgreSQL."""

import pytest
from asgiref.sync import sync_to_async

from tests.chat.test_multiprocess import Client, _cookie, workers  # noqa: F401 - fixture

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]


async def test_section_changes_reach_both_workers_and_late_joiners(
    workers,  # noqa: F811 - the fixture imported above
    scripted,
    client,
):
    a, b = workers
    people, reading = scripted.people, scripted.sections[1]
    chair_cookie = await sync_to_async(_cookie)(client, people.member)
    reader_cookie = await sync_to_async(_cookie)(client, people.reader)
    moderator_cookie = await sync_to_async(_cookie)(client, people.moderator)
    chair = await Client.open(a, scripted.occurrence, chair_cookie)
    reader = await Client.open(b, scripted.occurrence, reader_cookie)
    late = None
    try:
        assert reader.welcome["section"] is None
        await chair.send({"type": "section.move", "section_id": reading.pk})
        for socket in (chair, reader):
            frame = await socket.until("section")
            assert frame["section"]["id"] == reading.pk
            assert frame["section"]["who_may_post"] == "nobody"
        # Someone arriving later on the other worker lands on the current section.
        late = await Client.open(b, scripted.occurrence, moderator_cookie)
        assert late.welcome["section"]["id"] == reading.pk
    finally:
        for socket in (chair, reader, late):
            if socket is not None:
                await socket.ws.close()
