"""The browser-test helpers themselves."""

import pytest
from asgiref.sync import async_to_sync

from accounts.models import User
from tests.browser.support import outside_browser_loop


async def _answer() -> int:
    return 42


@pytest.mark.browser
def test_outside_browser_loop_runs_what_the_playwright_thread_cannot(live_site, page, user_factory):
    page.goto(live_site("/"))
    with pytest.raises(RuntimeError):
        async_to_sync(_answer)()
    assert outside_browser_loop(async_to_sync(_answer)) == 42
    user_factory(display_name="Committed")
    assert outside_browser_loop(lambda: User.objects.filter(display_name="Committed").count()) == 1


@pytest.mark.browser
def test_a_csp_violation_fails_the_page(live_site, page, browser_problems):
    page.goto(live_site("/"))
    page.evaluate(
        "() => { const s = document.createElement('div');"
        " s.setAttribute('style', 'color: red'); document.body.append(s); }"
    )
    page.wait_for_timeout(200)
    assert any(p.startswith("CSP violation: style-src") for p in browser_problems), browser_problems
    browser_problems.clear()  # expected here; any other test would fail on it
