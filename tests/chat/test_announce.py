"""The one message announcer (chat/announce.py): a changed message reaches its room as
``message.removed`` when a moderator removed it, as ``message.updated`` otherwise, after
commit only (docs/protocol.md, "message.updated, message.removed")."""

import pytest
from django.db import transaction

from chat.announce import message_announce_on_commit
from chat.models import Message
from chat.posting import message_post
from kindred.events import room_group_name

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def events(monkeypatch):
    sent: list[tuple[str, dict]] = []
    monkeypatch.setattr("kindred.events._send", lambda group, event: sent.append((group, event)))
    return sent


def _posted(room) -> Message:
    message, _ = message_post(
        occurrence=room.occurrence, author=room.alice, body="hello", client_id="cid-announce"
    )
    return message


def test_a_removed_message_is_announced_as_removed_after_commit(room, events):
    message = _posted(room)
    events.clear()
    with transaction.atomic():
        message.status = Message.Status.REMOVED
        message.save(update_fields=["status"])
        message_announce_on_commit(message=message)
        assert events == []  # nothing before the commit
    assert events == [
        (room_group_name(room.occurrence.pk), {"type": "room.message_removed", "seq": message.seq})
    ]


@pytest.mark.parametrize("status", [Message.Status.HELD, Message.Status.ERASED])
def test_any_other_change_is_announced_as_the_message_now(room, events, status):
    message = _posted(room)
    events.clear()
    message.status = status
    message.save(update_fields=["status"])
    message_announce_on_commit(message=message)
    [(group, event)] = events
    assert group == room_group_name(room.occurrence.pk)
    assert event["type"] == "room.message_updated"
    assert (event["message"]["seq"], event["message"]["status"]) == (message.seq, status)
