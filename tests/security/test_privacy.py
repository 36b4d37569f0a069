"""Privacy: the export holds everything about a person and nothing about anyone else;
deletion removes them from the database, the sessions and Redis (cache keys and their
channel-layer group); no page shows one member's email to another; retention purges on
time; people's pages are noindex."""

import datetime as dt
import json

import pytest
import redis
from asgiref.sync import sync_to_async
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from chat import posting, reactions
from chat.models import Message
from groups.models import Role

pytestmark = pytest.mark.django_db(transaction=True)


def _post(room, author, body, n):
    message, _ = posting.message_post(
        occurrence=room.occurrence, author=author, body=body, client_id=f"priv-{n:06d}"
    )
    return message


@pytest.fixture
def lived_in(room):
    """Alice and Bob have each said, reacted, flagged and been moderated."""
    from moderation import actions, review

    room.alice_msg = _post(room, room.alice, "Alice's own words", 1)
    room.bob_msg = _post(room, room.bob, "Bob's private share", 2)
    reactions.reaction_toggle(
        occurrence=room.occurrence, user=room.alice, seq=room.bob_msg.seq, kind="heart"
    )
    reactions.reaction_toggle(
        occurrence=room.occurrence, user=room.bob, seq=room.alice_msg.seq, kind="heart"
    )
    review.message_flag(actor=room.alice, message=room.bob_msg, reason="other", note="Alice's note")
    review.message_flag(actor=room.bob, message=room.alice_msg, reason="spam", note="Bob's")
    actions.member_mute(
        actor=room.moderator,
        occurrence=room.occurrence,
        user=room.alice,
        minutes=5,
        reason="calm down",
    )
    return room


def test_the_export_holds_everything_about_the_person_and_nothing_about_others(lived_in):
    r = lived_in
    client = Client()
    client.force_login(r.alice)
    response = client.get(reverse("moderation:export"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    data = json.loads(response.content)
    text = json.dumps(data)
    # Everything about Alice.
    assert data["profile"]["email"] == r.alice.email
    assert [m["body"] for m in data["messages"]] == ["Alice's own words"]
    assert [x["kind"] for x in data["reactions"]] == ["heart"]
    assert [f["note"] for f in data["flags_made"]] == ["Alice's note"]
    assert [m["reason"] for m in data["mutes"]] == ["calm down"]
    assert {m["role"] for m in data["memberships"]} == {Role.MEMBER}
    # Nothing about anyone else: not their words, notes, names or addresses, nor who
    # flagged Alice.
    for other in (r.bob, r.owner, r.moderator, r.reader):
        assert other.email not in text
        assert other.display_name not in text
    assert "Bob's private share" not in text
    assert "Bob's" not in text


def test_the_export_is_only_ever_ones_own(lived_in):
    client = Client()
    assert client.get(reverse("moderation:export")).status_code == 302  # signed out


def _redis_keys_naming(user_id: int) -> list[bytes]:
    client = redis.Redis.from_url(django_settings.REDIS_URL)
    try:
        return [
            key
            for key in client.scan_iter(count=1000)
            if key.endswith(f":{user_id}".encode())
            or f":{user_id}:".encode() in key
            or key.endswith(f"user.{user_id}".encode())
        ]
    finally:
        client.close()


async def test_deletion_removes_the_person_from_database_sessions_and_redis(
    lived_in, connect, settings
):
    from moderation.privacy import account_delete

    r = lived_in
    settings.KINDRED_WS_FRAMES_PER_WINDOW = 2
    socket = await connect(r.alice, r.occurrence)
    for _ in range(3):  # leaves a flood counter and a cool-down behind
        await socket.send({"type": "hand.lower"})
    await socket.drain(timeout=0.5)
    client = Client()
    await sync_to_async(client.force_login)(r.alice)
    # Someone else in the room, to show only Alice's keys go.
    bob = await connect(r.bob, r.occurrence)
    await bob.send({"type": "hand.lower"})
    await bob.drain(timeout=0.3)
    alice_id = r.alice.pk
    assert _redis_keys_naming(alice_id)  # the check can see them

    await sync_to_async(account_delete)(user=r.alice)

    while (await socket.c.receive_output(timeout=5))["type"] != "websocket.close":
        pass
    from accounts.models import User

    assert not await sync_to_async(User.objects.filter(pk=alice_id).exists)()
    sessions = await sync_to_async(list)(Session.objects.all())
    assert all(str(s.get_decoded().get("_auth_user_id")) != str(alice_id) for s in sessions)
    assert _redis_keys_naming(alice_id) == []
    assert _redis_keys_naming(r.bob.pk)  # Bob's are untouched
    # Alice's message stays in its place, its text erased at once; Bob's is untouched, and
    # Bob's room shows hers as removed at her request.
    history = await sync_to_async(list)(
        Message.objects.filter(occurrence=r.occurrence)
        .order_by("seq")
        .values_list("author_id", "body", "status")
    )
    assert history[0] == (None, "", Message.Status.ERASED)
    assert history[1][1] == "Bob's private share"
    updated = await bob.recv_until(
        "message.updated", lambda f: f["message"]["seq"] == r.alice_msg.seq
    )
    assert updated["message"]["status"] == "erased"
    assert updated["message"]["author"] == "a former member"
    assert updated["message"]["body_html"] == ""


def test_no_page_shows_one_members_email_to_another(lived_in):
    """Crawl the main pages as Bob (and as the group's moderator and owner): no address
    but their own ever appears."""
    r = lived_in
    everyone = [r.alice, r.bob, r.owner, r.moderator, r.reader]
    for viewer in (r.bob, r.moderator, r.owner, r.reader):
        client = Client()
        client.force_login(viewer)
        pages = [
            reverse("home"),
            reverse("groups:directory"),
            reverse("groups:detail", args=[r.group.slug]),
            reverse("groups:members", args=[r.group.slug]),
            reverse("meetings:mine"),
            reverse("meetings:group_schedule", args=[r.group.slug]),
            reverse("meetings:occurrence", args=[r.occurrence.pk]),
            reverse("library:index", args=[r.group.slug]),
            reverse("library:readings", args=[r.occurrence.pk]),
            reverse("moderation:home"),
            reverse("moderation:queue", args=[r.group.slug]),
            reverse("moderation:members", args=[r.group.slug]),
            reverse("moderation:audit", args=[r.group.slug]),
            reverse("moderation:alerts", args=[r.group.slug]),
            reverse("accounts:profile"),
        ]
        for path in pages:
            response = client.get(path, follow=True)
            html = response.content.decode()
            for person in everyone:
                if person != viewer:
                    assert person.email not in html, (viewer.display_name, path, person.email)


def test_retention_purges_message_text_on_time(room):
    """24 hours after the meeting ends (the default) the text goes; not a minute before."""
    from moderation.retention import chat_purge_due, purge_due_at

    message = _post(room, room.alice, "Said in the room", 7)
    room.occurrence.end = timezone.now() - dt.timedelta(minutes=1)
    room.occurrence.save(update_fields=["end"])
    due = purge_due_at(room.occurrence)
    chat_purge_due(now=due - dt.timedelta(minutes=1))
    message.refresh_from_db()
    assert message.body == "Said in the room" and message.purged_at is None
    chat_purge_due(now=due + dt.timedelta(minutes=1))
    message.refresh_from_db()
    assert message.purged_at is not None
    assert "Said in the room" not in (message.body + message.body_html)


def test_peoples_pages_say_noindex(room):
    client = Client()
    client.force_login(room.owner)
    for path in (
        reverse("groups:detail", args=[room.group.slug]),
        reverse("groups:members", args=[room.group.slug]),
        reverse("meetings:occurrence", args=[room.occurrence.pk]),
        reverse("library:readings", args=[room.occurrence.pk]),
        reverse("accounts:profile"),
        reverse("meetings:mine"),
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers.get("X-Robots-Tag") == "noindex", path
        assert '<meta name="robots" content="noindex">' in response.content.decode(), path
