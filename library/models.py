"""The group library, meeting scripts and their live position, and daily readings."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.timezone import now
from django.utils.translation import gettext_lazy

from groups.models import Group
from meetings.models import MeetingSeries, Occurrence

# What a form says when a record points at something of another group, by the field.
OTHER_GROUP_ERRORS = {
    "library_item": gettext_lazy("Choose a text from this group's own library."),
    "item": gettext_lazy("Choose a text from this group's own library."),
    "script": gettext_lazy("Choose a script of this series' own group."),
}


def require_same_group(instance, field: str, group_id) -> None:
    """Refuse ``instance.<field>`` (an object with a group) when it belongs to another group
    than ``group_id``; nothing to check while either is unset."""
    if (
        getattr(instance, f"{field}_id")
        and group_id
        and getattr(instance, field).group_id != group_id
    ):
        raise ValidationError({field: OTHER_GROUP_ERRORS[field]})


class Category(models.TextChoices):
    READING = "reading", gettext_lazy("Reading")
    PAMPHLET = "pamphlet", gettext_lazy("Pamphlet")
    MEETING_SCRIPT = "meeting_script", gettext_lazy("Meeting script")
    DAILY_READING = "daily_reading", gettext_lazy("Daily reading")


class ItemStatus(models.TextChoices):
    DRAFT = "draft", gettext_lazy("Draft: only moderators see it")
    PUBLISHED = "published", gettext_lazy("Published")


class ItemVisibility(models.TextChoices):
    GROUP = "group", gettext_lazy("The group's people")
    PUBLIC = "public", gettext_lazy("Anyone, when the group's library is public")


class LibraryItem(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="library_items")
    title = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80)
    body = models.TextField(help_text=gettext_lazy("Markdown: emphasis, lists, quotes and links."))
    category = models.CharField(max_length=20, choices=Category.choices, default=Category.READING)
    order = models.PositiveIntegerField(
        default=0, help_text=gettext_lazy("Lower numbers come first.")
    )
    status = models.CharField(max_length=10, choices=ItemStatus.choices, default=ItemStatus.DRAFT)
    visibility = models.CharField(
        max_length=10, choices=ItemVisibility.choices, default=ItemVisibility.GROUP
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["group", "order", "title", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["group", "slug"], name="libraryitem_slug_unique")
        ]
        indexes = [models.Index(fields=["group", "status", "order"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse(
            "library:item", kwargs={"group_slug": self.group.slug, "item_slug": self.slug}
        )

    @property
    def is_published(self) -> bool:
        return self.status == ItemStatus.PUBLISHED


class ReadingProgress(models.Model):
    """What one person last opened in a library: "continue where you left off"."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reading_progress"
    )
    item = models.ForeignKey(LibraryItem, on_delete=models.CASCADE, related_name="progress")
    read_at = models.DateTimeField(default=now)

    class Meta:
        ordering = ["-read_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "item"], name="readingprogress_unique")
        ]
        indexes = [models.Index(fields=["user", "-read_at"])]

    def __str__(self) -> str:
        return f"{self.user} read {self.item}"


class Script(models.Model):
    """A meeting format: the ordered sections a chair moves through."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="scripts")
    title = models.CharField(max_length=120)
    created_at = models.DateTimeField(default=now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["group", "title", "pk"]

    def __str__(self) -> str:
        return self.title


class SectionKind(models.TextChoices):
    OPENING = "opening", gettext_lazy("Opening")
    READING = "reading", gettext_lazy("Reading")
    SHARE_ROUND = "share_round", gettext_lazy("Share round")
    CLOSING = "closing", gettext_lazy("Closing")
    ANNOUNCEMENT = "announcement", gettext_lazy("Announcements")


class WhoMayPost(models.TextChoices):
    NOBODY = "nobody", gettext_lazy("Nobody (quiet while it lasts)")
    EVERYONE = "everyone", gettext_lazy("Everyone who may post")
    MODERATORS = "moderators", gettext_lazy("The chair and moderators only")


class ScriptSection(models.Model):
    script = models.ForeignKey(Script, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=20, choices=SectionKind.choices, default=SectionKind.OPENING)
    title = models.CharField(max_length=120)
    library_item = models.ForeignKey(
        LibraryItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="script_sections",
        help_text=gettext_lazy("A reading taken from the group's library."),
    )
    text = models.TextField(
        blank=True, help_text=gettext_lazy("Markdown. What the chair says or reads.")
    )
    who_may_post = models.CharField(
        max_length=12, choices=WhoMayPost.choices, default=WhoMayPost.EVERYONE
    )

    class Meta:
        ordering = ["script", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.order}. {self.title}"

    def clean(self) -> None:
        require_same_group(self, "library_item", self.script_id and self.script.group_id)


class SeriesScript(models.Model):
    """The script a meeting series follows (kept here so meetings need not know of scripts)."""

    series = models.OneToOneField(
        MeetingSeries, on_delete=models.CASCADE, primary_key=True, related_name="script_link"
    )
    script = models.ForeignKey(Script, on_delete=models.CASCADE, related_name="series_links")

    def __str__(self) -> str:
        return f"{self.series} follows {self.script}"

    def clean(self) -> None:
        require_same_group(self, "script", self.series_id and self.series.group_id)


class LiveSection(models.Model):
    """Where the chair is in the script during one meeting."""

    occurrence = models.OneToOneField(
        Occurrence, on_delete=models.CASCADE, primary_key=True, related_name="live_section"
    )
    section = models.ForeignKey(ScriptSection, on_delete=models.CASCADE, related_name="+")
    changed_at = models.DateTimeField(default=now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.occurrence_id} at {self.section}"


class DailyReading(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="daily_readings")
    date = models.DateField()
    item = models.ForeignKey(LibraryItem, on_delete=models.CASCADE, related_name="daily_dates")

    class Meta:
        ordering = ["group", "date"]
        constraints = [
            models.UniqueConstraint(fields=["group", "date"], name="dailyreading_one_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.date}: {self.item}"

    def clean(self) -> None:
        require_same_group(self, "item", self.group_id)
