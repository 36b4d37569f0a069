"""The one place that answers "may this person do this in this group?".

It implements the roles table of docs/roles.md, row for row. Views, consumers, the admin and
services all ask here; nothing else decides access. A ``Standing`` is what we know about
one person in one group (their role, whether they are banned, whether they hold a valid
invite); it is computed once per request or per socket frame with a single query.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Exists, Expression, OuterRef, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext

from groups.models import Ban, Group, Membership, Role
from kindred.errors import NotAllowed, NotFound


class Action(StrEnum):
    VIEW_GROUP = "view_group"  # see the group, its guidelines and schedule
    READ_LIBRARY = "read_library"
    JOIN = "join"  # join, or ask to join
    LISTEN = "listen"  # enter a live meeting to listen
    POST = "post"  # post, raise a hand, react
    FLAG = "flag"  # flag a message
    MODERATE = "moderate"  # delete any message, mute, remove, lock, slow mode, review queue
    MANAGE_MEMBERS = "manage_members"  # ban; change member and reader roles
    MANAGE_GROUP = "manage_group"  # appoint moderators; edit or delete the group


@dataclass(frozen=True, slots=True)
class Standing:
    """One person's standing in one group. ``role`` is None for non-members.
    ``joined_at`` is only read when asked for (screening a message needs it)."""

    group: Group
    user_id: int | None
    role: str | None
    banned: bool = False
    has_invite: bool = False
    joined_at: datetime | None = None

    @property
    def signed_in(self) -> bool:
        return self.user_id is not None

    @property
    def is_moderator(self) -> bool:
        return not self.banned and Role.rank(self.role) >= Role.rank(Role.MODERATOR)

    @property
    def is_owner(self) -> bool:
        return not self.banned and self.role == Role.OWNER

    @property
    def is_participant(self) -> bool:
        """A member, moderator or owner: someone who may post."""
        return not self.banned and Role.rank(self.role) >= Role.rank(Role.MEMBER)

    @property
    def belongs(self) -> bool:
        """Has any role (reader or above) in the group."""
        return not self.banned and self.role is not None


def standing_for(
    *, user, group: Group, invite_ok: bool = False, joined_at: bool = False
) -> Standing:
    """Compute a person's standing in ``group`` (one query for a signed-in person)."""
    standing, _ = standing_with(user=user, group=group, invite_ok=invite_ok, joined_at=joined_at)
    return standing


def standing_with(
    *,
    user,
    group: Group,
    columns: Mapping[str, Expression] | None = None,
    invite_ok: bool = False,
    joined_at: bool = False,
    now: datetime | None = None,
    fetch: Callable[[QuerySet], dict[str, Any]] = QuerySet.get,
) -> tuple[Standing, dict[str, Any]]:
    """standing_for, plus other facts about the person read in the same query.

    ``columns`` are expressions on the user table (``OuterRef("pk")`` is the person); their
    values come back in the dict, all None for someone not signed in. Posting a message
    reads the standing and the room's live state this way, in one query. ``fetch`` runs
    the one-row query (chat runs it from SQL it compiled once)."""
    columns = dict(columns or {})
    if user is None or not user.is_authenticated:
        standing = Standing(group=group, user_id=None, role=None, has_invite=False)
        return standing, dict.fromkeys(columns)
    columns.update(
        standing_columns(group=group, person=OuterRef("pk"), joined_at=joined_at, now=now)
    )
    row = fetch(get_user_model().objects.filter(pk=user.pk).annotate(**columns).values(*columns))
    return standing_from_row(row, group=group, user_id=user.pk, invite_ok=invite_ok)


def standing_columns(
    *, group, person, joined_at: bool = False, now: datetime | None = None
) -> dict[str, Expression]:
    """The columns a signed-in person's Standing is read from (standing_from_row): their
    role in ``group``, whether a ban holds them ``now`` and, with ``joined_at``, when they
    joined. ``group`` and ``person`` are a group (or its id) and a person's id, or
    expressions for them (``OuterRef``), so a query on another table (the room's admission
    reads the meeting) can read the standing in its own row."""
    membership = Membership.objects.filter(group=group, user=person)
    columns: dict[str, Expression] = {
        "group_role": Subquery(membership.values("role")[:1]),
        "group_banned": Exists(
            Ban.objects.active(now or timezone.now()).filter(group=group, user=person)
        ),
    }
    if joined_at:
        columns["group_joined_at"] = Subquery(membership.values("joined_at")[:1])
    return columns


def standing_from_row(
    row: dict[str, Any], *, group: Group, user_id: int, invite_ok: bool = False
) -> tuple[Standing, dict[str, Any]]:
    """The Standing in a row standing_with's query read, and the row's other columns."""
    row = dict(row)
    standing = Standing(
        group=group,
        user_id=user_id,
        role=row.pop("group_role"),
        banned=bool(row.pop("group_banned")),
        has_invite=invite_ok,
        joined_at=row.pop("group_joined_at", None),
    )
    return standing, row


def allows(
    standing: Standing,
    action: Action,
    *,
    meeting_open: bool = False,
    in_room: bool = False,
    listening: bool = False,
) -> bool:
    """True if the roles table lets this person do ``action``.

    ``meeting_open``: the meeting admits signed-in non-members to listen.
    ``in_room``: the person is in the live room (non-members may flag there).
    ``listening``: the person chose listen-only for this meeting (they may not post).
    Mutes, locks and slow mode are live-room state and are checked by the chat services.
    """
    group = standing.group
    if standing.banned:
        return False
    visible = (
        group.is_public or standing.role is not None or (standing.signed_in and standing.has_invite)
    )
    match action:
        case Action.VIEW_GROUP:
            return visible
        case Action.READ_LIBRARY:
            return standing.role is not None or (visible and group.library_public)
        case Action.JOIN:
            return standing.signed_in and standing.role is None and visible
        case Action.LISTEN:
            if standing.role is not None:
                return True
            return standing.signed_in and visible and meeting_open
        case Action.POST:
            return standing.is_participant and not listening
        case Action.FLAG:
            return standing.role is not None or (standing.signed_in and in_room)
        case Action.MODERATE | Action.MANAGE_MEMBERS:
            return standing.is_moderator
        case Action.MANAGE_GROUP:
            return standing.is_owner
    raise ValueError(f"unknown action {action!r}")


def require(standing: Standing, action: Action, **context) -> None:
    """Raise unless allowed. What a person may not even see is reported as not found."""
    if allows(standing, action, **context):
        return
    if standing.banned:
        raise NotAllowed(gettext("You can't take part in this group."), code="banned")
    # Someone not signed in is asked to log in before being told what they may not do.
    if not standing.signed_in and standing.group.is_public:
        raise NotAllowed(gettext("Please log in first."), code="login_required")
    if action != Action.VIEW_GROUP and allows(standing, Action.VIEW_GROUP):
        raise NotAllowed()
    raise NotFound()


def may_change_role(actor: Standing, *, target_role: str | None, new_role: str | None) -> bool:
    """Moderators move people between reader and member; only the owner appoints or
    removes moderators. Nobody changes the owner's role here (ownership is transferred)."""
    if target_role == Role.OWNER or new_role == Role.OWNER:
        return False
    if actor.is_owner:
        return True
    if not actor.is_moderator:
        return False
    low = {Role.READER, Role.MEMBER, None}
    return target_role in low and new_role in low


def may_lead_meeting(standing: Standing, *, chair_id: int | None) -> bool:
    """Lead one meeting: start or end it early, call the next sharer, set the timer, see
    held messages, and use its live controls (delete a message, mute, remove, lock, slow
    mode). Moderators and the owner may anywhere in the group; the meeting's chair in their
    own meeting, as long as the chair still takes part in the group (a banned chair, or one
    stepped back to reader, does not). Messages from whoever may lead skip the new-member
    link checks of screening."""
    if standing.is_moderator:
        return True
    return standing.is_participant and chair_id is not None and standing.user_id == chair_id


def may_leave_group(standing: Standing) -> bool:
    """Leave the group: anyone in it but the owner, who hands the group to someone else
    first (ownership_transfer)."""
    return standing.role is not None and standing.role != Role.OWNER


def may_step_up(standing: Standing) -> bool:
    """Ask to become a member: a reader (a moderator answers like a join request)."""
    return not standing.banned and standing.role == Role.READER


def may_step_back(standing: Standing) -> bool:
    """Step back to reading only: a member, where the group allows it."""
    return not standing.banned and standing.role == Role.MEMBER and standing.group.allow_step_back


def may_chair(standing: Standing) -> bool:
    """Who can be named chair of a meeting: the group's moderators and owner."""
    return standing.is_moderator


def may_act_on(actor: Standing, *, target: Standing, actor_is_chair: bool = False) -> bool:
    """May ``actor`` mute, remove or ban the person whose standing is ``target``?

    Nobody acts on themselves or on the owner; the owner acts on anyone else; a moderator
    acts on readers and members, never on another moderator; a chair (who is not a
    moderator) acts on readers and members in their meeting. People outside the group are
    out of reach."""
    if target.role is None or target.user_id == actor.user_id:
        return False
    if target.role == Role.OWNER:
        return False
    if actor.is_owner:
        return True
    if actor.is_moderator or (actor_is_chair and actor.is_participant):
        return Role.rank(target.role) < Role.rank(Role.MODERATOR)
    return False


def may_lift_ban(actor: Standing, *, target_role: str | None) -> bool:
    """Lift a ban: the group's moderators and owner, but only the owner lifts a moderator's
    ban (a moderator cannot bring back another moderator)."""
    if not actor.is_moderator:
        return False
    return target_role != Role.MODERATOR or actor.is_owner


# --- Two-factor authentication ------------------------------------------------------------

# Whoever can moderate or manage a group, and site staff, must sign in with two factors
# (after a grace period: accounts.services.two_factor_review).
ROLES_NEEDING_TWO_FACTOR = frozenset({Role.OWNER, Role.MODERATOR})


def needs_two_factor(*, is_staff: bool, roles: set[str]) -> bool:
    return is_staff or bool(roles & ROLES_NEEDING_TWO_FACTOR)


def may_start_check_in(standing: Standing) -> bool:
    """Start a private check-in with someone: the group's moderators and owner only, and
    only about a crisis alert or a moderation action (the service asks for one). Members
    never start one, with each other or with a moderator."""
    return standing.is_moderator


def may_see_check_in(standing: Standing, *, person_id: int) -> bool:
    """See a check-in and write in it: the person it is with, and the group's moderators
    and owner. Anyone else is told it does not exist."""
    return standing.is_moderator or (standing.signed_in and standing.user_id == person_id)


def may_close_check_in(standing: Standing) -> bool:
    """Close a check-in: the group's moderators and owner (the person simply stops
    answering)."""
    return standing.is_moderator
