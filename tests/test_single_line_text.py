"""Names, titles and other one-line text: line breaks and tabs become spaces, control
characters are refused, and names people are known by refuse invisible and
direction-changing characters, in the forms and in the services behind them alike."""

from datetime import date, time

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import User
from accounts.services import profile_update
from groups import services as group_services
from groups.models import Group, JoinPolicy, Role, Visibility
from kindred.errors import ServiceError
from kindred.text import TextRefused, identity_text, single_line
from library import services as library_services
from meetings import occurrences as meeting_occurrences
from meetings import scheduling as meeting_scheduling
from meetings import services as meeting_services
from meetings.models import MeetingSeries
from meetings.reminders import reminders_send_due

pytestmark = pytest.mark.django_db

REFUSED_IN_NAMES = [
    "\u202eadmin",  # right-to-left override: shows as "nimda"
    "Alice\u202c",  # pop directional formatting
    "Bob\u2066x\u2069",  # isolates
    "\u200fMo",  # right-to-left mark
    "Ali\u200bce",  # zero-width space: looks like "Alice"
    "Al\u2060ice",  # word joiner
    "\ufeffOlive",  # byte-order mark
    "Ad\u00admin",  # soft hyphen
    "\u061cSam",  # Arabic letter mark
    "\u200dAlice",  # a joiner with nothing to join
    "Zo\u3164e",  # Hangul filler, invisible
    "Pat\ue000",  # private use
    "x\U000e0041",  # a tag character outside a flag
]

ALLOWED_IN_NAMES = [
    "Zoë",
    "José María",
    "Ли Мэй",
    "李小龍",
    "محمد",
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian, a ZWNJ inside a word
    "क्\u200dष",  # Devanagari with a zero-width joiner
    "👩\u200d💻 Dev",  # an emoji ZWJ sequence
    "❤\ufe0f Heart",  # a variation selector
    "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f Wales",  # a flag's tags
    "O'Brien-Smith",
]


@pytest.mark.parametrize("name", REFUSED_IN_NAMES)
def test_names_refuse_invisible_and_direction_changing_characters(name):
    with pytest.raises(TextRefused) as refused:
        identity_text(name)
    assert refused.value.code == "invisible_characters"
    assert "invisible or direction-changing" in str(refused.value)


@pytest.mark.parametrize("name", ALLOWED_IN_NAMES)
def test_names_keep_what_languages_and_emoji_need(name):
    assert identity_text(name) == name


def test_single_line_text_folds_line_breaks_and_refuses_control_characters():
    assert single_line(" Line\nbreak\r\nand\ttab\u2028sep  ") == "Line break and tab sep"
    for text in ("bell\x07", "esc\x1b[31m", "del\x7f", "c1\x9b"):
        with pytest.raises(TextRefused) as refused:
            single_line(text)
        assert refused.value.code == "control_characters"
    with pytest.raises(TextRefused):
        identity_text("\u0301\u0301")  # nothing to see


# --- Display names ---------------------------------------------------------------------------


def test_sign_up_refuses_a_display_name_with_a_direction_override(client, password):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "rlo@example.org",
            "display_name": "\u202enimda",
            "password1": password,
            "password2": password,
        },
    )
    assert response.status_code == 200
    assert "invisible or direction-changing" in response.content.decode()
    assert not User.objects.filter(email="rlo@example.org").exists()


def test_profile_form_and_service_refuse_hidden_characters(client, user_factory):
    person = user_factory(display_name="Quiet Heron")
    client.force_login(person)
    response = client.post(
        reverse("accounts:profile"),
        {"display_name": "Quiet\u200bHeron", "timezone": "UTC", "reminder_minutes": ""},
    )
    assert "invisible or direction-changing" in response.content.decode()
    with pytest.raises(ServiceError) as refused:
        profile_update(
            user=person,
            display_name="Ali\u202ece",
            timezone="UTC",
            quiet_mode=False,
            reminder_minutes=None,
            reminder_names_group=False,
        )
    assert (refused.value.code, refused.value.field) == ("invisible_characters", "display_name")
    person.refresh_from_db()
    assert person.display_name == "Quiet Heron"
    profile_update(
        user=person,
        display_name="Two\nlines",
        timezone="UTC",
        quiet_mode=False,
        reminder_minutes=None,
        reminder_names_group=False,
    )
    person.refresh_from_db()
    assert person.display_name == "Two lines"


# --- Groups, meetings, library ---------------------------------------------------------------


def _group_data(**overrides):
    return {
        "name": "Saturday Readers",
        "slug": "",
        "language": "en",
        "timezone": "Europe/Berlin",
        "visibility": Visibility.PUBLIC,
        "join_policy": JoinPolicy.OPEN,
        "capacity": "12",
        "chat_retention_hours": "0",
        "new_member_hold_count": "0",
        "link_hold_days": "0",
    } | overrides


def test_a_group_name_with_a_line_break_is_put_on_one_line(client, user_factory):
    client.force_login(user_factory())
    response = client.post(
        reverse("groups:create"), _group_data(name="Saturday\nReaders", topic="grief\r\nloss")
    )
    assert response.status_code == 302
    group = Group.objects.get()
    assert (group.name, group.topic) == ("Saturday Readers", "grief loss")
    # The calendar that a line break used to break.
    assert client.get(f"/groups/{group.slug}/meetings.ics").status_code == 200


def test_a_group_name_with_a_direction_override_is_refused(client, user_factory):
    owner = user_factory()
    client.force_login(owner)
    response = client.post(reverse("groups:create"), _group_data(name="\u202eadmin"))
    assert response.status_code == 400
    assert "invisible or direction-changing" in response.content.decode()
    with pytest.raises(ServiceError) as refused:
        group_services.group_create(owner=owner, name="Hope\u200b")
    assert refused.value.field == "name"
    group = group_services.group_create(owner=owner, name="Hope")
    with pytest.raises(ServiceError) as refused:
        group_services.group_update(actor=owner, group=group, topic="a\x07b")
    assert (refused.value.code, refused.value.field) == ("control_characters", "topic")
    group_services.group_update(actor=owner, group=group, name="Hope\tand\nhealing")
    group.refresh_from_db()
    assert group.name == "Hope and healing" and Group.objects.count() == 1


def _series(group, owner, **fields):
    values = {
        "title": "Evening share",
        "format": "discussion",
        "weekdays": [3],
        "start_time": time(19, 0),
        "duration_minutes": 60,
        "start_date": date(2026, 1, 1),
    } | fields
    return meeting_scheduling.series_create(actor=owner, group=group, **values)


def test_meeting_titles_are_one_line(group_factory, user_factory):
    owner = user_factory()
    group = group_factory(owner=owner)
    series = _series(group, owner, title="Steps\r\nand traditions")
    assert series.title == "Steps and traditions"
    with pytest.raises(ServiceError) as refused:
        meeting_scheduling.series_update(actor=owner, series=series, title="x\x1by")
    assert (refused.value.code, refused.value.field) == ("control_characters", "title")
    assert MeetingSeries.objects.get(pk=series.pk).title == "Steps and traditions"


def test_the_meeting_form_folds_a_title_onto_one_line(client, group_factory, user_factory):
    owner = user_factory()
    group = group_factory(owner=owner)
    client.force_login(owner)
    response = client.post(
        reverse("meetings:series_create", kwargs={"slug": group.slug}),
        {
            "title": "Bell\x07",
            "format": "discussion",
            "frequency": "weekly",
            "interval": "1",
            "weekdays": ["3"],
            "start_time": "19:00",
            "duration_minutes": "60",
            "start_date": "2026-01-01",
            "lobby_minutes": "10",
            "grace_minutes": "15",
        },
    )
    assert "can&#x27;t contain control characters" in response.content.decode()
    assert not MeetingSeries.objects.exists()


def test_library_titles_are_one_line(group_factory, user_factory):
    owner = user_factory()
    group = group_factory(owner=owner)
    item = library_services.library_item_create(
        actor=owner, group=group, title="Just\nfor today", body="Text."
    )
    assert item.title == "Just for today"
    with pytest.raises(ServiceError):
        library_services.library_item_update(actor=owner, item=item, title="a\x00b")
    script = library_services.script_create(
        actor=owner,
        group=group,
        title="Opening\nscript",
        sections=[{"kind": "opening", "title": "Wel\ncome", "text": ""}],
    )
    assert script.title == "Opening script"
    assert script.sections.get().title == "Wel come"


@pytest.mark.django_db(transaction=True)
def test_a_reminder_for_a_stored_title_with_line_breaks_is_sent_on_one_line(
    group_factory, member_factory, user_factory
):
    from datetime import UTC, datetime, timedelta

    owner = user_factory()
    group = group_factory(owner=owner, timezone="UTC")
    start = (datetime.now(UTC) + timedelta(minutes=30)).replace(second=0, microsecond=0)
    series = _series(
        group,
        owner,
        weekdays=[start.weekday()],
        start_time=start.time(),
        start_date=start.date() - timedelta(days=7),
    )
    occurrence = meeting_occurrences.occurrence_materialize(series=series, original_start=start)
    MeetingSeries.objects.filter(pk=series.pk).update(title="Evil\r\nBcc: x@example.org")
    Group.objects.filter(pk=group.pk).update(name="Group\nname")
    person = member_factory(group, Role.MEMBER, reminder_minutes=60, reminder_names_group=True)
    meeting_services.rsvp_set(user=person, occurrence=occurrence, answer="going")
    assert reminders_send_due() == 1
    (sent,) = mail.outbox
    assert "Evil Bcc: x@example.org (Group name)" in sent.subject
    assert sent.bcc == []
