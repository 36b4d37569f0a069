"""Retention purges on time with the real task code; export and account deletion."""

import io
import json
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from chat.models import Message
from kindred.errors import Conflict
from meetings.models import Rsvp
from moderation import review, screened
from moderation.models import CrisisAlert, Flag
from moderation.privacy import account_delete, account_export
from moderation.tasks import purge_chat

pytestmark = pytest.mark.django_db


@pytest.fixture
def ended(room, occurrence_factory):
    """A meeting of the room's group that ended two hours ago."""
    return occurrence_factory(room.group, started_minutes_ago=180, minutes=60)


def test_purge_task_clears_text_when_retention_passes(room, ended, message_factory):
    room.group.chat_retention_hours = 1
    room.group.save()
    message = message_factory(ended, room.member, body="I want to die", content_warning="heavy")
    review.message_flag(actor=room.reader, message=message, reason="harmful", note="quoted")
    screened.crisis_alert_create(message=message)
    live = message_factory(room.occurrence, room.member, body="still live")
    assert purge_chat.call() == 1
    message.refresh_from_db()
    assert (message.body, message.body_html, message.content_warning) == ("", "", "")
    assert message.purged_at is not None
    assert message.author == room.member  # the row stays, for history and the audit
    assert CrisisAlert.objects.get().excerpt == ""
    assert Flag.objects.get().note == ""
    assert Flag.objects.get().reason == "harmful"
    live.refresh_from_db()
    assert live.body == "still live"


def test_purge_waits_for_retention(room, ended, message_factory):
    room.group.chat_retention_hours = 24
    room.group.save()
    message = message_factory(ended, room.member, body="keep me")
    assert purge_chat.call() == 0
    message.refresh_from_db()
    assert message.body == "keep me"


def test_zero_retention_purges_when_meeting_ends(room, occurrence_factory, message_factory):
    room.group.chat_retention_hours = 0
    room.group.save()
    # Ended 20 minutes ago, past the 15-minute grace.
    just_ended = occurrence_factory(room.group, started_minutes_ago=80, minutes=60)
    message = message_factory(just_ended, room.member, body="gone soon")
    out = io.StringIO()
    call_command("purge_chat", stdout=out)
    assert out.getvalue().splitlines()[0] == "Purged 1 message(s)."
    message.refresh_from_db()
    assert message.body == ""


def test_purge_task_renews_itself_once(room):
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(task_path="moderation.tasks.purge_chat").delete()
    purge_chat.call()
    purge_chat.call()
    queued = DBTaskResult.objects.filter(task_path="moderation.tasks.purge_chat", status="READY")
    assert queued.count() == 1
    assert queued.get().run_after > timezone.now() + timedelta(minutes=1)


def test_export_holds_everything_about_me_and_nothing_about_others(client, room, message_factory):
    mine = message_factory(room.occurrence, room.member, body="my share")
    theirs = message_factory(room.occurrence, room.member2, body="their share")
    review.message_flag(actor=room.member, message=theirs, reason="spam", note="my note")
    review.message_flag(actor=room.member2, message=mine, reason="harmful")
    Rsvp.objects.create(occurrence=room.occurrence, user=room.member, answer="going")
    client.force_login(room.member)
    response = client.get(reverse("moderation:export"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["profile"]["email"] == room.member.email
    assert [m["body"] for m in data["messages"]] == ["my share"]
    assert [m["group"] for m in data["memberships"]] == [room.group.name]
    assert data["rsvps"][0]["answer"] == "going"
    assert [f["note"] for f in data["flags_made"]] == ["my note"]
    text = response.content.decode()
    for other in (room.member2, room.owner, room.moderator):
        assert other.email not in text
        assert other.display_name not in text
    assert "their share" not in text
    assert "password" not in text


def test_export_needs_login(client):
    assert client.get(reverse("moderation:export")).status_code == 302


def test_account_delete_erases_message_text_at_once(
    room, message_factory, events, django_capture_on_commit_callbacks, client, password
):
    message = message_factory(room.occurrence, room.member, body="my share")
    member_id = room.member.pk
    client.force_login(room.member)
    assert Session.objects.count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=room.member)
    assert not User.objects.filter(pk=member_id).exists()
    message.refresh_from_db()
    assert message.author is None
    assert (message.body, message.status) == ("", Message.Status.ERASED)
    assert Session.objects.count() == 0
    assert (
        f"user.{member_id}",
        {
            "type": "user.kick",
            "occurrence_id": None,
            "group_id": None,
            "code": 4401,
            "reason": "Your account was deleted.",
            "until": None,
        },
    ) in events


def test_owner_of_a_group_with_people_cannot_delete_account(room):
    with pytest.raises(Conflict) as err:
        account_delete(user=room.owner)
    assert err.value.code == "owns_groups"
    assert User.objects.filter(pk=room.owner.pk).exists()


def test_account_delete_view_needs_password(client, room, password):
    client.force_login(room.member)
    response = client.post(
        reverse("moderation:account_delete"), {"password": "wrong", "confirm": "on"}
    )
    assert response.status_code == 400
    assert User.objects.filter(pk=room.member.pk).exists()
    assert client.get(reverse("moderation:account_delete")).status_code == 200
    response = client.post(
        reverse("moderation:account_delete"), {"password": password, "confirm": "on"}
    )
    assert response.status_code == 302
    assert not User.objects.filter(pk=room.member.pk).exists()


def test_export_is_data_only(room):
    data = account_export(user=room.reader)
    assert set(data) >= {
        "profile",
        "memberships",
        "rsvps",
        "messages",
        "flags_made",
        "join_requests",
    }
    assert Message.objects.count() == 0


def test_sole_owner_deletes_account_and_their_empty_group(group_factory, user_factory):
    from groups.models import Group

    owner = user_factory()
    group = group_factory(owner=owner)
    owner_id = owner.pk
    account_delete(user=owner)
    assert not Group.objects.filter(pk=group.pk).exists()
    assert not User.objects.filter(pk=owner_id).exists()
