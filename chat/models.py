from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.timezone import now
from django.utils.translation import gettext_lazy

from meetings.models import Occurrence


class RoomState(models.Model):
    """The live state of one meeting's room. Its row is locked to hand out message
    sequence numbers, so ids increase within a room with no gaps from races."""

    occurrence = models.OneToOneField(
        Occurrence, on_delete=models.CASCADE, primary_key=True, related_name="room"
    )
    last_seq = models.BigIntegerField(default=0)
    locked = models.BooleanField(default=False, help_text=gettext_lazy("Only moderators may post."))
    slow_mode_seconds = models.PositiveIntegerField(default=0)
    speaker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=gettext_lazy("Who the chair called to share last."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Room of {self.occurrence_id}"


class Message(models.Model):
    class Kind(models.TextChoices):
        SHARE = "share", gettext_lazy("Share")
        ANNOUNCEMENT = "announcement", gettext_lazy("Chair's announcement")

    class Status(models.TextChoices):
        VISIBLE = "visible", gettext_lazy("Visible")
        HELD = "held", gettext_lazy("Held for review")
        REMOVED = "removed", gettext_lazy("Removed by a moderator")
        ERASED = "erased", gettext_lazy("Removed at the member's request")

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="messages")
    seq = models.BigIntegerField(
        help_text=gettext_lazy("Increases within a room; the id clients resume from.")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="messages",
        help_text=(
            gettext_lazy(
                "Empty once the author deleted their account (shown as a former member, the"
                " text erased)."
            )
        ),
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
        null=True, blank=True, help_text=gettext_lazy("When retention removed the text.")
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


class RoomTimer(models.Model):
    """The chair's optional share timer for one room (one row per room, kept when cleared)."""

    occurrence = models.OneToOneField(
        Occurrence, on_delete=models.CASCADE, primary_key=True, related_name="share_timer"
    )
    seconds = models.PositiveIntegerField(null=True, blank=True)
    ends_at = models.DateTimeField(null=True, blank=True)
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Timer of {self.occurrence_id}"


class RoomPresence(models.Model):
    """One open socket in a room. Rows are shared by every worker process, so counts are
    right across processes; a worker that dies leaves rows that expire by ``seen_at``."""

    channel_name = models.CharField(max_length=200, unique=True)
    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="presence")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="room_presence"
    )
    listening = models.BooleanField(default=False)
    connected_at = models.DateTimeField(default=now)
    seen_at = models.DateTimeField(default=now)

    class Meta:
        indexes = [models.Index(fields=["occurrence", "seen_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.occurrence_id}"


class HandRaise(models.Model):
    """A raised hand in the share queue. Lowering, passing or being called deletes it."""

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="hands")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hands"
    )
    position = models.PositiveIntegerField(
        help_text=gettext_lazy("Order in the queue; lowest speaks first.")
    )
    raised_at = models.DateTimeField(default=now)

    class Meta:
        ordering = ["occurrence", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["occurrence", "user"], name="hand_one_per_person")
        ]

    def __str__(self) -> str:
        return f"Hand of {self.user_id} in {self.occurrence_id}"


class Reaction(models.Model):
    class Kind(models.TextChoices):
        HEART = "heart", gettext_lazy("Heart")
        HUG = "hug", gettext_lazy("Hug")
        THANKS = "thanks", gettext_lazy("Thank you")
        STRENGTH = "strength", gettext_lazy("Strength")

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reactions"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    created_at = models.DateTimeField(default=now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["message", "user", "kind"], name="reaction_unique")
        ]

    def __str__(self) -> str:
        return f"{self.kind} on {self.message_id}"
