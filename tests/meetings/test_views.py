import re
from datetime import UTC, datetime, time, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from groups.models import Role, Visibility
from meetings import occurrences, services
from meetings.models import Occurrence, Rsvp
from meetings.selectors import occurrence_key

NY = "America/New_York"
MAR_12 = datetime(2026, 3, 12, 23, 0, tzinfo=UTC)  # Thursday 19:00 EDT = Friday 08:00 Tokyo
MAR_19 = datetime(2026, 3, 19, 23, 0, tzinfo=UTC)


def _text(response) -> str:
    """The page as read, without its tags (times are ``<time>`` elements)."""
    return re.sub(r"<[^>]+>", "", response.content.decode())


@pytest.fixture
def group(group_factory):
    return group_factory(timezone=NY, name="Evening Circle")


@pytest.fixture
def series(group, series_factory):
    return series_factory(group, title="Thursday share")


def test_schedule_page_in_the_viewers_zone_with_the_groups_time(
    client, group, series, member_factory, owner_of, clock
):
    clock.set(datetime(2026, 3, 1, tzinfo=UTC))
    cancelled = occurrences.occurrence_materialize(series=series, original_start=MAR_19)
    services.occurrence_cancel(actor=owner_of(group), occurrence=cancelled, note="Holiday")
    viewer = member_factory(group, timezone="Asia/Tokyo")
    client.force_login(viewer)
    body = _text(client.get(f"/groups/{group.slug}/meetings/?week=2026-W11"))
    # Week 11 of 2026 in Tokyo: Monday 9 to Sunday 15 March. Thursday 12 March 19:00 in New
    # York is Friday 13 March 08:00 in Tokyo.
    assert "Friday 13 Mar 2026" in body
    assert "08:00–09:00" in body  # noqa: RUF001 (the page uses an en dash)
    assert "12 Mar 2026, 19:00 in America/New_York" in body
    assert "Every week on Thursday at 19:00" in body
    body = client.get(f"/groups/{group.slug}/meetings/?week=2026-W12").content.decode()
    assert "Cancelled: <bdi>Holiday</bdi>" in body  # the note isolated, in whatever script
    assert "<del>Thursday share</del>" in body
    assert "badge badge-cancelled" in body


def test_schedule_page_for_anonymous_visitors_of_a_public_group(client, group, series):
    response = client.get(f"/groups/{group.slug}/meetings/?week=nonsense")
    assert response.status_code == 200
    assert "Thursday share" in response.content.decode()


def test_private_schedule_is_not_found_for_outsiders(client, group_factory, user_factory):
    private = group_factory(visibility=Visibility.PRIVATE)
    assert client.get(f"/groups/{private.slug}/meetings/").status_code == 404
    client.force_login(user_factory())
    assert client.get(f"/groups/{private.slug}/meetings/").status_code == 404


def test_moved_occurrence_is_marked(client, group, series, owner_of, clock):
    clock.set(datetime(2026, 3, 1, tzinfo=UTC))
    moved = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    services.occurrence_move(
        actor=owner_of(group), occurrence=moved, start=MAR_12 + timedelta(hours=-2)
    )
    body = _text(client.get(f"/groups/{group.slug}/meetings/?week=2026-W11"))
    assert "Moved from 12 Mar 2026, 23:00" in body  # anonymous visitors see UTC


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def _grow(group, series_factory, member, owner, n):
    """Add ``n`` series, each with a stored, cancelled and RSVP'd occurrence this week."""
    for i in range(n):
        s = series_factory(group, title=f"Series {i}", weekdays=[0, 2, 3, 4])
        o = occurrences.occurrence_materialize(series=s, original_start=MAR_12)
        Rsvp.objects.create(occurrence=o, user=member, answer="going")
        services.occurrence_note(actor=owner, occurrence=o, note=f"note {i}")


def test_schedule_and_my_meetings_queries_stay_flat_as_series_grow(
    client, group, group_factory, series_factory, member_factory, owner_of, clock
):
    clock.set(datetime(2026, 3, 1, tzinfo=UTC))
    owner = owner_of(group)
    member = member_factory(group, Role.MODERATOR)
    other = group_factory(timezone="Europe/London")
    member_factory(other, Role.MEMBER, user=member)
    client.force_login(member)
    urls = [f"/groups/{group.slug}/meetings/?week=2026-W11", "/meetings/?week=2026-W11"]
    _grow(group, series_factory, member, owner, 1)
    before = [_count_queries(client, url) for url in urls]
    _grow(group, series_factory, member, owner, 6)
    series_factory(other, title="London", weekdays=[3])
    after = [_count_queries(client, url) for url in urls]
    assert after == before
    body = client.get(urls[1]).content.decode()
    assert body.count("Series ") >= 7 and "London" in body and "Going: " in body


def test_my_meetings_needs_login_and_lists_all_my_groups(
    client, group, series, group_factory, series_factory, member_factory
):
    assert client.get("/meetings/").status_code == 302
    london = group_factory(timezone="Europe/London", name="London Group")
    series_factory(london, title="London morning", start_time=time(9, 0))
    series_factory(group_factory(name="Not mine"), title="Elsewhere")
    person = member_factory(group, timezone="Australia/Sydney")
    member_factory(london, user=person)
    client.force_login(person)
    body = client.get("/meetings/").content.decode()
    assert "Thursday share" in body and "London morning" in body and "Elsewhere" not in body
    assert person.calendar_token in body


def test_visitors_see_an_unstored_occurrence_without_storing_it(client, series):
    url = f"/meetings/series/{series.pk}/{occurrence_key(MAR_12)}/"
    response = client.get(url)
    assert response.status_code == 200
    assert "Thursday share" in response.content.decode()
    assert not Occurrence.objects.exists()
    bad = f"/meetings/series/{series.pk}/{occurrence_key(MAR_12 + timedelta(hours=1))}/"
    assert client.get(bad).status_code == 404


def test_far_away_weeks_fall_back_to_this_week(client, group, series):
    body = client.get(f"/groups/{group.slug}/meetings/?week=2099-W01").content.decode()
    assert "2099" not in body


def test_unstored_occurrence_url_materializes_and_redirects(client, series, member_factory):
    client.force_login(member_factory(series.group))
    url = f"/meetings/series/{series.pk}/{occurrence_key(MAR_12)}/"
    response = client.get(url)
    occurrence = Occurrence.objects.get(series=series, original_start=MAR_12)
    assert response.status_code == 302 and response["Location"] == occurrence.get_absolute_url()
    assert client.get(url)["Location"] == occurrence.get_absolute_url()
    assert Occurrence.objects.count() == 1
    bad = f"/meetings/series/{series.pk}/{occurrence_key(MAR_12 + timedelta(hours=1))}/"
    assert client.get(bad).status_code == 404
    assert client.get(f"/meetings/series/{series.pk}/garbage/").status_code == 404


def test_rsvp_members_see_counts_moderators_see_names(client, group, series, member_factory, clock):
    clock.set(datetime(2026, 3, 1, tzinfo=UTC))
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    alice = member_factory(group, display_name="Alice")
    bob = member_factory(group, display_name="Bob")
    moderator = member_factory(group, Role.MODERATOR)
    client.force_login(alice)
    url = occurrence.get_absolute_url()
    response = client.post(f"{url}rsvp/", {"answer": "going"})
    assert response.status_code == 302
    client.force_login(bob)
    client.post(f"{url}rsvp/", {"answer": "maybe"})
    body = client.get(url).content.decode()
    assert "1 going · 1 maybe" in body and "Alice" not in body
    client.force_login(moderator)
    body = client.get(url).content.decode()
    assert "Alice" in body and "Bob" in body


def test_rsvp_to_a_cancelled_meeting_is_refused_with_a_message(
    client, group, series, member_factory, owner_of, clock
):
    clock.set(datetime(2026, 3, 1, tzinfo=UTC))
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    services.occurrence_cancel(actor=owner_of(group), occurrence=occurrence)
    client.force_login(member_factory(group))
    response = client.post(
        f"{occurrence.get_absolute_url()}rsvp/", {"answer": "going"}, follow=True
    )
    assert "This meeting is cancelled." in response.content.decode()
    assert not Rsvp.objects.exists()


def test_moderator_forms_for_one_occurrence(client, group, series, member_factory, clock):
    clock.set(datetime(2026, 3, 1, tzinfo=UTC))
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    moderator = member_factory(group, Role.MODERATOR, display_name="Mod")
    client.force_login(moderator)
    url = occurrence.get_absolute_url()
    assert "Cancel this meeting" in client.get(url).content.decode()
    client.post(f"{url}note/", {"note": "Bring tea"})
    client.post(f"{url}chair/", {"chair": moderator.pk})
    client.post(
        f"{url}move/",
        {"start": "2026-03-13T18:00", "zone": "Europe/London", "duration_minutes": 75},
    )
    occurrence.refresh_from_db()
    assert occurrence.note == "Bring tea" and occurrence.chair == moderator
    assert occurrence.start == datetime(2026, 3, 13, 18, 0, tzinfo=UTC)
    assert occurrence.end - occurrence.start == timedelta(minutes=75)
    response = client.post(
        f"{url}move/",
        {"start": "2026-03-13T18:00", "zone": "Nowhere/Here", "duration_minutes": 75},
        follow=True,
    )
    assert "is not a known time zone" in response.content.decode()
    client.post(f"{url}cancel/", {"note": "Snow"})
    occurrence.refresh_from_db()
    assert occurrence.cancelled and occurrence.note == "Snow"
    client.post(f"{url}restore/")
    occurrence.refresh_from_db()
    assert not occurrence.cancelled


def test_members_cannot_use_moderator_forms(client, group, series, member_factory, clock):
    clock.set(datetime(2026, 3, 1, tzinfo=UTC))
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    client.force_login(member_factory(group))
    url = occurrence.get_absolute_url()
    assert "Cancel this meeting" not in client.get(url).content.decode()
    assert client.post(f"{url}cancel/").status_code == 403
    occurrence.refresh_from_db()
    assert not occurrence.cancelled


def test_series_create_and_edit_pages(client, group, member_factory):
    moderator = member_factory(group, Role.MODERATOR)
    client.force_login(moderator)
    url = f"/groups/{group.slug}/meetings/new/"
    assert client.get(url).status_code == 200
    data = {
        "title": "Newcomers",
        "format": "newcomers",
        "frequency": "weekly",
        "interval": 1,
        "weekdays": ["1", "4"],
        "start_time": "18:30",
        "duration_minutes": 60,
        "start_date": "2026-03-01",
        "end_date": "2026-02-01",
        "lobby_minutes": 10,
        "grace_minutes": 15,
    }
    response = client.post(url, data)
    assert response.status_code == 400
    assert "The end date is before the start date." in response.content.decode()
    data["end_date"] = ""
    response = client.post(url, data)
    assert response.status_code == 302
    series = group.meeting_series.get()
    assert series.weekdays == [1, 4] and series.start_time == time(18, 30)
    data["title"] = "Newcomers welcome"
    response = client.post(f"/meetings/series/{series.pk}/edit/", data)
    assert response.status_code == 302
    series.refresh_from_db()
    assert series.title == "Newcomers welcome"
    assert client.post(f"/meetings/series/{series.pk}/delete/").status_code == 302
    assert not group.meeting_series.exists()


def test_members_cannot_schedule(client, group, member_factory):
    client.force_login(member_factory(group))
    assert client.get(f"/groups/{group.slug}/meetings/new/").status_code == 403


def test_enter_the_room_when_the_lobby_is_open(client, group, series, member_factory, clock):
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    client.force_login(member_factory(group))
    clock.set(MAR_12 - timedelta(minutes=30))
    assert "Enter the room" not in client.get(occurrence.get_absolute_url()).content.decode()
    clock.set(MAR_12 - timedelta(minutes=5))
    body = client.get(occurrence.get_absolute_url()).content.decode()
    assert "Lobby open" in body
    from django.urls import NoReverseMatch, reverse

    try:
        room = reverse("chat:room", kwargs={"pk": occurrence.pk})
    except NoReverseMatch:
        room = None
    if room:
        assert f'href="{room}"' in body


def test_group_reminder_toggle(client, group, member_factory):
    from meetings.models import GroupReminderPreference

    member = member_factory(group)
    client.force_login(member)
    client.post(f"/groups/{group.slug}/meetings/remind/", {"enabled": "1"})
    assert GroupReminderPreference.objects.filter(user=member, group=group).exists()
    assert "Stop these reminders" in client.get(f"/groups/{group.slug}/meetings/").content.decode()
    client.post(f"/groups/{group.slug}/meetings/remind/", {"enabled": "0"})
    assert not GroupReminderPreference.objects.exists()


def test_series_room_redirects_to_the_next_meeting(client, group, series, clock):
    clock.set(datetime(2026, 3, 10, tzinfo=UTC))
    response = client.get(f"/meetings/series/{series.pk}/room/")
    occurrence = Occurrence.objects.get()
    assert occurrence.original_start == MAR_12
    assert response["Location"] == occurrence.get_absolute_url()


def test_start_date_default_is_in_the_groups_zone(client, group, member_factory):
    client.force_login(member_factory(group, Role.MODERATOR))
    assert client.get(f"/groups/{group.slug}/meetings/new/").context["form"].initial[
        "start_date"
    ] <= datetime.now(UTC).date() + timedelta(days=1)


def test_public_group_page_links_its_meetings_and_the_feed(client, group, group_factory):
    body = client.get(f"/groups/{group.slug}/").content.decode()
    assert 'title="Meetings Feed"' in body
    assert f"/groups/{group.slug}/meetings/" in body
    private = group_factory(visibility=Visibility.PRIVATE)
    owner = private.memberships.get(role="owner").user
    client.force_login(owner)
    assert 'title="Meetings Feed"' not in client.get(f"/groups/{private.slug}/").content.decode()


def test_enter_from_the_schedule_stores_the_occurrence(
    client, group, series, member_factory, clock
):
    from django.urls import NoReverseMatch, reverse

    client.force_login(member_factory(group))
    clock.set(MAR_12 - timedelta(minutes=5))
    body = client.get(f"/groups/{group.slug}/meetings/?week=2026-W11").content.decode()
    assert "Enter the room" in body
    url = f"/meetings/series/{series.pk}/{occurrence_key(MAR_12)}/enter/"
    assert url in body
    response = client.get(url)
    occurrence = Occurrence.objects.get(series=series, original_start=MAR_12)
    try:
        expected = reverse("chat:room", kwargs={"pk": occurrence.pk})
    except NoReverseMatch:
        expected = occurrence.get_absolute_url()
    assert response["Location"] == expected
    clock.set(MAR_12 - timedelta(hours=5))
    assert client.get(url)["Location"] == occurrence.get_absolute_url()


def test_viewer_zone_across_the_us_change_before_the_uk_one(
    client, group, series, member_factory, clock
):
    """New York moves its clocks on 8 March 2026, London on 29 March: for three weeks the
    gap is four hours instead of five. A Thursday 19:00 New York meeting is Friday 00:00 in
    London on 5 March, but Thursday 23:00 on 12 March; the page puts each on its own day."""
    clock.set(datetime(2026, 3, 1, tzinfo=UTC))
    client.force_login(member_factory(group, timezone="Europe/London"))
    body = _text(client.get(f"/groups/{group.slug}/meetings/?week=2026-W10"))
    friday = body.split("Friday 6 Mar 2026")[1].split("Saturday 7 Mar 2026")[0]
    assert "00:00–01:00" in friday and "5 Mar 2026, 19:00 in America/New_York" in friday  # noqa: RUF001
    body = _text(client.get(f"/groups/{group.slug}/meetings/?week=2026-W11"))
    thursday = body.split("Thursday 12 Mar 2026")[1].split("Friday 13 Mar 2026")[0]
    assert "23:00–00:00" in thursday and "12 Mar 2026, 19:00 in America/New_York" in thursday  # noqa: RUF001
    body = _text(client.get(f"/groups/{group.slug}/meetings/?week=2026-W14"))
    thursday = body.split("Thursday 2 Apr 2026")[1].split("Friday 3 Apr 2026")[0]
    assert "00:00–01:00" in body.split("Friday 3 Apr 2026")[1]  # noqa: RUF001
    assert "Thursday share" not in thursday


def _series_data(**changes):
    data = {
        "title": "Early risers",
        "format": "discussion",
        "frequency": "weekly",
        "interval": 1,
        "weekdays": ["6"],
        "start_time": "01:30",
        "duration_minutes": 60,
        "start_date": "2027-01-03",
        "end_date": "",
        "lobby_minutes": 10,
        "grace_minutes": 15,
    }
    return data | changes


def test_a_series_whose_time_falls_in_a_clock_change_gap_is_saved_with_a_warning(
    client, group_factory, member_factory, clock
):
    clock.set(datetime(2027, 1, 1, tzinfo=UTC))
    london = group_factory(timezone="Europe/London")
    client.force_login(member_factory(london, Role.MODERATOR))
    response = client.post(f"/groups/{london.slug}/meetings/new/", _series_data(), follow=True)
    body = response.content.decode()
    assert "The meeting is scheduled." in body
    # The clocks in London go from 01:00 to 02:00 on the last Sunday of March.
    assert "01:30 on Sunday 28 Mar 2027 does not exist in Europe/London" in body
    assert "so that meeting starts at 02:30." in body
    series = london.meeting_series.get()
    response = client.post(
        f"/meetings/series/{series.pk}/edit/", _series_data(start_time="19:00"), follow=True
    )
    body = response.content.decode()
    assert "The meeting series is saved." in body
    assert "does not exist" not in body


def test_moving_a_meeting_into_a_clock_change_gap_names_the_time_it_becomes(
    client, group, series, owner_of, clock
):
    clock.set(datetime(2026, 3, 1, tzinfo=UTC))
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    client.force_login(owner_of(group))
    response = client.post(
        f"/meetings/occurrence/{occurrence.pk}/move/",
        {"start": "2026-03-08T02:30", "zone": NY, "duration_minutes": 60},
        follow=True,
    )
    body = response.content.decode()
    assert "The meeting is moved." in body
    assert "02:30 on Sunday 8 Mar 2026 does not exist in America/New_York" in body
    assert "so that meeting starts at 03:30." in body
    occurrence.refresh_from_db()
    assert occurrence.start == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)  # 03:30 EDT


def test_moving_a_meeting_to_an_ordinary_time_gives_no_warning(
    client, group, series, owner_of, clock
):
    clock.set(datetime(2026, 3, 1, tzinfo=UTC))
    occurrence = occurrences.occurrence_materialize(series=series, original_start=MAR_12)
    client.force_login(owner_of(group))
    response = client.post(
        f"/meetings/occurrence/{occurrence.pk}/move/",
        {"start": "2026-03-09T02:30", "zone": NY, "duration_minutes": 60},
        follow=True,
    )
    body = response.content.decode()
    assert "The meeting is moved." in body and "does not exist" not in body


def test_a_room_open_across_the_week_boundary_is_on_this_weeks_page(
    client, group, series_factory, member_factory, clock
):
    """Sunday's late meeting still running after midnight, and Monday's early one whose
    lobby opens on Sunday night, are on the page of the week the viewer is in."""
    late = series_factory(
        group, title="Sunday late share", weekdays=[6], start_time=time(23, 30), duration_minutes=90
    )
    series_factory(group, title="Monday dawn share", weekdays=[0], start_time=time(0, 5))
    client.force_login(member_factory(group, timezone=NY))
    # Monday 9 March 2026, 00:20 in New York: Sunday's share began last week and is live.
    clock.set(datetime(2026, 3, 9, 4, 20, tzinfo=UTC))
    body = _text(client.get(f"/groups/{group.slug}/meetings/"))
    assert "Week of 9 Mar 2026" in body
    assert "Open now" in body and "Sunday late share" in body
    assert "8 Mar 2026, 23:30–01:00" in body  # noqa: RUF001 (the page uses an en dash)
    # Monday's own share, live too, is under Monday.
    week = body[body.index("Week of") :]
    assert week.index("Open now") < week.index("Sunday late share") < week.index("Monday 9 Mar")
    assert week.index("Monday 9 Mar") < week.index("Monday dawn share")
    # Last week's page lists it on its own day, not as open now.
    body = _text(client.get(f"/groups/{group.slug}/meetings/?week=2026-W10"))
    assert "Sunday late share" in body and "Open now" not in body
    # Sunday 15 March, 23:58: Monday's lobby is open, a week early for this page's days.
    clock.set(datetime(2026, 3, 16, 3, 58, tzinfo=UTC))
    body = _text(client.get(f"/groups/{group.slug}/meetings/"))
    assert "Week of 9 Mar 2026" in body
    assert "Open now" in body and "Monday dawn share" in body
    # Next week's page has it on Monday and is not "this week".
    body = _text(client.get(f"/groups/{group.slug}/meetings/?week=2026-W12"))
    assert "Monday dawn share" in body and "Open now" not in body
    # Midday: nothing is open, nothing carried over.
    clock.set(datetime(2026, 3, 11, 16, 0, tzinfo=UTC))
    body = _text(client.get(f"/groups/{group.slug}/meetings/"))
    assert "Open now" not in body
    assert late.title in body
