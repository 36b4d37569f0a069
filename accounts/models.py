import functools
import secrets
import zoneinfo

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.timezone import now
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# The IANA areas of real places. Legacy names outside them ("EST", "US/Eastern",
# "Etc/GMT+5") are refused: "EST" has no daylight saving, so a group in New York that
# chose it would meet an hour off for half the year.
_ZONE_AREAS = frozenset(
    {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe"}
    | {"Indian", "Pacific"}
)


@functools.cache
def selectable_timezones() -> frozenset[str]:
    """The time zones people and groups may choose: named places, and UTC."""
    return frozenset(
        name
        for name in zoneinfo.available_timezones()
        if name == "UTC" or name.split("/", 1)[0] in _ZONE_AREAS
    )


def validate_timezone(value: str) -> None:
    if value not in selectable_timezones():
        raise ValidationError(
            _("“%(value)s” is not a time zone to choose: pick a place, such as America/New_York."),
            params={"value": value},
        )


def new_calendar_token() -> str:
    return secrets.token_urlsafe(24)


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError("An email address is required")
        email = self.normalize_email(email)
        extra.setdefault("display_name", email.split("@", 1)[0][:40])
        user = self.model(email=email, **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person. Others only ever see ``display_name``; the email stays private."""

    email = models.EmailField(gettext_lazy("email address"), unique=True)
    display_name = models.CharField(
        max_length=40,
        help_text=gettext_lazy(
            "The only name other people see. It does not need to be your real name."
        ),
    )
    timezone = models.CharField(
        gettext_lazy("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_timezone],
        help_text=gettext_lazy("Every time on the site is shown in this zone."),
    )
    language = models.CharField(
        max_length=8,
        blank=True,
        default="",
        help_text=gettext_lazy(
            "The language of Kindred's pages and emails (a code of settings.LANGUAGES). "
            "Empty: the browser's language."
        ),
    )
    quiet_mode = models.BooleanField(
        default=False,
        help_text=gettext_lazy(
            "Keep shares with a content warning collapsed, shorten other shares to "
            "their first line, and turn off sounds and animations."
        ),
    )
    reminder_minutes = models.PositiveIntegerField(
        null=True,
        blank=True,
        default=60,
        help_text=gettext_lazy(
            "How long before a meeting to send a reminder. Leave empty for no reminders."
        ),
    )
    reminder_names_group = models.BooleanField(
        default=False,
        help_text=gettext_lazy("Name the group in reminder emails. Off keeps previews discreet."),
    )
    calendar_token = models.CharField(max_length=64, unique=True, default=new_calendar_token)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=now)
    hidden_topics = models.JSONField(
        default=list,
        blank=True,
        help_text="Topics this person chose not to see: a share whose content warning names "
        "one stays hidden until they choose to show it.",
    )
    two_factor_due_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=(
            gettext_lazy(
                "Set while this person must turn on two-factor authentication (a group owner, "
                "moderator or staff member without it): from then on every page asks for it."
            )
        ),
    )

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        ordering = ["display_name", "pk"]

    def __str__(self) -> str:
        return self.display_name

    def get_full_name(self) -> str:
        return self.display_name

    def get_short_name(self) -> str:
        return self.display_name

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


class DisplayNameChange(models.Model):
    """One change of a person's display name: how often they may change it is counted
    from these, and the groups they are in record it in their audit logs too."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="name_changes")
    old_name = models.CharField(max_length=40)
    new_name = models.CharField(max_length=40)
    changed_at = models.DateTimeField(default=now)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        indexes = [models.Index(fields=["user", "-changed_at"])]

    def __str__(self) -> str:
        return f"{self.old_name} → {self.new_name}"


class PersonalMute(models.Model):
    """One person's choice not to see another's messages. Only the viewer knows of it: the
    muted person is never told, and nobody else's room changes."""

    viewer = models.ForeignKey(User, on_delete=models.CASCADE, related_name="personal_mutes")
    muted = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=now)

    class Meta:
        ordering = ["viewer", "muted__display_name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["viewer", "muted"], name="personal_mute_once"),
            models.CheckConstraint(
                condition=~models.Q(viewer=models.F("muted")), name="personal_mute_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.viewer} muted {self.muted}"


# Notification models live with the notifications package; importing them here makes them
# part of the accounts app.
from accounts.notifications.models import (  # noqa: E402
    NotificationPreference,
    NotificationSent,
    PushDevice,
)

__all__ = [
    "DisplayNameChange",
    "NotificationPreference",
    "NotificationSent",
    "PersonalMute",
    "PushDevice",
    "User",
]
