"""What the room socket sends, as text: the ``ref`` echo, the size check, ``message.new``.

Client frames are checked in one place, chat/frames.py; this is the other direction.
"""

from __future__ import annotations

import json

from django.conf import settings


def _echo(frame: dict) -> dict:
    """The ``ref`` a reply to ``frame`` echoes (none when the frame had none)."""
    ref = frame.get("ref")
    return {} if ref is None else {"ref": ref}


# The same message dict goes to every socket of a room on this worker (one event from the
# fan-out, chat/fanout.py): its frame is encoded once, not once per socket. Keyed by the
# dict's id; the dict is kept with its text, so no other dict can take that id meanwhile.
_ENCODED: dict[int, tuple[dict, str]] = {}
_ENCODED_MAX = 256


def frame_oversized(text: str) -> bool:
    """Whether a frame is over what the server may send. Frames are ASCII-only JSON, so
    their length is their size; anything else is encoded to find out (it is only ever
    needed past a quarter of the limit: UTF-8 takes at most 4 bytes a character)."""
    limit = settings.KINDRED_WS_MAX_SEND_BYTES
    if len(text) > limit:
        return True
    if len(text) * 4 <= limit or text.isascii():
        return False
    return len(text.encode("utf-8", "surrogatepass")) > limit


def message_new_text(message: dict) -> str:
    """The ``message.new`` frame for ``message``, as text."""
    kept = _ENCODED.get(id(message))
    if kept is not None and kept[0] is message:
        return kept[1]
    text = json.dumps({"type": "message.new", "message": message}, separators=(",", ":"))
    if len(_ENCODED) >= _ENCODED_MAX:
        del _ENCODED[next(iter(_ENCODED))]  # the oldest
    _ENCODED[id(message)] = (message, text)
    return text
