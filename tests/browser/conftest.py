"""Browser tests: Playwright (sync API) driving Debian's Chromium against a real daphne.

Fixtures: ``live_site`` (the server, with committed data), ``browser`` (this package),
``page`` (a fresh context per test that fails the test on any console error, page error or
CSP violation), ``another_page`` (a second person's browser, watched the same way),
``browser_problems`` (that list, for a test to inspect). Helper:
``tests.browser.support.screenshot(page, name)``. Never downloads a browser.
"""

import os
import shutil

import pytest

from tests.livesite import daphne_server, live_site  # noqa: F401 - fixtures

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# Reports every Content Security Policy violation to the test (injected by the driver, so
# the page's own CSP does not apply to it).
_CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__kindredReportCsp(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
    `at ${event.sourceFile || document.location.href}:${event.lineNumber}`
  );
});
"""


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="package")
def _orm_beside_playwright():
    """Playwright's sync API keeps an event loop running in the test thread, which Django's
    async-safety check mistakes for async code. The tests' own ORM calls are plain sync
    code, so allow them while the browser runs (and only then: the package scope ends
    before the next test folder starts)."""
    old = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if old is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = old


@pytest.fixture(scope="package")
def browser(_orm_beside_playwright):
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is missing: run .ci/browser (it installs Debian's chromium).")
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    finally:
        playwright.stop()


@pytest.fixture
def browser_problems():
    """Console errors, uncaught page errors and CSP violations seen during the test."""
    return []


def _open_page(browser, browser_problems, **options):
    """A fresh context and page that report console errors, page errors and CSP violations
    into ``browser_problems``. ``options`` go to the context (a ``timezone_id``, say).
    Returns (context, page)."""
    context = browser.new_context(
        **{
            "viewport": {"width": 1280, "height": 800},
            "locale": "en-GB",
            # No transitions: checks and screenshots see the final colours.
            "reduced_motion": "reduce",
            **options,
        }
    )
    context.set_default_timeout(10_000)
    context.expose_function(
        "__kindredReportCsp", lambda text: browser_problems.append(f"CSP violation: {text}")
    )
    context.add_init_script(_CSP_LISTENER)
    page = context.new_page()
    # A page answered with 4xx (a form sent back with its errors, a refusal) is expected
    # behaviour, not a problem; Chromium still logs it as a console error. Failed
    # subresources (scripts, styles, images, fetches) remain problems.
    refused_pages: set[str] = set()

    def on_response(response):
        if response.request.is_navigation_request() and response.status >= 400:
            refused_pages.add(response.url)

    def on_console(msg):
        if msg.type != "error":
            return
        if msg.text.startswith("Failed to load resource") and msg.location.get("url") in (
            refused_pages
        ):
            return
        browser_problems.append(f"console {msg.type}: {msg.text} ({msg.location})")

    page.on("response", on_response)
    page.on("console", on_console)
    page.on("pageerror", lambda error: browser_problems.append(f"page error: {error}"))
    return context, page


@pytest.fixture
def page(browser, browser_problems):
    context, page = _open_page(browser, browser_problems)
    yield page
    context.close()
    if browser_problems:
        pytest.fail("The browser reported problems:\n" + "\n".join(browser_problems))


@pytest.fixture
def another_page(browser, browser_problems, page):
    """A second person's browser (its own context and cookies), watched like ``page``:
    its problems fail the test too."""
    context, other = _open_page(browser, browser_problems)
    yield other
    context.close()
