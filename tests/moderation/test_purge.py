"""After a ban: a moderator removes the person's messages from the group's current and
recent meetings (the last 30 days) in one step; a person whose message a moderator removed
is told privately and kindly why."""

import pytest

from chat.models import Message
from kindred.errors import NotAllowed, NotFound
from kindred.events import room_group_name, user_group_name
from moderation import actions
from moderation.models import AuditAction, AuditEntry
from moderation.purge import RECENT_DAYS, member_messages_purge

pytestmark = pytest.mark.django_db

DAY = 24 * 60


def _removed_seqs(events, occurrence):
    return [
        e["seq"]
        for group, e in events
        if e.get("type") == "room.message_removed" and group == room_group_name(occurrence.pk)
    ]


def test_ban_removes_their_messages_from_this_and_recent_meetings_only(
    room, occurrence_factory, message_factory, events, django_capture_on_commit_callbacks
):
    last_week = occurrence_factory(room.group, started_minutes_ago=7 * DAY)
    long_ago = occurrence_factory(room.group, started_minutes_ago=(RECENT_DAYS + 2) * DAY)
    now_said = message_factory(room.occurrence, room.member, body="now")
    week_said = message_factory(last_week, room.member, body="last week")
    old_said = message_factory(long_ago, room.member, body="long ago")
    others = message_factory(room.occurrence, room.member2, body="someone else")
    with django_capture_on_commit_callbacks(execute=True):
        actions.member_ban(
            actor=room.moderator,
            group=room.group,
            user=room.member,
            reason="trolling",
            remove_messages_in=room.occurrence,
        )
    for message, status in (
        (now_said, "removed"),
        (week_said, "removed"),
        (old_said, "visible"),
        (others, "visible"),
    ):
        message.refresh_from_db()
        assert message.status == status, message.body
    # Everyone in a room live hears of it; each removal is audited.
    assert _removed_seqs(events, room.occurrence) == [now_said.seq]
    assert _removed_seqs(events, last_week) == [week_said.seq]
    removals = AuditEntry.objects.filter(action=AuditAction.MESSAGE_REMOVE, target_user=room.member)
    assert {e.message_id for e in removals} == {now_said.pk, week_said.pk}
    assert {e.actor_id for e in removals} == {room.moderator.pk}


def test_purge_from_the_member_page_after_a_ban(room, occurrence_factory, message_factory):
    last_week = occurrence_factory(room.group, started_minutes_ago=3 * DAY)
    said = message_factory(last_week, room.member)
    held = message_factory(room.occurrence, room.member, status=Message.Status.HELD)
    actions.member_ban(actor=room.moderator, group=room.group, user=room.member, reason="x")
    assert Message.objects.get(pk=said.pk).status == "visible"  # the ban alone keeps them
    count = member_messages_purge(actor=room.moderator, group=room.group, user=room.member)
    assert count == 2
    assert set(Message.objects.filter(author=room.member).values_list("status", flat=True)) == {
        "removed"
    }
    assert held.pk in AuditEntry.objects.values_list("message_id", flat=True)
    # Again: nothing left to remove, nothing audited twice.
    assert member_messages_purge(actor=room.moderator, group=room.group, user=room.member) == 0
    assert AuditEntry.objects.filter(action=AuditAction.MESSAGE_REMOVE).count() == 2


def test_ban_with_purge_from_the_member_page_form(room, occurrence_factory, message_factory):
    said = message_factory(occurrence_factory(room.group, started_minutes_ago=DAY), room.member)
    actions.member_ban(
        actor=room.moderator,
        group=room.group,
        user=room.member,
        reason="x",
        remove_recent_messages=True,
    )
    said.refresh_from_db()
    assert said.status == "removed"


@pytest.mark.parametrize(
    ("actor", "target", "error"),
    [
        ("chair", "member", NotAllowed),  # the chair leads meetings, moderators ban
        ("member2", "member", NotAllowed),
        ("moderator", "moderator2", NotAllowed),  # only the owner acts on a moderator
        ("moderator", "owner", NotAllowed),
        ("moderator", "outsider", NotFound),
    ],
)
def test_only_moderators_purge_and_only_whom_they_may_act_on(
    room, message_factory, actor, target, error
):
    said = message_factory(room.occurrence, getattr(room, target))
    with pytest.raises(error):
        member_messages_purge(
            actor=getattr(room, actor), group=room.group, user=getattr(room, target)
        )
    said.refresh_from_db()
    assert said.status == "visible"
    assert not AuditEntry.objects.filter(action=AuditAction.MESSAGE_REMOVE).exists()


def test_removed_message_author_is_told_privately_and_kindly_why(
    room, message_factory, events, django_capture_on_commit_callbacks
):
    message = message_factory(room.occurrence, room.member, body="call me on my number")
    with django_capture_on_commit_callbacks(execute=True):
        actions.message_remove(actor=room.moderator, message=message, reason="no numbers here")
    notices = [(g, e) for g, e in events if e.get("type") == "user.notice"]
    assert len(notices) == 1
    group, notice = notices[0]
    assert group == user_group_name(room.member.pk)
    assert notice["kind"] == "removed"
    assert notice["occurrence_id"] == room.occurrence.pk
    assert notice["seq"] == message.seq
    assert "removed your message “call me on my number”" in notice["detail"]
    assert "Their reason: no numbers here" in notice["detail"]
    assert "still welcome" in notice["detail"]


def test_the_author_is_told_in_their_own_language_whatever_the_moderators(
    room, message_factory, events, django_capture_on_commit_callbacks
):
    from django.utils import translation

    room.member.language = "es"
    room.member.save(update_fields=["language"])
    message = message_factory(room.occurrence, room.member, body="llámame a mi número")
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        actions.message_remove(actor=room.moderator, message=message, reason="sin números")
    [notice] = [e for _g, e in events if e.get("type") == "user.notice"]
    assert notice["detail"] == (
        "Un moderador quitó tu mensaje «llámame a mi número». Su motivo: sin números "
        "Aquí sigues siendo bienvenido; si no está claro, puedes preguntar a los moderadores."
    )
