"""The browser fixtures of tests/browser (Debian's Chromium, a real daphne), for the
security checks that need a real browser."""

from tests.browser.conftest import (  # noqa: F401 - fixtures
    _orm_beside_playwright,
    browser,
    browser_problems,
    page,
)
from tests.chat.conftest import occurrence_factory  # noqa: F401 - fixture
from tests.livesite import daphne_server, live_site  # noqa: F401 - fixtures
