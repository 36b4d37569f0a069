"""A whole meeting run from the room, with a chair, a member and a reader in three browsers:
lobby → start → a quiet reading → sharing (hands, the next sharer, the timer to zero) →
closing → end. Everything is done through the pages (clicks and keys); each step is
checked in the other people's browsers."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from library.models import ItemStatus, LibraryItem, SectionKind, WhoMayPost
from library.services import script_create, series_script_set
from meetings.models import MeetingSeries, Occurrence
from tests.browser.conftest import _open_page
from tests.browser.support import PHONE, axe_check, screenshot, wait_until_room_is_empty
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.test_room import _session_cookie

READING = "We cannot fix last year. **Today** is enough, and we are not alone in it."


def _sign_in(page, live_site, user):
    page.context.add_cookies(
        [{"name": "sessionid", "value": elsewhere(_session_cookie, user), "url": live_site()}]
    )


def _enter(page, live_site, user, occurrence):
    _sign_in(page, live_site, user)
    page.goto(live_site(reverse("chat:room", kwargs={"pk": occurrence.pk})))
    expect(page.locator("#room-connection")).to_have_text("Connected")


def _meeting(group, chair, *, minutes_to_start: int):
    reading = LibraryItem.objects.create(
        group=group,
        title="Just this one day",
        slug="just-this-one-day",
        body=READING,
        status=ItemStatus.PUBLISHED,
    )
    script = script_create(
        actor=chair,
        group=group,
        title="Our evening format",
        sections=[
            {
                "kind": SectionKind.OPENING,
                "title": "Welcome",
                "text": "The chair welcomes everyone.",
                "who_may_post": WhoMayPost.MODERATORS,
            },
            {
                "kind": SectionKind.READING,
                "title": "Tonight's reading",
                "library_item": reading,
                "text": "We read together, quietly.",
                "who_may_post": WhoMayPost.NOBODY,
            },
            {
                "kind": SectionKind.SHARE_ROUND,
                "title": "Sharing",
                "text": "Raise your hand to share.",
            },
            {
                "kind": SectionKind.CLOSING,
                "title": "Closing",
                "text": "What was said here stays here.",
                "who_may_post": WhoMayPost.MODERATORS,
            },
        ],
    )
    start = timezone.now() + dt.timedelta(minutes=minutes_to_start)
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
    return occurrence, list(script.sections.order_by("order"))


@pytest.mark.browser
def test_a_whole_meeting_run_from_the_room(
    live_site,
    browser,
    browser_problems,
    page,
    another_page,
    user_factory,
    group_factory,
    member_factory,
):
    from chat.models import Message
    from meetings.lifecycle import occurrence_state

    chair = user_factory(display_name="Chair")
    group = group_factory(
        owner=chair, name="Evening Circle", guidelines="Speak from your own experience."
    )
    member = member_factory(group, Role.MEMBER, display_name="Dana")
    reader = member_factory(group, Role.READER, display_name="Ash")
    occurrence, (opening, reading, sharing, _closing) = _meeting(group, chair, minutes_to_start=5)
    reader_context, reader_page = _open_page(browser, browser_problems)
    chair_page, member_page = page, another_page
    try:
        # The member's clock is the page's own, so the share timer can run out in the test.
        member_page.clock.install()
        chair_page.clock.install()

        # The lobby: when the chair opens the room, the format and the guidelines.
        _enter(member_page, live_site, member, occurrence)
        lobby = member_page.locator("#room-lobby")
        expect(lobby).to_contain_text("The meeting has not started yet")
        lobby.get_by_text("The group's guidelines", exact=True).click()
        expect(lobby).to_contain_text("Speak from your own experience.")
        expect(member_page.locator("#room-format")).to_contain_text("Reading: Tonight's reading")
        expect(member_page.get_by_role("button", name="Start the meeting")).to_have_count(0)
        expect(member_page.get_by_role("button", name="Next part")).to_have_count(0)
        axe_check(member_page)
        member_page.set_viewport_size(PHONE)
        axe_check(member_page)
        member_page.set_viewport_size({"width": 1280, "height": 800})

        _sign_in(reader_page, live_site, reader)
        reader_page.goto(live_site(reverse("library:readings", kwargs={"pk": occurrence.pk})))
        reader_page.locator("[data-connection]", has_text="Connected").wait_for()
        expect(reader_page.locator("[data-state-badge]")).to_have_text("Lobby open")

        # The chair starts the meeting: everyone sees it live.
        _enter(chair_page, live_site, chair, occurrence)
        expect(chair_page.get_by_role("button", name="Next part")).to_be_disabled()  # not live
        chair_page.get_by_role("button", name="Start the meeting").click()
        expect(chair_page.locator("#room-connection")).to_have_text("Connected")
        expect(chair_page.locator("#room-lobby")).to_be_hidden()
        expect(lobby).to_be_hidden()
        expect(member_page.locator("#room-notices")).to_contain_text("The meeting has started.")
        expect(reader_page.locator("[data-state-badge]")).to_have_text("Live")
        assert str(occurrence_state(Occurrence.objects.get(pk=occurrence.pk))) == "live"

        # The console: the parts in order; "Next part" starts the script at its first part.
        console = chair_page.locator("#room-format")
        expect(console.locator(".room-part-title")).to_have_text(
            [
                "Opening: Welcome",
                "Reading: Tonight's reading",
                "Share round: Sharing",
                "Closing: Closing",
            ]
        )
        chair_page.get_by_role("button", name="Next part").click()
        expect(member_page.locator("#room-now-name")).to_have_text("Opening: Welcome")
        expect(chair_page.locator(f"#room-part-{opening.pk}")).to_have_attribute(
            "aria-current", "step"
        )
        expect(chair_page.get_by_role("button", name="Previous part")).to_be_disabled()

        # The reading: its full text for everyone, live; the member cannot post.
        next_part = chair_page.get_by_role("button", name="Next part")
        next_part.focus()
        chair_page.keyboard.press("Enter")
        now = member_page.locator("#room-now")
        expect(now).to_contain_text("Reading: Tonight's reading")
        expect(now.locator("strong", has_text="Today")).to_be_visible()
        expect(member_page.locator("#room-composer-status")).to_contain_text("for listening")
        box = member_page.get_by_label("Your share")
        box.fill("Can I say something now?")
        box.press("Enter")
        expect(member_page.locator("#room-notices")).to_contain_text(
            "This part of the meeting is for listening"
        )
        expect(box).to_have_value("Can I say something now?")  # given back, not lost
        box.fill("")
        expect(reader_page.locator("[data-current-title]")).to_have_text(
            "Reading: Tonight's reading"
        )
        expect(reader_page.locator(f"#section-{reading.pk}")).to_have_attribute(
            "aria-current", "step"
        )
        # Back one part and forward again: everyone follows.
        chair_page.get_by_role("button", name="Previous part").click()
        expect(member_page.locator("#room-now-name")).to_have_text("Opening: Welcome")
        expect(reader_page.locator("[data-current-title]")).to_have_text("Opening: Welcome")
        chair_page.get_by_role("button", name="Next part").click()
        expect(member_page.locator("#room-now-name")).to_have_text("Reading: Tonight's reading")
        member_page.set_viewport_size(PHONE)
        expect(now).to_be_visible()
        screenshot(member_page, "room-reading-part")
        member_page.set_viewport_size({"width": 1280, "height": 800})
        screenshot(chair_page, "room-console")
        axe_check(chair_page)

        # Sharing: a hand, the next sharer, the timer to zero for the speaker and the chair.
        chair_page.locator(f"#room-part-{sharing.pk}").get_by_role(
            "button", name="Go to this part"
        ).click()
        expect(member_page.locator("#room-now-name")).to_have_text("Share round: Sharing")
        member_page.get_by_role("button", name="Raise my hand").click()
        expect(chair_page.locator("#room-queue")).to_contain_text("Dana")
        chair_page.get_by_role("button", name="Call the next sharer").click()
        expect(member_page.locator("#room-notices")).to_contain_text("invites you to share")
        chair_page.get_by_label("Share timer (minutes)").fill("1")
        chair_page.get_by_role("button", name="Start timer").click()
        expect(member_page.locator("#room-timer")).to_contain_text("Share time left")
        axe_check(chair_page)  # live, with a speaker, a queue and a running timer
        hand = member_page.get_by_role("button", name="Raise my hand")
        hand.click()
        expect(chair_page.locator("#room-queue li")).to_have_count(1)
        member_page.set_viewport_size(PHONE)
        axe_check(member_page)
        member_page.set_viewport_size({"width": 1280, "height": 800})
        member_page.get_by_role("button", name="Lower my hand").click()
        box.fill("Thank you for listening to me.")
        box.press("Enter")
        expect(chair_page.locator("#room-log")).to_contain_text("Thank you for listening")
        for p in (member_page, chair_page):
            p.clock.fast_forward("01:05")
        expect(member_page.locator("#room-notices")).to_contain_text("Your share time is up")
        expect(chair_page.locator("#room-notices")).to_contain_text("The share time is up")
        expect(member_page.locator("#room-announcer")).to_contain_text("Your share time is up")
        # Said once only, however long it stays at zero.
        for p in (member_page, chair_page):
            p.clock.fast_forward("00:05")
        expect(member_page.locator("#room-notices .notice-timer")).to_have_count(1)
        expect(member_page.locator("#room-notices .notice-timer .notice-count")).to_have_text("")
        # The chair gives one more minute (both clocks back in step with the server's first,
        # where the minute started has not run out yet: one more on top of what is left),
        # then clears the timer.
        for p in (member_page, chair_page):
            p.clock.set_system_time(dt.datetime.now(dt.UTC))
        chair_page.get_by_role("button", name="Add a minute").click()
        expect(member_page.locator("#room-timer")).to_have_text(
            re.compile(r"Share time left: (2:00|1:[0-5]\d)")
        )
        expect(member_page.locator("#room-timer-done")).to_be_hidden()
        chair_page.get_by_role("button", name="Clear the timer").click()
        expect(member_page.locator("#room-timer")).to_have_text("")
        # Passing ends the member's turn for everyone.
        expect(chair_page.locator("#room-speaker")).to_have_text("Sharing now: Dana")
        member_page.get_by_role("button", name="Pass").click()
        expect(chair_page.locator("#room-speaker")).to_have_text("")

        # Closing, then the end (confirmed). A message typed and not sent is kept as text.
        chair_page.get_by_role("button", name="Next part").click()
        expect(member_page.locator("#room-now-name")).to_have_text("Closing: Closing")
        expect(reader_page.locator("[data-current-title]")).to_have_text("Closing: Closing")
        box.fill("I wanted to say goodbye")
        chair_page.get_by_role("button", name="End the meeting").click()
        chair_page.get_by_role("button", name="Yes, end the meeting").click()
        for p in (chair_page, member_page):
            ended = p.locator("#room-ended")
            expect(ended).to_be_visible()
            expect(ended).to_contain_text("The meeting has ended. Thank you for coming.")
            expect(ended.get_by_role("link", name="Read the group's library")).to_be_visible()
            expect(p.locator("#room-composer")).to_be_hidden()
            expect(p.locator("#room-gone")).to_be_hidden()
        expect(member_page.locator("#room-unsent")).to_contain_text("I wanted to say goodbye")
        expect(member_page.locator("#room-unsent")).to_contain_text("Not sent")
        expect(member_page.locator("#room-connection")).to_have_text("The meeting has ended")
        expect(member_page.locator("#room-announcer")).to_contain_text("The meeting has ended")
        expect(reader_page.locator("[data-state-badge]")).to_have_text("Ended")
        expect(reader_page.locator("[data-connection]")).to_contain_text("The meeting has ended")
        expect(reader_page.locator("main")).not_to_contain_text("Live")
        assert not Message.objects.filter(body="I wanted to say goodbye").exists()
        assert not Message.objects.filter(body="Can I say something now?").exists()
        screenshot(member_page, "room-ended")
        axe_check(member_page)
        member_page.set_viewport_size(PHONE)
        axe_check(member_page)

        # A reload lands on the closing screen too.
        member_page.reload()
        expect(member_page.locator("#room-ended")).to_contain_text("Thank you for coming.")
    finally:
        reader_context.close()
    chair_page.goto(live_site("/"))
    member_page.goto(live_site("/"))
    wait_until_room_is_empty(chair_page, occurrence)
