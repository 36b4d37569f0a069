"""The readings-only view of a live meeting: the script and the chair's announcements,
never the shares; who may open it; and the script's rule enforced on chat's posting path."""

import pytest
from django.urls import reverse

from chat.models import Message
from kindred.errors import NotAllowed
from library.services import section_move

SHARE_TEXTS = ["My brother relapsed last night", "I could not stop crying at work"]


@pytest.fixture
def sent(monkeypatch):
    events = []
    monkeypatch.setattr(
        "library.services.room_event_on_commit", lambda oid, event: events.append(event)
    )
    return events


def _messages(occurrence, author, chair):
    rows = [
        (author, Message.Kind.SHARE, SHARE_TEXTS[0], ""),
        (author, Message.Kind.SHARE, SHARE_TEXTS[1], "grief"),
        (chair, Message.Kind.ANNOUNCEMENT, "We will read *Just for today* now.", ""),
    ]
    for seq, (who, kind, body, warning) in enumerate(rows, start=1):
        Message.objects.create(
            occurrence=occurrence,
            seq=seq,
            author=who,
            client_id=f"client-{seq:04d}",
            kind=kind,
            body=body,
            body_html=f"<p>{body}</p>",
            content_warning=warning,
        )


def _url(occurrence):
    return reverse("library:readings", kwargs={"pk": occurrence.pk})


def test_readings_page_never_contains_share_text(client, scripted, sent):
    people = scripted.people
    _messages(scripted.occurrence, people.moderator, people.member)
    section_move(
        actor=people.member, occurrence=scripted.occurrence, section_id=scripted.sections[1].pk
    )
    client.force_login(people.reader)
    response = client.get(_url(scripted.occurrence))
    assert response.status_code == 200
    page = response.content.decode()
    for text in SHARE_TEXTS:
        assert text not in page
    assert "grief" not in page
    assert "<em>Just for today</em>" in page  # the chair's announcement
    assert "One day at a time." in page  # the reading from the library
    current = scripted.sections[1].pk
    assert f'class="script-section is-current" id="section-{current}"' in page
    assert page.count("is-current") == 1
    assert "js/readings.js" in page
    assert "Context:" not in page and "{%" not in page and "{#" not in page
    assert f'data-ws-path="/ws/rooms/{scripted.occurrence.pk}/"' in page


def test_readings_page_without_a_script_still_shows_announcements(
    client, people, occurrence_factory
):
    occurrence = occurrence_factory(people.group, chair=people.member)
    _messages(occurrence, people.moderator, people.member)
    client.force_login(people.reader)
    page = client.get(_url(occurrence)).content.decode()
    assert "does not follow a script" in page
    assert "Just for today" in page
    for text in SHARE_TEXTS:
        assert text not in page


def test_removed_announcements_are_not_shown(client, scripted):
    _messages(scripted.occurrence, scripted.people.moderator, scripted.people.member)
    Message.objects.filter(kind=Message.Kind.ANNOUNCEMENT).update(status=Message.Status.REMOVED)
    client.force_login(scripted.people.reader)
    assert "Just for today</em>" not in client.get(_url(scripted.occurrence)).content.decode()


def test_who_may_open_the_readings(client, people, occurrence_factory):
    closed = occurrence_factory(people.group)
    opened = occurrence_factory(people.group, is_open=True)
    client.force_login(people.reader)
    assert client.get(_url(closed)).status_code == 200
    client.force_login(people.stranger)
    assert client.get(_url(closed)).status_code == 403
    assert client.get(_url(opened)).status_code == 200
    client.logout()
    assert client.get(_url(opened)).status_code == 302  # visitors log in first
    assert client.get(reverse("library:readings", kwargs={"pk": 999_999})).status_code == 404


def test_private_group_meeting_readings_are_hidden_from_strangers(
    client, people, occurrence_factory
):
    from groups.models import Visibility

    people.group.visibility = Visibility.PRIVATE
    people.group.save()
    occurrence = occurrence_factory(people.group, is_open=True)
    client.force_login(people.stranger)
    assert client.get(_url(occurrence)).status_code == 404


def test_reader_is_offered_to_ask_for_membership_and_member_to_take_part(client, scripted):
    client.force_login(scripted.people.reader)
    page = client.get(_url(scripted.occurrence)).content.decode()
    assert reverse("groups:step_up", kwargs={"slug": scripted.people.group.slug}) in page
    assert "Ask to become a member" in page
    client.force_login(scripted.people.member)
    page = client.get(_url(scripted.occurrence)).content.decode()
    assert "Ask to become a member" not in page
    assert "Join the conversation" in page


def test_read_quietly_goes_to_the_meeting_that_is_on(client, people, occurrence_factory):
    occurrence = occurrence_factory(people.group)
    client.force_login(people.reader)
    response = client.get(reverse("library:read_quietly", kwargs={"group_slug": people.group.slug}))
    assert response.status_code == 302
    assert response["Location"] == _url(occurrence)


def test_read_quietly_without_a_meeting_on_is_calm(client, people):
    client.force_login(people.reader)
    response = client.get(reverse("library:read_quietly", kwargs={"group_slug": people.group.slug}))
    assert response.status_code == 200
    assert "No meeting of" in response.content.decode()


def test_chat_refuses_a_share_during_a_reading(scripted, sent):
    """chat.posting.message_post asks library.services.section_posting_check."""
    from chat.posting import message_post

    people = scripted.people
    section_move(
        actor=people.member, occurrence=scripted.occurrence, section_id=scripted.sections[1].pk
    )
    with pytest.raises(NotAllowed) as caught:
        message_post(
            occurrence=scripted.occurrence,
            author=people.moderator,
            body="Can I share now?",
            client_id="client-share-1",
        )
    assert caught.value.code == "section_closed"
    assert not Message.objects.exists()
    section_move(
        actor=people.member, occurrence=scripted.occurrence, section_id=scripted.sections[2].pk
    )
    message, created = message_post(
        occurrence=scripted.occurrence,
        author=people.moderator,
        body="Thank you all.",
        client_id="client-share-2",
    )
    assert created and message.kind == Message.Kind.SHARE


def test_readings_of_a_meeting_that_is_not_on_do_not_connect(client, people, occurrence_factory):
    import datetime as dt

    ended = occurrence_factory(people.group, starts_in=-dt.timedelta(hours=5))
    client.force_login(people.reader)
    page = client.get(_url(ended)).content.decode()
    assert 'data-ws-path=""' in page
    assert "This meeting is not on now." in page
