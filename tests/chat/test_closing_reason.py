"""A removed or banned person is told the moderator's reason and what they can do next:
in the ``closing`` frame before the socket closes, and by the admission endpoint after a
reload (the page shows it; the server's part is tested here)."""

from datetime import datetime

import pytest
from asgiref.sync import sync_to_async
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db(transaction=True)


def _admission(user, occurrence) -> dict:
    client = Client()
    client.force_login(user)
    return client.get(reverse("chat:room_admission", kwargs={"pk": occurrence.pk})).json()


async def test_a_removed_person_hears_the_reason_and_what_next(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    reason = "Please keep to your own experience; talk to a moderator after the meeting."
    await mod.send({"type": "member.remove", "user_id": room.bob.pk, "reason": reason})
    await mod.recv_type("done")
    closing = await bob.recv_type("closing")
    assert closing["code"] == 4411
    assert closing["reason"] == reason
    assert "removed you from this meeting" in closing["detail"]
    assert "next meeting" in closing["detail"]
    assert closing["until"] is None
    out = await bob.c.receive_output(timeout=3)
    assert out["type"] == "websocket.close" and out["code"] == 4411
    # The close frame's own reason (what a client sees that ignores the closing frame) is
    # the short first sentence: it must fit 123 bytes.
    assert out["reason"] == "A moderator removed you from this meeting."

    # After a reload the page asks why: the same words.
    answer = await sync_to_async(_admission)(room.bob, room.occurrence)
    assert answer["ok"] is False and answer["close_code"] == 4411 and answer["code"] == "removed"
    assert (answer["reason"], answer["detail"]) == (closing["reason"], closing["detail"])


async def test_a_banned_person_hears_the_reason_how_long_and_what_next(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    reason = "Selling things in the meeting."
    await mod.send({"type": "member.ban", "user_id": room.bob.pk, "reason": reason, "days": 7})
    await mod.recv_type("done")
    closing = await bob.recv_type("closing")
    assert closing["code"] == 4410 and closing["reason"] == reason
    until = datetime.fromisoformat(closing["until"])
    assert "banned you from this group until" in closing["detail"]
    assert "other groups" in closing["detail"]

    answer = await sync_to_async(_admission)(room.bob, room.occurrence)
    assert answer["close_code"] == 4410 and answer["code"] == "banned"
    assert answer["reason"] == reason
    assert datetime.fromisoformat(answer["until"]) == until
    assert answer["detail"] == closing["detail"]


async def test_without_a_reason_the_next_step_is_still_said(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    await mod.send({"type": "member.ban", "user_id": room.bob.pk})
    await mod.recv_type("done")
    closing = await bob.recv_type("closing")
    assert closing["code"] == 4410 and closing["reason"] == "" and closing["until"] is None
    assert "can still use Kindred" in closing["detail"]
    answer = await sync_to_async(_admission)(room.bob, room.occurrence)
    assert (answer["reason"], answer["until"], answer["detail"]) == ("", None, closing["detail"])
