"""Crisis care: the alert names the person and the message, stays until acknowledged and is
counted in the navigation; check-ins between a group's moderators and one person."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError
from moderation import actions, checkins, review, screened
from moderation.context_processors import ModerationNav
from moderation.models import AuditAction, AuditEntry, CheckIn, CheckInMessage
from moderation.privacy import account_export
from moderation.retention import chat_purge_due

pytestmark = pytest.mark.django_db


@pytest.fixture
def alert(room, message_factory):
    message = message_factory(room.occurrence, room.member, body="I want to die tonight")
    return screened.crisis_alert_create(message=message)


def audited(action) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(action=action))


# --- the alert


def test_alert_notice_names_the_person_and_the_message(
    room, message_factory, events, django_capture_on_commit_callbacks
):
    message = message_factory(room.occurrence, room.member, body="I want to die")
    with django_capture_on_commit_callbacks(execute=True):
        screened.crisis_alert_create(message=message)
    notices = [e for _, e in events if e.get("kind") == "crisis_alert"]
    assert notices
    assert {n["author"] for n in notices} == {"Member"}
    assert {n["seq"] for n in notices} == {message.seq}
    assert "Member's message (#" in notices[0]["detail"]
    assert notices[0]["url"] == reverse("moderation:alerts", args=[room.group.slug])


def test_alerts_page_names_the_person_links_the_message_and_offers_a_check_in(client, room, alert):
    client.force_login(room.moderator)
    html = client.get(reverse("moderation:alerts", args=[room.group.slug])).content.decode()
    assert "Member" in html
    room_url = reverse("chat:room", args=[room.occurrence.pk])
    assert f"{room_url}#share-{alert.message.seq}" in html
    assert reverse("moderation:check_in_from_alert", args=[room.group.slug, alert.pk]) in html
    assert reverse("moderation:check_ins") in html


def test_nav_counts_open_alerts_in_the_same_one_query(room, alert):
    nav = ModerationNav(room.moderator)
    with CaptureQueriesContext(connection) as queries:
        assert nav.moderates is True
        assert nav.alert_count == 1
        assert nav.check_ins_waiting == 0
    assert len(queries) == 1
    review.crisis_alert_acknowledge(actor=room.moderator, alert=alert)
    assert ModerationNav(room.moderator).alert_count == 0
    assert ModerationNav(room.member).alert_count == 0


def test_moderation_menu_shows_open_alert_count_until_acknowledged(client, room, alert):
    client.force_login(room.moderator)
    html = client.get(reverse("home")).content.decode()
    assert '1<span class="visually-hidden"> open crisis alert</span>' in html
    review.crisis_alert_acknowledge(actor=room.moderator, alert=alert)
    html = client.get(reverse("home")).content.decode()
    assert "open crisis alert" not in html


# --- starting a check-in


def test_moderator_starts_check_in_from_alert_audited(room, alert):
    check_in = checkins.check_in_start(actor=room.moderator, alert=alert, body=" How are you? ")
    assert (check_in.person, check_in.group, check_in.alert) == (room.member, room.group, alert)
    assert [m.body for m in check_in.messages.all()] == ["How are you?"]
    [entry] = audited(AuditAction.CHECK_IN_START)
    assert (entry.actor, entry.target_user) == (room.moderator, room.member)
    assert entry.group == room.group
    # The audit records who and when, never the private text.
    assert entry.reason == ""
    assert ModerationNav(room.member).check_ins_waiting == 1


def test_person_is_told_in_the_room_without_the_text(
    room, alert, events, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        check_in = checkins.check_in_start(actor=room.moderator, alert=alert, body="Secret words")
    [notice] = [e for g, e in events if g == f"user.{room.member.pk}"]
    assert (notice["kind"], notice["group_id"]) == ("check_in", room.group.pk)
    assert check_in.get_absolute_url() in notice["html"]
    assert "Secret words" not in str(notice)
    events.clear()
    with django_capture_on_commit_callbacks(execute=True):
        checkins.check_in_reply(actor=room.member, check_in=check_in, body="Answer")
    assert not [e for g, e in events if g == f"user.{room.member.pk}"]


def test_moderator_starts_check_in_from_a_moderation_action(room):
    actions.member_mute(actor=room.moderator, occurrence=room.occurrence, user=room.member)
    action = AuditEntry.objects.get(action=AuditAction.MEMBER_MUTE)
    check_in = checkins.check_in_start(actor=room.owner, action=action, body="About the mute")
    assert (check_in.person, check_in.action) == (room.member, action)


def test_check_in_is_not_about_a_check_in_or_a_room_change(room, alert):
    checkins.check_in_start(actor=room.moderator, alert=alert, body="Hi")
    checkins.check_in_close(actor=room.moderator, check_in=CheckIn.objects.get())
    started = AuditEntry.objects.get(action=AuditAction.CHECK_IN_START)
    with pytest.raises(ServiceError) as refused:
        checkins.check_in_start(actor=room.moderator, action=started, body="Hi")
    assert refused.value.code == "no_subject"
    assert CheckIn.objects.count() == 1


@pytest.mark.parametrize("who", ["member2", "chair", "reader"])
def test_members_never_start_a_check_in(room, alert, who):
    with pytest.raises(NotAllowed):
        checkins.check_in_start(actor=getattr(room, who), alert=alert, body="Hi")
    assert not CheckIn.objects.exists()
    assert not audited(AuditAction.CHECK_IN_START)


def test_outsider_cannot_start_a_check_in_and_learns_nothing(room, alert):
    with pytest.raises(NotFound):
        checkins.check_in_start(actor=room.outsider, alert=alert, body="Hi")
    assert not CheckIn.objects.exists()


def test_check_in_needs_an_alert_or_an_action(room):
    with pytest.raises(ServiceError) as refused:
        checkins.check_in_start(actor=room.moderator, body="Hi")
    assert refused.value.code == "no_subject"


@pytest.mark.parametrize(
    ("body", "code"), [("", "empty"), ("   \n ", "empty"), ("x" * 2001, "too_long")]
)
def test_bad_first_message_is_refused_and_changes_nothing(room, alert, body, code):
    with pytest.raises(ServiceError) as refused:
        checkins.check_in_start(actor=room.moderator, alert=alert, body=body)
    assert (refused.value.code, refused.value.field) == (code, "body")
    assert not CheckIn.objects.exists()
    assert not audited(AuditAction.CHECK_IN_START)


def test_one_open_check_in_per_person(room, alert):
    checkins.check_in_start(actor=room.moderator, alert=alert, body="Hi")
    with pytest.raises(Conflict) as refused:
        checkins.check_in_start(actor=room.moderator2, alert=alert, body="Hi again")
    assert refused.value.code == "check_in_open"
    assert CheckIn.objects.count() == 1


# --- answering, seeing and closing


@pytest.fixture
def check_in(room, alert):
    return checkins.check_in_start(actor=room.moderator, alert=alert, body="How are you doing?")


def test_person_answers_and_another_moderator_replies(room, check_in):
    checkins.check_in_reply(actor=room.member, check_in=check_in, body="Thank you, better now")
    check_in.refresh_from_db()
    assert check_in.waiting == CheckIn.Waiting.MODERATORS
    assert ModerationNav(room.member).check_ins_waiting == 0
    checkins.check_in_reply(actor=room.moderator2, check_in=check_in, body="Glad to hear")
    check_in.refresh_from_db()
    assert check_in.waiting == CheckIn.Waiting.PERSON
    assert [m.author for m in check_in.messages.all()] == [
        room.moderator,
        room.member,
        room.moderator2,
    ]
    assert len(audited(AuditAction.CHECK_IN_MESSAGE)) == 2


@pytest.mark.parametrize("who", ["member2", "chair", "reader", "outsider"])
def test_nobody_else_sees_or_writes_in_a_check_in(room, check_in, who):
    person = getattr(room, who)
    with pytest.raises(NotFound):
        checkins.check_in_get_for_user(user=person, pk=check_in.pk)
    with pytest.raises(NotFound):
        checkins.check_in_reply(actor=person, check_in=check_in, body="Hello")
    assert check_in.messages.count() == 1
    assert check_in not in checkins.check_ins_for_user(user=person)


def test_person_and_moderators_list_the_check_in(room, check_in):
    for who in (room.member, room.moderator, room.moderator2, room.owner):
        assert list(checkins.check_ins_for_user(user=who)) == [check_in]


def test_check_in_list_page_open_ones_first(client, room, check_in, message_factory):
    checkins.check_in_close(actor=room.moderator, check_in=check_in)
    other = message_factory(room.occurrence, room.member2, body="I want to end it all")
    second = checkins.check_in_start(
        actor=room.owner, alert=screened.crisis_alert_create(message=other), body="Hello"
    )
    client.force_login(room.moderator2)
    html = client.get(reverse("moderation:check_ins")).content.decode()
    assert html.index(second.get_absolute_url()) < html.index(check_in.get_absolute_url())
    client.force_login(room.member2)
    html = client.get(reverse("moderation:check_ins")).content.decode()
    assert second.get_absolute_url() in html
    assert check_in.get_absolute_url() not in html


@pytest.mark.parametrize(("body", "code"), [("", "empty"), ("y" * 2001, "too_long")])
def test_bad_answer_is_refused_and_changes_nothing(room, check_in, body, code):
    with pytest.raises(ServiceError) as refused:
        checkins.check_in_reply(actor=room.member, check_in=check_in, body=body)
    assert refused.value.code == code
    assert check_in.messages.count() == 1
    assert not audited(AuditAction.CHECK_IN_MESSAGE)


def test_only_moderators_close_and_a_closed_check_in_takes_no_more(room, check_in):
    with pytest.raises(NotAllowed):
        checkins.check_in_close(actor=room.member, check_in=check_in)
    checkins.check_in_close(actor=room.moderator2, check_in=check_in)
    [entry] = audited(AuditAction.CHECK_IN_CLOSE)
    assert (entry.actor, entry.target_user) == (room.moderator2, room.member)
    with pytest.raises(Conflict) as refused:
        checkins.check_in_reply(actor=room.member, check_in=check_in, body="One more thing")
    assert refused.value.code == "check_in_closed"
    with pytest.raises(Conflict):
        checkins.check_in_close(actor=room.moderator, check_in=check_in)
    assert check_in.messages.count() == 1


# --- retention and export


def test_check_in_text_purged_with_the_groups_chat_retention(room, check_in):
    room.group.chat_retention_hours = 24
    room.group.save()
    checkins.check_in_reply(actor=room.member, check_in=check_in, body="Thanks")
    chat_purge_due(now=timezone.now() + dt.timedelta(days=30))
    assert CheckInMessage.objects.exclude(body="").count() == 2  # open: kept
    checkins.check_in_close(actor=room.moderator, check_in=check_in)
    closed = CheckIn.objects.get(pk=check_in.pk).closed_at
    chat_purge_due(now=closed + dt.timedelta(hours=23))
    assert CheckInMessage.objects.exclude(body="").count() == 2
    chat_purge_due(now=closed + dt.timedelta(hours=24, minutes=1))
    assert CheckInMessage.objects.exclude(body="").count() == 0
    assert CheckIn.objects.get(pk=check_in.pk).purged_at is not None
    # The audit outlives the text.
    assert len(audited(AuditAction.CHECK_IN_START)) == 1


def test_check_in_in_the_persons_data_export(room, check_in):
    checkins.check_in_reply(actor=room.member, check_in=check_in, body="My answer")
    [exported] = account_export(user=room.member)["check_ins"]
    assert [(m["from"], m["body"]) for m in exported["messages"]] == [
        ("a moderator", "How are you doing?"),
        ("you", "My answer"),
    ]
    assert account_export(user=room.member2)["check_ins"] == []


# --- pages


def test_start_page_sends_check_in_and_redirects_to_it(client, room, alert):
    client.force_login(room.moderator)
    url = reverse("moderation:check_in_from_alert", args=[room.group.slug, alert.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"body": "Checking in gently"})
    check_in = CheckIn.objects.get()
    assert response.status_code == 302
    assert response["Location"] == check_in.get_absolute_url()
    # Coming back to the alert leads to the open check-in, never a second one.
    assert client.get(url)["Location"] == check_in.get_absolute_url()


def test_start_page_refuses_empty_message_on_the_field(client, room, alert):
    client.force_login(room.moderator)
    url = reverse("moderation:check_in_from_alert", args=[room.group.slug, alert.pk])
    response = client.post(url, {"body": "  "})
    assert response.status_code == 400
    assert "Write a message first." in response.content.decode()
    assert not CheckIn.objects.exists()


@pytest.mark.parametrize("who", ["member", "member2", "outsider"])
def test_start_page_is_hidden_from_non_moderators(client, room, alert, who):
    client.force_login(getattr(room, who))
    url = reverse("moderation:check_in_from_alert", args=[room.group.slug, alert.pk])
    assert client.post(url, {"body": "Hi"}).status_code == 404
    assert not CheckIn.objects.exists()


def test_start_from_audit_entry_page(client, room):
    actions.member_mute(actor=room.moderator, occurrence=room.occurrence, user=room.member)
    action = AuditEntry.objects.get(action=AuditAction.MEMBER_MUTE)
    client.force_login(room.moderator)
    audit_html = client.get(reverse("moderation:audit", args=[room.group.slug])).content.decode()
    url = reverse("moderation:check_in_from_action", args=[room.group.slug, action.pk])
    assert url in audit_html
    assert client.post(url, {"body": "About the mute"}).status_code == 302
    assert CheckIn.objects.get().action == action


def test_person_sees_header_link_reads_and_answers(client, room, check_in):
    client.force_login(room.member)
    home = client.get(reverse("home")).content.decode()
    assert reverse("moderation:check_ins") in home
    assert "waiting for your answer" in home
    page = client.get(check_in.get_absolute_url()).content.decode()
    assert "How are you doing?" in page
    assert "Close the check-in" not in page
    reply = reverse("moderation:check_in_reply", args=[check_in.pk])
    assert client.post(reply, {"body": "Doing a bit better"}).status_code == 302
    assert "waiting for your answer" not in client.get(reverse("home")).content.decode()


def test_reply_page_shows_clear_error_for_too_long(client, room, check_in):
    client.force_login(room.member)
    reply = reverse("moderation:check_in_reply", args=[check_in.pk])
    response = client.post(reply, {"body": "z" * 2001})
    assert response.status_code == 400
    assert "Keep the message under 2000 characters." in response.content.decode()
    assert check_in.messages.count() == 1


def test_closed_check_in_refuses_answer_page(client, room, check_in):
    checkins.check_in_close(actor=room.moderator, check_in=check_in)
    client.force_login(room.member)
    reply = reverse("moderation:check_in_reply", args=[check_in.pk])
    response = client.post(reply, {"body": "Late answer"})
    assert response.status_code == 409
    assert check_in.messages.count() == 1


@pytest.mark.parametrize("who", ["member2", "reader", "outsider"])
def test_someone_elses_check_in_is_404(client, room, check_in, who):
    client.force_login(getattr(room, who))
    assert client.get(check_in.get_absolute_url()).status_code == 404
    reply = reverse("moderation:check_in_reply", args=[check_in.pk])
    assert client.post(reply, {"body": "Hi"}).status_code == 404
    close = reverse("moderation:check_in_close", args=[check_in.pk])
    assert client.post(close).status_code == 404
    assert CheckIn.objects.get().is_open
