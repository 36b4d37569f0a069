"""Reads for the live room: who may enter, history, presence, queue, timer, reactions.

Every function returns plain dicts and lists ready for the wire, built with a fixed
number of queries (no query per message or per person).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum

from django.conf import settings
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format

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
MEETING_ENDED = "The meeting has ended. Thank you for coming."
# What a message stored before its HTML was capped shows if its HTML is over the cap.
TOO_LARGE_HTML = "<p>(This message is too large to show.)</p>"
# Room for the welcome's fields that the socket adds itself (``you``, ``limits``...).
WELCOME_OWN_BYTES = 2048


def wire_size(value) -> int:
    """The bytes ``value`` takes in a frame, encoded as the room socket encodes frames
    (ASCII-only JSON, so characters and bytes are the same count)."""
    return len(json.dumps(value, separators=(",", ":")))


def history_frame_bytes() -> int:
    """The most message bytes one frame of history (``welcome``, ``history.page``) holds:
    three quarters of a frame. One message is at most half a frame of HTML plus a few KiB
    (author, content warning), so a page always has room for at least one."""
    return settings.KINDRED_WS_MAX_SEND_BYTES * 3 // 4


def message_html_fits(html: str) -> bool:
    """Whether a message's HTML is within KINDRED_MESSAGE_HTML_MAX_BYTES as sent. A
    character takes at most 12 bytes escaped (an astral one as two \\u escapes), so
    ordinary messages are never encoded to find out."""
    limit = settings.KINDRED_MESSAGE_HTML_MAX_BYTES
    return len(html) * 12 <= limit or wire_size(html) <= limit


def fitting(messages: list[dict], budget: int, *, newest: bool) -> list[dict]:
    """The longest run of ``messages`` (oldest first) whose frame size fits ``budget``:
    from the newest end backwards (``newest``) or from the oldest end forwards."""
    used = 0
    order = reversed(range(len(messages))) if newest else range(len(messages))
    count = 0
    for index in order:
        used += wire_size(messages[index]) + 1  # and its comma
        if used > budget:
            break
        count += 1
    if newest:
        return messages[len(messages) - count :]
    return messages[:count]


class CloseCode(IntEnum):
    """Application close codes of the room socket (docs/protocol.md)."""

    NOT_SIGNED_IN = 4401
    NOT_ALLOWED = 4403
    NOT_FOUND = 4404
    NOT_OPEN = 4409
    BANNED = 4410
    REMOVED = 4411
    ENDED = 4412
    # Not a refusal: the server could not go on with this socket (its worker lost the
    # room's subscription, or could not re-check a standing); reconnect with backoff.
    TRY_AGAIN = 4500
    # This worker is restarting: reconnect after the `closing` frame's retry_after.
    RESTARTING = 4503
    # Too many arriving at once on this worker: reconnect after retry_after.
    BUSY = 4529


class RoomRefused(NotAllowed):
    """The socket may not enter (or stay in) the room; ``close_code`` says why. A removal
    or a ban carries the moderator's ``reason`` (may be empty) and a ban's end, ``until``
    (None: no end); ``detail`` then also says what the person can do next."""

    def __init__(
        self,
        close_code: CloseCode,
        detail: str,
        *,
        code: str,
        reason: str = "",
        until: datetime | None = None,
        summary: str | None = None,
    ):
        super().__init__(detail, code=code)
        self.close_code = int(close_code)
        self.reason, self.until = reason, until
        # What happened in one short sentence: the close frame's reason (at most 123 bytes).
        self.summary = summary or detail

    def closing(self) -> dict:
        """The ``closing`` frame's fields (and the admission endpoint's): docs/protocol.md."""
        return {
            "code": self.close_code,
            "detail": self.detail,
            "reason": self.reason,
            "until": self.until.isoformat() if self.until else None,
        }


def removed_refusal(*, reason: str = "") -> RoomRefused:
    """A person a moderator removed from this meeting (4411)."""
    summary = "A moderator removed you from this meeting."
    return RoomRefused(
        CloseCode.REMOVED,
        f"{summary} You can't come back into it, but you are welcome at the group's next "
        "meeting, and its library stays open to you.",
        code="removed",
        reason=reason,
        summary=summary,
    )


def banned_refusal(*, reason: str = "", until: datetime | None = None, zone=None) -> RoomRefused:
    """A person banned from the group (4410); ``zone`` is theirs, to say when it ends."""
    if until is None:
        when = "A moderator banned you from this group"
    else:
        local = until.astimezone(zone) if zone is not None else until
        shown = date_format(local, "DATETIME_FORMAT")
        when = f"A moderator banned you from this group until {shown} ({local:%Z})"
    return RoomRefused(
        CloseCode.BANNED,
        f"{when}, so you can't take part in its meetings. You can still use Kindred and "
        "your other groups; if you think this is a mistake, you can write to the group's owner.",
        code="banned",
        reason=reason,
        until=until,
        summary=f"{when}.",
    )


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


def _removal_reason(occurrence: Occurrence, user) -> str | None:
    """The moderator's reason if ``user`` was removed from this meeting (may be empty),
    None if they were not."""
    try:
        from moderation.models import MeetingRemoval
    except ImportError:  # moderation is optional for the room itself
        return None
    return (
        MeetingRemoval.objects.filter(occurrence=occurrence, user_id=user.pk)
        .values_list("reason", flat=True)
        .first()
    )


def _ban_refusal(group_id: int, user) -> RoomRefused:
    from groups.models import Ban

    ban = (
        Ban.objects.active()
        .filter(group_id=group_id, user_id=user.pk)
        .order_by("-created_at")
        .values("reason", "expires_at")
        .first()
    ) or {"reason": "", "expires_at": None}
    return banned_refusal(reason=ban["reason"], until=ban["expires_at"], zone=zone_of(user))


def zone_of(user):
    """The person's time zone, or None (UTC) when their row holds an unknown one."""
    try:
        return user.tzinfo
    except (AttributeError, KeyError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        return None


def room_admit(
    *, user, occurrence_id: int, listen_only: bool = False, readings_only: bool = False
) -> RoomAccess:
    """Decide whether ``user`` may enter the room of ``occurrence_id`` now.

    Raises RoomRefused with a close code: 4401 not signed in, 4404 no such room (or one
    the person may not know about), 4410 banned, 4403 not allowed (for example a closed
    meeting of a group they don't belong to), 4411 removed from this meeting, 4412 the
    meeting has ended, 4409 the room is not open (upcoming or cancelled). ``readings_only``
    (the readings-only view) always listens."""
    if user is None or not user.is_authenticated:
        raise RoomRefused(CloseCode.NOT_SIGNED_IN, "Please log in first.", code="login_required")
    occurrence = occurrence_for_room(occurrence_id)
    if occurrence is None:
        raise RoomRefused(CloseCode.NOT_FOUND, "There is no such meeting.", code="not_found")
    series = occurrence.series
    standing = policy.standing_for(user=user, group=series.group)
    if standing.banned:
        raise _ban_refusal(series.group_id, user)
    if not policy.allows(standing, policy.Action.LISTEN, meeting_open=series.is_open):
        if policy.allows(standing, policy.Action.VIEW_GROUP):
            raise RoomRefused(
                CloseCode.NOT_ALLOWED,
                "This meeting is for the group's members.",
                code="forbidden",
            )
        raise RoomRefused(CloseCode.NOT_FOUND, "There is no such meeting.", code="not_found")
    if (removal_reason := _removal_reason(occurrence, user)) is not None:
        raise removed_refusal(reason=removal_reason)
    state = occurrence_state(occurrence)
    if state == OccurrenceState.ENDED:
        # Its own code: the pages show a calm closing screen, never a refusal.
        raise RoomRefused(CloseCode.ENDED, MEETING_ENDED, code="ended")
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
    body_html = "" if hidden else row["body_html"]
    if not message_html_fits(body_html):
        body_html = TOO_LARGE_HTML  # stored before the cap: the room must stay enterable
    return {
        "seq": row["seq"],
        "author_id": row["author_id"],
        "author": row.get("author__display_name") or FORMER_MEMBER,
        "kind": row["kind"],
        "status": status,
        "body_html": body_html,
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
    listed, cut = _within(
        [
            {
                "user_id": h["user_id"],
                "display_name": h["user__display_name"],
                "raised_at": h["raised_at"].isoformat(),
            }
            for h in hands.order_by("position", "pk")
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
    row = RoomTimer.objects.filter(occurrence_id=occurrence_id).values("seconds", "ends_at").first()
    if not row or row["ends_at"] is None:
        return {"seconds": None, "ends_at": None}
    return {"seconds": row["seconds"], "ends_at": row["ends_at"].isoformat()}


def presence_counts(presence: dict) -> dict:
    """Presence without names, for the readings-only view: counts only."""
    return {k: v for k, v in presence.items() if k not in ("participants", "participants_cut")}


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


# A resume's welcome reads the missed messages in pages of this many until its byte budget
# is full; the socket sends the rest (and fills gaps) in pages of GAP_PAGE.
RESUME_PAGE = 100
GAP_PAGE = 500


def room_welcome_shared(*, access: RoomAccess) -> dict:
    """The part of a welcome that is the same for every socket of the room and view (the
    room's state, the meeting, its current section): read once for the sockets of a worker
    that say hello together (chat/admission.welcome)."""
    state = room_welcome_state(access=access)
    occurrence = Occurrence.objects.select_related("series").filter(pk=access.occurrence_id).first()
    return {"state": state, "occurrence": occurrence, "section": _section_current(occurrence)}


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
    state, occurrence = shared["state"], shared["occurrence"]
    room_last = state["room"]["last_seq"]
    viewer = access.viewer()
    rest = {
        **state,
        "section": shared["section"],
        "mute": None
        if access.readings_only
        else mute_current(occurrence=occurrence, user_id=access.user_id),
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


def history_page(*, access: RoomAccess, before_seq: int, limit: int) -> tuple[list[dict], bool]:
    """A ``history.page``: up to ``limit`` messages before ``before_seq``, the newest that
    fit one frame, oldest first; and whether there may be older ones."""
    page = history_before(
        occurrence_id=access.occurrence_id, before_seq=before_seq, limit=limit, **access.viewer()
    )
    kept = fitting(page, history_frame_bytes(), newest=True)
    return kept, len(page) == limit or len(kept) < len(page)


def history_gap(
    *, access: RoomAccess, after_seq: int, up_to_seq: int, limit: int = GAP_PAGE
) -> list[dict]:
    """Messages in (after_seq, up_to_seq] for this viewer, at most ``limit`` of them (one
    query): what a socket missed when the channel layer dropped or reordered events, or
    the rest of a resume. Fewer than ``limit`` means the range is complete."""
    return history_after(
        occurrence_id=access.occurrence_id,
        after_seq=after_seq,
        up_to_seq=up_to_seq,
        limit=limit,
        **access.viewer(),
    )


def settings_max_length() -> int:
    from django.conf import settings

    return settings.KINDRED_MESSAGE_MAX_LENGTH
