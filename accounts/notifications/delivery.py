"""Deliver one event: email and push, exactly once per person and channel.

Like reminders (meetings.reminders), a ``NotificationSent`` row is inserted in the same
transaction that hands the message to the mail backend or the push service; the unique
constraint lets one delivery win however many times the task runs, and a failure rolls the
row back so the next attempt sends it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.notifications.events import Note, event_recipients
from accounts.notifications.kinds import Channel
from accounts.notifications.models import NotificationPreference, NotificationSent, PushDevice
from accounts.notifications.push import PushGone, push_send
from accounts.notifications.tokens import unsubscribe_token
from kindred.errors import ServiceError

logger = logging.getLogger(__name__)


@dataclass
class Outcome:
    sent: int = 0
    failed: int = 0


def wanted(*, user_ids, kind: str) -> dict[int, tuple[bool, bool]]:
    """(email, push) per person for ``kind``; people without a row get the default."""
    found = dict.fromkeys(user_ids, (True, True))
    for user_id, email, push in NotificationPreference.objects.filter(
        user_id__in=user_ids, kind=kind
    ).values_list("user_id", "email", "push"):
        found[user_id] = (email, push)
    return found


def unsubscribe_url(*, user, kind: str) -> str:
    token = unsubscribe_token(user=user, kind=kind)
    return settings.SITE_URL + reverse("accounts:unsubscribe", kwargs={"token": token})


def email_message(*, user, kind: str, note: Note) -> EmailMultiAlternatives:
    """Plain text and HTML, with one-click unsubscribe (RFC 8058)."""
    unsubscribe = unsubscribe_url(user=user, kind=kind)
    context = {
        "note": note,
        "unsubscribe_url": unsubscribe,
        "profile_url": settings.SITE_URL + reverse("accounts:profile"),
        "site_url": settings.SITE_URL,
    }
    with translation.override(getattr(user, "language", "") or settings.LANGUAGE_CODE):
        body = render_to_string("notifications/email.txt", context)
        html = render_to_string("notifications/email.html", context)
    message = EmailMultiAlternatives(
        subject=note.subject,
        body=body,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def _once(*, user, kind: str, key: str, channel: str, send) -> bool:
    """Run ``send`` unless this delivery happened already. True if this call sent it."""
    try:
        with transaction.atomic():
            NotificationSent.objects.create(user=user, kind=kind, event_key=key, channel=channel)
            send()
    except IntegrityError:
        return False
    return True


def push_payload(note: Note) -> dict:
    return {"title": note.push_title, "body": note.push_body, "url": note.url, "tag": note.tag}


def _push_to(device: PushDevice, payload: dict) -> None:
    try:
        push_send(device=device, payload=payload)
    except PushGone:
        logger.info("Push subscription %s is gone; removing it", device.pk)
        device.delete()
        return
    PushDevice.objects.filter(pk=device.pk).update(last_used_at=timezone.now())


def deliver(*, kind: str, data: dict) -> Outcome:
    """Send one event's notifications that are not sent yet. Counts failures (to retry)."""
    event = event_recipients(kind, data)
    outcome = Outcome()
    if not event.notes:
        return outcome
    choices = wanted(user_ids=[u.pk for u, _ in event.notes], kind=kind)
    # Deliveries already made are skipped without rendering (the constraint still decides).
    done = set(
        NotificationSent.objects.filter(event_key=event.key).values_list("user_id", "channel")
    )
    devices: dict[int, list[PushDevice]] = {}
    for device in PushDevice.objects.filter(user_id__in=[u.pk for u, _ in event.notes]):
        devices.setdefault(device.user_id, []).append(device)
    for user, note in event.notes:
        email_on, push_on = choices[user.pk]
        if (
            email_on
            and Channel.EMAIL in note.channels
            and user.email
            and (user.pk, Channel.EMAIL) not in done
        ):
            outcome = _try(
                outcome,
                lambda user=user, note=note: _once(
                    user=user,
                    kind=kind,
                    key=event.key,
                    channel=Channel.EMAIL,
                    send=lambda: email_message(user=user, kind=kind, note=note).send(),
                ),
            )
        if push_on and Channel.PUSH in note.channels:
            payload = push_payload(note)
            for device in devices.get(user.pk, []):
                if (user.pk, f"push:{device.pk}") in done:
                    continue
                outcome = _try(
                    outcome,
                    lambda user=user, device=device, payload=payload: _once(
                        user=user,
                        kind=kind,
                        key=event.key,
                        channel=f"push:{device.pk}",
                        send=lambda: _push_to(device, payload),
                    ),
                )
    return outcome


def _try(outcome: Outcome, attempt) -> Outcome:
    try:
        if attempt():
            outcome.sent += 1
    except ServiceError as exc:  # refused for good (endpoint, payload): never retried
        logger.warning("Notification refused: %s (%s)", exc.detail, exc.code)
    except Exception:  # the mail server or a push service failed: the task retries
        logger.exception("Notification delivery failed; it will be retried")
        outcome.failed += 1
    return outcome
