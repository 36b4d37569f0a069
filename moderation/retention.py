"""Retention: meeting chat is kept for the group's ``chat_retention_hours`` after the
meeting ends (0: purged as soon as it ends), then its text is purged.

Purging keeps the rows (ids, authors, times, statuses) so history, reactions and the audit
log stay consistent, and empties the text: message bodies, their HTML and content warnings,
and at the same time the text moderation records copied from them (crisis alert excerpts,
reporters' notes). What the audit needs (who did what, when, why) stays.

Check-ins (moderation.checkins) follow the same retention, counted from when they are
closed: the same run empties their messages' text.
"""

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from chat.models import Message
from meetings.lifecycle import closes_at
from meetings.models import Occurrence
from moderation.checkins import check_ins_purge_due
from moderation.models import CrisisAlert, Flag


def purge_due_at(occurrence: Occurrence) -> datetime:
    """When the chat of ``occurrence`` is purged: its end plus the group's retention."""
    return closes_at(occurrence) + timedelta(hours=occurrence.series.group.chat_retention_hours)


def chat_purge_due(*, now: datetime | None = None) -> int:
    """Purge the chat of every meeting whose retention has run out. Returns how many
    messages were purged. Safe to run at any time and from several workers."""
    now = now or timezone.now()
    unpurged = Message.objects.filter(occurrence=OuterRef("pk"), purged_at__isnull=True)
    candidates = (
        Occurrence.objects.filter(end__lte=now)
        .filter(Exists(unpurged))
        .select_related("series__group")
    )
    purged = 0
    for occurrence in candidates:
        if purge_due_at(occurrence) <= now:
            purged += occurrence_chat_purge(occurrence=occurrence, now=now)
    purged += check_ins_purge_due(now=now)
    return purged


@transaction.atomic
def occurrence_chat_purge(*, occurrence: Occurrence, now: datetime | None = None) -> int:
    now = now or timezone.now()
    count = Message.objects.filter(occurrence=occurrence, purged_at__isnull=True).update(
        body="", body_html="", content_warning="", purged_at=now
    )
    CrisisAlert.objects.filter(occurrence=occurrence).exclude(excerpt="").update(excerpt="")
    Flag.objects.filter(message__occurrence=occurrence).exclude(note="").update(note="")
    return count
