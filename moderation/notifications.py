"""Notifications for moderators: messages waiting in a review queue (and the digest of
those that waited too long) and crisis alerts. Registered with accounts.notifications when
the app is ready (moderation.apps)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Count, Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.notifications.events import (
    DIGEST_SOURCES,
    Event,
    Note,
    absolute_url,
    builds,
    in_language,
)
from accounts.notifications.kinds import Kind
from chat.models import RoomPresence
from chat.selectors import PRESENCE_TTL
from groups.models import Group
from groups.selectors import notice_moderators
from meetings.lifecycle import occurrence_chair_id
from moderation.models import CrisisAlert, ReviewItem


def _notes(people, *, url: str, tag: str, texts) -> list[tuple]:
    """One note a person, written in their language: ``texts(person)`` gives its subject,
    first line, last line, push title and push body."""
    notes = []
    for person in people:
        with in_language(person):
            subject, first, last, push_title, push_body = texts(person)
        note = Note(
            subject=subject,
            lines=[first, "", last],
            url=url,
            push_title=push_title,
            push_body=push_body,
            tag=tag,
        )
        notes.append((person, note))
    return notes


@builds(Kind.REVIEW_WAITING)
def _review_waiting(data: dict) -> Event:
    key = f"review:{data['group']}:{data['newest']}"
    group = Group.objects.filter(pk=data["group"]).first()
    if group is None:
        return Event(Kind.REVIEW_WAITING, key, [])
    count = data["count"]
    url = absolute_url(reverse("moderation:queue", kwargs={"slug": group.slug}))

    def texts(person) -> tuple[str, str, str, str, str]:
        subject = (
            ngettext(
                "Review queue of %(group)s: %(count)s message is waiting",
                "Review queue of %(group)s: %(count)s messages are waiting",
                count,
            )
            % {"group": group.name, "count": count}
            if person.reminder_names_group
            else _("Messages are waiting for review")
        )
        first = ngettext(
            "%(count)s message is waiting in a review queue you look after.",
            "%(count)s messages are waiting in a review queue you look after.",
            count,
        ) % {"count": count}
        last = _("Open the queue: %(url)s") % {"url": url}
        return subject, first, last, _("Messages are waiting for review"), first

    notes = _notes(notice_moderators(group=group), url=url, tag=f"review:{group.pk}", texts=texts)
    return Event(Kind.REVIEW_WAITING, key, notes)


@builds(Kind.CRISIS_ALERT)
def _crisis_alert(data: dict) -> Event:
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
    url = absolute_url(reverse("moderation:alerts", kwargs={"slug": alert.group.slug}))
    people = [
        person
        for person in notice_moderators(
            group=alert.group, chair_id=occurrence_chair_id(alert.occurrence)
        )
        if person.pk not in present and person.pk != alert.author_id
    ]

    def texts(person) -> tuple[str, str, str, str, str]:
        subject = (
            _("A moderator is needed in %(group)s") % {"group": alert.group.name}
            if person.reminder_names_group
            else _("A moderator is needed")
        )
        first = _(
            "Someone in a meeting you moderate may need support. They were sent crisis resources."
        )
        last = _("Please check in: %(url)s") % {"url": url}
        push_title = _("A moderator is needed")
        return subject, first, last, push_title, _("Someone may need support. Please check in.")

    notes = _notes(people, url=url, tag=key, texts=texts)
    return Event(Kind.CRISIS_ALERT, key, notes)


def review_backlog(*, now: datetime | None = None, wait: timedelta) -> list[dict]:
    """Groups whose review queue holds items older than ``wait``: one digest each."""
    now = now or timezone.now()
    rows = (
        ReviewItem.objects.open()
        .filter(created_at__lte=now - wait)
        .values("group_id")
        .annotate(count=Count("pk"), newest=Max("pk"))
        .order_by("group_id")
    )
    return [{"group": r["group_id"], "count": r["count"], "newest": r["newest"]} for r in rows]


DIGEST_SOURCES.append(review_backlog)
