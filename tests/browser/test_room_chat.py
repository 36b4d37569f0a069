"""The room behaves like the chats people know: it opens at the newest message with the
composer in view (desktop and phones), new messages never move someone who scrolled up (a
"N new messages" button takes them down), scrolling to the top loads older history,
notices sit by the composer and do not stack, listeners see a sentence instead of a
composer, times follow the viewer's zone, and a screen reader hears exactly the new
messages and notices, once each (a recorder in the page lists what live regions get)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from meetings.models import MeetingSeries, Occurrence
from tests.browser.support import PHONE, axe_check, screenshot, wait_until_room_is_empty
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.test_room import _session_cookie
from tests.browser.test_room_controls import _act

# Records every text added to a live region (aria-live other than "off", or a role that
# implies one), as a screen reader would be sent it. Injected by the driver, so the page's
# Content Security Policy does not apply to it.
RECORDER = """
window.__announced = [];
const live = (el) => {
  for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
    const polite = node.getAttribute("aria-live");
    if (polite) return polite !== "off" ? node : null;
    if (["log", "status", "alert"].includes(node.getAttribute("role"))) return node;
  }
  return null;
};
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      const target = node.nodeType === 1 ? node : node.parentElement;
      const region = target && live(target);
      const text = (node.textContent || "").trim();
      if (region && text) window.__announced.push([region.id || region.getAttribute("role"), text]);
    }
  }
}).observe(document, { childList: true, subtree: true });
"""


def _enter(page, live_site, user, occurrence):
    page.context.add_cookies(
        [{"name": "sessionid", "value": elsewhere(_session_cookie, user), "url": live_site()}]
    )
    page.goto(live_site(reverse("chat:room", kwargs={"pk": occurrence.pk})))
    expect(page.locator("#room-connection")).to_have_text("Connected")


def _say(page, text):
    box = page.get_by_label("Your share")
    box.fill(text)
    box.press("Enter")


def _history(occurrence, author, count):
    """``count`` earlier messages, stored as the room stores them."""
    from chat.models import Message, RoomState

    room, _ = RoomState.objects.get_or_create(occurrence=occurrence)
    start = timezone.now() - dt.timedelta(minutes=30)
    rows = []
    for n in range(1, count + 1):
        rows.append(
            Message(
                occurrence=occurrence,
                seq=n,
                author=author,
                client_id=f"history-{n:04d}",
                body=f"Earlier share number {n}",
                body_html=f"<p>Earlier share number {n}</p>",
                created_at=start + dt.timedelta(seconds=n),
            )
        )
    Message.objects.bulk_create(rows)
    room.last_seq = count
    room.save()


def _at_bottom(page) -> bool:
    return page.evaluate(
        "(() => { const s = document.getElementById('room-scroller');"
        " return s.scrollHeight - s.scrollTop - s.clientHeight < 4 })()"
    )


def _in_view(page, selector) -> bool:
    box = page.locator(selector).bounding_box()
    size = page.viewport_size
    return box is not None and box["y"] >= -1 and box["y"] + box["height"] <= size["height"] + 1


def _announced(page) -> list[list[str]]:
    return page.evaluate("window.__announced")


@pytest.fixture
def meeting(transactional_db, user_factory, group_factory, member_factory):
    owner = user_factory(display_name="Olive")
    group = group_factory(owner=owner, name="Sunday Circle")
    people = {
        "owner": owner,
        "alice": member_factory(group, Role.MEMBER, display_name="Alice", timezone="Asia/Kolkata"),
        "bob": member_factory(group, Role.MEMBER, display_name="Bob"),
        "reader": member_factory(group, Role.READER, display_name="Ash"),
    }
    now = timezone.now()
    series = MeetingSeries.objects.create(
        group=group,
        title="Sunday share",
        chair=owner,
        start_time=dt.time(19, 0),
        start_date=now.date(),
        weekdays=[now.weekday()],
    )
    occurrence = Occurrence.objects.create(
        series=series,
        original_start=now - dt.timedelta(minutes=5),
        start=now - dt.timedelta(minutes=5),
        end=now + dt.timedelta(minutes=55),
    )
    return type("Meeting", (), {"group": group, "occurrence": occurrence, **people})


@pytest.mark.browser
@pytest.mark.parametrize(
    "size", [{"width": 1280, "height": 800}, PHONE, {"width": 390, "height": 844}]
)
def test_the_room_opens_at_the_newest_message_with_the_composer_in_view(
    live_site, page, meeting, size
):
    _history(meeting.occurrence, meeting.bob, 60)
    page.set_viewport_size(size)
    _enter(page, live_site, meeting.alice, meeting.occurrence)
    log = page.locator("#room-log")
    expect(log.locator("li.share")).to_have_count(50)  # the newest 50
    expect(log.locator("li.share").last).to_contain_text("Earlier share number 60")
    assert _at_bottom(page)
    assert _in_view(page, "#room-composer"), "the composer is not on the screen"
    assert _in_view(page, "#share-60")
    # The soft keyboard shrinks the screen: with the box focused and the screen 300 px
    # shorter, the box, the send button and the newest share are still in view.
    page.get_by_label("Your share").focus()
    page.set_viewport_size({"width": size["width"], "height": size["height"] - 300})
    expect(page.get_by_label("Your share")).to_be_in_viewport()
    for part in ("#room-body", "#room-send", "#share-60"):
        assert _in_view(page, part), f"{part} is hidden behind the keyboard"
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)


@pytest.mark.browser
def test_scrolled_up_new_messages_wait_behind_a_button_and_the_top_loads_older(
    live_site, page, another_page, meeting
):
    _history(meeting.occurrence, meeting.bob, 60)
    page.context.add_init_script(RECORDER)
    _enter(page, live_site, meeting.alice, meeting.occurrence)
    _enter(another_page, live_site, meeting.bob, meeting.occurrence)
    log = page.locator("#room-log")
    expect(log.locator("li.share")).to_have_count(50)
    # Nothing of the history was announced.
    assert not [text for _, text in _announced(page) if "Earlier share" in text]

    # Scrolled a little up: new messages do not move the reader, a button counts them.
    page.evaluate("document.getElementById('room-scroller').scrollTop -= 300")
    page.wait_for_timeout(100)  # the scroll event
    before = page.evaluate("document.getElementById('room-scroller').scrollTop")
    for n in range(3):
        _say(another_page, f"A new share {n}")
    expect(log).to_contain_text("A new share 2")
    jump = page.get_by_role("button", name="3 new messages")
    expect(jump).to_be_visible()
    assert page.evaluate("document.getElementById('room-scroller').scrollTop") == before
    jump.click()
    expect(jump).to_be_hidden()
    assert _at_bottom(page)
    expect(page.get_by_label("Your share")).to_be_focused()

    # Each new message was announced once, as its author and text, without button labels.
    said = [text for region, text in _announced(page) if "A new share" in text]
    assert said == ["Bob: A new share 0", "Bob: A new share 1", "Bob: A new share 2"]

    # At the bottom, a new message keeps the view at the newest.
    _say(another_page, "Right at the bottom")
    expect(log).to_contain_text("Right at the bottom")
    expect(page.get_by_role("button", name="1 new message")).to_be_hidden()
    assert _at_bottom(page)

    # Scrolling to the top loads the ten older ones, and keeps the reader's place.
    first = page.locator("#share-11")
    page.evaluate("document.getElementById('room-scroller').scrollTop = 0")
    expect(log.locator("li.share")).to_have_count(64)
    expect(log.locator("li.share").first).to_contain_text("Earlier share number 1")
    assert page.evaluate("document.getElementById('room-scroller').scrollTop") > 0
    assert first.is_visible()
    assert not [text for _, text in _announced(page) if "Earlier share" in text]
    another_page.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)


@pytest.mark.browser
def test_notices_sit_by_the_composer_do_not_stack_and_clear_themselves(
    live_site, page, another_page, meeting
):
    page.context.add_init_script(RECORDER)
    page.clock.install()
    _enter(page, live_site, meeting.alice, meeting.occurrence)
    # The chair turns slow mode on from the room's controls, in another browser.
    _enter(another_page, live_site, meeting.owner, meeting.occurrence)
    another_page.get_by_label("Slow mode").select_option("60")
    expect(page.locator("#room-composer-status")).to_contain_text("Slow mode")
    _say(page, "First share")
    expect(page.locator("#room-log")).to_contain_text("First share")
    for n in range(4):
        _say(page, f"Too soon {n}")
        expect(page.locator("#room-notices .notice")).to_have_count(1)
        page.get_by_label("Your share").fill("")
    notices = page.locator("#room-notices .notice")
    expect(notices).to_have_count(1)
    expect(notices).to_contain_text("(4 times)")
    # Next to the composer, not at the top of the page.
    notice_box = notices.bounding_box()
    composer_box = page.locator("#room-composer").bounding_box()
    assert 0 <= composer_box["y"] - (notice_box["y"] + notice_box["height"]) < 40
    # Said once, however often it came.
    said = [text for region, text in _announced(page) if region == "room-announcer"]
    slow = [text for text in said if "slow" in text.lower() or "wait" in text.lower()]
    assert len(slow) == 1, said
    axe_check(page)
    # It goes away by itself.
    page.clock.fast_forward("00:12")
    expect(notices).to_have_count(0)
    another_page.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)


@pytest.mark.browser
def test_listeners_see_a_sentence_instead_of_a_composer_and_can_take_part(
    live_site, page, another_page, meeting
):
    # A reader: no composer, no button to take part.
    _enter(another_page, live_site, meeting.reader, meeting.occurrence)
    expect(another_page.locator("#room-composer")).to_be_hidden()
    listening = another_page.locator("#room-listening")
    expect(listening).to_contain_text("You are listening")
    expect(listening.get_by_role("button", name="Take part")).to_be_hidden()
    axe_check(another_page)

    # A member who came in to listen: one button to take part.
    page.context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": elsewhere(_session_cookie, meeting.bob),
                "url": live_site(),
            }
        ]
    )
    page.set_viewport_size(PHONE)
    page.goto(live_site(reverse("chat:room", kwargs={"pk": meeting.occurrence.pk}) + "?listen=1"))
    expect(page.locator("#room-connection")).to_have_text("Connected")
    expect(page.locator("#room-composer")).to_be_hidden()
    expect(page.locator("#room-listening")).to_contain_text("Nobody is waiting for you")
    axe_check(page)
    page.get_by_role("button", name="Take part").click()
    expect(page.get_by_label("Your share")).to_be_enabled()
    expect(page.locator("#room-listening")).to_be_hidden()
    expect(another_page.locator("#room-presence")).to_contain_text("Bob")
    _say(page, "Ready to share now")
    expect(another_page.locator("#room-log")).to_contain_text("Ready to share now")
    another_page.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)


@pytest.mark.browser
def test_messages_are_compact_with_times_in_the_viewers_zone(
    live_site, page, another_page, meeting
):
    from zoneinfo import ZoneInfo

    from chat.models import Message

    _enter(page, live_site, meeting.alice, meeting.occurrence)  # Asia/Kolkata
    _enter(another_page, live_site, meeting.owner, meeting.occurrence)
    _say(another_page, "Welcome, everyone.")
    share = page.locator("li.share", has_text="Welcome, everyone.")
    expect(share).to_be_visible()
    stored = Message.objects.get(body="Welcome, everyone.").created_at
    local = stored.astimezone(ZoneInfo("Asia/Kolkata"))
    meta = share.locator(".share-meta")
    expect(meta).to_have_text(f"Olive Chair {local:%H:%M}")
    title = meta.locator("time").get_attribute("title")
    assert f"{local:%H:%M:%S}" in title and "Asia/Kolkata" in title
    # One line: author, badge and time.
    assert meta.bounding_box()["height"] < 30
    # No reactions until somebody reacts; one React control; no "Read all" on a short share.
    expect(share.locator(".reaction-chips button")).to_have_count(0)
    expect(share.locator("summary", has_text="React")).to_have_count(1)
    expect(share.get_by_role("button", name="Read all")).to_have_count(0)
    share.locator("summary", has_text="React").click()
    share.get_by_role("button", name="Thank you").click()
    expect(
        another_page.locator("li.share", has_text="Welcome").locator("[data-reaction=thanks]")
    ).to_contain_text("1")
    axe_check(page)

    # "Read all" only where quiet mode really cut a share.
    page.get_by_role("button", name="Quiet mode").click()
    _say(another_page, "A long share.\n\nWith a second paragraph.\n\nAnd a third one.")
    long_share = page.locator("li.share", has_text="A long share.")
    read_all = long_share.get_by_role("button", name="Read all")
    expect(read_all).to_be_visible()
    expect(long_share.get_by_text("And a third one.")).to_be_hidden()
    expect(share.get_by_role("button", name="Read all")).to_be_hidden()
    read_all.click()
    expect(long_share.get_by_text("And a third one.")).to_be_visible()
    expect(long_share.get_by_role("button", name="Show less")).to_be_focused()
    another_page.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)


@pytest.mark.browser
def test_one_way_to_show_time_in_the_room_and_on_the_moderation_queue(
    live_site, page, another_page, meeting
):
    """A moderator whose profile's zone is far from UTC (and from the browser's) sees a held
    share's time in the room and on the review queue the same way, with the same exact time
    on hover and on keyboard focus."""
    from zoneinfo import ZoneInfo

    from accounts.models import User
    from chat.models import Message
    from moderation.models import Rule
    from tests.browser.support import tab_to

    def prepare():
        User.objects.filter(pk=meeting.owner.pk).update(timezone="Pacific/Auckland")
        Rule.objects.create(group=meeting.group, pattern="phone number", kind="phrase")

    elsewhere(prepare)
    _enter(page, live_site, meeting.owner, meeting.occurrence)
    _enter(another_page, live_site, meeting.alice, meeting.occurrence)
    _say(another_page, "Here is my phone number")
    held = page.locator("li.share", has_text="Here is my phone number")
    expect(held).to_contain_text("waiting for a moderator")
    stored = elsewhere(lambda: Message.objects.get(body="Here is my phone number").created_at)
    local = stored.astimezone(ZoneInfo("Pacific/Auckland"))
    today = elsewhere(lambda: dt.datetime.now(ZoneInfo("Pacific/Auckland")).date())
    shown = f"{local:%H:%M}" if local.date() == today else f"{local.day} {local:%b %Y, %H:%M}"
    exact = f"{local:%A} {local.day} {local:%B %Y, %H:%M:%S} (Pacific/Auckland)"
    in_room = held.locator("time")
    expect(in_room).to_have_text(shown)
    expect(in_room).to_have_attribute("title", exact)
    # The browser says UTC; the profile's zone wins, in the page's data too.
    expect(page.locator("#room")).to_have_attribute("data-timezone", "Pacific/Auckland")

    page.goto(live_site(reverse("moderation:queue", kwargs={"slug": meeting.group.slug})))
    on_queue = page.locator("article.review-item", has_text="Here is my phone number").locator(
        "time"
    )
    expect(on_queue).to_have_text(shown)
    expect(on_queue).to_have_attribute("title", exact)
    # The keyboard reaches the time, and focus shows the exact time beside it.
    tab_to(page, on_queue)
    tooltip = on_queue.evaluate("el => getComputedStyle(el, '::after').content")
    assert tooltip == f'"{exact}"', tooltip
    axe_check(page)

    # Back in the room: the same, by keyboard, for the share's time.
    page.goto(live_site(reverse("chat:room", kwargs={"pk": meeting.occurrence.pk})))
    in_room = page.locator("li.share", has_text="Here is my phone number").locator("time")
    expect(in_room).to_have_text(shown)
    tab_to(page, in_room)
    tooltip = in_room.evaluate("el => getComputedStyle(el, '::after').content")
    assert tooltip == f'"{exact}"', tooltip
    another_page.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)


@pytest.mark.browser
def test_turn_timer_mute_and_end_are_said_once_and_never_move_the_focus(
    live_site, page, another_page, meeting
):
    """On a phone, what a screen reader is sent (the recorder) as the chair, in another
    browser, calls Alice to share, starts her timer, mutes her and ends the meeting: each
    once, in the room's own announcement region, while her half-typed share keeps the
    focus; axe finds nothing in each of those states; reduced motion turns scrolling
    animation off."""
    chair = another_page
    page.context.add_init_script(RECORDER)
    page.clock.install()
    page.set_viewport_size(PHONE)
    _enter(page, live_site, meeting.alice, meeting.occurrence)
    _enter(chair, live_site, meeting.owner, meeting.occurrence)
    _say(page, "Glad to be here")
    expect(chair.locator("#room-log")).to_contain_text("Glad to be here")
    page.get_by_role("button", name="Raise my hand").click()
    expect(chair.locator("#room-queue")).to_contain_text("Alice")
    box = page.get_by_label("Your share")
    box.fill("Half a thought")
    page.bring_to_front()
    box.focus()

    chair.get_by_role("button", name="Call the next sharer").click()
    expect(page.locator("#room-notices")).to_contain_text("invites you to share now")
    chair.get_by_label("Share timer (minutes)").fill("1")
    chair.get_by_role("button", name="Start timer").click()
    expect(page.locator("#room-timer")).to_contain_text("Share time left")
    _say(chair, "Take your time, Alice")
    expect(page.locator("#room-log")).to_contain_text("Take your time, Alice")
    # Live updates never take the focus or the draft away.
    expect(box).to_be_focused()
    expect(box).to_have_value("Half a thought")
    axe_check(page)  # live, with a queue and a timer, on a phone

    page.clock.fast_forward("01:02")
    expect(page.locator("#room-notices")).to_contain_text("time is up")
    expect(box).to_be_focused()
    expect(box).to_have_value("Half a thought")

    _act(chair, chair.locator("li.share", has_text="Glad to be here"), "Mute 10 minutes", "")
    expect(page.locator("#room-notices")).to_contain_text("muted", ignore_case=True)
    axe_check(page)  # muted

    chair.get_by_role("button", name="End the meeting").click()
    chair.get_by_role("button", name="Yes, end the meeting").click()
    ended = page.get_by_role("heading", name="The meeting has ended")
    expect(ended).to_be_visible()
    axe_check(page)  # ended

    said = [text for region, text in _announced(page) if region == "room-announcer"]

    def once(words):
        hits = [text for text in said if words.lower() in text.lower()]
        assert len(hits) == 1, (words, said)

    once("invites you to share now")
    once("time is up")
    once("muted you")
    once("The meeting has ended")
    once("Olive: Take your time, Alice")
    # Nothing else reached a live region but the connection's status.
    regions = {region for region, _ in _announced(page)}
    assert regions <= {"room-announcer", "room-connection"}, regions
    # Reduced motion (every test browser asks for it): no smooth scrolling in the log.
    behaviour = page.evaluate(
        "getComputedStyle(document.getElementById('room-scroller')).scrollBehavior"
    )
    assert behaviour == "auto"
    chair.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)


@pytest.mark.browser
def test_a_shares_actions_sit_in_one_menu_that_the_keyboard_opens_and_closes(
    live_site, page, another_page, meeting
):
    """The chair sees one "Actions" button on Alice's share, not a row of buttons: Enter
    opens the menu with every action, Escape closes it and gives the focus back to the
    button, from the button or from inside the menu. The accessibility tree names the log,
    lists the share as its author and text, and holds the room's polite announcer."""
    _enter(page, live_site, meeting.owner, meeting.occurrence)
    _enter(another_page, live_site, meeting.alice, meeting.occurrence)
    _say(another_page, "Hello from Alice")
    share = page.locator("li.share", has_text="Hello from Alice")
    expect(share).to_be_visible()
    menus = share.locator("details.share-actions > summary")
    expect(menus).to_have_count(1)
    expect(menus).to_have_text("Actions for the share by Alice")
    actions = ["Remove message", "Mute 10 minutes", "Remove from meeting", "Ban from group"]
    for name in actions:
        expect(share.get_by_role("button", name=name, exact=True)).to_be_hidden()

    summary = menus.first
    summary.focus()
    page.keyboard.press("Enter")
    for name in actions:
        expect(share.get_by_role("button", name=name, exact=True)).to_be_visible()
    page.keyboard.press("Escape")
    expect(share.get_by_role("button", name="Remove message", exact=True)).to_be_hidden()
    expect(summary).to_be_focused()

    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(share.get_by_role("button", name="Remove message", exact=True)).to_be_focused()
    page.keyboard.press("Escape")
    expect(share.get_by_role("button", name="Remove message", exact=True)).to_be_hidden()
    expect(summary).to_be_focused()
    # Alice's own share offers her no actions at all, so no empty menu either.
    own = another_page.locator("li.share", has_text="Hello from Alice")
    expect(own.locator("details.share-actions")).to_have_count(0)

    # The accessibility tree: a log with its name, holding a list whose item reads as the
    # author and the text; the time, the React and Actions buttons come after them.
    tree = page.locator(".room-chat").aria_snapshot()
    assert '- log "The meeting\'s chat":' in tree, tree
    assert '- list "Shares in this meeting":' in tree, tree
    item = tree.split("- listitem:")[-1]
    assert item.index("Alice") < item.index("Hello from Alice"), item
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "#room-announcer"})
    ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"]})["nodes"][0]
    live = {p["name"]: p["value"]["value"] for p in ax.get("properties", [])}
    assert live.get("live") == "polite" and live.get("atomic") is False, ax
    another_page.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)


# What has the focus, as the keyboard walk below records it.
FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    id: el.id,
    skip: el.classList.contains("skip-link"),
    log: Boolean(el.closest("#room-log")),
    text: (el.textContent || "").trim().slice(0, 60),
    visible: style.outlineStyle !== "none" && style.outlineWidth !== "0px",
  };
}"""


def _back_to_the_button(page, another_page, text):
    """Scrolled up, a share (``text``) waits; Shift+Tab from the composer reaches the
    "1 new message" button."""
    jump = page.locator("#room-jump")
    page.evaluate("document.getElementById('room-scroller').scrollTop = 200")
    _say(another_page, text)
    # The button keeps its last words while hidden: wait for it to show, not for its text.
    expect(jump).to_be_visible()
    expect(jump).to_have_text("1 new message")
    page.get_by_label("Your share").focus()
    page.keyboard.press("Shift+Tab")
    expect(jump).to_be_focused()


@pytest.mark.browser
def test_the_keyboard_walks_the_room_in_order_and_live_updates_never_move_the_focus(
    live_site, page, another_page, meeting
):
    """The chair presses Tab from the skip link: the room's header, the console ("Next
    part", "Go to this part"), "End the meeting", each share's time, React and Actions in
    the log, the composer and "Send" come in that order, each with a visible focus ring.
    Scrolled up with a share waiting, the "N new messages" button sits between the log and
    the composer. New shares arriving leave the focus where it is, on that button and on a
    share's menu."""
    from library.models import SectionKind
    from library.services import script_create, series_script_set

    def prepare():
        script = script_create(
            actor=meeting.owner,
            group=meeting.group,
            title="Our format",
            sections=[
                {"kind": SectionKind.OPENING, "title": "Welcome", "text": "Hello."},
                {"kind": SectionKind.SHARE_ROUND, "title": "Sharing", "text": "Raise a hand."},
            ],
        )
        series_script_set(actor=meeting.owner, series=meeting.occurrence.series, script=script)
        _history(meeting.occurrence, meeting.bob, 20)

    elsewhere(prepare)
    _enter(page, live_site, meeting.owner, meeting.occurrence)
    _enter(another_page, live_site, meeting.bob, meeting.occurrence)
    expect(page.locator("li.share")).to_have_count(20)
    page.evaluate("document.getElementById('room-scroller').scrollTop = 200")
    _say(another_page, "A share while the chair reads back")
    jump = page.locator("#room-jump")
    expect(jump).to_have_text("1 new message")

    # The chair's window is the one in front, as it is for a person at the keyboard: typing
    # in Bob's window last must not leave the keys going to a page nobody is looking at.
    # Bringing a window to the front lands a moment later; until it has, the window's own
    # focus restore can still take the focus back from the skip link.
    page.bring_to_front()
    page.wait_for_function("document.hasFocus()")
    skip = page.locator(".skip-link")
    skip.focus()
    expect(skip).to_be_focused()
    walk = []
    for _ in range(250):
        page.keyboard.press("Tab")
        walk.append(page.evaluate(FOCUSED))
        if walk[-1]["id"] == "room-send":
            break
    hidden = [step for step in walk if not step["visible"]]
    where = [n for n, step in enumerate(walk) if not step["visible"]]
    assert not hidden, f"no visible focus at steps {where} of {len(walk)}: {hidden}"

    def at(test) -> list[int]:
        return [n for n, step in enumerate(walk) if test(step)]

    stops = [(step["id"], step["text"]) for step in walk]

    leave = at(lambda s: s["text"] == "Leave the room")
    console = at(lambda s: s["text"].startswith("The chair's console"))
    nxt, end = at(lambda s: s["id"] == "room-next"), at(lambda s: s["id"] == "room-end-ask")
    go = at(lambda s: s["text"] == "Go to this part")
    log, body = at(lambda s: s["log"]), at(lambda s: s["id"] == "room-body")
    assert leave and console and nxt and len(go) == 2 and end and log and body, str(stops)
    assert leave[0] < console[0] < nxt[0] < go[0] < go[1] < end[0] < log[0], str(stops)
    assert log[-1] < body[0] == len(walk) - 2, str(stops)  # then "Send"
    # Between the log and the composer, at most the new-messages button: reaching the newest
    # share by Tab can bring it into view a moment after the button already had the focus.
    assert [step["id"] for step in walk[log[-1] + 1 : body[0]]] in ([], ["room-jump"]), str(stops)
    # Every share's time, React and Actions menu is a stop, and nothing else in between.
    assert len(log) == 3 * 21 and log == list(range(log[0], log[0] + 3 * 21)), str(stops)
    # (Walking through the log brought the new share into view: the button went away.)
    expect(jump).to_be_hidden()

    # Scrolled up again with a share waiting, the new-messages button sits between the log
    # and the composer; live updates leave the focus on it...
    _back_to_the_button(page, another_page, "And one more")
    assert page.evaluate(FOCUSED)["visible"]
    _say(another_page, "And another")
    expect(jump).to_have_text("2 new messages")
    expect(jump).to_be_focused()
    # ... and on a share's menu in the log.
    page.keyboard.press("Shift+Tab")
    menu = page.locator("li.share", has_text="And another").locator("summary", has_text="Actions")
    expect(menu).to_be_focused()
    _say(another_page, "And a last one")
    expect(page.locator("#room-log")).to_contain_text("And a last one")
    expect(menu).to_be_focused()
    # On the button, the log scrolled to its newest share leaves the button (and the focus)
    # where they are; it goes when the focus moves on.
    _back_to_the_button(page, another_page, "One to scroll down to")
    page.locator("#room-scroller").hover()
    page.mouse.wheel(0, 20000)
    expect(page.locator("li.share", has_text="One to scroll down to")).to_be_in_viewport()
    expect(jump).to_be_focused()
    expect(jump).to_be_visible()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Your share")).to_be_focused()
    expect(jump).to_be_hidden()
    another_page.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)


@pytest.mark.browser
def test_when_a_timed_mute_ends_unmute_goes_from_the_chairs_page(
    live_site, page, another_page, meeting
):
    """The chair mutes Alice for 10 minutes and is offered "Unmute Alice"; when the 10
    minutes are up, the offer goes without anyone doing anything."""
    page.clock.install()
    _enter(page, live_site, meeting.owner, meeting.occurrence)
    _enter(another_page, live_site, meeting.alice, meeting.occurrence)
    _say(another_page, "Hello from Alice")
    _act(page, page.locator("li.share", has_text="Hello from Alice"), "Mute 10 minutes", "")
    expect(another_page.get_by_label("Your share")).to_be_disabled()
    unmute = page.locator("#room-presence").get_by_role("button", name="Unmute Alice")
    expect(unmute).to_be_visible()
    page.clock.fast_forward("10:30")
    expect(unmute).to_have_count(0)
    another_page.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)


@pytest.mark.browser
def test_shares_sent_faster_than_the_limit_wait_then_reach_everyone_in_order(
    live_site, page, another_page, meeting
):
    """Ten shares in a few seconds, on a phone, against a limit of eight in any ten seconds
    (counted in the database call that stores each one): the sender is asked gently to slow
    down and told the share will go, the last two go again by themselves once the window has
    room, and the other
    person gets all ten, in order, and still has them after a reload."""
    page.set_viewport_size({"width": 390, "height": 844})
    _enter(page, live_site, meeting.alice, meeting.occurrence)
    _enter(another_page, live_site, meeting.bob, meeting.occurrence)
    for n in range(1, 11):
        _say(page, f"Quick share {n}")
    expect(page.locator("#room-notices")).to_contain_text(
        "Please slow down a little. Your share will go in a moment."
    )
    screenshot(page, "room-slow-down", bottom="#room-composer")
    shares = another_page.locator("#room-log").get_by_text("Quick share", exact=False)
    expect(shares).to_have_count(8)
    expect(shares).to_have_count(10, timeout=25_000)
    assert shares.all_inner_texts() == [f"Quick share {n}" for n in range(1, 11)]
    another_page.reload()
    expect(another_page.locator("#room-connection")).to_have_text("Connected")
    expect(shares).to_have_count(10)
    assert shares.all_inner_texts() == [f"Quick share {n}" for n in range(1, 11)]
    another_page.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)


def test_on_the_production_channel_layer_shares_reach_the_other_person_in_order(
    live_site, page, another_page, meeting
):
    """On the pub/sub layer (the default, as production runs), each share's event is
    published by its database call and goes to the room's sockets from the task that reads
    it off Redis (kindred/layers.py, chat/fanout.py): what Alice types on her phone reaches
    Bob's desktop at once, in order, once each, and Bob's answer reaches her."""
    page.set_viewport_size(PHONE)
    _enter(page, live_site, meeting.alice, meeting.occurrence)
    _enter(another_page, live_site, meeting.bob, meeting.occurrence)
    for n in range(1, 6):
        _say(page, f"Evening share {n}")
    shares = another_page.locator("#room-log").get_by_text("Evening share", exact=False)
    expect(shares).to_have_count(5)
    assert shares.all_inner_texts() == [f"Evening share {n}" for n in range(1, 6)]
    _say(another_page, "Thank you for sharing, Alice")
    expect(page.locator("#room-log")).to_contain_text("Thank you for sharing, Alice")
    screenshot(page, "room-production-layer-phone", bottom="#room-composer")
    screenshot(another_page, "room-production-layer-desktop", bottom="#room-composer")
    another_page.reload()
    expect(another_page.locator("#room-connection")).to_have_text("Connected")
    expect(shares).to_have_count(5)
    another_page.goto(live_site("/"))
    page.goto(live_site("/"))
    wait_until_room_is_empty(page, meeting.occurrence)
