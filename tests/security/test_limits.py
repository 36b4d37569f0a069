"""Limits that hold against someone who tries to get around them: allauth's login, sign-up
and password-reset limits with a forged X-Forwarded-For, the admin's sign-in (which goes
through allauth), and the room's per-person flood limit across sockets.

Frame size and compression limits need a real daphne: tests/reliability/test_faults.py.
"""

import itertools

import pytest
from asgiref.sync import sync_to_async
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from kindred import counters

_n = itertools.count(1)


@pytest.fixture(autouse=True)
def _fresh_limits(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()  # allauth counts in the shared cache
    yield
    cache.clear()


def _forged(n: int) -> dict:
    """A different forged client address on every request."""
    return {"HTTP_X_FORWARDED_FOR": f"203.0.113.{n % 250}", "REMOTE_ADDR": "198.51.100.7"}


def _login(client, email, password, n):
    return client.post(
        reverse("account_login"), {"login": email, "password": password}, **_forged(n)
    )


@pytest.mark.parametrize("proxies", [0, 1])
def test_failed_logins_from_one_address_are_limited_whatever_it_forwards(
    client, user_factory, settings, proxies
):
    """Login attempts are limited per address (30 a minute, and failures 10 a minute).
    Without a proxy the forged header is ignored; behind one proxy only the address the
    proxy appended counts."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = proxies
    statuses = []
    for n in range(32):
        # Different people each time, so only the per-address limit can stop this.
        person = f"nobody{next(_n)}@example.org"
        headers = _forged(n)
        if proxies:
            # The client forges a first entry; the proxy appends the real address.
            headers["HTTP_X_FORWARDED_FOR"] += ", 198.51.100.7"
        response = client.post(
            reverse("account_login"), {"login": person, "password": "guess"}, **headers
        )
        limited = response.status_code == 429 or "Too many" in response.content.decode()
        statuses.append("limited" if limited else response.status_code)
    assert "limited" in statuses, statuses
    assert statuses[-1] == "limited"


def test_failed_logins_for_one_account_are_limited_from_any_address(client, user_factory):
    """login_failed is also 5 per 5 minutes per account: rotating addresses does not help
    someone guessing one person's password, and the right password is refused too."""
    user = user_factory()
    for n in range(5):
        _login(client, user.email, "wrong guess", n)
    response = _login(client, user.email, "a calm and long passphrase 42", 99)
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)
    assert "Too many failed login attempts" in response.content.decode()


def test_sign_up_is_limited_per_address_whatever_it_forwards(db, client, settings, password):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "3/m/ip"}
    statuses = []
    for n in range(5):
        response = client.post(
            reverse("account_signup"),
            {
                "email": f"new{next(_n)}@example.org",
                "display_name": f"New {n}",
                "password1": password,
                "password2": password,
            },
            **_forged(n),
        )
        statuses.append(response.status_code)
        client.logout()
    assert statuses[:3] == [302, 302, 302]
    assert statuses[3:] == [429, 429]
    assert User.objects.filter(email__startswith="new").count() == 3


def test_password_reset_is_limited_per_address_whatever_it_forwards(client, user_factory):
    """reset_password: 20 a minute per address, 5 per address-book key (the email)."""
    people = [user_factory() for _ in range(3)]
    statuses = []
    for n in range(22):
        response = client.post(
            reverse("account_reset_password"), {"email": people[n % 3].email}, **_forged(n)
        )
        statuses.append(response.status_code)
    assert statuses.count(429) >= 2, statuses
    assert len(mail.outbox) <= 15


# --- The admin signs in through allauth ---------------------------------------------------


def test_the_admin_login_form_is_gone_anonymous_people_go_to_the_site_login(client):
    response = client.get("/admin/login/?next=/admin/groups/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=/admin/groups/" in response["Location"]
    # Unauthenticated admin pages end up at the same place.
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("account_login"))


def test_posting_a_password_to_the_admin_login_signs_nobody_in(client, user_factory, password):
    staff = user_factory(is_staff=True, is_superuser=True)
    for _ in range(3):
        response = client.post("/admin/login/", {"username": staff.email, "password": password})
        assert response.status_code == 302
        assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_admin_guessing_counts_against_the_site_login_limit(client, user_factory):
    """Guessing through the site's login (the only way in) is limited for staff accounts
    too: after five failures the right password is refused."""
    staff = user_factory(is_staff=True, is_superuser=True)
    for n in range(5):
        _login(client, staff.email, "wrong guess", n)
    _login(client, staff.email, "a calm and long passphrase 42", 50)
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_staff_signed_in_on_the_site_reach_the_admin_and_others_are_refused(user_factory):
    staff = user_factory(is_staff=True, is_superuser=True)
    member = user_factory()
    client = Client()
    client.force_login(staff)
    response = client.get("/admin/login/?next=/admin/groups/")
    assert response.status_code == 302 and response["Location"] == "/admin/groups/"
    assert client.get("/admin/").status_code == 200
    # An off-site next is ignored.
    response = client.get("/admin/login/?next=https://evil.test/")
    assert response["Location"] == reverse("admin:index")
    other = Client()
    other.force_login(member)
    assert other.get("/admin/login/").status_code == 403
    assert other.post("/admin/login/", {"username": staff.email, "password": "x"}).status_code == (
        403
    )


# --- The room's flood limit is per person, not per socket ---------------------------------


@pytest.mark.django_db(transaction=True)
async def test_the_flood_limit_is_shared_by_all_of_a_persons_sockets(room, connect, settings):
    """Two sockets of one person share one budget (counted in the shared cache, so the
    same holds across workers: tests/reliability/test_faults.py shows it on two daphnes);
    someone else in the room is not slowed."""
    settings.KINDRED_WS_FRAMES_PER_WINDOW = 10
    first = await connect(room.alice, room.occurrence)
    second = await connect(room.alice, room.occurrence)
    bob = await connect(room.bob, room.occurrence)
    codes = []
    for n in range(12):
        socket = (first, second)[n % 2]
        await socket.send({"type": "hand.lower", "ref": n})
        await socket.send({"type": "ping"})
        while True:
            reply = await socket.recv(timeout=5)
            if reply["type"] == "error" and reply.get("ref") == n:
                codes.append(reply["code"])
                break
            if reply["type"] == "pong":
                codes.append("ok")
                break
    assert codes[:10] == ["ok"] * 10
    assert codes[10:] == ["rate_limited", "rate_limited"]
    await bob.send({"type": "hand.raise", "ref": "b"})
    assert (await bob.recv_type("queue"))["hands"]


@pytest.mark.django_db(transaction=True)
async def test_message_frames_valid_or_malformed_share_the_flood_limit(room, connect, settings):
    """A valid message's frame is counted in the database call that stores it, a malformed
    one before its error: both spend the same budget, and over it every message frame is
    refused, valid or not, with nothing stored."""
    from chat.models import Message

    settings.KINDRED_WS_FRAMES_PER_WINDOW = 4
    alice = await connect(room.alice, room.occurrence)
    assert (await _send_message(alice, "flood-0001", "one"))["created"] is True
    assert (await _send_message(alice, "flood-0002", 42))["code"] == "bad_field"
    assert (await _send_message(alice, "flood-0003", "two"))["created"] is True
    assert (await _send_message(alice, "flood-0004", 43))["code"] == "bad_field"
    over = await _send_message(alice, "flood-0005", "three")
    assert over["code"] == "rate_limited" and over["client_id"] == "flood-0005"
    assert over["for"] == "message.send" and over["retry_after"] > 0
    assert (await _send_message(alice, "flood-0006", 44))["code"] == "rate_limited"
    stored = Message.objects.filter(occurrence=room.occurrence).values_list("body", flat=True)
    assert sorted(await sync_to_async(list)(stored)) == ["one", "two"]


# --- The per-person message limit, counted with the message's frame ----------------------


async def _send_message(socket, client_id: str, body: str = "", **extra) -> dict:
    """Send a message frame and return its ack or error."""
    await socket.send({"type": "message.send", "client_id": client_id, "body": body, **extra})
    while True:
        reply = await socket.recv(timeout=5)
        if reply["type"] == "message.ack" and reply["client_id"] == client_id:
            return reply
        if reply["type"] == "error":
            return reply


@pytest.mark.django_db(transaction=True)
async def test_the_message_limit_counts_messages_not_resends_or_refused_frames(
    room, connect, settings
):
    """A room socket counts a message towards the limit with its frame's flood count, in the
    database call that stores it. Only messages that reach moderation's checks count, as
    when the checks counted them themselves: a resend of a stored client_id, a malformed
    frame and a message refused before those checks are given back."""
    from moderation.posting import message_rate

    settings.KINDRED_RATE_LIMIT_MESSAGES = 3
    settings.KINDRED_RATE_LIMIT_SECONDS = 3600  # one window for the whole test
    alice = await connect(room.alice, room.occurrence)
    reader = await connect(room.reader, room.occurrence)
    assert (await _send_message(alice, "limit-0001", "one"))["created"] is True
    for _ in range(3):  # resends of a stored message
        assert (await _send_message(alice, "limit-0001", "one"))["created"] is False
    assert (await _send_message(alice, "limit-0002"))["code"] == "empty"
    assert (await _send_message(alice, "limit-0002", 42))["code"] == "bad_field"  # malformed
    announcing = await _send_message(alice, "limit-0003", "x", kind="announcement")
    assert announcing["code"] == "forbidden"  # only leaders announce: before the checks
    # A reader cannot post at all; their refused attempt is not counted either.
    assert (await _send_message(reader, "limit-0004", "hi"))["type"] == "error"
    assert (await _send_message(alice, "limit-0005", "two"))["created"] is True
    assert (await _send_message(alice, "limit-0006", "three"))["created"] is True
    over = await _send_message(alice, "limit-0007", "four")
    assert over["code"] == "rate_limited" and over["client_id"] == "limit-0007"
    # The window has room again when the first message leaves it, an hour from now.
    assert 3590 <= over["retry_after"] <= 3600
    # Someone else still posts; and the count is the shared cache's, where other workers
    # read it: the three messages (the refused fourth took no place in the window).
    bob = await connect(room.bob, room.occurrence)
    assert (await _send_message(bob, "limit-0008", "bob"))["created"] is True
    rate = message_rate(user_id=room.alice.pk, now=timezone.now())
    client = counters._scripts()[0].registered_client
    key = counters.shared_cache().make_and_validate_key(rate.key)
    assert await sync_to_async(client.zcard)(key) == 3
