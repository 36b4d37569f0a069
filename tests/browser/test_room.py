"""Two members in one live meeting chat in real time in the browser, and after the server
restarts mid-meeting both resume with nothing lost and nothing doubled."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from meetings.models import MeetingSeries, Occurrence
from tests.browser.support import outside_browser_loop as elsewhere
from tests.chat.workers import Worker, free_port

# Failed connections while the server is down are expected; anything else is a problem.
EXPECTED_WHILE_DOWN = ("WebSocket", "ERR_CONNECTION_REFUSED", "Failed to load resource")


def _session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


@pytest.fixture
def server(transactional_db):
    worker = Worker(free_port())
    worker.wait_ready()
    yield worker
    worker.stop()


def _open_room(browser, server, user, occurrence, problems):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.set_default_timeout(15_000)
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": elsewhere(_session_cookie, user),
                "url": f"http://127.0.0.1:{server.port}",
            }
        ]
    )
    page = context.new_page()
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "console",
        lambda msg: (
            problems.append(f"console: {msg.text}")
            if msg.type == "error" and not any(s in msg.text for s in EXPECTED_WHILE_DOWN)
            else None
        ),
    )
    url = f"http://127.0.0.1:{server.port}" + reverse("chat:room", kwargs={"pk": occurrence.pk})
    page.goto(url)
    expect(page.locator("#room-connection")).to_have_text("Connected")
    return context, page


def _say(page, text):
    box = page.get_by_label("Your share")
    box.fill(text)
    box.press("Enter")


@pytest.mark.browser
def test_two_members_chat_raise_hands_react_and_survive_a_restart(
    browser, server, user_factory, group_factory, member_factory
):
    from chat.models import Message
    from chat.posting import message_post

    owner = user_factory(display_name="Olive")
    group = group_factory(owner=owner, name="Tuesday Circle")
    alice = member_factory(group, Role.MEMBER, display_name="Alice")
    bob = member_factory(group, Role.MEMBER, display_name="Bob")
    now = timezone.now()
    series = MeetingSeries.objects.create(
        group=group,
        title="Tuesday share",
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
    problems: list[str] = []
    alice_context, alice_page = _open_room(browser, server, alice, occurrence, problems)
    bob_context, bob_page = _open_room(browser, server, bob, occurrence, problems)
    try:
        alice_log = alice_page.locator("#room-log")
        bob_log = bob_page.locator("#room-log")
        expect(alice_page.locator("#room-presence")).to_contain_text("Bob")

        # Messages both ways; Shift+Enter makes a new line instead of sending.
        _say(alice_page, "Hello **everyone**")
        expect(bob_log.locator("li strong", has_text="everyone")).to_be_visible()
        bob_box = bob_page.get_by_label("Your share")
        bob_box.fill("First line")
        bob_box.press("Shift+Enter")
        bob_box.type("second line")
        bob_box.press("Enter")
        expect(alice_log).to_contain_text("second line")
        expect(alice_log.locator("li")).to_have_count(2)
        # Hostile text arrives as text.
        _say(bob_page, "<img src=x onerror=alert(1)>")
        expect(alice_log).to_contain_text("<img src=x onerror=alert(1)>")
        assert alice_log.locator("img").count() == 0

        # Hands.
        bob_page.get_by_role("button", name="Raise my hand").click()
        expect(alice_page.locator("#room-queue")).to_contain_text("Bob")
        bob_page.get_by_role("button", name="Lower my hand").click()
        expect(alice_page.locator("#room-queue li")).to_have_count(0)

        # Reactions: none shown until somebody reacts; one "React" control until then.
        expect(bob_page.locator("#share-2 .reaction-chips button")).to_have_count(0)
        alice_page.locator("#share-2 summary", has_text="React").click()
        alice_page.locator("#share-2").get_by_role("button", name="Hug").click()
        expect(bob_page.locator("#share-2 [data-reaction=hug] .reaction-count")).to_have_text("1")
        expect(alice_page.locator("#share-2 [data-reaction=hug]")).to_have_attribute(
            "aria-pressed", "true"
        )

        # The server restarts mid-meeting: a message stored meanwhile and one Alice sends
        # while disconnected both arrive once for everyone.
        server.stop()
        expect(alice_page.locator("#room-connection")).to_contain_text("Reconnecting")
        elsewhere(
            message_post,
            occurrence=occurrence,
            author=bob,
            body="Sent while the server was away",
            client_id="while-down-1",
        )
        alice_page.get_by_label("Your share").fill("Alice typed this offline")
        alice_page.get_by_label("Your share").press("Enter")
        server.start_on(server.port)
        server.wait_ready()
        for page in (alice_page, bob_page):
            expect(page.locator("#room-connection")).to_have_text("Connected", timeout=40_000)
            log = page.locator("#room-log")
            expect(log).to_contain_text("Sent while the server was away")
            expect(log).to_contain_text("Alice typed this offline")
            expect(log.locator("li")).to_have_count(5)
        assert Message.objects.filter(occurrence=occurrence).count() == 5
    finally:
        alice_context.close()
        bob_context.close()
    assert not problems, problems
