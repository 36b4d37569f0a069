"""Reads of a live room's state: its flags, who is there, the share queue, the timer."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.models import Exists, OuterRef, Subquery
from django.utils import timezone

from chat.history import fitting, wire_size
from chat.models import HandRaise, RoomPresence, RoomState, RoomTimer
from kindred.prepared import PLACEHOLDER_TIME, CompiledRead, Planned, run
from meetings.models import Occurrence

# A socket that has not been heard from for this long no longer counts as present (a worker
# that died cannot delete its rows; clients ping well within this time).
PRESENCE_TTL = timedelta(seconds=90)


# The room's state reads (a welcome's, a presence broadcast's) are built and compiled by the
# ORM once per process, then only run (kindred.prepared.CompiledRead): building and
# compiling each cost more than running it.
_ROOM = -7_300_001
_CUTOFF = PLACEHOLDER_TIME


def _flags_query(*, occurrence_id):
    rows = RoomState.objects.filter(occurrence_id=occurrence_id)
    return rows.values("last_seq", "locked", "slow_mode_seconds").order_by("pk")[:1]


def _presence_query(*, occurrence_id, cutoff):
    return (
        RoomPresence.objects.filter(occurrence_id=occurrence_id, seen_at__gte=cutoff)
        .values("user_id", "user__display_name", "listening")
        .order_by("user__display_name", "user_id")
    )


def _hands_query(*, occurrence_id):
    return (
        HandRaise.objects.filter(occurrence_id=occurrence_id)
        .values("user_id", "user__display_name", "raised_at")
        .order_by("position", "pk")
    )


def _speaker_query(*, occurrence_id):
    return (
        RoomState.objects.filter(occurrence_id=occurrence_id, speaker__isnull=False)
        .values("speaker_id", "speaker__display_name")
        .order_by("pk")[:1]
    )


def _timer_query(*, occurrence_id):
    rows = RoomTimer.objects.filter(occurrence_id=occurrence_id)
    return rows.values("seconds", "ends_at").order_by("pk")[:1]


_FLAGS = CompiledRead(_flags_query, occurrence_id=_ROOM)
_PRESENCE = CompiledRead(_presence_query, occurrence_id=_ROOM, cutoff=_CUTOFF)
_HANDS = CompiledRead(_hands_query, occurrence_id=_ROOM)
_SPEAKER = CompiledRead(_speaker_query, occurrence_id=_ROOM)
_TIMER = CompiledRead(_timer_query, occurrence_id=_ROOM)


def _first(rows: list[dict]) -> dict | None:
    return rows[0] if rows else None


def room_flags(*, occurrence_id: int) -> dict:
    return _flags(_first(_FLAGS.rows(occurrence_id=occurrence_id)))


def _flags(row: dict | None) -> dict:
    row = row or {"last_seq": 0, "locked": False, "slow_mode_seconds": 0}
    return {
        "locked": row["locked"],
        "slow_mode_seconds": row["slow_mode_seconds"],
        "last_seq": row["last_seq"],
    }


def _room_query(*, occurrence_id):
    """The room's flags, who was called last and the timer in one row: the rows
    _flags_query, _speaker_query and _timer_query read, NULL where there is none."""
    state = RoomState.objects.filter(occurrence_id=OuterRef("pk")).order_by("pk")
    speaker = state.filter(speaker__isnull=False)
    timer = RoomTimer.objects.filter(occurrence_id=OuterRef("pk")).order_by("pk")
    return (
        Occurrence.objects.filter(pk=occurrence_id)
        .order_by()
        .values(
            room_state=Exists(state),
            room_last_seq=Subquery(state.values("last_seq")[:1]),
            room_locked=Subquery(state.values("locked")[:1]),
            room_slow_mode_seconds=Subquery(state.values("slow_mode_seconds")[:1]),
            room_speaker_id=Subquery(speaker.values("speaker_id")[:1]),
            room_speaker_name=Subquery(speaker.values("speaker__display_name")[:1]),
            room_timer=Exists(timer),
            room_timer_seconds=Subquery(timer.values("seconds")[:1]),
            room_timer_ends_at=Subquery(timer.values("ends_at")[:1]),
        )
    )


_ROOM_ROW = CompiledRead(_room_query, occurrence_id=_ROOM)


def room_state_read(*, occurrence_id: int) -> dict:
    """What room_flags, the speaker of queue_snapshot and timer_snapshot read, in one
    query (a welcome's): ``room`` (the flags), ``speaker`` (the row _speaker_query reads,
    or None) and ``timer``."""
    return run(room_state_planned(occurrence_id=occurrence_id))


def room_state_planned(*, occurrence_id: int) -> Planned:
    """room_state_read, to run with other reads (kindred.prepared.run_together)."""
    return Planned(_ROOM_ROW, {"occurrence_id": occurrence_id}, _room_state)


def _room_state(rows: list[dict]) -> dict:
    row = _first(rows) or {}
    flags = None
    if row.get("room_state"):
        flags = {
            "last_seq": row["room_last_seq"],
            "locked": row["room_locked"],
            "slow_mode_seconds": row["room_slow_mode_seconds"],
        }
    speaker = None
    if row.get("room_speaker_id") is not None:
        speaker = {
            "speaker_id": row["room_speaker_id"],
            "speaker__display_name": row["room_speaker_name"],
        }
    timer = None
    if row.get("room_timer"):
        timer = {"seconds": row["room_timer_seconds"], "ends_at": row["room_timer_ends_at"]}
    return {"room": _flags(flags), "speaker": speaker, "timer": _timer(timer)}


def presence_snapshot(*, occurrence_id: int) -> dict:
    """Participants by display name (each person once), and counts. Listeners are counted,
    never listed; someone with one participating socket counts as a participant."""
    return run(presence_planned(occurrence_id=occurrence_id))


def presence_planned(*, occurrence_id: int) -> Planned:
    """presence_snapshot, to run with other reads (kindred.prepared.run_together)."""
    cutoff = timezone.now() - PRESENCE_TTL
    values = {"occurrence_id": occurrence_id, "cutoff": cutoff}
    return Planned(_PRESENCE, values, _presence)


def _presence(rows: list[dict]) -> dict:
    participants: dict[int, str] = {}
    everyone: set[int] = set()
    for row in rows:
        user_id, name, listening = row["user_id"], row["user__display_name"], row["listening"]
        everyone.add(user_id)
        if not listening:
            participants[user_id] = name
    listed, cut = _within(
        [{"user_id": uid, "display_name": n} for uid, n in participants.items()],
        LIST_FRAME_SHARE,
    )
    snapshot = {
        "participants": listed,
        "participant_count": len(participants),
        "listener_count": len(everyone) - len(participants),
        "at": timezone.now().isoformat(),
    }
    if cut:
        snapshot["participants_cut"] = True
    return snapshot


# A list of people (presence, the share queue) takes at most this share of a frame, so a
# room of hundreds with long names still gets its welcome; past it the list is cut short.
LIST_FRAME_SHARE = 0.25


def _within(entries: list[dict], share: float) -> tuple[list[dict], bool]:
    """The first ``entries`` that fit ``share`` of a frame, and whether any were left out."""
    budget = int(settings.KINDRED_WS_MAX_SEND_BYTES * share)
    if wire_size(entries) <= budget:
        return entries, False
    kept = fitting(entries, budget, newest=False)
    return kept, len(kept) < len(entries)


_UNREAD = object()


def queue_snapshot(*, occurrence_id: int, speaker=_UNREAD) -> dict:
    """The share queue in order and who was called last. Two queries (one when
    ``speaker``, room_state_read's, was read already)."""
    hands = run(hands_planned(occurrence_id=occurrence_id))
    if speaker is _UNREAD:
        speaker = _first(_SPEAKER.rows(occurrence_id=occurrence_id))
    return queue_payload(hands, speaker)


def hands_planned(*, occurrence_id: int) -> Planned:
    """The raised hands queue_snapshot reads, to run with other reads
    (kindred.prepared.run_together); queue_payload makes them the queue."""
    return Planned(_HANDS, {"occurrence_id": occurrence_id}, list)


def queue_payload(hands: list[dict], speaker: dict | None) -> dict:
    """The share queue from its raised hands and room_state_read's ``speaker``."""
    listed, cut = _within(
        [
            {
                "user_id": h["user_id"],
                "display_name": h["user__display_name"],
                "raised_at": h["raised_at"].isoformat(),
            }
            for h in hands
        ],
        LIST_FRAME_SHARE,
    )
    return {
        **({"hands_cut": True} if cut else {}),
        "hands": listed,
        "speaker": (
            {"user_id": speaker["speaker_id"], "display_name": speaker["speaker__display_name"]}
            if speaker
            else None
        ),
        "at": timezone.now().isoformat(),
    }


def timer_snapshot(*, occurrence_id: int) -> dict:
    return _timer(_first(_TIMER.rows(occurrence_id=occurrence_id)))


def _timer(row: dict | None) -> dict:
    if not row or row["ends_at"] is None:
        return {"seconds": None, "ends_at": None}
    return {"seconds": row["seconds"], "ends_at": row["ends_at"].isoformat()}


def presence_counts(presence: dict) -> dict:
    """Presence without names, for the readings-only view: counts only."""
    return {k: v for k, v in presence.items() if k not in ("participants", "participants_cut")}
