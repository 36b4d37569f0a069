"""The installable app: the service worker registers with the whole site as its scope, the
manifest is valid, and a push message shows a notification. A newcomer asks to join in one
browser; the moderator's browser shows the discreet notification the server built for
them, delivered through Chromium's DevTools protocol (ServiceWorker.deliverPushMessage)."""

import json
import time

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.notifications.delivery import push_payload
from accounts.notifications.events import event_recipients
from accounts.notifications.kinds import Kind
from accounts.notifications.models import PushDevice
from groups.models import JoinPolicy, JoinRequest, Membership, Role
from tests.browser.support import axe_check, screenshot
from tests.browser.support import outside_browser_loop as elsewhere

PASSWORD = "a calm and long passphrase 42"


def _person(email: str, name: str):
    from allauth.account.models import EmailAddress

    from accounts.models import User

    user = User.objects.create_user(email=email, password=PASSWORD, display_name=name)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def _log_in(page, live_site, email):
    page.goto(live_site(reverse("account_login")))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_site(reverse("home")))


def _worker_registration(page, live_site) -> tuple[object, str]:
    """The page's service worker registration id, through the DevTools protocol."""
    cdp = page.context.new_cdp_session(page)
    registrations: dict[str, str] = {}
    cdp.on(
        "ServiceWorker.workerRegistrationUpdated",
        lambda event: registrations.update(
            {r["scopeURL"]: r["registrationId"] for r in event["registrations"]}
        ),
    )
    cdp.send("ServiceWorker.enable")
    deadline = time.monotonic() + 10
    while live_site("/") not in registrations:
        assert time.monotonic() < deadline, f"no service worker for the site: {registrations}"
        page.wait_for_timeout(100)
    return cdp, registrations[live_site("/")]


def _notifications(page) -> list[dict]:
    return page.evaluate(
        """async () => {
            const registration = await navigator.serviceWorker.ready;
            const shown = await registration.getNotifications();
            return shown.map((n) => ({title: n.title, body: n.body, url: n.data.url}));
        }"""
    )


@pytest.mark.browser
def test_moderator_sees_a_discreet_push_notification_when_someone_asks_to_join(
    live_site, page, another_page, settings
):
    from groups.services import group_create

    settings.SITE_URL = live_site.url  # links in what the server builds point at this site
    owner = _person("owner@example.org", "Olive")
    newcomer = _person("newcomer@example.org", "Nia")
    group = group_create(
        owner=owner,
        name="Gamblers Anonymous Harbour",
        topic="gambling",
        join_policy=JoinPolicy.APPROVAL,
    )
    assert Membership.objects.get(group=group, user=owner).role == Role.OWNER

    # The moderator's browser: the app's service worker takes the whole site.
    moderator_page = another_page
    moderator_page.context.grant_permissions(["notifications"], origin=live_site.url)
    _log_in(moderator_page, live_site, "owner@example.org")
    moderator_page.goto(live_site(reverse("accounts:profile")))
    scope = moderator_page.evaluate("async () => (await navigator.serviceWorker.ready).scope")
    assert scope == live_site("/")
    cdp, registration_id = _worker_registration(moderator_page, live_site)
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == [], manifest["errors"]
    assert json.loads(manifest["data"])["display"] == "standalone"
    expect(moderator_page.get_by_role("heading", name="Notifications", exact=True)).to_be_visible()

    # The newcomer asks to join, with clicks.
    _log_in(page, live_site, "newcomer@example.org")
    page.goto(live_site(reverse("groups:join", kwargs={"slug": group.slug})))
    page.get_by_label("A message for the moderators (optional)").fill("Hello")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_text("Your request is sent. A moderator will answer soon.")).to_be_visible()
    request = JoinRequest.objects.get(user=newcomer)

    # What the server sends the moderator, delivered to their browser as a push message.
    event = elsewhere(event_recipients, Kind.JOIN_REQUEST, {"request": request.pk})
    [(person, note)] = event.notes
    assert person == owner
    cdp.send(
        "ServiceWorker.deliverPushMessage",
        {
            "origin": live_site.url,
            "registrationId": registration_id,
            "data": json.dumps(push_payload(note)),
        },
    )
    deadline = time.monotonic() + 10
    while not (shown := _notifications(moderator_page)):
        assert time.monotonic() < deadline, "no notification was shown"
        moderator_page.wait_for_timeout(100)
    assert shown == [
        {
            "title": "A request is waiting",
            "body": "Someone asks to join a group you moderate.",
            "url": live_site(f"/groups/{group.slug}/members/"),
        }
    ]
    # Nothing on the lock screen says what kind of group it is.
    for word in ("Gamblers", "Harbour", "gambling", "Nia"):
        assert word not in json.dumps(shown)

    # With the network gone, the app still answers: the offline page, from the worker.
    moderator_page.context.set_offline(True)
    moderator_page.goto(live_site(reverse("groups:directory")))
    expect(moderator_page.get_by_role("heading", name="You're offline")).to_be_visible()
    moderator_page.context.set_offline(False)


@pytest.mark.browser
def test_devices_are_renamed_and_removed_on_the_profile(live_site, page, another_page):
    person = _person("me@example.org", "Me")
    other = _person("other@example.org", "Other")
    PushDevice.objects.create(
        user=person,
        name="Chrome on Android",
        endpoint="https://fcm.googleapis.com/fcm/send/one",
        p256dh="x",
        auth="y",
    )
    PushDevice.objects.create(
        user=other,
        name="Their laptop",
        endpoint="https://fcm.googleapis.com/fcm/send/two",
        p256dh="x",
        auth="y",
    )
    _log_in(page, live_site, "me@example.org")
    page.goto(live_site(reverse("accounts:profile")))
    devices = page.get_by_role("list", name="Devices that get push notifications")
    expect(devices).to_contain_text("Chrome on Android")
    expect(devices).not_to_contain_text("Their laptop")
    axe_check(page)
    screenshot(page, "profile-notifications")

    page.get_by_label("Name", exact=True).fill("My phone")
    page.get_by_role("button", name="Rename Chrome on Android").click()
    expect(page.get_by_text("The device is renamed.")).to_be_visible()
    expect(page.get_by_label("Name", exact=True)).to_have_value("My phone")

    # Email off for the review digest, push off for security: saved and shown again.
    page.get_by_label("Email: Messages wait in a review queue you look after").uncheck()
    page.get_by_role("button", name="Save notification choices").click()
    expect(page.get_by_text("Your notification choices are saved.")).to_be_visible()
    expect(
        page.get_by_label("Email: Messages wait in a review queue you look after")
    ).not_to_be_checked()

    page.get_by_role("button", name="Remove My phone").click()
    expect(page.get_by_text("No device gets push notifications yet.")).to_be_visible()
    assert list(PushDevice.objects.values_list("name", flat=True)) == ["Their laptop"]

    # The other person's profile still lists their own device.
    _log_in(another_page, live_site, "other@example.org")
    another_page.goto(live_site(reverse("accounts:profile")))
    expect(
        another_page.get_by_role("list", name="Devices that get push notifications")
    ).to_contain_text("Their laptop")
