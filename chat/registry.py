"""What the apps above chat plug into the room: chat never imports them.

Moderation sits above chat (docs/architecture.md has the layers): it registers here, in its
AppConfig.ready(), what the room runs on its behalf:

- room calls (``register_room_call``): a frame type, its fields (added to chat/frames.py's
  ``SCHEMAS``, which checks every frame) and the function that runs it,
  ``fn(*, actor, occurrence, frame) -> dict | None`` (what it answers goes into the
  ``done`` frame). A frame type nobody registered is an unknown type.
- posting checks (``register_posting_check``): ``fn(post)``, run in the order registered for
  every new message, with the facts chat/posting.py read once (a ``Post``); a check refuses
  by raising a ServiceError.
- the posting rules (``register_posting_rules``): how the facts are read, how a message is
  screened and what is recorded after, the message limit (a ``PostingRules``).
- ``register_mute_lookup``, ``register_mutes_planned``: whether a person is muted in a
  meeting (and everyone muted there, as a read to run alone or with others);
  ``register_removal_column``: whether a person was removed from one, read with the
  admission's own query.
- ``register_copies_stale``: what to forget when a room's copies go stale (``room.copies_stale``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from chat.frames import SCHEMAS, Field
from kindred import prepared
from kindred.counters import Count
from kindred.policy import Standing
from meetings.models import Occurrence

RoomCall = Callable[..., dict | None]

_room_calls: dict[str, RoomCall] = {}


def register_room_call(kind: str, fn: RoomCall, fields: tuple[Field, ...]) -> None:
    """Run ``fn`` for client frames of type ``kind``, whose ``fields`` chat/frames.py checks
    first (built with ``chat.frames.field``). A type the room itself handles cannot be
    taken over, and one type has one shape."""
    if kind in SCHEMAS and kind not in _room_calls:
        raise ValueError(f"{kind!r} is one of the room's own frames")
    if _room_calls.get(kind, fn) is not fn or SCHEMAS.get(kind, fields) != fields:
        raise ValueError(f"{kind!r} is already registered otherwise")
    SCHEMAS[kind] = fields
    _room_calls[kind] = fn


def room_call_for(kind: str) -> RoomCall | None:
    return _room_calls.get(kind)


def room_calls() -> tuple[str, ...]:
    """The frame types registered, in the order registered."""
    return tuple(_room_calls)


# --- Posting -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Post:
    """A message being posted and everything its checks read, read once (chat/posting.py).
    ``facts``: what the registered rules' facts read answered; ``read``: the columns chat
    asked for in the same query (``stored_id``, ``section_rule``)."""

    occurrence: Occurrence
    author: Any
    body: str
    content_warning: str
    kind: str
    listening: bool
    now: datetime
    standing: Standing
    facts: Any
    read: dict
    counted: Count | None


@dataclass(frozen=True, slots=True)
class PostingRules:
    """How posting reads its facts and screens a message (moderation's rules):

    - ``facts(occurrence=, user=, now=, with_body=, columns=, fetch=None)``: the author's
      standing, the rules' facts and ``columns`` (chat's own) read in one query; ``fetch``
      runs the query (chat compiles it once, see chat/posting.py);
    - ``facts_from_row(row, group=, user_id=, look_back=)``: the same from a row of it;
    - ``look_back()``: how far back (seconds) the facts look for a repeated message;
    - ``prepare(group=)``: read now what screening a message of ``group`` reuses;
    - ``screen(occurrence=, author=, body=, content_warning=, standing=)``: a Screening
      (``action`` "allow", "hold" or "block", ``reason``, ``code``, ``records_nothing``);
    - ``screened(message=, screening=)``: record what the screening found, with the message;
    - ``message_rate(user_id=, now=)``: the per-person message limit (a key, window and limit)
      or None.
    """

    facts: Callable[..., tuple[Standing, Any, dict]]
    facts_from_row: Callable[..., tuple[Standing, Any, dict]]
    look_back: Callable[[], int]
    prepare: Callable[..., Any]
    screen: Callable[..., Any]
    screened: Callable[..., None]
    message_rate: Callable[..., Any]


_posting_checks: list[Callable[[Post], None]] = []
_hooks: dict[str, Any] = {}
_copies_stale: list[Callable[[], None]] = []


def register_posting_check(fn: Callable[[Post], None]) -> None:
    if fn not in _posting_checks:
        _posting_checks.append(fn)


def posting_checks() -> tuple[Callable[[Post], None], ...]:
    return tuple(_posting_checks)


def register_posting_rules(rules: PostingRules) -> None:
    _hooks["posting"] = rules


def register_mute_lookup(fn: Callable[..., Any]) -> None:
    """``fn(*, occurrence, user)``: the mute that stops ``user`` posting there now, or None."""
    _hooks["mute"] = fn


def register_mutes_planned(fn: Callable[..., Any]) -> None:
    """``fn(*, occurrence_id, group_id)``: every mute that stops someone posting there now,
    by user id, as ``{"until", "reason", ...}`` (for each person the one ``mute_lookup``
    would give), as a read to run alone or with others (a kindred.prepared.Planned)."""
    _hooks["mutes_planned"] = fn


def register_removal_column(fn: Callable[..., Any]) -> None:
    """``fn(*, occurrence, user_id)``: an expression whose value is the reason the person was
    removed from the meeting (may be empty), NULL if they were not. ``occurrence`` and
    ``user_id`` may be expressions (``OuterRef``): the admission reads it in its own query."""
    _hooks["removal"] = fn


def register_copies_stale(fn: Callable[[], None]) -> None:
    if fn not in _copies_stale:
        _copies_stale.append(fn)


def _hook(name: str):
    try:
        return _hooks[name]
    except KeyError:
        raise RuntimeError(
            f"Nothing registered the room's {name!r} (moderation does, in its AppConfig.ready())"
        ) from None


def posting_rules() -> PostingRules:
    return _hook("posting")


def mute_lookup(*, occurrence: Occurrence, user) -> Any:
    return _hook("mute")(occurrence=occurrence, user=user)


def mutes_lookup(*, occurrence_id: int, group_id: int) -> dict[int, dict]:
    return prepared.run(mutes_planned(occurrence_id=occurrence_id, group_id=group_id))


def mutes_planned(*, occurrence_id: int, group_id: int) -> Any:
    return _hook("mutes_planned")(occurrence_id=occurrence_id, group_id=group_id)


def removal_column(*, occurrence, user_id) -> Any:
    return _hook("removal")(occurrence=occurrence, user_id=user_id)


def copies_stale() -> None:
    for fn in _copies_stale:
        fn()
