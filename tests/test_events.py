"""Channel-layer events (kindred/events.py) fit both ends: every event a builder makes has a
handler on the room socket, every frame those handlers send is described in
docs/protocol.md with the fields the code puts in it, and nothing outside kindred/events.py
builds an event by hand (so a changed event cannot drift from its handler)."""

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from chat import admission, consumers, selectors
from chat.consumers import RoomConsumer
from kindred import events
from kindred.events import BUILDERS, NOTICE_FIELDS, CloseCode
from tests.chat import protocol_doc

ROOT = Path(__file__).resolve().parent.parent
APPS = ("accounts", "bench", "chat", "groups", "kindred", "library", "meetings", "moderation")

# Files that still build events or use close codes by hand, each to be switched to the
# builders of kindred/events.py (and then taken off this list). The list must end empty.
NOT_YET_CONVERTED: set[str] = set()


def _handler(event_type: str) -> str:
    return event_type.replace(".", "_")


@pytest.mark.parametrize("event_type", sorted(BUILDERS))
def test_every_event_has_a_handler_on_the_room_socket(event_type):
    assert callable(getattr(RoomConsumer, _handler(event_type), None)), event_type


def test_every_room_socket_event_handler_has_a_builder():
    handlers = {
        name
        for name in dir(RoomConsumer)
        if name.startswith(("room_", "user_")) and callable(getattr(RoomConsumer, name))
    }
    # Not channel-layer events: called on the socket by this worker (chat/fanout.py,
    # chat/admission.py), or the fan-out's own entry point.
    own = {"room_event", "room_lost"}
    assert handlers - own == {_handler(t) for t in BUILDERS}


def test_each_builder_makes_an_event_of_its_own_type():
    made = {
        "room.refresh_state": events.room_refresh_state(),
        "room.message": events.room_message(seq=3, message=None),
        "room.message_updated": events.room_message_updated(message={"seq": 3}),
        "room.message_removed": events.room_message_removed(seq=3),
        "room.presence": events.room_presence(presence={"at": ""}),
        "room.queue": events.room_queue(queue=None),
        "room.timer": events.room_timer(timer={"seconds": None, "ends_at": None}),
        "room.reactions": events.room_reactions(seq=3, counts={"hug": 1}),
        "room.section": events.room_section(section=None),
        "room.mutes": events.room_mutes(muted=[{"user_id": 3, "until": None}]),
        "room.copies_stale": events.room_copies_stale(),
        "user.kick": events.user_kick(code=CloseCode.BANNED, group_id=1),
        "user.notice": events.user_notice(kind="your_turn", detail="Share now.", occurrence_id=1),
        "user.downgrade": events.user_downgrade(group_id=1),
        "user.refresh": events.user_refresh(group_id=1),
    }
    assert set(made) == set(BUILDERS)
    assert all(event["type"] == event_type for event_type, event in made.items())


def test_a_kick_carries_what_the_socket_needs_to_say_what_comes_next():
    until = datetime(2027, 1, 2, 10, 0, tzinfo=UTC)
    assert events.user_kick(code=CloseCode.BANNED, group_id=4, reason="spam", until=until) == {
        "type": "user.kick",
        "occurrence_id": None,
        "group_id": 4,
        "code": 4410,
        "reason": "spam",
        "until": "2027-01-02T10:00:00+00:00",
    }
    with pytest.raises(ValueError):
        events.user_kick(code=4999)  # not a close code of the protocol


def test_a_notice_has_exactly_the_fields_of_its_kind():
    notice = events.user_notice(kind="approved", detail="Approved.", old_seq=4, seq=9)
    assert (notice["old_seq"], notice["seq"], notice["kind"]) == (4, 9, "approved")
    assert "html" not in notice
    with pytest.raises(ValueError):
        events.user_notice(kind="approved", detail="Approved.", seq=9)  # old_seq missing
    with pytest.raises(ValueError):
        events.user_notice(kind="your_turn", detail="Share now.", seq=9)  # not its field
    with pytest.raises(ValueError):
        events.user_notice(kind="no_such_kind", detail="?")


def test_close_codes_are_the_ones_admission_uses():
    # The room's refusals and the events close sockets with the same codes.
    assert selectors.CloseCode is CloseCode


# --- docs/protocol.md describes what the handlers send ----------------------------------------


def test_every_field_the_room_socket_writes_into_a_frame_is_documented():
    built = protocol_doc.frame_fields_built(consumers, admission)
    missing = {
        (frame_type, field)
        for frame_type, fields in built.items()
        if frame_type in protocol_doc.documented()["server"]
        for field in fields
        if field != "ref" and not protocol_doc.documents_field(frame_type, field)
    }
    assert missing == set()


def test_every_notice_kind_and_its_fields_are_documented():
    # user_notice's own fields reach the frame; group_id only picks the sockets.
    common = {"occurrence_id", "kind", "detail", "html"}
    for field in common:
        assert protocol_doc.documents_field("notice", field), field
    text = protocol_doc.server_frame_doc("notice")
    for kind, fields in NOTICE_FIELDS.items():
        assert f'"{kind}"' in text or f"`{kind}`" in text, kind
        for field in fields:
            assert protocol_doc.documents_field("notice", field), (kind, field)


def test_the_closing_frames_fields_are_documented():
    refusals = [
        selectors.removed_refusal(reason="r"),
        selectors.banned_refusal(reason="r", until=None, zone=UTC),
        selectors.RoomRefused(CloseCode.NOT_FOUND, "This group was closed.", code="closed"),
    ]
    fields = {field for refused in refusals for field in refused.closing()}
    fields |= set(admission.closing_frame(CloseCode.BUSY, 1.0)) - {"type"}
    assert {f for f in fields if not protocol_doc.documents_field("closing", f)} == set()


def test_every_close_code_is_documented():
    assert {int(code) for code in CloseCode} <= protocol_doc.documented()["close"]


# --- nothing outside kindred/events.py builds an event --------------------------------------

EVENT_LITERAL = re.compile(r"""["']type["']\s*:\s*f?["']((?:room|user)\.[a-z_]+)""")
CLOSE_CODE_LITERAL = re.compile(r"""(?:["']code["']\s*:\s*|\bcode\s*=\s*)(4\d{3})\b""")


def _app_sources():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")


def _hand_built() -> dict[str, list[str]]:
    """File -> what it builds by hand: event dicts and bare close codes."""
    server_frames = protocol_doc.documented()["server"]  # ``room.state`` is a frame
    found: dict[str, list[str]] = {}
    for name, source in _app_sources():
        if name == "kindred/events.py":
            continue
        for line_number, line in enumerate(source.splitlines(), 1):
            for event_type in EVENT_LITERAL.findall(line):
                if event_type not in server_frames:
                    found.setdefault(name, []).append(f"{line_number}: {event_type}")
            for code in CLOSE_CODE_LITERAL.findall(line):
                found.setdefault(name, []).append(f"{line_number}: close code {code}")
    return found


def test_events_and_close_codes_are_built_only_in_kindred_events():
    found = _hand_built()
    assert {name: where for name, where in found.items() if name not in NOT_YET_CONVERTED} == {}


def test_the_list_of_files_not_yet_converted_holds_only_files_that_still_need_it():
    # A file taken off the list once converted keeps the list honest.
    assert NOT_YET_CONVERTED - set(_hand_built()) == set()
