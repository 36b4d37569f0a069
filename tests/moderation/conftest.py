"""Fixtures for moderation tests: a live meeting, messages, and a record of sent events."""

import itertools
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from chat.models import Message, RoomState
from groups.models import Role
from meetings.models import MeetingSeries, Occurrence

_seq = itertools.count(1)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Each room makes eight people; the real hasher would spend seconds on them.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def events(monkeypatch):
    """Every channel-layer event sent after commit, as (group name, event) pairs."""
    sent: list[tuple[str, dict]] = []
    monkeypatch.setattr("kindred.events._send", lambda group, event: sent.append((group, event)))
    return sent


@pytest.fixture
def occurrence_factory(db):
    def make(group, *, chair=None, started_minutes_ago=10, minutes=60, is_open=False):
        now = timezone.now()
        start = now - timedelta(minutes=started_minutes_ago)
        series = MeetingSeries.objects.create(
            group=group,
            title="Evening share",
            chair=chair,
            start_time=start.time(),
            start_date=start.date(),
            weekdays=[start.weekday()],
            duration_minutes=minutes,
            is_open=is_open,
        )
        return Occurrence.objects.create(
            series=series, original_start=start, start=start, end=start + timedelta(minutes=minutes)
        )

    return make


@pytest.fixture
def message_factory(db):
    def make(occurrence, author, body="Hello everyone", status=Message.Status.VISIBLE, **extra):
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
            **extra,
        )

    return make


@pytest.fixture
def room(group_factory, member_factory, user_factory, occurrence_factory):
    """A live meeting with an owner, a moderator, a chair (a member), a member, a reader
    and an outsider."""
    owner = user_factory(display_name="Owner")
    group = group_factory(owner=owner)
    chair = member_factory(group, Role.MEMBER, display_name="Chair")
    people = {
        "owner": owner,
        "moderator": member_factory(group, Role.MODERATOR, display_name="Mod"),
        "moderator2": member_factory(group, Role.MODERATOR, display_name="Mod Two"),
        "chair": chair,
        "member": member_factory(group, Role.MEMBER, display_name="Member"),
        "member2": member_factory(group, Role.MEMBER, display_name="Member Two"),
        "reader": member_factory(group, Role.READER, display_name="Reader"),
        "outsider": user_factory(display_name="Outsider"),
    }
    occurrence = occurrence_factory(group, chair=chair)
    return type("Room", (), {"group": group, "occurrence": occurrence, **people})
