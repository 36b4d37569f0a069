"""After a ban: removing a person's messages from the group's current and recent meetings
in one step; and telling a person, privately, when a moderator removed their message.

"Recent" is the meetings that started in the last RECENT_DAYS (30) days: long enough to
cover a month of weekly meetings, whose history people still scroll back through, and
within the longest chat retention (90 days), after which the text is gone anyway.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chat.announce import message_announce_on_commit
from chat.models import Message
from groups.models import Group
from kindred.errors import NotAllowed
from kindred.events import (
    user_event_on_commit,
    user_notice,
)
from kindred.i18n import in_language_of
from kindred.policy import Action
from meetings.models import Occurrence
from moderation.access import require_group_action, require_target
from moderation.audit import audit_record
from moderation.models import AuditAction, Decision, ReviewItem

RECENT_DAYS = 30
EXCERPT_LENGTH = 60


@transaction.atomic
def member_messages_purge(
    *,
    actor,
    group: Group,
    user,
    around: Occurrence | None = None,
    reason: str | None = None,
) -> int:
    """Remove every message ``user`` wrote in ``group``'s meetings that started in the last
    RECENT_DAYS days, and in ``around`` (the meeting going on, whenever it started). Each
    is removed like a moderator's removal: gone for everyone at once (rooms with people in
    them get ``message.removed``), shown as "removed by a moderator" in history, its review
    items closed, and audited one by one. Moderators and the owner only, on someone they may
    act on (like a ban). Returns how many messages were removed."""
    if reason is None:
        reason = _("Removed with a ban.")
    standing = require_group_action(actor=actor, group=group, action=Action.MANAGE_MEMBERS)
    require_target(standing, group=group, user=user, verb="remove the messages of")
    if around is not None and around.series.group_id != group.pk:
        raise NotAllowed(_("That meeting is not one of this group's."), code="forbidden")
    now = timezone.now()
    meetings = Occurrence.objects.filter(
        series__group=group, start__gte=now - timedelta(days=RECENT_DAYS)
    )
    if around is not None:
        meetings = meetings | Occurrence.objects.filter(pk=around.pk)
    messages = list(
        Message.objects.select_for_update()
        .filter(author=user, occurrence__in=meetings.values("pk"))
        .exclude(status__in=[Message.Status.REMOVED, Message.Status.ERASED])
        .order_by("occurrence_id", "seq")
    )
    for message in messages:
        message.status = Message.Status.REMOVED
        message.removed_at = now
        message.removed_by = actor
    Message.objects.bulk_update(messages, ["status", "removed_at", "removed_by"])
    ReviewItem.objects.open().filter(message__in=messages).update(
        resolved_at=now, resolved_by=actor, decision=Decision.DELETE
    )
    for message in messages:
        audit_record(
            actor=actor,
            group=group,
            action=AuditAction.MESSAGE_REMOVE,
            target_user=user,
            occurrence=message.occurrence,
            message=message,
            reason=reason,
        )
        message_announce_on_commit(message=message)
    return len(messages)


def removal_notice_on_commit(*, message: Message, reason: str) -> None:
    """Tell the author, privately and kindly, that a moderator removed their message and
    why (their reason, when they gave one). Sent as a ``notice`` of kind ``removed`` to the
    author's sockets in that room only; nobody else hears of it."""
    if not message.author_id:
        return
    excerpt = " ".join(message.body.split())
    if len(excerpt) > EXCERPT_LENGTH:
        excerpt = excerpt[: EXCERPT_LENGTH - 1] + "…"
    with in_language_of(message.author_id):
        detail = _("A moderator removed your message “%(excerpt)s”.") % {"excerpt": excerpt}
        detail += " " + (
            _("Their reason: %(reason)s") % {"reason": reason}
            if reason
            else _("It did not fit this group's guidelines for this meeting.")
        )
        detail += " " + _(
            "You are still welcome here; if it is unclear, you can ask the moderators."
        )
    user_event_on_commit(
        message.author_id,
        user_notice(
            kind="removed",
            occurrence_id=message.occurrence_id,
            seq=message.seq,
            reason=reason,
            detail=detail,
        ),
    )
