"""Helpers for browser tests."""

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}


def screenshot_dir() -> Path:
    folder = Path(os.environ.get("KINDRED_SCREENSHOTS", "test-artifacts/screenshots"))
    if not folder.is_absolute():
        folder = ROOT / folder
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screenshot(page, name: str, *, bottom: str | None = None) -> None:
    """Save ``<name>-desktop.png`` (1280x800), ``<name>-phone.png`` (360x740) and
    ``<name>-phone-dark.png``, and check that the page does not scroll sideways on a phone.
    Each is one screenful, as a person first sees it (not the whole page), which keeps the
    files small: the top of the page, or, given ``bottom`` (a CSS selector), the page
    scrolled so that element ends the screen, as a live room opens at its composer."""
    folder = screenshot_dir()
    original = page.viewport_size

    def first_view():
        if bottom is None:
            page.evaluate("window.scrollTo(0, 0)")
        else:
            page.evaluate("s => document.querySelector(s).scrollIntoView({block: 'end'})", bottom)

    try:
        page.set_viewport_size(DESKTOP)
        first_view()
        page.screenshot(path=folder / f"{name}-desktop.png")
        page.set_viewport_size(PHONE)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name}: the page scrolls sideways by {overflow}px at 360px wide"
        first_view()
        page.screenshot(path=folder / f"{name}-phone.png")
        page.emulate_media(color_scheme="dark")
        page.screenshot(path=folder / f"{name}-phone-dark.png")
    finally:
        page.emulate_media(color_scheme="light")
        if original:
            page.set_viewport_size(original)


AXE_SCRIPT = ROOT / "tests" / "browser" / "vendor" / "axe.min.js"


def axe_check(page, *, impacts=("serious", "critical")) -> None:
    """Run axe-core (vendored from npm in tests/browser/vendor/, never fetched) on the
    current page and fail on any violation of the given impacts, listing each one.

    ``page.add_script_tag`` would add an inline script, which our Content Security Policy
    rightly refuses; evaluating the source through the driver is not subject to it."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    bad = []
    # Both themes: contrast is checked against the colours each one really shows.
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        results = page.evaluate(
            "axe.run(document, {resultTypes: ['violations'], "
            "runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', "
            "'wcag22aa', 'best-practice']}})"
        )
        bad += [(scheme, v) for v in results["violations"] if v["impact"] in impacts]
    page.emulate_media(color_scheme="light")
    report = "\n".join(
        f"- [{scheme}] {v['id']} ({v['impact']}): {v['help']}"
        + "".join(
            f"\n    at {' '.join(node['target'])}: "
            + "; ".join(check["message"] for check in node.get("any", []) + node.get("all", []))
            for node in v["nodes"][:5]
        )
        for scheme, v in bad
    )
    assert not bad, f"axe found accessibility problems on {page.url}:\n{report}"


def tab_to(page, target, *, backwards: bool = False, limit: int = 80) -> None:
    """Press Tab (or Shift+Tab) until ``target`` (a locator) has the focus, as a keyboard
    user would, and check that the focus is visible there. Fails if it cannot be reached in
    ``limit`` presses."""
    target.wait_for()
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if target.evaluate("el => el === document.activeElement"):
            style = target.evaluate(
                "el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth] }"
            )
            assert style[0] != "none" and style[1] != "0px", f"no visible focus on {target}"
            return
    raise AssertionError(f"{target} cannot be reached with the Tab key on {page.url}")


def outside_browser_loop(fn, /, *args, **kwargs):
    """Call ``fn`` in a worker thread and return its result.

    Playwright's sync API keeps an event loop running in the test thread, so code that uses
    ``async_to_sync`` (channel layer sends such as kindred.events, after commit) fails there.
    Services that broadcast are called through this from a browser test. Needs
    ``live_site`` (transactional): the worker thread has its own database connection.
    """
    from django.db import connections

    def run():
        try:
            return fn(*args, **kwargs)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


def wait_until_room_is_empty(page, occurrence, *, timeout: float = 10) -> None:
    """Wait until the server has noted every socket of ``occurrence`` as gone (the last
    writes a departure makes), so the test's data can be flushed without racing them."""
    from chat.models import RoomPresence

    deadline = time.monotonic() + timeout
    while RoomPresence.objects.filter(occurrence=occurrence).exists():
        assert time.monotonic() < deadline, "the room still has open sockets"
        page.wait_for_timeout(100)
    page.wait_for_timeout(300)  # the departure's broadcast reads after the delete
