"""Export my data, delete my account.

The export holds everything Kindred stores about one person and nothing about anybody else:
no other person's email or name, and never who flagged, muted or removed them (a person's
own flags and moderator actions are theirs; flags on their messages are not listed).
Secrets (password hash, calendar token, two-factor keys) are left out: they are
credentials, not data about the person.

Every relation from a model to the user model has its section in ``EXPORT_SECTIONS``;
tests/security/test_export_complete.py walks the app registry and fails when a relation has
none, or when a section misses one of its rows.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from django.apps import apps
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from chat.events import user_event_on_commit
from chat.models import Message
from groups.models import Membership, Role
from kindred.errors import Conflict


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _meeting(occurrence) -> dict:
    """A meeting, named by its group, title and start (never by its people)."""
    if occurrence is None:
        return {"group": None, "meeting": None, "meeting_start": None}
    return {
        "group": occurrence.series.group.name,
        "meeting": occurrence.series.title,
        "meeting_start": _iso(occurrence.start),
    }


_OCC = "occurrence__series__group"


@dataclass(frozen=True)
class Section:
    """One part of the export: the rows of ``model`` whose ``field`` is the person."""

    name: str
    model: str  # app label and model name, e.g. "chat.Message"
    field: str
    row: Callable[[object], dict]
    related: tuple[str, ...] = ()
    # Why these rows are not given to the person (another's private choice about them,
    # which telling would defeat). The section is declared so that the export stays
    # complete on purpose; it always exports nothing.
    withheld: str = ""

    def rows_of(self, user) -> list[dict]:
        if self.withheld:
            return []
        model = apps.get_model(self.model)
        queryset: QuerySet = model._default_manager.filter(**{self.field: user})
        if self.related:
            queryset = queryset.select_related(*self.related)
        return [self.row(obj) for obj in queryset.order_by("pk")]


EXPORT_SECTIONS: tuple[Section, ...] = (
    Section(
        "email_addresses",
        "account.EmailAddress",
        "user",
        lambda e: {"email": e.email, "verified": e.verified, "primary": e.primary},
    ),
    Section(
        "two_factor",
        "mfa.Authenticator",
        "user",
        lambda a: {
            "type": a.type,
            "created_at": _iso(a.created_at),
            "last_used_at": _iso(a.last_used_at),
        },
    ),
    Section(
        "signed_in_sessions",
        "usersessions.UserSession",
        "user",
        lambda s: {
            "ip": s.ip,
            "browser": s.user_agent,
            "created_at": _iso(s.created_at),
            "last_seen_at": _iso(s.last_seen_at),
        },
    ),
    Section(
        "admin_actions",
        "admin.LogEntry",
        "user",
        lambda e: {
            "action_time": _iso(e.action_time),
            "kind": e.content_type.model if e.content_type_id else None,
            "action": {1: "added", 2: "changed", 3: "deleted"}.get(e.action_flag),
            "change": e.get_change_message(),
        },
        ("content_type",),
    ),
    Section(
        "memberships",
        "groups.Membership",
        "user",
        lambda m: {
            "group": m.group.name,
            "group_slug": m.group.slug,
            "role": m.role,
            "joined_at": _iso(m.joined_at),
            "guidelines_accepted_at": _iso(m.guidelines_accepted_at),
        },
        ("group",),
    ),
    Section(
        "join_requests",
        "groups.JoinRequest",
        "user",
        lambda r: {
            "group": r.group.name,
            "kind": r.kind,
            "role": r.role,
            "message": r.message,
            "status": r.status,
            "created_at": _iso(r.created_at),
            "decided_at": _iso(r.decided_at),
        },
        ("group",),
    ),
    Section(
        "join_requests_decided",
        "groups.JoinRequest",
        "decided_by",
        lambda r: {"group": r.group.name, "status": r.status, "decided_at": _iso(r.decided_at)},
        ("group",),
    ),
    Section(
        "invites_made",
        "groups.Invite",
        "created_by",
        lambda i: {
            "group": i.group.name,
            "role": i.role,
            "created_at": _iso(i.created_at),
            "expires_at": _iso(i.expires_at),
            "uses": i.uses,
            "revoked_at": _iso(i.revoked_at),
        },
        ("group",),
    ),
    Section(
        "bans",
        "groups.Ban",
        "user",
        lambda b: {
            "group": b.group.name,
            "created_at": _iso(b.created_at),
            "expires_at": _iso(b.expires_at),
            "lifted_at": _iso(b.lifted_at),
            "reason": b.reason,
        },
        ("group",),
    ),
    Section(
        "bans_made",
        "groups.Ban",
        "created_by",
        lambda b: {"group": b.group.name, "created_at": _iso(b.created_at), "reason": b.reason},
        ("group",),
    ),
    Section(
        "bans_lifted",
        "groups.Ban",
        "lifted_by",
        lambda b: {"group": b.group.name, "lifted_at": _iso(b.lifted_at)},
        ("group",),
    ),
    Section(
        "meetings_chaired",
        "meetings.MeetingSeries",
        "chair",
        lambda m: {"group": m.group.name, "meeting": m.title},
        ("group",),
    ),
    Section(
        "occurrences_chaired",
        "meetings.Occurrence",
        "chair",
        lambda o: _meeting(o),
        ("series__group",),
    ),
    Section(
        "rsvps",
        "meetings.Rsvp",
        "user",
        lambda r: {**_meeting(r.occurrence), "answer": r.answer},
        (_OCC,),
    ),
    Section(
        "reminders_sent",
        "meetings.ReminderSent",
        "user",
        lambda r: {**_meeting(r.occurrence), "kind": r.kind, "sent_at": _iso(r.sent_at)},
        (_OCC,),
    ),
    Section(
        "group_reminder_preferences",
        "meetings.GroupReminderPreference",
        "user",
        lambda p: {"group": p.group.name, "created_at": _iso(p.created_at)},
        ("group",),
    ),
    Section(
        "speaking_now",
        "chat.RoomState",
        "speaker",
        lambda r: _meeting(r.occurrence),
        (_OCC,),
    ),
    Section(
        "messages",
        "chat.Message",
        "author",
        lambda m: {
            **_meeting(m.occurrence),
            "seq": m.seq,
            "created_at": _iso(m.created_at),
            "status": m.status,
            "body": m.body,
            "content_warning": m.content_warning,
            "purged_at": _iso(m.purged_at),
        },
        (_OCC,),
    ),
    Section(
        "messages_removed",
        "chat.Message",
        "removed_by",
        lambda m: {**_meeting(m.occurrence), "seq": m.seq, "removed_at": _iso(m.removed_at)},
        (_OCC,),
    ),
    Section(
        "share_timers_set",
        "chat.RoomTimer",
        "set_by",
        lambda t: {**_meeting(t.occurrence), "seconds": t.seconds, "ends_at": _iso(t.ends_at)},
        (_OCC,),
    ),
    Section(
        "rooms_present_in",
        "chat.RoomPresence",
        "user",
        lambda p: {
            **_meeting(p.occurrence),
            "listening": p.listening,
            "connected_at": _iso(p.connected_at),
            "seen_at": _iso(p.seen_at),
        },
        (_OCC,),
    ),
    Section(
        "hands_raised",
        "chat.HandRaise",
        "user",
        lambda h: {**_meeting(h.occurrence), "raised_at": _iso(h.raised_at)},
        (_OCC,),
    ),
    Section(
        "reactions",
        "chat.Reaction",
        "user",
        lambda r: {
            **_meeting(r.message.occurrence),
            "message_seq": r.message.seq,
            "kind": r.kind,
            "created_at": _iso(r.created_at),
        },
        ("message__" + _OCC,),
    ),
    Section(
        "audit_entries_by_you",
        "moderation.AuditEntry",
        "actor",
        lambda a: {
            "group": a.group_name,
            "action": a.action,
            "reason": a.reason,
            "created_at": _iso(a.created_at),
        },
    ),
    Section(
        "audit_entries_about_you",
        "moderation.AuditEntry",
        "target_user",
        lambda a: {
            "group": a.group_name,
            "action": a.action,
            "reason": a.reason,
            "created_at": _iso(a.created_at),
            "expires_at": _iso(a.expires_at),
        },
    ),
    Section(
        "mutes",
        "moderation.Mute",
        "user",
        lambda m: {
            "group": m.group.name,
            "meeting_start": _iso(m.occurrence.start) if m.occurrence_id else None,
            "created_at": _iso(m.created_at),
            "until": _iso(m.until),
            "lifted_at": _iso(m.lifted_at),
            "reason": m.reason,
        },
        ("group", "occurrence"),
    ),
    Section(
        "mutes_made",
        "moderation.Mute",
        "created_by",
        lambda m: {"group": m.group.name, "created_at": _iso(m.created_at), "reason": m.reason},
        ("group",),
    ),
    Section(
        "mutes_lifted",
        "moderation.Mute",
        "lifted_by",
        lambda m: {"group": m.group.name, "lifted_at": _iso(m.lifted_at)},
        ("group",),
    ),
    Section(
        "meeting_removals",
        "moderation.MeetingRemoval",
        "user",
        lambda r: {**_meeting(r.occurrence), "reason": r.reason, "created_at": _iso(r.created_at)},
        (_OCC,),
    ),
    Section(
        "meeting_removals_made",
        "moderation.MeetingRemoval",
        "created_by",
        lambda r: {**_meeting(r.occurrence), "reason": r.reason, "created_at": _iso(r.created_at)},
        (_OCC,),
    ),
    Section(
        "review_items_resolved",
        "moderation.ReviewItem",
        "resolved_by",
        lambda i: {
            **_meeting(i.occurrence),
            "decision": i.decision,
            "note": i.note,
            "resolved_at": _iso(i.resolved_at),
        },
        (_OCC,),
    ),
    Section(
        "flags_made",
        "moderation.Flag",
        "reporter",
        lambda f: {
            **_meeting(f.message.occurrence),
            "message_seq": f.message.seq,
            "reason": f.reason,
            "note": f.note,
            "created_at": _iso(f.created_at),
        },
        ("message__" + _OCC,),
    ),
    Section(
        "rules_made",
        "moderation.Rule",
        "created_by",
        lambda r: {
            "group": r.group.name if r.group_id else None,
            "pattern": r.pattern,
            "kind": r.kind,
            "action": r.action,
            "created_at": _iso(r.created_at),
        },
        ("group",),
    ),
    Section(
        "allowed_terms_made",
        "moderation.AllowedTerm",
        "created_by",
        lambda t: {
            "group": t.group.name if t.group_id else None,
            "term": t.term,
            "created_at": _iso(t.created_at),
        },
        ("group",),
    ),
    Section(
        "crisis_alerts_about_you",
        "moderation.CrisisAlert",
        "author",
        lambda a: {
            **_meeting(a.occurrence),
            "group": a.group.name,
            "excerpt": a.excerpt,
            "created_at": _iso(a.created_at),
            "acknowledged_at": _iso(a.acknowledged_at),
        },
        ("group", _OCC),
    ),
    Section(
        "crisis_alerts_acknowledged",
        "moderation.CrisisAlert",
        "acknowledged_by",
        lambda a: {"group": a.group.name, "acknowledged_at": _iso(a.acknowledged_at)},
        ("group",),
    ),
    Section(
        "library_items_written",
        "library.LibraryItem",
        "created_by",
        lambda i: {
            "group": i.group.name,
            "title": i.title,
            "status": i.status,
            "created_at": _iso(i.created_at),
        },
        ("group",),
    ),
    Section(
        "reading_history",
        "library.ReadingProgress",
        "user",
        lambda p: {"group": p.item.group.name, "item": p.item.title, "read_at": _iso(p.read_at)},
        ("item__group",),
    ),
    Section(
        "readings_moved",
        "library.LiveSection",
        "changed_by",
        lambda s: {
            **_meeting(s.occurrence),
            "section": s.section.title,
            "changed_at": _iso(s.changed_at),
        },
        (_OCC, "section"),
    ),
    Section(
        "display_name_changes",
        "accounts.DisplayNameChange",
        "user",
        lambda c: {
            "old_name": c.old_name,
            "new_name": c.new_name,
            "changed_at": _iso(c.changed_at),
        },
    ),
    Section(
        "people_muted",
        "accounts.PersonalMute",
        "viewer",
        lambda m: {"muted_at": _iso(m.created_at)},
    ),
    Section(
        "muted_by_others",
        "accounts.PersonalMute",
        "muted",
        lambda m: {},
        withheld="a mute for oneself is the viewer's private choice: the muted person is "
        "never told",
    ),
    Section(
        "rule_sets_changed",
        "moderation.RuleSet",
        "updated_by",
        lambda r: {
            "group": r.group.name,
            "category": r.category,
            "action": r.action,
            "enabled": r.enabled,
            "updated_at": _iso(r.updated_at),
        },
        ("group",),
    ),
    Section(
        "check_ins",
        "moderation.CheckIn",
        "person",
        # What the person and the moderators wrote; the moderators are not named: their
        # names are their own data, not the person's.
        lambda c: {
            "group": c.group.name,
            "created_at": _iso(c.created_at),
            "closed_at": _iso(c.closed_at),
            "purged_at": _iso(c.purged_at),
            "messages": [
                {
                    "from": "you" if m.author_id == c.person_id else "a moderator",
                    "created_at": _iso(m.created_at),
                    "body": m.body,
                }
                for m in c.messages.order_by("pk")
            ],
        },
        ("group",),
    ),
    Section(
        "check_ins_started",
        "moderation.CheckIn",
        "started_by",
        lambda c: {"group": c.group.name, "created_at": _iso(c.created_at)},
        ("group",),
    ),
    Section(
        "check_ins_closed",
        "moderation.CheckIn",
        "closed_by",
        lambda c: {"group": c.group.name, "closed_at": _iso(c.closed_at)},
        ("group",),
    ),
    Section(
        "check_in_messages_written",
        "moderation.CheckInMessage",
        "author",
        lambda m: {"created_at": _iso(m.created_at), "body": m.body},
    ),
    Section(
        "notification_choices",
        "accounts.NotificationPreference",
        "user",
        lambda p: {
            "kind": p.kind,
            "email": p.email,
            "push": p.push,
            "changed_at": _iso(p.changed_at),
        },
    ),
    Section(
        "notifications_sent",
        "accounts.NotificationSent",
        "user",
        lambda n: {"kind": n.kind, "channel": n.channel, "sent_at": _iso(n.sent_at)},
    ),
    Section(
        "push_devices",
        "accounts.PushDevice",
        "user",
        # The endpoint and keys let anyone push to the device: credentials, left out.
        lambda d: {
            "name": d.name,
            "push_service": urlsplit(d.endpoint).hostname,
            "created_at": _iso(d.created_at),
            "last_used_at": _iso(d.last_used_at),
        },
    ),
)

# The user's own columns left out of ``profile``: credentials, not data about the person.
PROFILE_LEFT_OUT = frozenset({"id", "password", "calendar_token"})


def _profile(user) -> dict:
    return {
        "email": user.email,
        "display_name": user.display_name,
        "timezone": user.timezone,
        "language": user.language,
        "quiet_mode": user.quiet_mode,
        "hidden_topics": user.hidden_topics,
        "reminder_minutes": user.reminder_minutes,
        "reminder_names_group": user.reminder_names_group,
        "date_joined": _iso(user.date_joined),
        "last_login": _iso(user.last_login),
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        "two_factor_due_at": _iso(user.two_factor_due_at),
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "user_permissions": sorted(user.user_permissions.values_list("codename", flat=True)),
    }


def account_export(*, user) -> dict:
    """Everything about ``user``, as JSON-ready data."""
    return {
        "exported_at": timezone.now().isoformat(),
        "profile": _profile(user),
        **{section.name: section.rows_of(user) for section in EXPORT_SECTIONS},
    }


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
    """Delete ``user``: the text of every message they sent is erased at once (the rows
    stay, shown as "removed at the member's request" from "a former member", so a room's
    history keeps its order); their memberships, RSVPs, reactions and requests go; every
    session ends and every open socket closes. The owner of a group with other people must
    hand it over first."""
    from moderation.models import CrisisAlert, Decision, Flag, ReviewItem

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
    now = timezone.now()
    erased = list(Message.objects.filter(author=user).values_list("pk", flat=True))
    Message.objects.filter(pk__in=erased).update(
        body="", body_html="", content_warning="", status=Message.Status.ERASED
    )
    # What quotes their words goes with them: crisis alerts' excerpts, notes on flags.
    CrisisAlert.objects.filter(author=user).exclude(excerpt="").update(excerpt="")
    Flag.objects.filter(message_id__in=erased).exclude(note="").update(note="")
    ReviewItem.objects.open().filter(message_id__in=erased).update(
        resolved_at=now, decision=Decision.DISMISS, note="The author deleted their account."
    )
    # Groups they own alone would be left without an owner: they go with the account.
    from groups.models import Group

    Group.objects.filter(memberships__user=user, memberships__role=Role.OWNER).delete()
    user.delete()
    _announce_erased(erased)


def _announce_erased(message_ids: list[int]) -> None:
    """Rooms with someone in them replace the erased messages at once (after commit)."""
    from chat.models import RoomPresence
    from chat.services import message_announce_on_commit

    live_rooms = RoomPresence.objects.values("occurrence_id")
    for message in Message.objects.filter(pk__in=message_ids, occurrence_id__in=live_rooms):
        message_announce_on_commit(message=message)
