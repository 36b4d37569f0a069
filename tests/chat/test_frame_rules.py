"""The frame rules docs/protocol.md states, one by one: valid text only, `ref` echoed or
refused, `hello` first, every error of a message with its client_id, one answer for any
person outside the group, field names in errors."""

import pytest
from asgiref.sync import sync_to_async

from chat.models import Message
from moderation.models import Mute

pytestmark = pytest.mark.django_db(transaction=True)


async def _error(socket, frame) -> dict:
    await socket.send(frame)
    return await socket.recv_type("error")


def _send(client_id="rules-0001", **fields) -> dict:
    return {"type": "message.send", "client_id": client_id, "body": "hi", **fields}


# JSON text with a lone surrogate: json.dumps would escape a Python one the same way.
SURROGATE = '"\\ud800"'


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ('{"type":"message.send","client_id":"rules-0001","body":' + SURROGATE + "}", "body"),
        (
            '{"type":"message.send","client_id":"rules-0001","body":"hi","content_warning":'
            + SURROGATE
            + "}",
            "content_warning",
        ),
        ('{"type":"message.send","client_id":"rules-0001","body":"a\\u0000b"}', "body"),
    ],
)
async def test_text_that_is_not_valid_unicode_is_bad_field_never_server_error(
    room, connect, raw, field
):
    alice = await connect(room.alice, room.occurrence)
    await alice.send(raw)
    error = await alice.recv_type("error")
    assert (error["code"], error["field"], error["client_id"]) == ("bad_field", field, "rules-0001")
    assert "retry_after" not in error
    assert not await sync_to_async(Message.objects.exists)()


async def test_a_mute_reason_with_a_lone_surrogate_is_bad_field(room, connect):
    mod = await connect(room.moderator, room.occurrence)
    raw = f'{{"type":"member.mute","user_id":{room.alice.pk},"reason":{SURROGATE}}}'
    await mod.send(raw)
    error = await mod.recv_type("error")
    assert (error["code"], error["field"]) == ("bad_field", "reason")
    assert not await sync_to_async(Mute.objects.exists)()


@pytest.mark.parametrize("body", ["\u200b", "\u200b\u200c\u200d\ufeff", " \u2060\n\u3164 "])
async def test_a_body_of_invisible_characters_is_empty(room, connect, body):
    alice = await connect(room.alice, room.occurrence)
    error = await _error(alice, _send(body=body))
    assert (error["code"], error["field"], error["client_id"]) == ("empty", "body", "rules-0001")
    assert not await sync_to_async(Message.objects.exists)()


async def test_a_content_warning_of_invisible_characters_is_bad_field(room, connect):
    alice = await connect(room.alice, room.occurrence)
    error = await _error(alice, _send(content_warning="\u200b\u200b"))
    assert (error["code"], error["field"]) == ("bad_field", "content_warning")
    # Plain whitespace still means "no warning".
    await alice.send(_send(content_warning="   "))
    assert (await alice.recv_type("message.ack"))["created"] is True


@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        ({"body": None}, "bad_field", "body"),
        ({"body": 42}, "bad_field", "body"),
        ({"body": ["hi"]}, "bad_field", "body"),
        ({"content_warning": 3}, "bad_field", "content_warning"),
        ({"kind": 1}, "bad_field", "kind"),
    ],
)
async def test_every_message_error_carries_its_client_id(room, connect, fields, code, field):
    alice = await connect(room.alice, room.occurrence)
    error = await _error(alice, _send(**fields))
    assert (error["code"], error["field"], error["client_id"]) == (code, field, "rules-0001")


async def test_a_message_without_body_or_a_limited_one_carries_its_client_id(
    room, connect, settings
):
    alice = await connect(room.alice, room.occurrence)
    error = await _error(alice, {"type": "message.send", "client_id": "rules-0002"})
    assert (error["code"], error["field"], error["client_id"]) == (
        "missing_field",
        "body",
        "rules-0002",
    )
    settings.KINDRED_WS_FRAMES_PER_WINDOW = 2  # the frame above, and one more
    await alice.send(_send("rules-0003"))
    await alice.recv_type("message.ack")
    error = await _error(alice, _send("rules-0004"))
    assert (error["code"], error["client_id"]) == ("rate_limited", "rules-0004")
    assert error["retry_after"] > 0


async def test_replies_echo_the_ref_welcome_and_pong_included(room, connect):
    alice = await connect(room.alice, room.occurrence, hello=False)
    await alice.send({"type": "hello", "ref": "h-1"})
    assert (await alice.recv_type("welcome"))["ref"] == "h-1"
    await alice.send({"type": "ping", "ref": 7})
    assert (await alice.recv_type("pong"))["ref"] == 7
    await alice.send({"type": "listen.set", "listening": True, "ref": "l"})
    assert (await alice.recv_type("room.state"))["ref"] == "l"
    await alice.send({"type": "listen.set", "listening": False, "ref": "l2"})
    await alice.recv_type("room.state")
    await alice.send({"type": "hand.raise", "ref": "q"})
    assert (await alice.recv_type("queue"))["ref"] == "q"
    await alice.send({**_send(), "ref": "m"})
    assert (await alice.recv_type("message.ack"))["ref"] == "m"
    await alice.send({"type": "reaction.toggle", "seq": 1, "reaction": "hug", "ref": 1.5})
    assert (await alice.recv_type("reaction.counts"))["ref"] == 1.5
    error = await _error(alice, {"type": "history.before", "ref": "e"})
    assert (error["code"], error["ref"]) == ("missing_field", "e")


@pytest.mark.parametrize(
    "ref", ["r" * 65, "r" * 10_000, {"a": 1}, [1], True, False, 2**60, -(2**60), "\ud800"]
)
async def test_an_invalid_ref_is_refused_and_the_frame_not_carried_out(room, connect, ref):
    alice = await connect(room.alice, room.occurrence)
    error = await _error(alice, {**_send(), "ref": ref})
    assert (error["code"], error["field"], error["for"]) == ("bad_field", "ref", "message.send")
    assert "ref" not in error and error["client_id"] == "rules-0001"
    assert not await sync_to_async(Message.objects.exists)()
    await alice.send({"type": "ping", "ref": ref})
    assert (await alice.recv_type("error"))["field"] == "ref"


async def test_ping_before_hello_is_hello_first_and_resume_is_hello(room, connect):
    alice = await connect(room.alice, room.occurrence, hello=False)
    error = await _error(alice, {"type": "ping", "ref": "p"})
    assert (error["code"], error["ref"], error["for"]) == ("hello_first", "p", "ping")
    await alice.send({"type": "resume", "last_seq": 0})
    welcome = await alice.recv_type("welcome")
    assert welcome["last_seq"] == 0 and welcome["history"] == []
    await alice.send({"type": "ping"})
    assert (await alice.recv_type("pong"))["state"] == "live"


async def test_a_person_outside_the_group_and_no_one_get_the_same_answer(
    room, connect, user_factory, group_factory, member_factory
):
    other_group = await sync_to_async(group_factory)()
    elsewhere = await sync_to_async(member_factory)(other_group, "member", display_name="Eve")
    mod = await connect(room.moderator, room.occurrence)
    answers = []
    for user_id in (elsewhere.pk, 10**12):
        for kind in ("member.mute", "member.remove", "member.ban", "member.unmute"):
            error = await _error(mod, {"type": kind, "user_id": user_id})
            answers.append({k: v for k, v in error.items() if k != "for"})
    assert all(answer == answers[0] for answer in answers), answers
    assert answers[0]["code"] == "no_such_person"


@pytest.mark.parametrize(
    ("frame", "code", "field"),
    [
        ({"type": "member.mute"}, "missing_field", "user_id"),
        ({"type": "room.lock"}, "missing_field", "locked"),
        ({"type": "room.slow_mode"}, "missing_field", "seconds"),
        ({"type": "room.slow_mode", "seconds": 10**6}, "invalid_duration", "seconds"),
        ({"type": "member.mute", "user_id": "ALICE", "minutes": 0}, "invalid_duration", "minutes"),
        ({"type": "member.mute", "user_id": "ALICE", "minutes": 10**20}, "bad_field", "minutes"),
        ({"type": "member.mute", "user_id": -1}, "bad_field", "user_id"),
        ({"type": "member.ban", "user_id": "ALICE", "days": 0}, "invalid_duration", "days"),
        ({"type": "message.flag", "seq": 1, "reason": "meh"}, "invalid_reason", "reason"),
        ({"type": "reaction.toggle", "seq": 1, "reaction": "wave"}, "bad_reaction", "reaction"),
        ({"type": "history.before", "before_seq": 1.0}, "bad_field", "before_seq"),
        ({"type": "timer.set", "seconds": 10**30}, "bad_field", "seconds"),
    ],
)
async def test_errors_name_the_field_they_are_about(room, connect, frame, code, field):
    mod = await connect(room.moderator, room.occurrence)
    await mod.send(_send())
    await mod.recv_type("message.ack")
    frame = {k: (room.alice.pk if v == "ALICE" else v) for k, v in frame.items()}
    error = await _error(mod, frame)
    assert (error["code"], error.get("field")) == (code, field)


async def test_a_guest_s_role_is_null(connect, group_factory, occurrence_factory, user_factory):
    group = await sync_to_async(group_factory)(visibility="public")
    occurrence = await sync_to_async(occurrence_factory)(group, is_open=True)
    guest = await sync_to_async(user_factory)(display_name="Guest")
    welcome = (await connect(guest, occurrence)).welcome
    assert welcome["you"]["role"] is None and welcome["role"] is None


async def test_with_the_shared_cache_away_frames_are_answered_at_once_and_pings_go_on(
    room, connect, settings
):
    """Redis (the flood counters' store) unreachable: a message gets a retryable
    server_error with its client_id, and pings are still answered, each within the
    2 seconds docs/protocol.md promises (the receive below gives up after 2 s)."""
    from kindred import counters
    from tests.chat.workers import free_port

    alice = await connect(room.alice, room.occurrence)
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",  # nothing listens there
        },
    }
    counters.shared_cache.cache_clear()
    counters._scripts.cache_clear()
    await counters.aclose()
    try:
        for n in range(3):
            await alice.send({**_send(f"outage-{n:04d}"), "ref": n})
            error = await alice.recv_type("error", timeout=2)
            assert (error["code"], error["client_id"], error["ref"]) == (
                "server_error",
                f"outage-{n:04d}",
                n,
            )
            assert error["retry_after"] > 0
            await alice.send({"type": "ping"})
            assert (await alice.recv_type("pong", timeout=2))["state"] == "live"
        assert not await sync_to_async(Message.objects.exists)()
    finally:
        await counters.aclose()
        counters.shared_cache.cache_clear()
        counters._scripts.cache_clear()
