"""The life of one meeting occurrence: upcoming, lobby open, live, ended (or cancelled).

``occurrence_state`` is the one function that answers "what state is this meeting in at
this moment?". The schedule pages, the live room and the reminders all ask it, so the
rules live here only:

- cancelled wins over everything;
- the lobby opens ``series.lobby_minutes`` before the start;
- the meeting is live from its start, or from ``started_at`` when the chair started early;
- it ends at ``end + series.grace_minutes``, or at ``ended_at`` when the chair ended it.

It works on unsaved occurrences too (the schedule builds them from the rule without
storing them), and it never queries the database beyond ``occurrence.series`` (select it
with the occurrence when you evaluate many).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils.translation import gettext_lazy

if TYPE_CHECKING:
    from meetings.models import Occurrence


class OccurrenceState(StrEnum):
    UPCOMING = "upcoming"
    LOBBY = "lobby"
    LIVE = "live"
    ENDED = "ended"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return str(_LABELS[self])


_LABELS = {
    OccurrenceState.UPCOMING: gettext_lazy("Upcoming"),
    OccurrenceState.LOBBY: gettext_lazy("Lobby open"),
    OccurrenceState.LIVE: gettext_lazy("Live"),
    OccurrenceState.ENDED: gettext_lazy("Ended"),
    OccurrenceState.CANCELLED: gettext_lazy("Cancelled"),
}


def lobby_opens_at(occurrence: Occurrence) -> datetime:
    return occurrence.start - timedelta(minutes=occurrence.series.lobby_minutes)


def closes_at(occurrence: Occurrence) -> datetime:
    """When the room closes: the chair's end, or the scheduled end plus the grace period."""
    scheduled = occurrence.end + timedelta(minutes=occurrence.series.grace_minutes)
    if occurrence.ended_at is not None:
        return min(occurrence.ended_at, scheduled)
    return scheduled


def occurrence_state(occurrence: Occurrence, *, at: datetime | None = None) -> OccurrenceState:
    """The state of ``occurrence`` at ``at`` (default: now)."""
    at = at or timezone.now()
    if occurrence.cancelled:
        return OccurrenceState.CANCELLED
    if at >= closes_at(occurrence):
        return OccurrenceState.ENDED
    if at >= occurrence.start or (
        occurrence.started_at is not None and at >= occurrence.started_at
    ):
        return OccurrenceState.LIVE
    if at >= lobby_opens_at(occurrence):
        return OccurrenceState.LOBBY
    return OccurrenceState.UPCOMING


def occurrence_chair_id(occurrence: Occurrence) -> int | None:
    """Who chairs this meeting: its own chair, else the series' chair (may be None)."""
    return occurrence.chair_id or occurrence.series.chair_id
