"""Screening in Arabic through the pages: in a group that meets in Arabic, Sam (whose pages
are in Arabic, right to left) says what a member might say. Ash, reading in a third browser,
sees the everyday figure of speech; the taunt and the threat to expose someone wait in Mira's
held list; Sam's own risk, told in his dialect, gives him the Arabic notice with its lines and
alerts Mira in another browser."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.demo import DEMO_PEOPLE
from accounts.models import User
from groups.demo import OPEN_GROUP_SLUG
from groups.models import Group
from meetings.demo import DROP_IN
from meetings.models import Occurrence
from tests.browser.conftest import _open_page
from tests.browser.screening_flow import screened_in_three_browsers
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.support import wait_until_room_is_empty
from tests.browser.test_moderator_queue import log_in, say
from tests.demo import load_demo


def _say_in_arabic(page, text: str) -> None:
    say(page, text, label="مشاركتك")  # "Your share"


@pytest.mark.browser
def test_arabic_risk_alerts_a_moderator_taunts_are_held_and_an_idiom_passes(
    live_site, browser, browser_problems, page, another_page
):
    elsewhere(load_demo)
    live = Occurrence.objects.get(series__group__slug=OPEN_GROUP_SLUG, series__title=DROP_IN)
    room = live_site(reverse("chat:room", kwargs={"pk": live.pk}))
    sam_email = next(p for p in DEMO_PEOPLE if p.key == "member").email

    def arabic():
        Group.objects.filter(pk=live.series.group_id).update(language="ar")
        User.objects.filter(email=sam_email).update(language="ar")

    elsewhere(arabic)
    mira, sam = page, another_page
    ash_context, ash = _open_page(browser, browser_problems)
    try:
        log_in(mira, live_site, "moderator")
        log_in(ash, live_site, "reader")
        log_in(sam, live_site, "member")
        for person in (mira, ash):
            person.goto(room)
            expect(person.locator("#room-connection")).to_have_text("Connected")
        sam.goto(room)
        expect(sam.locator("html")).to_have_attribute("dir", "rtl")
        expect(sam.locator("#room-connection")).to_have_text("متصل")
        screened_in_three_browsers(
            sam,
            mira,
            ash,
            say_as=_say_in_arabic,
            # An everyday figure with dying in it, and a firm kindness.
            passes=(
                "بموت فيكم يا جماعة، انتو عيلتي التانية",
                "انتي مش فاشلة، الانتكاسة مش النهاية",
            ),
            # A taunt and a threat to expose someone.
            held=("روح موت يا حمار وريحنا منك", "هقول لجوزك على كل حرف قلتيه هنا"),
            # His own risk, in his dialect: the Arabic notice, with its line.
            risk="خلاص ما عاد فيني، بدي موت الليلة",
            notice=("لست وحدك", "1564"),
            shots=(
                (sam, "room-arabic-crisis-notice", "#room-notices"),
                (mira, "room-arabic-held-and-alert", "#room-held"),
            ),
        )
    finally:
        for person in (sam, mira, ash):
            person.goto(live_site(reverse("home")))
        ash_context.close()
        wait_until_room_is_empty(page, live)
