"""Reads for the library, scripts and daily readings, each with the access rule applied.

What a person may read comes from kindred.policy: ``Action.READ_LIBRARY`` for the library
(readers and members read the group's items; anyone who may see the group reads the items
marked public when the group's library is public), ``Action.MODERATE`` to see drafts and
write, and ``Action.LISTEN`` for a live meeting's readings.
"""

import datetime as dt
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from groups.models import Ban, Group
from kindred.errors import NotFound
from kindred.policy import Action, Standing, allows, require, standing_for
from kindred.prepared import CompiledRead, Planned, run
from library.models import (
    DailyReading,
    ItemStatus,
    ItemVisibility,
    LibraryItem,
    LiveSection,
    ReadingProgress,
    Script,
    ScriptSection,
)
from meetings.lifecycle import OccurrenceState, occurrence_chair_id, occurrence_state
from meetings.models import Occurrence
from meetings.selectors import schedule_for_group

ANNOUNCEMENTS_SHOWN = 50

# The chair's announcements are chat's messages. Chat sits above the library, so it tells
# the library how to read them when it is ready (chat.apps) rather than the library
# importing chat: (occurrence, how many) -> the newest that many, oldest first.
ANNOUNCEMENT_READERS: list[Callable[[Occurrence, int], list]] = []


def announcements_for(occurrence: Occurrence) -> list:
    """The newest ANNOUNCEMENTS_SHOWN announcements of ``occurrence``, oldest first."""
    return [m for read in ANNOUNCEMENT_READERS for m in read(occurrence, ANNOUNCEMENTS_SHOWN)]


@dataclass(frozen=True, slots=True)
class LibraryAccess:
    """What one person may do with one group's library."""

    standing: Standing

    @property
    def group(self) -> Group:
        return self.standing.group

    @property
    def may_edit(self) -> bool:
        return allows(self.standing, Action.MODERATE)

    @property
    def sees_group_items(self) -> bool:
        """Readers and members read everything published; others only what is public."""
        return self.standing.belongs


def library_access(*, user, group: Group, standing: Standing | None = None) -> LibraryAccess:
    """The person's access to ``group``'s library, or raise (NotFound for hidden groups)."""
    standing = standing or standing_for(user=user, group=group)
    require(standing, Action.READ_LIBRARY)
    return LibraryAccess(standing=standing)


def _visible_filter(access: LibraryAccess, prefix: str = "") -> Q:
    q = Q()
    if not access.may_edit:
        q &= Q(**{f"{prefix}status": ItemStatus.PUBLISHED})
    if not access.sees_group_items:
        q &= Q(**{f"{prefix}visibility": ItemVisibility.PUBLIC})
    return q


def library_items_list(
    *, access: LibraryAccess, query: str = "", category: str = ""
) -> QuerySet[LibraryItem]:
    """The items this person may read, in the group's order. ``query`` matches every word
    in the title or the body, case-insensitively."""
    items = LibraryItem.objects.filter(_visible_filter(access), group=access.group)
    for word in query.split()[:8]:
        items = items.filter(Q(title__icontains=word) | Q(body__icontains=word))
    if category:
        items = items.filter(category=category)
    return items.select_related("group").order_by("order", "title", "pk")


def library_item_get(*, access: LibraryAccess, slug: str) -> LibraryItem:
    item = (
        LibraryItem.objects.filter(_visible_filter(access), group=access.group, slug=slug)
        .select_related("group")
        .first()
    )
    if item is None:
        raise NotFound(_("That text is not in this library."))
    return item


def last_read_for(*, access: LibraryAccess) -> ReadingProgress | None:
    """Where this person left off in this library (an item they may still read)."""
    if not access.standing.signed_in:
        return None
    return (
        ReadingProgress.objects.filter(
            _visible_filter(access, prefix="item__"),
            user_id=access.standing.user_id,
            item__group=access.group,
        )
        .select_related("item__group")
        .order_by("-read_at", "-pk")
        .first()
    )


def _payload(section_id, order, kind, title, who_may_post, reading_title, changed_at) -> dict:
    return {
        "id": section_id,
        "order": order,
        "kind": kind,
        "title": title,
        "who_may_post": who_may_post,
        "reading_title": reading_title,
        "changed_at": changed_at.isoformat(),
    }


def section_payload(live: LiveSection) -> dict:
    """The small, JSON-ready description of the live section sent to every client."""
    section = live.section
    reading_title = section.library_item.title if section.library_item_id else None
    return _payload(
        section.pk,
        section.order,
        section.kind,
        section.title,
        section.who_may_post,
        reading_title,
        live.changed_at,
    )


# The columns _payload takes, in its order, read without a model.
_SECTION_COLUMNS = (
    "section_id",
    "section__order",
    "section__kind",
    "section__title",
    "section__who_may_post",
    "section__library_item__title",
    "changed_at",
)


def _section_query(*, occurrence_id):
    return (
        LiveSection.objects.filter(occurrence_id=occurrence_id)
        .values(*_SECTION_COLUMNS)
        .order_by("pk")[:1]
    )


# A late joiner's welcome reads it (chat/welcome.py): built and compiled by the ORM once per
# process, then only run (kindred.prepared.CompiledRead).
_SECTION = CompiledRead(_section_query, occurrence_id=-7_500_001)


def section_current(*, occurrence_id: int) -> dict | None:
    """Where the meeting is in its script (for a late joiner's welcome), or None: the same
    payload section_payload gives."""
    return run(section_planned(occurrence_id=occurrence_id))


def section_planned(*, occurrence_id: int) -> Planned:
    """section_current, to run with other reads (kindred.prepared.run_together)."""
    return Planned(_SECTION, {"occurrence_id": occurrence_id}, _section)


def _section(rows: list[dict]) -> dict | None:
    return _payload(*(rows[0][column] for column in _SECTION_COLUMNS)) if rows else None


def script_for_series(*, series_id: int) -> Script | None:
    """The script a series follows, with its sections and their library texts."""
    return (
        Script.objects.filter(series_links__series_id=series_id)
        .prefetch_related(
            Prefetch(
                "sections",
                queryset=ScriptSection.objects.select_related("library_item").order_by(
                    "order", "pk"
                ),
            )
        )
        .first()
    )


@dataclass
class ReadingsView:
    """Everything the readings-only page shows: the script, where the chair is, and the
    chair's announcements. Never shares."""

    occurrence: Occurrence
    standing: Standing
    state: OccurrenceState
    script: Script | None
    sections: list[ScriptSection] = field(default_factory=list)
    current_section_id: int | None = None
    announcements: list = field(default_factory=list)  # chat's messages, oldest first

    @property
    def is_chair(self) -> bool:
        return self.standing.user_id is not None and (
            occurrence_chair_id(self.occurrence) == self.standing.user_id
        )


def room_script_for(*, occurrence: Occurrence) -> tuple[Script | None, list, int | None]:
    """(script, its sections with their published texts, the current section id)."""
    script = script_for_series(series_id=occurrence.series_id)
    sections = list(script.sections.all()) if script is not None else []
    for section in sections:
        # A draft text in a script is shown by its title only until it is published.
        if section.library_item_id and not section.library_item.is_published:
            section.library_item = None
    current = (
        LiveSection.objects.filter(occurrence_id=occurrence.pk)
        .values_list("section_id", flat=True)
        .first()
    )
    return script, sections, current


def readings_view_for(*, user: User, occurrence_id: int) -> ReadingsView:
    """The readings-only view of a meeting for someone who may listen to it."""
    occurrence = Occurrence.objects.select_related("series__group").filter(pk=occurrence_id).first()
    if occurrence is None:
        raise NotFound(_("That meeting could not be found."))
    standing = standing_for(user=user, group=occurrence.series.group)
    require(standing, Action.LISTEN, meeting_open=occurrence.series.is_open)
    script, sections, current = room_script_for(occurrence=occurrence)
    announcements = announcements_for(occurrence)
    return ReadingsView(
        occurrence=occurrence,
        standing=standing,
        state=occurrence_state(occurrence),
        script=script,
        sections=sections,
        current_section_id=current,
        announcements=announcements,
    )


def viewer_today(*, user=None, group: Group | None = None) -> dt.date:
    """Today's date where the viewer is (a visitor: where the group meets)."""
    if user is not None and user.is_authenticated:
        zone = user.tzinfo
    elif group is not None:
        zone = zoneinfo.ZoneInfo(group.timezone)
    else:
        zone = timezone.get_current_timezone()
    return timezone.localdate(timezone.now(), zone)


def daily_reading_for(
    *, group: Group, user, on: dt.date | None = None, standing: Standing | None = None
) -> DailyReading | None:
    """The group's reading for today (in the viewer's time zone) if this person may read it."""
    standing = standing or standing_for(user=user, group=group)
    if not allows(standing, Action.READ_LIBRARY):
        return None
    access = LibraryAccess(standing=standing)
    on = on or viewer_today(user=user, group=group)
    visible = _visible_filter(access, prefix="item__") & Q(item__status=ItemStatus.PUBLISHED)
    return (
        DailyReading.objects.filter(visible, group=group, date=on)
        .select_related("item__group")
        .first()
    )


def daily_readings_for_user(*, user: User, on: dt.date | None = None) -> list[DailyReading]:
    """Today's readings (in the person's zone) from every group they belong to."""
    if user is None or not user.is_authenticated:
        return []
    on = on or viewer_today(user=user)
    banned = Ban.objects.active(timezone.now()).filter(group=OuterRef("group"), user=user)
    return list(
        DailyReading.objects.filter(
            date=on, group__memberships__user=user, item__status=ItemStatus.PUBLISHED
        )
        .exclude(Exists(banned))
        .select_related("item__group", "group")
        .order_by("group__name", "group_id")
    )


def daily_readings_upcoming(*, group: Group, start: dt.date, days: int = 14) -> list[DailyReading]:
    """The group's assigned readings from ``start`` on (for the moderators' page)."""
    return list(
        DailyReading.objects.filter(
            group=group, date__gte=start, date__lt=start + dt.timedelta(days=days)
        )
        .select_related("item")
        .order_by("date")
    )


def group_standing_visible(*, user, group: Group) -> Standing:
    """The person's standing in a group they may see (NotFound for hidden groups)."""
    standing = standing_for(user=user, group=group)
    require(standing, Action.VIEW_GROUP)
    return standing


def meetings_now_and_next(*, group: Group, user, upcoming: int = 3) -> tuple[list, list]:
    """(meetings of the group whose room is open now, the next few to come) as
    meetings.selectors.OccurrenceView rows."""
    now = timezone.now()
    zone = user.tzinfo if user is not None and user.is_authenticated else zoneinfo.ZoneInfo("UTC")
    rows = schedule_for_group(
        group=group,
        viewer=user,
        start=now - dt.timedelta(hours=9),
        end=now + dt.timedelta(days=14),
        viewer_zone=zone,
    )
    open_now = [row for row in rows if row.room_open]
    later = [row for row in rows if row.state == OccurrenceState.UPCOMING][:upcoming]
    return open_now, later


def scripts_for_group(*, group: Group) -> list[Script]:
    """The group's scripts with how many sections each has (for moderators)."""
    return list(
        Script.objects.filter(group=group)
        .annotate(section_count=Count("sections", distinct=True))
        .prefetch_related("series_links__series")
        .order_by("title", "pk")
    )


def script_get(*, group: Group, pk: int) -> Script:
    script = Script.objects.filter(group=group, pk=pk).select_related("group").first()
    if script is None:
        raise NotFound(_("That script is not in this group."))
    return script
