from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.timezone import now

from meetings.models import Occurrence


class RoomState(models.Model):
    """The live state of one meeting's room. Its row is locked to hand out message
    sequence numbers, so ids increase within a room with no gaps from races."""

    occurrence = models.OneToOneField(
        Occurrence, on_delete=models.CASCADE, primary_key=True, related_name="room"
    )
    last_seq = models.BigIntegerField(default=0)
    locked = models.BooleanField(default=False, help_text="Only moderators may post.")
    slow_mode_seconds = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Room of {self.occurrence_id}"


class Message(models.Model):
    class Kind(models.TextChoices):
        SHARE = "share", "Share"
        ANNOUNCEMENT = "announcement", "Chair's announcement"

    class Status(models.TextChoices):
        VISIBLE = "visible", "Visible"
        HELD = "held", "Held for review"
        REMOVED = "removed", "Removed by a moderator"

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="messages")
    seq = models.BigIntegerField(help_text="Increases within a room; the id clients resume from.")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="messages",
        help_text="Empty once the author deleted their account (shown as a former member).",
    )
    client_id = models.CharField(max_length=64)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.SHARE)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.VISIBLE)
    body = models.TextField()
    body_html = models.TextField()
    content_warning = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=now)
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    purged_at = models.DateTimeField(
        null=True, blank=True, help_text="When retention removed the text."
    )

    class Meta:
        ordering = ["occurrence", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["occurrence", "seq"], name="message_seq_unique"),
            models.UniqueConstraint(
                fields=["occurrence", "author", "client_id"],
                condition=Q(author__isnull=False),
                name="message_client_id_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} in {self.occurrence_id}"
