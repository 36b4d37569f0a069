"""A group moves to another time zone: its meetings keep their local time or their moment,
as the owner chooses after seeing what becomes of each; stored meetings follow."""

import re
from datetime import UTC, date, datetime, time

import pytest

from groups import services as group_services
from groups.models import Role
from kindred.errors import NotAllowed, ServiceError
from meetings import occurrences, scheduling, services, zone_previews
from meetings.models import Occurrence, Rsvp
from meetings.zones import ZoneKeep

NY = "America/New_York"
LONDON = "Europe/London"
# Thursday 10 December 2026, 19:00 in New York (EST, UTC-5) is Friday 00:00 UTC.
DEC_10_NY = datetime(2026, 12, 11, 0, 0, tzinfo=UTC)


@pytest.fixture
def group(group_factory):
    return group_factory(timezone=NY, name="Evening Circle")


@pytest.fixture
def series(group, series_factory):
    return series_factory(group, title="Thursday share", start_date=date(2026, 11, 5))


@pytest.fixture
def stored(series, owner_of, member_factory, group):
    occurrence = occurrences.occurrence_materialize(series=series, original_start=DEC_10_NY)
    services.occurrence_note(actor=owner_of(group), occurrence=occurrence, note="Bring a reading")
    Rsvp.objects.create(occurrence=occurrence, user=member_factory(group), answer="going")
    return occurrence


def test_keeping_local_time_moves_the_moment_and_the_stored_meeting_follows(
    group, series, stored, owner_of, clock
):
    clock.set(datetime(2026, 12, 1, tzinfo=UTC))
    scheduling.group_timezone_change(
        actor=owner_of(group), group=group, zone=LONDON, keep=ZoneKeep.LOCAL
    )
    group.refresh_from_db()
    series.refresh_from_db()
    assert group.timezone == LONDON
    assert (series.start_time, series.weekdays) == (time(19, 0), [3])
    occurrence = Occurrence.objects.get(pk=stored.pk)
    # 19:00 on Thursday 10 December in London (GMT) is 19:00 UTC: five hours earlier.
    assert occurrence.original_start == occurrence.start == datetime(2026, 12, 10, 19, tzinfo=UTC)
    assert occurrence.note == "Bring a reading"
    assert occurrence.rsvps.count() == 1


def test_keeping_the_moment_reads_the_meeting_in_the_new_zone_on_its_new_day(
    group, series, stored, owner_of, clock
):
    clock.set(datetime(2026, 12, 1, tzinfo=UTC))
    scheduling.group_timezone_change(
        actor=owner_of(group), group=group, zone=LONDON, keep=ZoneKeep.INSTANT
    )
    series.refresh_from_db()
    # Thursday 19:00 in New York is Friday 00:00 in London.
    assert (series.start_time, series.weekdays) == (time(0, 0), [4])
    assert series.start_date == date(2026, 11, 6)
    occurrence = Occurrence.objects.get(pk=stored.pk)
    assert occurrence.start == DEC_10_NY
    assert occurrence.note == "Bring a reading"


def test_the_preview_shows_each_meeting_before_and_after_and_saves_nothing(group, series, clock):
    clock.set(datetime(2026, 12, 1, tzinfo=UTC))
    local = zone_previews.group_timezone_preview(group=group, zone=LONDON, keep=ZoneKeep.LOCAL)
    assert local[0].title == "Thursday share"
    assert local[0].before == datetime(2026, 12, 4, 0, tzinfo=UTC)
    assert local[0].after == datetime(2026, 12, 3, 19, tzinfo=UTC)
    assert local[0].shift_text == "5 hours earlier for everyone"
    moment = zone_previews.group_timezone_preview(group=group, zone=LONDON, keep=ZoneKeep.INSTANT)
    assert [row.shift_text for row in moment[:3]] == ["the same moment for everyone"] * 3
    group.refresh_from_db()
    series.refresh_from_db()
    assert (group.timezone, series.start_time) == (NY, time(19, 0))


def test_a_monthly_meeting_that_would_change_its_day_is_refused_and_nothing_changes(
    group, series_factory, owner_of, clock
):
    clock.set(datetime(2026, 12, 1, tzinfo=UTC))
    series_factory(group, frequency="monthly", monthly_ordinal=-1, monthly_weekday=6, weekdays=[])
    with pytest.raises(ServiceError) as refused:
        scheduling.group_timezone_change(
            actor=owner_of(group), group=group, zone="Asia/Tokyo", keep=ZoneKeep.INSTANT
        )
    assert refused.value.code == "zone_monthly_day"
    group.refresh_from_db()
    assert group.timezone == NY


@pytest.mark.parametrize(
    ("zone", "keep", "code"),
    [("EST", ZoneKeep.LOCAL, "bad_zone"), (LONDON, "sometimes", "bad_keep")],
)
def test_bad_input_is_refused_and_changes_nothing(group, series, owner_of, zone, keep, code):
    with pytest.raises(ServiceError) as refused:
        scheduling.group_timezone_change(actor=owner_of(group), group=group, zone=zone, keep=keep)
    assert refused.value.code == code
    group.refresh_from_db()
    assert group.timezone == NY


def test_only_the_owner_changes_the_zone(group, series, member_factory):
    moderator = member_factory(group, Role.MODERATOR)
    with pytest.raises(NotAllowed):
        scheduling.group_timezone_change(
            actor=moderator, group=group, zone=LONDON, keep=ZoneKeep.LOCAL
        )


def test_the_group_settings_cannot_change_the_zone_of_a_group_with_meetings(
    group, series, owner_of
):
    with pytest.raises(ServiceError) as refused:
        group_services.group_update(actor=owner_of(group), group=group, timezone=LONDON)
    assert refused.value.code == "zone_change_needs_choice"


def test_the_page_previews_then_changes_on_confirmation(client, group, series, owner_of, clock):
    clock.set(datetime(2026, 12, 1, tzinfo=UTC))
    client.force_login(owner_of(group))
    page = f"/groups/{group.slug}/time-zone/"
    assert client.get(page).status_code == 200
    response = client.post(page, {"zone": LONDON, "keep": ZoneKeep.LOCAL, "preview": "1"})
    body = re.sub(r"<(?!/?t[dr][ >])[^>]+>", "", response.content.decode())  # the table's text
    assert response.status_code == 200
    assert (
        '<tr><td dir="auto">Thursday share</td><td>3 Dec 2026, 19:00</td><td>3 Dec 2026, 19:00</td>'
        "<td>5 hours earlier for everyone</td></tr>"
    ) in body
    group.refresh_from_db()
    assert group.timezone == NY
    response = client.post(page, {"zone": LONDON, "keep": ZoneKeep.LOCAL, "confirm": "1"})
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.timezone == LONDON


def test_the_page_refuses_an_unknown_zone_with_a_field_error(client, group, series, owner_of):
    client.force_login(owner_of(group))
    response = client.post(
        f"/groups/{group.slug}/time-zone/", {"zone": "Mars/Olympus", "keep": "local"}
    )
    assert response.status_code == 400
    assert 'id="id_zone_error"' in response.content.decode()


def test_a_moderator_cannot_open_the_zone_page(client, group, member_factory):
    client.force_login(member_factory(group, Role.MODERATOR))
    assert client.get(f"/groups/{group.slug}/time-zone/").status_code == 403
