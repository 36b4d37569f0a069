"""Who gets each notification, and what it says.

``event_recipients(kind, data)`` reads the event's rows when the task runs (so a request
withdrawn meanwhile notifies nobody) and returns its key and one ``Note`` per person. The
wording is discreet unless the person opted in (``user.reminder_names_group``): no group
name, no topic, no other person's name in the subject, the first line (the preview) or a
push message. docs/notifications.md lists every kind with its wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
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


# Each kind's builder reads the event's rows and returns who gets what. Every app registers
# the builders of its own kinds when it is ready (groups.notices, meetings.notices,
# moderation.notifications), so this module imports none of them.
BUILDERS: dict[Kind, Callable[[dict], Event]] = {}

# What the review digest task asks for: callables(wait=...) returning each digest due.
DIGEST_SOURCES: list[Callable[..., list[dict]]] = []


def builds(kind: Kind):
    """Register the decorated function as the builder of ``kind``'s notifications."""

    def register(builder: Callable[[dict], Event]) -> Callable[[dict], Event]:
        BUILDERS[kind] = builder
        return builder

    return register


def absolute_url(path: str) -> str:
    return settings.SITE_URL + path


def in_language(user):
    """Words of a note for ``user`` in their profile's language (else the site's)."""
    return translation.override(getattr(user, "language", "") or settings.LANGUAGE_CODE)


def local_time(dt: datetime, user) -> str:
    try:
        local = dt.astimezone(ZoneInfo(user.timezone))
    except (ZoneInfoNotFoundError, ValueError):
        local = dt.astimezone(UTC)
    return f"{date_format(local, 'NOTE_DATETIME_FORMAT')} ({local.tzname()})"


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


@builds(Kind.SECURITY)
def _security(data: dict) -> Event:
    what = data["what"]
    key = f"security:{what}:{data['user']}:{data['at']}"
    person = User.objects.filter(pk=data["user"], is_active=True).first()
    if person is None or what not in SECURITY_WHAT:
        return Event(Kind.SECURITY, key, [])
    at = datetime.fromisoformat(data["at"])
    url = absolute_url(reverse("accounts:profile"))
    with in_language(person):
        subject, verb = (str(words) for words in SECURITY_WHAT[what])
        first = verb % {"when": local_time(at, person)}
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


def event_recipients(kind: str, data: dict) -> Event:
    return BUILDERS[Kind(kind)](data)
