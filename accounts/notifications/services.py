"""Writes for notifications: a person's choices, unsubscribe links, push devices."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from accounts.models import User
from accounts.notifications import push
from accounts.notifications.kinds import Kind
from accounts.notifications.models import NotificationPreference, PushDevice
from accounts.notifications.tokens import unsubscribe_read
from kindred.errors import Conflict, NotFound, ServiceError
from kindred.text import check_length

DEVICE_NAME_MAX = 60


def preferences_set(*, user, choices: dict[str, tuple[bool, bool]]) -> None:
    """Set (email, push) for each kind in ``choices``; unknown kinds are refused."""
    unknown = set(choices) - set(Kind.values)
    if unknown:
        raise ServiceError(gettext("Unknown kind of notification."), code="bad_kind")
    now = timezone.now()
    with transaction.atomic():
        current = {
            p.kind: p
            for p in NotificationPreference.objects.select_for_update().filter(
                user=user, kind__in=list(choices)
            )
        }
        for kind, (email, push_on) in choices.items():
            pref = current.get(kind)
            if pref is None:
                if email and push_on:
                    continue  # the default: no row needed
                NotificationPreference.objects.create(
                    user=user, kind=kind, email=email, push=push_on, changed_at=now
                )
            elif (pref.email, pref.push) != (email, push_on):
                pref.email, pref.push, pref.changed_at = email, push_on, now
                pref.save(update_fields=["email", "push", "changed_at"])


@transaction.atomic
def unsubscribe(*, token: str) -> tuple[object, str]:
    """Stop emails of one kind for the person the link was made for. Returns (user, kind).
    A forged, garbled, expired or already used link raises ServiceError, changing nothing.
    """
    link = unsubscribe_read(token)
    user = User.objects.filter(pk=link.user_id, is_active=True).first()
    if user is None:
        raise ServiceError(
            gettext("This unsubscribe link is not valid. Nothing was changed."), code="bad_link"
        )
    pref, _ = NotificationPreference.objects.select_for_update().get_or_create(
        user=user, kind=link.kind, defaults={"changed_at": link.made_at}
    )
    if pref.changed_at > link.made_at:
        raise Conflict(
            gettext(
                "This link was already used, or your choice changed since it was sent. "
                "Nothing was changed: choose what you get on your profile."
            ),
            code="link_used",
        )
    pref.email = False
    pref.changed_at = timezone.now()
    pref.save(update_fields=["email", "changed_at"])
    return user, link.kind


def _clean_name(name: str) -> str:
    name = " ".join(str(name or "").split())
    if not name:
        raise ServiceError(gettext("Give the device a name."), code="name_required", field="name")
    check_length(
        len(name),
        DEVICE_NAME_MAX,
        gettext("A device name has at most %(DEVICE_NAME_MAX)s characters."),
        {"DEVICE_NAME_MAX": DEVICE_NAME_MAX},
        code="name_too_long",
        field="name",
    )
    return name


@transaction.atomic
def push_device_add(*, user, endpoint: str, p256dh: str, auth: str, name: str) -> PushDevice:
    """Store this browser's push subscription (again: the same endpoint is updated)."""
    name = _clean_name(name)
    push.keys_check(p256dh=p256dh, auth=auth)
    push.endpoint_check(endpoint)  # last: it may look the push service's name up
    device, _ = PushDevice.objects.update_or_create(
        endpoint=endpoint,
        defaults={"user": user, "p256dh": p256dh, "auth": auth, "name": name},
    )
    return device


def _own_device(*, user, device_id: int) -> PushDevice:
    device = PushDevice.objects.filter(pk=device_id, user=user).first()
    if device is None:
        raise NotFound(gettext("No such device."), code="no_such_device")
    return device


def push_device_rename(*, user, device_id: int, name: str) -> PushDevice:
    name = _clean_name(name)
    device = _own_device(user=user, device_id=device_id)
    device.name = name
    device.save(update_fields=["name"])
    return device


def push_device_remove(*, user, device_id: int) -> None:
    _own_device(user=user, device_id=device_id).delete()
