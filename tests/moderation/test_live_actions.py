"""Live controls: who may use them, what they change, what they broadcast, audited once."""

from datetime import timedelta

import pytest
from django.utils import timezone

from chat.models import Message, RoomState
from groups.models import Ban
from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError
from moderation import actions, posting
from moderation.models import AuditAction, AuditEntry, MeetingRemoval, Mute
from moderation.purge import RECENT_DAYS
from moderation.selectors import active_mute, is_removed

pytestmark = pytest.mark.django_db


def audit(action):
    return list(AuditEntry.objects.filter(action=action))


# --- message_remove


@pytest.mark.parametrize("role", ["owner", "moderator", "chair"])
def test_moderators_and_chair_remove_a_message_for_everyone(
    role, room, message_factory, events, django_capture_on_commit_callbacks
):
    message = message_factory(room.occurrence, room.member)
    actor = getattr(room, role)
    with django_capture_on_commit_callbacks(execute=True):
        actions.message_remove(actor=actor, message=message, reason="crosstalk")
    message.refresh_from_db()
    assert message.status == Message.Status.REMOVED
    assert message.removed_by == actor
    assert (f"room.{room.occurrence.pk}", {"type": "room.message_removed", "seq": message.seq}) in (
        events
    )
    [entry] = audit(AuditAction.MESSAGE_REMOVE)
    assert (entry.actor, entry.target_user, entry.message, entry.reason) == (
        actor,
        room.member,
        message,
        "crosstalk",
    )


@pytest.mark.parametrize("role", ["member", "reader"])
def test_members_and_readers_cannot_remove_messages(role, room, message_factory, events):
    message = message_factory(room.occurrence, room.member2)
    with pytest.raises(NotAllowed):
        actions.message_remove(actor=getattr(room, role), message=message)
    message.refresh_from_db()
    assert message.status == Message.Status.VISIBLE
    assert not AuditEntry.objects.exists()


def test_outsider_cannot_remove_messages_of_a_public_group(room, message_factory):
    message = message_factory(room.occurrence, room.member)
    with pytest.raises(NotAllowed):
        actions.message_remove(actor=room.outsider, message=message)
    assert not AuditEntry.objects.exists()


def test_removing_twice_is_a_conflict_and_audited_once(room, message_factory):
    message = message_factory(room.occurrence, room.member)
    actions.message_remove(actor=room.moderator, message=message)
    with pytest.raises(Conflict):
        actions.message_remove(actor=room.moderator, message=message)
    assert len(audit(AuditAction.MESSAGE_REMOVE)) == 1


def test_chair_of_another_meeting_cannot_remove(room, message_factory, occurrence_factory):
    other = occurrence_factory(room.group, chair=room.member2)
    message = message_factory(other, room.member)
    with pytest.raises(NotAllowed):
        actions.message_remove(actor=room.chair, message=message)


# --- mute


def test_moderator_mutes_member_for_minutes(room, events, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        mute = actions.member_mute(
            actor=room.moderator,
            occurrence=room.occurrence,
            user=room.member,
            minutes=10,
            reason="please pause",
        )
    assert active_mute(occurrence=room.occurrence, user=room.member) == mute
    assert timedelta(minutes=9) < mute.until - timezone.now() <= timedelta(minutes=10)
    with pytest.raises(NotAllowed) as err:
        posting.posting_check(occurrence=room.occurrence, user=room.member)
    assert err.value.code == "muted"
    assert "please pause" in err.value.detail
    [(_group, event)] = [e for e in events if e[0] == f"user.{room.member.pk}"]
    assert event["type"] == "user.notice"
    assert event["kind"] == "muted"
    assert event["until"] == mute.until.isoformat()
    assert event["reason"] == "please pause"
    [entry] = audit(AuditAction.MEMBER_MUTE)
    assert entry.expires_at == mute.until
    assert entry.target_user == room.member


def test_mute_for_rest_of_meeting_only_covers_that_meeting(room, occurrence_factory):
    actions.member_mute(actor=room.chair, occurrence=room.occurrence, user=room.member)
    with pytest.raises(NotAllowed) as err:
        posting.posting_check(occurrence=room.occurrence, user=room.member)
    assert "end of this meeting" in err.value.detail
    other = occurrence_factory(room.group)
    posting.posting_check(occurrence=other, user=room.member)


def test_timed_mute_ends_by_itself(room):
    actions.member_mute(
        actor=room.moderator, occurrence=room.occurrence, user=room.member, minutes=5
    )
    later = timezone.now() + timedelta(minutes=6)
    posting.posting_check(occurrence=room.occurrence, user=room.member, now=later)


def test_groupwide_mute_from_dashboard_needs_minutes(room):
    with pytest.raises(ServiceError) as err:
        actions.member_mute(actor=room.moderator, group=room.group, user=room.member)
    assert err.value.code == "invalid_duration"
    mute = actions.member_mute(actor=room.moderator, group=room.group, user=room.member, minutes=30)
    assert mute.occurrence is None
    assert active_mute(occurrence=room.occurrence, user=room.member) == mute


@pytest.mark.parametrize("minutes", [0, -5, 10**6, 2.5, "10", True])
def test_absurd_mute_durations_are_refused_and_not_audited(room, minutes):
    with pytest.raises(ServiceError) as err:
        actions.member_mute(
            actor=room.moderator, occurrence=room.occurrence, user=room.member, minutes=minutes
        )
    assert err.value.code == "invalid_duration"
    assert not Mute.objects.exists()
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize(
    ("actor", "target", "code"),
    [
        ("moderator", "moderator2", "moderator_protected"),
        ("moderator", "owner", "owner_protected"),
        ("chair", "moderator", "moderator_protected"),
        ("moderator", "moderator", "self"),
        ("moderator", "outsider", "no_such_person"),
        ("member", "member2", "forbidden"),
        ("reader", "member", "forbidden"),
    ],
)
def test_mute_refusals_change_nothing(room, events, actor, target, code):
    with pytest.raises(ServiceError) as err:
        actions.member_mute(
            actor=getattr(room, actor),
            occurrence=room.occurrence,
            user=getattr(room, target),
            minutes=5,
        )
    assert err.value.code == code
    assert not Mute.objects.exists()
    assert not AuditEntry.objects.exists()
    assert events == []


def test_owner_may_mute_a_moderator(room):
    actions.member_mute(
        actor=room.owner, occurrence=room.occurrence, user=room.moderator, minutes=5
    )
    assert active_mute(occurrence=room.occurrence, user=room.moderator) is not None


def test_unmute_lifts_and_is_audited(room, events, django_capture_on_commit_callbacks):
    actions.member_mute(actor=room.moderator, occurrence=room.occurrence, user=room.member)
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            actions.member_unmute(actor=room.chair, occurrence=room.occurrence, user=room.member)
            == 1
        )
    posting.posting_check(occurrence=room.occurrence, user=room.member)
    assert len(audit(AuditAction.MEMBER_UNMUTE)) == 1
    told = {event["type"]: event for _, event in events}
    assert told["user.notice"]["kind"] == "unmuted"
    # The room's chair and moderators learn that nobody is muted there now.
    assert told["room.mutes"] == {"type": "room.mutes", "muted": []}
    with pytest.raises(Conflict):
        actions.member_unmute(actor=room.chair, occurrence=room.occurrence, user=room.member)
    assert len(audit(AuditAction.MEMBER_UNMUTE)) == 1


# --- remove from meeting


def test_remove_from_meeting_kicks_with_4411_and_keeps_them_out(
    room, events, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.member_remove_from_meeting(
            actor=room.moderator, occurrence=room.occurrence, user=room.member, reason="rude"
        )
    assert is_removed(occurrence=room.occurrence, user=room.member)
    assert (
        f"user.{room.member.pk}",
        {
            "type": "user.kick",
            "occurrence_id": room.occurrence.pk,
            "group_id": None,
            "code": 4411,
            "reason": "rude",
            "until": None,
        },
    ) in events
    with pytest.raises(NotAllowed) as err:
        posting.posting_check(occurrence=room.occurrence, user=room.member)
    assert err.value.code == "removed"
    with pytest.raises(Conflict):
        actions.member_remove_from_meeting(
            actor=room.moderator, occurrence=room.occurrence, user=room.member
        )
    assert len(audit(AuditAction.MEMBER_REMOVE)) == 1


def test_member_cannot_remove_anyone(room):
    with pytest.raises(NotAllowed):
        actions.member_remove_from_meeting(
            actor=room.member, occurrence=room.occurrence, user=room.member2
        )
    assert not MeetingRemoval.objects.exists()


# --- ban


def test_moderator_bans_member_with_expiry(room, events, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ban = actions.member_ban(
            actor=room.moderator, group=room.group, user=room.member, reason="abuse", days=7
        )
    assert Ban.objects.active().filter(group=room.group, user=room.member).get() == ban
    assert timedelta(days=6) < ban.expires_at - timezone.now() <= timedelta(days=7)
    assert (
        f"user.{room.member.pk}",
        {
            "type": "user.kick",
            "occurrence_id": None,
            "group_id": room.group.pk,
            "code": 4410,
            "reason": "abuse",
            "until": ban.expires_at.isoformat(),
        },
    ) in events
    with pytest.raises(NotAllowed) as err:
        posting.posting_check(occurrence=room.occurrence, user=room.member)
    assert err.value.code == "banned"
    [entry] = audit(AuditAction.MEMBER_BAN)
    assert entry.expires_at == ban.expires_at
    with pytest.raises(Conflict):
        actions.member_ban(actor=room.moderator, group=room.group, user=room.member)
    assert len(audit(AuditAction.MEMBER_BAN)) == 1


def test_a_ban_can_remove_the_persons_messages_in_this_and_recent_meetings(
    room, events, message_factory, occurrence_factory, django_capture_on_commit_callbacks
):
    mine = [message_factory(room.occurrence, room.member, body=f"share {n}") for n in range(2)]
    held = message_factory(room.occurrence, room.member, status=Message.Status.HELD)
    other = message_factory(room.occurrence, room.member2)
    # A meeting older than the recent ones (moderation/purge.py) keeps its messages.
    long_ago = occurrence_factory(room.group, started_minutes_ago=(RECENT_DAYS + 1) * 24 * 60)
    elsewhere = message_factory(long_ago, room.member)
    with django_capture_on_commit_callbacks(execute=True):
        actions.member_ban(
            actor=room.moderator,
            group=room.group,
            user=room.member,
            reason="abuse",
            remove_messages_in=room.occurrence,
        )
    removed = {m.seq for m in Message.objects.filter(status=Message.Status.REMOVED)}
    assert removed == {m.seq for m in [*mine, held]}  # seqs are per room
    other.refresh_from_db()
    elsewhere.refresh_from_db()
    assert other.status == elsewhere.status == Message.Status.VISIBLE
    assert len(audit(AuditAction.MESSAGE_REMOVE)) == 3
    for m in [*mine, held]:
        assert (
            f"room.{room.occurrence.pk}",
            {"type": "room.message_removed", "seq": m.seq},
        ) in events


def test_a_ban_refuses_to_remove_messages_of_another_groups_meeting(
    room, events, message_factory, group_factory, occurrence_factory
):
    other_group = group_factory(owner=room.owner)
    foreign = occurrence_factory(other_group)
    message = message_factory(room.occurrence, room.member)
    with pytest.raises(NotAllowed):
        actions.member_ban(
            actor=room.moderator,
            group=room.group,
            user=room.member,
            remove_messages_in=foreign,
        )
    message.refresh_from_db()
    assert message.status == Message.Status.VISIBLE
    assert not Ban.objects.exists()
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize(
    ("actor", "target", "error"),
    [
        ("moderator", "owner", NotAllowed),
        ("owner", "owner", NotAllowed),
        ("moderator", "moderator2", NotAllowed),
        ("chair", "member", NotAllowed),
        ("member", "member2", NotAllowed),
        ("moderator", "outsider", NotFound),  # the same as an account that does not exist
        ("outsider", "member", NotAllowed),
    ],
)
def test_ban_refusals(room, events, actor, target, error):
    with pytest.raises(error):
        actions.member_ban(actor=getattr(room, actor), group=room.group, user=getattr(room, target))
    assert not Ban.objects.exists()
    assert not AuditEntry.objects.exists()
    assert events == []


@pytest.mark.parametrize("days", [0, -1, 100000, "3"])
def test_absurd_ban_durations(room, days):
    with pytest.raises(ServiceError):
        actions.member_ban(actor=room.moderator, group=room.group, user=room.member, days=days)
    assert not Ban.objects.exists()
    assert not AuditEntry.objects.exists()


def test_owner_bans_moderator_and_only_owner_lifts_it(room):
    actions.member_ban(actor=room.owner, group=room.group, user=room.moderator2)
    with pytest.raises(NotAllowed):
        actions.ban_lift(actor=room.moderator, group=room.group, user=room.moderator2)
    actions.ban_lift(actor=room.owner, group=room.group, user=room.moderator2)
    assert not Ban.objects.active().exists()
    assert len(audit(AuditAction.BAN_LIFT)) == 1


def test_banned_moderator_loses_live_controls(room, message_factory):
    actions.member_ban(actor=room.owner, group=room.group, user=room.moderator)
    with pytest.raises(NotAllowed):
        actions.message_remove(
            actor=room.moderator, message=message_factory(room.occurrence, room.member)
        )


def test_ban_lift_without_ban_is_conflict(room):
    with pytest.raises(Conflict):
        actions.ban_lift(actor=room.moderator, group=room.group, user=room.member)
    assert not AuditEntry.objects.exists()


def test_private_group_outsider_gets_not_found(
    group_factory, member_factory, user_factory, occurrence_factory, message_factory
):
    group = group_factory(visibility="private")
    occurrence = occurrence_factory(group)
    member = member_factory(group)
    with pytest.raises(NotFound):
        actions.message_remove(actor=user_factory(), message=message_factory(occurrence, member))


# --- posting checks


def test_locked_room_lets_only_moderators_and_chair_post(room):
    RoomState.objects.create(occurrence=room.occurrence, locked=True)
    with pytest.raises(NotAllowed) as err:
        posting.posting_check(occurrence=room.occurrence, user=room.member)
    assert err.value.code == "room_locked"
    posting.posting_check(occurrence=room.occurrence, user=room.moderator)
    posting.posting_check(occurrence=room.occurrence, user=room.chair)
    posting.posting_check(occurrence=room.occurrence, user=room.owner)


def test_slow_mode_one_message_per_interval(room, message_factory):
    RoomState.objects.create(occurrence=room.occurrence, slow_mode_seconds=30)
    message_factory(room.occurrence, room.member)
    with pytest.raises(NotAllowed) as err:
        posting.posting_check(occurrence=room.occurrence, user=room.member)
    assert err.value.code == "slow_mode"
    posting.posting_check(
        occurrence=room.occurrence, user=room.member, now=timezone.now() + timedelta(seconds=31)
    )
    message_factory(room.occurrence, room.moderator)
    posting.posting_check(occurrence=room.occurrence, user=room.moderator)
    posting.posting_check(occurrence=room.occurrence, user=room.member2)


def test_rate_limit_counts_per_person(room, settings):
    settings.KINDRED_RATE_LIMIT_MESSAGES = 3
    settings.KINDRED_RATE_LIMIT_SECONDS = 60
    now = timezone.now().replace(second=1)
    for _ in range(3):
        posting.posting_check(occurrence=room.occurrence, user=room.member, now=now)
    with pytest.raises(NotAllowed) as err:
        posting.posting_check(occurrence=room.occurrence, user=room.member, now=now)
    assert err.value.code == "rate_limited"
    posting.posting_check(occurrence=room.occurrence, user=room.member2, now=now)


def test_duplicate_message_refused_within_window(room, message_factory):
    message_factory(room.occurrence, room.member, body="Thanks for sharing")
    with pytest.raises(NotAllowed) as err:
        posting.posting_check(
            occurrence=room.occurrence, user=room.member, body="thanks  for sharing"
        )
    assert err.value.code == "duplicate"
    posting.posting_check(occurrence=room.occurrence, user=room.member, body="Something else")
    posting.posting_check(
        occurrence=room.occurrence,
        user=room.member,
        body="Thanks for sharing",
        now=timezone.now() + timedelta(minutes=10),
    )
