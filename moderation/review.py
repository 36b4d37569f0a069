"""Reports and the review queue: flagging a message, approving a held one, resolving a
review item, acknowledging a crisis alert."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from chat.announce import message_announce_new
from chat.models import Message, RoomPresence
from chat.sequence import seq_allocate
from groups.models import Group
from kindred.errors import Conflict, ServiceError
from kindred.events import user_event_on_commit, user_notice
from kindred.i18n import in_language_of
from kindred.policy import Action, require, standing_for
from meetings.models import Occurrence
from moderation.access import REASON_MAX, clean_reason, require_group_action
from moderation.actions import (
    done_by,
    member_ban,
    member_mute,
    message_controlled,
    message_decided,
    message_remove,
)
from moderation.audit import audit_record
from moderation.models import AuditAction, CrisisAlert, Decision, Flag, FlagReason, ReviewItem
from moderation.notices import moderator_ids


def _tell_each(user_ids, *, kind: str, detail, **fields) -> None:
    """A notice to each of ``user_ids`` once it commits, ``detail()`` in their language."""
    for user_id in user_ids:
        with in_language_of(user_id):
            text = detail()
        user_event_on_commit(user_id, user_notice(kind=kind, detail=text, **fields))


def review_notify(*, group: Group, occurrence: Occurrence, include_chair: bool = False) -> None:
    """Tell the group's moderators (and, for a held message, the meeting's chair) that
    something waits in the review queue."""
    _tell_each(
        moderator_ids(group=group, occurrence=occurrence if include_chair else None),
        kind="review",
        detail=lambda: gettext("A message is waiting for review."),
        occurrence_id=occurrence.pk,
        group_id=group.pk,
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
    review_notify(group=group, occurrence=occurrence)
    return flag


@transaction.atomic
def held_message_approve(*, actor, message: Message, note: str = "") -> Message:
    """Show a held message to everyone. It takes the room's next id, so it arrives as a new
    message for every client (and for clients resuming from a later id)."""
    message = message_controlled(actor=actor, message=message)
    occurrence = message.occurrence
    if message.status != Message.Status.HELD:
        raise Conflict(gettext("That message isn't waiting for approval."), code="not_held")
    old_seq = message.seq
    message.seq = seq_allocate(occurrence)
    message.status = Message.Status.VISIBLE
    message.save(update_fields=["seq", "status"])
    message_decided(
        actor=actor,
        message=message,
        decision=Decision.APPROVE,
        action=AuditAction.MESSAGE_APPROVE,
        reason=note,
        resolved_at=timezone.now(),
        note=note[:500],
    )
    message_announce_new(message, held=False)
    # The author and the moderators saw it held under its old id: tell them it moved.
    group = occurrence.series.group
    people = {message.author_id} | moderator_ids(group=group, occurrence=occurrence)
    _tell_each(
        [user_id for user_id in people if user_id],
        kind="approved",
        detail=lambda: gettext("A held message was approved; everyone can see it now."),
        occurrence_id=occurrence.pk,
        group_id=group.pk,
        old_seq=old_seq,
        seq=message.seq,
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
    note = clean_reason(note)
    if decision not in Decision.values:
        raise ServiceError(gettext("Choose what to do with this item."), code="invalid_decision")
    item = ReviewItem.objects.select_for_update().select_related("group").get(pk=item.pk)
    group = item.group
    require_group_action(actor=actor, group=group, action=Action.MODERATE)
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
    note = clean_reason(note)
    alert = CrisisAlert.objects.select_for_update().get(pk=alert.pk)
    require_group_action(actor=actor, group=alert.group, action=Action.MODERATE)
    if alert.acknowledged_at is not None:
        raise Conflict(
            gettext("Someone already acknowledged this alert."), code="already_acknowledged"
        )
    done_by(
        alert,
        "acknowledged",
        actor=actor,
        group=alert.group,
        action=AuditAction.CRISIS_ACKNOWLEDGE,
        target_user=alert.author,
        occurrence=alert.occurrence,
        reason=note,
    )
    return alert
