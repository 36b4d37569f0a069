"""Who gets each notification, and what it says.

``event_recipients(kind, data)`` reads the event's rows when the task runs (so a request
withdrawn meanwhile notifies nobody) and returns its key and one ``Note`` per person. The
wording is discreet unless the person opted in (``user.reminder_names_group``): no group
name, no topic, no other person's name in the subject, the first line (the preview) or a
push message. docs/notifications.md lists every kind with its wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

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


def _in_language(user):
    """Words of a note for ``user`` in their profile's language (else the site's)."""
    return translation.override(getattr(user, "language", "") or settings.LANGUAGE_CODE)


def _local(dt: datetime, user) -> str:
    try:
        local = dt.astimezone(ZoneInfo(user.timezone))
    except (ZoneInfoNotFoundError, ValueError):
        local = dt.astimezone(UTC)
    return f"{date_format(local, 'NOTE_DATETIME_FORMAT')} ({local.tzname()})"


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
        with _in_language(moderator):
            names = {"name": jr.user.display_name, "group": jr.group.name}
            if not named:
                subject = _("Someone asks to join a group you moderate")
            elif jr.kind == JoinRequest.Kind.BECOME_MEMBER:
                subject = _("%(name)s asks to become a member of %(group)s") % names
            else:
                subject = _("%(name)s asks to join %(group)s") % names
            waiting = _("A request is waiting for a moderator.")
            answer = _("Answer it: %(url)s") % {"url": url}
            push_title = _("A request is waiting")
            push_body = subject if named else _("Someone asks to join a group you moderate.")
        notes.append(
            (
                moderator,
                Note(
                    subject=subject,
                    lines=[
                        (f"{subject}." if named else waiting),
                        "",
                        answer,
                    ],
                    url=url,
                    push_title=push_title,
                    push_body=push_body,
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
    url = _abs(jr.group.get_absolute_url() if approved else reverse("groups:directory"))
    with _in_language(person):
        where = {"group": jr.group.name if named else _("the group")}
        if approved:
            subject = _("Welcome to %(group)s") % where if named else _("Your request was approved")
            first = _("Your request to join %(group)s was approved. Welcome.") % where
            last = _("Open the group: %(url)s") % {"url": url}
        else:
            subject = (
                _("Your request to join %(group)s") % where
                if named
                else _("Your request was answered")
            )
            first = _("Your request to join %(group)s was not approved this time.") % where
            last = _("Other groups: %(url)s") % {"url": url}
    note = Note(
        subject=subject,
        lines=[first, "", last],
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
        with _in_language(person):
            subject = (
                _("%(name)s joined %(group)s with an invite")
                % {"name": joiner.display_name, "group": group.name}
                if named
                else _("Someone joined with an invite")
            )
            first = f"{subject}." if named else _("An invite link was used to join a group.")
            last = _("The group's people: %(url)s") % {"url": url}
            push_title = _("An invite was used")
        notes.append(
            (
                person,
                Note(
                    subject=subject,
                    lines=[
                        first,
                        "",
                        last,
                    ],
                    url=url,
                    push_title=push_title,
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
        with _in_language(person):
            words = {
                "what": f"{series.title} ({group.name})"
                if named
                else _("A meeting you planned to attend"),
                "when": _local(occurrence.start, person),
            }
            if change == "moved":
                subject = (
                    _("%(what)s has moved") % words
                    if named
                    else _("A meeting you planned to attend moved")
                )
                first = _("%(what)s now starts %(when)s.") % words
            elif change == "cancelled":
                subject = (
                    _("Cancelled: %(what)s") % words
                    if named
                    else _("A meeting you planned to attend is off")
                )
                first = _("%(what)s on %(when)s is cancelled.") % words
            else:
                subject = (
                    _("Back on: %(what)s") % words
                    if named
                    else _("A meeting you planned to attend is on")
                )
                first = _("%(what)s on %(when)s is back on: it is no longer cancelled.") % words
            details = _("Details: %(url)s") % {"url": url}
        channels = {"email", "push"}
        # People who said "going" already get the cancellation email with their reminders
        # (meetings.reminders); they get only the push message here.
        if change == "cancelled" and answers.get(person.pk) == Rsvp.Answer.GOING:
            channels.discard("email")
        lines = [first, ""]
        if occurrence.note and named:
            lines += [occurrence.note, ""]
        lines.append(details)
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
    notes = []
    for person in _moderators(group):
        named = person.reminder_names_group
        with _in_language(person):
            subject = (
                ngettext(
                    "Review queue of %(group)s: %(count)s message is waiting",
                    "Review queue of %(group)s: %(count)s messages are waiting",
                    count,
                )
                % {"group": group.name, "count": count}
                if named
                else _("Messages are waiting for review")
            )
            first = ngettext(
                "%(count)s message is waiting in a review queue you look after.",
                "%(count)s messages are waiting in a review queue you look after.",
                count,
            ) % {"count": count}
            last = _("Open the queue: %(url)s") % {"url": url}
            push_title = _("Messages are waiting for review")
        notes.append(
            (
                person,
                Note(
                    subject=subject,
                    lines=[first, "", last],
                    url=url,
                    push_title=push_title,
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
        with _in_language(person):
            subject = (
                _("A moderator is needed in %(group)s") % {"group": alert.group.name}
                if named
                else _("A moderator is needed")
            )
            first = _(
                "Someone in a meeting you moderate may need support. "
                "They were sent crisis resources."
            )
            last = _("Please check in: %(url)s") % {"url": url}
            push_title = _("A moderator is needed")
            push_body = _("Someone may need support. Please check in.")
        notes.append(
            (
                person,
                Note(
                    subject=subject,
                    lines=[first, "", last],
                    url=url,
                    push_title=push_title,
                    push_body=push_body,
                    tag=key,
                ),
            )
        )
    return Event(Kind.CRISIS_ALERT, key, notes)


SECURITY_WHAT = {
    "signin": (
        gettext_lazy("New sign-in to your Kindred account"),
        gettext_lazy("Your account was signed in to on %(when)s"),
    ),
    "mfa_added": (
        gettext_lazy("Two-factor authentication was turned on"),
        gettext_lazy("A two-factor method was added on %(when)s"),
    ),
    "mfa_removed": (
        gettext_lazy("Two-factor authentication changed"),
        gettext_lazy("A two-factor method was removed on %(when)s"),
    ),
    "mfa_reset": (
        gettext_lazy("Your recovery codes changed"),
        gettext_lazy("New recovery codes were made on %(when)s"),
    ),
}


def device_summary(browser: str, system: str) -> str:
    """ "Firefox on Linux", in the active language (signals.device_parts finds the names)."""
    browser = re.sub(r"[^\w .]", "", browser)[:20] or _("a browser")
    system = re.sub(r"[^\w .]", "", system)[:20]
    if not system:
        return browser
    return _("%(browser)s on %(system)s") % {"browser": browser, "system": system}


def _security(data: dict) -> Event:
    from accounts.models import User

    what = data["what"]
    key = f"security:{what}:{data['user']}:{data['at']}"
    person = User.objects.filter(pk=data["user"], is_active=True).first()
    if person is None or what not in SECURITY_WHAT:
        return Event(Kind.SECURITY, key, [])
    at = datetime.fromisoformat(data["at"])
    url = _abs(reverse("accounts:profile"))
    with _in_language(person):
        subject, verb = (str(words) for words in SECURITY_WHAT[what])
        first = verb % {"when": _local(at, person)}
        agent = data.get("agent")  # stored in English before the parts were
        if "browser" in data:
            agent = device_summary(data.get("browser", ""), data.get("system", ""))
        if agent:
            first = _("%(what)s, from %(agent)s") % {"what": first, "agent": agent}
        advice = _(
            "If this was you, there is nothing to do. If it was not, change your password "
            "and check two-factor authentication now: %(url)s"
        ) % {"url": url}
    note = Note(
        subject=subject,
        lines=[
            first + ".",
            "",
            advice,
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
    with _in_language(person):
        when = (
            ngettext("in %(minutes)s minute", "in %(minutes)s minutes", minutes)
            % {"minutes": minutes}
            if minutes <= 90
            else _local(occurrence.start, person)
        )
        if person.reminder_names_group:
            body = _("%(title)s (%(group)s) starts %(when)s.") % {
                "title": occurrence.series.title,
                "group": occurrence.series.group.name,
                "when": when,
            }
        else:
            body = _("Your meeting starts %(when)s.") % {"when": when}
        push_title = _("Your meeting starts soon")
    note = Note(
        subject=body,
        lines=[body],
        url=_abs(occurrence.get_absolute_url()),
        push_title=push_title,
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
    with _in_language(person):
        subject = _("You're next to share")
        invited = _("The chair invites you to share now.")
    note = Note(
        subject=subject,
        lines=[invited],
        url=_abs(reverse("chat:room", kwargs={"pk": occurrence.pk})),
        push_title=subject,
        push_body=invited,
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
