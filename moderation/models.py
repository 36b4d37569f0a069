"""Moderation records: the audit log, mutes, removals from a meeting, reports and the review
queue, automatic rules and crisis alerts.

Nothing here is edited in place by the UI: every change goes through moderation's action
modules (actions, review, rulebook, live), which check kindred.policy, write, audit and
broadcast.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.timezone import now
from django.utils.translation import gettext_lazy

from chat.models import Message
from groups.models import Group, LiftableQuerySet
from meetings.models import Occurrence


class AuditAction(models.TextChoices):
    MESSAGE_REMOVE = "message_remove", gettext_lazy("Deleted a message")
    MESSAGE_APPROVE = "message_approve", gettext_lazy("Approved a held message")
    MEMBER_MUTE = "member_mute", gettext_lazy("Muted")
    MEMBER_UNMUTE = "member_unmute", gettext_lazy("Lifted a mute")
    MEMBER_REMOVE = "member_remove", gettext_lazy("Removed from a meeting")
    MEMBER_BAN = "member_ban", gettext_lazy("Banned")
    BAN_LIFT = "ban_lift", gettext_lazy("Lifted a ban")
    ROLE_CHANGE = "role_change", gettext_lazy("Changed a role")
    ROOM_LOCK = "room_lock", gettext_lazy("Locked the chat")
    ROOM_UNLOCK = "room_unlock", gettext_lazy("Unlocked the chat")
    ROOM_SLOW_MODE = "room_slow_mode", gettext_lazy("Changed slow mode")
    QUEUE_CLEAR = "queue_clear", gettext_lazy("Cleared the share queue")
    QUEUE_REORDER = "queue_reorder", gettext_lazy("Reordered the share queue")
    REVIEW_DISMISS = "review_dismiss", gettext_lazy("Dismissed a report")
    RULE_CREATE = "rule_create", gettext_lazy("Added an automatic rule")
    RULE_DISABLE = "rule_disable", gettext_lazy("Turned off an automatic rule")
    RULE_ENABLE = "rule_enable", gettext_lazy("Turned on an automatic rule")
    RULE_UPDATE = "rule_update", gettext_lazy("Changed an automatic rule")
    RULE_DELETE = "rule_delete", gettext_lazy("Deleted an automatic rule")
    RULE_SET_CHANGE = "rule_set_change", gettext_lazy("Changed a shipped rule set")
    ALLOWED_TERM_ADD = "allowed_term_add", gettext_lazy("Allowed a term")
    ALLOWED_TERM_REMOVE = "allowed_term_remove", gettext_lazy("Removed an allowed term")
    RETENTION_CHANGE = "retention_change", gettext_lazy("Changed chat retention")
    CRISIS_ACKNOWLEDGE = "crisis_acknowledge", gettext_lazy("Acknowledged a crisis alert")
    DISPLAY_NAME_CHANGE = "display_name_change", gettext_lazy("Changed their display name")
    JOIN_WAVE = "join_wave", gettext_lazy("Switched to approval after a wave of joins")
    CHECK_IN_START = "check_in_start", gettext_lazy("Started a check-in")
    CHECK_IN_MESSAGE = "check_in_message", gettext_lazy("Wrote in a check-in")
    CHECK_IN_CLOSE = "check_in_close", gettext_lazy("Closed a check-in")
    ADMIN_CHANGE = "admin_change", gettext_lazy("Site staff changed the group")
    ADMIN_DELETE = "admin_delete", gettext_lazy("Site staff deleted the group")


# The moderation actions on a person a moderator may start a check-in about (from the audit
# log). Rule, room and admin changes concern nobody in particular; check-ins are not a
# subject for another check-in.
CHECK_IN_SUBJECTS = frozenset(
    {
        AuditAction.MESSAGE_REMOVE,
        AuditAction.MESSAGE_APPROVE,
        AuditAction.MEMBER_MUTE,
        AuditAction.MEMBER_UNMUTE,
        AuditAction.MEMBER_REMOVE,
        AuditAction.MEMBER_BAN,
        AuditAction.BAN_LIFT,
        AuditAction.REVIEW_DISMISS,
        AuditAction.CRISIS_ACKNOWLEDGE,
    }
)


class AuditEntry(models.Model):
    """One moderator action. Written once by ``audit_record`` and never edited."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Kept when a group is deleted by staff, so that deletion itself stays on record.
    group = models.ForeignKey(
        Group, null=True, on_delete=models.SET_NULL, related_name="audit_entries"
    )
    group_name = models.CharField(max_length=80, blank=True)
    action = models.CharField(max_length=32)
    target_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    occurrence = models.ForeignKey(
        Occurrence, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=now)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["group", "-created_at"])]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return (
            f"{self.get_action_display()} in {self.group_name} at {self.created_at:%Y-%m-%d %H:%M}"
        )

    @property
    def may_start_check_in(self) -> bool:
        """A moderation action on a person, which a check-in may be about."""
        return self.target_user_id is not None and self.action in CHECK_IN_SUBJECTS

    def get_action_display(self) -> str:
        try:
            return AuditAction(self.action).label
        except ValueError:
            pass
        if self.action.startswith("admin."):
            # "admin.membership_change" reads "Site staff: membership change".
            return "Site staff: " + self.action.removeprefix("admin.").replace("_", " ")
        return self.action


class MuteQuerySet(LiftableQuerySet):
    ends_field = "until"


class Mute(models.Model):
    """A person may not post. ``occurrence`` set: only in that meeting; empty: in every
    meeting of the group. ``until`` empty means for the rest of that meeting (a group-wide
    mute always has an end)."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="mutes")
    occurrence = models.ForeignKey(
        Occurrence, null=True, blank=True, on_delete=models.CASCADE, related_name="mutes"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mutes"
    )
    until = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=now)
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = MuteQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "pk"]
        indexes = [models.Index(fields=["user", "group"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(occurrence__isnull=False) | Q(until__isnull=False),
                name="mute_groupwide_has_end",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} muted in {self.group}"


class MeetingRemoval(models.Model):
    """A person removed from one meeting: refused admission to that occurrence from now on."""

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="removals")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_removals"
    )
    reason = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=now)

    class Meta:
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["occurrence", "user"], name="removal_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} removed from {self.occurrence_id}"


class FlagReason(models.TextChoices):
    HARMFUL = "harmful", gettext_lazy("Harmful")
    CROSSTALK = "crosstalk", gettext_lazy("Crosstalk")
    PERSONAL_INFORMATION = "personal_information", gettext_lazy("Personal information")
    SPAM = "spam", gettext_lazy("Spam")
    OTHER = "other", gettext_lazy("Other")


class Decision(models.TextChoices):
    APPROVE = "approve", gettext_lazy("Approved")
    DISMISS = "dismiss", gettext_lazy("Dismissed")
    DELETE = "delete", gettext_lazy("Deleted")
    DELETE_AND_MUTE = "delete_and_mute", gettext_lazy("Deleted and muted the author")
    DELETE_AND_BAN = "delete_and_ban", gettext_lazy("Deleted and banned the author")


class ReviewItemQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class ReviewItem(models.Model):
    """One message in the review queue: held by a rule, flagged by people or by a rule.
    Several flags on one message make one item."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="review_items")
    occurrence = models.ForeignKey(
        Occurrence, on_delete=models.CASCADE, related_name="review_items"
    )
    message = models.OneToOneField(Message, on_delete=models.CASCADE, related_name="review_item")
    held = models.BooleanField(default=False)
    rule_reason = models.CharField(
        max_length=200,
        blank=True,
        help_text=gettext_lazy("Why an automatic rule held or flagged it."),
    )
    created_at = models.DateTimeField(default=now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision = models.CharField(max_length=20, choices=Decision.choices, blank=True)
    note = models.CharField(max_length=500, blank=True)

    objects = ReviewItemQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["group", "created_at"],
                condition=Q(resolved_at__isnull=True),
                name="reviewitem_open_idx",
            )
        ]

    def __str__(self) -> str:
        return f"Review of message {self.message_id}"

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


class Flag(models.Model):
    """A report by one person. The author of the message never learns who flagged it."""

    item = models.ForeignKey(ReviewItem, on_delete=models.CASCADE, related_name="flags")
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="flags")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="flags"
    )
    reason = models.CharField(max_length=24, choices=FlagReason.choices)
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=now)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["message", "reporter"],
                condition=Q(reporter__isnull=False),
                name="flag_one_per_reporter",
            )
        ]

    def __str__(self) -> str:
        return f"Flag on {self.message_id}: {self.reason}"


class Rule(models.Model):
    """An automatic word or phrase rule. ``group`` empty: a site-wide default."""

    class Kind(models.TextChoices):
        WORD = "word", gettext_lazy("Whole word")
        PHRASE = "phrase", gettext_lazy("Phrase")

    class Outcome(models.TextChoices):
        BLOCK = "block", gettext_lazy("Block and tell the author why")
        HOLD = "hold", gettext_lazy("Hold for a moderator")
        FLAG = "flag", gettext_lazy("Post, and flag for review")

    group = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.CASCADE, related_name="rules"
    )
    pattern = models.CharField(max_length=100)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.WORD)
    action = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.HOLD)
    enabled = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=now)

    class Meta:
        ordering = ["group_id", "pattern", "pk"]

    def __str__(self) -> str:
        return f"{self.pattern} → {self.action}"


class RuleSet(models.Model):
    """A group's choice for one of the shipped rule sets (moderation.screening): what it
    does, or that it is off. No row means the set's default."""

    class Category(models.TextChoices):
        CRISIS = "crisis", gettext_lazy("Crisis language")
        HARASSMENT = "harassment", gettext_lazy("Harassment and urging harm")
        PERSONAL_INFORMATION = "personal_information", gettext_lazy("Personal information")
        OFF_PLATFORM = "off_platform", gettext_lazy("Contact off the platform")
        SPAM = "spam", gettext_lazy("Spam")

    class Outcome(models.TextChoices):
        ALERT = "alert", gettext_lazy("Post, send resources and alert moderators")
        BLOCK = "block", gettext_lazy("Block and tell the author why")
        HOLD = "hold", gettext_lazy("Hold for a moderator")
        FLAG = "flag", gettext_lazy("Post, and flag for review")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="rule_sets")
    category = models.CharField(max_length=24, choices=Category.choices)
    action = models.CharField(max_length=10, choices=Outcome.choices)
    enabled = models.BooleanField(default=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=now)

    class Meta:
        ordering = ["group_id", "category"]
        constraints = [
            models.UniqueConstraint(fields=["group", "category"], name="ruleset_one_per_category")
        ]

    def __str__(self) -> str:
        return f"{self.category} → {self.action if self.enabled else 'off'}"


class AllowedTerm(models.Model):
    """A word a rule must never match (for example "skilled" against a rule on "kill")."""

    group = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.CASCADE, related_name="allowed_terms"
    )
    term = models.CharField(max_length=100)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=now)

    class Meta:
        ordering = ["term", "pk"]

    def __str__(self) -> str:
        return self.term


class CrisisAlert(models.Model):
    """A message that suggested risk of harm. The author was sent resources; moderators
    acknowledge the alert once someone has reached out. ``excerpt`` is cleared with the
    message text when retention purges the chat."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="crisis_alerts")
    occurrence = models.ForeignKey(
        Occurrence, null=True, blank=True, on_delete=models.CASCADE, related_name="crisis_alerts"
    )
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="crisis_alerts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    excerpt = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=now)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "pk"]

    def __str__(self) -> str:
        return f"Crisis alert in {self.group_id} at {self.created_at:%Y-%m-%d %H:%M}"


class CheckIn(models.Model):
    """A private conversation between a group's moderators and one person, started by a
    moderator about a crisis alert or a moderation action (the audit entry), never by a
    member. Only the person and the group's moderators see it (kindred.policy).

    Retention: its text is purged ``chat_retention_hours`` after it is closed, as a
    meeting's chat is after the meeting ends (moderation.retention)."""

    class Waiting(models.TextChoices):
        PERSON = "person", gettext_lazy("Waiting for the person")
        MODERATORS = "moderators", gettext_lazy("Waiting for the moderators")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="check_ins")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="check_ins"
    )
    alert = models.ForeignKey(
        CrisisAlert, null=True, blank=True, on_delete=models.SET_NULL, related_name="check_ins"
    )
    action = models.ForeignKey(
        AuditEntry, null=True, blank=True, on_delete=models.SET_NULL, related_name="check_ins"
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    waiting = models.CharField(max_length=10, choices=Waiting.choices, default=Waiting.PERSON)
    created_at = models.DateTimeField(default=now)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "person"],
                condition=Q(closed_at__isnull=True),
                name="checkin_one_open_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"Check-in with {self.person_id} in {self.group_id}"

    def get_absolute_url(self) -> str:
        return reverse("moderation:check_in", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class CheckInMessage(models.Model):
    """One message in a check-in. ``body`` is emptied when retention purges the check-in."""

    check_in = models.ForeignKey(CheckIn, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField()
    created_at = models.DateTimeField(default=now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Check-in message {self.pk}"
