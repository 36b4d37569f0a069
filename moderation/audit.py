"""The audit log: one entry for every thing a moderator (or the site, for a join wave)
does, written inside the transaction that does it."""

from __future__ import annotations

from datetime import datetime

from chat.models import Message
from groups.models import Group
from meetings.models import Occurrence
from moderation.models import AuditEntry


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
