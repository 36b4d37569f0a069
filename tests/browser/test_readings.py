"""A reader follows a live meeting's readings quietly while two members chat: the chair's
section changes and announcements arrive at once, and no share ever reaches the page."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from groups.models import Role
from library.models import ItemStatus, LibraryItem, SectionKind, WhoMayPost
from library.services import script_create, series_script_set
from meetings.models import MeetingSeries, Occurrence
from tests.browser.support import axe_check, screenshot
from tests.browser.support import outside_browser_loop as elsewhere

PASSWORD = "a calm and long passphrase 42"
SHARES = ["My sister called again at three in the morning", "I finally slept a whole night"]


def log_in(page, live_site, email):
    page.goto(live_site(reverse("account_login")))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_site(reverse("home")))


@pytest.mark.browser
def test_reader_follows_the_readings_while_members_chat(
    live_site, page, user_factory, group_factory, member_factory
):
    from chat.posting import message_post
    from library.services import section_move

    chair = user_factory(display_name="Chair", email="chair@example.org")
    group = group_factory(owner=chair, name="Evening Circle")
    member = member_factory(group, Role.MEMBER, display_name="Dana", email="dana@example.org")
    member_factory(group, Role.READER, display_name="Ash", email="ash@example.org")
    reading = LibraryItem.objects.create(
        group=group,
        title="Just this one day",
        slug="just-this-one-day",
        body="We cannot fix last year. **Today** is enough.",
        status=ItemStatus.PUBLISHED,
    )
    script = script_create(
        actor=chair,
        group=group,
        title="Our evening format",
        sections=[
            {"kind": SectionKind.OPENING, "title": "Welcome", "who_may_post": WhoMayPost.EVERYONE},
            {
                "kind": SectionKind.READING,
                "title": "Tonight's reading",
                "library_item": reading,
                "who_may_post": WhoMayPost.NOBODY,
            },
            {"kind": SectionKind.SHARE_ROUND, "title": "Sharing"},
        ],
    )
    start = timezone.now() - dt.timedelta(minutes=5)
    series = MeetingSeries.objects.create(
        group=group,
        title="Evening share",
        chair=chair,
        weekdays=[start.weekday()],
        start_time=start.time(),
        start_date=start.date(),
    )
    occurrence = Occurrence.objects.create(
        series=series, original_start=start, start=start, end=start + dt.timedelta(hours=1)
    )
    series_script_set(actor=chair, series=series, script=script)
    opening, reading_section, sharing = list(script.sections.order_by("order"))
    elsewhere(section_move, actor=chair, occurrence=occurrence, section_id=opening.pk)
    elsewhere(
        message_post, occurrence=occurrence, author=member, body=SHARES[0], client_id="share-0001"
    )

    # One click from the group page.
    log_in(page, live_site, "ash@example.org")
    page.goto(live_site(group.get_absolute_url()))
    page.get_by_role("link", name="Read quietly").click()
    page.wait_for_url(live_site(reverse("library:readings", kwargs={"pk": occurrence.pk})))
    page.locator("[data-connection]", has_text="Connected").wait_for()
    assert page.locator("[data-current-title]").inner_text() == "Opening: Welcome"

    # The members chat; the chair moves to the reading and announces it.
    elsewhere(
        message_post, occurrence=occurrence, author=chair, body="Hello all", client_id="share-0002"
    )
    elsewhere(section_move, actor=chair, occurrence=occurrence, section_id=reading_section.pk)
    elsewhere(
        message_post,
        occurrence=occurrence,
        author=chair,
        body="We read *Just this one day* together now.",
        client_id="announce-1",
        kind="announcement",
    )
    current = page.locator(f"#section-{reading_section.pk}")
    current.and_(page.locator(".is-current")).wait_for()
    assert current.get_attribute("aria-current") == "step"
    assert page.locator("[data-current-title]").inner_text() == "Reading: Tonight's reading"
    page.locator(".announcement", has_text="together now").wait_for()
    assert page.locator(".announcement em").inner_text() == "Just this one day"

    # The share round opens; the members share, and none of it reaches this page.
    elsewhere(section_move, actor=chair, occurrence=occurrence, section_id=sharing.pk)
    elsewhere(
        message_post, occurrence=occurrence, author=member, body=SHARES[1], client_id="share-0003"
    )
    page.locator(f"#section-{sharing.pk}.is-current").wait_for()
    elsewhere(
        message_post,
        occurrence=occurrence,
        author=chair,
        body="Thank you, Dana.",
        client_id="announce-2",
        kind="announcement",
    )
    page.locator(".announcement", has_text="Thank you, Dana.").wait_for()
    screenshot(page, "library-readings")
    axe_check(page)
    text = page.content()
    for share in [*SHARES, "Hello all"]:
        assert share not in text
