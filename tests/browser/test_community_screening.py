"""Screening of what members from many communities write, through the pages (docs/
moderation.md, "Batches 242 to 251"). Sam, a member, offers advice and a kind push that
share their shapes with threats, and they reach Ash, reading in a third browser; a threat
to tell the police and a "nobody here will miss you" wait in Mira's held list; Sam's own
wish to die, said in a sentence of its own before the day's news, gives him the crisis
notice and alerts Mira in another browser."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from groups.demo import OPEN_GROUP_SLUG
from meetings.demo import DROP_IN
from meetings.models import Occurrence
from tests.browser.conftest import _open_page
from tests.browser.screening_flow import screened_in_three_browsers
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.support import wait_until_room_is_empty
from tests.browser.test_moderator_queue import log_in, say
from tests.demo import load_demo


@pytest.mark.browser
def test_powers_told_sideways_are_held_and_a_wish_said_on_its_own_alerts(
    live_site, browser, browser_problems, page, another_page
):
    elsewhere(load_demo)
    live = Occurrence.objects.get(series__group__slug=OPEN_GROUP_SLUG, series__title=DROP_IN)
    room = live_site(reverse("chat:room", kwargs={"pk": live.pk}))
    mira, sam = page, another_page
    ash_context, ash = _open_page(browser, browser_problems)
    try:
        log_in(mira, live_site, "moderator")
        log_in(ash, live_site, "reader")
        log_in(sam, live_site, "member")
        for person in (mira, ash, sam):
            person.goto(room)
            expect(person.locator("#room-connection")).to_have_text("Connected")
        screened_in_three_browsers(
            sam,
            mira,
            ash,
            say_as=say,
            # Kindness in the shapes of this round's threats.
            passes=(
                "the church would love to hear your story one day",
                "the kindest thing you could do for yourself is go to a meeting tonight",
            ),
            # The police told sideways, and nobody to miss someone.
            held=(
                "the police might be very interested in where you get your gear",
                "nobody in this group will miss you when you stop coming",
            ),
            # His own wish, in a sentence of its own before the day's news.
            risk="swear to god I want to die. the bailiffs came again today",
            notice=("You are not alone",),
            shots=(
                (sam, "room-community-crisis-notice", "#room-notices"),
                (mira, "room-community-held-and-alert", "#room-held"),
            ),
        )
    finally:
        for person in (sam, mira, ash):
            person.goto(live_site(reverse("home")))
        ash_context.close()
        wait_until_room_is_empty(page, live)
