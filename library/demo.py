"""Demo library texts, a meeting script and daily readings, in our own words.

Safe to run again: texts are found by their slug, the script by its title, and days that
already have a reading keep it.
"""

import datetime as dt
import zoneinfo

from django.db import transaction
from django.utils import timezone

from accounts.demo import demo_user
from groups.models import Group
from library.models import (
    Category,
    DailyReading,
    ItemStatus,
    ItemVisibility,
    LibraryItem,
    Script,
    SectionKind,
    SeriesScript,
    WhoMayPost,
)
from library.services import library_item_create, script_create, series_script_set
from meetings.models import MeetingSeries

DEMO_GROUP_SLUGS = ["evening-light", "steady-ground", "quiet-harbour"]

TEXTS = [
    {
        "slug": "acceptance-a-little-at-a-time",
        "title": "Acceptance, a little at a time",
        "category": Category.READING,
        "visibility": ItemVisibility.PUBLIC,
        "order": 10,
        "body": (
            "Acceptance is not the same as liking what happened. It is the moment we stop "
            "arguing with what is already true, so that our hands are free for what we can "
            "still do.\n\n"
            "Most of us do not arrive at acceptance in one step. We try it for a morning, "
            "lose it by lunch, and find it again in the evening. That is not failure; that "
            "is how it is learned.\n\n"
            "> Today I can notice one thing I keep fighting, and put it down for an hour.\n\n"
            "If an hour is too long, a few breaths will do."
        ),
    },
    {
        "slug": "boundaries-are-a-kindness",
        "title": "Boundaries are a kindness",
        "category": Category.PAMPHLET,
        "visibility": ItemVisibility.GROUP,
        "order": 20,
        "body": (
            "A boundary is a line we draw around our own time, body, money and peace. It "
            "says what *we* will do, not what someone else must do.\n\n"
            "Some boundaries we have heard in this group:\n\n"
            "- I will leave the room when voices are raised, and come back later.\n"
            "- I will not lend money I need for rent.\n"
            "- I will answer the phone after nine in the morning, not at three at night.\n\n"
            "Holding a boundary can feel unkind at first, to others and to ourselves. Often "
            "it is the first honest kindness in a long time, because it lets us stay.\n\n"
            "**A gentle start:** choose one small line and keep it for one week."
        ),
    },
    {
        "slug": "just-this-one-day",
        "title": "Just this one day",
        "category": Category.READING,
        "visibility": ItemVisibility.PUBLIC,
        "order": 30,
        "body": (
            "We cannot fix last year, and we cannot live next month yet. What we have is "
            "this one day, and it is enough to work with.\n\n"
            "For today, I will try to:\n\n"
            "1. Eat something and drink some water.\n"
            "2. Tell one person the truth about how I am.\n"
            "3. Leave one problem that is not mine where it belongs.\n\n"
            "Tomorrow can have its own list. Tonight, I can rest."
        ),
    },
    {
        "slug": "welcome-if-you-are-new",
        "title": "Welcome, if you are new",
        "category": Category.PAMPHLET,
        "visibility": ItemVisibility.PUBLIC,
        "order": 5,
        "body": (
            "You are welcome here exactly as you are. You do not have to speak, explain why "
            "you came, or know what to say.\n\n"
            "Many people start by **reading quietly**: following the meeting's readings "
            "without being seen, and reading the library at their own pace. When you feel "
            "ready, you can ask to become a member and share. Nobody will hurry you."
        ),
    },
    {
        "slug": "our-opening-words",
        "title": "Our opening words",
        "category": Category.MEETING_SCRIPT,
        "visibility": ItemVisibility.GROUP,
        "order": 40,
        "body": (
            "Welcome to this meeting. We are people who care about someone whose struggles "
            "have shaped our lives, and we meet to support one another.\n\n"
            "What is said here stays here. We speak from our own experience, one at a time, "
            "and we do not give advice unless someone asks for it. You are free to listen "
            "for as long as you need."
        ),
    },
    {
        "slug": "a-slower-morning",
        "title": "A slower morning",
        "category": Category.DAILY_READING,
        "visibility": ItemVisibility.GROUP,
        "order": 100,
        "body": (
            "Before checking on anyone else this morning, I check on myself. Am I tired, "
            "hungry, worried? I can answer honestly and still get through the day.\n\n"
            "*Today, my first care is my own.*"
        ),
    },
    {
        "slug": "noticing-what-is-mine",
        "title": "Noticing what is mine",
        "category": Category.DAILY_READING,
        "visibility": ItemVisibility.GROUP,
        "order": 110,
        "body": (
            "When a worry arrives, I can ask one question: *is this mine to carry?* Some "
            "things are. Many are not. Putting down what is not mine is not giving up on "
            "anyone; it is making room to carry what is."
        ),
    },
    {
        "slug": "rest-is-allowed",
        "title": "Rest is allowed",
        "category": Category.DAILY_READING,
        "visibility": ItemVisibility.GROUP,
        "order": 120,
        "body": (
            "Rest is not a reward for having fixed everything. It is part of how we keep "
            "going. Today I may stop before everything is done."
        ),
    },
    {
        "slug": "notes-for-a-new-pamphlet",
        "title": "Notes for a new pamphlet",
        "category": Category.PAMPHLET,
        "visibility": ItemVisibility.GROUP,
        "status": ItemStatus.DRAFT,
        "order": 200,
        "body": "A draft: only moderators see it until it is published.",
    },
]

DAILY = ["a-slower-morning", "noticing-what-is-mine", "rest-is-allowed", "just-this-one-day"]
SCRIPT_TITLE = "Our evening format"


def _texts(group: Group, owner) -> dict[str, LibraryItem]:
    found = {item.slug: item for item in LibraryItem.objects.filter(group=group)}
    for spec in TEXTS:
        if spec["slug"] in found:
            continue
        fields = {k: v for k, v in spec.items() if k != "slug"}
        fields.setdefault("status", ItemStatus.PUBLISHED)
        item = library_item_create(actor=owner, group=group, **fields)
        if item.slug != spec["slug"]:  # keep the demo's addresses stable
            item.slug = spec["slug"]
            item.save(update_fields=["slug"])
        found[item.slug] = item
    return found


# The demo's meeting format, whatever its language: each section's kind and who may post
# during it, in order.
EVENING_FORMAT = [
    (SectionKind.OPENING, WhoMayPost.MODERATORS),
    (SectionKind.READING, WhoMayPost.NOBODY),
    (SectionKind.SHARE_ROUND, WhoMayPost.EVERYONE),
    (SectionKind.CLOSING, WhoMayPost.MODERATORS),
]


def demo_script(group: Group, owner, title: str, sections: list[tuple]) -> Script:
    """The group's script called ``title``, written by ``owner`` in the EVENING_FORMAT when
    there is none. ``sections``: each section's (title, library item or None, text)."""
    script = Script.objects.filter(group=group, title=title).first()
    if script is not None:
        return script
    return script_create(
        actor=owner,
        group=group,
        title=title,
        sections=[
            {
                "kind": kind,
                "title": section_title,
                "library_item": item,
                "text": text,
                "who_may_post": who_may_post,
            }
            for (kind, who_may_post), (section_title, item, text) in zip(
                EVENING_FORMAT, sections, strict=True
            )
        ],
    )


def _script(group: Group, owner, texts: dict[str, LibraryItem]) -> Script:
    return demo_script(
        group,
        owner,
        SCRIPT_TITLE,
        [
            (
                "Welcome",
                texts["our-opening-words"],
                "The chair welcomes everyone and reads our opening words.",
            ),
            (
                "Tonight's reading",
                texts["acceptance-a-little-at-a-time"],
                "We read together, quietly. The chat opens again after the reading.",
            ),
            (
                "Sharing",
                None,
                "Raise your hand to share. Three minutes each, so everyone has time. "
                "Mark hard details with a content warning. Passing is always fine.",
            ),
            (
                "Closing",
                texts["just-this-one-day"],
                "Thank you for being here. What was said here stays here.",
            ),
        ],
    )


@transaction.atomic
def create_demo() -> None:
    owner = demo_user("owner")
    for group in Group.objects.filter(slug__in=DEMO_GROUP_SLUGS):
        texts = _texts(group, owner)
        script = _script(group, owner, texts)
        unscripted = MeetingSeries.objects.filter(group=group).exclude(
            pk__in=SeriesScript.objects.values("series_id")
        )
        for series in unscripted:
            series_script_set(actor=owner, series=series, script=script)
        today = timezone.localdate(timezone.now(), zoneinfo.ZoneInfo(group.timezone))
        for offset in range(-2, 5):
            day = today + dt.timedelta(days=offset)
            DailyReading.objects.get_or_create(
                group=group, date=day, defaults={"item": texts[DAILY[offset % len(DAILY)]]}
            )
