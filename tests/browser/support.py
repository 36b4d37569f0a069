"""Helpers for browser tests."""

import os
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


def screenshot(page, name: str) -> None:
    """Save ``<name>-desktop.png`` (1280x800) and ``<name>-phone.png`` (360x740), and check
    that the page does not scroll sideways on a phone."""
    folder = screenshot_dir()
    original = page.viewport_size
    try:
        page.set_viewport_size(DESKTOP)
        page.screenshot(path=folder / f"{name}-desktop.png", full_page=True)
        page.set_viewport_size(PHONE)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name}: the page scrolls sideways by {overflow}px at 360px wide"
        page.screenshot(path=folder / f"{name}-phone.png", full_page=True)
    finally:
        if original:
            page.set_viewport_size(original)
