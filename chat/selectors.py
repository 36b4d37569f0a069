"""Reads for the live room: who may enter, history, presence, queue, timer, reactions.

Every function returns plain dicts and lists ready for the wire, built with a fixed
number of queries (no query per message or per person).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import IntEnum

from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from chat.models import HandRaise, Message, Reaction, RoomPresence, RoomState, RoomTimer
from kindred import policy
from kindred.errors import NotAllowed
from meetings.lifecycle import OccurrenceState, occurrence_chair_id, occurrence_state
from meetings.models import Occurrence

REACTIONS = tuple(Reaction.Kind.values)
# A socket that has not been heard from for this long no longer counts as present (a worker
# that died cannot delete its rows; clients ping well within this time).
PRESENCE_TTL = timedelta(seconds=90)
HISTORY_ON_CONNECT = 50
HISTORY_PAGE_MAX = 100
FORMER_MEMBER = "a former member"


class CloseCode(IntEnum):
    """Application close codes of the room socket (docs/protocol.md)."""

    NOT_SIGNED_IN = 4401
    NOT_ALLOWED = 4403
    NOT_FOUND = 4404
    NOT_OPEN = 4409
    BANNED = 4410
    REMOVED = 4411


class RoomRefused(NotAllowed):
    """The socket may not enter (or stay in) the room; ``close_code`` says why."""

    def __init__(self, close_code: CloseCode, detail: str, *, code: str):
        super().__init__(detail, code=code)
        self.close_code = int(close_code)


@dataclass(frozen=True, slots=True)
class RoomAccess:
    """What one admitted person may do in one room, decided at admission and re-checked
    by the services on every frame that changes something."""

    occurrence_id: int
    group_id: int
    user_id: int
    display_name: str
    role: str | None
    is_moderator: bool
    is_chair: bool
    may_post: bool
    listening: bool
    state: str
    # The readings-only view (``?view=readings``): always listening, and it is sent the
    # chair's announcements, script sections, room state and presence counts, never a share.
    readings_only: bool = False

    @property
    def may_lead(self) -> bool:
        """Call the next sharer, set the timer: the chair, moderators and the owner."""
        return self.is_moderator or (self.is_chair and self.may_post)

    @property
    def sees_held(self) -> bool:
        return self.may_lead and not self.readings_only

    def viewer(self) -> dict:
        """The history selectors' arguments for what this socket may see."""
        return {
            "viewer_id": self.user_id,
            "sees_held": self.sees_held,
            "announcements_only": self.readings_only,
        }

    def you(self) -> dict:
        return {
            "user_id": self.user_id,
            "display_name": self.display_name,
            "role": self.role,
            "is_moderator": self.is_moderator,
            "is_chair": self.is_chair,
            "may_post": self.may_post,
            "may_lead": self.may_lead,
            "listening": self.listening,
        }


def occurrence_for_room(occurrence_id: int) -> Occurrence | None:
    return (
        Occurrence.objects.select_related("series__group").filter(pk=occurrence_id).first()
        if isinstance(occurrence_id, int)
        else None
    )


def _is_removed(occurrence: Occurrence, user) -> bool:
    try:
        from moderation.selectors import is_removed
    except ImportError:  # moderation is optional for the room itself
        return False
    return is_removed(occurrence=occurrence, user=user)


def room_admit(
    *, user, occurrence_id: int, listen_only: bool = False, readings_only: bool = False
) -> RoomAccess:
    """Decide whether ``user`` may enter the room of ``occurrence_id`` now.

    Raises RoomRefused with a close code: 4401 not signed in, 4404 no such room (or one
    the person may not know about), 4410 banned, 4403 not allowed (for example a closed
    meeting of a group they don't belong to), 4411 removed from this meeting, 4409 the room
    is not open (upcoming, ended or cancelled). ``readings_only`` (the readings-only view)
    always listens."""
    if user is None or not user.is_authenticated:
        raise RoomRefused(CloseCode.NOT_SIGNED_IN, "Please log in first.", code="login_required")
    occurrence = occurrence_for_room(occurrence_id)
    if occurrence is None:
        raise RoomRefused(CloseCode.NOT_FOUND, "There is no such meeting.", code="not_found")
    series = occurrence.series
    standing = policy.standing_for(user=user, group=series.group)
    if standing.banned:
        raise RoomRefused(CloseCode.BANNED, "You can't take part in this group.", code="banned")
    if not policy.allows(standing, policy.Action.LISTEN, meeting_open=series.is_open):
        if policy.allows(standing, policy.Action.VIEW_GROUP):
            raise RoomRefused(
                CloseCode.NOT_ALLOWED,
                "This meeting is for the group's members.",
                code="forbidden",
            )
        raise RoomRefused(CloseCode.NOT_FOUND, "There is no such meeting.", code="not_found")
    if _is_removed(occurrence, user):
        raise RoomRefused(CloseCode.REMOVED, "You were removed from this meeting.", code="removed")
    state = occurrence_state(occurrence)
    if state not in (OccurrenceState.LOBBY, OccurrenceState.LIVE):
        raise RoomRefused(
            CloseCode.NOT_OPEN, f"The room is not open (the meeting is {state}).", code="not_open"
        )
    may_post = policy.allows(standing, policy.Action.POST)
    return RoomAccess(
        occurrence_id=occurrence.pk,
        group_id=series.group_id,
        user_id=user.pk,
        display_name=user.display_name,
        role=standing.role,
        is_moderator=standing.is_moderator,
        is_chair=occurrence_chair_id(occurrence) == user.pk,
        may_post=may_post,
        listening=listen_only or readings_only or not may_post,
        state=str(state),
        readings_only=readings_only,
    )


# --- Messages ----------------------------------------------------------------------------

_MESSAGE_FIELDS = (
    "seq",
    "author_id",
    "author__display_name",
    "kind",
    "status",
    "body_html",
    "content_warning",
    "created_at",
    "purged_at",
)


def _reaction_annotations() -> dict:
    """Each reaction's count as a subquery on the message's row. A join with GROUP BY would
    make the database group the whole room (and join every author) before the page's
    LIMIT; this way a page reads its own rows through the (occurrence, seq) index."""
    return {
        f"r_{kind}": Coalesce(
            Subquery(
                Reaction.objects.filter(message=OuterRef("pk"), kind=kind)
                .order_by()
                .values("message")
                .annotate(n=Count("pk"))
                .values("n")
            ),
            0,
        )
        for kind in REACTIONS
    }


_TEXTLESS = frozenset({Message.Status.REMOVED, Message.Status.ERASED})


def message_payload(row: dict) -> dict:
    """The wire form of one message. Removed, erased or purged messages carry no text."""
    status = row["status"]
    hidden = status in _TEXTLESS or row.get("purged_at") is not None
    return {
        "seq": row["seq"],
        "author_id": row["author_id"],
        "author": row.get("author__display_name") or FORMER_MEMBER,
        "kind": row["kind"],
        "status": status,
        "body_html": "" if hidden else row["body_html"],
        "content_warning": "" if hidden else row["content_warning"],
        "created_at": row["created_at"].isoformat(),
        "reactions": {kind: row.get(f"r_{kind}", 0) for kind in REACTIONS},
    }


def message_payload_for(message: Message, *, author_name: str | None = None) -> dict:
    """The wire form of a message object (a new one has no reactions yet)."""
    return message_payload(
        {
            "seq": message.seq,
            "author_id": message.author_id,
            "author__display_name": author_name
            if author_name is not None
            else (message.author.display_name if message.author_id else None),
            "kind": message.kind,
            "status": message.status,
            "body_html": message.body_html,
            "content_warning": message.content_warning,
            "created_at": message.created_at,
            "purged_at": message.purged_at,
        }
    )


def _visible_to(*, viewer_id: int | None, sees_held: bool, announcements_only: bool = False) -> Q:
    if announcements_only:
        # The readings-only view: the chair's announcements, never a share.
        return Q(kind=Message.Kind.ANNOUNCEMENT) & ~Q(status=Message.Status.HELD)
    if sees_held:
        return Q()
    return ~Q(status=Message.Status.HELD) | Q(author_id=viewer_id)


def _history(occurrence_id: int, q: Q, order: str, limit: int) -> list[dict]:
    rows = (
        Message.objects.filter(q, occurrence_id=occurrence_id)
        .order_by(order)
        .annotate(**_reaction_annotations())
        .values(*_MESSAGE_FIELDS, *(f"r_{k}" for k in REACTIONS))[:limit]
    )
    return [message_payload(row) for row in rows]


def history_after(
    *,
    occurrence_id: int,
    after_seq: int,
    limit: int = HISTORY_PAGE_MAX,
    viewer_id: int | None = None,
    sees_held: bool = False,
    up_to_seq: int | None = None,
    announcements_only: bool = False,
) -> list[dict]:
    """Messages with seq > ``after_seq`` (and <= ``up_to_seq``), oldest first, as this
    viewer may see them. One query."""
    q = Q(seq__gt=after_seq) & _visible_to(
        viewer_id=viewer_id, sees_held=sees_held, announcements_only=announcements_only
    )
    if up_to_seq is not None:
        q &= Q(seq__lte=up_to_seq)
    return _history(occurrence_id, q, "seq", limit)


def history_before(
    *,
    occurrence_id: int,
    before_seq: int | None,
    limit: int = HISTORY_PAGE_MAX,
    viewer_id: int | None = None,
    sees_held: bool = False,
    announcements_only: bool = False,
) -> list[dict]:
    """Up to ``limit`` messages with seq < ``before_seq`` (the newest ones when None),
    returned oldest first. One query."""
    q = _visible_to(viewer_id=viewer_id, sees_held=sees_held, announcements_only=announcements_only)
    if before_seq is not None:
        q &= Q(seq__lt=before_seq)
    rows = _history(occurrence_id, q, "-seq", limit)
    rows.reverse()
    return rows


def reaction_counts(*, message_id: int) -> dict[str, int]:
    counts = dict(
        Reaction.objects.filter(message_id=message_id)
        .values_list("kind")
        .annotate(n=Count("pk"))
        .values_list("kind", "n")
    )
    return {kind: counts.get(kind, 0) for kind in REACTIONS}


# --- Room state ----------------------------------------------------------------------------


def room_flags(*, occurrence_id: int) -> dict:
    row = (
        RoomState.objects.filter(occurrence_id=occurrence_id)
        .values("last_seq", "locked", "slow_mode_seconds")
        .first()
    )
    row = row or {"last_seq": 0, "locked": False, "slow_mode_seconds": 0}
    return {
        "locked": row["locked"],
        "slow_mode_seconds": row["slow_mode_seconds"],
        "last_seq": row["last_seq"],
    }


def presence_snapshot(*, occurrence_id: int) -> dict:
    """Participants by display name (each person once), and counts. Listeners are counted,
    never listed; someone with one participating socket counts as a participant."""
    cutoff = timezone.now() - PRESENCE_TTL
    rows = (
        RoomPresence.objects.filter(occurrence_id=occurrence_id, seen_at__gte=cutoff)
        .values_list("user_id", "user__display_name", "listening")
        .order_by("user__display_name", "user_id")
    )
    participants: dict[int, str] = {}
    everyone: set[int] = set()
    for user_id, name, listening in rows:
        everyone.add(user_id)
        if not listening:
            participants[user_id] = name
    return {
        "participants": [{"user_id": uid, "display_name": n} for uid, n in participants.items()],
        "participant_count": len(participants),
        "listener_count": len(everyone) - len(participants),
        "at": timezone.now().isoformat(),
    }


def queue_snapshot(*, occurrence_id: int) -> dict:
    """The share queue in order and who was called last. Two queries."""
    hands = HandRaise.objects.filter(occurrence_id=occurrence_id).values(
        "user_id", "user__display_name", "raised_at"
    )
    speaker = (
        RoomState.objects.filter(occurrence_id=occurrence_id, speaker__isnull=False)
        .values("speaker_id", "speaker__display_name")
        .first()
    )
    return {
        "hands": [
            {
                "user_id": h["user_id"],
                "display_name": h["user__display_name"],
                "raised_at": h["raised_at"].isoformat(),
            }
            for h in hands.order_by("position", "pk")
        ],
        "speaker": (
            {"user_id": speaker["speaker_id"], "display_name": speaker["speaker__display_name"]}
            if speaker
            else None
        ),
        "at": timezone.now().isoformat(),
    }


def timer_snapshot(*, occurrence_id: int) -> dict:
    row = RoomTimer.objects.filter(occurrence_id=occurrence_id).values("seconds", "ends_at").first()
    if not row or row["ends_at"] is None:
        return {"seconds": None, "ends_at": None}
    return {"seconds": row["seconds"], "ends_at": row["ends_at"].isoformat()}


def presence_counts(presence: dict) -> dict:
    """Presence without names, for the readings-only view: counts only."""
    return {k: v for k, v in presence.items() if k != "participants"}


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
    return {
        "room": room_flags(occurrence_id=oid),
        "presence": presence_snapshot(occurrence_id=oid),
        "queue": queue_snapshot(occurrence_id=oid),
        "timer": timer_snapshot(occurrence_id=oid),
    }


def _section_current(occurrence: Occurrence | None) -> dict | None:
    try:
        from library.selectors import section_current
    except ImportError:  # the library is optional for the room
        return None
    return section_current(occurrence=occurrence) if occurrence else None


def mute_payload(mute) -> dict | None:
    """The wire form of a mute: ``{"until": iso | None, "reason"}``; None when not muted."""
    if mute is None:
        return None
    return {"until": mute.until.isoformat() if mute.until else None, "reason": mute.reason}


def mute_current(*, occurrence: Occurrence | None, user_id: int) -> dict | None:
    """The mute that stops this person posting in this meeting now, as ``mute_payload``."""
    try:
        from moderation.selectors import active_mute
    except ImportError:  # moderation is optional for the room itself
        return None
    if occurrence is None:
        return None
    from django.contrib.auth import get_user_model

    return mute_payload(active_mute(occurrence=occurrence, user=get_user_model()(pk=user_id)))


RESUME_MAX = 5000


def room_welcome(*, access: RoomAccess, last_seq: int | None) -> dict:
    """What a socket gets on hello: the room's state and the history it lacks.

    The room's ``last_seq`` is read before the history, so a message stored in between is
    not skipped: it arrives as a live event (or its gap is filled) afterwards. With
    ``last_seq`` the history is exactly the messages after it (up to RESUME_MAX, then
    ``truncated``); without, the most recent ones. A ``last_seq`` ahead of the room
    (another room's ids, or a stale client) gets a fresh history and ``reset``."""
    state = room_welcome_state(access=access)
    room_last = state["room"]["last_seq"]
    viewer = access.viewer()
    occurrence = Occurrence.objects.select_related("series").filter(pk=access.occurrence_id).first()
    reset = last_seq is not None and last_seq > room_last
    truncated = False
    if last_seq is None or reset:
        history = history_before(
            occurrence_id=access.occurrence_id,
            before_seq=room_last + 1,
            limit=HISTORY_ON_CONNECT,
            **viewer,
        )
    else:
        history = []
        after = last_seq
        while after < room_last:
            page = history_after(
                occurrence_id=access.occurrence_id,
                after_seq=after,
                up_to_seq=room_last,
                limit=500,
                **viewer,
            )
            if not page:
                break
            history.extend(page)
            after = page[-1]["seq"]
            if len(history) >= RESUME_MAX:
                truncated = after < room_last
                room_last = after
                break
    return {
        **state,
        "history": history,
        "last_seq": room_last,
        "reset": reset,
        "truncated": truncated,
        "section": _section_current(occurrence),
        "mute": None
        if access.readings_only
        else mute_current(occurrence=occurrence, user_id=access.user_id),
    }


def history_gap(*, access: RoomAccess, after_seq: int, up_to_seq: int) -> list[dict]:
    """Messages in (after_seq, up_to_seq] for this viewer: what a socket missed when the
    channel layer dropped or reordered events. A few queries of 500 at most."""
    out: list[dict] = []
    while after_seq < up_to_seq and len(out) < RESUME_MAX:
        page = history_after(
            occurrence_id=access.occurrence_id,
            after_seq=after_seq,
            up_to_seq=up_to_seq,
            limit=500,
            **access.viewer(),
        )
        if not page:
            break
        out.extend(page)
        after_seq = page[-1]["seq"]
    return out


def settings_max_length() -> int:
    from django.conf import settings

    return settings.KINDRED_MESSAGE_MAX_LENGTH
