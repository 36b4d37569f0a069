"""Every main page, as the person who uses it sees it: axe-core finds nothing serious in the
light or the dark theme, nothing scrolls sideways on a 360 px phone, and the browser reports
no console error or Content Security Policy violation (the ``page`` fixture fails on those)."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD, DEMO_PEOPLE
from groups.demo import OPEN_GROUP_SLUG
from library.models import LibraryItem
from meetings.demo import DROP_IN
from meetings.models import Occurrence
from tests.browser.support import PHONE, axe_check, screenshot, wait_until_room_is_empty
from tests.browser.support import outside_browser_loop as elsewhere
from tests.demo import load_demo


def log_in(page, live_site, key: str) -> None:
    person = next(p for p in DEMO_PEOPLE if p.key == key)
    page.goto(live_site(reverse("account_login")))
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_site(reverse("home")))


def log_out(page) -> None:
    page.get_by_role("button", name="Log out").click()


def fits_a_phone(page) -> None:
    original = page.viewport_size
    page.set_viewport_size(PHONE)
    try:
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{page.url} is {width}px wide on a 360px phone"
    finally:
        page.set_viewport_size(original)


def check(page, url: str) -> None:
    response = page.goto(url)
    assert response.status == 200, (url, response.status)
    axe_check(page)
    fits_a_phone(page)


@pytest.mark.browser
def test_main_pages_are_accessible_in_both_themes_and_fit_a_phone(live_site, page):
    # The demo starts a live meeting, which broadcasts: outside Playwright's event loop.
    elsewhere(load_demo)
    slug = {"slug": OPEN_GROUP_SLUG}
    live = Occurrence.objects.get(series__group__slug=OPEN_GROUP_SLUG, series__title=DROP_IN)
    item = LibraryItem.objects.filter(group__slug=OPEN_GROUP_SLUG).order_by("pk").first()

    page.goto(live_site(reverse("home")))
    screenshot(page, "home")
    for name, kwargs in [
        ("home", {}),
        ("groups:directory", {}),
        ("groups:detail", slug),
        ("meetings:group_schedule", slug),
        ("account_signup", {}),
        ("account_login", {}),
    ]:
        check(page, live_site(reverse(name, kwargs=kwargs)))

    log_in(page, live_site, "member")
    for name, kwargs in [
        ("home", {}),
        ("groups:detail", slug),
        ("meetings:group_schedule", slug),
        ("meetings:mine", {}),
        ("meetings:occurrence", {"pk": live.pk}),
    ]:
        check(page, live_site(reverse(name, kwargs=kwargs)))
    # The live room connects its WebSocket under the page's Content Security Policy.
    response = page.goto(live_site(reverse("chat:room", kwargs={"pk": live.pk})))
    websocket = live_site.url.replace("http://", "ws://")
    assert f"connect-src 'self' {websocket};" in response.headers["content-security-policy"]
    expect(page.locator("#room-connection")).to_have_text("Connected")
    axe_check(page)
    fits_a_phone(page)
    log_out(page)

    log_in(page, live_site, "reader")
    page.goto(live_site(reverse("library:readings", kwargs={"pk": live.pk})))
    page.locator("[data-connection]", has_text="Connected").wait_for()
    axe_check(page)
    fits_a_phone(page)
    check(page, live_site(reverse("library:index", kwargs={"group_slug": OPEN_GROUP_SLUG})))
    check(page, live_site(item.get_absolute_url()))
    log_out(page)

    log_in(page, live_site, "moderator")
    for name, kwargs in [
        ("moderation:home", {}),
        ("moderation:queue", slug),
        ("moderation:members", slug),
        ("moderation:audit", slug),
        ("groups:members", slug),
        ("accounts:profile", {}),
    ]:
        check(page, live_site(reverse(name, kwargs=kwargs)))
    wait_until_room_is_empty(page, live)
