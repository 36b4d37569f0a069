"""What three people see when a member's words are screened in the room: shared by the
browser tests of screening, in each language it reads."""

from django.urls import reverse
from playwright.sync_api import expect

from groups.demo import OPEN_GROUP_SLUG
from groups.models import Group
from meetings.demo import DROP_IN
from meetings.models import Occurrence
from tests.browser.conftest import _open_page
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.support import screenshot, wait_until_room_is_empty
from tests.browser.test_moderator_queue import log_in, say
from tests.demo import load_demo


def screened_in_three_browsers(
    sam, mira, ash, *, say_as, passes, held, risk, notice, shots=()
) -> None:
    """Sam (a member) says each of ``passes``, which reach Ash (reading), then each of
    ``held``, which wait in Mira's held list (she moderates) and never reach Ash, then
    ``risk``, which gives Sam the crisis notice (holding each of ``notice``) and alerts Mira.
    ``say_as(page, text)`` types and sends as Sam's pages ask; ``shots`` are ``(page, name,
    bottom)`` screenshots taken at the end."""
    ash_shares = ash.get_by_role("list", name="Shares in this meeting")
    for text in passes:
        say_as(sam, text)
        expect(ash_shares).to_contain_text(text)
    for text in held:
        say_as(sam, text)
    waiting = mira.locator("#room-held li")
    for text in held:
        expect(waiting.filter(has_text=text)).to_have_count(1)
    say_as(sam, risk)
    for text in notice:
        expect(sam.locator("#room-notices")).to_contain_text(text)
    expect(mira.locator("#room-notices")).to_contain_text("may be at risk")
    for text in held:
        expect(ash_shares).not_to_contain_text(text)
    for page, name, bottom in shots:
        screenshot(page, name, bottom=bottom)


def screened_in_the_drop_in(
    live_site, browser, browser_problems, page, another_page, *, group_language="", **flow
):
    """The demo's drop-in meeting with Mira (moderating, ``page``), Ash (reading, a third
    browser) and Sam (a member, ``another_page``) connected in its room, then
    screened_in_three_browsers with ``flow`` (Sam typing as the room's English pages ask);
    everyone leaves the room at the end, whatever happened. ``group_language``, when given,
    is the language the group meets in, and so the language of its crisis notice."""
    elsewhere(load_demo)
    live = Occurrence.objects.get(series__group__slug=OPEN_GROUP_SLUG, series__title=DROP_IN)
    if group_language:
        elsewhere(
            lambda: Group.objects.filter(pk=live.series.group_id).update(language=group_language)
        )
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
        screened_in_three_browsers(sam, mira, ash, say_as=say, **flow)
    finally:
        for person in (sam, mira, ash):
            person.goto(live_site(reverse("home")))
        ash_context.close()
        wait_until_room_is_empty(page, live)
