"""Live controls on people and messages: removing a message, muting, removing someone
from a meeting, banning and lifting a ban.

Every action is keyword-only with ``actor`` first, asks kindred.policy (moderation.access),
writes in one transaction, records exactly one audit entry per thing done, and tells the
people concerned after commit. Bad input raises a kindred.errors exception before anything
is written, so nothing changes and nothing is audited.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from chat.announce import message_announce_on_commit
from chat.models import HandRaise, Message
from chat.queue import queue_broadcast_on_commit
from chat.welcome import mute_payload, muted_payload
from groups.models import Ban, Group, Membership
from kindred.errors import Conflict, NotAllowed, ServiceError
from kindred.events import (
    CloseCode,
    room_event_on_commit,
    room_mutes,
    user_event_on_commit,
    user_kick,
    user_notice,
)
from kindred.i18n import in_language_of
from kindred.policy import Action, may_lift_ban
from meetings.lifecycle import OccurrenceState, occurrence_state
from meetings.models import Occurrence
from moderation import purge
from moderation.access import (
    BAN_MAX_DAYS,
    MUTE_MAX_MINUTES,
    clean_reason,
    is_chair,
    require_group_action,
    require_live_control,
    require_target,
    whole_number,
)
from moderation.audit import audit_record
from moderation.models import AuditAction, Decision, MeetingRemoval, Mute, ReviewItem
from moderation.notices import local_time
from moderation.selectors import active_mutes


def _hands_drop(*, user, occurrences) -> None:
    """Take a removed or banned person's raised hand out of the share queue."""
    for occurrence_id in list(occurrences):
        if HandRaise.objects.filter(user=user, occurrence_id=occurrence_id).delete()[0]:
            queue_broadcast_on_commit(occurrence_id=occurrence_id)


def done_by(row, verb: str, *, actor, group: Group, action: str, **audit) -> None:
    """Stamp ``row`` as ``verb`` now by ``actor`` (its ``<verb>_at`` and ``<verb>_by``) and
    record ``action`` (with the ``audit`` fields) in ``group``'s audit log."""
    setattr(row, f"{verb}_at", timezone.now())
    setattr(row, f"{verb}_by", actor)
    row.save(update_fields=[f"{verb}_at", f"{verb}_by"])
    audit_record(actor=actor, group=group, action=action, **audit)


def message_controlled(*, actor, message: Message) -> Message:
    """The message, locked, once ``actor`` may run its meeting live."""
    message = (
        Message.objects.select_for_update()
        .select_related("occurrence__series__group")
        .get(pk=message.pk)
    )
    require_live_control(actor=actor, occurrence=message.occurrence)
    return message


def message_decided(*, actor, message: Message, decision, action, reason: str, **resolved):
    """Resolve the message's open review items with ``decision`` (and the ``resolved``
    fields: resolved_at, a note) and record ``action`` on it in the group's audit log."""
    ReviewItem.objects.open().filter(message=message).update(
        resolved_by=actor, decision=decision, **resolved
    )
    occurrence = message.occurrence
    audit_record(
        actor=actor,
        group=occurrence.series.group,
        action=action,
        target_user=message.author,
        occurrence=occurrence,
        message=message,
        reason=reason,
    )


def ban_hands_drop(*, user, group: Group) -> None:
    """A banned person's raised hands leave every share queue in the group."""
    _hands_drop(
        user=user,
        occurrences=HandRaise.objects.filter(user=user, occurrence__series__group=group)
        .values_list("occurrence_id", flat=True)
        .distinct(),
    )


def ban_kick(ban: Ban) -> None:
    """Once it commits, the banned person's sockets in the group close with 4410, with the
    ban's reason and end."""
    user_event_on_commit(
        ban.user_id,
        # The moderator's words; the socket adds what comes next.
        user_kick(
            code=CloseCode.BANNED, group_id=ban.group_id, reason=ban.reason, until=ban.expires_at
        ),
    )


def ban_in_force(ban: Ban) -> None:
    """What a ban in force does at once: hands down, sockets in the group closed."""
    ban_hands_drop(user=ban.user, group=ban.group)
    ban_kick(ban)


@transaction.atomic
def message_remove(*, actor, message: Message, reason: str = "") -> Message:
    """Delete a message for everyone at once. It stays in the history as "removed by a
    moderator"; its text is kept for the audit until retention purges it."""
    reason = clean_reason(reason)
    message = message_controlled(actor=actor, message=message)
    if message.status == Message.Status.REMOVED:
        raise Conflict(gettext("That message was already removed."), code="already_removed")
    now = timezone.now()
    message.status = Message.Status.REMOVED
    message.removed_at = now
    message.removed_by = actor
    message.save(update_fields=["status", "removed_at", "removed_by"])
    message_decided(
        actor=actor,
        message=message,
        decision=Decision.DELETE,
        action=AuditAction.MESSAGE_REMOVE,
        reason=reason,
        resolved_at=now,
    )
    message_announce_on_commit(message=message)
    purge.removal_notice_on_commit(message=message, reason=reason)
    return message


def _mute_scope(*, actor, occurrence: Occurrence | None, group: Group | None):
    if occurrence is not None:
        standing = require_live_control(actor=actor, occurrence=occurrence)
        return occurrence.series.group, standing
    if group is None:
        raise ServiceError(gettext("Say which meeting or group."), code="invalid")
    return group, require_group_action(actor=actor, group=group, action=Action.MODERATE)


def _mute_notice(mute: Mute, *, kind: str, detail: str) -> dict:
    return user_notice(
        kind=kind,
        occurrence_id=mute.occurrence_id,
        group_id=mute.group_id,
        until=mute.until.isoformat() if mute.until else None,
        reason=mute.reason,
        detail=detail,
    )


@transaction.atomic
def member_mute(
    *,
    actor,
    user,
    occurrence: Occurrence | None = None,
    group: Group | None = None,
    minutes: int | None = None,
    reason: str = "",
) -> Mute:
    """Stop ``user`` posting: for ``minutes``, or (``minutes`` None) for the rest of
    ``occurrence``. Without an occurrence (from the dashboard) the mute covers every meeting
    of ``group`` and needs minutes. A new mute replaces one of the same scope."""
    reason = clean_reason(reason)
    group, standing = _mute_scope(actor=actor, occurrence=occurrence, group=group)
    if minutes is None and occurrence is None:
        raise ServiceError(
            gettext("A mute outside a meeting needs a number of minutes."),
            code="invalid_duration",
            field="minutes",
        )
    if minutes is not None:
        whole_number(
            minutes,
            low=1,
            high=MUTE_MAX_MINUTES,
            what="Minutes",
            code="invalid_duration",
            field="minutes",
        )
    require_target(
        standing, group=group, user=user, actor_is_chair=is_chair(occurrence, actor), verb="mute"
    )
    now = timezone.now()
    Mute.objects.active(now).filter(group=group, user=user, occurrence=occurrence).update(
        lifted_at=now, lifted_by=actor
    )
    mute = Mute.objects.create(
        group=group,
        occurrence=occurrence,
        user=user,
        until=now + timedelta(minutes=minutes) if minutes is not None else None,
        reason=reason,
        created_by=actor,
    )
    audit_record(
        actor=actor,
        group=group,
        action=AuditAction.MEMBER_MUTE,
        target_user=user,
        occurrence=occurrence,
        reason=reason,
        expires_at=mute.until,
    )
    with in_language_of(user):
        when = (
            gettext("the end of this meeting")
            if mute.until is None
            else local_time(mute.until, user)
        )
        detail = gettext("A moderator muted you until %(when)s.") % {"when": when}
        if reason:
            detail += " " + gettext("Reason: %(reason)s") % {"reason": reason}
    user_event_on_commit(user.pk, _mute_notice(mute, kind="muted", detail=detail))
    _tell_rooms_who_is_muted(group=group, occurrence=occurrence)
    return mute


def _tell_rooms_who_is_muted(*, group: Group, occurrence: Occurrence | None) -> None:
    """After commit, the chair and moderators in the meeting's room (or, for a group's mute,
    in each of its rooms open now) learn who is muted there, for "Unmute"."""
    if occurrence is not None:
        rooms = [occurrence]
    else:
        now = timezone.now()
        near = Occurrence.objects.filter(
            series__group=group,
            cancelled=False,
            ended_at__isnull=True,
            start__lte=now + timedelta(days=1),
            end__gte=now - timedelta(days=1),
        ).select_related("series")
        open_states = (OccurrenceState.LOBBY, OccurrenceState.LIVE)
        rooms = [o for o in near if occurrence_state(o, at=now) in open_states]
    for room in rooms:
        found = active_mutes(occurrence_id=room.pk, group_id=group.pk)
        muted = muted_payload({user_id: mute_payload(m) for user_id, m in found.items()})
        room_event_on_commit(room.pk, room_mutes(muted=muted))


@transaction.atomic
def member_unmute(
    *, actor, user, occurrence: Occurrence | None = None, group: Group | None = None
) -> int:
    """Lift every mute that stops ``user`` posting in ``occurrence`` (or, without one, every
    active mute in ``group``). Returns how many were lifted."""
    group, standing = _mute_scope(actor=actor, occurrence=occurrence, group=group)
    require_target(
        standing,
        group=group,
        user=user,
        actor_is_chair=is_chair(occurrence, actor),
        verb="unmute",
    )
    now = timezone.now()
    mutes = Mute.objects.active(now).filter(group=group, user=user)
    if occurrence is not None:
        mutes = mutes.filter(Q(occurrence__isnull=True) | Q(occurrence=occurrence))
    lifted = mutes.update(lifted_at=now, lifted_by=actor)
    if not lifted:
        raise Conflict(gettext("That person isn't muted."), code="not_muted")
    audit_record(
        actor=actor,
        group=group,
        action=AuditAction.MEMBER_UNMUTE,
        target_user=user,
        occurrence=occurrence,
    )
    with in_language_of(user):
        detail = gettext("A moderator lifted your mute. You can post again.")
    user_event_on_commit(
        user.pk,
        user_notice(
            kind="unmuted",
            occurrence_id=occurrence.pk if occurrence else None,
            group_id=group.pk,
            detail=detail,
        ),
    )
    _tell_rooms_who_is_muted(group=group, occurrence=occurrence)
    return lifted


@transaction.atomic
def member_remove_from_meeting(
    *, actor, occurrence: Occurrence, user, reason: str = ""
) -> MeetingRemoval:
    """Remove ``user`` from this meeting: their sockets for it close with 4411 and they are
    refused if they try to come back to this occurrence."""
    reason = clean_reason(reason)
    standing = require_live_control(actor=actor, occurrence=occurrence)
    group = occurrence.series.group
    require_target(
        standing,
        group=group,
        user=user,
        actor_is_chair=is_chair(occurrence, actor),
        verb="remove",
    )
    removal, created = MeetingRemoval.objects.get_or_create(
        occurrence=occurrence, user=user, defaults={"reason": reason, "created_by": actor}
    )
    if not created:
        raise Conflict(
            gettext("That person was already removed from this meeting."), code="already_removed"
        )
    _hands_drop(user=user, occurrences=[occurrence.pk])
    audit_record(
        actor=actor,
        group=group,
        action=AuditAction.MEMBER_REMOVE,
        target_user=user,
        occurrence=occurrence,
        reason=reason,
    )
    user_event_on_commit(
        user.pk,
        # The moderator's words; the socket adds what comes next.
        user_kick(code=CloseCode.REMOVED, occurrence_id=occurrence.pk, reason=reason),
    )
    return removal


@transaction.atomic
def member_ban(
    *,
    actor,
    group: Group,
    user,
    reason: str = "",
    days: int | None = None,
    remove_messages_in: Occurrence | None = None,
    remove_recent_messages: bool = False,
) -> Ban:
    """Ban ``user`` from ``group`` (for ``days``, or until lifted): every socket of theirs in
    the group closes at once with 4410 and they are refused everywhere in it until it ends.
    Moderators ban readers and members; only the owner bans a moderator; nobody bans the
    owner. With ``remove_recent_messages``, or ``remove_messages_in`` (the meeting going on),
    their messages in that meeting and the group's recent ones are removed for everyone too
    (moderation.purge.member_messages_purge)."""
    reason = clean_reason(reason)
    standing = require_group_action(actor=actor, group=group, action=Action.MANAGE_MEMBERS)
    if days is not None:
        whole_number(
            days, low=1, high=BAN_MAX_DAYS, what="Days", code="invalid_duration", field="days"
        )
    target = require_target(standing, group=group, user=user, verb="ban")
    if target.banned:
        raise Conflict(gettext("That person is already banned."), code="already_banned")
    now = timezone.now()
    ban_hands_drop(user=user, group=group)
    ban = Ban.objects.create(
        group=group,
        user=user,
        reason=reason,
        created_by=actor,
        expires_at=now + timedelta(days=days) if days is not None else None,
    )
    audit_record(
        actor=actor,
        group=group,
        action=AuditAction.MEMBER_BAN,
        target_user=user,
        reason=reason,
        expires_at=ban.expires_at,
    )
    if remove_messages_in is not None or remove_recent_messages:
        purge.member_messages_purge(actor=actor, group=group, user=user, around=remove_messages_in)
    ban_kick(ban)
    return ban


@transaction.atomic
def ban_lift(*, actor, group: Group, user, reason: str = "") -> Ban:
    """End ``user``'s active ban in ``group`` now."""
    reason = clean_reason(reason)
    standing = require_group_action(actor=actor, group=group, action=Action.MANAGE_MEMBERS)
    ban = Ban.objects.active().select_for_update().filter(group=group, user=user).first()
    if ban is None:
        raise Conflict(gettext("That person isn't banned."), code="not_banned")
    role = Membership.objects.filter(group=group, user=user).values_list("role", flat=True).first()
    if not may_lift_ban(standing, target_role=role):
        raise NotAllowed(
            gettext("Only the owner can lift a moderator's ban."), code="moderator_protected"
        )
    done_by(
        ban,
        "lifted",
        actor=actor,
        group=group,
        action=AuditAction.BAN_LIFT,
        target_user=user,
        reason=reason,
    )
    return ban
