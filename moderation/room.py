"""What moderation plugs into chat's live room (chat/registry.py), registered by
ModerationConfig.ready(): chat never imports moderation.

- The room calls: each moderation frame type, its fields (which chat/frames.py checks)
  and the service that runs it, which checks permission (kindred.policy), writes, audits and
  broadcasts.
- The posting rules and check: the facts read with chat's own in one query, the checks
  (moderation/posting.py), the screening and what is recorded after (moderation/screened.py).
- Mutes and removals the room asks about, and the screening rules a room's copies drop.
"""

from __future__ import annotations

from django.db.models import Subquery
from django.utils.translation import gettext as _

from accounts.models import User
from chat import registry
from chat.frames import REASON, SEQ, TEXT_MAX, USER_ID, field
from chat.models import Message
from chat.registry import Post, PostingRules
from kindred.errors import NotFound
from kindred.policy import standing_for
from meetings.models import Occurrence
from moderation import actions, live, review, selectors
from moderation.models import MeetingRemoval
from moderation.posting import message_rate, message_screen, posting_check
from moderation.screened import message_screened


def _message(occurrence: Occurrence, frame: dict) -> Message:
    message = Message.objects.filter(occurrence=occurrence, seq=frame["seq"]).first()
    if message is None:
        raise NotFound(_("There is no such message in this room."), code="no_such_message")
    return message


def _target(occurrence: Occurrence, frame: dict) -> User:
    """The person ``user_id`` names, if they belong to the meeting's group. Anyone else,
    whether the account exists or not, is the same ``no_such_person``: the answer never
    tells whether an account exists (docs/security.md)."""
    user = User.objects.filter(pk=frame["user_id"]).first()
    if user is None or standing_for(user=user, group=occurrence.series.group).role is None:
        raise NotFound(_("There is no such person in this group."), code="no_such_person")
    return user


def _reason(frame: dict) -> str:
    return frame.get("reason") or ""


# --- Room calls (frame type -> function), fields as chat/frames.py checked them ------------


def message_remove(*, actor, occurrence: Occurrence, frame: dict) -> None:
    actions.message_remove(actor=actor, message=_message(occurrence, frame), reason=_reason(frame))


def message_flag(*, actor, occurrence: Occurrence, frame: dict) -> None:
    review.message_flag(
        actor=actor,
        message=_message(occurrence, frame),
        reason=frame["reason"],
        note=frame.get("note", ""),
        # The person is in the room: signed-in listeners may flag here.
        in_room=True,
    )


def held_approve(*, actor, occurrence: Occurrence, frame: dict) -> None:
    review.held_message_approve(actor=actor, message=_message(occurrence, frame))


def member_mute(*, actor, occurrence: Occurrence, frame: dict) -> None:
    actions.member_mute(
        actor=actor,
        occurrence=occurrence,
        user=_target(occurrence, frame),
        minutes=frame.get("minutes"),
        reason=_reason(frame),
    )


def member_unmute(*, actor, occurrence: Occurrence, frame: dict) -> None:
    actions.member_unmute(actor=actor, occurrence=occurrence, user=_target(occurrence, frame))


def member_remove(*, actor, occurrence: Occurrence, frame: dict) -> None:
    actions.member_remove_from_meeting(
        actor=actor, occurrence=occurrence, user=_target(occurrence, frame), reason=_reason(frame)
    )


def member_ban(*, actor, occurrence: Occurrence, frame: dict) -> None:
    actions.member_ban(
        actor=actor,
        group=occurrence.series.group,
        user=_target(occurrence, frame),
        reason=_reason(frame),
        days=frame.get("days"),
        # The meeting going on here, when the moderator also removes their messages.
        remove_messages_in=occurrence if frame.get("remove_messages") else None,
    )


def room_lock(*, actor, occurrence: Occurrence, frame: dict) -> None:
    live.room_lock(actor=actor, occurrence=occurrence, locked=frame["locked"])


def room_slow_mode(*, actor, occurrence: Occurrence, frame: dict) -> None:
    live.room_slow_mode(actor=actor, occurrence=occurrence, seconds=frame["seconds"] or 0)


def queue_clear(*, actor, occurrence: Occurrence, frame: dict) -> None:
    live.queue_clear(actor=actor, occurrence=occurrence)


def queue_reorder(*, actor, occurrence: Occurrence, frame: dict) -> None:
    live.queue_reorder(actor=actor, occurrence=occurrence, user_ids=frame["user_ids"])


# Frame type -> (the service's adapter, the frame's fields as chat/frames.py checks them).
ROOM_CALLS = {
    "message.remove": (message_remove, (SEQ, REASON)),
    "message.flag": (
        message_flag,
        (
            SEQ,
            field("reason", "string", required=True, max_length=24),
            field("note", "text", max_length=TEXT_MAX),
        ),
    ),
    "held.approve": (held_approve, (SEQ,)),
    "member.mute": (member_mute, (USER_ID, field("minutes", "int", nullable=True), REASON)),
    "member.unmute": (member_unmute, (USER_ID,)),
    "member.remove": (member_remove, (USER_ID, REASON)),
    "member.ban": (
        member_ban,
        (
            USER_ID,
            REASON,
            field("days", "int", nullable=True),
            field("remove_messages", "bool", nullable=True),
        ),
    ),
    "room.lock": (room_lock, (field("locked", "bool", required=True),)),
    "room.slow_mode": (room_slow_mode, (field("seconds", "int", required=True),)),
    "queue.clear": (queue_clear, ()),
    "queue.reorder": (queue_reorder, (field("user_ids", "ids", required=True),)),
}


# --- Posting -----------------------------------------------------------------------------


def posting_allowed(post: Post) -> None:
    """Bans, removals, mutes, the lock, slow mode, the message limit, duplicates."""
    posting_check(
        occurrence=post.occurrence,
        user=post.author,
        now=post.now,
        body=post.body,
        standing=post.standing,
        facts=post.facts,
        counted=post.counted,
    )


def removal_reason(*, occurrence, user_id) -> Subquery:
    """The moderator's reason if the person was removed from this meeting (may be empty),
    NULL if they were not: a column of the room's admission query (``occurrence`` and
    ``user_id`` may be OuterRefs). The newest removal's, as MeetingRemoval's ordering says."""
    removals = MeetingRemoval.objects.filter(occurrence=occurrence, user_id=user_id)
    return Subquery(removals.order_by(*MeetingRemoval._meta.ordering).values("reason")[:1])


def register() -> None:
    for kind, (call, fields) in ROOM_CALLS.items():
        registry.register_room_call(kind, call, fields)
    registry.register_posting_rules(
        PostingRules(
            facts=selectors.posting_facts,
            facts_from_row=selectors.posting_facts_from_row,
            look_back=selectors.duplicate_seconds,
            prepare=selectors.screening_terms,
            screen=message_screen,
            screened=message_screened,
            message_rate=message_rate,
        )
    )
    registry.register_posting_check(posting_allowed)
    registry.register_mute_lookup(selectors.active_mute)
    registry.register_mutes_planned(selectors.active_mutes_planned)
    registry.register_removal_column(removal_reason)
    registry.register_copies_stale(selectors.forget_screening_terms)
