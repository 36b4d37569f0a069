"""A deploy restarts the worker two people are on: their room pages move to the other worker
by themselves, show nothing alarming, and miss nothing said meanwhile.

Two real daphne workers behind a small TCP proxy that does what the site's nginx does with
its list of workers: a connection goes to the first worker that takes it."""

import asyncio
import contextlib
import datetime as dt
import signal
import threading
import time

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from meetings.models import MeetingSeries, Occurrence
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.support import screenshot
from tests.chat.workers import Worker, free_port

# Every text the connection line showed, in order.
_WATCH_CONNECTION = """
window.__connection = [];
new MutationObserver(() => {
  window.__connection.push(document.getElementById("room-connection").textContent);
}).observe(document.getElementById("room-connection"), {childList: true, characterData: true,
  subtree: true});
"""


class Proxy:
    """Forwards each connection on ``port`` to the first of ``upstreams`` that accepts it."""

    def __init__(self, upstreams: list[int]):
        self.port = free_port()
        self.upstreams = upstreams
        self.writers: set = set()
        self.loop = asyncio.new_event_loop()
        self.started = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        self.started.wait(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(
            asyncio.start_server(self._serve, "127.0.0.1", self.port)
        )
        self.server = server
        self.started.set()
        self.loop.run_forever()

    async def _serve(self, reader, writer) -> None:
        self.writers.add(writer)
        for port in self.upstreams:
            try:
                up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)
                self.writers.add(up_writer)
                break
            except OSError:
                continue
        else:
            writer.close()
            return

        async def pipe(src, dst):
            with contextlib.suppress(Exception):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            with contextlib.suppress(Exception):
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    async def _close(self) -> None:
        # Every connection closed before the loop stops: nothing left for the collector.
        self.server.close()
        for writer in self.writers:
            writer.close()
        for writer in self.writers:
            with contextlib.suppress(Exception):
                await writer.wait_closed()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._close(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


@pytest.fixture
def site(transactional_db):
    drain = {"KINDRED_DRAIN_SPREAD_SECONDS": "2", "KINDRED_DRAIN_SECONDS": "8"}
    workers = [Worker(free_port(), **drain), Worker(free_port(), **drain)]
    for worker in workers:
        worker.wait_ready()
    proxy = Proxy([w.port for w in workers])
    yield proxy, workers
    proxy.stop()
    for worker in workers:
        worker.stop()


def _meeting_under_way(group, chair, title: str) -> Occurrence:
    """A meeting of ``group`` that started five minutes ago and runs for an hour."""
    now = timezone.now()
    series = MeetingSeries.objects.create(
        group=group,
        title=title,
        chair=chair,
        start_time=dt.time(19, 0),
        start_date=now.date(),
        weekdays=[now.weekday()],
    )
    return Occurrence.objects.create(
        series=series,
        original_start=now - dt.timedelta(minutes=5),
        start=now - dt.timedelta(minutes=5),
        end=now + dt.timedelta(minutes=55),
    )


def _wait_until(check, timeout: float = 10) -> None:
    # Polled from here: the page's Content Security Policy forbids evaluating strings.
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


def _open_room(browser, port, user, occurrence, problems):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.set_default_timeout(15_000)
    url = f"http://127.0.0.1:{port}"
    context.add_cookies([{"name": "sessionid", "value": _session_cookie(user), "url": url}])
    page = context.new_page()
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "console",
        lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None,
    )
    page.goto(url + reverse("chat:room", kwargs={"pk": occurrence.pk}))
    expect(page.locator("#room-connection")).to_have_text("Connected")
    page.evaluate(_WATCH_CONNECTION)
    return context, page


@pytest.mark.browser
def test_room_pages_follow_a_graceful_restart_to_the_other_worker(
    browser, site, user_factory, group_factory, member_factory
):
    from chat.posting import message_post

    proxy, (first, _second) = site
    owner = user_factory(display_name="Olive")
    group = group_factory(owner=owner, name="Thursday Circle")
    alice = member_factory(group, Role.MEMBER, display_name="Alice")
    bob = member_factory(group, Role.MEMBER, display_name="Bob")
    occurrence = _meeting_under_way(group, owner, "Thursday share")
    problems: list[str] = []
    alice_context, alice_page = _open_room(browser, proxy.port, alice, occurrence, problems)
    bob_context, bob_page = _open_room(browser, proxy.port, bob, occurrence, problems)
    try:
        box = alice_page.get_by_label("Your share")
        box.fill("Before the deploy")
        box.press("Enter")
        expect(bob_page.locator("#room-log")).to_contain_text("Before the deploy")

        # The deploy restarts the first worker (systemd sends SIGTERM); something is said
        # while it hands its people over.
        first.proc.send_signal(signal.SIGTERM)
        elsewhere(
            message_post,
            occurrence=occurrence,
            author=bob,
            body="Said during the restart",
            client_id="during-restart-1",
        )
        for page in (alice_page, bob_page):
            # Each page was moved: it saw "Connecting…", then came back by itself.
            _wait_until(lambda p=page: "Connecting…" in p.evaluate("window.__connection"))
            expect(page.locator("#room-connection")).to_have_text("Connected", timeout=15_000)
            log = page.locator("#room-log")
            expect(log).to_contain_text("Said during the restart")
            expect(log.locator("li")).to_have_count(2)
            shown = page.evaluate("window.__connection")
            assert not any("lost" in text or "Disconnected" in text for text in shown), shown
        first.proc.wait(timeout=10)

        # Still one room: what Bob says now reaches Alice through the other worker.
        bob_box = bob_page.get_by_label("Your share")
        bob_box.fill("After the deploy")
        bob_box.press("Enter")
        expect(alice_page.locator("#room-log")).to_contain_text("After the deploy")
        expect(alice_page.locator("#room-log li")).to_have_count(3)
    finally:
        alice_context.close()
        bob_context.close()
    assert not problems, problems


@pytest.mark.browser
def test_room_pages_come_back_after_their_worker_is_killed_and_miss_nothing(
    browser, site, user_factory, group_factory, member_factory
):
    """A worker dies without a word (SIGKILL) under two people's room pages: both come
    back by themselves through the other worker, where a third person stayed and spoke
    meanwhile; each page shows every share once, and the room goes on as one."""
    proxy, (first, second) = site
    owner = user_factory(display_name="Olive")
    group = group_factory(owner=owner, name="Friday Circle")
    people = {
        name: member_factory(group, Role.MEMBER, display_name=name)
        for name in ("Alice", "Bob", "Carol")
    }
    occurrence = _meeting_under_way(group, owner, "Friday share")
    problems: list[str] = []
    opened = {
        # Alice and Bob through the site's proxy (the first worker); Carol on the second.
        name: _open_room(browser, port, people[name], occurrence, problems)
        for name, port in (("Alice", proxy.port), ("Bob", proxy.port), ("Carol", second.port))
    }
    pages = {name: page for name, (_context, page) in opened.items()}
    try:
        _say(pages["Alice"], "Before the worker died")
        for page in pages.values():
            expect(page.locator("#room-log")).to_contain_text("Before the worker died")

        first.proc.send_signal(signal.SIGKILL)
        first.proc.wait(timeout=10)
        _say(pages["Carol"], "Said while you were away")
        for name in ("Alice", "Bob"):
            page = pages[name]
            _wait_until(lambda p=page: "Connecting…" in p.evaluate("window.__connection"))
            expect(page.locator("#room-connection")).to_have_text("Connected", timeout=15_000)
            log = page.locator("#room-log")
            expect(log).to_contain_text("Said while you were away")
            expect(log.locator("li")).to_have_count(2)

        # One room still: Bob, now on the second worker, reaches Carol and Alice.
        _say(pages["Bob"], "Back with you")
        for page in pages.values():
            expect(page.locator("#room-log")).to_contain_text("Back with you")
            expect(page.locator("#room-log li")).to_have_count(3)
        screenshot(pages["Bob"], "room-after-its-worker-died", bottom="#room-bottom")
    finally:
        for context, _page in opened.values():
            context.close()
    # A killed worker's sockets fail; anything else the pages log is a problem.
    assert not [p for p in problems if "WebSocket" not in p], problems


def _say(page, text: str) -> None:
    box = page.get_by_label("Your share")
    box.fill(text)
    box.press("Enter")
