"""Who may act in a live room now: re-checked on every write (a moderator can mute, remove
or ban someone mid-meeting, so admission alone is not enough)."""

from __future__ import annotations

from django.utils.translation import gettext

from kindred import policy
from kindred.errors import NotAllowed
from meetings.lifecycle import OccurrenceState, occurrence_chair_id, occurrence_state
from meetings.models import Occurrence


def require_open(occurrence: Occurrence) -> None:
    state = occurrence_state(occurrence)
    if state not in (OccurrenceState.LOBBY, OccurrenceState.LIVE):
        raise NotAllowed(
            gettext("The room is not open (the meeting is %(state)s).") % {"state": state},
            code="room_closed",
        )


def standing_checked(
    *, occurrence: Occurrence, user, standing: policy.Standing | None = None
) -> policy.Standing:
    """The person's standing (read here unless the caller already has it); never banned."""
    standing = standing or policy.standing_for(user=user, group=occurrence.series.group)
    if standing.banned:
        raise NotAllowed(gettext("You can't take part in this group."), code="banned")
    return standing


def require_participation(
    *, occurrence: Occurrence, user, listening: bool, standing: policy.Standing | None = None
) -> policy.Standing:
    """Post, raise a hand, react: members and above who are not listening only."""
    standing = standing_checked(occurrence=occurrence, user=user, standing=standing)
    if not policy.allows(standing, policy.Action.POST, listening=listening):
        if listening and policy.allows(standing, policy.Action.POST):
            raise NotAllowed(
                gettext("You are listening only. Switch to taking part to do this."),
                code="listening",
            )
        raise NotAllowed(
            gettext("Readers and guests listen; only members take part."), code="forbidden"
        )
    require_open(occurrence)
    return standing


def require_lead(
    *, occurrence: Occurrence, user, standing: policy.Standing | None = None
) -> policy.Standing:
    """Call the next sharer, set the timer: the chair of this meeting and moderators."""
    standing = standing_checked(occurrence=occurrence, user=user, standing=standing)
    if not policy.may_lead_meeting(standing, chair_id=occurrence_chair_id(occurrence)):
        raise NotAllowed(gettext("Only the chair or a moderator can do that."), code="forbidden")
    require_open(occurrence)
    return standing
