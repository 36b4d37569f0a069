"""Times in the zone people are in without their having to say it: a visitor in Tokyo
sees a New York group's meetings in Tokyo time with the group's own time beside it, and
the sign-up form offers Tokyo."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from accounts.models import User
from groups.models import Visibility
from meetings.scheduling import series_create
from meetings.selectors import iso_week
from tests.browser.conftest import _open_page
from tests.browser.support import axe_check, screenshot

NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def page_in_tokyo(browser, browser_problems):
    context, page = _open_page(browser, browser_problems, timezone_id="Asia/Tokyo")
    yield page
    context.close()
    if browser_problems:
        pytest.fail("The browser reported problems:\n" + "\n".join(browser_problems))


@pytest.mark.browser
def test_a_visitor_sees_meetings_in_their_own_zone_and_signs_up_with_it(
    live_site, page_in_tokyo, user_factory, group_factory, password
):
    page = page_in_tokyo
    owner = user_factory(display_name="Mira", timezone="America/New_York")
    group = group_factory(
        owner=owner,
        name="Evening Circle",
        timezone="America/New_York",
        visibility=Visibility.PUBLIC,
    )
    today = datetime.now(NY).date()
    thursday = today + timedelta(days=7 + (3 - today.weekday()) % 7)
    series_create(
        actor=owner,
        group=group,
        title="Thursday share",
        format="discussion",
        weekdays=[3],
        start_time=time(19, 0),
        duration_minutes=60,
        start_date=today,
    )
    start = datetime.combine(thursday, time(19, 0), NY).astimezone(TOKYO)

    page.goto(
        live_site(reverse("meetings:group_schedule", kwargs={"slug": group.slug}))
        + f"?week={iso_week(start.date())}"
    )
    # The first answer was written in UTC; the page shows itself again in the browser's zone.
    page.locator("html[data-zone='Asia/Tokyo']").wait_for(state="attached")
    main = page.locator("main")
    assert "Times are in your time zone, Asia/Tokyo." in main.inner_text()
    card = page.locator("li.occurrence").first
    assert f"{start:%H:%M}" in card.inner_text()
    assert f"{thursday.day} {thursday:%b %Y}, 19:00 in America/New_York" in card.inner_text()
    axe_check(page)
    screenshot(page, "schedule-visitor-in-tokyo")

    page.get_by_role("link", name="Sign up").click()
    zone = page.get_by_label("Time zone")
    assert zone.input_value() == "Asia/Tokyo"
    page.get_by_label("Email").fill("kei@example.org")
    page.get_by_label("Display name").fill("Kei")
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_label("Password (again)").fill(password)
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_url("**/confirm-email/**")
    assert User.objects.get(email="kei@example.org").timezone == "Asia/Tokyo"


def _log_in(page, live_site, email, password):
    page.goto(live_site(reverse("account_login")))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_site(reverse("home")))


@pytest.mark.browser
def test_the_owner_moves_the_group_to_another_zone_after_seeing_what_changes(
    live_site, page, another_page, user_factory, group_factory, member_factory, password
):
    owner = user_factory(display_name="Mira", email="mira@example.org", timezone=NY.key)
    group = group_factory(owner=owner, name="Evening Circle", timezone=NY.key)
    member_factory(group, display_name="Ken", email="ken@example.org", timezone=NY.key)
    series_create(
        actor=owner,
        group=group,
        title="Thursday share",
        format="discussion",
        weekdays=[3],
        start_time=time(19, 0),
        duration_minutes=60,
        start_date=datetime.now(NY).date(),
    )

    _log_in(page, live_site, "mira@example.org", password)
    page.goto(live_site(reverse("groups:edit", kwargs={"slug": group.slug})))
    page.get_by_role("link", name="Change the time zone").click()
    page.get_by_label("New time zone").select_option("Europe/London")
    page.get_by_label("Their local time").check()
    page.get_by_role("button", name="Show what changes").click()
    preview = page.get_by_role("table")
    assert "Thursday share" in preview.inner_text()
    assert "hours earlier for everyone" in preview.inner_text()
    axe_check(page)
    screenshot(page, "group-time-zone-preview")
    page.get_by_role("button", name="Change the time zone").click()
    assert "The group's time zone is now Europe/London." in page.get_by_role("status").inner_text()

    _log_in(another_page, live_site, "ken@example.org", password)
    another_page.goto(live_site(reverse("meetings:group_schedule", kwargs={"slug": group.slug})))
    text = another_page.locator("main").inner_text()
    assert "The group meets in Europe/London." in text
    assert "Every week on Thursday at 19:00 (Europe/London)" in text
