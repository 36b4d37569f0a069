"""Reads for moderation: who is muted or removed, the review queue, the audit log."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    Expression,
    F,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy

from chat.models import Message, RoomState
from groups.models import Ban, Group, Membership, Role
from kindred.errors import NotFound
from kindred.policy import Standing, standing_from_row, standing_with
from kindred.prepared import PLACEHOLDER_TIME, CompiledRead, Planned, run
from kindred.recent import Recent
from meetings.models import Occurrence
from moderation import screening
from moderation.models import (
    AllowedTerm,
    AuditEntry,
    CheckIn,
    CrisisAlert,
    MeetingRemoval,
    Mute,
    ReviewItem,
    Rule,
    RuleSet,
)
from moderation.screening import GroupRules, compile_rules


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
    mutes = list(_mutes(occurrence=occurrence, user=user.pk, at=at))
    if not mutes:
        return None
    return max(mutes, key=_lasting)


def _in_force(*, group_id, occurrence_id, at) -> QuerySet[Mute]:
    """The mutes that stop someone posting in an occurrence at ``at``: the group's, and the
    occurrence's own."""
    return (
        Mute.objects.active(at)
        .filter(group_id=group_id)
        .filter(Q(occurrence__isnull=True) | Q(occurrence_id=occurrence_id))
    )


def _room_mutes_query(*, occurrence_id, group_id, at):
    return (
        _in_force(group_id=group_id, occurrence_id=occurrence_id, at=at)
        .values("user_id", "until", "reason", "created_at")
        .order_by("pk")
    )


# Every welcome of a room reads it (chat/welcome.py): built and compiled by the ORM once per
# process, then only run (kindred.prepared.CompiledRead).
_ROOM_MUTES = CompiledRead(
    _room_mutes_query, occurrence_id=-7_400_001, group_id=-7_400_002, at=PLACEHOLDER_TIME
)


def active_mutes(
    *, occurrence_id: int, group_id: int, at: datetime | None = None
) -> dict[int, dict]:
    """Every mute that stops someone posting in the occurrence now, by user id: for each
    person the one ``active_mute`` gives, as ``{"user_id", "until", "reason",
    "created_at"}``. One query (a room's welcomes share it)."""
    return run(active_mutes_planned(occurrence_id=occurrence_id, group_id=group_id, at=at))


def active_mutes_planned(
    *, occurrence_id: int, group_id: int, at: datetime | None = None
) -> Planned:
    """active_mutes, to run with other reads (kindred.prepared.run_together)."""
    values = {"occurrence_id": occurrence_id, "group_id": group_id, "at": at or timezone.now()}
    return Planned(_ROOM_MUTES, values, _active_mutes)


def _active_mutes(rows: list[dict]) -> dict[int, dict]:
    found: dict[int, dict] = {}
    for mute in rows:
        kept = found.get(mute["user_id"])
        if kept is None or _ends(mute["until"], mute["created_at"]) > _ends(
            kept["until"], kept["created_at"]
        ):
            found[mute["user_id"]] = mute
    return found


def _lasting(mute: Mute) -> tuple:
    return _ends(mute.until, mute.created_at)


def _ends(until: datetime | None, created_at: datetime) -> tuple:
    # Rest-of-meeting mutes outlast any timed one.
    return (until is None, until or created_at)


def _mutes(
    *, occurrence: Occurrence, user: int | OuterRef | None = None, at: datetime | None
) -> QuerySet[Mute]:
    mutes = _in_force(group_id=occurrence.series.group_id, occurrence_id=occurrence.pk, at=at)
    return mutes if user is None else mutes.filter(user_id=user)


def duplicate_seconds() -> int:
    """How far back a message counts as one just sent (the "duplicate" check)."""
    return int(getattr(settings, "KINDRED_DUPLICATE_SECONDS", 120))


@dataclass(frozen=True, slots=True)
class PostingFacts:
    """What moderation's posting_check needs to know about one person in one room now.

    ``last`` is the created_at and body of their latest message (by seq) sent within the
    last ``look_back`` seconds, if any."""

    removed: bool
    muted: bool
    locked: bool
    slow_mode_seconds: int
    look_back: int
    last: tuple[datetime, str] | None


def last_message(
    *, occurrence: Occurrence, user_id: int | OuterRef, now: datetime, look_back: int
) -> QuerySet[Message]:
    """The person's messages in this room sent within ``look_back`` seconds, latest first."""
    return Message.objects.filter(
        occurrence=occurrence,
        author_id=user_id,
        created_at__gt=now - timedelta(seconds=look_back),
    ).order_by("-seq")


def posting_facts(
    *,
    occurrence: Occurrence,
    user,
    now: datetime,
    with_body: bool,
    columns: Mapping[str, Expression] | None = None,
    fetch: Callable[[QuerySet], dict[str, Any]] = QuerySet.get,
) -> tuple[Standing, PostingFacts, dict[str, Any]]:
    """The person's standing (with when they joined) and their PostingFacts, in one query.

    ``with_body``: a message body will be checked, so the look back covers the duplicate
    window. ``columns`` are the caller's own expressions on the user table, read in the
    same query; their values are returned in the dict. ``fetch`` runs the query (see
    standing_with); ``posting_facts_from_row`` reads what it returns."""
    look_back = duplicate_seconds() if with_body else 0
    person = OuterRef("pk")
    room = RoomState.objects.filter(occurrence=occurrence)
    facts_columns: dict[str, Expression] = {
        "posting_removed": Exists(
            MeetingRemoval.objects.filter(occurrence=occurrence, user_id=person)
        ),
        "posting_muted": Exists(_mutes(occurrence=occurrence, user=person, at=now)),
        "posting_locked": Subquery(room.values("locked")[:1]),
        "posting_slow": Subquery(room.values("slow_mode_seconds")[:1]),
    }
    if look_back:
        last = last_message(occurrence=occurrence, user_id=person, now=now, look_back=look_back)
        facts_columns["posting_last_at"] = Subquery(last.values("created_at")[:1])
        facts_columns["posting_last_body"] = Subquery(last.values("body")[:1])
    standing, row = standing_with(
        user=user,
        group=occurrence.series.group,
        columns={**facts_columns, **(columns or {})},
        joined_at=True,
        now=now,
        fetch=fetch,
    )
    return standing, _facts_from_row(row, look_back=look_back), row


def posting_facts_from_row(
    row: dict[str, Any], *, group: Group, user_id: int, look_back: int
) -> tuple[Standing, PostingFacts, dict[str, Any]]:
    """What posting_facts returns, from the row its query read for a signed-in person."""
    standing, rest = standing_from_row(row, group=group, user_id=user_id)
    return standing, _facts_from_row(rest, look_back=look_back), rest


def _facts_from_row(row: dict[str, Any], *, look_back: int) -> PostingFacts:
    """Pops the PostingFacts columns out of ``row``."""
    last_at = row.pop("posting_last_at", None)
    last_body = row.pop("posting_last_body", None)
    return PostingFacts(
        removed=bool(row.pop("posting_removed")),
        muted=bool(row.pop("posting_muted")),
        locked=bool(row.pop("posting_locked")),
        slow_mode_seconds=row.pop("posting_slow") or 0,
        look_back=look_back,
        last=None if last_at is None else (last_at, last_body),
    )


# Every message is screened against its group's rules, which change rarely: a worker keeps
# them compiled (moderation.screening.compile_rules). Saving or deleting a rule, a rule
# set's choice or an allowed term empties this worker's copy at once and tells the live
# rooms concerned to have theirs emptied (moderation.apps, room.copies_stale);
# KINDRED_ROOM_CACHE_SECONDS bounds a copy's life.
_screening: Recent[GroupRules] = Recent()


def screening_terms(*, group: Group) -> GroupRules:
    """The group's screening, compiled: its choices for the shipped rule sets, the enabled
    word and phrase rules (site-wide and its own) and the allowed terms: one query per
    copy, then only matching for each message."""

    def load():
        applies = Q(group__isnull=True) | Q(group=group)
        text = CharField()
        rows = (
            Rule.objects.filter(applies, enabled=True)
            .order_by()
            .annotate(what=Value("rule", output_field=text))
            .values_list("what", "pattern", "action")
            .union(
                AllowedTerm.objects.filter(applies)
                .order_by()
                .annotate(what=Value("allowed", output_field=text), none=Value("", text))
                .values_list("what", "term", "none"),
                RuleSet.objects.filter(group=group)
                .order_by()
                .annotate(
                    what=Value("set", output_field=text),
                    outcome=Case(When(enabled=True, then=F("action")), default=Value("")),
                )
                .values_list("what", "category", "outcome"),
                all=True,
            )
            .order_by()
        )
        found: dict[str, list[tuple[str, str]]] = {"rule": [], "allowed": [], "set": []}
        for what, value, outcome in rows:
            found[what].append((value, outcome))
        return compile_rules(
            outcomes=dict(found["set"]),
            rules=found["rule"],
            allowed=[term for term, _ in found["allowed"]],
        )

    return _screening.get(group.pk, load)


@dataclass(frozen=True)
class RuleSetView:
    category: str
    label: str
    action: str
    enabled: bool
    choices: tuple[tuple[str, str], ...]
    always_on: bool


def rule_sets_for(*, group: Group) -> list[RuleSetView]:
    """The shipped rule sets with the group's choice for each (or the default)."""
    chosen = {r.category: r for r in RuleSet.objects.filter(group=group)}
    views = []
    for category in screening.CATEGORIES:
        row = chosen.get(category)
        views.append(
            RuleSetView(
                category=category,
                label=RuleSet.Category(category).label,
                action=row.action if row else screening.DEFAULT_OUTCOMES[category],
                enabled=row.enabled if row else True,
                choices=tuple(
                    (c, RuleSet.Outcome(c).label) for c in screening.OUTCOME_CHOICES[category]
                ),
                always_on=category == screening.CRISIS,
            )
        )
    return views


_VERDICTS = {
    "block": gettext_lazy("It would not be posted: the author is told why."),
    "hold": gettext_lazy(
        "It would be held: only the author sees it until a moderator approves it."
    ),
    "flag": gettext_lazy("It would be posted, and put in the review queue."),
    "allow": gettext_lazy("It would be posted."),
}


@dataclass(frozen=True)
class TryVerdict:
    """What "Try a sentence" shows: the outcome, whether crisis care starts, and why."""

    outcome: str
    summary: str
    crisis: bool
    findings: tuple[screening.Finding, ...]


def try_sentence(*, group: Group, sentence: str) -> TryVerdict:
    """What the group's rules would do with ``sentence`` from a member who has been in the
    group a while (links and first messages of new members may be held besides)."""
    findings = tuple(screening.screen(sentence, screening_terms(group=group)))
    crisis = any(f.source == screening.CRISIS for f in findings)
    outcome = max(
        (f.outcome for f in findings if f.outcome != "alert"),
        key=screening.SEVERITY.__getitem__,
        default="allow",
    )
    if outcome == "block" and crisis:
        outcome = "hold"  # crisis language is never dropped
    if crisis and any(f.source == screening.CRISIS and f.outcome == "hold" for f in findings):
        outcome = "hold" if screening.SEVERITY[outcome] < screening.SEVERITY["hold"] else outcome
    return TryVerdict(
        outcome=outcome, summary=str(_VERDICTS[outcome]), crisis=crisis, findings=findings
    )


def forget_screening_terms(**kwargs) -> None:
    _screening.clear()


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
    """The group's active bans, each with the banned person's role (``member_role``)."""
    role = Membership.objects.filter(group=group, user=OuterRef("user_id")).values("role")[:1]
    return (
        Ban.objects.active(at or timezone.now())
        .filter(group=group)
        .select_related("user", "created_by")
        .annotate(member_role=Subquery(role))
        .order_by("expires_at", "pk")
    )


def group_people(*, group: Group) -> list[Membership]:
    """Everyone in the group, by name (the moderators' members page)."""
    return list(
        Membership.objects.filter(group=group)
        .select_related("user")
        .order_by("user__display_name", "pk")
    )


def allowed_terms_for(*, group: Group) -> QuerySet[AllowedTerm]:
    return AllowedTerm.objects.filter(group=group)


def group_item_get[T: (ReviewItem, Rule, AllowedTerm, CrisisAlert)](
    model: type[T], *, group: Group, pk: int
) -> T:
    """One review item, rule, allowed term or crisis alert of the group; NotFound for any
    other (another group's stays hidden)."""
    item = model.objects.filter(pk=pk, group=group).first()
    if item is None:
        raise NotFound()
    return item


def crisis_alert_get(*, group: Group, pk: int) -> CrisisAlert | None:
    return CrisisAlert.objects.select_related("author", "group").filter(pk=pk, group=group).first()


def audit_entry_get(*, group: Group, pk: int) -> AuditEntry | None:
    return (
        AuditEntry.objects.select_related("target_user", "group").filter(pk=pk, group=group).first()
    )


def rules_for(*, group: Group) -> QuerySet[Rule]:
    """Site-wide defaults and the group's own rules (enabled or not)."""
    return Rule.objects.filter(Q(group__isnull=True) | Q(group=group)).order_by(
        "-group_id", "pattern"
    )


def open_crisis_alerts(*, group: Group) -> QuerySet[CrisisAlert]:
    return (
        CrisisAlert.objects.filter(group=group, acknowledged_at__isnull=True)
        .select_related("author", "message", "occurrence", "occurrence__series")
        .order_by("created_at", "pk")
    )


def moderated_groups(*, user) -> QuerySet[Group]:
    """Groups ``user`` moderates or owns (and is not banned from), with open review counts."""
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


def nav_review_count(*, user) -> tuple[int, int, int, int]:
    """For the navigation, in ONE query: (groups moderated, open review items in them, open
    crisis alerts in them, open check-ins waiting for ``user``'s answer)."""

    def count(queryset: QuerySet) -> Subquery:
        return Subquery(queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n"))

    moderated = Membership.objects.filter(user=user.pk, role__in=[Role.MODERATOR, Role.OWNER])
    groups = moderated.values("group")
    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .values(
            nav_groups=count(moderated),
            nav_open=count(ReviewItem.objects.open().filter(group__in=groups)),
            nav_alerts=count(
                CrisisAlert.objects.filter(group__in=groups, acknowledged_at__isnull=True)
            ),
            nav_waiting=count(
                CheckIn.objects.filter(
                    person=user.pk, closed_at__isnull=True, waiting=CheckIn.Waiting.PERSON
                )
            ),
        )
        .first()
    ) or {"nav_groups": 0, "nav_open": 0, "nav_alerts": 0, "nav_waiting": 0}
    return row["nav_groups"], row["nav_open"], row["nav_alerts"], row["nav_waiting"]
