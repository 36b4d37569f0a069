"""Unsubscribe links: signed (django.core.signing) with the person, the kind and when the
link was made. A link is refused when its signature does not match (forged or garbled),
when it is older than ``MAX_AGE``, or when the person changed that kind's choice after the
link was made (a used link cannot be replayed to undo a later choice)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.notifications.kinds import Kind
from kindred.errors import ServiceError

SALT = "kindred.notifications.unsubscribe"
MAX_AGE = timedelta(days=90)


@dataclass(frozen=True)
class Unsubscribe:
    user_id: int
    kind: str
    made_at: datetime


def unsubscribe_token(*, user, kind: str, now: datetime | None = None) -> str:
    made = int((now or timezone.now()).timestamp() * 1_000_000)
    return signing.dumps({"u": user.pk, "k": kind, "t": made}, salt=SALT, compress=True)


def unsubscribe_read(token: str) -> Unsubscribe:
    """The link's content, or ServiceError(code="bad_link" / "link_expired")."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
        made = datetime.fromtimestamp(int(data["t"]) / 1_000_000, tz=UTC)
        found = Unsubscribe(user_id=int(data["u"]), kind=Kind(data["k"]), made_at=made)
    except signing.SignatureExpired as exc:
        raise ServiceError(
            _("This unsubscribe link has expired. Choose what you get on your profile."),
            code="link_expired",
        ) from exc
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise ServiceError(
            _("This unsubscribe link is not valid. Nothing was changed."), code="bad_link"
        ) from exc
    return found
