"""Browser tests against a deployed site, through its proxy: `make deploy-check` runs them.

They are collected only when ``KINDRED_DEPLOY_CHECK_URL`` names the site (for example
``https://localhost:8443``), so `make test` never runs them against nothing. The test
process then has the site's own environment (deploy/check.sh loads its environment file),
so it writes people and meetings straight into the site's database (committed at once:
there is no test database here) and sends room events through the site's Redis.

Fixtures: ``site`` (``site("/path/")`` is an absolute URL), ``person`` (a factory of
signed-up people), ``page``/``another_page`` (Chromium contexts that accept the
self-signed certificate and fail the test on console errors and CSP violations).
``on_worker(page, n)`` sends a browser to one worker (deploy/check.sh's nginx routes the
``kindred_worker`` cookie).
"""

import datetime as dt
import os
import secrets
import shutil

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.browser.conftest import _CSP_LISTENER, CHROMIUM_ARGS

SITE = os.environ.get("KINDRED_DEPLOY_CHECK_URL", "").rstrip("/")
PASSWORD = "a calm and long passphrase 42"
RUN = secrets.token_hex(3)

if not SITE:
    collect_ignore_glob = ["test_*.py"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/deploy/" in item.nodeid:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def django_db_setup():
    """The site's database as it is: no test database is made (or dropped)."""


@pytest.fixture(scope="session", autouse=True)
def _release_socket_connections():
    """The root conftest ends every other session of the test database at the end; here
    that database is the site's, whose workers keep serving."""
    yield


@pytest.fixture(autouse=True)
def _site_database(django_db_blocker):
    with django_db_blocker.unblock():
        yield
        from django.db import connections

        connections.close_all()


@pytest.fixture(scope="session")
def site():
    return lambda path="/": SITE + path


@pytest.fixture
def person():
    """``person("Dana")``: a signed-up person with a confirmed email, named for this run."""
    from allauth.account.models import EmailAddress

    from accounts.models import User

    def make(display_name: str):
        email = f"{display_name.lower()}-{RUN}-{secrets.token_hex(2)}@example.org"
        user = User.objects.create_user(email=email, password=PASSWORD, display_name=display_name)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return user

    return make


def live_meeting(group, *, chair, title="Evening share"):
    """A meeting of ``group`` that started five minutes ago."""
    from meetings.models import MeetingSeries, Occurrence

    start = timezone.now() - dt.timedelta(minutes=5)
    series = MeetingSeries.objects.create(
        group=group,
        title=title,
        chair=chair,
        weekdays=[start.weekday()],
        start_time=start.time(),
        start_date=start.date(),
    )
    return Occurrence.objects.create(
        series=series, original_start=start, start=start, end=start + dt.timedelta(hours=1)
    )


def sign_in(page, site, user) -> None:
    """Through the sign-in form, as a person would."""
    page.goto(site(reverse("account_login")))
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(site(reverse("home")))


def on_worker(page, site, n: int) -> None:
    page.context.add_cookies([{"name": "kindred_worker", "value": str(n), "url": site()}])


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in the test thread; the tests' ORM calls are
    # plain sync code (see tests/browser/conftest.py).
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is missing: run .ci/browser (it installs Debian's chromium).")
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            # The check's certificate is self-signed. ignore_https_errors covers pages but
            # not the service worker's script, which Chromium otherwise refuses to fetch.
            args=[*CHROMIUM_ARGS, "--ignore-certificate-errors"],
        )
        yield browser
        browser.close()
    finally:
        playwright.stop()


@pytest.fixture
def browser_problems():
    return []


def _open(browser, problems):
    context = browser.new_context(
        viewport={"width": 1280, "height": 800},
        locale="en-GB",
        reduced_motion="reduce",
        ignore_https_errors=True,  # the check's certificate is self-signed
    )
    context.set_default_timeout(15_000)
    context.expose_function(
        "__kindredReportCsp", lambda text: problems.append(f"CSP violation: {text}")
    )
    context.add_init_script(_CSP_LISTENER)
    page = context.new_page()

    def on_console(msg):
        if msg.type == "error":
            problems.append(f"console error: {msg.text} ({msg.location})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    return context, page


@pytest.fixture
def page(browser, browser_problems):
    context, page = _open(browser, browser_problems)
    yield page
    context.close()
    if browser_problems:
        pytest.fail("The browser reported problems:\n" + "\n".join(browser_problems))


@pytest.fixture
def another_page(browser, browser_problems, page):
    context, other = _open(browser, browser_problems)
    yield other
    context.close()
