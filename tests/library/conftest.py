"""Fixtures for the library: a group with people in every role, texts, a scripted meeting."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.utils import timezone

from groups.models import Role
from library.models import (
    ItemStatus,
    ItemVisibility,
    LibraryItem,
    SectionKind,
    WhoMayPost,
)
from library.services import script_create, series_script_set
from meetings.models import MeetingSeries, Occurrence


@pytest.fixture
def people(group_factory, member_factory, user_factory):
    """A public group and one person in each role, plus a stranger."""
    group = group_factory(name="Morning Light")
    owner = group.memberships.get(role=Role.OWNER).user
    return SimpleNamespace(
        group=group,
        owner=owner,
        moderator=member_factory(group, Role.MODERATOR, display_name="Mod"),
        member=member_factory(group, Role.MEMBER, display_name="Mia"),
        reader=member_factory(group, Role.READER, display_name="Rae"),
        stranger=user_factory(display_name="Stranger"),
    )


@pytest.fixture
def item_factory(db):
    def make(group, *, title="A reading", body="Some calm words.", **fields):
        fields.setdefault("status", ItemStatus.PUBLISHED)
        fields.setdefault("visibility", ItemVisibility.GROUP)
        slug = (
            fields.pop("slug", None)
            or f"{title.lower().replace(' ', '-')}-{LibraryItem.objects.count()}"
        )
        return LibraryItem.objects.create(group=group, title=title, slug=slug, body=body, **fields)

    return make


@pytest.fixture
def occurrence_factory(db):
    def make(group, *, chair=None, is_open=False, starts_in=dt.timedelta(minutes=-5)):
        start = timezone.now() + starts_in
        series = MeetingSeries.objects.create(
            group=group,
            title="Evening meeting",
            chair=chair,
            is_open=is_open,
            weekdays=[start.weekday()],
            start_time=start.time(),
            start_date=start.date(),
        )
        return Occurrence.objects.create(
            series=series, original_start=start, start=start, end=start + dt.timedelta(hours=1)
        )

    return make


@pytest.fixture
def scripted(people, item_factory, occurrence_factory):
    """A live meeting chaired by the member, following a four-part script."""
    reading = item_factory(people.group, title="Just for today", body="One day at a time.")
    script = script_create(
        actor=people.owner,
        group=people.group,
        title="Our format",
        sections=[
            {
                "kind": SectionKind.OPENING,
                "title": "Welcome",
                "text": "Welcome, all.",
                "who_may_post": WhoMayPost.MODERATORS,
            },
            {
                "kind": SectionKind.READING,
                "title": "Reading",
                "library_item": reading,
                "who_may_post": WhoMayPost.NOBODY,
            },
            {
                "kind": SectionKind.SHARE_ROUND,
                "title": "Sharing",
                "who_may_post": WhoMayPost.EVERYONE,
            },
            {
                "kind": SectionKind.CLOSING,
                "title": "Closing",
                "text": "Keep coming back.",
                "who_may_post": WhoMayPost.MODERATORS,
            },
        ],
    )
    occurrence = occurrence_factory(people.group, chair=people.member)
    series_script_set(actor=people.owner, series=occurrence.series, script=script)
    sections = list(script.sections.order_by("order"))
    return SimpleNamespace(
        people=people, script=script, occurrence=occurrence, sections=sections, reading=reading
    )


@pytest.fixture
def sent_events(monkeypatch):
    """Room events library.services hands to kindred.events (after commit)."""
    events = []
    monkeypatch.setattr(
        "library.services.room_event_on_commit",
        lambda occurrence_id, event: events.append((occurrence_id, event)),
    )
    return events
