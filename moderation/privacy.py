"""Export my data, delete my account.

The export holds everything Kindred stores about one person and nothing about anybody else:
no other person's email or name, and never who flagged what (a person's own flags are
theirs; flags on their messages are not listed). Secrets (password hash, calendar token,
two-factor keys) are left out: they are credentials, not data about the person.
"""

from datetime import datetime

from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from chat.events import user_event_on_commit
from chat.models import Message, Reaction
from groups.models import Ban, JoinRequest, Membership, Role
from kindred.errors import Conflict
from meetings.models import Rsvp
from moderation.models import Flag, Mute


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def account_export(*, user) -> dict:
    """Everything about ``user``, as JSON-ready data."""
    from allauth.account.models import EmailAddress

    return {
        "exported_at": timezone.now().isoformat(),
        "profile": {
            "email": user.email,
            "display_name": user.display_name,
            "timezone": user.timezone,
            "quiet_mode": user.quiet_mode,
            "reminder_minutes": user.reminder_minutes,
            "reminder_names_group": user.reminder_names_group,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
        },
        "email_addresses": [
            {"email": e.email, "verified": e.verified, "primary": e.primary}
            for e in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "memberships": [
            {
                "group": m.group.name,
                "group_slug": m.group.slug,
                "role": m.role,
                "joined_at": _iso(m.joined_at),
                "guidelines_accepted_at": _iso(m.guidelines_accepted_at),
            }
            for m in Membership.objects.filter(user=user).select_related("group").order_by("pk")
        ],
        "join_requests": [
            {
                "group": r.group.name,
                "kind": r.kind,
                "role": r.role,
                "message": r.message,
                "status": r.status,
                "created_at": _iso(r.created_at),
                "decided_at": _iso(r.decided_at),
            }
            for r in JoinRequest.objects.filter(user=user).select_related("group").order_by("pk")
        ],
        "rsvps": [
            {
                "group": r.occurrence.series.group.name,
                "meeting": r.occurrence.series.title,
                "start": _iso(r.occurrence.start),
                "answer": r.answer,
            }
            for r in Rsvp.objects.filter(user=user)
            .select_related("occurrence__series__group")
            .order_by("pk")
        ],
        "messages": [
            {
                "group": m.occurrence.series.group.name,
                "meeting": m.occurrence.series.title,
                "meeting_start": _iso(m.occurrence.start),
                "seq": m.seq,
                "created_at": _iso(m.created_at),
                "status": m.status,
                "body": m.body,
                "content_warning": m.content_warning,
                "purged_at": _iso(m.purged_at),
            }
            for m in Message.objects.filter(author=user)
            .select_related("occurrence__series__group")
            .order_by("created_at", "pk")
        ],
        "reactions": [
            {
                "meeting": r.message.occurrence.series.title,
                "message_seq": r.message.seq,
                "kind": r.kind,
                "created_at": _iso(r.created_at),
            }
            for r in Reaction.objects.filter(user=user)
            .select_related("message__occurrence__series")
            .order_by("pk")
        ],
        "flags_made": [
            {
                "group": f.message.occurrence.series.group.name,
                "meeting": f.message.occurrence.series.title,
                "message_seq": f.message.seq,
                "reason": f.reason,
                "note": f.note,
                "created_at": _iso(f.created_at),
            }
            for f in Flag.objects.filter(reporter=user)
            .select_related("message__occurrence__series__group")
            .order_by("pk")
        ],
        "mutes": [
            {
                "group": m.group.name,
                "meeting_start": _iso(m.occurrence.start) if m.occurrence_id else None,
                "created_at": _iso(m.created_at),
                "until": _iso(m.until),
                "lifted_at": _iso(m.lifted_at),
                "reason": m.reason,
            }
            for m in Mute.objects.filter(user=user)
            .select_related("group", "occurrence")
            .order_by("pk")
        ],
        "bans": [
            {
                "group": b.group.name,
                "created_at": _iso(b.created_at),
                "expires_at": _iso(b.expires_at),
                "lifted_at": _iso(b.lifted_at),
                "reason": b.reason,
            }
            for b in Ban.objects.filter(user=user).select_related("group").order_by("pk")
        ],
        "check_ins": _check_ins(user),
    }


def _check_ins(user) -> list[dict]:
    """Check-ins with the person: what they and the moderators wrote. The moderators are
    not named: their names are their own data, not the person's."""
    from moderation.models import CheckIn

    return [
        {
            "group": c.group.name,
            "created_at": _iso(c.created_at),
            "closed_at": _iso(c.closed_at),
            "purged_at": _iso(c.purged_at),
            "messages": [
                {
                    "from": "you" if m.author_id == user.pk else "a moderator",
                    "created_at": _iso(m.created_at),
                    "body": m.body,
                }
                for m in c.messages.all()
            ],
        }
        for c in CheckIn.objects.filter(person=user)
        .select_related("group")
        .prefetch_related("messages")
        .order_by("pk")
    ]


def _session_keys_of(user) -> list[str]:
    """Session keys of ``user`` in the database session store (decoded one by one: the
    store keeps the user id only inside the encoded data)."""
    keys = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            keys.append(session.session_key)
    return keys


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete ``user``: their messages stay, shown as from "a former member"; their
    memberships, RSVPs, reactions and requests go; every session ends and every open socket
    closes. The owner of a group with other people must hand it over first."""
    owned = list(
        Membership.objects.filter(user=user, role=Role.OWNER)
        .filter(group__memberships__role__in=[Role.READER, Role.MEMBER, Role.MODERATOR])
        .values_list("group__name", flat=True)
        .distinct()
    )
    if owned:
        raise Conflict(
            "You own " + ", ".join(owned) + ". Hand the group to someone else first, or delete it.",
            code="owns_groups",
        )
    Session.objects.filter(session_key__in=_session_keys_of(user)).delete()
    user_event_on_commit(
        user.pk,
        {
            "type": "user.kick",
            "occurrence_id": None,
            "group_id": None,
            "code": 4401,
            "reason": "Your account was deleted.",
        },
    )
    # Groups they own alone would be left without an owner: they go with the account.
    from groups.models import Group

    Group.objects.filter(memberships__user=user, memberships__role=Role.OWNER).delete()
    user.delete()
