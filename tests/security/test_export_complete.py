"""The data export is complete: every model that points at the user model (a foreign key,
one-to-one or many-to-many, found through Django's app registry) has its section, and each
section holds every row about the person, and nothing about anybody else.

A new model that stores something about a person fails the first test until the export
covers it, and the second until ``everything_about`` gives the person a row there."""

import datetime as dt
import json

import pytest
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group as PermissionGroup
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from accounts.models import DisplayNameChange, PersonalMute
from accounts.notifications.kinds import Kind
from accounts.notifications.models import NotificationPreference, NotificationSent, PushDevice
from chat.models import HandRaise, Message, Reaction, RoomPresence, RoomState, RoomTimer
from groups.models import Ban, Invite, JoinRequest, Role
from library.models import LibraryItem, LiveSection, ReadingProgress, Script, ScriptSection
from meetings.models import GroupReminderPreference, ReminderSent, Rsvp
from moderation.export_sections import EXPORT_SECTIONS
from moderation.models import (
    AllowedTerm,
    AuditEntry,
    CheckIn,
    CheckInMessage,
    CrisisAlert,
    Flag,
    MeetingRemoval,
    Mute,
    ReviewItem,
    Rule,
    RuleSet,
)
from moderation.privacy import PROFILE_LEFT_OUT, account_export

pytestmark = pytest.mark.django_db


def relations_to_the_user() -> set[tuple[str, str]]:
    """(model label, field name) of every field, in every installed app, that points at the
    user model. (A many-to-many field's automatic through table is covered by the field
    itself; the user model's own many-to-many fields are in the profile, tested below.)"""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.is_relation and not field.auto_created and field.related_model is user_model:
                found.add((model._meta.label, field.name))
    return found


def test_every_relation_to_the_user_has_an_export_section():
    exported = {(section.model, section.field) for section in EXPORT_SECTIONS}
    missing = relations_to_the_user() - exported
    assert not missing, f"Not in the data export (moderation/export_sections.py): {sorted(missing)}"
    assert len({section.name for section in EXPORT_SECTIONS}) == len(EXPORT_SECTIONS)


def test_every_column_of_the_user_is_in_the_profile_or_a_credential(user_factory):
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    profile = account_export(user=user_factory())["profile"]
    for field in (*user_model._meta.concrete_fields, *user_model._meta.many_to_many):
        assert field.name in profile or field.name in PROFILE_LEFT_OUT, field.name


@pytest.fixture
def everything_about(room, user_factory):
    """Pat, a moderator who has done and undergone everything Kindred stores, in a room
    with Quinn, who has not."""
    pat = room.moderator
    quinn = room.bob
    now = timezone.now()
    soon = now + dt.timedelta(hours=1)
    group, occurrence = room.group, room.occurrence
    staff = PermissionGroup.objects.create(name="helpers")
    pat.groups.add(staff)
    pat.user_permissions.add(
        Permission.objects.get(codename="view_group", content_type__app_label="groups")
    )
    Authenticator.objects.create(user=pat, type=Authenticator.Type.TOTP, data={})
    UserSession.objects.create(
        user=pat, ip="203.0.113.5", session_key="pat-session", user_agent="Firefox"
    )
    LogEntry.objects.create(
        user=pat,
        content_type=ContentType.objects.get_for_model(group),
        object_id=str(group.pk),
        object_repr=group.name,
        action_flag=CHANGE,
        change_message="[]",
    )
    JoinRequest.objects.create(group=group, user=pat, message="Pat would like in")
    JoinRequest.objects.create(group=group, user=quinn, decided_by=pat, decided_at=now)
    Invite.objects.create(group=group, created_by=pat, expires_at=now + dt.timedelta(days=1))
    Ban.objects.create(group=group, user=pat, reason="for Pat", lifted_at=now)
    Ban.objects.create(group=group, user=quinn, created_by=pat, lifted_by=pat, lifted_at=now)
    occurrence.series.chair = pat
    occurrence.series.save()
    occurrence.chair = pat
    occurrence.save()
    Rsvp.objects.create(occurrence=occurrence, user=pat, answer=Rsvp.Answer.GOING)
    ReminderSent.objects.create(occurrence=occurrence, user=pat, kind="reminder")
    GroupReminderPreference.objects.create(user=pat, group=group)
    RoomState.objects.update_or_create(occurrence=occurrence, defaults={"speaker": pat})
    own = Message.objects.create(
        occurrence=occurrence, seq=1, author=pat, client_id="p1", body="Pat's words"
    )
    theirs = Message.objects.create(
        occurrence=occurrence,
        seq=2,
        author=quinn,
        client_id="q1",
        body="Quinn's words",
        status=Message.Status.REMOVED,
        removed_by=pat,
        removed_at=now,
    )
    RoomTimer.objects.create(occurrence=occurrence, seconds=180, set_by=pat)
    RoomPresence.objects.create(occurrence=occurrence, user=pat, channel_name="pat.1")
    HandRaise.objects.create(occurrence=occurrence, user=pat, position=1)
    Reaction.objects.create(message=theirs, user=pat, kind="heart")
    AuditEntry.objects.create(actor=pat, group=group, action="mute", target_user=quinn)
    AuditEntry.objects.create(actor=quinn, group=group, action="mute", target_user=pat)
    Mute.objects.create(group=group, user=pat, reason="for Pat", until=soon)
    Mute.objects.create(
        group=group, user=quinn, until=soon, created_by=pat, lifted_by=pat, lifted_at=now
    )
    MeetingRemoval.objects.create(occurrence=occurrence, user=pat, created_by=quinn)
    MeetingRemoval.objects.create(occurrence=occurrence, user=quinn, created_by=pat)
    item = ReviewItem.objects.create(
        group=group, occurrence=occurrence, message=theirs, resolved_by=pat, resolved_at=now
    )
    Flag.objects.create(item=item, message=theirs, reporter=pat, reason="spam", note="Pat's")
    Rule.objects.create(group=group, pattern="buy now", created_by=pat)
    AllowedTerm.objects.create(group=group, term="relapse", created_by=pat)
    CrisisAlert.objects.create(group=group, occurrence=occurrence, message=own, author=pat)
    CrisisAlert.objects.create(group=group, author=quinn, acknowledged_by=pat, acknowledged_at=now)
    reading = LibraryItem.objects.create(
        group=group, title="Just for today", slug="today", body="Read me", created_by=pat
    )
    ReadingProgress.objects.create(user=pat, item=reading)
    script = Script.objects.create(group=group, title="Format")
    section = ScriptSection.objects.create(script=script, title="Opening")
    LiveSection.objects.create(occurrence=occurrence, section=section, changed_by=pat)
    with_pat = CheckIn.objects.create(group=group, person=pat, started_by=room.owner)
    CheckInMessage.objects.create(check_in=with_pat, author=pat, body="Pat answers")
    by_pat = CheckIn.objects.create(
        group=group, person=quinn, started_by=pat, closed_by=pat, closed_at=now
    )
    CheckInMessage.objects.create(check_in=by_pat, author=pat, body="Pat checks in")
    DisplayNameChange.objects.create(user=pat, old_name="Pat", new_name="Pat again")
    PersonalMute.objects.create(viewer=pat, muted=quinn)
    PersonalMute.objects.create(viewer=quinn, muted=pat)
    RuleSet.objects.create(group=group, category="spam", action="hold", updated_by=pat)
    NotificationPreference.objects.create(user=pat, kind=Kind.JOIN_REQUEST, push=False)
    NotificationSent.objects.create(
        user=pat, kind=Kind.JOIN_REQUEST, event_key="join:1", channel="email"
    )
    PushDevice.objects.create(
        user=pat,
        name="Pat's phone",
        endpoint="https://fcm.googleapis.com/fcm/send/pat-secret-endpoint",
        p256dh="pat-p256dh-key",
        auth="pat-auth-key",
    )
    room.pat, room.quinn = pat, quinn
    return room


def test_the_export_holds_every_row_about_the_person(everything_about):
    pat = everything_about.pat
    data = account_export(user=pat)
    for section in EXPORT_SECTIONS:
        model = apps.get_model(section.model)
        stored = model._default_manager.filter(**{section.field: pat}).count()
        assert stored >= 1, f"everything_about gives Pat no {section.model}.{section.field}"
        if section.withheld:
            # Another person's private choice about Pat (a mute for oneself): never told.
            assert data[section.name] == [], section.name
            continue
        assert len(data[section.name]) == stored, section.name
    assert data["profile"]["groups"] == ["helpers"]
    assert data["profile"]["user_permissions"] == ["view_group"]
    assert [m["body"] for m in data["messages"]] == ["Pat's words"]
    assert data["reading_history"][0]["item"] == "Just for today"


def test_the_full_export_names_nobody_else_and_holds_no_secret(everything_about):
    r = everything_about
    text = json.dumps(account_export(user=r.pat))
    for other in (r.quinn, r.owner, r.alice, r.reader):
        assert other.email not in text
        assert other.display_name not in text
    assert "Quinn's words" not in text
    assert r.pat.password not in text
    assert r.pat.calendar_token not in text
    assert "pat-session" not in text  # a session key is a credential
    for secret in ("pat-secret-endpoint", "pat-p256dh-key", "pat-auth-key"):
        assert secret not in text  # whoever holds these can push to Pat's phone


def test_deleting_an_account_erases_its_message_text_at_once(
    everything_about, django_capture_on_commit_callbacks
):
    from chat.selectors import history_before
    from moderation.privacy import account_delete

    r = everything_about
    own = Message.objects.get(author=r.pat)
    r.group.memberships.filter(user=r.pat).update(role=Role.MEMBER)
    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=r.pat)
    own.refresh_from_db()
    assert own.author_id is None
    assert own.status == Message.Status.ERASED
    assert (own.body, own.body_html, own.content_warning) == ("", "", "")
    assert own.purged_at is None  # gone now, not at the next purge
    assert CrisisAlert.objects.get(message=own).excerpt == ""
    shown = next(
        m
        for m in history_before(occurrence_id=r.occurrence.pk, before_seq=10)
        if m["seq"] == own.seq
    )
    assert shown["status"] == "erased"
    assert shown["author"] == "a former member"
    assert shown["body_html"] == ""
    assert not Message.objects.filter(body__contains="Pat's words").exists()
    assert Message.objects.get(seq=2).body == "Quinn's words"  # others' words stay
