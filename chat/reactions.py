"""Supportive reactions to a message in a live room."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext

from chat.history import REACTIONS, reaction_counts
from chat.models import Message, Reaction
from chat.participation import require_participation
from kindred.errors import NotFound, ServiceError
from kindred.events import room_event_on_commit, room_reactions
from meetings.models import Occurrence


@transaction.atomic
def reaction_toggle(
    *, occurrence: Occurrence, user, seq: int, kind: str, listening: bool = False
) -> tuple[bool, dict[str, int]]:
    """Add or take back one supportive reaction. Returns ``(now_on, counts)``."""
    if kind not in REACTIONS:
        raise ServiceError(
            gettext("Reactions are: %(join_selectors_REACT)s.")
            % {"join_selectors_REACT": ", ".join(REACTIONS)},
            code="bad_reaction",
            field="reaction",
        )
    require_participation(occurrence=occurrence, user=user, listening=listening)
    message_id = (
        Message.objects.filter(occurrence=occurrence, seq=seq, status=Message.Status.VISIBLE)
        .values_list("pk", flat=True)
        .first()
    )
    if message_id is None:
        raise NotFound(gettext("There is no such message in this room."), code="no_such_message")
    deleted = Reaction.objects.filter(message_id=message_id, user=user, kind=kind).delete()[0]
    if not deleted:
        Reaction.objects.get_or_create(message_id=message_id, user=user, kind=kind)
    counts = reaction_counts(message_id=message_id)
    room_event_on_commit(occurrence.pk, room_reactions(seq=seq, counts=counts))
    return not deleted, counts
