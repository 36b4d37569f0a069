"""What moderation tells people and rooms: who hears of moderators' work, how a time reads
in a person's own zone."""

from __future__ import annotations

import zoneinfo
from datetime import datetime

from django.utils import timezone

from groups.models import Ban, Group, Membership, Role
from meetings.lifecycle import occurrence_chair_id
from meetings.models import Occurrence


def local_time(dt: datetime, user) -> str:
    """``dt`` as the hour and minute in ``user``'s time zone (UTC when they have none)."""
    zone = getattr(user, "timezone", None) or "UTC"
    try:
        return timezone.localtime(dt, timezone=zoneinfo.ZoneInfo(zone)).strftime("%H:%M %Z")
    except (KeyError, ValueError, zoneinfo.ZoneInfoNotFoundError):
        return dt.strftime("%H:%M UTC")


def moderator_ids(*, group: Group, occurrence: Occurrence | None = None) -> set[int]:
    """Moderators and the owner of ``group`` (not banned), plus the meeting's chair."""
    ids = set(
        Membership.objects.filter(group=group, role__in=[Role.MODERATOR, Role.OWNER])
        .exclude(user__in=Ban.objects.active().filter(group=group).values("user"))
        .values_list("user_id", flat=True)
    )
    if occurrence is not None and (chair := occurrence_chair_id(occurrence)):
        ids.add(chair)
    return ids
