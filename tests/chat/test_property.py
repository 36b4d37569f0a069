"""Random and hostile frames: the consumer never raises, the socket stays open, and what
the database holds is exactly what the client was told (acks)."""

import asyncio
import json

import pytest
from channels.layers import channel_layers, get_channel_layer
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from chat.consumers import FRAMES
from chat.models import Message
from kindred import counters
from kindred.routing import websocket_urlpatterns
from tests.chat import protocol_doc

pytestmark = pytest.mark.django_db(transaction=True)

# Text includes lone surrogates (a JSON "\ud800" decodes to one), NUL and invisible
# characters; numbers include huge and negative ones.
hostile_text = st.text(
    st.characters(codec=None, categories=None, exclude_categories=())
) | st.sampled_from(["\ud800", "a\udfff", "\x00", "\u200b", "\u200b\u2060", " ", ""])
huge_numbers = st.integers() | st.sampled_from([2**63, -(2**63), 10**40, -1, 2**62, 2**31])
json_scalars = st.none() | st.booleans() | huge_numbers | st.floats(allow_nan=False) | hostile_text
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
FIELDS = [
    "client_id",
    "body",
    "content_warning",
    "kind",
    "seq",
    "before_seq",
    "last_seq",
    "limit",
    "seconds",
    "reaction",
    "listening",
    "user_id",
    "locked",
    "section_id",
    "reason",
    "note",
    "minutes",
    "days",
    "user_ids",
    "ref",
]
TYPES = [
    *FRAMES,
    "websocket.close",
    "websocket.disconnect",
    "room.message",
    "user.kick",
    "room_refresh_state",
    "on_hello",
    "__init__",
    "",
]
CLIENT_IDS = ["prop-000001", "prop-000002", "prop-000003"]

structured = st.builds(
    lambda kind, fields: {"type": kind, **fields},
    st.sampled_from(TYPES),
    st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=4),
)
sends = st.builds(
    lambda cid, body, cw: {
        "type": "message.send",
        "client_id": cid,
        "body": body,
        "content_warning": cw,
    },
    st.sampled_from([*CLIENT_IDS, "x", "bad id"]),
    st.sampled_from(["hi", "  ", "<script>x</script>", "**b**", "y" * 2001]),
    st.sampled_from(["", "cw"]),
)
small_ops = st.sampled_from(
    [
        {"type": "hand.raise"},
        {"type": "hand.lower"},
        {"type": "pass"},
        {"type": "reaction.toggle", "seq": 1, "reaction": "heart"},
        {"type": "listen.set", "listening": True},
        {"type": "listen.set", "listening": False},
        {"type": "history.before", "before_seq": 3, "limit": 2},
    ]
)


def _nested(depth: int, kind: str) -> str:
    """A frame of ``kind`` with a field nested ``depth`` deep (lists in objects)."""
    return (
        json.dumps({"type": kind, "body": "x"})[:-1] + ',"ref":' + "[" * depth + "]" * depth + "}"
    )


deep = st.builds(_nested, st.integers(1, 5000), st.sampled_from(list(FRAMES)))
# Every frame type, with every field any frame takes, each of any hostile value.
every_type = st.builds(
    lambda kind, fields: {"type": kind, **fields},
    st.sampled_from(list(FRAMES)),
    st.dictionaries(st.sampled_from(FIELDS), json_scalars, max_size=6),
)
# (The test communicator cannot send an empty text frame.)
raw = st.text(min_size=1, max_size=40) | json_values.map(json.dumps) | deep
frames = st.lists(
    st.one_of(
        structured.map(json.dumps),
        every_type.map(json.dumps),
        sends.map(json.dumps),
        small_ops.map(json.dumps),
        raw,
    ),
    max_size=12,
)


async def _scenario(user, occurrence, sent: list[str]) -> dict[str, int]:
    channel_layers.backends.clear()
    communicator = WebsocketCommunicator(
        URLRouter(websocket_urlpatterns), f"/ws/rooms/{occurrence.pk}/"
    )
    communicator.scope["user"] = user
    connected, _ = await communicator.connect(timeout=5)
    assert connected
    acks: dict[str, int] = {}
    documented_codes = protocol_doc.documented()["errors"]

    marks = iter(range(1, 10_000))

    async def until_pong() -> None:
        # Our own ping, told apart by its ref: a ping among the frames sent has a pong of
        # its own, which must not end the wait before the answers to what came before it.
        mark = f"until-{next(marks)}"
        await communicator.send_to(text_data=json.dumps({"type": "ping", "ref": mark}))
        while True:
            out = await communicator.receive_output(timeout=5)
            assert out["type"] == "websocket.send", out  # never closed, never crashed
            frame = json.loads(out["text"])
            if frame["type"] == "error":
                assert isinstance(frame["code"], str) and isinstance(frame["detail"], str)
                # Bad input is the client's to fix, never "try again".
                assert frame["code"] != "server_error", frame
                assert frame["code"] in documented_codes, frame
            if frame["type"] == "message.ack":
                assert acks.setdefault(frame["client_id"], frame["seq"]) == frame["seq"]
            if frame["type"] == "pong" and frame.get("ref") == mark:
                return

    await communicator.send_to(text_data='{"type":"hello"}')
    await until_pong()
    for text in sent:
        await communicator.send_to(text_data=text)
        await until_pong()
    await communicator.disconnect()
    layer = get_channel_layer()
    if hasattr(layer, "close_pools"):
        await layer.close_pools()
    await counters.aclose()
    channel_layers.backends.clear()
    return acks


@pytest.fixture
def prop_room(room, settings):
    settings.KINDRED_WS_FRAMES_PER_WINDOW = 100_000
    settings.KINDRED_DUPLICATE_SECONDS = 0
    return room


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sent=frames)
# A ping among the frames, then a message: the message's ack must still be seen.
@example(
    sent=[
        '{"type": "ping"}',
        '{"type": "message.send", "client_id": "prop-000001", "body": "hi", "content_warning": ""}',
    ]
)
def test_hostile_frames_never_break_the_room(prop_room, occurrence_factory, sent):
    occurrence = occurrence_factory(prop_room.group)
    acks = asyncio.run(_scenario(prop_room.alice, occurrence, sent))
    stored = dict(Message.objects.filter(occurrence=occurrence).values_list("client_id", "seq"))
    assert stored == acks
    seqs = sorted(stored.values())
    assert seqs == list(range(1, len(seqs) + 1))
