"""The room page and its admission check."""

import pytest
from django.urls import reverse

from groups.models import Ban

pytestmark = pytest.mark.django_db


def test_room_page_for_a_member_has_the_socket_path_and_no_inline_script(room, client):
    client.force_login(room.alice)
    response = client.get(reverse("chat:room", kwargs={"pk": room.occurrence.pk}))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-ws-path="/ws/rooms/{room.occurrence.pk}/"' in html
    assert 'aria-live="polite"' in html and 'role="log"' in html
    assert '<script type="module" src="/static/js/room.js"></script>' in html
    assert "<script>" not in html and "style=" not in html
    assert 'name="robots" content="noindex"' in html


def test_room_page_needs_login(room, client):
    response = client.get(reverse("chat:room", kwargs={"pk": room.occurrence.pk}))
    assert response.status_code == 302 and "login" in response["Location"]


def test_room_page_refuses_banned_and_hides_from_outsiders(room, client, user_factory):
    Ban.objects.create(group=room.group, user=room.bob)
    client.force_login(room.bob)
    assert client.get(reverse("chat:room", kwargs={"pk": room.occurrence.pk})).status_code == 403
    client.force_login(user_factory())
    assert client.get(reverse("chat:room", kwargs={"pk": room.occurrence.pk})).status_code == 404


def test_room_page_of_an_ended_meeting_shows_the_closing_screen(room, client, occurrence_factory):
    ended = occurrence_factory(room.group, state="ended")
    client.force_login(room.alice)
    response = client.get(reverse("chat:room", kwargs={"pk": ended.pk}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "The meeting has ended. Thank you for coming." in html
    assert reverse("library:index", kwargs={"group_slug": room.group.slug}) in html
    assert "can&#x27;t enter" not in html and "Disconnected" not in html


def test_room_page_of_an_upcoming_meeting_is_not_open(room, client, occurrence_factory):
    upcoming = occurrence_factory(room.group, state="upcoming")
    client.force_login(room.alice)
    response = client.get(reverse("chat:room", kwargs={"pk": upcoming.pk}))
    assert response.status_code == 409
    assert b"not open" in response.content


def test_the_chair_starts_and_ends_the_meeting_from_the_room(room, client, occurrence_factory):
    from meetings.lifecycle import occurrence_state

    lobby = occurrence_factory(room.group, state="lobby")
    start = reverse("chat:room_start", kwargs={"pk": lobby.pk})
    end = reverse("chat:room_end", kwargs={"pk": lobby.pk})
    client.force_login(room.owner)
    page = client.get(reverse("chat:room", kwargs={"pk": lobby.pk})).content.decode()
    assert "Start the meeting" in page and "End the meeting" in page
    response = client.post(start)
    assert response.status_code == 302
    assert response["Location"] == reverse("chat:room", kwargs={"pk": lobby.pk})
    lobby.refresh_from_db()
    assert occurrence_state(lobby) == "live"
    client.post(end)
    lobby.refresh_from_db()
    assert occurrence_state(lobby) == "ended"


def test_a_member_can_neither_start_nor_end_a_meeting(room, client, occurrence_factory):
    from meetings.lifecycle import occurrence_state

    lobby = occurrence_factory(room.group, state="lobby")
    client.force_login(room.alice)
    page = client.get(reverse("chat:room", kwargs={"pk": lobby.pk})).content.decode()
    assert "Start the meeting" not in page and "End the meeting" not in page
    assert "Next part" not in page
    for name in ("chat:room_start", "chat:room_end"):
        response = client.post(reverse(name, kwargs={"pk": lobby.pk}), follow=True)
        assert "Only the chair or a moderator can do that." in response.content.decode()
    lobby.refresh_from_db()
    assert occurrence_state(lobby) == "lobby"


def test_starting_twice_says_it_is_live_and_changes_nothing(room, client):
    client.force_login(room.owner)
    started_at = room.occurrence.started_at
    start = reverse("chat:room_start", kwargs={"pk": room.occurrence.pk})
    response = client.post(start, follow=True)
    assert "The meeting is already live." in response.content.decode()
    room.occurrence.refresh_from_db()
    assert room.occurrence.started_at == started_at
    assert client.get(start).status_code == 405


def test_admission_explains_a_refusal(room, client):
    Ban.objects.create(group=room.group, user=room.bob)
    client.force_login(room.bob)
    answer = client.get(reverse("chat:room_admission", kwargs={"pk": room.occurrence.pk})).json()
    assert answer == {
        "ok": False,
        "close_code": 4410,
        "code": "banned",
        "detail": (
            "A moderator banned you from this group, so you can't take part in its meetings. "
            "You can still use Kindred and your other groups; if you think this is a "
            "mistake, you can write to the group's owner."
        ),
        "reason": "",
        "until": None,
    }
    client.force_login(room.alice)
    answer = client.get(reverse("chat:room_admission", kwargs={"pk": room.occurrence.pk})).json()
    assert answer == {"ok": True, "state": "live"}


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("es", "Un moderador te excluyó de este grupo, así que no puedes participar"),
        ("ar", "حظرك أحد المشرفين من هذه المجموعة، فلا يمكنك المشاركة"),
    ],
)
def test_a_refusal_is_explained_in_the_persons_language(room, client, language, words):
    room.bob.language = language
    room.bob.save(update_fields=["language"])
    Ban.objects.create(group=room.group, user=room.bob)
    client.force_login(room.bob)
    answer = client.get(reverse("chat:room_admission", kwargs={"pk": room.occurrence.pk})).json()
    assert answer["close_code"] == 4410
    assert answer["detail"].startswith(words)
