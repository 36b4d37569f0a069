"""Sockets follow the account. Signing out, a password change or reset, deleting the
account, a ban and removal from the group each close every open room socket of that person
at once (two sockets here: two devices); demotion to reader downgrades them in place.
Nobody else's socket is touched. The events travel through the Redis channel layer's
per-person group, which every worker's sockets join; tests/reliability/test_faults.py
shows a sign-out closing sockets on two real daphne workers.
"""

import pytest
from asgiref.sync import sync_to_async
from django.test import Client
from django.urls import reverse

from groups.models import Role

pytestmark = pytest.mark.django_db(transaction=True)


async def _closed_with(socket, timeout: float = 5) -> int:
    """Read until the server closes the socket; the close code."""
    while True:
        output = await socket.c.receive_output(timeout=timeout)
        if output["type"] == "websocket.close":
            return output.get("code")


async def _still_open(socket) -> None:
    await socket.send({"type": "ping"})
    await socket.recv_type("pong")


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _log_out(room):
    client = _signed_in(room.alice)
    assert client.post(reverse("account_logout")).status_code == 302


def _change_password(room):
    client = _signed_in(room.alice)
    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": "a calm and long passphrase 42",
            "password1": "another calm passphrase 43",
            "password2": "another calm passphrase 43",
        },
    )
    assert response.status_code == 302, response.content[:500]


def _reset_password(room):
    from allauth.account.signals import password_reset

    password_reset.send(sender=type(room.alice), request=None, user=room.alice)


def _set_password(room):
    from allauth.account.signals import password_set

    password_set.send(sender=type(room.alice), request=None, user=room.alice)


def _delete_account(room):
    from moderation.privacy import account_delete

    account_delete(user=room.alice)


def _ban(room):
    from moderation.actions import member_ban

    member_ban(actor=room.moderator, group=room.group, user=room.alice, reason="x")


def _remove_from_group(room):
    from groups.member_actions import membership_remove

    membership_remove(actor=room.moderator, group=room.group, user=room.alice)


@pytest.mark.parametrize(
    ("action", "code"),
    [
        (_log_out, 4401),
        (_change_password, 4401),
        (_reset_password, 4401),
        (_set_password, 4401),
        (_delete_account, 4401),
        (_ban, 4410),
        (_remove_from_group, 4403),
    ],
    ids=lambda v: getattr(v, "__name__", str(v)).strip("_"),
)
async def test_account_changes_close_every_socket_of_that_person_at_once(
    room, connect, action, code
):
    phone = await connect(room.alice, room.occurrence)
    laptop = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    await sync_to_async(action)(room)
    assert await _closed_with(phone) == code
    assert await _closed_with(laptop) == code
    await _still_open(bob)


async def test_demotion_to_reader_downgrades_open_sockets_at_once(room, connect):
    from groups.member_actions import membership_change_role

    phone = await connect(room.alice, room.occurrence)
    laptop = await connect(room.alice, room.occurrence)
    await sync_to_async(membership_change_role)(
        actor=room.moderator, group=room.group, user=room.alice, role=Role.READER
    )
    for socket in (phone, laptop):
        state = await socket.recv_type("room.state")
        assert state["you"]["may_post"] is False
        await socket.send({"type": "message.send", "client_id": "after-demote", "body": "x"})
        error = await socket.recv_type("error")
        assert error["code"] in ("forbidden", "listening")


async def test_after_signing_out_the_socket_cannot_come_back_with_that_session(room, settings):
    """The reconnect after a sign-out is refused: the handshake reads the session again."""
    from channels.testing import WebsocketCommunicator

    from kindred.asgi import application

    settings.SITE_URL = "http://localhost"
    client = await sync_to_async(_signed_in)(room.alice)
    key = client.cookies["sessionid"].value
    await sync_to_async(client.post)(reverse("account_logout"))
    communicator = WebsocketCommunicator(
        application,
        f"/ws/rooms/{room.occurrence.pk}/",
        headers=[(b"origin", b"http://localhost"), (b"cookie", f"sessionid={key}".encode())],
    )
    from tests.chat.conftest import refusal

    assert await refusal(communicator) == 4401
