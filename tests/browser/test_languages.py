"""The three ways in, in Spanish and in Arabic: a member joins a live meeting and shares, a
moderator mutes them from the room, and a reader follows the readings quietly. Every page
is axe clean, shows no English the catalog translates, and in Arabic reads right to left
with the layout mirrored. Screenshots go to docs/screenshots/ with `make screenshots`."""

import datetime as dt
import gettext as gnu_gettext
import re
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from playwright.sync_api import expect

from groups.models import Role
from kindred.templatetags.kindred_time import exact
from library.models import ItemStatus, LibraryItem, SectionKind, WhoMayPost
from library.services import script_create, series_script_set
from meetings.models import MeetingSeries, Occurrence
from tests.browser.support import ROOT, axe_check, screenshot, wait_until_room_is_empty
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.test_room import _session_cookie

# People's own words, in the page's language, so that nothing of theirs reads as English.
TEXTS = {
    "es": {
        "group": "Círculo de los jueves",
        "series": "Reunión de la tarde",
        "reading": "Solo por hoy",
        "body": "No podemos arreglar el año pasado. **Hoy** es suficiente.",
        "script": "Nuestro formato",
        "welcome": "Bienvenida",
        "share": "Hoy dormí toda la noche",
        "reason": "respira un momento",
        "names": ("Olivia", "Marta", "Alba", "Ceniza"),
    },
    "ar": {
        "group": "حلقة الخميس",
        "series": "اجتماع المساء",
        "reading": "لهذا اليوم فقط",
        "body": "لا يمكننا إصلاح العام الماضي. **اليوم** يكفي.",
        "script": "ترتيبنا",
        "welcome": "الترحيب",
        "share": "نمت الليلة كلها أخيرًا",
        "reason": "خذ نفسًا",
        "names": ("زيتون", "مريم", "سلمى", "رماد"),
    },
}


@cache
def _english(language: str) -> frozenset[str]:
    """Every English message the catalogs translate into something else."""
    english = set()
    for domain in ("django", "djangojs"):
        path = ROOT / "locale" / language / "LC_MESSAGES" / f"{domain}.mo"
        with path.open("rb") as mo:
            catalog = gnu_gettext.GNUTranslations(mo)._catalog
        english |= {
            key.strip()
            for key, text in catalog.items()
            if isinstance(key, str) and key and text != key and "%(" not in key
        }
    return frozenset(english)


@cache
def _js_catalog(language: str) -> gnu_gettext.GNUTranslations:
    path = ROOT / "locale" / language / "LC_MESSAGES" / "djangojs.mo"
    with path.open("rb") as mo:
        return gnu_gettext.GNUTranslations(mo)


def js(language: str, message: str) -> str:
    """``message`` as the room's JavaScript shows it in ``language``."""
    return _js_catalog(language).gettext(message)


VISIBLE_TEXT = """() => {
  const seen = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest("script, style, template, [hidden]")) continue;
    if (!parent.getClientRects().length) continue;
    seen.push(text);
  }
  for (const el of document.querySelectorAll("[aria-label], [placeholder], [title]")) {
    for (const name of ["aria-label", "placeholder", "title"]) {
      const value = el.getAttribute(name);
      if (value && value.trim()) seen.push(value.trim());
    }
  }
  return seen;
}"""


def check_page(page, language: str) -> None:
    """axe clean, in ``language`` throughout, and for Arabic right to left and mirrored."""
    html = page.locator("html")
    expect(html).to_have_attribute("lang", language)
    expect(html).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    english = sorted(set(page.evaluate(VISIBLE_TEXT)) & _english(language))
    assert not english, f"English left on {page.url}: {english}"
    axe_check(page)
    brand = page.locator(".site-header .brand").bounding_box()
    links = page.locator(".site-header .nav-links").bounding_box()
    if language == "ar":  # the brand starts the line: on the right
        assert brand["x"] > links["x"], (brand, links)
    else:
        assert brand["x"] < links["x"], (brand, links)


def _enter(page, live_site, user, path):
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": "sessionid", "value": elsewhere(_session_cookie, user), "url": live_site()}]
    )
    page.goto(live_site(path))


@pytest.mark.browser
@pytest.mark.parametrize("language", ["es", "ar"])
def test_the_three_ways_in_speak_the_persons_language(
    live_site, page, another_page, user_factory, group_factory, member_factory, language
):
    from library.services import section_move

    words = TEXTS[language]
    with translation.override(language):
        tr = translation.gettext
        owner_name, member_name, reader_name, _ = words["names"]
        owner = user_factory(display_name=owner_name, language=language)
        group = group_factory(owner=owner, name=words["group"], language=language)
        member = member_factory(group, Role.MEMBER, display_name=member_name, language=language)
        reader = member_factory(group, Role.READER, display_name=reader_name, language=language)
        reading = LibraryItem.objects.create(
            group=group,
            title=words["reading"],
            slug="reading",
            body=words["body"],
            status=ItemStatus.PUBLISHED,
        )
        script = script_create(
            actor=owner,
            group=group,
            title=words["script"],
            sections=[
                {
                    "kind": SectionKind.OPENING,
                    "title": words["welcome"],
                    "who_may_post": WhoMayPost.EVERYONE,
                },
                {
                    "kind": SectionKind.READING,
                    "title": words["reading"],
                    "library_item": reading,
                    "who_may_post": WhoMayPost.EVERYONE,
                },
            ],
        )
        start = timezone.now() - dt.timedelta(minutes=5)
        series = MeetingSeries.objects.create(
            group=group,
            title=words["series"],
            chair=owner,
            weekdays=[start.weekday()],
            start_time=start.time(),
            start_date=start.date(),
        )
        occurrence = Occurrence.objects.create(
            series=series, original_start=start, start=start, end=start + dt.timedelta(hours=1)
        )
        series_script_set(actor=owner, series=series, script=script)
        opening = script.sections.order_by("order").first()
        elsewhere(section_move, actor=owner, occurrence=occurrence, section_id=opening.pk)
        room = reverse("chat:room", kwargs={"pk": occurrence.pk})

        # Join a live meeting and share.
        _enter(another_page, live_site, member, room)
        expect(another_page.locator("#room-connection")).to_have_text(js(language, "Connected"))
        box = another_page.get_by_label(tr("Your share"))
        expect(box).to_have_attribute("dir", "auto")
        box.fill(words["share"])
        box.press("Enter")
        share = another_page.locator("#room-log li", has_text=words["share"])
        expect(share.locator(".share-body")).to_have_attribute("dir", "auto")
        # Its time as every other page writes it: the language's words and order, Latin digits.
        stamp = share.locator("time.when")
        expect(stamp).to_have_text(re.compile(r"^\d\d:\d\d$"))
        posted = dt.datetime.fromisoformat(stamp.get_attribute("datetime"))
        with timezone.override(member.timezone or "UTC"):
            assert stamp.get_attribute("title") == exact(posted)
        check_page(another_page, language)

        # Moderate: the chair mutes the member from the room, with a reason.
        _enter(page, live_site, owner, room)
        expect(page.locator("#room-connection")).to_have_text(js(language, "Connected"))
        theirs = page.locator("#room-log li", has_text=words["share"])
        theirs.locator("summary", has_text=js(language, "Actions")).click()
        theirs.get_by_role("button", name=js(language, "Mute 10 minutes"), exact=True).click()
        theirs.get_by_label(re.compile(re.escape(js(language, "Reason (optional)")[:4]))).fill(
            words["reason"]
        )
        check_page(page, language)
        yes = js(language, "Yes, %(action)s") % {"action": js(language, "Mute 10 minutes").lower()}
        theirs.get_by_role("button", name=yes).click()
        expect(another_page.get_by_label(tr("Your share"))).to_be_disabled()
        status = another_page.locator("#room-composer-status")
        expect(status).to_contain_text(words["reason"])
        check_page(another_page, language)
        screenshot(page, f"room-{language}")

        # Read quietly: the reader follows the readings.
        another_page.goto(live_site("/"))
        _enter(another_page, live_site, reader, group.get_absolute_url())
        another_page.get_by_role("link", name=tr("Read quietly")).first.click()
        another_page.wait_for_url(
            live_site(reverse("library:readings", kwargs={"pk": occurrence.pk}))
        )
        connected = js(language, "Connected: following the meeting.")
        another_page.locator("[data-connection]", has_text=connected).wait_for()
        expect(another_page.locator("[data-current-title]")).to_contain_text(words["welcome"])
        check_page(another_page, language)
        screenshot(another_page, f"library-readings-{language}")
        page.goto(live_site("/"))
        another_page.goto(live_site("/"))
        wait_until_room_is_empty(page, occurrence)


@pytest.mark.browser
@pytest.mark.parametrize("language", ["es", "ar"])
def test_a_meetings_pages_dates_and_the_profile_read_in_the_persons_language(
    live_site, page, user_factory, group_factory, language
):
    """The meeting page's title gives its day in the language's own order and words, the
    schedule's rule and the meeting form's labels are translated, and the profile's device
    section has no English left; in Arabic every page reads right to left."""
    from accounts.notifications.models import PushDevice
    from meetings import recurrence
    from meetings.scheduling import series_create
    from meetings.selectors import occurrence_key, upcoming_for_series

    words = TEXTS[language]
    zone = "Europe/Madrid" if language == "es" else "Asia/Riyadh"
    owner = user_factory(display_name=words["names"][0], language=language, timezone=zone)
    group = group_factory(owner=owner, name=words["group"], language=language, timezone=zone)
    today = timezone.localdate(timezone=ZoneInfo(zone))
    series = series_create(
        actor=owner,
        group=group,
        title=words["series"],
        format="discussion",
        weekdays=[0, 3],
        start_time=dt.time(19, 0),
        duration_minutes=60,
        start_date=today + dt.timedelta(days=1),
    )
    start = upcoming_for_series(series=series, count=1)[0]
    local = start.astimezone(ZoneInfo(zone))
    with translation.override(language):
        day = date_format(local, "DATE_FORMAT")
        rule = recurrence.describe(recurrence.Rule.for_series(series))
        start_date = translation.gettext("Start date")
    with translation.override("en"):
        english = date_format(local, "DATE_FORMAT")
    assert day != english  # not the English order and words

    # The meeting's own page: its day in the title as the language writes it.
    key = occurrence_key(start)
    _enter(
        page,
        live_site,
        owner,
        reverse("meetings:occurrence_at", kwargs={"series_pk": series.pk, "key": key}),
    )
    expect(page).to_have_title(re.compile(re.escape(f"{words['series']}, {day}")))
    check_page(page, language)

    # The schedule: the series' rule in words of the language.
    page.goto(live_site(reverse("meetings:group_schedule", kwargs={"slug": group.slug})))
    expect(page.locator("main")).to_contain_text(rule)
    expect(page.locator("main")).not_to_contain_text("Every week")
    check_page(page, language)

    # The form for a new meeting: every label translated.
    page.goto(live_site(reverse("meetings:series_create", kwargs={"slug": group.slug})))
    expect(page.get_by_label(start_date)).to_be_visible()
    check_page(page, language)

    # The profile's notifications and devices (one device listed, with its buttons).
    PushDevice.objects.create(
        user=owner,
        name=words["names"][3],
        endpoint="https://fcm.googleapis.com/fcm/send/one",
        p256dh="x",
        auth="y",
    )
    page.goto(live_site(reverse("accounts:profile")))
    with translation.override(language):
        devices = translation.gettext("Devices that get push notifications")
    expect(page.get_by_role("list", name=devices)).to_contain_text(words["names"][3])
    assert page.locator("[aria-label^='Email:'], [aria-label^='Push:']").count() == 0
    check_page(page, language)
