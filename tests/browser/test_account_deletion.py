"""A member deletes their account from the page while a meeting runs: what they said is
erased at once, and the other person in the room sees it as removed at the member's
request, from a former member."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from meetings.models import MeetingSeries, Occurrence
from tests.browser.support import wait_until_room_is_empty

PASSWORD = "a calm and long passphrase 42"


def _sign_in(page, live_site, user):
    page.goto(live_site(reverse("account_login")))
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_site(reverse("home")))


@pytest.mark.browser
def test_deleting_an_account_erases_its_shares_for_the_room_at_once(
    live_site, page, another_page, user_factory, group_factory, member_factory
):
    from chat.models import Message

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
    room_url = live_site(reverse("chat:room", kwargs={"pk": occurrence.pk}))
    for person, p in ((alice, page), (bob, another_page)):
        _sign_in(p, live_site, person)
        p.goto(room_url)
        expect(p.locator("#room-connection")).to_have_text("Connected")
    box = page.get_by_label("Your share")
    box.fill("Something I would rather take back")
    box.press("Enter")
    bob_log = another_page.locator("#room-log")
    expect(bob_log).to_contain_text("Something I would rather take back")

    # Alice leaves for good, from her account pages.
    page.goto(live_site(reverse("accounts:profile")))
    page.get_by_role("link", name="Delete my account").first.click()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand this cannot be undone.").check()
    page.get_by_role("button", name="Delete my account").click()

    share = bob_log.locator("li", has_text="Removed at the member's request.")
    expect(share).to_contain_text("a former member")
    expect(bob_log).not_to_contain_text("Something I would rather take back")
    assert not Message.objects.filter(body__contains="rather take back").exists()
    # A reload shows the same from the history.
    another_page.reload()
    expect(another_page.locator("#room-connection")).to_have_text("Connected")
    expect(another_page.locator("#room-log")).to_contain_text("Removed at the member's request.")
    another_page.goto(live_site("/"))
    wait_until_room_is_empty(another_page, occurrence)
