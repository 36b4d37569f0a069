"""Reads for moderation: who is muted or removed, the review queue, the audit log."""

from datetime import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from groups.models import Ban, Group
from meetings.models import Occurrence
from moderation.models import (
    AuditEntry,
    CrisisAlert,
    MeetingRemoval,
    Mute,
    ReviewItem,
    Rule,
)


def is_removed(*, occurrence: Occurrence, user) -> bool:
    """True if ``user`` was removed from this meeting (they may not come back to it)."""
    if user is None or not getattr(user, "pk", None):
        return False
    return MeetingRemoval.objects.filter(occurrence=occurrence, user_id=user.pk).exists()


def active_mute(*, occurrence: Occurrence, user, at: datetime | None = None) -> Mute | None:
    """The mute that stops ``user`` posting in ``occurrence`` now (the longest one), or None.

    A mute for "the rest of the meeting" (``until`` empty) only applies to its occurrence;
    a group-wide mute applies to every meeting of the group until it ends."""
    if user is None or not getattr(user, "pk", None):
        return None
    mutes = list(
        Mute.objects.active(at)
        .filter(user_id=user.pk, group_id=occurrence.series.group_id)
        .filter(Q(occurrence__isnull=True) | Q(occurrence=occurrence))
    )
    if not mutes:
        return None
    # Rest-of-meeting mutes outlast any timed one.
    return max(mutes, key=lambda m: (m.until is None, m.until or m.created_at))


def review_queue(*, group: Group) -> QuerySet[ReviewItem]:
    """Open items, oldest first, with their message, author and flags in three queries."""
    return (
        ReviewItem.objects.open()
        .filter(group=group)
        .select_related("message", "message__author", "occurrence", "occurrence__series")
        .prefetch_related("flags")
        .order_by("created_at", "pk")
    )


def review_count(*, group: Group) -> int:
    return ReviewItem.objects.open().filter(group=group).count()


def audit_log(*, group: Group) -> QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(group=group).select_related("actor", "target_user")


def group_mutes(*, group: Group, at: datetime | None = None) -> QuerySet[Mute]:
    return (
        Mute.objects.active(at)
        .filter(group=group)
        .select_related("user", "occurrence", "occurrence__series")
        .order_by("until", "pk")
    )


def group_bans(*, group: Group, at: datetime | None = None) -> QuerySet[Ban]:
    return (
        Ban.objects.active(at or timezone.now())
        .filter(group=group)
        .select_related("user", "created_by")
        .order_by("expires_at", "pk")
    )


def rules_for(*, group: Group) -> QuerySet[Rule]:
    """Site-wide defaults and the group's own rules (enabled or not)."""
    return Rule.objects.filter(Q(group__isnull=True) | Q(group=group)).order_by(
        "-group_id", "pattern"
    )


def open_crisis_alerts(*, group: Group) -> QuerySet[CrisisAlert]:
    return (
        CrisisAlert.objects.filter(group=group, acknowledged_at__isnull=True)
        .select_related("author", "occurrence", "occurrence__series")
        .order_by("created_at", "pk")
    )


def moderated_groups(*, user) -> QuerySet[Group]:
    """Groups ``user`` moderates or owns (and is not banned from), with open review counts."""
    from django.db.models import Count, Exists, OuterRef

    from groups.models import Role

    banned = Ban.objects.active(timezone.now()).filter(group=OuterRef("pk"), user=user)
    return (
        Group.objects.filter(
            memberships__user=user, memberships__role__in=[Role.MODERATOR, Role.OWNER]
        )
        .exclude(Exists(banned))
        .annotate(
            open_reviews=Count(
                "review_items", filter=Q(review_items__resolved_at__isnull=True), distinct=True
            )
        )
        .order_by("name", "pk")
    )


def nav_review_count(*, user) -> tuple[int, int]:
    """(groups moderated, open review items in them) for the navigation, in ONE query."""
    from django.db.models import Count

    from groups.models import Membership, Role

    row = Membership.objects.filter(user=user, role__in=[Role.MODERATOR, Role.OWNER]).aggregate(
        groups=Count("group", distinct=True),
        open=Count(
            "group__review_items",
            filter=Q(group__review_items__resolved_at__isnull=True),
            distinct=True,
        ),
    )
    return row["groups"], row["open"]
