"""In the real browser, hostile text runs nothing: every page that shows a person's text
(and the readings view, which renders live announcements from the socket) is opened with
all of tests/security/xss_payloads.txt in it. A dialog fails the test, a payload that runs
sets a flag (alert, confirm, prompt and print are replaced by the flag), and the ``page``
fixture fails on any CSP violation, console error or page error."""

import pytest
from django.test import Client

from tests.browser.support import outside_browser_loop as elsewhere
from tests.security.test_xss import build_hostile, pages

pytestmark = pytest.mark.browser

_TRAP = """
window.__xssRan = false;
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = () => { window.__xssRan = true; };
}
"""


def test_no_script_runs_and_no_dialog_opens_on_any_page_with_hostile_text(
    live_site, page, user_factory, group_factory, member_factory, occurrence_factory, settings
):
    settings.KINDRED_RATE_LIMIT_MESSAGES = 100_000
    settings.KINDRED_NEW_MEMBER_LINK_MESSAGES = 0
    h = elsewhere(
        build_hostile,
        user_factory=user_factory,
        group_factory=group_factory,
        member_factory=member_factory,
        occurrence_factory=occurrence_factory,
    )
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.context.add_init_script(_TRAP)
    client = Client()
    elsewhere(client.force_login, h.owner)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_site()}]
    )
    for path in pages(h):
        response = page.goto(live_site(path))
        assert response.status == 200, path
        if "/readings/" in path:
            # Announcements come over the socket and are put in with innerHTML.
            page.wait_for_function(
                f"document.querySelectorAll('li.announcement').length >= {len(h.chunks)}"
            )
        page.wait_for_load_state("load")
        page.wait_for_timeout(200)
        assert page.evaluate("window.__xssRan") is False, path
        assert not dialogs, (path, dialogs)
        assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
        handlers = page.evaluate(
            """[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
                 .filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))"""
        )
        assert handlers == [], (path, handlers[:5])
