"""What the schedule's writes and one meeting's writes share: the stored occurrence of a
series (made on first need) and the checks on who schedules and who may chair.

Lower than meetings.services and meetings.scheduling, and than meetings.reminders, which
all import it; it imports none of them."""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils.translation import gettext

from groups.models import Group
from kindred import policy
from kindred.errors import ServiceError
from meetings import recurrence
from meetings.models import (
    MeetingSeries,
    Occurrence,
)


def occurrence_materialize(*, series: MeetingSeries, original_start: datetime) -> Occurrence:
    """The stored occurrence of ``series`` keyed by ``original_start`` (get or create).

    ``original_start`` must be a start the series' rule produces (UTC instant); its start
    and end are computed from the rule. Raises ServiceError(code="no_such_occurrence")
    otherwise.
    """
    existing = Occurrence.objects.filter(series=series, original_start=original_start).first()
    if existing is not None:
        existing.series = series
        return existing
    slot = recurrence.slot_for(recurrence.Rule.for_series(series), original_start)
    if slot is None:
        raise ServiceError(
            gettext("The series has no meeting at that time."), code="no_such_occurrence"
        )
    try:
        with transaction.atomic():
            occurrence = Occurrence.objects.create(
                series=series, original_start=slot.start, start=slot.start, end=slot.end
            )
    except IntegrityError:  # created concurrently
        occurrence = Occurrence.objects.get(series=series, original_start=slot.start)
    occurrence.series = series
    return occurrence


MIN_DURATION, MAX_DURATION = 5, 8 * 60


def scheduler_require(*, actor, group: Group) -> policy.Standing:
    """Moderators and the owner schedule meetings: scheduling, cancelling or moving one
    occurrence and assigning a chair are moderators' tools (docs/roles.md)."""
    standing = policy.standing_for(user=actor, group=group)
    policy.require(standing, policy.Action.MODERATE)
    return standing


def duration_check(minutes) -> None:
    """Refuse a meeting length that is not a whole number of minutes in range."""
    if not isinstance(minutes, int) or not (MIN_DURATION <= minutes <= MAX_DURATION):
        raise ServiceError(
            gettext(
                "A meeting lasts between %(MIN_DURATION)s minutes and %(MAX_DURATION_60)s hours."
            )
            % {"MIN_DURATION": MIN_DURATION, "MAX_DURATION_60": MAX_DURATION // 60},
            code="bad_duration",
            field="duration_minutes",
        )


def chair_check(*, group: Group, chair) -> None:
    if chair is None:
        return
    if not policy.may_chair(policy.standing_for(user=chair, group=group)):
        raise ServiceError(
            gettext("The chair must be a moderator or the owner of the group."),
            code="chair_not_moderator",
            field="chair",
        )
