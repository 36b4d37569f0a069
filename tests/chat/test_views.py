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
    assert 'aria-live="polite"' in html
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


def test_room_page_of_an_ended_meeting_says_so(room, client, occurrence_factory):
    ended = occurrence_factory(room.group, state="ended")
    client.force_login(room.alice)
    response = client.get(reverse("chat:room", kwargs={"pk": ended.pk}))
    assert response.status_code == 409
    assert b"not open" in response.content


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
