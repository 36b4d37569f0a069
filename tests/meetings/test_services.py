from datetime import UTC, date, datetime, time, timedelta

import pytest

from groups.models import Group, Role, Visibility
from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError
from meetings import occurrences, scheduling, services
from meetings.models import MeetingSeries, Occurrence, Rsvp

NY = "America/New_York"
# Thursdays 19:00 New York: 12 March 2026 is EDT (23:00 UTC), 5 March is EST (00:00 UTC).
MAR_12 = datetime(2026, 3, 12, 23, 0, tzinfo=UTC)
MAR_19 = datetime(2026, 3, 19, 23, 0, tzinfo=UTC)
BEFORE = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def group(group_factory):
    return group_factory(timezone=NY)


@pytest.fixture
def series(group, series_factory):
    return series_factory(group)


# --- Scheduling ---------------------------------------------------------------------


def test_moderator_schedules_a_weekly_series(group, member_factory):
    moderator = member_factory(group, Role.MODERATOR)
    series = scheduling.series_create(
        actor=moderator,
        group=group,
        title="Monday and Thursday",
        weekdays=[3, 0, 3],
        start_time=time(19, 0),
        start_date=date(2026, 1, 1),
        chair=moderator,
    )
    assert series.weekdays == [0, 3]
    assert series.chair == moderator


@pytest.mark.parametrize("role", [Role.MEMBER, Role.READER])
def test_members_and_readers_cannot_schedule(group, member_factory, series_factory, role):
    person = member_factory(group, role)
    with pytest.raises(NotAllowed):
        series_factory(group, actor=person)
    assert not MeetingSeries.objects.exists()


def test_outsider_cannot_even_see_a_private_group_to_schedule(
    group_factory, user_factory, series_factory
):
    private = group_factory(visibility=Visibility.PRIVATE)
    with pytest.raises(NotFound):
        series_factory(private, actor=user_factory())


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"start_date": date(2026, 3, 10), "end_date": date(2026, 3, 1)}, "end_before_start"),
        ({"duration_minutes": 0}, "bad_duration"),
        ({"duration_minutes": 24 * 60}, "bad_duration"),
        ({"weekdays": []}, "bad_weekdays"),
        ({"weekdays": [7]}, "bad_weekdays"),
        ({"title": "  "}, "title_required"),
        ({"interval": 0}, "bad_interval"),
        ({"lobby_minutes": 500}, "bad_lobby_minutes"),
        # Only Mondays, from a Tuesday to the Sunday after: no meeting at all.
        (
            {"weekdays": [0], "start_date": date(2026, 3, 3), "end_date": date(2026, 3, 8)},
            "no_occurrence",
        ),
        (
            {"frequency": "monthly", "monthly_ordinal": 5, "monthly_weekday": 1},
            "bad_monthly_ordinal",
        ),
        ({"frequency": "yearly"}, "bad_frequency"),
    ],
)
def test_bad_schedules_are_refused_and_nothing_is_stored(group, series_factory, fields, code):
    with pytest.raises(ServiceError) as exc:
        series_factory(group, **fields)
    assert exc.value.code == code
    assert exc.value.detail
    assert not MeetingSeries.objects.exists()


def test_unknown_time_zone_is_refused(group, series_factory):
    Group.objects.filter(pk=group.pk).update(timezone="Mars/Olympus_Mons")
    group.refresh_from_db()
    with pytest.raises(ServiceError) as exc:
        series_factory(group)
    assert exc.value.code == "unknown_timezone"
    assert not MeetingSeries.objects.exists()


def test_chair_must_be_a_moderator(group, member_factory, series_factory):
    member = member_factory(group, Role.MEMBER)
    with pytest.raises(ServiceError) as exc:
        series_factory(group, chair=member)
    assert exc.value.code == "chair_not_moderator"


def test_monthly_series(group, series_factory):
    series = series_factory(group, frequency="monthly", monthly_ordinal=-1, monthly_weekday=4)
    assert series.weekdays == []


# --- Occurrences ----------------------------------------------------------------------


def test_materialize_is_idempotent_and_computes_from_the_rule(series):
    one = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    two = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    assert one.pk == two.pk
    assert (one.start, one.end) == (MAR_12, MAR_12 + timedelta(hours=1))


def test_materialize_refuses_a_start_the_rule_does_not_have(series):
    with pytest.raises(ServiceError) as exc:
        occurrences.occurrence_materialize(
            series=series, original_start=MAR_12 + timedelta(hours=1)
        )
    assert exc.value.code == "no_such_occurrence"
    assert not Occurrence.objects.exists()


def test_cancel_move_note_and_chair(series, owner_of, member_factory, clock):
    clock.set(BEFORE)
    owner = owner_of(series.group)
    moderator = member_factory(series.group, Role.MODERATOR)
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    services.occurrence_note(actor=owner, occurrence=occurrence, note="Bring the readings.")
    services.occurrence_assign_chair(actor=owner, occurrence=occurrence, chair=moderator)
    moved = services.occurrence_move(
        actor=owner, occurrence=occurrence, start=MAR_12 + timedelta(days=1), duration_minutes=90
    )
    assert moved.start == MAR_12 + timedelta(days=1)
    assert moved.end == moved.start + timedelta(minutes=90)
    assert moved.original_start == MAR_12
    other = occurrences.occurrence_materialize(series=series, original_start=MAR_19)
    cancelled = services.occurrence_cancel(actor=owner, occurrence=other, note="Holiday")
    assert cancelled.cancelled and cancelled.note == "Holiday"
    occurrence.refresh_from_db()
    assert occurrence.note == "Bring the readings." and occurrence.chair == moderator


def test_member_cannot_cancel(series, member_factory, clock):
    clock.set(BEFORE)
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    with pytest.raises(NotAllowed):
        services.occurrence_cancel(actor=member_factory(series.group), occurrence=occurrence)
    occurrence.refresh_from_db()
    assert not occurrence.cancelled


def test_ended_occurrence_cannot_be_edited(series, owner_of, clock):
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    clock.set(MAR_12 + timedelta(hours=3))
    owner = owner_of(series.group)
    for call in (
        lambda: services.occurrence_cancel(actor=owner, occurrence=occurrence),
        lambda: services.occurrence_note(actor=owner, occurrence=occurrence, note="late"),
        lambda: services.occurrence_move(
            actor=owner, occurrence=occurrence, start=MAR_19 + timedelta(hours=5)
        ),
    ):
        with pytest.raises(Conflict) as exc:
            call()
        assert exc.value.code == "ended"
    occurrence.refresh_from_db()
    assert not occurrence.cancelled and not occurrence.note and occurrence.start == MAR_12


def test_move_refuses_bad_input(series, owner_of, clock):
    clock.set(BEFORE)
    owner = owner_of(series.group)
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    cases = [
        ({"start": BEFORE - timedelta(hours=1)}, "start_in_past"),
        ({"start": MAR_12, "duration_minutes": 0}, "bad_duration"),
        ({"start": MAR_12, "duration_minutes": 10_000}, "bad_duration"),
        ({"start": datetime(2026, 3, 13, 19, 0)}, "bad_start"),  # noqa: DTZ001
    ]
    for kwargs, code in cases:
        with pytest.raises(ServiceError) as exc:
            services.occurrence_move(actor=owner, occurrence=occurrence, **kwargs)
        assert exc.value.code == code
    occurrence.refresh_from_db()
    assert (occurrence.start, occurrence.end) == (MAR_12, MAR_12 + timedelta(hours=1))


def test_cancel_twice_and_restore(series, owner_of, clock):
    clock.set(BEFORE)
    owner = owner_of(series.group)
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    services.occurrence_cancel(actor=owner, occurrence=occurrence)
    with pytest.raises(Conflict):
        services.occurrence_cancel(actor=owner, occurrence=occurrence)
    assert not services.occurrence_restore(actor=owner, occurrence=occurrence).cancelled


# --- Overrides across series edits ------------------------------------------------------


def test_overrides_survive_an_edit_that_keeps_the_rule(series, owner_of, clock):
    clock.set(BEFORE)
    owner = owner_of(series.group)
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    services.occurrence_cancel(actor=owner, occurrence=occurrence)
    scheduling.series_update(actor=owner, series=series, title="Renamed", weekdays=[0, 3])
    occurrence.refresh_from_db()
    assert occurrence.cancelled and occurrence.original_start == MAR_12


def test_time_change_rekeys_overrides_to_the_same_local_day(series, owner_of, clock):
    clock.set(BEFORE)
    owner = owner_of(series.group)
    cancelled = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    services.occurrence_cancel(actor=owner, occurrence=cancelled)
    noted = occurrences.occurrence_materialize(series=series, original_start=MAR_19)
    services.occurrence_note(actor=owner, occurrence=noted, note="Step 3")
    scheduling.series_update(
        actor=owner, series=series, start_time=time(18, 0), duration_minutes=45
    )
    cancelled.refresh_from_db()
    noted.refresh_from_db()
    assert cancelled.cancelled and cancelled.original_start == MAR_12 - timedelta(hours=1)
    assert noted.note == "Step 3" and noted.start == MAR_19 - timedelta(hours=1)
    assert noted.end == noted.start + timedelta(minutes=45)


def test_moved_occurrence_stays_where_it_was_moved(series, owner_of, clock):
    clock.set(BEFORE)
    owner = owner_of(series.group)
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    new_start = MAR_12 + timedelta(hours=20)
    services.occurrence_move(actor=owner, occurrence=occurrence, start=new_start)
    scheduling.series_update(actor=owner, series=series, duration_minutes=90)
    occurrence.refresh_from_db()
    assert occurrence.start == new_start and occurrence.end == new_start + timedelta(hours=1)


def test_orphaned_future_overrides_are_deleted_past_ones_kept(series, owner_of, clock):
    owner = owner_of(series.group)
    past = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    future = occurrences.occurrence_materialize(series=series, original_start=MAR_19)
    clock.set(MAR_12 + timedelta(days=2))
    services.occurrence_note(actor=owner, occurrence=future, note="x")
    scheduling.series_update(actor=owner, series=series, weekdays=[1])  # Tuesdays now
    assert Occurrence.objects.filter(pk=past.pk).exists()
    assert not Occurrence.objects.filter(pk=future.pk).exists()


def test_bad_update_changes_nothing(series, owner_of):
    with pytest.raises(ServiceError):
        scheduling.series_update(actor=owner_of(series.group), series=series, duration_minutes=0)
    series.refresh_from_db()
    assert series.duration_minutes == 60


def test_delete_refused_while_live(series, owner_of, clock):
    owner = owner_of(series.group)
    occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    clock.set(MAR_12 + timedelta(minutes=5))
    with pytest.raises(Conflict):
        scheduling.series_delete(actor=owner, series=series)
    clock.set(MAR_12 + timedelta(days=1))
    scheduling.series_delete(actor=owner, series=series)
    assert not MeetingSeries.objects.exists()


# --- RSVP -----------------------------------------------------------------------------


def test_rsvp_set_and_change(series, member_factory, clock):
    clock.set(BEFORE)
    member = member_factory(series.group)
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    services.rsvp_set(user=member, occurrence=occurrence, answer="going")
    services.rsvp_set(user=member, occurrence=occurrence, answer="maybe")
    assert list(Rsvp.objects.values_list("answer", flat=True)) == ["maybe"]


def test_rsvp_refused_for_cancelled_and_ended(series, member_factory, owner_of, clock):
    clock.set(BEFORE)
    member = member_factory(series.group)
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    services.occurrence_cancel(actor=owner_of(series.group), occurrence=occurrence)
    with pytest.raises(Conflict) as exc:
        services.rsvp_set(user=member, occurrence=occurrence, answer="going")
    assert exc.value.code == "cancelled"
    later = occurrences.occurrence_materialize(series=series, original_start=MAR_19)
    clock.set(MAR_19 + timedelta(hours=2))
    with pytest.raises(Conflict) as exc:
        services.rsvp_set(user=member, occurrence=later, answer="going")
    assert exc.value.code == "ended"
    assert not Rsvp.objects.exists()


def test_rsvp_needs_listen_permission(series, user_factory, clock):
    clock.set(BEFORE)
    outsider = user_factory()
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    with pytest.raises(NotAllowed):
        services.rsvp_set(user=outsider, occurrence=occurrence, answer="going")
    series.is_open = True
    series.save()
    services.rsvp_set(user=outsider, occurrence=occurrence, answer="going")
    with pytest.raises(ServiceError) as exc:
        services.rsvp_set(user=outsider, occurrence=occurrence, answer="perhaps")
    assert exc.value.code == "bad_answer"


def test_calendar_token_reset(user_factory):
    user = user_factory()
    old = user.calendar_token
    assert services.calendar_token_reset(user=user) != old


def test_group_reminders_only_for_the_groups_people(group, user_factory, member_factory):
    with pytest.raises(NotAllowed):
        services.group_reminders_set(user=user_factory(), group=group, enabled=True)
    member = member_factory(group)
    assert services.group_reminders_set(user=member, group=group, enabled=True)
