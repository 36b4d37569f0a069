"""Who may take a moderator's action, on whom, and the shape of its input: the checks
every moderation action runs before it writes anything."""

from __future__ import annotations

from django.utils.translation import gettext

from groups.models import Group, Role
from kindred.errors import NotAllowed, NotFound, ServiceError
from kindred.policy import Action, Standing, may_act_on, may_lead_meeting, require, standing_for
from kindred.text import check_length
from meetings.lifecycle import occurrence_chair_id
from meetings.models import Occurrence

MUTE_MAX_MINUTES = 7 * 24 * 60
BAN_MAX_DAYS = 10 * 365
REASON_MAX = 500


def is_chair(occurrence: Occurrence | None, actor) -> bool:
    return occurrence is not None and occurrence_chair_id(occurrence) == actor.pk


def require_live_control(*, actor, occurrence: Occurrence) -> Standing:
    """Moderators, the owner, and the meeting's chair in their meeting."""
    standing = standing_for(user=actor, group=occurrence.series.group)
    if not may_lead_meeting(standing, chair_id=occurrence_chair_id(occurrence)):
        require(standing, Action.MODERATE)
    return standing


def require_group_action(*, actor, group: Group, action: Action) -> Standing:
    standing = standing_for(user=actor, group=group)
    require(standing, action)
    return standing


def require_target(
    actor_standing: Standing, *, group: Group, user, actor_is_chair: bool = False, verb: str
) -> Standing:
    if user is None:
        raise ServiceError(gettext("That person no longer has an account."), code="author_gone")
    target = standing_for(user=user, group=group)
    if target.role is None:
        # The same answer as for an account that does not exist (docs/security.md).
        raise NotFound(gettext("There is no such person in this group."), code="no_such_person")
    if target.user_id == actor_standing.user_id:
        raise NotAllowed(gettext("You can't %(verb)s yourself.") % {"verb": verb}, code="self")
    if target.role == Role.OWNER:
        raise NotAllowed(
            gettext("Nobody can %(verb)s the group's owner.") % {"verb": verb},
            code="owner_protected",
        )
    if not may_act_on(actor_standing, target=target, actor_is_chair=actor_is_chair):
        raise NotAllowed(
            gettext("Only the owner can %(verb)s a moderator.") % {"verb": verb},
            code="moderator_protected",
        )
    return target


def clean_reason(reason: str) -> str:
    reason = (reason or "").strip()
    check_length(
        len(reason),
        REASON_MAX,
        gettext("Keep the reason under %(REASON_MAX)s characters."),
        {"REASON_MAX": REASON_MAX},
        code="too_long",
        field="reason",
    )
    return reason


def whole_number(value, *, low: int, high: int, what: str, code: str, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ServiceError(
            gettext("%(what)s must be a whole number from %(low)s to %(high)s.")
            % {"what": what, "low": low, "high": high},
            code=code,
            field=field,
        )
    return value
