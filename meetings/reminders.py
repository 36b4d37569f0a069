"""Reminder and cancellation emails, sent exactly once per (occurrence, person, kind).

``reminders_send_due`` is what the background task runs. It may run again, late, or in two
workers at once: a ``ReminderSent`` row is inserted in the same transaction as the email is
handed to the mail backend, and its unique constraint lets only one insert win. If sending
fails, the transaction rolls back and the next run tries again.

Who is reminded: people who answered "going", and people who asked to be reminded of every
meeting of the group (``GroupReminderPreference``) unless they answered "not going", each
``user.reminder_minutes`` before the start (no reminder when that is empty, and none once
the meeting has started). Who gets a cancellation notice: people who said "going", as soon
as the meeting is cancelled; people reminded of the whole group, when the reminder would
have been due.

Each reminder email also queues a push message to the person's devices
(``accounts.notifications``, kind ``meeting_reminder``), once, in the same transaction.

Wording is discreet: unless the person opted in (``user.reminder_names_group``), neither the
subject nor the text names the meeting or its group, so a lock screen or an email preview
does not reveal what kind of group it is.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfoNotFoundError

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.notifications import Kind as NotificationKind
from accounts.notifications import notify
from kindred import policy
from kindred.text import feed_text
from meetings import recurrence
from meetings.models import (
    GroupReminderPreference,
    MeetingSeries,
    Occurrence,
    ReminderSent,
    Rsvp,
)
from meetings.occurrences import occurrence_materialize

logger = logging.getLogger(__name__)

# Reminders are never sent more than this long before a meeting, whatever the setting says.
MAX_LEAD = timedelta(days=7)


def _lead(user) -> timedelta | None:
    if user.reminder_minutes is None or not user.is_active:
        return None
    return min(timedelta(minutes=user.reminder_minutes), MAX_LEAD)


def _local(dt: datetime, user) -> str:
    try:
        local = dt.astimezone(user.tzinfo)
    except (ZoneInfoNotFoundError, ValueError):  # an unknown zone on an old row
        local = dt.astimezone(UTC)
    return f"{date_format(local, 'l')} {date_format(local, 'DATETIME_FORMAT')} ({local.tzname()})"


def _message(*, occurrence: Occurrence, user, kind: str) -> tuple[str, str]:
    """The email in ``user``'s profile language (else the site's)."""
    with translation.override(user.language or settings.LANGUAGE_CODE):
        return _message_words(occurrence=occurrence, user=user, kind=kind)


# (subject, first line) of an email, by (is it a cancellation, does it name the group).
_EMAIL_WORDS = {
    (True, True): (
        gettext_lazy("Cancelled: %(what)s, %(when)s"),
        gettext_lazy("%(title)s (%(group)s) on %(when)s is cancelled."),
    ),
    (True, False): (
        gettext_lazy("Cancelled: a meeting on %(when)s"),
        gettext_lazy("A meeting you planned to attend on %(when)s is cancelled."),
    ),
    (False, True): (
        gettext_lazy("Reminder: %(what)s at %(when)s"),
        gettext_lazy("%(title)s (%(group)s) starts %(when)s."),
    ),
    (False, False): (
        gettext_lazy("Reminder: a meeting at %(when)s"),
        gettext_lazy("Your meeting starts %(when)s."),
    ),
}


def _message_words(*, occurrence: Occurrence, user, kind: str) -> tuple[str, str]:
    when = _local(occurrence.start, user)
    url = settings.SITE_URL + reverse("meetings:occurrence", kwargs={"pk": occurrence.pk})
    named = user.reminder_names_group
    # The subject is an email header: stored names go in on one line (kindred.text).
    title, group_name = feed_text(occurrence.series.title), feed_text(occurrence.series.group.name)
    words = {
        "what": f"{title} ({group_name})",
        "when": when,
        "title": occurrence.series.title,
        "group": occurrence.series.group.name,
    }
    cancelled = kind == ReminderSent.Kind.CANCELLATION
    subject, first = (str(text) % words for text in _EMAIL_WORDS[cancelled, bool(named)])
    lines = [first, ""]
    if occurrence.note and named:
        lines += [occurrence.note, ""]
    lines += [
        _("Details: %(url)s") % {"url": url},
        "",
        _("You get this email because of your reminder settings on Kindred."),
    ]
    return subject, "\n".join(lines)


def _send_once(*, occurrence: Occurrence, user, kind: str) -> bool:
    """Send one email unless it was already sent. True if this call sent it."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(occurrence=occurrence, user=user, kind=kind)
            subject, body = _message(occurrence=occurrence, user=user, kind=kind)
            send_mail(subject, body, None, [user.email])
            if kind == ReminderSent.Kind.REMINDER:  # and on their devices (accounts.notifications)
                notify(NotificationKind.MEETING_REMINDER, occurrence=occurrence.pk, user=user.pk)
    except IntegrityError:
        return False
    return True


def may_attend(user, series: MeetingSeries, cache: dict) -> bool:
    key = (user.pk, series.group_id)
    if key not in cache:
        standing = policy.standing_for(user=user, group=series.group)
        cache[key] = policy.allows(standing, policy.Action.LISTEN, meeting_open=series.is_open)
    return cache[key]


def reminders_send_due(*, now: datetime | None = None) -> int:
    """Send every reminder and cancellation notice that is due. Returns how many were sent."""
    now = now or timezone.now()
    horizon = now + MAX_LEAD
    sent = 0
    allowed: dict = {}

    # Cancellation notices for people who said "going", as soon as it is cancelled.
    going_cancelled = (
        Rsvp.objects.filter(
            answer=Rsvp.Answer.GOING,
            occurrence__cancelled=True,
            occurrence__start__gt=now,
        )
        .exclude(
            Exists(
                ReminderSent.objects.filter(
                    occurrence=OuterRef("occurrence"),
                    user=OuterRef("user"),
                    kind=ReminderSent.Kind.CANCELLATION,
                )
            )
        )
        .select_related("user", "occurrence__series__group")
    )
    for rsvp in going_cancelled:
        if not may_attend(rsvp.user, rsvp.occurrence.series, allowed):
            continue
        if _send_once(
            occurrence=rsvp.occurrence, user=rsvp.user, kind=ReminderSent.Kind.CANCELLATION
        ):
            sent += 1

    # Reminders for stored occurrences people said they are going to.
    going = Rsvp.objects.filter(
        answer=Rsvp.Answer.GOING,
        occurrence__cancelled=False,
        occurrence__start__gt=now,
        occurrence__start__lte=horizon,
        user__reminder_minutes__isnull=False,
    ).select_related("user", "occurrence__series__group")
    for rsvp in going:
        lead = _lead(rsvp.user)
        occurrence = rsvp.occurrence
        if lead is None or now < occurrence.start - lead:
            continue
        if not may_attend(rsvp.user, occurrence.series, allowed):
            continue
        if _send_once(occurrence=occurrence, user=rsvp.user, kind=ReminderSent.Kind.REMINDER):
            sent += 1

    # "Remind me of every meeting of this group": expand the rules, store what is due.
    prefs = list(
        GroupReminderPreference.objects.filter(user__reminder_minutes__isnull=False)
        .select_related("user", "group")
        .order_by("group_id")
    )
    if prefs:
        by_group: dict[int, list] = {}
        for pref in prefs:
            by_group.setdefault(pref.group_id, []).append(pref.user)
        series_list = MeetingSeries.objects.filter(group_id__in=by_group).select_related("group")
        for series in series_list:
            rule = recurrence.Rule.for_series(series)
            stored = {
                o.original_start: o
                for o in Occurrence.objects.filter(
                    series=series, original_start__gt=now - MAX_LEAD, original_start__lte=horizon
                )
            }
            for slot in recurrence.expand(rule, now - MAX_LEAD, horizon):
                occurrence = stored.get(slot.start)
                start = occurrence.start if occurrence else slot.start
                if start <= now:
                    continue
                for user in by_group[series.group_id]:
                    lead = _lead(user)
                    if lead is None or now < start - lead:
                        continue
                    if not may_attend(user, series, allowed):
                        continue
                    if occurrence is None:
                        occurrence = occurrence_materialize(
                            series=series, original_start=slot.start
                        )
                        stored[slot.start] = occurrence
                    answer = (
                        Rsvp.objects.filter(occurrence=occurrence, user=user)
                        .values_list("answer", flat=True)
                        .first()
                    )
                    if answer == Rsvp.Answer.NOT_GOING:
                        continue
                    kind = (
                        ReminderSent.Kind.CANCELLATION
                        if occurrence.cancelled
                        else ReminderSent.Kind.REMINDER
                    )
                    if _send_once(occurrence=occurrence, user=user, kind=kind):
                        sent += 1
    if sent:
        logger.info("Sent %d meeting reminder(s)", sent)
    return sent
