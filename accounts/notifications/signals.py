"""Security notifications: a new sign-in, and two-factor authentication changed
(allauth's signals). The person gets them by email and push unless they turned them off."""

from __future__ import annotations

from allauth.account.signals import user_logged_in, user_signed_up
from allauth.mfa.signals import authenticator_added, authenticator_removed, authenticator_reset
from django.dispatch import receiver
from django.utils import timezone

from accounts.notifications import Kind, notify

_BROWSERS = (
    ("Edg/", "Edge"),
    ("Firefox/", "Firefox"),
    ("Chrome/", "Chrome"),
    ("Safari/", "Safari"),
)
_SYSTEMS = (
    ("Android", "Android"),
    ("iPhone", "iPhone"),
    ("iPad", "iPad"),
    ("Windows", "Windows"),
    ("Mac OS X", "macOS"),
    ("Linux", "Linux"),
)


def device_parts(user_agent: str) -> tuple[str, str]:
    """The browser's and the system's names ("Firefox", "Linux"): enough to recognise a
    device, nothing more. Either may be empty; events.device_summary words them in the
    recipient's language."""
    browser = next((name for mark, name in _BROWSERS if mark in user_agent), "")
    system = next((name for mark, name in _SYSTEMS if mark in user_agent), "")
    return browser, system


def _security(user, what: str, request=None) -> None:
    agent = request.META.get("HTTP_USER_AGENT", "") if request is not None else ""
    notify(
        Kind.SECURITY,
        user=user.pk,
        what=what,
        at=timezone.now().isoformat(),
        **(dict(zip(("browser", "system"), device_parts(agent), strict=True)) if agent else {}),
    )


@receiver(user_signed_up, dispatch_uid="notifications.signed_up")
def _on_signup(sender, request=None, user=None, **kwargs) -> None:
    if request is not None:
        request.kindred_signed_up = True  # the sign-in that follows is not news


@receiver(user_logged_in, dispatch_uid="notifications.new_sign_in")
def _on_login(sender, request=None, user=None, **kwargs) -> None:
    if user is None or getattr(request, "kindred_signed_up", False):
        return
    _security(user, "signin", request)


@receiver(authenticator_added, dispatch_uid="notifications.mfa_added")
def _on_mfa_added(sender, request=None, user=None, **kwargs) -> None:
    _security(user, "mfa_added", request)


@receiver(authenticator_removed, dispatch_uid="notifications.mfa_removed")
def _on_mfa_removed(sender, request=None, user=None, **kwargs) -> None:
    _security(user, "mfa_removed", request)


@receiver(authenticator_reset, dispatch_uid="notifications.mfa_reset")
def _on_mfa_reset(sender, request=None, user=None, **kwargs) -> None:
    _security(user, "mfa_reset", request)
