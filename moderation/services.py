"""Moderation writes: the checks chat runs on every message, live controls, reports and the
review queue, automatic rules, crisis alerts and the audit log.

Every live action is keyword-only with ``actor`` first, asks kindred.policy, writes in one
transaction, records exactly one audit entry per thing done, and broadcasts with the
chat.events helpers after commit. Bad input raises a kindred.errors exception before
anything is written, so nothing changes and nothing is audited.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from chat.events import user_event_on_commit
from chat.models import Message, RoomState
from groups.models import Group, Membership, Role
from kindred.errors import NotAllowed
from kindred.policy import may_moderate_meeting, standing_for
from meetings.lifecycle import occurrence_chair_id
from meetings.models import Occurrence
from moderation import rules as rule_text
from moderation.crisis import crisis_match, resources_html, resources_text
from moderation.models import AllowedTerm, AuditEntry, CrisisAlert, ReviewItem, Rule
from moderation.selectors import active_mute, is_removed

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
# Checks chat runs before storing a message


def _setting(name: str, default):
    return getattr(settings, name, default)


def _local(dt: datetime, user) -> str:
    zone = getattr(user, "timezone", None) or "UTC"
    try:
        return timezone.localtime(dt, timezone=zoneinfo.ZoneInfo(zone)).strftime("%H:%M %Z")
    except (KeyError, ValueError, zoneinfo.ZoneInfoNotFoundError):
        return dt.strftime("%H:%M UTC")


def _rate_limit(*, user, now: datetime) -> None:
    """At most KINDRED_RATE_LIMIT_MESSAGES per KINDRED_RATE_LIMIT_SECONDS per person, counted
    in the shared cache (Redis in production) so every worker sees the same count."""
    limit = int(_setting("KINDRED_RATE_LIMIT_MESSAGES", 8))
    window = int(_setting("KINDRED_RATE_LIMIT_SECONDS", 10))
    if limit <= 0 or window <= 0:
        return
    key = f"moderation:rate:{user.pk}:{int(now.timestamp()) // window}"
    cache.add(key, 0, timeout=window * 2)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window * 2)
        count = 1
    if count > limit:
        raise NotAllowed(
            f"Please slow down: at most {limit} messages every {window} seconds.",
            code="rate_limited",
        )


def posting_check(
    *, occurrence: Occurrence, user, now: datetime | None = None, body: str | None = None
) -> None:
    """Raise NotAllowed if ``user`` may not post in ``occurrence`` right now.

    Codes: "banned", "removed", "muted" (the detail says until when and why),
    "room_locked" and "slow_mode" (moderators and the chair are exempt), "rate_limited"
    (per person, across workers) and, when ``body`` is given, "duplicate" (the same text as
    their previous message within KINDRED_DUPLICATE_SECONDS). Chat calls it on every send,
    after its own idempotency check (a resend of a stored client id is not a new message).
    """
    now = now or timezone.now()
    _rate_limit(user=user, now=now)
    group = occurrence.series.group
    standing = standing_for(user=user, group=group)
    if standing.banned:
        raise NotAllowed("You can't take part in this group.", code="banned")
    if is_removed(occurrence=occurrence, user=user):
        raise NotAllowed("You were removed from this meeting.", code="removed")
    mute = active_mute(occurrence=occurrence, user=user, at=now)
    if mute is not None:
        when = "the end of this meeting" if mute.until is None else _local(mute.until, user)
        why = f" Reason: {mute.reason}" if mute.reason else ""
        raise NotAllowed(f"A moderator muted you until {when}.{why}", code="muted")
    exempt = may_moderate_meeting(standing, is_chair=occurrence_chair_id(occurrence) == user.pk)
    if exempt:
        return
    room = (
        RoomState.objects.filter(occurrence=occurrence)
        .values_list("locked", "slow_mode_seconds")
        .first()
    )
    locked, slow = room or (False, 0)
    if locked:
        raise NotAllowed("The chat is locked: only moderators can post.", code="room_locked")
    duplicate_window = int(_setting("KINDRED_DUPLICATE_SECONDS", 120))
    look_back = max(slow, duplicate_window if body is not None else 0)
    if not look_back:
        return
    last = (
        Message.objects.filter(
            occurrence=occurrence,
            author_id=user.pk,
            created_at__gt=now - timedelta(seconds=look_back),
        )
        .order_by("-seq")
        .values_list("created_at", "body")
        .first()
    )
    if last is None:
        return
    created_at, last_body = last
    if slow and now - created_at < timedelta(seconds=slow):
        wait = max(1, int(slow - (now - created_at).total_seconds()))
        raise NotAllowed(
            f"Slow mode is on: one message every {slow} seconds. Try again in {wait} s.",
            code="slow_mode",
        )
    if (
        body is not None
        and now - created_at < timedelta(seconds=duplicate_window)
        and rule_text.normalize(body) == rule_text.normalize(last_body)
        and body.strip()
    ):
        raise NotAllowed("You just sent that same message.", code="duplicate")


@dataclass(frozen=True)
class Screening:
    """What the automatic rules say about a message before it is stored.

    ``action``: "allow" (post it), "hold" (store it held: only the author sees it until a
    moderator approves) or "block" (refuse; tell the author ``reason``). ``flag``: post it
    but put it in the review queue. ``crisis``: send the author resources and alert the
    moderators (message_screened does both). ``code`` is a stable error code for a block;
    ``review_reason`` is what moderators see in the queue."""

    action: str = "allow"
    reason: str = ""
    flag: bool = False
    crisis: bool = False
    code: str = ""
    review_reason: str = ""


_SEVERITY = {"allow": 0, "flag": 1, "hold": 2, "block": 3}


def message_screen(*, occurrence: Occurrence, author, body: str) -> Screening:
    """Run the automatic rules on a message that is about to be stored."""
    group = occurrence.series.group
    now = timezone.now()
    crisis = crisis_match(body) is not None
    rules = list(
        Rule.objects.filter(enabled=True)
        .filter(Q(group__isnull=True) | Q(group=group))
        .values_list("pattern", "action")
    )
    action, review_reason, blocked_by = "allow", "", ""
    if rules:
        allowed = AllowedTerm.objects.filter(Q(group__isnull=True) | Q(group=group)).values_list(
            "term", flat=True
        )
        text = rule_text.strip_allowed(body, list(allowed))
        for pattern, outcome in rules:
            if _SEVERITY[outcome] > _SEVERITY[action] and rule_text.matches(pattern, text):
                action, review_reason = outcome, f"Matched the rule “{pattern}”"
                if outcome == "block":
                    blocked_by = pattern
    flag = action == "flag"
    if action == "flag":
        action = "allow"
    membership = (
        Membership.objects.filter(group=group, user_id=author.pk)
        .values_list("role", "joined_at")
        .first()
    )
    role, joined_at = membership or (None, None)
    trusted = Role.rank(role) >= Role.rank(Role.MODERATOR) or occurrence_chair_id(
        occurrence
    ) == getattr(author, "pk", None)
    if action == "allow" and not trusted:
        if (
            group.link_hold_days
            and joined_at is not None
            and joined_at > now - timedelta(days=group.link_hold_days)
            and rule_text.has_link(body)
        ):
            action = "hold"
            review_reason = (
                f"A link from someone who joined less than {group.link_hold_days} days ago"
            )
        elif (
            group.new_member_hold_count
            and Message.objects.filter(author_id=author.pk, occurrence__series__group=group).count()
            < group.new_member_hold_count
        ):
            action = "hold"
            review_reason = (
                f"One of the first {group.new_member_hold_count} messages of a new member"
            )
    if action == "block" and crisis:
        # Never silently dropped: a moderator sees it, and the author gets resources.
        action = "hold"
    if action == "block":
        return Screening(
            action="block",
            reason=f"Your message wasn't posted: “{blocked_by}” isn't allowed in this group.",
            crisis=crisis,
            code="blocked",
            review_reason=review_reason,
        )
    if action == "hold":
        return Screening(
            action="hold",
            reason="Your message will appear for others once a moderator has looked at it.",
            flag=flag,
            crisis=crisis,
            code="held",
            review_reason=review_reason,
        )
    return Screening(action="allow", flag=flag, crisis=crisis, review_reason=review_reason)


def _moderator_ids(*, group: Group, occurrence: Occurrence | None = None) -> set[int]:
    """Moderators and the owner of ``group`` (not banned), plus the meeting's chair."""
    from groups.models import Ban

    ids = set(
        Membership.objects.filter(group=group, role__in=[Role.MODERATOR, Role.OWNER])
        .exclude(user__in=Ban.objects.active().filter(group=group).values("user"))
        .values_list("user_id", flat=True)
    )
    if occurrence is not None and (chair := occurrence_chair_id(occurrence)):
        ids.add(chair)
    return ids


def message_screened(*, message: Message, screening: Screening) -> None:
    """Called by chat inside the posting transaction once the message row exists: puts
    held and flagged messages in the review queue, and for crisis language sends the
    author resources and alerts the moderators."""
    occurrence = message.occurrence
    group = occurrence.series.group
    held = message.status == Message.Status.HELD or screening.action == "hold"
    if held or screening.flag:
        ReviewItem.objects.get_or_create(
            message=message,
            defaults={
                "group": group,
                "occurrence": occurrence,
                "held": held,
                "rule_reason": screening.review_reason[:200],
            },
        )
    if screening.crisis:
        crisis_alert_create(message=message)
    elif held:
        for user_id in _moderator_ids(group=group, occurrence=occurrence):
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


def crisis_alert_create(*, message: Message) -> CrisisAlert:
    """Send the author crisis resources at once, privately, and alert the moderators."""
    occurrence = message.occurrence
    group = occurrence.series.group
    alert = CrisisAlert.objects.create(
        group=group,
        occurrence=occurrence,
        message=message,
        author=message.author,
        excerpt=message.body[:300],
    )
    if message.author_id:
        user_event_on_commit(
            message.author_id,
            {
                "type": "user.notice",
                "occurrence_id": occurrence.pk,
                "group_id": group.pk,
                "kind": "crisis",
                "detail": resources_text(group),
                "html": str(resources_html(group)),
            },
        )
    for user_id in _moderator_ids(group=group, occurrence=occurrence) - {message.author_id}:
        user_event_on_commit(
            user_id,
            {
                "type": "user.notice",
                "occurrence_id": occurrence.pk,
                "group_id": group.pk,
                "kind": "crisis_alert",
                "alert_id": alert.pk,
                "seq": message.seq,
                "detail": "A message in this meeting suggests someone may be at risk. "
                "They were sent crisis resources. Please check in with them.",
            },
        )
    return alert
