"""A visitor who is not a member answers "Maybe" to an open meeting: it appears in their
My meetings and private feed, they add it to their calendar with one click, and the
group's moderator sees their answer in another browser."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from meetings import occurrences, scheduling, selectors
from tests.browser.support import axe_check, screenshot

PASSWORD = "a calm and long passphrase 42"


def log_in(page, live_site, email):
    page.goto(live_site(reverse("account_login")))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_site(reverse("home")))


@pytest.mark.browser
def test_visitor_answers_maybe_adds_it_to_calendar_and_moderator_sees_it(
    live_site, page, another_page, user_factory, group_factory
):
    owner = user_factory(display_name="Olive", email="olive@example.org")
    user_factory(display_name="Vic", email="vic@example.org")
    group = group_factory(owner=owner, name="Harbour Circle", timezone="Europe/London")
    start = (datetime.now(UTC) + timedelta(days=8)).replace(
        hour=18, minute=0, second=0, microsecond=0
    )
    local = start.astimezone(ZoneInfo("Europe/London"))
    series = scheduling.series_create(
        actor=owner,
        group=group,
        title="Open speaker meeting",
        is_open=True,
        weekdays=[local.weekday()],
        start_time=local.time(),
        start_date=local.date() - timedelta(days=14),
    )
    occurrence = occurrences.occurrence_materialize(series=series, original_start=start)

    log_in(page, live_site, "vic@example.org")
    page.goto(live_site(occurrence.get_absolute_url()))
    page.get_by_role("button", name="Maybe").click()
    expect(page.get_by_text("Thanks, your answer is saved.")).to_be_visible()
    expect(page.get_by_role("button", name="Maybe")).to_have_attribute("aria-pressed", "true")

    # One click: the meeting's calendar file.
    with page.expect_download() as download:
        page.get_by_role("link", name="Calendar file (.ics) for Open speaker meeting").click()
    body = Path(download.value.path()).read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in body and "SUMMARY:Open speaker meeting" in body
    google = page.get_by_role("link", name="Google Calendar for Open speaker meeting")
    assert google.get_attribute("href").startswith("https://calendar.google.com/calendar/render?")
    outlook = page.get_by_role("link", name="Outlook on the web for Open speaker meeting")
    assert outlook.get_attribute("href").startswith("https://outlook.live.com/calendar/")
    axe_check(page)
    screenshot(page, "meeting-add-to-calendar")

    # It is in My meetings, though Vic belongs to no group.
    week = selectors.iso_week(local.date())
    page.goto(live_site(reverse("meetings:mine") + f"?week={week}"))
    expect(page.get_by_role("link", name="Open speaker meeting")).to_be_visible()

    # The moderator, in their own browser, sees Vic's answer.
    log_in(another_page, live_site, "olive@example.org")
    another_page.goto(live_site(occurrence.get_absolute_url()))
    expect(another_page.get_by_text("0 going · 1 maybe")).to_be_visible()
    expect(another_page.locator(".rsvp-names")).to_contain_text("Vic")
    # And the series' own calendar links on the group's meetings page.
    another_page.goto(live_site(reverse("meetings:group_schedule", kwargs={"slug": group.slug})))
    expect(
        another_page.get_by_role("link", name="Calendar file (.ics) for Open speaker meeting")
    ).to_have_attribute("href", f"/meetings/series/{series.pk}/calendar.ics")
