"""A newcomer signs up, confirms the email, joins the open demo group, and finds it at home;
another joins and attends a live meeting using the keyboard alone."""

from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD, DEMO_PEOPLE
from groups.demo import OPEN_GROUP_SLUG
from meetings.demo import DROP_IN
from meetings.models import Occurrence
from tests.browser.support import axe_check, screenshot, tab_to, wait_until_room_is_empty
from tests.browser.support import outside_browser_loop as elsewhere
from tests.demo import load_demo

PASSWORD = "a calm and long passphrase 42"


@pytest.mark.browser
def test_newcomer_signs_up_confirms_email_and_joins_the_open_group(live_site, page):
    elsewhere(load_demo)
    email = "newcomer@example.org"

    page.goto(live_site(reverse("account_signup")))
    screenshot(page, "signup")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Display name").fill("Willow")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_url(live_site(reverse("account_email_verification_sent")))
    assert "verif" in page.locator("main").inner_text().lower()

    mail = live_site.mail_to(email)
    [link] = [url for url in mail.links() if "/confirm-email/" in url]
    page.goto(link)
    screenshot(page, "confirm-email")
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(live_site(reverse("home")))

    page.goto(live_site(reverse("groups:detail", kwargs={"slug": OPEN_GROUP_SLUG})))
    screenshot(page, "group-detail")
    page.goto(live_site(reverse("groups:join", kwargs={"slug": OPEN_GROUP_SLUG})))
    screenshot(page, "group-join")
    # Joining without accepting the guidelines is refused, with the reason tied to the box.
    page.get_by_role("button", name="Join the group").click()
    checkbox = page.get_by_label("I accept the guidelines")
    assert checkbox.get_attribute("aria-invalid") == "true"
    assert "accept the group's guidelines" in page.locator(".error-summary").inner_text()
    checkbox.check()
    page.get_by_role("button", name="Join the group").click()
    page.wait_for_url(live_site(reverse("groups:detail", kwargs={"slug": OPEN_GROUP_SLUG})))

    page.goto(live_site(reverse("home")))
    my_groups = page.locator("section", has=page.get_by_role("heading", name="My groups"))
    assert "Evening Light" in my_groups.inner_text()
    screenshot(page, "home-my-groups")


@pytest.mark.browser
def test_newcomer_joins_and_attends_a_live_meeting_by_keyboard_alone(live_site, page):
    """Noor (Asia/Kolkata) finds the open group, joins, sees the schedule in her own time,
    enters the live drop-in, shares behind a content warning and leaves: keyboard only."""
    # The demo starts a live meeting, which broadcasts: outside Playwright's event loop.
    elsewhere(load_demo)
    noor = next(p for p in DEMO_PEOPLE if p.key == "newcomer")
    live = Occurrence.objects.get(series__group__slug=OPEN_GROUP_SLUG, series__title=DROP_IN)

    page.goto(live_site(reverse("account_login")))
    tab_to(page, page.get_by_label("Email"))
    page.keyboard.type(noor.email)
    tab_to(page, page.get_by_label("Password"))
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(live_site(reverse("home")))

    tab_to(
        page, page.get_by_role("navigation", name="Main").get_by_role("link", name="Find a group")
    )
    page.keyboard.press("Enter")
    page.wait_for_url(live_site(reverse("groups:directory")))
    screenshot(page, "directory")
    tab_to(page, page.get_by_role("link", name="Evening Light", exact=False).first)
    page.keyboard.press("Enter")
    page.wait_for_url(live_site(reverse("groups:detail", kwargs={"slug": OPEN_GROUP_SLUG})))
    tab_to(page, page.get_by_role("link", name="Join this group"))
    page.keyboard.press("Enter")
    page.wait_for_url(live_site(reverse("groups:join", kwargs={"slug": OPEN_GROUP_SLUG})))
    tab_to(page, page.get_by_label("I accept the guidelines"))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("button", name="Join the group"))
    page.keyboard.press("Enter")
    page.wait_for_url(live_site(reverse("groups:detail", kwargs={"slug": OPEN_GROUP_SLUG})))
    assert "Welcome to" in page.get_by_role("status").inner_text()

    # The schedule speaks Noor's time, with the group's own time beside it.
    tab_to(page, page.get_by_role("link", name="Meetings", exact=True))
    page.keyboard.press("Enter")
    page.wait_for_url(
        live_site(reverse("meetings:group_schedule", kwargs={"slug": OPEN_GROUP_SLUG}))
    )
    assert "Times are in your time zone, Asia/Kolkata." in page.locator("main").inner_text()
    start = live.start.astimezone(ZoneInfo("Asia/Kolkata"))
    card = page.locator("li.occurrence", has=page.locator(f'a[href="{live.get_absolute_url()}"]'))
    assert f"{start:%H:%M}" in card.inner_text()
    assert "in Europe/London" in card.inner_text()
    axe_check(page)
    screenshot(page, "schedule")

    # The room is open: in, a share behind a content warning, and out again.
    tab_to(page, card.get_by_role("link", name="Enter the room"))
    page.keyboard.press("Enter")
    page.wait_for_url(live_site(reverse("chat:room", kwargs={"pk": live.pk})) + "*")
    expect(page.locator("#room-connection")).to_have_text("Connected")
    tab_to(page, page.get_by_label("Your share"))
    page.keyboard.type("I am new here. Last night was hard, but I came.")
    tab_to(page, page.get_by_text("More options"))
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_label("Content warning", exact=False))
    page.keyboard.type("a hard night")
    tab_to(page, page.get_by_role("button", name="Send"), backwards=True)
    page.keyboard.press("Enter")

    log = page.get_by_role("list", name="Shares in this meeting")
    # The chat is a log; new messages are said once through the room's announcer instead.
    expect(page.get_by_role("log", name="The meeting's chat")).to_have_count(1)
    mine = log.locator("li.share", has_text="Content warning: a hard night")
    expect(mine).to_have_count(1)
    expect(mine.locator("details.share-cw")).not_to_have_attribute("open", "")
    # A screen reader hears the warning, not the share, until the reader opens it.
    assert not mine.get_by_text("Last night was hard").is_visible()
    tab_to(page, mine.locator(".share-cw summary"), backwards=True)
    page.keyboard.press("Enter")
    expect(mine.get_by_text("Last night was hard")).to_be_visible()
    # A raised hand joins the share queue, which a screen reader finds by its name.
    tab_to(page, page.get_by_role("button", name="Raise my hand"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("list", name="Share queue")).to_contain_text("Noor")
    expect(page.get_by_role("button", name="Lower my hand")).to_be_visible()
    axe_check(page)
    screenshot(page, "room", bottom="#room-bottom")

    tab_to(page, page.get_by_role("link", name="Leave the room"))
    page.keyboard.press("Enter")
    page.wait_for_url(live_site(live.get_absolute_url()))
    wait_until_room_is_empty(page, live)
