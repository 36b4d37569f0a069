"""What moderation records once a screened message is stored: the review queue, crisis
alerts to the moderators; and the switch to approval after a wave of joins."""

from __future__ import annotations

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext

from accounts import notifications
from chat.models import Message
from groups.models import Group, JoinPolicy, Membership
from kindred.events import user_event_on_commit, user_notice
from kindred.i18n import in_language_of
from moderation.audit import audit_record
from moderation.crisis import resources_html, resources_text
from moderation.models import (
    AuditAction,
    CrisisAlert,
    ReviewItem,
)
from moderation.notices import moderator_ids
from moderation.posting import Screening, _mail, _setting
from moderation.review import review_notify as _notify_review

logger = logging.getLogger(__name__)


def message_screened(*, message: Message, screening: Screening) -> None:
    """Called by chat inside the posting transaction once the message row exists: puts
    held and flagged messages in the review queue, and for crisis language sends the
    author resources and alerts the moderators."""
    occurrence = message.occurrence
    group = occurrence.series.group
    held = message.status == Message.Status.HELD or screening.action == "hold"
    if held or screening.flag:
        ReviewItem.objects.get_or_create(
            message=message,
            defaults={
                "group": group,
                "occurrence": occurrence,
                "held": held,
                "rule_reason": screening.review_reason[:200],
            },
        )
    if screening.crisis:
        crisis_alert_create(message=message)
    elif held:
        _notify_review(group=group, occurrence=occurrence, include_chair=True)


# A wave of joins (a raid): this many people joining an open group within this many
# minutes switches it to approval. Settings KINDRED_JOIN_WAVE_COUNT (0: off) and
# KINDRED_JOIN_WAVE_MINUTES.
JOIN_WAVE_COUNT = 10
JOIN_WAVE_MINUTES = 10


def join_wave_check(*, group: Group) -> bool:
    """Called by groups.services inside the joining transaction, with the group's row
    locked, after a person joined an open group. When the joins in the last
    KINDRED_JOIN_WAVE_MINUTES reach KINDRED_JOIN_WAVE_COUNT, the group asks new people to
    request to join from now on, the switch is audited, and its moderators are told at
    once in their rooms and by email. Returns whether it switched."""
    count = _setting("KINDRED_JOIN_WAVE_COUNT", JOIN_WAVE_COUNT)
    minutes = _setting("KINDRED_JOIN_WAVE_MINUTES", JOIN_WAVE_MINUTES)
    if not count or group.join_policy != JoinPolicy.OPEN:
        return False
    since = timezone.now() - timedelta(minutes=minutes)
    joined = Membership.objects.filter(group=group, joined_at__gte=since).count()
    if joined < count:
        return False
    group.join_policy = JoinPolicy.APPROVAL
    group.save(update_fields=["join_policy", "updated_at"])
    reason = f"{joined} people joined within {minutes} minutes"
    audit_record(actor=None, group=group, action=AuditAction.JOIN_WAVE, reason=reason)
    moderators = moderator_ids(group=group)
    for user in get_user_model().objects.filter(pk__in=moderators).order_by("pk"):
        # Each moderator reads the notice and the email in their own language.
        with translation.override(user.language or settings.LANGUAGE_CODE):
            detail = gettext(
                "%(joined)s people joined within %(minutes)s minutes, so %(group)s now asks new "
                "people to request to join. Check the new members, then open the group again "
                "from its settings when it is calm."
            ) % {"joined": joined, "minutes": minutes, "group": group.name}
            subject = gettext("Kindred: many new people joined one of your groups")
        user_event_on_commit(
            user.pk,
            user_notice(kind="join_wave", group_id=group.pk, detail=detail),
        )
        if user.email:
            body = detail + f"\n\n{settings.SITE_URL}{group.get_absolute_url()}"
            transaction.on_commit(partial(_mail, subject, body, [user.email]))
    return True


def crisis_alert_create(*, message: Message) -> CrisisAlert:
    """Send the author crisis resources at once, privately, and alert the moderators."""
    occurrence = message.occurrence
    group = occurrence.series.group
    alert = CrisisAlert.objects.create(
        group=group,
        occurrence=occurrence,
        message=message,
        author=message.author,
        excerpt=message.body[:300],
    )
    notifications.notify(notifications.Kind.CRISIS_ALERT, alert=alert.pk)  # to those not here
    if message.author_id:
        user_event_on_commit(
            message.author_id,
            user_notice(
                kind="crisis",
                occurrence_id=occurrence.pk,
                group_id=group.pk,
                detail=resources_text(group),
                html=resources_html(group),
            ),
        )
    # The alert names the person and the message, and stays on the alerts page until a
    # moderator acknowledges it; from there a moderator starts a check-in.
    who = message.author.display_name if message.author_id else "someone"
    alerts_url = reverse("moderation:alerts", kwargs={"slug": group.slug})
    for user_id in moderator_ids(group=group, occurrence=occurrence) - {message.author_id}:
        with in_language_of(user_id):
            said = gettext(
                "%(who)s's message (#%(seq)s) suggests they may be at risk. They were sent "
                "crisis resources."
            ) % {"who": who, "seq": message.seq}
            detail = gettext(
                "%(said)s Open the group's crisis alerts to check in with them privately."
            ) % {"said": said}
            link = gettext("Open the crisis alerts")
            rest = gettext("to check in with them privately.")
        user_event_on_commit(
            user_id,
            user_notice(
                kind="crisis_alert",
                occurrence_id=occurrence.pk,
                group_id=group.pk,
                alert_id=alert.pk,
                seq=message.seq,
                author=who,
                url=alerts_url,
                detail=detail,
                html=format_html('<p>{} <a href="{}">{}</a> {}</p>', said, alerts_url, link, rest),
            ),
        )
    return alert
