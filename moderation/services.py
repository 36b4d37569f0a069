"""Moderation writes: the checks chat runs on every message, live controls, reports and the
review queue, automatic rules, crisis alerts and the audit log.

Every live action is keyword-only with ``actor`` first, asks kindred.policy, writes in one
transaction, records exactly one audit entry per thing done, and broadcasts with the
chat.events helpers after commit. Bad input raises a kindred.errors exception before
anything is written, so nothing changes and nothing is audited.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext

from chat.events import room_event_on_commit, user_event_on_commit
from chat.models import HandRaise, Message, RoomState
from groups.models import Ban, Group, Membership, Role
from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError
from kindred.policy import (
    Action,
    Standing,
    may_act_on,
    may_moderate_meeting,
    require,
    standing_for,
)
from meetings.lifecycle import occurrence_chair_id
from meetings.models import Occurrence
from moderation import purge, screening
from moderation import rules as rule_text
from moderation.models import (
    AllowedTerm,
    AuditAction,
    AuditEntry,
    CrisisAlert,
    Decision,
    Flag,
    FlagReason,
    MeetingRemoval,
    Mute,
    ReviewItem,
    Rule,
    RuleSet,
)

# The checks chat runs on every message live in moderation/posting.py (and what is
# recorded after, moderation/screened.py); these names stay reachable here.
from moderation.posting import MessageRate as MessageRate
from moderation.posting import Screening as Screening
from moderation.posting import _local as _local
from moderation.posting import _moderator_ids as _moderator_ids
from moderation.posting import _rate_limit as _rate_limit
from moderation.posting import _setting as _setting
from moderation.posting import message_rate as message_rate
from moderation.posting import message_screen as message_screen
from moderation.posting import posting_check as posting_check

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------
# The audit log


def audit_record(
    *,
    actor,
    group: Group | None,
    action: str,
    target_user=None,
    occurrence: Occurrence | None = None,
    message: Message | None = None,
    reason: str = "",
    expires_at: datetime | None = None,
) -> AuditEntry:
    """Record one moderator action. Call it inside the transaction that does the action,
    after every check has passed, so a refused or rolled-back action leaves no entry."""
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        group=group,
        group_name=group.name if group is not None else "",
        action=str(action),
        target_user=target_user,
        occurrence=occurrence,
        message=message,
        reason=(reason or "")[:500],
        expires_at=expires_at,
    )


# ---------------------------------------------------------------------------------------
# Live controls

MUTE_MAX_MINUTES = 7 * 24 * 60
BAN_MAX_DAYS = 10 * 365
REASON_MAX = 500


def _is_chair(occurrence: Occurrence | None, actor) -> bool:
    return occurrence is not None and occurrence_chair_id(occurrence) == actor.pk


def _require_live_control(*, actor, occurrence: Occurrence) -> Standing:
    """Moderators, the owner, and the meeting's chair in their meeting."""
    standing = standing_for(user=actor, group=occurrence.series.group)
    if not may_moderate_meeting(standing, is_chair=_is_chair(occurrence, actor)):
        require(standing, Action.MODERATE)
    return standing


def _require_group_action(*, actor, group: Group, action: Action) -> Standing:
    standing = standing_for(user=actor, group=group)
    require(standing, action)
    return standing


def _require_target(
    actor_standing: Standing, *, group: Group, user, actor_is_chair: bool = False, verb: str
) -> Standing:
    if user is None:
        raise ServiceError(gettext("That person no longer has an account."), code="author_gone")
    target = standing_for(user=user, group=group)
    if target.role is None:
        # The same answer as for an account that does not exist (docs/security.md).
        raise NotFound(gettext("There is no such person in this group."), code="no_such_person")
    if target.user_id == actor_standing.user_id:
        raise NotAllowed(gettext("You can't %(verb)s yourself.") % {"verb": verb}, code="self")
    if target.role == Role.OWNER:
        raise NotAllowed(
            gettext("Nobody can %(verb)s the group's owner.") % {"verb": verb},
            code="owner_protected",
        )
    if not may_act_on(actor_standing, target=target, actor_is_chair=actor_is_chair):
        raise NotAllowed(
            gettext("Only the owner can %(verb)s a moderator.") % {"verb": verb},
            code="moderator_protected",
        )
    return target


def _clean_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if len(reason) > REASON_MAX:
        raise ServiceError(
            gettext("Keep the reason under %(REASON_MAX)s characters.")
            % {"REASON_MAX": REASON_MAX},
            code="too_long",
            field="reason",
        )
    return reason


def _whole_number(value, *, low: int, high: int, what: str, code: str, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ServiceError(
            gettext("%(what)s must be a whole number from %(low)s to %(high)s.")
            % {"what": what, "low": low, "high": high},
            code=code,
            field=field,
        )
    return value


def _hands_drop(*, user, occurrences) -> None:
    """Take a removed or banned person's raised hand out of the share queue."""
    from chat.services import queue_broadcast_on_commit

    for occurrence_id in list(occurrences):
        if HandRaise.objects.filter(user=user, occurrence_id=occurrence_id).delete()[0]:
            queue_broadcast_on_commit(occurrence_id=occurrence_id)


@transaction.atomic
def message_remove(*, actor, message: Message, reason: str = "") -> Message:
    """Delete a message for everyone at once. It stays in the history as "removed by a
    moderator"; its text is kept for the audit until retention purges it."""
    reason = _clean_reason(reason)
    message = (
        Message.objects.select_for_update()
        .select_related("occurrence__series__group")
        .get(pk=message.pk)
    )
    occurrence = message.occurrence
    _require_live_control(actor=actor, occurrence=occurrence)
    if message.status == Message.Status.REMOVED:
        raise Conflict(gettext("That message was already removed."), code="already_removed")
    now = timezone.now()
    message.status = Message.Status.REMOVED
    message.removed_at = now
    message.removed_by = actor
    message.save(update_fields=["status", "removed_at", "removed_by"])
    ReviewItem.objects.open().filter(message=message).update(
        resolved_at=now, resolved_by=actor, decision=Decision.DELETE
    )
    audit_record(
        actor=actor,
        group=occurrence.series.group,
        action=AuditAction.MESSAGE_REMOVE,
        target_user=message.author,
        occurrence=occurrence,
        message=message,
        reason=reason,
    )
    room_event_on_commit(occurrence.pk, {"type": "room.message_removed", "seq": message.seq})
    purge.removal_notice_on_commit(message=message, reason=reason)
    return message


def _mute_scope(*, actor, occurrence: Occurrence | None, group: Group | None):
    if occurrence is not None:
        standing = _require_live_control(actor=actor, occurrence=occurrence)
        return occurrence.series.group, standing
    if group is None:
        raise ServiceError(gettext("Say which meeting or group."), code="invalid")
    return group, _require_group_action(actor=actor, group=group, action=Action.MODERATE)


def _mute_notice(mute: Mute, *, kind: str, detail: str) -> dict:
    return {
        "type": "user.notice",
        "occurrence_id": mute.occurrence_id,
        "group_id": mute.group_id,
        "kind": kind,
        "until": mute.until.isoformat() if mute.until else None,
        "reason": mute.reason,
        "detail": detail,
    }


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
    reason = _clean_reason(reason)
    group, standing = _mute_scope(actor=actor, occurrence=occurrence, group=group)
    if minutes is None and occurrence is None:
        raise ServiceError(
            gettext("A mute outside a meeting needs a number of minutes."),
            code="invalid_duration",
            field="minutes",
        )
    if minutes is not None:
        _whole_number(
            minutes,
            low=1,
            high=MUTE_MAX_MINUTES,
            what="Minutes",
            code="invalid_duration",
            field="minutes",
        )
    _require_target(
        standing, group=group, user=user, actor_is_chair=_is_chair(occurrence, actor), verb="mute"
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
    when = gettext("the end of this meeting") if mute.until is None else _local(mute.until, user)
    detail = f"A moderator muted you until {when}." + (f" Reason: {reason}" if reason else "")
    user_event_on_commit(user.pk, _mute_notice(mute, kind="muted", detail=detail))
    return mute


@transaction.atomic
def member_unmute(
    *, actor, user, occurrence: Occurrence | None = None, group: Group | None = None
) -> int:
    """Lift every mute that stops ``user`` posting in ``occurrence`` (or, without one, every
    active mute in ``group``). Returns how many were lifted."""
    group, standing = _mute_scope(actor=actor, occurrence=occurrence, group=group)
    _require_target(
        standing,
        group=group,
        user=user,
        actor_is_chair=_is_chair(occurrence, actor),
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
    user_event_on_commit(
        user.pk,
        {
            "type": "user.notice",
            "occurrence_id": occurrence.pk if occurrence else None,
            "group_id": group.pk,
            "kind": "unmuted",
            "detail": "A moderator lifted your mute. You can post again.",
        },
    )
    return lifted


@transaction.atomic
def member_remove_from_meeting(
    *, actor, occurrence: Occurrence, user, reason: str = ""
) -> MeetingRemoval:
    """Remove ``user`` from this meeting: their sockets for it close with 4411 and they are
    refused if they try to come back to this occurrence."""
    reason = _clean_reason(reason)
    standing = _require_live_control(actor=actor, occurrence=occurrence)
    group = occurrence.series.group
    _require_target(
        standing,
        group=group,
        user=user,
        actor_is_chair=_is_chair(occurrence, actor),
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
        {
            "type": "user.kick",
            "occurrence_id": occurrence.pk,
            "group_id": None,
            "code": 4411,
            "reason": reason,  # the moderator's words; the socket adds what comes next
        },
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
    reason = _clean_reason(reason)
    standing = _require_group_action(actor=actor, group=group, action=Action.MANAGE_MEMBERS)
    if days is not None:
        _whole_number(
            days, low=1, high=BAN_MAX_DAYS, what="Days", code="invalid_duration", field="days"
        )
    target = _require_target(standing, group=group, user=user, verb="ban")
    if target.banned:
        raise Conflict(gettext("That person is already banned."), code="already_banned")
    now = timezone.now()
    _hands_drop(
        user=user,
        occurrences=HandRaise.objects.filter(user=user, occurrence__series__group=group)
        .values_list("occurrence_id", flat=True)
        .distinct(),
    )
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
    user_event_on_commit(
        user.pk,
        {
            "type": "user.kick",
            "occurrence_id": None,
            "group_id": group.pk,
            "code": 4410,
            "reason": reason,  # the moderator's words; the socket adds what comes next
            "until": ban.expires_at.isoformat() if ban.expires_at else None,
        },
    )
    return ban


@transaction.atomic
def ban_lift(*, actor, group: Group, user, reason: str = "") -> Ban:
    """End ``user``'s active ban in ``group`` now."""
    reason = _clean_reason(reason)
    standing = _require_group_action(actor=actor, group=group, action=Action.MANAGE_MEMBERS)
    ban = Ban.objects.active().select_for_update().filter(group=group, user=user).first()
    if ban is None:
        raise Conflict(gettext("That person isn't banned."), code="not_banned")
    role = Membership.objects.filter(group=group, user=user).values_list("role", flat=True).first()
    if role == Role.MODERATOR and not standing.is_owner:
        raise NotAllowed(
            gettext("Only the owner can lift a moderator's ban."), code="moderator_protected"
        )
    ban.lifted_at = timezone.now()
    ban.lifted_by = actor
    ban.save(update_fields=["lifted_at", "lifted_by"])
    audit_record(
        actor=actor, group=group, action=AuditAction.BAN_LIFT, target_user=user, reason=reason
    )
    return ban


# ---------------------------------------------------------------------------------------
# Reports and the review queue


def _notify_review(*, group: Group, occurrence: Occurrence, include_chair: bool = False) -> None:
    """Tell the group's moderators (and, for a held message, the meeting's chair) that
    something waits in the review queue."""
    for user_id in _moderator_ids(group=group, occurrence=occurrence if include_chair else None):
        user_event_on_commit(
            user_id,
            {
                "type": "user.notice",
                "occurrence_id": occurrence.pk,
                "group_id": group.pk,
                "kind": "review",
                "detail": "A message is waiting for review.",
            },
        )


@transaction.atomic
def message_flag(
    *, actor, message: Message, reason: str, note: str = "", in_room: bool = False
) -> Flag:
    """Report a message to the moderators (``actor`` is the reporter). Anyone who belongs
    to the group may flag, and a signed-in listener in the room (``in_room``, or an open
    socket of theirs in that room). One flag per person per message; the author is never
    told who flagged."""
    reporter = actor
    if reason not in FlagReason.values:
        raise ServiceError(
            gettext("Choose a reason for the report."), code="invalid_reason", field="reason"
        )
    note = (note or "").strip()
    if len(note) > REASON_MAX:
        raise ServiceError(
            gettext("Keep the note under %(REASON_MAX)s characters.") % {"REASON_MAX": REASON_MAX},
            code="too_long",
            field="note",
        )
    message = Message.objects.select_related("occurrence__series__group").get(pk=message.pk)
    occurrence = message.occurrence
    group = occurrence.series.group
    standing = standing_for(user=reporter, group=group)
    if not in_room and standing.role is None:
        # A listener who is not a member may flag only while in the room: their open
        # socket (a presence row, shared by every worker) says so.
        from chat.models import RoomPresence

        in_room = RoomPresence.objects.filter(occurrence=occurrence, user_id=reporter.pk).exists()
    require(standing, Action.FLAG, in_room=in_room)
    if message.status != Message.Status.VISIBLE:
        raise Conflict(gettext("That message is no longer shown."), code="not_visible")
    if message.author_id == reporter.pk:
        raise ServiceError(gettext("You can't report your own message."), code="own_message")
    if Flag.objects.filter(message=message, reporter=reporter).exists():
        raise Conflict(gettext("You already reported this message."), code="already_flagged")
    item, created = ReviewItem.objects.select_for_update().get_or_create(
        message=message, defaults={"group": group, "occurrence": occurrence}
    )
    if not created and not item.is_open:
        item.resolved_at, item.resolved_by, item.decision, item.note = None, None, "", ""
        item.save(update_fields=["resolved_at", "resolved_by", "decision", "note"])
    flag = Flag.objects.create(
        item=item, message=message, reporter=reporter, reason=reason, note=note
    )
    _notify_review(group=group, occurrence=occurrence)
    return flag


def _next_seq(occurrence: Occurrence) -> int:
    RoomState.objects.get_or_create(occurrence=occurrence)
    RoomState.objects.filter(occurrence=occurrence).update(last_seq=F("last_seq") + 1)
    return RoomState.objects.values_list("last_seq", flat=True).get(occurrence=occurrence)


@transaction.atomic
def held_message_approve(*, actor, message: Message, note: str = "") -> Message:
    """Show a held message to everyone. It takes the room's next id, so it arrives as a new
    message for every client (and for clients resuming from a later id)."""
    message = (
        Message.objects.select_for_update()
        .select_related("occurrence__series__group")
        .get(pk=message.pk)
    )
    occurrence = message.occurrence
    _require_live_control(actor=actor, occurrence=occurrence)
    if message.status != Message.Status.HELD:
        raise Conflict(gettext("That message isn't waiting for approval."), code="not_held")
    old_seq = message.seq
    message.seq = _next_seq(occurrence)
    message.status = Message.Status.VISIBLE
    message.save(update_fields=["seq", "status"])
    ReviewItem.objects.open().filter(message=message).update(
        resolved_at=timezone.now(), resolved_by=actor, decision=Decision.APPROVE, note=note[:500]
    )
    audit_record(
        actor=actor,
        group=occurrence.series.group,
        action=AuditAction.MESSAGE_APPROVE,
        target_user=message.author,
        occurrence=occurrence,
        message=message,
        reason=note,
    )
    from chat.selectors import message_payload_for

    room_event_on_commit(
        occurrence.pk,
        {"type": "room.message", "seq": message.seq, "message": message_payload_for(message)},
    )
    # The author and the moderators saw it held under its old id: tell them it moved.
    group = occurrence.series.group
    for user_id in {message.author_id} | _moderator_ids(group=group, occurrence=occurrence):
        if user_id:
            user_event_on_commit(
                user_id,
                {
                    "type": "user.notice",
                    "occurrence_id": occurrence.pk,
                    "group_id": group.pk,
                    "kind": "approved",
                    "old_seq": old_seq,
                    "seq": message.seq,
                    "detail": "A held message was approved; everyone can see it now.",
                },
            )
    return message


@transaction.atomic
def review_resolve(
    *,
    actor,
    item: ReviewItem,
    decision: str,
    note: str = "",
    mute_minutes: int | None = None,
    ban_days: int | None = None,
) -> ReviewItem:
    """Resolve one review item in one step. "dismiss" leaves a flagged message as it is
    (and approves a held one); "delete" removes the message; "delete_and_mute" also mutes
    its author in every meeting of the group for ``mute_minutes`` (default 60);
    "delete_and_ban" also bans the author (``ban_days`` or until lifted). Each thing done is
    audited once; if any step is refused, nothing is done."""
    note = _clean_reason(note)
    if decision not in Decision.values:
        raise ServiceError(gettext("Choose what to do with this item."), code="invalid_decision")
    item = ReviewItem.objects.select_for_update().select_related("group").get(pk=item.pk)
    group = item.group
    _require_group_action(actor=actor, group=group, action=Action.MODERATE)
    if not item.is_open:
        raise Conflict(gettext("Someone already resolved this item."), code="already_resolved")
    message = Message.objects.select_related("author").get(pk=item.message_id)
    if decision in (Decision.APPROVE, Decision.DISMISS):
        if message.status == Message.Status.HELD:
            held_message_approve(actor=actor, message=message, note=note)
            decision = Decision.APPROVE
        elif decision == Decision.APPROVE:
            raise Conflict(gettext("That message isn't waiting for approval."), code="not_held")
        else:
            audit_record(
                actor=actor,
                group=group,
                action=AuditAction.REVIEW_DISMISS,
                target_user=message.author,
                occurrence=item.occurrence,
                message=message,
                reason=note,
            )
    else:
        if message.status != Message.Status.REMOVED:
            message_remove(actor=actor, message=message, reason=note)
        if decision == Decision.DELETE_AND_MUTE:
            member_mute(
                actor=actor,
                user=message.author,
                group=group,
                minutes=60 if mute_minutes is None else mute_minutes,
                reason=note,
            )
        elif decision == Decision.DELETE_AND_BAN:
            member_ban(actor=actor, group=group, user=message.author, reason=note, days=ban_days)
    ReviewItem.objects.filter(pk=item.pk).update(
        resolved_at=timezone.now(), resolved_by=actor, decision=decision, note=note
    )
    item.refresh_from_db()
    return item


@transaction.atomic
def crisis_alert_acknowledge(*, actor, alert: CrisisAlert, note: str = "") -> CrisisAlert:
    note = _clean_reason(note)
    alert = CrisisAlert.objects.select_for_update().get(pk=alert.pk)
    _require_group_action(actor=actor, group=alert.group, action=Action.MODERATE)
    if alert.acknowledged_at is not None:
        raise Conflict(
            gettext("Someone already acknowledged this alert."), code="already_acknowledged"
        )
    alert.acknowledged_at = timezone.now()
    alert.acknowledged_by = actor
    alert.save(update_fields=["acknowledged_at", "acknowledged_by"])
    audit_record(
        actor=actor,
        group=alert.group,
        action=AuditAction.CRISIS_ACKNOWLEDGE,
        target_user=alert.author,
        occurrence=alert.occurrence,
        reason=note,
    )
    return alert


# ---------------------------------------------------------------------------------------
# Automatic rules and retention


@transaction.atomic
def rule_create(
    *, actor, group: Group, pattern: str, kind: str = "word", action: str = "hold"
) -> Rule:
    _require_group_action(actor=actor, group=group, action=Action.MODERATE)
    if kind not in Rule.Kind.values:
        raise ServiceError(gettext("Choose word or phrase."), code="invalid_kind", field="kind")
    if action not in Rule.Outcome.values:
        raise ServiceError(
            gettext("Choose block, hold or flag."), code="invalid_action", field="action"
        )
    pattern = rule_text.clean_pattern(pattern, kind=kind)
    if Rule.objects.filter(group=group, pattern=pattern, enabled=True).exists():
        raise Conflict(gettext("This group already has that rule."), code="rule_exists")
    rule = Rule.objects.create(
        group=group, pattern=pattern, kind=kind, action=action, created_by=actor
    )
    audit_record(
        actor=actor,
        group=group,
        action=AuditAction.RULE_CREATE,
        reason=f"“{pattern}” ({rule.get_kind_display().lower()}): {rule.get_action_display()}",
    )
    return rule


@transaction.atomic
def rule_set_enabled(*, actor, rule: Rule, enabled: bool) -> Rule:
    """Turn a group's own rule on or off. Site-wide defaults are changed by site staff."""
    rule = Rule.objects.select_for_update().get(pk=rule.pk)
    if rule.group_id is None:
        raise NotAllowed(
            gettext("Site-wide rules are managed by the site's staff."), code="site_rule"
        )
    _require_group_action(actor=actor, group=rule.group, action=Action.MODERATE)
    if rule.enabled == enabled:
        raise Conflict(gettext("The rule is already like that."), code="unchanged")
    rule.enabled = enabled
    rule.save(update_fields=["enabled"])
    audit_record(
        actor=actor,
        group=rule.group,
        action=AuditAction.RULE_ENABLE if enabled else AuditAction.RULE_DISABLE,
        reason=f"“{rule.pattern}”",
    )
    return rule


@transaction.atomic
def allowed_term_add(*, actor, group: Group, term: str) -> AllowedTerm:
    _require_group_action(actor=actor, group=group, action=Action.MODERATE)
    term = rule_text.clean_pattern(term, kind="phrase")
    if AllowedTerm.objects.filter(group=group, term=term).exists():
        raise Conflict(gettext("That term is already allowed."), code="term_exists")
    allowed = AllowedTerm.objects.create(group=group, term=term, created_by=actor)
    audit_record(actor=actor, group=group, action=AuditAction.ALLOWED_TERM_ADD, reason=f"“{term}”")
    return allowed


def _group_rule(*, actor, rule: Rule) -> Rule:
    rule = Rule.objects.select_for_update().get(pk=rule.pk)
    if rule.group_id is None:
        raise NotAllowed(
            gettext("Site-wide rules are managed by the site's staff."), code="site_rule"
        )
    _require_group_action(actor=actor, group=rule.group, action=Action.MODERATE)
    return rule


@transaction.atomic
def rule_update(*, actor, rule: Rule, pattern: str, kind: str, action: str) -> Rule:
    """Change a group's own rule: its word or phrase, how it matches, what it does."""
    rule = _group_rule(actor=actor, rule=rule)
    if kind not in Rule.Kind.values:
        raise ServiceError(gettext("Choose word or phrase."), code="invalid_kind", field="kind")
    if action not in Rule.Outcome.values:
        raise ServiceError(
            gettext("Choose block, hold or flag."), code="invalid_action", field="action"
        )
    pattern = rule_text.clean_pattern(pattern, kind=kind)
    if (rule.pattern, rule.kind, rule.action) == (pattern, kind, action):
        raise Conflict(gettext("The rule is already like that."), code="unchanged")
    if (
        Rule.objects.filter(group=rule.group, pattern=pattern, enabled=True)
        .exclude(pk=rule.pk)
        .exists()
    ):
        raise Conflict(gettext("This group already has that rule."), code="rule_exists")
    before = f"“{rule.pattern}”: {rule.get_action_display()}"
    rule.pattern, rule.kind, rule.action = pattern, kind, action
    rule.save(update_fields=["pattern", "kind", "action"])
    audit_record(
        actor=actor,
        group=rule.group,
        action=AuditAction.RULE_UPDATE,
        reason=f"{before} → “{pattern}”: {rule.get_action_display()}",
    )
    return rule


@transaction.atomic
def rule_delete(*, actor, rule: Rule) -> None:
    rule = _group_rule(actor=actor, rule=rule)
    group, pattern = rule.group, rule.pattern
    rule.delete()
    audit_record(actor=actor, group=group, action=AuditAction.RULE_DELETE, reason=f"“{pattern}”")


@transaction.atomic
def allowed_term_remove(*, actor, term: AllowedTerm) -> None:
    term = AllowedTerm.objects.select_for_update().get(pk=term.pk)
    if term.group_id is None:
        raise NotAllowed(
            gettext("Site-wide terms are managed by the site's staff."), code="site_rule"
        )
    _require_group_action(actor=actor, group=term.group, action=Action.MODERATE)
    group, text = term.group, term.term
    term.delete()
    audit_record(
        actor=actor, group=group, action=AuditAction.ALLOWED_TERM_REMOVE, reason=f"“{text}”"
    )


@transaction.atomic
def rule_set_change(*, actor, group: Group, category: str, action: str, enabled: bool) -> RuleSet:
    """Choose what one of the shipped rule sets does in ``group``, or turn it off. Crisis
    language can never be turned off or blocked: its author always gets resources."""
    _require_group_action(actor=actor, group=group, action=Action.MODERATE)
    if category not in screening.CATEGORIES:
        raise ServiceError(gettext("Unknown rule set."), code="invalid_category", field="category")
    choices = screening.OUTCOME_CHOICES[category]
    if action not in choices:
        labels = ", ".join(RuleSet.Outcome(c).label.lower() for c in choices)
        raise ServiceError(
            gettext("This rule set can only: %(labels)s.") % {"labels": labels},
            code="invalid_action",
            field="action",
        )
    if category == screening.CRISIS and not enabled:
        raise NotAllowed(
            gettext("Crisis language can't be turned off: its author always gets resources."),
            code="crisis_always_on",
        )
    current = RuleSet.objects.select_for_update().filter(group=group, category=category).first()
    old = (
        (current.action, current.enabled)
        if current is not None
        else (screening.DEFAULT_OUTCOMES[category], True)
    )
    if old == (action, enabled):
        raise Conflict(gettext("The rule set is already like that."), code="unchanged")
    rule_set, _ = RuleSet.objects.update_or_create(
        group=group,
        category=category,
        defaults={
            "action": action,
            "enabled": enabled,
            "updated_by": actor,
            "updated_at": timezone.now(),
        },
    )
    label = RuleSet.Category(category).label
    state = RuleSet.Outcome(action).label if enabled else "off"
    audit_record(
        actor=actor, group=group, action=AuditAction.RULE_SET_CHANGE, reason=f"{label}: {state}"
    )
    return rule_set


RETENTION_MAX_HOURS = 24 * 90


@transaction.atomic
def retention_set(*, actor, group: Group, hours: int) -> Group:
    """How long meeting chat is kept after a meeting ends (0: purged when it ends)."""
    _require_group_action(actor=actor, group=group, action=Action.MODERATE)
    _whole_number(
        hours, low=0, high=RETENTION_MAX_HOURS, what="Hours", code="invalid_hours", field="hours"
    )
    group = Group.objects.select_for_update().get(pk=group.pk)
    if group.chat_retention_hours == hours:
        raise Conflict(gettext("Retention is already set to that."), code="unchanged")
    old = group.chat_retention_hours
    group.chat_retention_hours = hours
    group.save(update_fields=["chat_retention_hours", "updated_at"])
    audit_record(
        actor=actor,
        group=group,
        action=AuditAction.RETENTION_CHANGE,
        reason=f"{old} → {hours} hours",
    )
    return group


# ---------------------------------------------------------------------------------------
# Room controls: lock, slow mode, the share queue

SLOW_MODE_MAX_SECONDS = 600


def _room_for_update(occurrence: Occurrence) -> RoomState:
    RoomState.objects.get_or_create(occurrence=occurrence)
    return RoomState.objects.select_for_update().get(occurrence=occurrence)


@transaction.atomic
def room_lock(*, actor, occurrence: Occurrence, locked: bool) -> RoomState:
    """Lock the chat so only moderators and the chair post (``locked`` False unlocks)."""
    if not isinstance(locked, bool):
        raise ServiceError(
            gettext("Say whether to lock or unlock."), code="bad_field", field="locked"
        )
    _require_live_control(actor=actor, occurrence=occurrence)
    room = _room_for_update(occurrence)
    if room.locked == locked:
        raise Conflict(
            "The chat is already locked." if locked else "The chat is not locked.",
            code="unchanged",
        )
    room.locked = locked
    room.save(update_fields=["locked", "updated_at"])
    audit_record(
        actor=actor,
        group=occurrence.series.group,
        action=AuditAction.ROOM_LOCK if locked else AuditAction.ROOM_UNLOCK,
        occurrence=occurrence,
    )
    room_event_on_commit(occurrence.pk, {"type": "room.refresh_state"})
    return room


@transaction.atomic
def room_slow_mode(*, actor, occurrence: Occurrence, seconds: int) -> RoomState:
    """One message per ``seconds`` per person (0 turns slow mode off). Moderators and the
    chair are exempt."""
    _whole_number(
        seconds,
        low=0,
        high=SLOW_MODE_MAX_SECONDS,
        what="Seconds",
        code="invalid_duration",
        field="seconds",
    )
    _require_live_control(actor=actor, occurrence=occurrence)
    room = _room_for_update(occurrence)
    if room.slow_mode_seconds == seconds:
        raise Conflict(gettext("Slow mode is already set to that."), code="unchanged")
    room.slow_mode_seconds = seconds
    room.save(update_fields=["slow_mode_seconds", "updated_at"])
    audit_record(
        actor=actor,
        group=occurrence.series.group,
        action=AuditAction.ROOM_SLOW_MODE,
        occurrence=occurrence,
        reason=f"One message every {seconds} seconds" if seconds else "Off",
    )
    room_event_on_commit(occurrence.pk, {"type": "room.refresh_state"})
    return room


@transaction.atomic
def queue_clear(*, actor, occurrence: Occurrence) -> dict:
    """Lower every raised hand."""
    from chat.services import queue_broadcast_on_commit

    _require_live_control(actor=actor, occurrence=occurrence)
    _room_for_update(occurrence)
    if not HandRaise.objects.filter(occurrence=occurrence).delete()[0]:
        raise Conflict(gettext("Nobody has a hand raised."), code="queue_empty")
    audit_record(
        actor=actor,
        group=occurrence.series.group,
        action=AuditAction.QUEUE_CLEAR,
        occurrence=occurrence,
    )
    return queue_broadcast_on_commit(occurrence_id=occurrence.pk)


@transaction.atomic
def queue_reorder(*, actor, occurrence: Occurrence, user_ids: list[int]) -> dict:
    """Put the raised hands in the order of ``user_ids`` (exactly the people in the queue)."""
    from chat.services import queue_broadcast_on_commit

    _require_live_control(actor=actor, occurrence=occurrence)
    _room_for_update(occurrence)
    hands = {h.user_id: h for h in HandRaise.objects.filter(occurrence=occurrence)}
    if len(set(user_ids)) != len(user_ids) or set(user_ids) != set(hands):
        raise Conflict(
            gettext("The queue changed meanwhile; reorder the people now in it."),
            code="queue_changed",
        )
    for position, user_id in enumerate(user_ids, start=1):
        hands[user_id].position = position
    HandRaise.objects.bulk_update(hands.values(), ["position"])
    audit_record(
        actor=actor,
        group=occurrence.series.group,
        action=AuditAction.QUEUE_REORDER,
        occurrence=occurrence,
    )
    return queue_broadcast_on_commit(occurrence_id=occurrence.pk)
