"""The one place a client frame's fields are checked (docs/protocol.md, "Client frames").

Every frame type the room socket takes has a row in ``SCHEMAS``: its fields, their kinds,
which are required. ``frame_clean`` checks a frame against it before any handler or
service sees the frame, so every frame type refuses the same bad input the same way:

- a required field that is absent: ``missing_field``;
- a field of the wrong JSON type, a number out of range (huge, negative where a count or
  an id is meant), a string that is not valid Unicode text (a lone surrogate, a NUL):
  ``bad_field``;
- a required text that holds nothing visible (spaces, zero-width spaces and other
  invisible characters only): ``empty``; an optional one that holds only invisible
  characters: ``bad_field`` (plain whitespace still means "none").

The rules a service owns (a body's length, a reaction's name, a mute's duration) stay in
the service; what reaches it is well-formed.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext, gettext_lazy

# Whole numbers a client may send: ids and seqs fit PostgreSQL's bigint; other numbers
# (minutes, seconds, days, limits) a 32-bit integer, and services check their own ranges.
ID_MAX = 2**62
NUMBER_MIN, NUMBER_MAX = -(2**31), 2**31 - 1
REF_MAX_LENGTH = 64
# The most messages one ``history.before`` asks for.
HISTORY_PAGE_MAX = 100
# A numeric ref must survive a JavaScript client's round trip.
REF_NUMBER_MAX = 2**53

# Characters that show nothing on their own, beyond whitespace and the format (Cf) and
# control (Cc) categories: fillers and blanks that fonts draw empty.
_INVISIBLE_EXTRA = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u180e")


class FrameError(Exception):
    """A frame refused before it reached a service: ``code`` and ``field`` for the error."""

    def __init__(self, code: str, detail: str, *, field: str | None = None):
        super().__init__(detail)
        self.code, self.detail, self.field = code, detail, field


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    kind: str  # "text", "string", "int", "id", "bool", "ids"
    required: bool = False
    nullable: bool = False
    max_length: int | None = None  # text: at most this many characters
    bounds: tuple[int, int] | None = None  # a number: within these (inclusive)


def field(name: str, kind: str, **options) -> Field:
    return Field(name, kind, **options)


_f = field
SEQ = field("seq", "id", required=True)
USER_ID = field("user_id", "id", required=True)
# Free text a person gives with an action (a moderator's reason or note).
TEXT_MAX = 500
REASON = field("reason", "text", nullable=True, max_length=TEXT_MAX)

# Frame type -> its fields. A frame type without a row here is not dispatched. The room's
# own frames are listed here; an app that plugs a room call in (moderation) adds its
# frames' fields when it registers them (chat.registry.register_room_call).
SCHEMAS: dict[str, tuple[Field, ...]] = {
    "hello": (_f("last_seq", "id", nullable=True),),
    "resume": (_f("last_seq", "id", nullable=True),),
    "ping": (),
    "message.send": (
        _f("client_id", "string", required=True),
        _f("body", "text", required=True),
        _f("content_warning", "text"),
        _f("kind", "string"),
    ),
    "history.before": (
        _f("before_seq", "id", required=True),
        _f("limit", "int", bounds=(1, HISTORY_PAGE_MAX)),
    ),
    "hand.raise": (),
    "hand.lower": (),
    "pass": (),
    "queue.call_next": (),
    "timer.set": (_f("seconds", "int", required=True, nullable=True),),
    "reaction.toggle": (SEQ, _f("reaction", "string", required=True)),
    "listen.set": (_f("listening", "bool", required=True),),
    "section.move": (_f("section_id", "id", required=True),),
}

_KIND_NAMES = {
    "text": gettext_lazy("text"),
    "string": gettext_lazy("text"),
    "int": gettext_lazy("a whole number"),
    "id": gettext_lazy("a whole number"),
    "bool": gettext_lazy("true or false"),
    "ids": gettext_lazy("a list of whole numbers"),
}


def is_valid_text(value: str) -> bool:
    """Whether ``value`` can be stored and sent as it is: well-formed Unicode (no lone
    surrogate) without NUL."""
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_invisible(char: str) -> bool:
    return (
        char.isspace()
        or unicodedata.category(char) in ("Cf", "Cc", "Zs", "Zl", "Zp")
        or char in _INVISIBLE_EXTRA
    )


def visible(value: str) -> bool:
    """Whether ``value`` shows anything: not only whitespace and invisible characters."""
    return not all(is_invisible(char) for char in value)


def valid_ref(ref: object) -> bool:
    """A ``ref`` a reply may echo: absent, a string of at most 64 characters of valid
    text, or a finite number within ±2**53."""
    if ref is None:
        return True
    if isinstance(ref, str):
        return len(ref) <= REF_MAX_LENGTH and is_valid_text(ref)
    if isinstance(ref, bool):
        return False
    if isinstance(ref, int):
        return -REF_NUMBER_MAX <= ref <= REF_NUMBER_MAX
    if isinstance(ref, float):
        return math.isfinite(ref) and -REF_NUMBER_MAX <= ref <= REF_NUMBER_MAX
    return False


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check(field: Field, value: object) -> object:
    name, kind = field.name, field.kind
    wrong = FrameError(
        "bad_field",
        gettext("'%(name)s' must be %(kind)s.") % {"name": name, "kind": _KIND_NAMES[kind]},
        field=name,
    )
    if kind in ("text", "string"):
        if not isinstance(value, str):
            raise wrong
        if not is_valid_text(value):
            raise FrameError(
                "bad_field", gettext("'%(name)s' is not valid text.") % {"name": name}, field=name
            )
        if field.max_length is not None and len(value) > field.max_length:
            raise FrameError(
                "bad_field",
                gettext("'%(name)s' must be text of at most %(count)s characters.")
                % {"name": name, "count": field.max_length},
                field=name,
            )
        if kind == "text" and not visible(value):
            if field.required:
                raise FrameError(
                    "empty", gettext("'%(name)s' is empty.") % {"name": name}, field=name
                )
            if value.strip():
                raise FrameError(
                    "bad_field",
                    gettext("'%(name)s' holds only invisible characters.") % {"name": name},
                    field=name,
                )
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise wrong
        return value
    if kind == "ids":
        if not isinstance(value, list) or len(value) > 500:
            raise wrong
        if not all(_whole(each) and 0 <= each < ID_MAX for each in value):
            raise wrong
        return value
    if not _whole(value):
        raise wrong
    low, high = (0, ID_MAX - 1) if kind == "id" else (NUMBER_MIN, NUMBER_MAX)
    if not low <= value <= high:
        raise FrameError(
            "bad_field", gettext("'%(name)s' is out of range.") % {"name": name}, field=name
        )
    if field.bounds is not None and not field.bounds[0] <= value <= field.bounds[1]:
        low, high = field.bounds
        raise FrameError(
            "bad_field",
            gettext("'%(name)s' is %(low)s to %(high)s.")
            % {"name": name, "low": low, "high": high},
            field=name,
        )
    return value


def frame_clean(kind: str, frame: dict) -> dict:
    """Check ``frame`` (of a type in ``SCHEMAS``) field by field, in the schema's order;
    raise FrameError for the first bad one. Answers the frame itself: every field it
    declares is well-formed from here on."""
    for field in SCHEMAS[kind]:
        if field.name not in frame:
            if field.required:
                raise FrameError(
                    "missing_field",
                    gettext("'%(name)s' is required.") % {"name": field.name},
                    field=field.name,
                )
            continue
        value = frame[field.name]
        if value is None and field.nullable:
            continue
        _check(field, value)
    return frame
