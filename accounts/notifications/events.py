"""Who gets each notification, and what it says.

``event_recipients(kind, data)`` reads the event's rows when the task runs (so a request
withdrawn meanwhile notifies nobody) and returns its key and one ``Note`` per person. The
wording is discreet unless the person opted in (``user.reminder_names_group``): no group
name, no topic, no other person's name in the subject, the first line (the preview) or a
push message. docs/notifications.md lists every kind with its wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from accounts.notifications.kinds import Kind


@dataclass(frozen=True)
class Note:
    """One notification for one person: the email's subject and lines, the push text."""

    subject: str
    lines: list[str]
    url: str
    push_title: str
    push_body: str
    tag: str = ""
    channels: frozenset[str] = field(default_factory=lambda: frozenset({"email", "push"}))


@dataclass(frozen=True)
class Event:
    kind: str
    key: str
    notes: list[tuple[object, Note]]


def _abs(path: str) -> str:
    return settings.SITE_URL + path


def _local(dt: datetime, user) -> str:
    try:
        local = dt.astimezone(ZoneInfo(user.timezone))
    except (ZoneInfoNotFoundError, ValueError):
        local = dt.astimezone(UTC)
    return f"{local:%A %d %B, %H:%M} ({local.tzname()})"


def _moderators(group, *, occurrence=None) -> list:
    from accounts.models import User
    from groups.models import Ban, Role

    ids = set(
        User.objects.filter(
            memberships__group=group,
            memberships__role__in=[Role.MODERATOR, Role.OWNER],
            is_active=True,
        )
        .exclude(pk__in=Ban.objects.active().filter(group=group).values("user"))
        .values_list("pk", flat=True)
    )
    if occurrence is not None:
        from meetings.lifecycle import occurrence_chair_id

        if chair := occurrence_chair_id(occurrence):
            ids.add(chair)
    return list(User.objects.filter(pk__in=ids, is_active=True).order_by("pk"))


def _join_request(data: dict) -> Event:
    from groups.models import JoinRequest

    jr = JoinRequest.objects.select_related("group", "user").filter(pk=data["request"]).first()
    key = f"join_request:{data['request']}"
    if jr is None or jr.status != JoinRequest.Status.PENDING:
        return Event(Kind.JOIN_REQUEST, key, [])
    url = _abs(reverse("groups:members", kwargs={"slug": jr.group.slug}))
    notes = []
    for moderator in _moderators(jr.group):
        if moderator.pk == jr.user_id:
            continue
        named = moderator.reminder_names_group
        what = "to become a member" if jr.kind == JoinRequest.Kind.BECOME_MEMBER else "to join"
        subject = (
            f"{jr.user.display_name} asks {what} {jr.group.name}"
            if named
            else "Someone asks to join a group you moderate"
        )
        notes.append(
            (
                moderator,
                Note(
                    subject=subject,
                    lines=[
                        (f"{subject}." if named else "A request is waiting for a moderator."),
                        "",
                        f"Answer it: {url}",
                    ],
                    url=url,
                    push_title="A request is waiting",
                    push_body=subject if named else "Someone asks to join a group you moderate.",
                    tag=key,
                ),
            )
        )
    return Event(Kind.JOIN_REQUEST, key, notes)


def _join_decision(data: dict) -> Event:
    from groups.models import JoinRequest

    jr = JoinRequest.objects.select_related("group", "user").filter(pk=data["request"]).first()
    key = f"join_decision:{data['request']}"
    decided = {JoinRequest.Status.APPROVED, JoinRequest.Status.DECLINED}
    if jr is None or jr.status not in decided or not jr.user.is_active:
        return Event(Kind.JOIN_DECISION, key, [])
    person = jr.user
    named = person.reminder_names_group
    approved = jr.status == JoinRequest.Status.APPROVED
    where = jr.group.name if named else "the group"
    if approved:
        subject = f"Welcome to {jr.group.name}" if named else "Your request was approved"
        first = f"Your request to join {where} was approved. Welcome."
        url = _abs(jr.group.get_absolute_url())
    else:
        subject = f"Your request to join {jr.group.name}" if named else "Your request was answered"
        first = f"Your request to join {where} was not approved this time."
        url = _abs(reverse("groups:directory"))
    note = Note(
        subject=subject,
        lines=[first, "", f"{'Open the group' if approved else 'Other groups'}: {url}"],
        url=url,
        push_title=subject,
        push_body=first,
        tag=key,
    )
    return Event(Kind.JOIN_DECISION, key, [(person, note)])


def _invite_accepted(data: dict) -> Event:
    from accounts.models import User
    from groups.models import Group, Invite
    from kindred import policy

    key = f"invite_accepted:{data['invite']}:{data['user']}"
    invite = Invite.objects.select_related("created_by").filter(pk=data["invite"]).first()
    group = Group.objects.filter(pk=data["group"]).first()
    joiner = User.objects.filter(pk=data["user"]).first()
    if invite is None or group is None or joiner is None:
        return Event(Kind.INVITE_ACCEPTED, key, [])
    inviter = invite.created_by
    if (
        inviter is not None
        and inviter.is_active
        and policy.standing_for(user=inviter, group=group).is_moderator
    ):
        people = [inviter]
    else:
        people = _moderators(group)
    url = _abs(reverse("groups:members", kwargs={"slug": group.slug}))
    notes = []
    for person in people:
        if person.pk == joiner.pk:
            continue
        named = person.reminder_names_group
        subject = (
            f"{joiner.display_name} joined {group.name} with an invite"
            if named
            else "Someone joined with an invite"
        )
        notes.append(
            (
                person,
                Note(
                    subject=subject,
                    lines=[
                        f"{subject}." if named else "An invite link was used to join a group.",
                        "",
                        f"The group's people: {url}",
                    ],
                    url=url,
                    push_title="An invite was used",
                    push_body=f"{subject}.",
                    tag=key,
                ),
            )
        )
    return Event(Kind.INVITE_ACCEPTED, key, notes)


CHANGES = {"moved", "cancelled", "restored"}


def _meeting_changed(data: dict) -> Event:
    from meetings.models import GroupReminderPreference, Occurrence, Rsvp
    from meetings.reminders import _may_attend

    change = data["change"]
    key = f"meeting:{data['occurrence']}:{change}:{data['stamp']}"
    occurrence = (
        Occurrence.objects.select_related("series__group").filter(pk=data["occurrence"]).first()
    )
    if occurrence is None or change not in CHANGES or occurrence.start <= timezone.now():
        return Event(Kind.MEETING_CHANGED, key, [])
    series = occurrence.series
    group = series.group
    answers = dict(Rsvp.objects.filter(occurrence=occurrence).values_list("user_id", "answer"))
    followers = set(
        GroupReminderPreference.objects.filter(group=group).values_list("user_id", flat=True)
    )
    concerned = {u for u, a in answers.items() if a != Rsvp.Answer.NOT_GOING}
    concerned |= {u for u in followers if answers.get(u) != Rsvp.Answer.NOT_GOING}
    concerned.discard(data.get("actor"))
    from accounts.models import User

    url = _abs(occurrence.get_absolute_url())
    notes = []
    allowed: dict = {}
    for person in User.objects.filter(pk__in=concerned, is_active=True).order_by("pk"):
        if not _may_attend(person, series, allowed):
            continue
        named = person.reminder_names_group
        what = f"{series.title} ({group.name})" if named else "A meeting you planned to attend"
        when = _local(occurrence.start, person)
        if change == "moved":
            subject = f"{what} has moved" if named else "A meeting you planned to attend moved"
            first = f"{what} now starts {when}."
        elif change == "cancelled":
            subject = f"Cancelled: {what}" if named else "A meeting you planned to attend is off"
            first = f"{what} on {when} is cancelled."
        else:
            subject = f"Back on: {what}" if named else "A meeting you planned to attend is on"
            first = f"{what} on {when} is back on: it is no longer cancelled."
        channels = {"email", "push"}
        # People who said "going" already get the cancellation email with their reminders
        # (meetings.reminders); they get only the push message here.
        if change == "cancelled" and answers.get(person.pk) == Rsvp.Answer.GOING:
            channels.discard("email")
        lines = [first, ""]
        if occurrence.note and named:
            lines += [occurrence.note, ""]
        lines.append(f"Details: {url}")
        notes.append(
            (
                person,
                Note(
                    subject=subject,
                    lines=lines,
                    url=url,
                    push_title=subject,
                    push_body=first,
                    tag=f"meeting:{occurrence.pk}",
                    channels=frozenset(channels),
                ),
            )
        )
    return Event(Kind.MEETING_CHANGED, key, notes)


def _review_waiting(data: dict) -> Event:
    from groups.models import Group

    key = f"review:{data['group']}:{data['newest']}"
    group = Group.objects.filter(pk=data["group"]).first()
    if group is None:
        return Event(Kind.REVIEW_WAITING, key, [])
    count = data["count"]
    url = _abs(reverse("moderation:queue", kwargs={"slug": group.slug}))
    items = "1 message is" if count == 1 else f"{count} messages are"
    notes = []
    for person in _moderators(group):
        named = person.reminder_names_group
        subject = (
            f"Review queue of {group.name}: {items} waiting"
            if named
            else "Messages are waiting for review"
        )
        first = f"{items.capitalize()} waiting in a review queue you look after."
        notes.append(
            (
                person,
                Note(
                    subject=subject,
                    lines=[first, "", f"Open the queue: {url}"],
                    url=url,
                    push_title="Messages are waiting for review",
                    push_body=first,
                    tag=f"review:{group.pk}",
                ),
            )
        )
    return Event(Kind.REVIEW_WAITING, key, notes)


def _crisis_alert(data: dict) -> Event:
    from chat.models import RoomPresence
    from chat.selectors import PRESENCE_TTL
    from moderation.models import CrisisAlert

    key = f"crisis:{data['alert']}"
    alert = (
        CrisisAlert.objects.select_related("group", "occurrence__series__group")
        .filter(pk=data["alert"])
        .first()
    )
    if alert is None or alert.acknowledged_at is not None:
        return Event(Kind.CRISIS_ALERT, key, [])
    present: set[int] = set()
    if alert.occurrence_id:
        present = set(
            RoomPresence.objects.filter(
                occurrence_id=alert.occurrence_id, seen_at__gte=timezone.now() - PRESENCE_TTL
            ).values_list("user_id", flat=True)
        )
    url = _abs(reverse("moderation:alerts", kwargs={"slug": alert.group.slug}))
    notes = []
    for person in _moderators(alert.group, occurrence=alert.occurrence):
        if person.pk in present or person.pk == alert.author_id:
            continue
        named = person.reminder_names_group
        subject = (
            f"A moderator is needed in {alert.group.name}" if named else "A moderator is needed"
        )
        first = (
            "Someone in a meeting you moderate may need support. They were sent crisis resources."
        )
        notes.append(
            (
                person,
                Note(
                    subject=subject,
                    lines=[first, "", f"Please check in: {url}"],
                    url=url,
                    push_title="A moderator is needed",
                    push_body="Someone may need support. Please check in.",
                    tag=key,
                ),
            )
        )
    return Event(Kind.CRISIS_ALERT, key, notes)


SECURITY_WHAT = {
    "signin": ("New sign-in to your Kindred account", "Your account was signed in to"),
    "mfa_added": ("Two-factor authentication was turned on", "A two-factor method was added"),
    "mfa_removed": ("Two-factor authentication changed", "A two-factor method was removed"),
    "mfa_reset": ("Your recovery codes changed", "New recovery codes were made"),
}


def _security(data: dict) -> Event:
    from accounts.models import User

    what = data["what"]
    key = f"security:{what}:{data['user']}:{data['at']}"
    person = User.objects.filter(pk=data["user"], is_active=True).first()
    if person is None or what not in SECURITY_WHAT:
        return Event(Kind.SECURITY, key, [])
    subject, verb = SECURITY_WHAT[what]
    at = datetime.fromisoformat(data["at"])
    first = f"{verb} on {_local(at, person)}"
    if agent := data.get("agent"):
        first += f", from {agent}"
    url = _abs(reverse("accounts:profile"))
    note = Note(
        subject=subject,
        lines=[
            first + ".",
            "",
            "If this was you, there is nothing to do. If it was not, change your password "
            f"and check two-factor authentication now: {url}",
        ],
        url=url,
        push_title=subject,
        push_body=first + ".",
        tag=key,
    )
    return Event(Kind.SECURITY, key, [(person, note)])


def _meeting_reminder(data: dict) -> Event:
    from accounts.models import User
    from meetings.models import Occurrence

    key = f"reminder:{data['occurrence']}:{data['user']}"
    occurrence = (
        Occurrence.objects.select_related("series__group").filter(pk=data["occurrence"]).first()
    )
    person = User.objects.filter(pk=data["user"], is_active=True).first()
    now = timezone.now()
    if occurrence is None or person is None or occurrence.cancelled or occurrence.start <= now:
        return Event(Kind.MEETING_REMINDER, key, [])
    minutes = max(1, round((occurrence.start - now).total_seconds() / 60))
    when = f"in {minutes} minutes" if minutes <= 90 else _local(occurrence.start, person)
    if person.reminder_names_group:
        body = f"{occurrence.series.title} ({occurrence.series.group.name}) starts {when}."
    else:
        body = f"Your meeting starts {when}."
    note = Note(
        subject=body,
        lines=[body],
        url=_abs(occurrence.get_absolute_url()),
        push_title="Your meeting starts soon",
        push_body=body,
        tag=f"meeting:{occurrence.pk}",
        channels=frozenset({"push"}),
    )
    return Event(Kind.MEETING_REMINDER, key, [(person, note)])


def _your_turn(data: dict) -> Event:
    from accounts.models import User
    from meetings.models import Occurrence

    key = f"your_turn:{data['occurrence']}:{data['user']}:{data['hand']}"
    occurrence = Occurrence.objects.filter(pk=data["occurrence"]).first()
    person = User.objects.filter(pk=data["user"], is_active=True).first()
    if occurrence is None or person is None:
        return Event(Kind.YOUR_TURN, key, [])
    note = Note(
        subject="You're next to share",
        lines=["The chair invites you to share now."],
        url=_abs(reverse("chat:room", kwargs={"pk": occurrence.pk})),
        push_title="You're next to share",
        push_body="The chair invites you to share now.",
        tag=f"your_turn:{occurrence.pk}",
        channels=frozenset({"push"}),
    )
    return Event(Kind.YOUR_TURN, key, [(person, note)])


BUILDERS = {
    Kind.JOIN_REQUEST: _join_request,
    Kind.JOIN_DECISION: _join_decision,
    Kind.INVITE_ACCEPTED: _invite_accepted,
    Kind.MEETING_CHANGED: _meeting_changed,
    Kind.REVIEW_WAITING: _review_waiting,
    Kind.CRISIS_ALERT: _crisis_alert,
    Kind.SECURITY: _security,
    Kind.MEETING_REMINDER: _meeting_reminder,
    Kind.YOUR_TURN: _your_turn,
}


def event_recipients(kind: str, data: dict) -> Event:
    return BUILDERS[Kind(kind)](data)


def review_backlog(*, now: datetime | None = None, wait: timedelta) -> list[dict]:
    """Groups whose review queue holds items older than ``wait``: one digest each."""
    from django.db.models import Count, Max

    from moderation.models import ReviewItem

    now = now or timezone.now()
    rows = (
        ReviewItem.objects.open()
        .filter(created_at__lte=now - wait)
        .values("group_id")
        .annotate(count=Count("pk"), newest=Max("pk"))
        .order_by("group_id")
    )
    return [{"group": r["group_id"], "count": r["count"], "newest": r["newest"]} for r in rows]
