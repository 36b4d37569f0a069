"""Synchronous adapters between the room socket and the services.

The consumer runs each of these in a thread with ``database_sync_to_async``. Each reloads
the occurrence (its state may have changed since admission) and calls one service with
what the socket knows about the person. Kept apart so the consumer holds no ORM code.
"""

from __future__ import annotations

import dataclasses

from django.utils.translation import gettext as _

from chat import selectors, services
from chat.models import Message
from chat.selectors import CloseCode, RoomAccess, RoomRefused
from kindred.counters import Count
from kindred.errors import NotFound, ServiceError
from kindred.policy import standing_for
from kindred.recent import Recent
from meetings.lifecycle import occurrence_state
from meetings.models import Occurrence


def _occurrence(access: RoomAccess) -> Occurrence:
    occurrence = selectors.occurrence_for_room(access.occurrence_id)
    if occurrence is None:
        raise RoomRefused(CloseCode.NOT_FOUND, "There is no such meeting.", code="not_found")
    return occurrence


# The frequent frames (a message, a reaction, a hand, a ping) reuse this worker's copy of the
# occurrence, its series and its group instead of reading all three every time. Whatever
# changes a meeting tells its room (``room.refresh_state``), and saving a meeting, series or
# group tells the live rooms concerned (``room.copies_stale``, chat/apps.py); the sockets then
# drop the copy. KINDRED_ROOM_CACHE_SECONDS bounds how long a change made some other way
# (an UPDATE without the models' save) can go unseen. Moderation frames always read afresh.
_recent: Recent[Occurrence] = Recent()


def _recent_occurrence(access: RoomAccess) -> Occurrence:
    return _recent.get(access.occurrence_id, lambda: _occurrence(access))


def forget_occurrence(occurrence_id: int) -> None:
    """The meeting changed: the next frame reads it again."""
    _recent.forget(occurrence_id)


def forget_copies(occurrence_id: int) -> None:
    """The meeting, its series or group, or the screening rules changed
    (``room.copies_stale``): the next message reads them all again."""
    _recent.forget(occurrence_id)
    try:
        from moderation.selectors import forget_screening_terms
    except ImportError:  # moderation is optional for the room itself
        return
    forget_screening_terms()


def admit(*, user, occurrence_id: int, listen_only: bool, readings_only: bool) -> RoomAccess:
    """Admission (selectors.room_admit); then, for someone who may post, this worker's
    copies of what a message is checked against (the meeting, the group's rules, the
    compiled posting-facts read), made now if it has none. A room's first messages on a
    worker then cost what every later one does: when many meetings open at once, the first
    minute's messages no longer queue behind those reads."""
    access = selectors.room_admit(
        user=user, occurrence_id=occurrence_id, listen_only=listen_only, readings_only=readings_only
    )
    if access.may_post:
        occurrence = _recent_occurrence(access)
        services.posting_prepare(occurrence=occurrence)
    return access


def presence_join(*, access: RoomAccess, channel_name: str) -> None:
    services.presence_join(
        occurrence_id=access.occurrence_id,
        user_id=access.user_id,
        channel_name=channel_name,
        listening=access.listening,
        announce=False,  # the socket announces a burst of joins once
    )


def presence_leave(*, channel_name: str) -> None:
    services.presence_leave(channel_name=channel_name, announce=False)


def presence_announce(*, occurrence_id: int) -> None:
    services.presence_announce(occurrence_id=occurrence_id)


def ping(*, access: RoomAccess, channel_name: str) -> str:
    services.presence_touch(channel_name=channel_name)
    return str(occurrence_state(_recent_occurrence(access)))


def message_send(
    *,
    access: RoomAccess,
    user,
    body: str,
    client_id: str,
    content_warning: str,
    kind: str,
    counted: Count | None = None,
) -> tuple[dict, bool]:
    message, created = services.message_post(
        occurrence=_recent_occurrence(access),
        author=user,
        body=body,
        client_id=client_id,
        content_warning=content_warning,
        listening=access.listening,
        kind=kind,
        counted=counted,
    )
    return selectors.message_payload_for(message, author_name=user.display_name), created


def hand_raise(*, access: RoomAccess, user) -> dict:
    return services.hand_raise(
        occurrence=_recent_occurrence(access), user=user, listening=access.listening
    )


def hand_lower(*, access: RoomAccess, user, passing: bool = False) -> dict:
    return services.hand_lower(occurrence=_recent_occurrence(access), user=user, passing=passing)


def queue_call_next(*, access: RoomAccess, user) -> dict:
    return services.queue_call_next(actor=user, occurrence=_occurrence(access))


def timer_set(*, access: RoomAccess, user, seconds: int | None) -> dict:
    return services.timer_set(actor=user, occurrence=_occurrence(access), seconds=seconds)


def reaction_toggle(*, access: RoomAccess, user, seq: int, kind: str) -> tuple[bool, dict]:
    return services.reaction_toggle(
        occurrence=_recent_occurrence(access),
        user=user,
        seq=seq,
        kind=kind,
        listening=access.listening,
    )


def listening_set(*, access: RoomAccess, user, channel_name: str, listening: bool) -> RoomAccess:
    services.listening_set(
        occurrence=_occurrence(access), user=user, channel_name=channel_name, listening=listening
    )
    return dataclasses.replace(access, listening=listening)


def section_move(*, access: RoomAccess, user, section_id: int) -> None:
    try:
        from library.services import section_move
    except ImportError as exc:
        raise ServiceError(_("Scripts are not available."), code="unavailable") from exc
    section_move(actor=user, occurrence=_occurrence(access), section_id=section_id)


# --- Moderation frames -------------------------------------------------------------------
# Each frame type maps to a moderation service and the fields it takes from the frame.
# The service checks permission (kindred.policy), writes, audits and broadcasts.


def _message(occurrence: Occurrence, frame: dict) -> Message:
    seq = frame.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool):
        raise ServiceError(_("'seq' must be a whole number."), code="bad_field", field="seq")
    message = Message.objects.filter(occurrence=occurrence, seq=seq).first()
    if message is None:
        raise NotFound(_("There is no such message in this room."), code="no_such_message")
    return message


def _target(occurrence: Occurrence, frame: dict):
    """The person ``user_id`` names, if they belong to the meeting's group. Anyone else,
    whether the account exists or not, is the same ``no_such_person``: the answer never
    tells whether an account exists (docs/security.md)."""
    from accounts.models import User

    user_id = frame.get("user_id")
    if not isinstance(user_id, int) or isinstance(user_id, bool):
        raise ServiceError(
            _("'user_id' must be a whole number."), code="bad_field", field="user_id"
        )
    user = User.objects.filter(pk=user_id).first()
    if user is None or standing_for(user=user, group=occurrence.series.group).role is None:
        raise NotFound(_("There is no such person in this group."), code="no_such_person")
    return user


def _text(frame: dict, name: str, limit: int = 500) -> str:
    value = frame.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise ServiceError(
            _("'%(name)s' must be text of at most %(limit)s characters.")
            % {"name": name, "limit": limit},
            code="bad_field",
            field=name,
        )
    return value


def _opt_int(frame: dict, name: str) -> int | None:
    value = frame.get(name)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ServiceError(
            _("'%(name)s' must be a whole number.") % {"name": name}, code="bad_field", field=name
        )
    return value


def _opt_bool(frame: dict, name: str) -> bool:
    return False if frame.get(name) is None else _bool(frame, name)


def _bool(frame: dict, name: str) -> bool:
    value = frame.get(name)
    if not isinstance(value, bool):
        raise ServiceError(
            _("'%(name)s' must be true or false.") % {"name": name}, code="bad_field", field=name
        )
    return value


MODERATION_FRAMES: dict[str, tuple[str, object]] = {
    "message.remove": (
        "message_remove",
        lambda a, o, f: {"message": _message(o, f), "reason": _text(f, "reason")},
    ),
    "message.flag": (
        "message_flag",
        lambda a, o, f: {
            "message": _message(o, f),
            "reason": _text(f, "reason", 24),
            "note": _text(f, "note"),
            # The person is in the room: signed-in listeners may flag here.
            "in_room": True,
        },
    ),
    "held.approve": ("held_message_approve", lambda a, o, f: {"message": _message(o, f)}),
    "member.mute": (
        "member_mute",
        lambda a, o, f: {
            "occurrence": o,
            "user": _target(o, f),
            "minutes": _opt_int(f, "minutes"),
            "reason": _text(f, "reason"),
        },
    ),
    "member.unmute": (
        "member_unmute",
        lambda a, o, f: {"occurrence": o, "user": _target(o, f)},
    ),
    "member.remove": (
        "member_remove_from_meeting",
        lambda a, o, f: {"occurrence": o, "user": _target(o, f), "reason": _text(f, "reason")},
    ),
    "member.ban": (
        "member_ban",
        lambda a, o, f: {
            "group": o.series.group,
            "user": _target(o, f),
            "reason": _text(f, "reason"),
            "days": _opt_int(f, "days"),
            # The meeting going on here, when the moderator also removes their messages.
            "remove_messages_in": o if _opt_bool(f, "remove_messages") else None,
        },
    ),
    "room.lock": ("room_lock", lambda a, o, f: {"occurrence": o, "locked": _bool(f, "locked")}),
    "room.slow_mode": (
        "room_slow_mode",
        lambda a, o, f: {"occurrence": o, "seconds": _opt_int(f, "seconds") or 0},
    ),
    "queue.clear": ("queue_clear", lambda a, o, f: {"occurrence": o}),
    "queue.reorder": (
        "queue_reorder",
        lambda a, o, f: {"occurrence": o, "user_ids": _int_list(f, "user_ids")},
    ),
}


def _int_list(frame: dict, name: str) -> list[int]:
    value = frame.get(name)
    if (
        not isinstance(value, list)
        or len(value) > 500
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise ServiceError(
            _("'%(name)s' must be a list of whole numbers.") % {"name": name},
            code="bad_field",
            field=name,
        )
    return value


def moderation_frame(*, access: RoomAccess, user, frame: dict) -> dict | None:
    """Run one moderation frame through moderation.services (which checks permission)."""
    name, build = MODERATION_FRAMES[frame["type"]]
    from moderation import services as moderation

    action = getattr(moderation, name, None)
    if action is None:
        raise ServiceError(_("That control is not available yet."), code="unavailable")
    occurrence = _occurrence(access)
    action(actor=user, **build(access, occurrence, frame))
    return None
