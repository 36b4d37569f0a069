"""Notifications about meetings: a change to one (moved, cancelled, restored), a reminder
before it, and "it is your turn" in the room. Registered with accounts.notifications when
the app is ready (meetings.apps)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts.models import User
from accounts.notifications.events import Event, Note, absolute_url, builds, in_language, local_time
from accounts.notifications.kinds import Kind
from meetings.models import GroupReminderPreference, Occurrence, Rsvp
from meetings.reminders import may_attend

CHANGES = {"moved", "cancelled", "restored"}


# (subject naming the meeting, subject not naming it, first line) for each change.
_CHANGE_WORDS = {
    "moved": (
        gettext_lazy("%(what)s has moved"),
        gettext_lazy("A meeting you planned to attend moved"),
        gettext_lazy("%(what)s now starts %(when)s."),
    ),
    "cancelled": (
        gettext_lazy("Cancelled: %(what)s"),
        gettext_lazy("A meeting you planned to attend is off"),
        gettext_lazy("%(what)s on %(when)s is cancelled."),
    ),
    "restored": (
        gettext_lazy("Back on: %(what)s"),
        gettext_lazy("A meeting you planned to attend is on"),
        gettext_lazy("%(what)s on %(when)s is back on: it is no longer cancelled."),
    ),
}


@builds(Kind.MEETING_CHANGED)
def _meeting_changed(data: dict) -> Event:
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
    url = absolute_url(occurrence.get_absolute_url())
    notes = []
    allowed: dict = {}
    for person in User.objects.filter(pk__in=concerned, is_active=True).order_by("pk"):
        if not may_attend(person, series, allowed):
            continue
        named = person.reminder_names_group
        with in_language(person):
            words = {
                "what": f"{series.title} ({group.name})"
                if named
                else _("A meeting you planned to attend"),
                "when": local_time(occurrence.start, person),
            }
            named_subject, plain_subject, first = _CHANGE_WORDS[change]
            subject = str(named_subject) % words if named else str(plain_subject)
            first = str(first) % words
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


@builds(Kind.MEETING_REMINDER)
def _meeting_reminder(data: dict) -> Event:
    key = f"reminder:{data['occurrence']}:{data['user']}"
    occurrence = (
        Occurrence.objects.select_related("series__group").filter(pk=data["occurrence"]).first()
    )
    person = User.objects.filter(pk=data["user"], is_active=True).first()
    now = timezone.now()
    if occurrence is None or person is None or occurrence.cancelled or occurrence.start <= now:
        return Event(Kind.MEETING_REMINDER, key, [])
    minutes = max(1, round((occurrence.start - now).total_seconds() / 60))
    with in_language(person):
        when = (
            ngettext("in %(minutes)s minute", "in %(minutes)s minutes", minutes)
            % {"minutes": minutes}
            if minutes <= 90
            else local_time(occurrence.start, person)
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
        url=absolute_url(occurrence.get_absolute_url()),
        push_title=push_title,
        push_body=body,
        tag=f"meeting:{occurrence.pk}",
        channels=frozenset({"push"}),
    )
    return Event(Kind.MEETING_REMINDER, key, [(person, note)])


@builds(Kind.YOUR_TURN)
def _your_turn(data: dict) -> Event:
    key = f"your_turn:{data['occurrence']}:{data['user']}:{data['hand']}"
    occurrence = Occurrence.objects.filter(pk=data["occurrence"]).first()
    person = User.objects.filter(pk=data["user"], is_active=True).first()
    if occurrence is None or person is None:
        return Event(Kind.YOUR_TURN, key, [])
    with in_language(person):
        subject = _("You're next to share")
        invited = _("The chair invites you to share now.")
    note = Note(
        subject=subject,
        lines=[invited],
        url=absolute_url(reverse("chat:room", kwargs={"pk": occurrence.pk})),
        push_title=subject,
        push_body=invited,
        tag=f"your_turn:{occurrence.pk}",
        channels=frozenset({"push"}),
    )
    return Event(Kind.YOUR_TURN, key, [(person, note)])
