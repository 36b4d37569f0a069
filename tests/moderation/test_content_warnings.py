"""A content warning is read before the share itself, so the automatic rules and the
crisis check screen it together with the body, through chat's message_post."""

import pytest

from chat.models import Message
from chat.posting import message_post
from kindred.errors import NotAllowed
from moderation.models import CrisisAlert, ReviewItem, Rule

pytestmark = pytest.mark.django_db


def post(room, body, warning, client_id):
    return message_post(
        occurrence=room.occurrence,
        author=room.member,
        body=body,
        client_id=client_id,
        content_warning=warning,
    )


def test_blocked_word_in_the_content_warning_is_refused_like_in_the_body(room):
    Rule.objects.create(group=room.group, pattern="loser", action="block")
    with pytest.raises(NotAllowed) as refused:
        post(room, "A hard week at home.", "my brother is a loser", "cw-block-0001")
    assert refused.value.code == "blocked"
    assert "loser" in refused.value.detail
    assert not Message.objects.exists()
    # The same words elsewhere pass: the warning alone decided.
    message, created = post(room, "A hard week at home.", "family", "cw-block-0002")
    assert created and message.status == Message.Status.VISIBLE


def test_held_phrase_in_the_content_warning_holds_the_share(room, events):
    Rule.objects.create(group=room.group, pattern="buy now", action="hold")
    message, _ = post(room, "An ordinary share.", "buy now", "cw-hold-0001")
    assert message.status == Message.Status.HELD
    assert ReviewItem.objects.get(message=message).held


def test_crisis_language_in_the_content_warning_sends_resources(
    room, events, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message, _ = post(room, "I don't know how to say this.", "I want to die", "cw-crisis-01")
    alert = CrisisAlert.objects.get()
    assert alert.message == message
    notices = [e for g, e in events if g == f"user.{room.member.pk}" and e.get("kind") == "crisis"]
    assert len(notices) == 1 and "988" in notices[0]["html"]
    assert {e.get("kind") for g, e in events if g == f"user.{room.moderator.pk}"} >= {
        "crisis_alert"
    }


def test_crisis_language_in_a_blocked_warning_is_held_never_dropped(room, events):
    Rule.objects.create(group=room.group, pattern="die", action="block")
    message, _ = post(room, "Tonight was long.", "I want to die", "cw-crisis-02")
    assert message.status == Message.Status.HELD
    assert CrisisAlert.objects.filter(message=message).exists()
