"""Screening in Portuguese through the pages: Sam, a member, writes in Portuguese as many
Brazilian and Portuguese members do. Ash, reading in a third browser, sees an everyday figure
with dying in it and an offer of a lift home; a taunt urging death and a threat to tell
someone's pastor wait in Mira's held list; Sam's own risk, told in Portuguese, gives him the
crisis notice and alerts Mira in another browser."""

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
def test_portuguese_risk_alerts_a_moderator_taunts_are_held_and_an_idiom_passes(
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
            # An everyday figure with dying in it, and an offer of help.
            passes=(
                "tô morrendo de saudade da minha mãe, faz dois anos que não vou pra casa",
                "vou ligar pro seu marido pra ele vir te buscar depois da reunião, tá bom?",
            ),
            # Death urged, and a threat to tell someone's pastor.
            held=("se mata logo, ninguém liga pra você", "vou contar tudo pro seu pastor domingo"),
            # His own risk, in Portuguese.
            risk="não aguento mais, já tenho os comprimidos guardados pra hoje à noite",
            notice=("You are not alone",),
            shots=(
                (sam, "room-portuguese-crisis-notice", "#room-notices"),
                (mira, "room-portuguese-held-and-alert", "#room-held"),
            ),
        )
    finally:
        for person in (sam, mira, ash):
            person.goto(live_site(reverse("home")))
        ash_context.close()
        wait_until_room_is_empty(page, live)
