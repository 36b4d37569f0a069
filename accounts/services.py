"""Writes for a person's own account. Views, admin, commands and tests all call these."""

import zoneinfo

from accounts.models import User
from kindred.errors import ServiceError
from kindred.text import checked_text

DISPLAY_NAME_MAX = 40
REMINDER_MINUTES_MAX = 7 * 24 * 60


def profile_update(
    *,
    user: User,
    display_name: str,
    timezone: str,
    quiet_mode: bool,
    reminder_minutes: int | None,
    reminder_names_group: bool,
) -> User:
    """Change a person's own preferences. Invalid input raises ServiceError; nothing changes."""
    display_name = checked_text(
        display_name, field="display_name", label="A display name", identity=True
    )
    if not display_name:
        raise ServiceError(
            "Choose a display name.", code="display_name_empty", field="display_name"
        )
    if len(display_name) > DISPLAY_NAME_MAX:
        raise ServiceError(
            f"A display name has at most {DISPLAY_NAME_MAX} characters.",
            code="display_name_too_long",
            field="display_name",
        )
    if timezone not in zoneinfo.available_timezones():
        raise ServiceError(
            "Choose a time zone from the list.", code="timezone_unknown", field="timezone"
        )
    if reminder_minutes is not None and not 1 <= reminder_minutes <= REMINDER_MINUTES_MAX:
        raise ServiceError(
            f"Reminders can be sent between 1 and {REMINDER_MINUTES_MAX} minutes before a "
            "meeting; leave the field empty for none.",
            code="reminder_out_of_range",
            field="reminder_minutes",
        )
    user.display_name = display_name
    user.timezone = timezone
    user.quiet_mode = quiet_mode
    user.reminder_minutes = reminder_minutes
    user.reminder_names_group = reminder_names_group
    user.save(
        update_fields=[
            "display_name",
            "timezone",
            "quiet_mode",
            "reminder_minutes",
            "reminder_names_group",
        ]
    )
    return user
