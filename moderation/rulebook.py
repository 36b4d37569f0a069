"""A group's automatic rules: its own words and phrases, the allowed terms, the shipped
rule sets; and how long its meeting chat is kept."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from groups.models import Group
from kindred.errors import Conflict, NotAllowed, ServiceError
from kindred.policy import Action
from moderation import rules as rule_text
from moderation import screening
from moderation.access import require_group_action, whole_number
from moderation.audit import audit_record
from moderation.models import AllowedTerm, AuditAction, Rule, RuleSet


def _rule_pattern(*, pattern: str, kind: str, action: str) -> str:
    """Check a rule's kind and action, and return its pattern cleaned for that kind."""
    if kind not in Rule.Kind.values:
        raise ServiceError(gettext("Choose word or phrase."), code="invalid_kind", field="kind")
    if action not in Rule.Outcome.values:
        raise ServiceError(
            gettext("Choose block, hold or flag."), code="invalid_action", field="action"
        )
    return rule_text.clean_pattern(pattern, kind=kind)


def _group_owned(*, actor, row: Rule | AllowedTerm, refusal: str) -> Rule | AllowedTerm:
    """The group's own rule or term, locked, once ``actor`` may moderate the group; a
    site-wide one gets ``refusal``."""
    row = type(row).objects.select_for_update().get(pk=row.pk)
    if row.group_id is None:
        raise NotAllowed(refusal, code="site_rule")
    require_group_action(actor=actor, group=row.group, action=Action.MODERATE)
    return row


def _group_rule(*, actor, rule: Rule) -> Rule:
    refusal = gettext("Site-wide rules are managed by the site's staff.")
    return _group_owned(actor=actor, row=rule, refusal=refusal)


def _delete_audited(*, actor, row: Rule | AllowedTerm, action: str, text: str) -> None:
    group = row.group
    row.delete()
    audit_record(actor=actor, group=group, action=action, reason=f"“{text}”")


@transaction.atomic
def rule_create(
    *, actor, group: Group, pattern: str, kind: str = "word", action: str = "hold"
) -> Rule:
    require_group_action(actor=actor, group=group, action=Action.MODERATE)
    pattern = _rule_pattern(pattern=pattern, kind=kind, action=action)
    if Rule.objects.filter(group=group, pattern=pattern, enabled=True).exists():
        raise Conflict(gettext("This group already has that rule."), code="rule_exists")
    rule = Rule.objects.create(
        group=group, pattern=pattern, kind=kind, action=action, created_by=actor
    )
    audit_record(
        actor=actor,
        group=group,
        action=AuditAction.RULE_CREATE,
        reason=f"“{pattern}” ({rule.get_kind_display().lower()}): {rule.get_action_display()}",
    )
    return rule


@transaction.atomic
def rule_set_enabled(*, actor, rule: Rule, enabled: bool) -> Rule:
    """Turn a group's own rule on or off. Site-wide defaults are changed by site staff."""
    rule = _group_rule(actor=actor, rule=rule)
    if rule.enabled == enabled:
        raise Conflict(gettext("The rule is already like that."), code="unchanged")
    rule.enabled = enabled
    rule.save(update_fields=["enabled"])
    audit_record(
        actor=actor,
        group=rule.group,
        action=AuditAction.RULE_ENABLE if enabled else AuditAction.RULE_DISABLE,
        reason=f"“{rule.pattern}”",
    )
    return rule


@transaction.atomic
def allowed_term_add(*, actor, group: Group, term: str) -> AllowedTerm:
    require_group_action(actor=actor, group=group, action=Action.MODERATE)
    term = rule_text.clean_pattern(term, kind="phrase")
    if AllowedTerm.objects.filter(group=group, term=term).exists():
        raise Conflict(gettext("That term is already allowed."), code="term_exists")
    allowed = AllowedTerm.objects.create(group=group, term=term, created_by=actor)
    audit_record(actor=actor, group=group, action=AuditAction.ALLOWED_TERM_ADD, reason=f"“{term}”")
    return allowed


@transaction.atomic
def rule_update(*, actor, rule: Rule, pattern: str, kind: str, action: str) -> Rule:
    """Change a group's own rule: its word or phrase, how it matches, what it does."""
    rule = _group_rule(actor=actor, rule=rule)
    pattern = _rule_pattern(pattern=pattern, kind=kind, action=action)
    if (rule.pattern, rule.kind, rule.action) == (pattern, kind, action):
        raise Conflict(gettext("The rule is already like that."), code="unchanged")
    if (
        Rule.objects.filter(group=rule.group, pattern=pattern, enabled=True)
        .exclude(pk=rule.pk)
        .exists()
    ):
        raise Conflict(gettext("This group already has that rule."), code="rule_exists")
    before = f"“{rule.pattern}”: {rule.get_action_display()}"
    rule.pattern, rule.kind, rule.action = pattern, kind, action
    rule.save(update_fields=["pattern", "kind", "action"])
    audit_record(
        actor=actor,
        group=rule.group,
        action=AuditAction.RULE_UPDATE,
        reason=f"{before} → “{pattern}”: {rule.get_action_display()}",
    )
    return rule


@transaction.atomic
def rule_delete(*, actor, rule: Rule) -> None:
    rule = _group_rule(actor=actor, rule=rule)
    _delete_audited(actor=actor, row=rule, action=AuditAction.RULE_DELETE, text=rule.pattern)


@transaction.atomic
def allowed_term_remove(*, actor, term: AllowedTerm) -> None:
    refusal = gettext("Site-wide terms are managed by the site's staff.")
    term = _group_owned(actor=actor, row=term, refusal=refusal)
    _delete_audited(actor=actor, row=term, action=AuditAction.ALLOWED_TERM_REMOVE, text=term.term)


@transaction.atomic
def rule_set_change(*, actor, group: Group, category: str, action: str, enabled: bool) -> RuleSet:
    """Choose what one of the shipped rule sets does in ``group``, or turn it off. Crisis
    language can never be turned off or blocked: its author always gets resources."""
    require_group_action(actor=actor, group=group, action=Action.MODERATE)
    if category not in screening.CATEGORIES:
        raise ServiceError(gettext("Unknown rule set."), code="invalid_category", field="category")
    choices = screening.OUTCOME_CHOICES[category]
    if action not in choices:
        labels = ", ".join(RuleSet.Outcome(c).label.lower() for c in choices)
        raise ServiceError(
            gettext("This rule set can only: %(labels)s.") % {"labels": labels},
            code="invalid_action",
            field="action",
        )
    if category == screening.CRISIS and not enabled:
        raise NotAllowed(
            gettext("Crisis language can't be turned off: its author always gets resources."),
            code="crisis_always_on",
        )
    current = RuleSet.objects.select_for_update().filter(group=group, category=category).first()
    old = (
        (current.action, current.enabled)
        if current is not None
        else (screening.DEFAULT_OUTCOMES[category], True)
    )
    if old == (action, enabled):
        raise Conflict(gettext("The rule set is already like that."), code="unchanged")
    rule_set, _ = RuleSet.objects.update_or_create(
        group=group,
        category=category,
        defaults={
            "action": action,
            "enabled": enabled,
            "updated_by": actor,
            "updated_at": timezone.now(),
        },
    )
    label = RuleSet.Category(category).label
    state = RuleSet.Outcome(action).label if enabled else "off"
    audit_record(
        actor=actor, group=group, action=AuditAction.RULE_SET_CHANGE, reason=f"{label}: {state}"
    )
    return rule_set


RETENTION_MAX_HOURS = 24 * 90


@transaction.atomic
def retention_set(*, actor, group: Group, hours: int) -> Group:
    """How long meeting chat is kept after a meeting ends (0: purged when it ends)."""
    require_group_action(actor=actor, group=group, action=Action.MODERATE)
    whole_number(
        hours, low=0, high=RETENTION_MAX_HOURS, what="Hours", code="invalid_hours", field="hours"
    )
    group = Group.objects.select_for_update().get(pk=group.pk)
    if group.chat_retention_hours == hours:
        raise Conflict(gettext("Retention is already set to that."), code="unchanged")
    old = group.chat_retention_hours
    group.chat_retention_hours = hours
    group.save(update_fields=["chat_retention_hours", "updated_at"])
    audit_record(
        actor=actor,
        group=group,
        action=AuditAction.RETENTION_CHANGE,
        reason=f"{old} → {hours} hours",
    )
    return group
