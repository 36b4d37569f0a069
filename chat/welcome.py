"""What a room socket gets on hello: the room's state and the history it lacks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings

from chat import registry
from chat.history import (
    HISTORY_ON_CONNECT,
    RESUME_PAGE,
    fitting,
    history_after,
    history_before,
    history_frame_bytes,
    history_newest_planned,
    sees,
    wire_size,
)
from chat.room_state import (
    hands_planned,
    presence_counts,
    presence_planned,
    presence_snapshot,
    queue_payload,
    queue_snapshot,
    room_flags,
    room_state_planned,
    room_state_read,
)
from kindred import prepared
from library.selectors import section_current, section_planned

if TYPE_CHECKING:
    from chat.selectors import RoomAccess

# Room for the welcome's fields that the socket adds itself (``you``, ``limits``...).
WELCOME_OWN_BYTES = 2048


def room_welcome_state(*, access: RoomAccess) -> dict:
    """Everything a socket needs on (re)connect apart from history. The readings-only view
    gets presence counts only, and no queue or timer (they belong to the share round)."""
    oid = access.occurrence_id
    if access.readings_only:
        return {
            "room": room_flags(occurrence_id=oid),
            "presence": presence_counts(presence_snapshot(occurrence_id=oid)),
            "queue": None,
            "timer": None,
        }
    # The flags (with last_seq, read before the history), the speaker and the timer in one
    # query.
    read = room_state_read(occurrence_id=oid)
    return {
        "room": read["room"],
        "presence": presence_snapshot(occurrence_id=oid),
        "queue": queue_snapshot(occurrence_id=oid, speaker=read["speaker"]),
        "timer": read["timer"],
    }


def mute_payload(mute: dict | None) -> dict | None:
    """The wire form of a mute (registry.mutes_lookup's row): ``{"until": iso | None,
    "reason"}``; None when not muted."""
    if mute is None:
        return None
    until = mute["until"]
    return {"until": until.isoformat() if until else None, "reason": mute["reason"]}


def muted_payload(mutes: dict[int, dict | None]) -> list[dict]:
    """Who a mute stops posting in the room now (``{user_id: mute_payload}``), as the chair
    and moderators are sent it: ``[{"user_id", "until"}]`` by user id."""
    return [
        {"user_id": user_id, "until": mute["until"]}
        for user_id, mute in sorted(mutes.items())
        if mute is not None
    ]


def _for_leaders(access: RoomAccess, shared: dict) -> dict:
    return {"muted": muted_payload(shared["mutes"])} if access.sees_held else {}


# The newest messages of a room that a batch of welcomes shares (chat/admission.welcome):
# twice a fresh welcome's history, so that held messages, which only some viewers see, do
# not leave the others short, and a resume that missed fewer than this many is served from
# it as well.
SHARED_WINDOW = 2 * HISTORY_ON_CONNECT


def room_welcome_shared(*, access: RoomAccess) -> dict:
    """The part of a welcome that is the same for every socket of the room and view, read
    once for the sockets of a worker that say hello together (chat/admission.welcome): the
    room's state, its current section, the mutes in force, and the room's
    newest SHARED_WINDOW messages as a moderator sees them (held ones too), read after the
    state. Each socket's history is then cut from the window without a query of its own
    (room_welcome_from_shared)."""
    return room_welcome_shared_many(accesses=[access])[0]


def room_welcome_shared_many(*, accesses: list[RoomAccess]) -> list[dict]:
    """room_welcome_shared for each of ``accesses`` (one per room and view): the room
    views' reads all go to PostgreSQL together, in one round trip (_shared_plans); the
    readings-only view's are read one after another."""
    plans = {i: _shared_plans(access) for i, access in enumerate(accesses)}
    together = [planned for each in plans.values() if each for planned in each]
    answers = iter(prepared.run_together(together))
    shared = []
    for i, access in enumerate(accesses):
        if plans[i]:
            state, window, found, section = _shared_answered(
                access, [next(answers) for _ in plans[i]]
            )
        else:
            state = room_welcome_state(access=access)
            window = _window(access, last_seq=state["room"]["last_seq"])
            found = {}
            if not access.readings_only:
                found = registry.mutes_lookup(
                    occurrence_id=access.occurrence_id, group_id=access.group_id
                )
            section = section_current(occurrence_id=access.occurrence_id)
        shared.append(
            {
                "state": state,
                "section": section,
                "mutes": {user_id: mute_payload(mute) for user_id, mute in found.items()},
                "window": window,
                "sizes": [wire_size(m) for m in window],
                "rest_size": wire_size({**state, "section": section}),
            }
        )
    return shared


# The shared read asks for this many messages more than its window: the ones committed
# between its state's read and its messages' are left out, and the window stays whole.
WINDOW_SLACK = 20


def _window(access: RoomAccess, *, last_seq: int) -> list[dict]:
    """The room's newest SHARED_WINDOW messages up to ``last_seq``, as a moderator sees them
    (the readings-only view: its announcements)."""
    return history_before(
        occurrence_id=access.occurrence_id,
        before_seq=last_seq + 1,
        limit=SHARED_WINDOW,
        sees_held=not access.readings_only,
        announcements_only=access.readings_only,
    )


def _shared_plans(access: RoomAccess) -> list | None:
    """The room view's reads, to go to PostgreSQL with others: the room's row, who is
    there, the raised hands, the mutes, the section and the newest messages, each statement
    read after the one before. The messages come after the state, so they hold every
    message up to its last seq (_shared_answered leaves any newer ones out). None for the
    readings-only view, or when the history's read cannot be compiled."""
    if access.readings_only:
        return None
    oid = access.occurrence_id
    newest = history_newest_planned(
        occurrence_id=oid,
        limit=SHARED_WINDOW + WINDOW_SLACK,
        sees_held=True,
        announcements_only=False,
    )
    if newest is None:
        return None
    return [
        room_state_planned(occurrence_id=oid),
        presence_planned(occurrence_id=oid),
        hands_planned(occurrence_id=oid),
        registry.mutes_planned(occurrence_id=oid, group_id=access.group_id),
        section_planned(occurrence_id=oid),
        newest,
    ]


def _shared_answered(access: RoomAccess, answers: list) -> tuple:
    """The state, window, mutes and section from the answers to _shared_plans's reads."""
    room, presence, hands, found, section, messages = answers
    last_seq = room["room"]["last_seq"]
    window = [message for message in messages if message["seq"] <= last_seq]
    if len(window) < SHARED_WINDOW and len(messages) == SHARED_WINDOW + WINDOW_SLACK:
        # More than WINDOW_SLACK messages came between the two reads: read the window alone.
        window = _window(access, last_seq=last_seq)
    state = {
        "room": room["room"],
        "presence": presence,
        "queue": queue_payload(hands, room["speaker"]),
        "timer": room["timer"],
    }
    return state, window[-SHARED_WINDOW:], found, section


def room_welcome_from_shared(
    *, access: RoomAccess, last_seq: int | None, shared: dict
) -> dict | None:
    """The socket's welcome cut from the shared window, without a query: the same answer
    room_welcome's own reads give. None when the window cannot say it all (a fresh history
    with fewer visible messages in it than HISTORY_ON_CONNECT while older ones exist, or a
    resume from before the window); room_welcome then reads the history itself."""
    state = shared["state"]
    room_last = state["room"]["last_seq"]
    window, sizes = shared["window"], shared["sizes"]
    whole_room = len(window) < SHARED_WINDOW
    mute = None if access.readings_only else shared["mutes"].get(access.user_id)
    reset = last_seq is not None and last_seq > room_last
    newest = last_seq is None or reset
    if newest:
        seen = [i for i, m in enumerate(window) if sees(m, access)]
        if not whole_room and len(seen) < HISTORY_ON_CONNECT:
            return None
        seen = seen[-HISTORY_ON_CONNECT:]
    else:
        if not whole_room and (not window or window[0]["seq"] > last_seq + 1):
            return None
        seen = [i for i, m in enumerate(window) if m["seq"] > last_seq and sees(m, access)]
    # The frame's other fields: the state and section (measured once) and this one's mute.
    leaders = _for_leaders(access, shared)
    rest_size = shared["rest_size"] + len(',"mute":') + wire_size(mute) + wire_size(leaders)
    budget = min(
        history_frame_bytes(),
        settings.KINDRED_WS_MAX_SEND_BYTES - rest_size - WELCOME_OWN_BYTES,
    )
    history = fitting(
        [window[i] for i in seen], budget, newest=newest, sizes=[sizes[i] for i in seen]
    )
    truncated = not newest and len(history) < len(seen)
    if truncated:
        room_last = history[-1]["seq"] if history else last_seq
    return {
        **state,
        "section": shared["section"],
        "mute": mute,
        **leaders,
        "history": history,
        "last_seq": room_last,
        "reset": reset,
        "truncated": truncated,
    }


def room_welcome(*, access: RoomAccess, last_seq: int | None, shared: dict | None = None) -> dict:
    """What a socket gets on hello: the room's state and the history it lacks.

    The room's ``last_seq`` is read before the history, so a message stored in between is
    not skipped: it arrives as a live event (or its gap is filled) afterwards. Without
    ``last_seq`` the history is the most recent messages (at most HISTORY_ON_CONNECT) that
    fit the frame's byte budget. With it, the history is the messages after it, oldest
    first, as many as fit; if not all fit, ``truncated`` is true, the welcome's
    ``last_seq`` is the last one it holds (where a client that loses the socket resumes)
    and the socket sends the rest up to ``room.last_seq`` as ``message.new``. A
    ``last_seq`` ahead of the room (another room's ids, or a stale client) gets a fresh
    history and ``reset``. ``shared``: room_welcome_shared's answer, read after this
    socket joined the room (read here if None)."""
    shared = shared or room_welcome_shared(access=access)
    ready = room_welcome_from_shared(access=access, last_seq=last_seq, shared=shared)
    if ready is not None:
        return ready
    return room_welcome_read(access=access, last_seq=last_seq, shared=shared)


def room_welcome_read(*, access: RoomAccess, last_seq: int | None, shared: dict) -> dict:
    """room_welcome with the socket's history read on its own (one query a page), for what
    the shared window does not hold."""
    state = shared["state"]
    room_last = state["room"]["last_seq"]
    viewer = access.viewer()
    rest = {
        **state,
        "section": shared["section"],
        "mute": None if access.readings_only else shared["mutes"].get(access.user_id),
        **_for_leaders(access, shared),
    }
    budget = min(
        history_frame_bytes(),
        settings.KINDRED_WS_MAX_SEND_BYTES - wire_size(rest) - WELCOME_OWN_BYTES,
    )
    reset = last_seq is not None and last_seq > room_last
    truncated = False
    if last_seq is None or reset:
        history = history_before(
            occurrence_id=access.occurrence_id,
            before_seq=room_last + 1,
            limit=HISTORY_ON_CONNECT,
            **viewer,
        )
        history = fitting(history, budget, newest=True)
    else:
        history = []
        after = last_seq
        while after < room_last:
            page = history_after(
                occurrence_id=access.occurrence_id,
                after_seq=after,
                up_to_seq=room_last,
                limit=RESUME_PAGE,
                **viewer,
            )
            if not page:
                break
            kept = fitting(page, budget, newest=False)
            history.extend(kept)
            budget -= sum(wire_size(m) + 1 for m in kept)
            if len(kept) < len(page):
                truncated = True
                room_last = history[-1]["seq"] if history else last_seq
                break
            after = page[-1]["seq"]
    return {
        **rest,
        "history": history,
        "last_seq": room_last,
        "reset": reset,
        "truncated": truncated,
    }


def settings_max_length() -> int:
    return settings.KINDRED_MESSAGE_MAX_LENGTH
