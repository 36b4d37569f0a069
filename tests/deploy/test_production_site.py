"""The production shape, driven through nginx over https: signing in, two people chatting
across the two workers, a reader following the readings, a moderator muting someone."""

import os
import re
import urllib.error
import urllib.request

from django.urls import reverse
from playwright.sync_api import expect

from groups.models import Membership, Role
from tests.browser.support import outside_browser_loop as elsewhere
from tests.deploy.conftest import live_meeting, on_worker, sign_in


def _join(group, user, role=Role.MEMBER):
    Membership.objects.create(
        group=group, user=user, role=role, guidelines_accepted_at=group.created_at
    )


def _enter_room(page, site, occurrence):
    page.goto(site(reverse("chat:room", kwargs={"pk": occurrence.pk})))
    expect(page.locator("#room-connection")).to_have_text("Connected")


def _say(page, text):
    box = page.get_by_label("Your share")
    box.fill(text)
    box.press("Enter")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_plain_http_is_redirected_to_https():
    opener = urllib.request.build_opener(_NoRedirect)
    url = os.environ["KINDRED_DEPLOY_CHECK_HTTP_URL"] + "/groups/"
    try:
        opener.open(url, timeout=10)
        raise AssertionError("plain HTTP was served")
    except urllib.error.HTTPError as answer:
        assert answer.code == 301
        assert answer.headers["Location"].startswith(os.environ["KINDRED_DEPLOY_CHECK_URL"])


def test_person_signs_in_over_https_with_secure_cookies(site, page, person):
    dana = person("Dana")
    sign_in(page, site, dana)
    response = page.goto(site(reverse("accounts:profile")))
    assert response.status == 200
    assert "max-age=" in response.headers["strict-transport-security"]
    assert "default-src 'self'" in response.headers["content-security-policy"]
    cookies = {c["name"]: c for c in page.context.cookies()}
    session = cookies["__Host-sessionid"]
    assert session["secure"] and session["httpOnly"]
    expect(page.get_by_label("Display name")).to_have_value("Dana")


def test_two_people_chat_across_the_two_workers(site, page, another_page, person):
    from groups.services import group_create

    olive, alice, bob = person("Olive"), person("Alice"), person("Bob")
    group = group_create(owner=olive, name="Across Workers Circle")
    _join(group, alice)
    _join(group, bob)
    occurrence = live_meeting(group, chair=olive)
    on_worker(page, site, 1)
    on_worker(another_page, site, 2)
    sign_in(page, site, alice)
    sign_in(another_page, site, bob)
    _enter_room(page, site, occurrence)
    _enter_room(another_page, site, occurrence)

    _say(page, "Hello from the first worker")
    expect(another_page.locator("#room-log")).to_contain_text("Hello from the first worker")
    _say(another_page, "And hello back from the second")
    expect(page.locator("#room-log")).to_contain_text("And hello back from the second")
    # Both see both, in the same order.
    for p in (page, another_page):
        expect(p.locator("#room-log li", has_text="hello")).to_have_count(2)


def test_reader_follows_the_readings(site, page, person):
    from groups.services import group_create
    from library.models import ItemStatus, LibraryItem, SectionKind, WhoMayPost
    from library.services import script_create, section_move, series_script_set

    chair, ash = person("Chair"), person("Ash")
    group = group_create(owner=chair, name="Readings Circle", visibility="public")
    _join(group, ash, Role.READER)
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
        ],
    )
    occurrence = live_meeting(group, chair=chair)
    series_script_set(actor=chair, series=occurrence.series, script=script)
    opening, reading_section = list(script.sections.order_by("order"))
    elsewhere(section_move, actor=chair, occurrence=occurrence, section_id=opening.pk)

    sign_in(page, site, ash)
    page.goto(site(group.get_absolute_url()))
    page.get_by_role("link", name="Read quietly").click()
    page.wait_for_url(site(reverse("library:readings", kwargs={"pk": occurrence.pk})))
    page.locator("[data-connection]", has_text="Connected").wait_for()
    expect(page.locator("[data-current-title]")).to_have_text("Opening: Welcome")

    # The chair moves on (the event goes through Redis to whichever worker holds the socket).
    elsewhere(section_move, actor=chair, occurrence=occurrence, section_id=reading_section.pk)
    expect(page.locator("[data-current-title]")).to_have_text("Reading: Tonight's reading")
    expect(page.locator(f"#section-{reading_section.pk}")).to_have_attribute("aria-current", "step")


def test_moderator_mutes_someone(site, page, another_page, person):
    from groups.services import group_create
    from moderation.models import Mute

    olive, mira, alice = person("Olive"), person("Mira"), person("Alice")
    group = group_create(owner=olive, name="Moderated Circle")
    _join(group, mira, Role.MODERATOR)
    _join(group, alice)
    occurrence = live_meeting(group, chair=olive)
    on_worker(page, site, 1)
    on_worker(another_page, site, 2)
    sign_in(page, site, mira)
    sign_in(another_page, site, alice)
    _enter_room(page, site, occurrence)
    _enter_room(another_page, site, occurrence)

    _say(another_page, "I keep going on and on")
    share = page.locator("#room-log li", has_text="I keep going on and on")
    summary = share.locator("summary", has_text="Actions")
    summary.focus()
    page.keyboard.press("Enter")
    share.get_by_role("button", name="Mute 10 minutes", exact=True).click()
    share.get_by_label(re.compile("Reason")).fill("please take a breath")
    share.get_by_role("button", name="Yes, mute 10 minutes").click()

    expect(another_page.get_by_label("Your share")).to_be_disabled()
    expect(another_page.locator("#room-composer-status")).to_contain_text("please take a breath")
    assert Mute.objects.get(user=alice).reason == "please take a breath"
