"""Reads for the live room: who may enter, history, presence, queue, timer, reactions.

Every function returns plain dicts and lists ready for the wire, built with a fixed
number of queries (no query per message or per person).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_lazy

from chat.admission_facts import AdmissionFacts, admission_read
from chat.history import (
    FORMER_MEMBER,
    GAP_PAGE,
    HISTORY_ON_CONNECT,
    HISTORY_PAGE_MAX,
    REACTIONS,
    RESUME_PAGE,
    TOO_LARGE_HTML,
    fitting,
    history_after,
    history_before,
    history_frame_bytes,
    history_page,
    message_html_fits,
    message_payload,
    message_payload_for,
    reaction_counts,
    room_gap,
    sees,
    wire_size,
)
from chat.room_state import (
    LIST_FRAME_SHARE,
    PRESENCE_TTL,
    presence_counts,
    presence_snapshot,
    queue_snapshot,
    room_flags,
    timer_snapshot,
)
from chat.welcome import (
    WELCOME_OWN_BYTES,
    mute_payload,
    room_welcome,
    room_welcome_from_shared,
    room_welcome_shared,
    room_welcome_shared_many,
    room_welcome_state,
    settings_max_length,
)
from groups.models import Ban
from kindred import policy
from kindred.errors import NotAllowed
from kindred.events import CloseCode
from meetings.lifecycle import OccurrenceState, occurrence_chair_id, occurrence_state
from meetings.models import Occurrence

# The room's reads live in chat/history.py, chat/room_state.py and chat/welcome.py; their
# names stay reachable here.
__all__ = [
    "FORMER_MEMBER",
    "GAP_PAGE",
    "HISTORY_ON_CONNECT",
    "HISTORY_PAGE_MAX",
    "LIST_FRAME_SHARE",
    "PRESENCE_TTL",
    "REACTIONS",
    "RESUME_PAGE",
    "TOO_LARGE_HTML",
    "WELCOME_OWN_BYTES",
    "fitting",
    "history_after",
    "history_before",
    "history_frame_bytes",
    "history_page",
    "message_html_fits",
    "message_payload",
    "message_payload_for",
    "mute_payload",
    "presence_counts",
    "presence_snapshot",
    "queue_snapshot",
    "reaction_counts",
    "room_flags",
    "room_gap",
    "room_welcome",
    "room_welcome_from_shared",
    "room_welcome_shared",
    "room_welcome_shared_many",
    "room_welcome_state",
    "sees",
    "settings_max_length",
    "timer_snapshot",
    "wire_size",
]

MEETING_ENDED = gettext_lazy("The meeting has ended. Thank you for coming.")


def not_open_detail(state: str) -> str:
    """Why the room of a meeting in ``state`` (upcoming, cancelled) is closed now."""
    return gettext("The room is not open now (%(state)s).") % {
        "state": OccurrenceState(state).label
    }


def no_such_meeting() -> RoomRefused:
    return RoomRefused(CloseCode.NOT_FOUND, gettext("There is no such meeting."), code="not_found")


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
    return RoomRefused(
        CloseCode.REMOVED,
        gettext(
            "A moderator removed you from this meeting. You can't come back into it, but you "
            "are welcome at the group's next meeting, and its library stays open to you."
        ),
        code="removed",
        reason=reason,
        summary=gettext("A moderator removed you from this meeting."),
    )


def banned_refusal(*, reason: str = "", until: datetime | None = None, zone=None) -> RoomRefused:
    """A person banned from the group (4410); ``zone`` is theirs, to say when it ends."""
    if until is None:
        summary = gettext("A moderator banned you from this group.")
        detail = gettext(
            "A moderator banned you from this group, so you can't take part in its meetings. "
            "You can still use Kindred and your other groups; if you think this is a "
            "mistake, you can write to the group's owner."
        )
    else:
        local = until.astimezone(zone) if zone is not None else until
        when = {"when": f"{date_format(local, 'DATETIME_FORMAT')} ({local:%Z})"}
        summary = gettext("A moderator banned you from this group until %(when)s.") % when
        detail = (
            gettext(
                "A moderator banned you from this group until %(when)s, so you can't take part "
                "in its meetings. You can still use Kindred and your other groups; if you think "
                "this is a mistake, you can write to the group's owner."
            )
            % when
        )
    return RoomRefused(
        CloseCode.BANNED, detail, code="banned", reason=reason, until=until, summary=summary
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
    # Call the next sharer, set the timer, see held messages (policy.may_lead_meeting).
    may_lead: bool
    listening: bool
    state: str
    # The readings-only view (``?view=readings``): always listening, and it is sent the
    # chair's announcements, script sections, room state and presence counts, never a share.
    readings_only: bool = False

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


def _ban_refusal(group_id: int, user) -> RoomRefused:
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
    *,
    user,
    occurrence_id: int,
    listen_only: bool = False,
    readings_only: bool = False,
    facts: AdmissionFacts | bool | None = False,
) -> RoomAccess:
    """Decide whether ``user`` may enter the room of ``occurrence_id`` now.

    Raises RoomRefused with a close code: 4401 not signed in, 4404 no such room (or one
    the person may not know about), 4410 banned, 4403 not allowed (for example a closed
    meeting of a group they don't belong to), 4411 removed from this meeting, 4412 the
    meeting has ended, 4409 the room is not open (upcoming or cancelled). ``readings_only``
    (the readings-only view) always listens."""
    if user is None or not user.is_authenticated:
        raise RoomRefused(
            CloseCode.NOT_SIGNED_IN, gettext("Please log in first."), code="login_required"
        )
    # The meeting, the person's standing there and a removal from it, in one query.
    if facts is False:  # not read with others' (admission_facts.admission_read_many)
        facts = admission_read(occurrence_id=occurrence_id, user_id=user.pk, now=timezone.now())
    if facts is None:
        raise no_such_meeting()
    occurrence = facts.occurrence
    series = occurrence.series
    standing, row = policy.standing_from_row(facts.row, group=series.group, user_id=user.pk)
    if standing.banned:
        raise _ban_refusal(series.group_id, user)
    if not policy.allows(standing, policy.Action.LISTEN, meeting_open=series.is_open):
        if policy.allows(standing, policy.Action.VIEW_GROUP):
            raise RoomRefused(
                CloseCode.NOT_ALLOWED,
                gettext("This meeting is for the group's members."),
                code="forbidden",
            )
        raise no_such_meeting()
    if (removal_reason := row["removal_reason"]) is not None:
        raise removed_refusal(reason=removal_reason)
    state = occurrence_state(occurrence)
    if state == OccurrenceState.ENDED:
        # Its own code: the pages show a calm closing screen, never a refusal.
        raise RoomRefused(CloseCode.ENDED, str(MEETING_ENDED), code="ended")
    if state not in (OccurrenceState.LOBBY, OccurrenceState.LIVE):
        raise RoomRefused(CloseCode.NOT_OPEN, not_open_detail(state), code="not_open")
    may_post = policy.allows(standing, policy.Action.POST)
    chair_id = occurrence_chair_id(occurrence)
    return RoomAccess(
        occurrence_id=occurrence.pk,
        group_id=series.group_id,
        user_id=user.pk,
        display_name=user.display_name,
        role=standing.role,
        is_moderator=standing.is_moderator,
        is_chair=chair_id == user.pk,
        may_post=may_post,
        may_lead=policy.may_lead_meeting(standing, chair_id=chair_id),
        listening=listen_only or readings_only or not may_post,
        state=str(state),
        readings_only=readings_only,
    )
