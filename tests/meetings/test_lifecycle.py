from datetime import UTC, datetime, timedelta

import pytest

from groups.models import Role
from kindred.errors import Conflict, NotAllowed
from meetings.lifecycle import OccurrenceState, occurrence_chair_id, occurrence_state
from meetings.occurrences import occurrence_materialize
from meetings.services import occurrence_end_now, occurrence_start_now

START = datetime(2026, 3, 12, 23, 0, tzinfo=UTC)  # Thursday 19:00 in New York (EDT)


@pytest.fixture
def occurrence(group_factory, series_factory):
    group = group_factory(timezone="America/New_York")
    series = series_factory(group, lobby_minutes=10, grace_minutes=15)
    return occurrence_materialize(series=series, original_start=START)


def at(minutes):
    return START + timedelta(minutes=minutes)


def test_states_through_a_meeting(occurrence):
    assert occurrence_state(occurrence, at=at(-11)) == OccurrenceState.UPCOMING
    assert occurrence_state(occurrence, at=at(-10)) == OccurrenceState.LOBBY
    assert occurrence_state(occurrence, at=at(0)) == OccurrenceState.LIVE
    assert occurrence_state(occurrence, at=at(60 + 14)) == OccurrenceState.LIVE
    assert occurrence_state(occurrence, at=at(60 + 15)) == OccurrenceState.ENDED


def test_cancelled_wins(occurrence):
    occurrence.cancelled = True
    assert occurrence_state(occurrence, at=at(5)) == OccurrenceState.CANCELLED


def test_chair_starts_early_and_ends_early(occurrence, clock, owner_of):
    owner = owner_of(occurrence.series.group)
    clock.set(at(-5))
    started = occurrence_start_now(actor=owner, occurrence=occurrence)
    assert started.started_at == at(-5)
    assert occurrence_state(started, at=at(-4)) == OccurrenceState.LIVE
    clock.set(at(30))
    ended = occurrence_end_now(actor=owner, occurrence=occurrence)
    assert occurrence_state(ended, at=at(31)) == OccurrenceState.ENDED
    assert occurrence_state(ended, at=at(29)) == OccurrenceState.LIVE


def test_start_refused_before_the_lobby_opens(occurrence, clock, owner_of):
    clock.set(at(-30))
    with pytest.raises(Conflict) as exc:
        occurrence_start_now(actor=owner_of(occurrence.series.group), occurrence=occurrence)
    assert exc.value.code == "not_in_lobby"
    occurrence.refresh_from_db()
    assert occurrence.started_at is None


def test_member_who_is_not_chair_cannot_start(occurrence, clock, member_factory):
    member = member_factory(occurrence.series.group, Role.MEMBER)
    clock.set(at(-5))
    with pytest.raises(NotAllowed) as exc:
        occurrence_start_now(actor=member, occurrence=occurrence)
    assert exc.value.code == "not_chair"


def test_occurrence_chair_falls_back_to_series_chair(occurrence, member_factory):
    group = occurrence.series.group
    moderator = member_factory(group, Role.MODERATOR)
    other = member_factory(group, Role.MODERATOR)
    occurrence.series.chair = moderator
    assert occurrence_chair_id(occurrence) == moderator.pk
    occurrence.chair = other
    assert occurrence_chair_id(occurrence) == other.pk


def test_chair_of_one_meeting_may_start_it(occurrence, clock, member_factory, owner_of):
    from meetings.services import occurrence_assign_chair

    moderator = member_factory(occurrence.series.group, Role.MODERATOR)
    clock.set(at(-60))
    occurrence_assign_chair(
        actor=owner_of(occurrence.series.group), occurrence=occurrence, chair=moderator
    )
    clock.set(at(-2))
    assert occurrence_start_now(actor=moderator, occurrence=occurrence).started_at == at(-2)
