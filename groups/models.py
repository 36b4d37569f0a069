import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.timezone import now as _now
from django.utils.translation import gettext_lazy

from accounts.models import validate_timezone
from kindred.languages import language_choices


class Visibility(models.TextChoices):
    PUBLIC = "public", gettext_lazy("Public: anyone can find it")
    PRIVATE = "private", gettext_lazy("Private: only its people and invite links")


class JoinPolicy(models.TextChoices):
    OPEN = "open", gettext_lazy("Open: anyone signed in can join")
    APPROVAL = "approval", gettext_lazy("Approval: a moderator approves each request")
    INVITE = "invite", gettext_lazy("Invite only")


class Role(models.TextChoices):
    """Roles in the table of docs/roles.md, weakest first. Compare with ``Role.rank``."""

    READER = "reader", gettext_lazy("Reader")
    MEMBER = "member", gettext_lazy("Member")
    MODERATOR = "moderator", gettext_lazy("Moderator")
    OWNER = "owner", gettext_lazy("Owner")

    @classmethod
    def rank(cls, role: str | None) -> int:
        order = [None, cls.READER, cls.MEMBER, cls.MODERATOR, cls.OWNER]
        return order.index(role)


class Group(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(
        blank=True, help_text=gettext_lazy("Markdown. Shown on the group page.")
    )
    guidelines = models.TextField(
        blank=True, help_text=gettext_lazy("Markdown. Everyone joining must accept these first.")
    )
    topic = models.CharField(
        max_length=60, blank=True, help_text=gettext_lazy("For example: grief, recovery.")
    )
    language = models.CharField(
        max_length=16,
        choices=language_choices,
        default="en",
        help_text=gettext_lazy("The language the group meets in."),
    )
    timezone = models.CharField(max_length=64, default="UTC", validators=[validate_timezone])
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    join_policy = models.CharField(
        max_length=10, choices=JoinPolicy.choices, default=JoinPolicy.OPEN
    )
    capacity = models.PositiveIntegerField(
        default=20,
        validators=[MinValueValidator(2), MaxValueValidator(500)],
        help_text=gettext_lazy(
            "The most people (members, readers and moderators) the group holds."
        ),
    )
    library_public = models.BooleanField(
        default=False, help_text=gettext_lazy("Let anyone read the library items marked public.")
    )
    allow_step_back = models.BooleanField(
        default=True, help_text=gettext_lazy("Members may step back to reading only.")
    )
    chat_retention_hours = models.PositiveIntegerField(
        default=24,
        validators=[MaxValueValidator(24 * 90)],
        help_text=gettext_lazy(
            "Hours meeting chat is kept after the meeting ends. 0 purges it at the end."
        ),
    )
    new_member_hold_count = models.PositiveIntegerField(
        default=0,
        help_text=gettext_lazy("Hold the first N messages of a new member for review (0: off)."),
    )
    link_hold_days = models.PositiveIntegerField(
        default=0,
        help_text=gettext_lazy("Hold links from people who joined fewer than N days ago (0: off)."),
    )
    crisis_resources = models.TextField(
        blank=True,
        help_text=gettext_lazy("Markdown. Added to the site's crisis resources for this group."),
    )
    created_at = models.DateTimeField(default=_now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["visibility", "name"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("groups:detail", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return self.visibility == Visibility.PUBLIC


class Membership(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(default=_now)
    guidelines_accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="membership_unique"),
            models.UniqueConstraint(
                fields=["group"], condition=Q(role="owner"), name="membership_one_owner"
            ),
        ]
        indexes = [models.Index(fields=["user", "group"])]

    def __str__(self) -> str:
        return f"{self.user} in {self.group} ({self.role})"


class JoinRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", gettext_lazy("Waiting")
        APPROVED = "approved", gettext_lazy("Approved")
        DECLINED = "declined", gettext_lazy("Declined")
        WITHDRAWN = "withdrawn", gettext_lazy("Withdrawn")

    class Kind(models.TextChoices):
        JOIN = "join", gettext_lazy("Join the group")
        BECOME_MEMBER = "member", gettext_lazy("Become a member (from reader)")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="join_requests"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.JOIN)
    role = models.CharField(
        max_length=10,
        choices=[(Role.MEMBER, gettext_lazy("Member")), (Role.READER, gettext_lazy("Reader"))],
        default=Role.MEMBER,
        help_text=gettext_lazy("The role asked for."),
    )
    message = models.TextField(blank=True, max_length=500)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=_now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "user"],
                condition=Q(status="pending"),
                name="joinrequest_one_pending",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.group} ({self.status})"


def new_invite_token() -> str:
    return secrets.token_urlsafe(18)


class Invite(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="invites")
    token = models.CharField(max_length=40, unique=True, default=new_invite_token)
    role = models.CharField(
        max_length=10,
        choices=[(Role.MEMBER, gettext_lazy("Member")), (Role.READER, gettext_lazy("Reader"))],
        default=Role.MEMBER,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=_now)
    expires_at = models.DateTimeField()
    max_uses = models.PositiveIntegerField(default=1, validators=[MinValueValidator(1)])
    uses = models.PositiveIntegerField(default=0)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(uses__lte=models.F("max_uses")), name="invite_uses_le_max"
            )
        ]

    def __str__(self) -> str:
        return f"Invite to {self.group}"

    def get_absolute_url(self) -> str:
        return reverse("groups:invite", kwargs={"token": self.token})

    def problem(self, now=None) -> str | None:
        """Why this invite cannot be used now, as an error code, or None if it can."""
        now = now or _now()
        if self.revoked_at is not None:
            return "invite_revoked"
        if self.expires_at <= now:
            return "invite_expired"
        if self.uses >= self.max_uses:
            return "invite_used_up"
        return None


class LiftableQuerySet(models.QuerySet):
    """For a measure that may end on its own and may be lifted early (a ban, a mute):
    ``active`` keeps the ones in force at ``at`` (default: now), neither lifted nor past
    their end. ``ends_field`` names the model's end; an empty end never comes."""

    ends_field = "expires_at"

    def active(self, at=None):
        at = at or _now()
        ends = self.ends_field
        return self.filter(lifted_at__isnull=True).filter(
            Q(**{f"{ends}__isnull": True}) | Q(**{f"{ends}__gt": at})
        )


class Ban(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="bans")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bans"
    )
    reason = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=_now)
    expires_at = models.DateTimeField(null=True, blank=True)
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = LiftableQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "pk"]
        indexes = [models.Index(fields=["group", "user"])]

    def __str__(self) -> str:
        return f"{self.user} banned from {self.group}"
