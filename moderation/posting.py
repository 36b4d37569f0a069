"""Moderation's checks on every message chat posts (chat/registry.py): the per-person
message limit, bans, removals, mutes, locks, slow mode and duplicates (``posting_check``),
and the screening of the text (``message_screen``). moderation/room.py registers them
with chat's posting pipeline.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from chat.models import Message
from kindred.counters import Count, hit
from kindred.errors import NotAllowed
from kindred.policy import (
    Standing,
    may_lead_meeting,
    standing_for,
)
from meetings.lifecycle import occurrence_chair_id
from meetings.models import Occurrence
from moderation import rules as rule_text
from moderation import screening
from moderation.notices import local_time
from moderation.screening import Finding
from moderation.selectors import (
    PostingFacts,
    active_mute,
    duplicate_seconds,
    last_message,
    posting_facts,
    screening_terms,
)

logger = logging.getLogger(__name__)


def _setting(name: str, default):
    return getattr(settings, name, default)


class MessageRate(NamedTuple):
    """The per-person message limit: at most ``limit`` messages in any ``window`` seconds
    (a sliding window, kindred/counters.py), counted under ``key``."""

    key: str
    window: int
    limit: int


def message_rate(*, user_id: int, now: datetime) -> MessageRate | None:
    """At most KINDRED_RATE_LIMIT_MESSAGES per KINDRED_RATE_LIMIT_SECONDS per person,
    counted in the shared cache (Redis in production) so every worker sees the same count.
    None when there is no limit."""
    limit = int(_setting("KINDRED_RATE_LIMIT_MESSAGES", 8))
    window = int(_setting("KINDRED_RATE_LIMIT_SECONDS", 10))
    if limit <= 0 or window <= 0:
        return None
    return MessageRate(f"moderation:rate:{user_id}", window, limit)


def _rate_limit(*, user, now: datetime, counted: Count | None = None) -> None:
    """Count this message (or take ``counted``, the count a room socket took with the
    message's frame) and refuse it when the person is over the limit."""
    rate = message_rate(user_id=user.pk, now=now)
    if rate is None:
        return
    if counted is None:
        counted = hit(rate.key, window=rate.window, limit=rate.limit)
    counted.used = True
    if counted.value > rate.limit:
        raise NotAllowed(
            gettext("Please slow down: at most %(limit)s messages every %(window)s seconds.")
            % {"limit": rate.limit, "window": rate.window},
            code="rate_limited",
            retry_after=counted.retry_after or rate.window,
        )


def posting_check(
    *,
    occurrence: Occurrence,
    user,
    now: datetime | None = None,
    body: str | None = None,
    standing: Standing | None = None,
    facts: PostingFacts | None = None,
    counted: Count | None = None,
) -> None:
    """Raise NotAllowed if ``user`` may not post in ``occurrence`` right now.

    Codes: "banned", "removed", "muted" (the detail says until when and why),
    "room_locked" and "slow_mode" (moderators and the chair are exempt), "rate_limited"
    (per person, across workers) and, when ``body`` is given, "duplicate" (the same text as
    their previous message within KINDRED_DUPLICATE_SECONDS). Chat calls it on every send,
    after its own idempotency check (a resend of a stored client id is not a new message),
    with the ``standing`` and ``facts`` it read for the message (posting_facts, at ``now``);
    without them they are read here. ``counted``: this message's count, when the room
    socket took it with the frame (chat/limits.py); otherwise it is counted here.
    """
    now = now or timezone.now()
    _rate_limit(user=user, now=now, counted=counted)
    if standing is None or facts is None:
        standing, facts, _ = posting_facts(
            occurrence=occurrence, user=user, now=now, with_body=body is not None
        )
    if standing.banned:
        raise NotAllowed(gettext("You can't take part in this group."), code="banned")
    if facts.removed:
        raise NotAllowed(gettext("You were removed from this meeting."), code="removed")
    mute = active_mute(occurrence=occurrence, user=user, at=now) if facts.muted else None
    if mute is not None:
        when = (
            gettext("the end of this meeting")
            if mute.until is None
            else local_time(mute.until, user)
        )
        why = gettext(" Reason: %(reason)s") % {"reason": mute.reason} if mute.reason else ""
        raise NotAllowed(
            gettext("A moderator muted you until %(when)s.%(why)s") % {"when": when, "why": why},
            code="muted",
        )
    exempt = may_lead_meeting(standing, chair_id=occurrence_chair_id(occurrence))
    if exempt:
        return
    if facts.locked:
        raise NotAllowed(
            gettext("The chat is locked: only moderators can post."), code="room_locked"
        )
    slow = facts.slow_mode_seconds
    duplicate_window = duplicate_seconds()
    look_back = max(slow, duplicate_window if body is not None else 0)
    if not look_back:
        return
    if look_back == facts.look_back:
        last = facts.last
    else:  # slow mode looks further back than the facts did
        last = (
            last_message(occurrence=occurrence, user_id=user.pk, now=now, look_back=look_back)
            .values_list("created_at", "body")
            .first()
        )
    if last is None:
        return
    created_at, last_body = last
    if slow and now - created_at < timedelta(seconds=slow):
        wait = max(1, int(slow - (now - created_at).total_seconds()))
        raise NotAllowed(
            gettext("Slow mode is on: one message every %(slow)s seconds. Try again in %(wait)s s.")
            % {"slow": slow, "wait": wait},
            code="slow_mode",
        )
    if (
        body is not None
        and now - created_at < timedelta(seconds=duplicate_window)
        and rule_text.normalize(body) == rule_text.normalize(last_body)
        and body.strip()
    ):
        raise NotAllowed(gettext("You just sent that same message."), code="duplicate")


@dataclass(frozen=True)
class Screening:
    """What the automatic rules say about a message before it is stored.

    ``action``: "allow" (post it), "hold" (store it held: only the author sees it until a
    moderator approves) or "block" (refuse; tell the author ``reason``). ``flag``: post it
    but put it in the review queue. ``crisis``: send the author resources and alert the
    moderators (message_screened does both). ``code`` is a stable error code for a block;
    ``review_reason`` is what moderators see in the queue; ``findings`` are everything the
    rules found, most severe first (what "Try a sentence" shows)."""

    action: str = "allow"
    reason: str = ""
    flag: bool = False
    crisis: bool = False
    code: str = ""
    review_reason: str = ""
    findings: tuple[Finding, ...] = ()

    @property
    def records_nothing(self) -> bool:
        """Whether message_screened has nothing to store or send for this message."""
        return self.action == "allow" and not self.flag and not self.crisis


_SEVERITY = screening.SEVERITY
# A link in one of a person's first this-many visible messages in a group is held
# (setting KINDRED_NEW_MEMBER_LINK_MESSAGES; 0: off).
NEW_MEMBER_LINK_MESSAGES = 3


def _review_reason(finding: Finding) -> str:
    if finding.source == "rule":
        return gettext("Matched the rule “%(rule)s”") % {"rule": finding.matched}
    what = str(finding.what)
    return f"{what[0].upper()}{what[1:]}: “{finding.matched[:80]}”"


def _held_reason(finding: Finding | None) -> str:
    text = gettext("Your message will appear for others once a moderator has looked at it.")
    if finding is not None and finding.source not in ("rule", "link", "new_member", "crisis"):
        text += " " + gettext("It seems to contain %(what)s, which this group checks first.") % {
            "what": finding.what
        }
    return text


def message_screen(
    *,
    occurrence: Occurrence,
    author,
    body: str,
    content_warning: str = "",
    standing: Standing | None = None,
) -> Screening:
    """Run the automatic rules on a message that is about to be stored. The content
    warning is screened with the body: others read it first, so it is held, blocked or
    answered with crisis resources just like the body. ``standing`` is the author's, read
    with ``joined_at`` (chat passes the one it read for the message)."""
    group = occurrence.series.group
    now = timezone.now()
    if content_warning:
        body = f"{content_warning}\n\n{body}"
    findings = list(screening.screen(body, screening_terms(group=group)))
    crisis = any(f.source == screening.CRISIS for f in findings)
    if standing is None or (standing.role is not None and standing.joined_at is None):
        standing = standing_for(user=author, group=group, joined_at=True)
    joined_at = standing.joined_at
    trusted = may_lead_meeting(standing, chair_id=occurrence_chair_id(occurrence))
    if not trusted and not any(_SEVERITY[f.outcome] >= _SEVERITY["hold"] for f in findings):
        has_link = rule_text.has_link(body)
        first_links = _setting("KINDRED_NEW_MEMBER_LINK_MESSAGES", NEW_MEMBER_LINK_MESSAGES)
        if (
            has_link
            and group.link_hold_days
            and joined_at is not None
            and joined_at > now - timedelta(days=group.link_hold_days)
        ):
            findings.append(
                Finding(
                    "link",
                    ngettext(
                        "a link from someone who joined less than %(days)s day ago",
                        "a link from someone who joined less than %(days)s days ago",
                        group.link_hold_days,
                    )
                    % {"days": group.link_hold_days},
                    "hold",
                    "link",
                )
            )
        elif (
            has_link
            and first_links
            and Message.objects.filter(
                author_id=author.pk, occurrence__series__group=group, status=Message.Status.VISIBLE
            )[:first_links].count()
            < first_links
        ):
            # A raider's first move is a link: a new member's first messages with one wait.
            findings.append(
                Finding(
                    "link",
                    ngettext(
                        "a link in the first message of someone new here",
                        "a link in one of the first %(count)s messages of someone new here",
                        first_links,
                    )
                    % {"count": first_links},
                    "hold",
                    "link",
                )
            )
        elif (
            group.new_member_hold_count
            and Message.objects.filter(author_id=author.pk, occurrence__series__group=group).count()
            < group.new_member_hold_count
        ):
            findings.append(
                Finding(
                    "new_member",
                    ngettext(
                        "the first message of a new member",
                        "one of the first %(count)s messages of a new member",
                        group.new_member_hold_count,
                    )
                    % {"count": group.new_member_hold_count},
                    "hold",
                    "",
                )
            )
    top = max(findings, key=lambda f: _SEVERITY[f.outcome], default=None)
    action = top.outcome if top is not None else "allow"
    flag = any(f.outcome == "flag" for f in findings)
    review_reason = ""
    if top is not None and action in ("block", "hold", "flag"):
        review_reason = (
            str(top.what)[0].upper() + str(top.what)[1:]
            if top.source in ("link", "new_member")
            else _review_reason(top)
        )
    elif crisis:
        review_reason = _review_reason(findings[0])
    if action in ("alert", "flag"):
        action = "allow"
    if action == "block" and crisis:
        # Never silently dropped: a moderator sees it, and the author gets resources.
        action = "hold"
    findings_t = tuple(findings)
    if action == "block":
        reason = (
            gettext("Your message wasn't posted: “%(matched)s” isn't allowed in this group.")
            % {"matched": top.matched}
            if top.source == "rule"
            else gettext(
                "Your message wasn't posted: it reads as %(what)s, which this group doesn't allow."
            )
            % {"what": top.what}
        )
        return Screening(
            action="block",
            reason=reason,
            crisis=crisis,
            code="blocked",
            review_reason=review_reason,
            findings=findings_t,
        )
    if action == "hold":
        return Screening(
            action="hold",
            reason=_held_reason(top),
            flag=flag,
            crisis=crisis,
            code="held",
            review_reason=review_reason,
            findings=findings_t,
        )
    return Screening(
        action="allow", flag=flag, crisis=crisis, review_reason=review_reason, findings=findings_t
    )


def _mail(subject: str, body: str, to: list[str]) -> None:
    """Send after commit; a mail server that is down must not undo what was done."""
    try:
        send_mail(subject, body, None, to)
    except OSError:
        logger.exception("Could not email the moderators: %s", subject)
