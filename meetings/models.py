from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.timezone import now
from django.utils.translation import gettext_lazy

from groups.models import Group
from kindred.languages import language_choices


class Format(models.TextChoices):
    DISCUSSION = "discussion", gettext_lazy("Discussion")
    SPEAKER = "speaker", gettext_lazy("Speaker")
    STEP_STUDY = "step_study", gettext_lazy("Step study")
    LITERATURE = "literature", gettext_lazy("Literature study")
    MEDITATION = "meditation", gettext_lazy("Meditation")
    NEWCOMERS = "newcomers", gettext_lazy("Newcomers")
    BUSINESS = "business", gettext_lazy("Business")


class Frequency(models.TextChoices):
    WEEKLY = "weekly", gettext_lazy("Weekly (every N weeks) on chosen weekdays")
    MONTHLY = "monthly", gettext_lazy("Monthly on the Nth weekday")


class MeetingSeries(models.Model):
    """A recurring meeting. The rule is stored as local wall time plus the group's zone,
    never as UTC, so 19:00 stays 19:00 local across daylight-saving changes."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="meeting_series")
    title = models.CharField(max_length=120)
    format = models.CharField(max_length=20, choices=Format.choices, default=Format.DISCUSSION)
    is_open = models.BooleanField(
        default=False,
        help_text=gettext_lazy("Open meetings let signed-in people who are not members listen."),
    )
    chair = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="chaired_series",
    )
    description = models.TextField(blank=True)
    language = models.CharField(
        max_length=16,
        choices=language_choices,
        blank=True,
        help_text=gettext_lazy("Leave empty when the meeting is held in the group's language."),
    )
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    interval = models.PositiveSmallIntegerField(
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=gettext_lazy("Every N weeks."),
    )
    # ISO weekdays, Monday=0 ... Sunday=6, for weekly series.
    weekdays = models.JSONField(default=list, blank=True)
    # For monthly series: the Nth (1-4, or -1 for last) ``monthly_weekday`` of the month.
    monthly_ordinal = models.SmallIntegerField(null=True, blank=True)
    monthly_weekday = models.PositiveSmallIntegerField(null=True, blank=True)
    start_time = models.TimeField(help_text=gettext_lazy("Local time in the group's time zone."))
    duration_minutes = models.PositiveIntegerField(
        default=60, validators=[MinValueValidator(5), MaxValueValidator(8 * 60)]
    )
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    lobby_minutes = models.PositiveSmallIntegerField(
        default=10,
        validators=[MaxValueValidator(120)],
        help_text=gettext_lazy("The room opens this early."),
    )
    grace_minutes = models.PositiveSmallIntegerField(
        default=15,
        validators=[MaxValueValidator(120)],
        help_text=gettext_lazy("The room stays open this long after."),
    )
    created_at = models.DateTimeField(default=now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["group", "start_time", "pk"]
        verbose_name_plural = "meeting series"
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="series_end_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.group})"

    @property
    def meeting_language(self) -> str:
        """The language code this meeting is held in (its own, else its group's)."""
        return self.language or self.group.language


class Occurrence(models.Model):
    """One meeting of a series, stored when something is attached to it: an override
    (cancelled, moved, a note, another chair), RSVPs, or a live room. It is keyed by the
    ``original_start`` the series rule produced, so overrides survive edits of the series."""

    series = models.ForeignKey(MeetingSeries, on_delete=models.CASCADE, related_name="occurrences")
    original_start = models.DateTimeField(
        help_text=gettext_lazy("The start the rule produced (UTC).")
    )
    start = models.DateTimeField(
        help_text=gettext_lazy("The actual start (UTC); differs when moved.")
    )
    end = models.DateTimeField()
    cancelled = models.BooleanField(default=False)
    note = models.TextField(blank=True, max_length=1000)
    chair = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="chaired_occurrences",
        help_text=gettext_lazy("Chair for this meeting only; empty means the series' chair."),
    )
    started_at = models.DateTimeField(
        null=True, blank=True, help_text=gettext_lazy("When the chair started it.")
    )
    ended_at = models.DateTimeField(
        null=True, blank=True, help_text=gettext_lazy("When the chair ended it.")
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["start", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["series", "original_start"], name="occurrence_unique"),
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="occurrence_end_after_start"
            ),
        ]
        indexes = [models.Index(fields=["start"])]

    def __str__(self) -> str:
        return f"{self.series.title} at {self.start:%Y-%m-%d %H:%M} UTC"

    def get_absolute_url(self) -> str:
        return reverse("meetings:occurrence", kwargs={"pk": self.pk})

    @property
    def group(self) -> Group:
        return self.series.group

    @property
    def chair_id_effective(self) -> int | None:
        return self.chair_id or self.series.chair_id


class Rsvp(models.Model):
    class Answer(models.TextChoices):
        GOING = "going", gettext_lazy("Going")
        MAYBE = "maybe", gettext_lazy("Maybe")
        NOT_GOING = "not_going", gettext_lazy("Not going")

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="rsvps")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rsvps"
    )
    answer = models.CharField(max_length=10, choices=Answer.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["occurrence", "user"], name="rsvp_unique")]

    def __str__(self) -> str:
        return f"{self.user}: {self.answer}"


class ReminderSent(models.Model):
    """One email about one occurrence to one person. The unique constraint is what makes
    reminders exactly-once: the row is written in the same transaction that sends."""

    class Kind(models.TextChoices):
        REMINDER = "reminder", gettext_lazy("Reminder")
        CANCELLATION = "cancellation", gettext_lazy("Cancellation notice")

    occurrence = models.ForeignKey(
        Occurrence, on_delete=models.CASCADE, related_name="reminders_sent"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    sent_at = models.DateTimeField(default=now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["occurrence", "user", "kind"], name="reminder_sent_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} to {self.user} for {self.occurrence_id}"


class GroupReminderPreference(models.Model):
    """ "Remind me of every meeting of this group", whether or not I said I'm going."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_reminders"
    )
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "group"], name="group_reminder_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} reminded of {self.group}"
