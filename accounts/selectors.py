"""Reads for accounts."""

from accounts.models import User


def user_by_calendar_token(*, token: str) -> User | None:
    """The active person whose secret calendar address ends in ``token``, if any."""
    if not token:
        return None
    return User.objects.filter(calendar_token=token, is_active=True).first()
