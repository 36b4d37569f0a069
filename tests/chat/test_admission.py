"""Who may enter a room, and the close codes of those who may not (before accept())."""

from urllib.parse import urlsplit

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from groups.models import Ban, Role
from kindred.asgi import application
from tests.chat.conftest import refusal

pytestmark = pytest.mark.django_db(transaction=True)


async def test_anonymous_is_refused_4401(room, connect):
    assert await connect(AnonymousUser(), room.occurrence, expect=False) == 4401


async def test_unknown_room_is_refused_4404(room, connect):
    class Missing:
        pk = 999_999_999

    assert await connect(room.alice, Missing, expect=False) == 4404


async def test_outsider_of_a_private_group_sees_no_such_room(room, connect, user_factory):
    outsider = await sync_to_async(user_factory)()
    assert await connect(outsider, room.occurrence, expect=False) == 4404


async def test_outsider_of_a_public_group_closed_meeting_is_refused_4403(
    connect, group_factory, occurrence_factory, user_factory
):
    group = await sync_to_async(group_factory)(visibility="public")
    occurrence = await sync_to_async(occurrence_factory)(group, is_open=False)
    outsider = await sync_to_async(user_factory)()
    assert await connect(outsider, occurrence, expect=False) == 4403


async def test_outsider_may_listen_to_an_open_meeting_of_a_public_group(
    connect, group_factory, occurrence_factory, user_factory
):
    group = await sync_to_async(group_factory)(visibility="public")
    occurrence = await sync_to_async(occurrence_factory)(group, is_open=True)
    outsider = await sync_to_async(user_factory)(display_name="Guest")
    socket = await connect(outsider, occurrence)
    assert socket.welcome["listening"] is True
    assert socket.welcome["you"]["may_post"] is False


async def test_banned_is_refused_4410(room, connect):
    await sync_to_async(Ban.objects.create)(group=room.group, user=room.bob, reason="x")
    assert await connect(room.bob, room.occurrence, expect=False) == 4410


async def test_expired_ban_no_longer_refuses(room, connect):
    await sync_to_async(Ban.objects.create)(
        group=room.group, user=room.bob, expires_at=timezone.now()
    )
    await connect(room.bob, room.occurrence)


async def test_removed_from_the_meeting_is_refused_4411(room, connect):
    from moderation.models import MeetingRemoval

    await sync_to_async(MeetingRemoval.objects.create)(occurrence=room.occurrence, user=room.bob)
    assert await connect(room.bob, room.occurrence, expect=False) == 4411


@pytest.mark.parametrize("state", ["upcoming", "cancelled"])
async def test_room_not_open_is_refused_4409(room, connect, occurrence_factory, state):
    occurrence = await sync_to_async(occurrence_factory)(room.group, state=state)
    assert await connect(room.alice, occurrence, expect=False) == 4409


async def test_an_ended_meeting_has_its_own_code_4412(room, connect, occurrence_factory):
    occurrence = await sync_to_async(occurrence_factory)(room.group, state="ended")
    assert await connect(room.alice, occurrence, expect=False) == 4412


async def test_lobby_admits(room, connect, occurrence_factory):
    occurrence = await sync_to_async(occurrence_factory)(room.group, state="lobby")
    socket = await connect(room.alice, occurrence)
    assert socket.welcome["state"] == "lobby"


async def test_reader_enters_listening(room, connect):
    socket = await connect(room.reader, room.occurrence)
    assert socket.welcome["listening"] is True and socket.welcome["role"] == Role.READER


@pytest.mark.parametrize(
    "origin",
    [None, b"http://evil.example", b"null", b"http://localhost.evil.example"],
)
async def test_foreign_origins_are_refused_by_the_asgi_stack(room, origin):
    headers = [(b"host", b"localhost")]
    if origin is not None:
        headers.append((b"origin", origin))
    communicator = WebsocketCommunicator(
        application, f"/ws/rooms/{room.occurrence.pk}/", headers=headers
    )
    connected, _ = await communicator.connect(timeout=5)
    assert not connected


def _same_origin() -> list[tuple[bytes, bytes]]:
    site = urlsplit(settings.SITE_URL)
    return [(b"host", site.netloc.encode()), (b"origin", settings.SITE_URL.encode())]


async def test_same_origin_without_session_is_refused_4401(room):
    communicator = WebsocketCommunicator(
        application,
        f"/ws/rooms/{room.occurrence.pk}/",
        headers=_same_origin(),
    )
    assert await refusal(communicator) == 4401


async def test_same_origin_with_session_cookie_enters(room, client):
    await sync_to_async(client.force_login)(room.alice)
    cookie = f"sessionid={client.cookies['sessionid'].value}".encode()
    communicator = WebsocketCommunicator(
        application,
        f"/ws/rooms/{room.occurrence.pk}/",
        headers=[*_same_origin(), (b"cookie", cookie)],
    )
    connected, _ = await communicator.connect(timeout=5)
    assert connected
    await communicator.disconnect()


async def test_banned_mid_meeting_cannot_post_and_is_closed(room, connect):
    from kindred.events import user_event_on_commit

    bob = await connect(room.bob, room.occurrence)
    await sync_to_async(Ban.objects.create)(group=room.group, user=room.bob, reason="x")
    await bob.send({"type": "message.send", "client_id": "c-banned-1", "body": "hi"})
    assert (await bob.recv_type("error"))["code"] == "banned"
    await sync_to_async(user_event_on_commit)(
        room.bob.pk, {"type": "user.downgrade", "group_id": room.group.pk}
    )
    assert (await bob.recv_type("closing"))["code"] == 4410


async def test_demoted_to_reader_mid_meeting_is_downgraded(room, connect):
    from groups.models import Membership
    from kindred.events import user_event_on_commit

    bob = await connect(room.bob, room.occurrence)
    await sync_to_async(Membership.objects.filter(user=room.bob).update)(role=Role.READER)
    await bob.send({"type": "hand.raise"})
    assert (await bob.recv_type("error"))["code"] == "forbidden"
    await sync_to_async(user_event_on_commit)(
        room.bob.pk, {"type": "user.downgrade", "group_id": room.group.pk}
    )
    state = await bob.recv_type("room.state")
    assert state["listening"] is True and state["you"]["may_post"] is False
