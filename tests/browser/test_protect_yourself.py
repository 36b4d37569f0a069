"""People protect themselves in the room, driven through the pages only: a member mutes
someone for themselves (their messages fold into "N messages from someone you muted", on
history, live and after a reload; nobody else's room changes and the muted person is never
told) and unmutes them from their profile; hidden topics fold a share whose content warning
names one; the author of a held or removed message is told privately and kindly why; role
badges in Here now and the queue; and after a ban, the person's messages of the current and
recent meetings disappear for everyone in a room, from the room's ban dialog and from the
group's moderation page."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from groups.models import Role
from meetings.models import MeetingSeries, Occurrence
from tests.browser.conftest import _open_page
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.support import wait_until_room_is_empty
from tests.browser.test_room import _session_cookie


def _sign_in(page, live_site, user):
    page.context.add_cookies(
        [{"name": "sessionid", "value": elsewhere(_session_cookie, user), "url": live_site()}]
    )


def _enter(page, live_site, user, occurrence):
    _sign_in(page, live_site, user)
    page.goto(live_site(reverse("chat:room", kwargs={"pk": occurrence.pk})))
    expect(page.locator("#room-connection")).to_have_text("Connected")


def _say(page, text, *, warning=None):
    if warning:
        if not page.locator(".room-composer-more").evaluate("el => el.open"):
            page.locator(".room-composer-more summary").click()
        page.get_by_label("Content warning").fill(warning)
    box = page.get_by_label("Your share")
    box.fill(text)
    box.press("Enter")


def _meeting(group, *, title="Tuesday share", started_minutes_ago=5, minutes=60, chair=None):
    now = timezone.now()
    start = now - dt.timedelta(minutes=started_minutes_ago)
    series = MeetingSeries.objects.create(
        group=group,
        title=title,
        chair=chair,
        start_time=dt.time(19, 0),
        start_date=start.date(),
        weekdays=[start.weekday()],
    )
    return Occurrence.objects.create(
        series=series,
        original_start=start,
        start=start,
        end=start + dt.timedelta(minutes=minutes),
    )


@pytest.fixture
def circle(user_factory, group_factory, member_factory):
    owner = user_factory(display_name="Olive")
    group = group_factory(owner=owner, name="Tuesday Circle")
    people = {
        "group": group,
        "owner": owner,
        "mira": member_factory(group, Role.MODERATOR, display_name="Mira"),
        "ann": member_factory(group, Role.MEMBER, display_name="Ann"),
        "ben": member_factory(group, Role.MEMBER, display_name="Ben"),
    }
    people["occurrence"] = _meeting(group, chair=owner)
    return type("Circle", (), people)


def _leave(live_site, *pages):
    for page in pages:
        page.goto(live_site("/"))


@pytest.mark.browser
def test_mute_someone_for_yourself(
    live_site, browser, browser_problems, page, another_page, circle
):
    from accounts.models import PersonalMute

    mira_page, ann_page = page, another_page
    ben_context, ben_page = _open_page(browser, browser_problems)
    try:
        _enter(mira_page, live_site, circle.mira, circle.occurrence)
        _enter(ann_page, live_site, circle.ann, circle.occurrence)
        _enter(ben_page, live_site, circle.ben, circle.occurrence)
        ann_log, mira_log = ann_page.locator("#room-log"), mira_page.locator("#room-log")

        # Role badges: the moderator carries one in Here now and in the queue; Ben none.
        here = ann_page.locator("#room-presence li")
        expect(here.filter(has_text="Mira").locator(".role-badge")).to_have_text("Moderator")
        expect(here.filter(has_text="Ben").locator(".role-badge")).to_have_count(0)
        mira_page.get_by_role("button", name="Raise my hand").click()
        hand = ann_page.locator("#room-queue li", has_text="Mira")
        expect(hand.locator(".role-badge")).to_have_text("Moderator")
        mira_page.get_by_role("button", name="Lower my hand").click()
        expect(ann_page.locator("#room-queue li")).to_have_count(0)

        _say(ben_page, "First thing from Ben")
        _say(ben_page, "Second thing from Ben")
        share = ann_log.locator("li.share", has_text="Second thing from Ben")
        share.locator("summary", has_text="Actions").click()
        share.get_by_role("button", name="Mute for me").click()
        run = ann_log.locator(".share-muted-run")
        expect(run).to_have_count(1)
        expect(run).to_contain_text("2 messages from someone you muted.")
        expect(run.get_by_role("button", name="Show")).to_be_focused()
        expect(ann_log.get_by_text("First thing from Ben")).to_be_hidden()
        expect(ann_page.locator("#room-notices")).to_contain_text("they are not told")

        # Live: a new message of Ben's joins the run; one from Mira breaks it.
        _say(ben_page, "Third thing from Ben")
        expect(run).to_contain_text("3 messages from someone you muted.")
        _say(mira_page, "Welcome, everyone")
        expect(ann_log.get_by_text("Welcome, everyone")).to_be_visible()
        _say(ben_page, "Fourth thing from Ben")
        expect(run).to_have_count(2)
        expect(run.nth(1)).to_contain_text("1 message from someone you muted.")

        # Nobody else is affected, and Ben is never told.
        for text in ("First", "Second", "Third", "Fourth"):
            expect(mira_log.get_by_text(f"{text} thing from Ben")).to_be_visible()
        expect(mira_log.locator(".share-muted-run")).to_have_count(0)
        expect(ben_log := ben_page.locator("#room-log")).to_contain_text("Fourth thing from Ben")
        expect(ben_log.locator(".share-muted-run")).to_have_count(0)
        expect(ben_page.locator("#room-notices")).not_to_contain_text("mute")
        assert PersonalMute.objects.filter(viewer=circle.ann, muted=circle.ben).count() == 1

        # History after a reload is folded the same way; "Show" opens one run only.
        ann_page.reload()
        expect(ann_page.locator("#room-connection")).to_have_text("Connected")
        expect(run).to_have_count(2)
        run.first.get_by_role("button", name="Show").click()
        expect(ann_log.get_by_text("First thing from Ben")).to_be_visible()
        expect(ann_log.get_by_text("Third thing from Ben")).to_be_visible()
        expect(ann_log.get_by_text("Fourth thing from Ben")).to_be_hidden()
        expect(run).to_have_count(1)

        # Unmuted from the profile page: the room shows everything again.
        ann_page.goto(live_site(reverse("accounts:profile")))
        mutes = ann_page.locator("#personal-mutes")
        expect(mutes).to_contain_text("Ben")
        mutes.get_by_role("button", name="Unmute Ben").click()
        expect(ann_page.locator("#personal-mutes-none")).to_have_text("You haven't muted anyone.")
        assert not PersonalMute.objects.exists()
        ann_page.goto(live_site(reverse("chat:room", kwargs={"pk": circle.occurrence.pk})))
        expect(ann_log.get_by_text("Fourth thing from Ben")).to_be_visible()
        expect(ann_log.locator(".share-muted-run")).to_have_count(0)
    finally:
        _leave(live_site, ben_page)
        ben_context.close()
    _leave(live_site, ann_page, mira_page)
    wait_until_room_is_empty(mira_page, circle.occurrence)


@pytest.mark.browser
def test_hide_shares_about_topics_you_chose(live_site, page, another_page, circle):
    ann_page, ben_page = page, another_page
    _sign_in(ann_page, live_site, circle.ann)
    ann_page.goto(live_site(reverse("accounts:profile")))
    topics = ann_page.get_by_label("Hide shares about")
    topics.fill("alcohol, <b>")
    ann_page.get_by_role("button", name="Save hidden topics").click()
    expect(ann_page.locator(".error-summary")).to_contain_text("has characters a topic can")
    circle.ann.refresh_from_db()
    assert circle.ann.hidden_topics == []
    ann_page.get_by_label("Hide shares about").fill("Alcohol, self-harm")
    ann_page.get_by_role("button", name="Save hidden topics").click()
    expect(ann_page.get_by_text("Your hidden topics are saved.")).to_be_visible()
    expect(ann_page.get_by_label("Hide shares about")).to_have_value("alcohol, self-harm")

    _enter(ann_page, live_site, circle.ann, circle.occurrence)
    _enter(ben_page, live_site, circle.ben, circle.occurrence)
    _say(ben_page, "The weekend was hard, I nearly had a drink.", warning="Alcohol and relapse")
    _say(ben_page, "I miss my dad today.", warning="grief")
    ann_log = ann_page.locator("#room-log")
    hidden = ann_log.locator("li.share", has=ann_page.locator(".share-hidden-topic"))
    expect(hidden).to_have_count(1)
    expect(hidden).to_contain_text("Hidden: content warning about alcohol.")
    expect(hidden).not_to_contain_text("Alcohol and relapse")
    # Another warning is collapsed as usual; Ben sees his own share as usual.
    expect(ann_log.locator(".share-cw summary")).to_have_text(["Content warning: grief"])
    expect(ben_page.locator("#room-log .share-cw summary")).to_have_count(2)
    # Shown on request: the usual content warning, then the share.
    hidden.get_by_role("button", name="Show").click()
    summary = ann_log.locator(".share-cw summary", has_text="Alcohol and relapse")
    expect(summary).to_be_focused()
    summary.press("Enter")
    expect(ann_log.get_by_text("I nearly had a drink.")).to_be_visible()
    _leave(live_site, ann_page, ben_page)
    wait_until_room_is_empty(ann_page, circle.occurrence)


@pytest.mark.browser
def test_held_or_removed_author_is_told_privately_why(live_site, page, another_page, circle):
    from moderation.models import Rule

    Rule.objects.create(group=circle.group, pattern="phone number", kind="phrase", action="hold")
    mira_page, ben_page = page, another_page
    _enter(mira_page, live_site, circle.mira, circle.occurrence)
    _enter(ben_page, live_site, circle.ben, circle.occurrence)
    mira_log = mira_page.locator("#room-log")

    # Held: Ben is told it waits for a moderator; only he and the moderators see it.
    _say(ben_page, "Here is my phone number for anyone")
    ben_notices = ben_page.locator("#room-notices")
    expect(ben_notices).to_contain_text("will appear for others once a moderator has looked")
    expect(mira_page.locator("#room-held li")).to_contain_text("my phone number")
    expect(mira_page.locator("#room-notices")).not_to_contain_text("will appear for others")

    # Removed with a reason: Ben alone is told, kindly, and which message.
    _say(ben_page, "You are all wrong about this")
    share = mira_log.locator("li.share", has_text="You are all wrong about this")
    share.locator("summary", has_text="Actions").click()
    share.get_by_role("button", name="Remove message", exact=True).click()
    share.get_by_label("Reason (optional)").fill("Please speak from your own experience.")
    share.get_by_role("button", name="Yes, remove message").click()
    told = ben_notices.locator(".notice-removed")
    expect(told).to_contain_text("A moderator removed your message “You are all wrong about")
    expect(told).to_contain_text("Their reason: Please speak from your own experience.")
    expect(told).to_contain_text("You are still welcome here")
    expect(mira_page.locator("#room-notices")).not_to_contain_text("removed your message")
    _leave(live_site, ben_page, mira_page)
    wait_until_room_is_empty(mira_page, circle.occurrence)


@pytest.mark.browser
def test_a_ban_removes_their_messages_of_current_and_recent_meetings(
    live_site, browser, browser_problems, page, another_page, circle
):
    from chat.models import Message
    from moderation.models import AuditEntry

    # Another meeting of the group is going on too (it began two hours ago); Ann is there.
    other = _meeting(circle.group, title="Open hours", started_minutes_ago=120, minutes=240)
    mira_page, ann_page = page, another_page
    ben_context, ben_page = _open_page(browser, browser_problems)
    try:
        _enter(ben_page, live_site, circle.ben, other)
        _say(ben_page, "Ben in the open hours")
        _enter(ann_page, live_site, circle.ann, other)
        ann_log = ann_page.locator("#room-log")
        expect(ann_log).to_contain_text("Ben in the open hours")

        _enter(mira_page, live_site, circle.mira, circle.occurrence)
        _enter(ben_page, live_site, circle.ben, circle.occurrence)
        _say(ben_page, "Ben in the Tuesday share")
        share = mira_page.locator("#room-log li.share", has_text="Ben in the Tuesday share")
        share.locator("summary", has_text="Actions").click()
        share.get_by_role("button", name="Ban from group", exact=True).click()
        share.get_by_label("Reason (optional, the person sees it)").fill("Trolling.")
        share.get_by_label(
            "Also remove Ben's messages in this meeting and the group's meetings of the last "
            "30 days"
        ).check()
        share.get_by_role("button", name="Yes, ban from group").click()
        expect(ben_page.locator("#room-gone")).to_contain_text("Trolling.")
        # Gone from both rooms for everyone in them, at once.
        expect(mira_page.locator("#room-log")).not_to_contain_text("Ben in the Tuesday share")
        expect(ann_log).not_to_contain_text("Ben in the open hours")
        expect(ann_log).to_contain_text("Removed by a moderator.")
        assert set(Message.objects.filter(author=circle.ben).values_list("status", flat=True)) == {
            "removed"
        }
        assert (
            AuditEntry.objects.filter(action="message_remove", target_user=circle.ben).count() == 2
        )
    finally:
        ben_context.close()
    _leave(live_site, ann_page, mira_page)
    wait_until_room_is_empty(mira_page, circle.occurrence)
    wait_until_room_is_empty(mira_page, other)


@pytest.mark.browser
def test_remove_a_banned_persons_messages_from_the_moderation_page(
    live_site, page, another_page, circle
):
    from chat.models import Message, RoomState
    from groups.models import Ban

    # Ben spoke in the meeting going on, and a week ago; then a moderator banned him.
    last_week = _meeting(circle.group, title="Last week", started_minutes_ago=7 * 24 * 60)
    for n, occurrence in enumerate((circle.occurrence, last_week), start=1):
        RoomState.objects.update_or_create(occurrence=occurrence, defaults={"last_seq": 1})
        Message.objects.create(
            occurrence=occurrence,
            seq=1,
            author=circle.ben,
            client_id=f"ben-{n}",
            body=f"Ben's words {n}",
            body_html=f"<p>Ben's words {n}</p>",
        )
    Ban.objects.create(
        group=circle.group, user=circle.ben, reason="Trolling", created_by=circle.mira
    )
    mira_page, ann_page = page, another_page
    _enter(ann_page, live_site, circle.ann, circle.occurrence)
    ann_log = ann_page.locator("#room-log")
    expect(ann_log).to_contain_text("Ben's words 1")

    _sign_in(mira_page, live_site, circle.mira)
    mira_page.goto(live_site(reverse("moderation:members", args=[circle.group.slug])))
    mira_page.get_by_role("button", name="Remove their messages of the last 30 days (Ben)").click()
    expect(mira_page.get_by_text("Removed 2 messages by Ben")).to_be_visible()
    expect(ann_log).not_to_contain_text("Ben's words 1")
    expect(ann_log).to_contain_text("Removed by a moderator.")
    ann_page.reload()
    expect(ann_page.locator("#room-connection")).to_have_text("Connected")
    expect(ann_log).to_contain_text("Removed by a moderator.")
    expect(ann_log).not_to_contain_text("Ben's words")
    assert not Message.objects.filter(author=circle.ben, status="visible").exists()
    _leave(live_site, ann_page)
    wait_until_room_is_empty(ann_page, circle.occurrence)
