"""The moderator dashboard over HTTP: who may see and do what, POST only, audited once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chat.models import Message
from groups.models import Ban
from moderation import actions, review, screened
from moderation.context_processors import ModerationNav
from moderation.models import AuditAction, AuditEntry, Mute, Rule

pytestmark = pytest.mark.django_db

PAGES = ["queue", "members", "audit", "rules", "retention", "alerts"]


def url(name, room, **kwargs):
    return reverse(f"moderation:{name}", kwargs={"slug": room.group.slug, **kwargs})


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize(
    ("role", "status"),
    [("owner", 200), ("moderator", 200), ("chair", 403), ("member", 403), ("reader", 403)],
)
def test_dashboard_pages_for_each_role(client, room, page, role, status):
    client.force_login(getattr(room, role))
    assert client.get(url(page, room)).status_code == status


def test_dashboard_asks_anonymous_to_log_in(client, room):
    response = client.get(url("queue", room))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_private_group_dashboard_is_404_for_outsiders(client, group_factory, user_factory):
    group = group_factory(visibility="private")
    client.force_login(user_factory())
    response = client.get(reverse("moderation:queue", kwargs={"slug": group.slug}))
    assert response.status_code == 404


def test_queue_shows_items_oldest_first_without_reporters(client, room, message_factory):
    first = message_factory(room.occurrence, room.member, body="first text")
    second = message_factory(room.occurrence, room.member2, body="second text")
    review.message_flag(actor=room.reader, message=second, reason="spam")
    review.message_flag(actor=room.reader, message=first, reason="harmful")
    client.force_login(room.moderator)
    html = client.get(url("queue", room)).content.decode()
    assert html.index("second text") < html.index("first text")
    assert "Reader" not in html
    assert "Spam" in html


def test_resolve_over_http_delete_and_mute(client, room, message_factory):
    message = message_factory(room.occurrence, room.member)
    item = review.message_flag(actor=room.reader, message=message, reason="harmful").item
    client.force_login(room.moderator)
    response = client.post(
        url("resolve", room, pk=item.pk),
        {"decision": "delete_and_mute", "mute_minutes": "20", "note": "hurtful"},
    )
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.status == Message.Status.REMOVED
    assert Mute.objects.get().user == room.member
    assert sorted(AuditEntry.objects.values_list("action", flat=True)) == sorted(
        [AuditAction.MESSAGE_REMOVE, AuditAction.MEMBER_MUTE]
    )


def test_resolve_is_post_only_and_refused_for_members(client, room, message_factory):
    message = message_factory(room.occurrence, room.member)
    item = review.message_flag(actor=room.reader, message=message, reason="harmful").item
    client.force_login(room.moderator)
    assert client.get(url("resolve", room, pk=item.pk)).status_code == 405
    client.force_login(room.member2)
    assert client.post(url("resolve", room, pk=item.pk), {"decision": "delete"}).status_code == 403
    assert not AuditEntry.objects.exists()


def test_bad_resolve_input_changes_nothing(client, room, message_factory):
    message = message_factory(room.occurrence, room.member)
    item = review.message_flag(actor=room.reader, message=message, reason="harmful").item
    client.force_login(room.moderator)
    response = client.post(
        url("resolve", room, pk=item.pk), {"decision": "delete_and_mute", "mute_minutes": "-3"}
    )
    assert response.status_code == 400
    message.refresh_from_db()
    assert message.status == Message.Status.VISIBLE
    assert not AuditEntry.objects.exists()


def test_ban_and_lift_from_dashboard(client, room):
    client.force_login(room.moderator)
    response = client.post(
        url("ban", room), {"user_id": room.member.pk, "reason": "abuse", "days": "3"}
    )
    assert response.status_code == 302
    ban = Ban.objects.active().get()
    assert ban.user == room.member
    page = client.get(url("members", room)).content.decode()
    assert "abuse" in page and "left" in page
    assert client.post(url("ban_lift", room, user_id=room.member.pk)).status_code == 302
    assert not Ban.objects.active().exists()
    assert list(AuditEntry.objects.order_by("pk").values_list("action", flat=True)) == [
        AuditAction.MEMBER_BAN,
        AuditAction.BAN_LIFT,
    ]


@pytest.mark.parametrize(
    ("actor", "target", "status"),
    [("moderator", "owner", 403), ("moderator", "moderator2", 403), ("member", "member2", 403)],
)
def test_ban_refusals_over_http(client, room, actor, target, status):
    client.force_login(getattr(room, actor))
    response = client.post(url("ban", room), {"user_id": getattr(room, target).pk, "reason": "x"})
    assert response.status_code == status
    assert not Ban.objects.exists()
    assert not AuditEntry.objects.exists()


def test_ban_of_outsider_is_404_and_not_audited(client, room):
    client.force_login(room.moderator)
    response = client.post(url("ban", room), {"user_id": room.outsider.pk, "reason": "x"})
    assert response.status_code == 404
    assert not AuditEntry.objects.exists()


def test_mute_and_unmute_from_dashboard(client, room):
    client.force_login(room.moderator)
    assert (
        client.post(url("mute", room), {"user_id": room.member.pk, "minutes": "15"}).status_code
        == 302
    )
    assert Mute.objects.active().get().occurrence is None
    assert client.post(url("unmute", room, user_id=room.member.pk)).status_code == 302
    assert not Mute.objects.active().exists()
    response = client.post(url("mute", room), {"user_id": room.member.pk, "minutes": "0"})
    assert response.status_code == 400
    assert AuditEntry.objects.count() == 2


def test_rules_page_creates_and_refuses_absurd_patterns(client, room):
    client.force_login(room.moderator)
    response = client.post(url("rules", room), {"pattern": "!!", "kind": "word", "action": "hold"})
    assert response.status_code == 400
    assert "punctuation" in response.content.decode()
    assert not Rule.objects.filter(group__isnull=False).exists()
    response = client.post(
        url("rules", room), {"pattern": "spam", "kind": "word", "action": "hold"}
    )
    assert response.status_code == 302
    rule = Rule.objects.get(group__isnull=False)
    assert client.post(url("rule_toggle", room, pk=rule.pk)).status_code == 302
    rule.refresh_from_db()
    assert rule.enabled is False
    assert AuditEntry.objects.count() == 2


def test_retention_setting(client, room):
    client.force_login(room.moderator)
    assert client.post(url("retention", room), {"hours": "0"}).status_code == 302
    room.group.refresh_from_db()
    assert room.group.chat_retention_hours == 0
    assert client.post(url("retention", room), {"hours": "-1"}).status_code == 400
    assert AuditEntry.objects.count() == 1


def test_alerts_acknowledge(client, room, message_factory):
    alert = screened.crisis_alert_create(
        message=message_factory(room.occurrence, room.member, body="I want to die")
    )
    client.force_login(room.owner)
    assert "I want to die" in client.get(url("alerts", room)).content.decode()
    assert client.post(url("alert_acknowledge", room, pk=alert.pk)).status_code == 302
    alert.refresh_from_db()
    assert alert.acknowledged_by == room.owner


def test_audit_log_lists_each_action_once(client, room, message_factory):
    actions.message_remove(
        actor=room.moderator, message=message_factory(room.occurrence, room.member)
    )
    actions.member_mute(actor=room.chair, occurrence=room.occurrence, user=room.member, minutes=5)
    client.force_login(room.owner)
    html = client.get(url("audit", room)).content.decode()
    assert html.count("Deleted a message") == 1
    assert html.count("Muted") == 1


def test_nav_review_count_is_one_query(room, message_factory):
    review.message_flag(
        actor=room.reader, message=message_factory(room.occurrence, room.member), reason="spam"
    )
    nav = ModerationNav(room.moderator)
    with CaptureQueriesContext(connection) as queries:
        assert nav.moderates is True
        assert nav.review_count == 1
    assert len(queries) == 1
    assert ModerationNav(room.member).moderates is False


def test_nav_shows_review_count_to_moderators(client, room, message_factory):
    review.message_flag(
        actor=room.reader, message=message_factory(room.occurrence, room.member), reason="spam"
    )
    client.force_login(room.moderator)
    html = client.get(reverse("moderation:home")).content.decode()
    assert '1<span class="visually-hidden"> waiting for review' in html
    client.force_login(room.member)
    assert "waiting for review" not in client.get(reverse("moderation:home")).content.decode()
