"""Writes for the library, meeting scripts, live sections and daily readings.

Every function is keyword-only, asks kindred.policy before it changes anything, and raises
a kindred.errors exception with a stable ``code`` when it cannot do what was asked.
"""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Subquery
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext

from accounts.models import User
from groups.models import Group
from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError
from kindred.events import room_event_on_commit, room_section
from kindred.policy import Action, Standing, may_lead_meeting, require, standing_for
from kindred.text import checked_text
from library.models import (
    DailyReading,
    LibraryItem,
    LiveSection,
    ReadingProgress,
    Script,
    ScriptSection,
    SeriesScript,
    WhoMayPost,
)
from library.selectors import section_payload
from meetings.lifecycle import OccurrenceState, occurrence_chair_id, occurrence_state
from meetings.models import MeetingSeries, Occurrence

ITEM_FIELDS = ("title", "body", "category", "order", "status", "visibility")
MAX_BODY_LENGTH = 50_000
# Paths of the library pages that an item's slug must not shadow.
RESERVED_SLUGS = frozenset({"new", "daily", "quietly", "scripts"})
_UNREAD = object()  # section_posting_check: the caller did not read the section's rule


def _refuse_unknown(fields: dict, allowed) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ServiceError(
            gettext("Unknown fields: %(join_sorted_unknown)s.")
            % {"join_sorted_unknown": ", ".join(sorted(unknown))},
            code="invalid",
        )


def _require_moderator(*, actor: User, group: Group) -> None:
    require(standing_for(user=actor, group=group), Action.MODERATE)


def _unique_item_slug(group: Group, title: str, *, exclude_pk: int | None = None) -> str:
    base = slugify(title)[:70] or "text"
    if base in RESERVED_SLUGS:
        base = f"{base}-text"
    taken = set(
        LibraryItem.objects.filter(group=group, slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _title(title: str) -> str:
    """A title on one line (kindred.text.single_line), or a ServiceError."""
    return checked_text(title, field="title", label=gettext("A title"))


def _full_clean(obj) -> None:
    """Model validation as a ServiceError naming the first bad field."""
    try:
        obj.full_clean()
    except ValidationError as exc:
        field, messages = next(iter(exc.message_dict.items()))
        raise ServiceError(messages[0], code="invalid", field=field) from exc


def _check_body(body: str) -> None:
    if len(body) > MAX_BODY_LENGTH:
        raise ServiceError(
            gettext("A text can be at most %(count)s characters.")
            % {"count": number_format(MAX_BODY_LENGTH, force_grouping=True)},
            code="too_long",
            field="body",
        )


def library_item_create(
    *,
    actor: User,
    group: Group,
    title: str,
    body: str,
    category: str = "reading",
    order: int = 0,
    status: str = "draft",
    visibility: str = "group",
) -> LibraryItem:
    """A moderator adds a text to the group's library (a draft unless said otherwise)."""
    _require_moderator(actor=actor, group=group)
    _check_body(body)
    item = LibraryItem(
        group=group,
        title=_title(title),
        slug=_unique_item_slug(group, title),
        body=body,
        category=category,
        order=order,
        status=status,
        visibility=visibility,
        created_by=actor,
    )
    _full_clean(item)
    item.save()
    return item


def library_item_update(*, actor: User, item: LibraryItem, **fields) -> LibraryItem:
    """A moderator edits a text. The slug stays, so links and bookmarks keep working."""
    _require_moderator(actor=actor, group=item.group)
    _refuse_unknown(fields, ITEM_FIELDS)
    if "body" in fields:
        _check_body(fields["body"])
    if "title" in fields:
        fields["title"] = _title(fields["title"])
    for name, value in fields.items():
        setattr(item, name, value)
    _full_clean(item)
    item.save()
    return item


def reading_progress_record(*, user: User, item: LibraryItem) -> ReadingProgress | None:
    """Remember that ``user`` opened ``item`` (visitors are not remembered)."""
    if user is None or not user.is_authenticated:
        return None
    progress, _ = ReadingProgress.objects.update_or_create(
        user=user, item=item, defaults={"read_at": timezone.now()}
    )
    return progress


@transaction.atomic
def script_create(*, actor: User, group: Group, title: str, sections: list[dict]) -> Script:
    """A moderator writes a meeting script. ``sections`` are dicts of ScriptSection fields
    (kind, title, text, library_item, who_may_post) in the order they happen."""
    _require_moderator(actor=actor, group=group)
    script = Script(group=group, title=_title(title))
    _full_clean(script)
    script.save()
    for position, fields in enumerate(sections, start=1):
        if "title" in fields:
            fields = {**fields, "title": _title(fields["title"])}
        section = ScriptSection(script=script, order=position * 10, **fields)
        _full_clean(section)
        section.save()
    return script


SECTION_FIELDS = ("kind", "title", "library_item", "text", "who_may_post")


@transaction.atomic
def script_update(*, actor: User, script: Script, title: str, sections: list[dict]) -> Script:
    """A moderator edits a script: its title and its sections in their new order.

    A section dict with an ``id`` updates that section (so a meeting that is on it stays
    there); one without adds a section; sections left out are removed."""
    _require_moderator(actor=actor, group=script.group)
    script.title = _title(title)
    _full_clean(script)
    existing = {section.pk: section for section in script.sections.select_for_update()}
    keep: set[int] = set()
    for position, fields in enumerate(sections, start=1):
        fields = dict(fields)
        section_pk = fields.pop("id", None)
        _refuse_unknown(fields, SECTION_FIELDS)
        if section_pk is None:
            section = ScriptSection(script=script)
        elif section_pk in existing:
            section = existing[section_pk]
            keep.add(section_pk)
        else:
            raise NotFound(
                gettext("That section is not part of this script."), code="no_such_section"
            )
        if "title" in fields:
            fields["title"] = _title(fields["title"])
        for name, value in fields.items():
            setattr(section, name, value)
        section.order = position * 10
        _full_clean(section)
        section.save()
    ScriptSection.objects.filter(pk__in=set(existing) - keep).delete()
    script.save()
    return script


def series_script_set(*, actor: User, series: MeetingSeries, script: Script | None) -> None:
    """Make a series follow ``script`` (or no script with None)."""
    _require_moderator(actor=actor, group=series.group)
    if script is None:
        SeriesScript.objects.filter(series=series).delete()
        return
    _full_clean_except_unique(SeriesScript(series=series, script=script))
    SeriesScript.objects.update_or_create(series=series, defaults={"script": script})


def section_move(*, actor: User, occurrence: Occurrence, section_id: int) -> LiveSection:
    """The chair (or a moderator) moves the live meeting to another section of its script.

    Everyone in the room is told after commit (kindred.events.room_section); people who
    arrive later get the same section payload from ``section_current``.
    """
    standing = standing_for(user=actor, group=occurrence.series.group)
    if not may_lead_meeting(standing, chair_id=occurrence_chair_id(occurrence)):
        raise NotAllowed(
            gettext("Only the chair or a moderator can move through the script."), code="not_chair"
        )
    state = occurrence_state(occurrence)
    if state in {OccurrenceState.UPCOMING, OccurrenceState.LOBBY}:
        raise Conflict(
            gettext("The meeting has not started yet: start it, then move through its parts."),
            code="meeting_not_running",
        )
    if state != OccurrenceState.LIVE:
        raise Conflict(gettext("This meeting is not running."), code="meeting_not_running")
    try:
        section_pk = int(section_id)
    except (TypeError, ValueError):
        section_pk = None
    section = (
        ScriptSection.objects.filter(
            pk=section_pk, script__series_links__series_id=occurrence.series_id
        )
        .select_related("library_item")
        .first()
        if section_pk is not None
        else None
    )
    if section is None:
        raise NotFound(
            gettext("That section is not part of this meeting's script."), code="no_such_section"
        )
    with transaction.atomic():
        live, _ = LiveSection.objects.update_or_create(
            occurrence=occurrence,
            defaults={"section": section, "changed_at": timezone.now(), "changed_by": actor},
        )
        room_event_on_commit(occurrence.pk, room_section(section=section_payload(live)))
    return live


def section_rule(*, occurrence: Occurrence) -> Subquery:
    """Who may post in the meeting's current script section (None: no live section), as
    an expression chat reads together with the rest of what posting needs."""
    live = LiveSection.objects.filter(occurrence_id=occurrence.pk)
    return Subquery(live.values("section__who_may_post")[:1])


def section_posting_check(
    *,
    occurrence: Occurrence,
    user: User,
    kind: str = "share",
    rule: object = _UNREAD,
    standing: Standing | None = None,
) -> None:
    """Refuse a post the current script section does not allow (code "section_closed").

    Called by chat's message_post right after moderation's posting_check, with the
    section's ``rule`` (section_rule) and the person's ``standing`` it read for the
    message; without them they are read here. Announcements by the chair or moderators
    (``kind="announcement"``) are never held back by a section: the chair must be able to
    speak during a quiet reading.
    """
    if kind == "announcement":
        return
    if rule is _UNREAD:
        rule = (
            LiveSection.objects.filter(occurrence_id=occurrence.pk)
            .values_list("section__who_may_post", flat=True)
            .first()
        )
    if rule is None or rule == WhoMayPost.EVERYONE:
        return
    if rule == WhoMayPost.MODERATORS:
        standing = standing or standing_for(user=user, group=occurrence.series.group)
        if may_lead_meeting(standing, chair_id=occurrence_chair_id(occurrence)):
            return
        raise NotAllowed(
            gettext("Only the chair and moderators post during this part of the meeting."),
            code="section_closed",
        )
    raise NotAllowed(
        gettext("This part of the meeting is for listening; sharing opens again soon."),
        code="section_closed",
    )


def daily_reading_set(*, actor: User, group: Group, on: dt.date, item: LibraryItem | None) -> None:
    """Assign ``item`` as the group's reading for the day ``on`` (None clears the day)."""
    _require_moderator(actor=actor, group=group)
    if item is None:
        DailyReading.objects.filter(group=group, date=on).delete()
        return
    reading = DailyReading(group=group, date=on, item=item)
    _full_clean_except_unique(reading)
    DailyReading.objects.update_or_create(group=group, date=on, defaults={"item": item})


def _full_clean_except_unique(obj) -> None:
    try:
        obj.full_clean(validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        field, messages = next(iter(exc.message_dict.items()))
        raise ServiceError(messages[0], code="invalid", field=field) from exc
