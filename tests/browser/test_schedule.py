"""A moderator schedules a weekly meeting and cancels one occurrence; a member in Tokyo
sees the right local times, the group's own time beside them, and the cancellation."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from groups.models import Role
from meetings.selectors import iso_week
from tests.browser.support import axe_check, screenshot

PASSWORD = "a calm and long passphrase 42"
NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


def log_in(page, live_site, email):
    page.goto(live_site(reverse("account_login")))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_site(reverse("home")))


def log_out(page):
    page.get_by_role("button", name="Log out").click()


def thursdays_ahead(today: date) -> tuple[date, date]:
    """Two Thursdays at least a week away (so the test never runs into "now")."""
    first = today + timedelta(days=7 + (3 - today.weekday()) % 7)
    return first, first + timedelta(days=7)


@pytest.mark.browser
def test_moderator_schedules_and_cancels_member_in_tokyo_sees_it(
    live_site, page, user_factory, group_factory, member_factory
):
    moderator = user_factory(
        display_name="Mira", email="mira@example.org", timezone="America/New_York"
    )
    group = group_factory(owner=moderator, name="Evening Circle", timezone="America/New_York")
    member_factory(
        group, Role.MEMBER, display_name="Ken", email="ken@example.org", timezone="Asia/Tokyo"
    )
    today = datetime.now(NY).date()
    cancelled_day, kept_day = thursdays_ahead(today)

    # The moderator schedules "Thursday share", weekly on Thursdays at 19:00 New York time.
    log_in(page, live_site, "mira@example.org")
    page.goto(live_site(reverse("meetings:group_schedule", kwargs={"slug": group.slug})))
    page.get_by_role("link", name="Schedule a meeting").click()
    page.get_by_label("Title").fill("Thursday share")
    page.get_by_label("Thursday").check()
    page.get_by_label("Start time").fill("19:00")
    page.get_by_label("Start date").fill(today.isoformat())
    axe_check(page)
    screenshot(page, "meetings-series-form")
    page.get_by_role("button", name="Schedule").click()
    page.wait_for_url(live_site(reverse("meetings:group_schedule", kwargs={"slug": group.slug})))
    assert "The meeting is scheduled." in page.get_by_role("status").inner_text()
    assert "Every week on Thursday at 19:00" in page.locator("main").inner_text()

    # ... opens the first Thursday a week ahead and cancels it, with a note.
    page.goto(
        live_site(reverse("meetings:group_schedule", kwargs={"slug": group.slug}))
        + f"?week={iso_week(cancelled_day)}"
    )
    page.get_by_role("link", name="Thursday share", exact=True).click()
    page.get_by_label("Note").first.fill("Snow day")
    page.get_by_role("button", name="Cancel this meeting").click()
    assert "The meeting is cancelled." in page.get_by_role("status").inner_text()
    assert "This meeting is cancelled. Snow day" in page.locator("main").inner_text()
    axe_check(page)
    screenshot(page, "meetings-occurrence-cancelled")
    log_out(page)

    # The member in Tokyo sees both Thursdays in Tokyo time, with New York time alongside.
    log_in(page, live_site, "ken@example.org")
    for day, is_cancelled in ((cancelled_day, True), (kept_day, False)):
        start = datetime.combine(day, time(19, 0), NY).astimezone(TOKYO)
        page.goto(live_site(reverse("meetings:mine")) + f"?week={iso_week(start.date())}")
        day_section = page.locator(
            "section", has=page.get_by_role("heading", name=f"{start:%A} {start.day} {start:%b %Y}")
        )
        card = day_section.locator("li.occurrence")
        text = card.inner_text()
        assert f"{start:%H:%M}" in text
        assert f"{day.day} {day:%b %Y}, 19:00 in America/New_York" in text
        if is_cancelled:
            assert "Cancelled: Snow day" in text
            assert card.get_attribute("data-state") == "cancelled"
            axe_check(page)
            screenshot(page, "meetings-mine-cancelled")
        else:
            assert "Cancelled" not in text
            assert card.get_attribute("data-state") == "upcoming"
    # Sanity: Tokyo has no DST, so the time is 08:00 or 09:00 the next morning.
    assert datetime.combine(kept_day, time(19, 0), NY).astimezone(TOKYO).hour in (8, 9)
