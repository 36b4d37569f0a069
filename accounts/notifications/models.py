"""Notification rows: a person's choices per kind, the record that makes each delivery
exactly-once, and the devices that receive push messages. Imported by accounts.models, so
they belong to the accounts app (and its migrations)."""

from django.conf import settings
from django.db import models
from django.utils.timezone import now

from accounts.notifications.kinds import Kind


class NotificationPreference(models.Model):
    """A person's choice for one kind. No row means the default: email and push on."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_prefs"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    email = models.BooleanField(default=True)
    push = models.BooleanField(default=True)
    # Unsubscribe links issued before this instant no longer work: a used or an older link
    # cannot undo a later choice.
    changed_at = models.DateTimeField(default=now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notification_pref_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.kind}: email={self.email} push={self.push}"


class NotificationSent(models.Model):
    """One notification about one event to one person on one channel ("email", or
    "push:<device id>"). Written in the same transaction that hands the message over;
    the unique constraint lets exactly one delivery win, however often the task runs."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    event_key = models.CharField(max_length=120)
    channel = models.CharField(max_length=40)
    sent_at = models.DateTimeField(default=now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "event_key", "channel"], name="notification_sent_once"
            )
        ]
        indexes = [models.Index(fields=["sent_at"])]

    def __str__(self) -> str:
        return f"{self.event_key} to {self.user_id} by {self.channel}"


class PushDevice(models.Model):
    """One browser's Web Push subscription. ``endpoint`` is the push service's address;
    ``p256dh`` and ``auth`` are the browser's keys that encrypt every payload (RFC 8291)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="push_devices"
    )
    name = models.CharField(max_length=60)
    endpoint = models.URLField(max_length=1000, unique=True)
    p256dh = models.CharField(max_length=200)
    auth = models.CharField(max_length=100)
    created_at = models.DateTimeField(default=now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.name} of {self.user_id}"
