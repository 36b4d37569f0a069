"""Notification tests run the real database task worker, after real commits."""

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker

from chat.models import Message, RoomState
from groups.models import Role
from meetings import occurrences as meeting_occurrences
from meetings import scheduling as meeting_scheduling
from meetings.models import MeetingSeries, Occurrence

_seq = itertools.count(1)


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def run_worker():
    """Run django_tasks_db's own worker until no task is ready (``--batch``)."""

    def run():
        Worker(
            queue_names=["default"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
            excluded_queue_names=[],
        ).run()

    return run


@pytest.fixture
def circle(group_factory, member_factory, user_factory):
    """A group with its owner, a moderator and a member, each with their own address."""
    owner = user_factory(display_name="Owner Olive", email="owner@example.org")
    group = group_factory(owner=owner, name="Gamblers Anonymous Harbour", topic="gambling")
    moderator = member_factory(
        group, Role.MODERATOR, display_name="Mod Mia", email="mod@example.org"
    )
    member = member_factory(group, display_name="Member Max", email="member@example.org")
    return group, owner, moderator, member


@pytest.fixture
def live_occurrence():
    def make(group, *, started_minutes_ago=10, minutes=60):
        now = timezone.now()
        start = now - timedelta(minutes=started_minutes_ago)
        series = MeetingSeries.objects.create(
            group=group,
            title="Harbour share",
            start_time=start.time(),
            start_date=start.date(),
            weekdays=[start.weekday()],
            duration_minutes=minutes,
        )
        return Occurrence.objects.create(
            series=series, original_start=start, start=start, end=start + timedelta(minutes=minutes)
        )

    return make


@pytest.fixture
def message_factory():
    def make(occurrence, author, body="Hello everyone", status=Message.Status.VISIBLE):
        room, _ = RoomState.objects.get_or_create(occurrence=occurrence)
        room.last_seq += 1
        room.save()
        return Message.objects.create(
            occurrence=occurrence,
            seq=room.last_seq,
            author=author,
            client_id=f"c{next(_seq)}",
            status=status,
            body=body,
            body_html=f"<p>{body}</p>",
        )

    return make


@pytest.fixture
def upcoming(owner_of_group):
    """A weekly meeting of ``group`` whose next occurrence is stored (two days ahead)."""

    def make(group, *, is_open=False):
        start = (datetime.now(UTC) + timedelta(days=2)).replace(second=0, microsecond=0)
        series = meeting_scheduling.series_create(
            actor=owner_of_group(group),
            group=group,
            title="Harbour step study",
            weekdays=[start.weekday()],
            start_time=start.time(),
            start_date=start.date() - timedelta(days=7),
            is_open=is_open,
        )
        return meeting_occurrences.occurrence_materialize(series=series, original_start=start)

    return make


@pytest.fixture
def owner_of_group():
    from groups.models import Membership

    def get(group):
        return Membership.objects.get(group=group, role=Role.OWNER).user

    return get
