"""Writes for a person's own account. Views, admin, commands and tests all call these."""

import zoneinfo
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone as django_timezone
from django.utils.translation import gettext as _

from accounts.hooks import display_name_changed
from accounts.models import DisplayNameChange, User
from accounts.names import display_name_check_reserved, display_name_clash
from groups.models import Membership
from kindred import policy
from kindred.errors import NotAllowed, ServiceError
from kindred.i18n import supported_language
from kindred.text import check_length, checked_text

DISPLAY_NAME_MAX = 40
REMINDER_MINUTES_MAX = 7 * 24 * 60
# How many times a person may change their display name in a day: enough to fix a typo,
# too few to keep changing into other people's names.
DISPLAY_NAME_CHANGES_PER_DAY = 3


def display_name_change_check(*, user: User, name: str) -> None:
    """Whether ``user`` may now be called ``name``: not a role or the site's name, not
    reading like anyone else's name in their groups, and not too many changes today."""
    display_name_check_reserved(name=name, user=user)
    limit = getattr(settings, "KINDRED_DISPLAY_NAME_CHANGES_PER_DAY", DISPLAY_NAME_CHANGES_PER_DAY)
    since = django_timezone.now() - timedelta(days=1)
    if DisplayNameChange.objects.filter(user=user, changed_at__gt=since).count() >= limit:
        raise NotAllowed(
            _("You can change your display name %(limit)s times a day. Try again tomorrow.")
            % {"limit": limit},
            code="display_name_rate_limited",
            field="display_name",
        )
    group_ids = user.memberships.values_list("group_id", flat=True)
    if clash := display_name_clash(name=name, user_id=user.pk, group_ids=group_ids):
        group_name, other = clash
        raise ServiceError(
            _(
                "Someone in %(group_name)s already goes by a name that reads like “%(other)s”. "
                "Choose a name nobody could take for theirs."
            )
            % {"group_name": group_name, "other": other},
            code="display_name_taken",
            field="display_name",
        )


def _display_name_changed(*, user: User, old: str, new: str) -> None:
    """Record a change of name; each of the person's groups writes it in its audit log
    (moderation listens to accounts.hooks.display_name_changed)."""
    DisplayNameChange.objects.create(user=user, old_name=old, new_name=new)
    display_name_changed.send(sender=User, user=user, old=old, new=new)


@transaction.atomic
def profile_update(
    *,
    user: User,
    display_name: str,
    timezone: str,
    quiet_mode: bool,
    reminder_minutes: int | None,
    reminder_names_group: bool,
    language: str | None = None,
) -> User:
    """Change a person's own preferences. Invalid input raises ServiceError; nothing changes.
    A new display name is checked (display_name_change_check) and audited."""
    display_name = checked_text(
        display_name, field="display_name", label=_("A display name"), identity=True
    )
    if not display_name:
        raise ServiceError(
            _("Choose a display name."), code="display_name_empty", field="display_name"
        )
    check_length(
        len(display_name),
        DISPLAY_NAME_MAX,
        _("A display name has at most %(DISPLAY_NAME_MAX)s characters."),
        {"DISPLAY_NAME_MAX": DISPLAY_NAME_MAX},
        code="display_name_too_long",
        field="display_name",
    )
    if timezone not in zoneinfo.available_timezones():
        raise ServiceError(
            _("Choose a time zone from the list."), code="timezone_unknown", field="timezone"
        )
    if reminder_minutes is not None and not 1 <= reminder_minutes <= REMINDER_MINUTES_MAX:
        raise ServiceError(
            _(
                "Reminders can be sent between 1 and %(REMINDER_MINUTES_MAX)s minutes before a "
                "meeting; leave the field empty for none."
            )
            % {"REMINDER_MINUTES_MAX": REMINDER_MINUTES_MAX},
            code="reminder_out_of_range",
            field="reminder_minutes",
        )
    if language is not None and language and not supported_language(language):
        raise ServiceError(
            _("Choose a language from the list."), code="language_unknown", field="language"
        )
    old_name = user.display_name
    renamed = display_name != old_name
    if renamed:
        display_name_change_check(user=user, name=display_name)
    user.display_name = display_name
    user.timezone = timezone
    user.quiet_mode = quiet_mode
    user.reminder_minutes = reminder_minutes
    user.reminder_names_group = reminder_names_group
    if language is not None:
        user.language = language
    user.save(
        update_fields=[
            "language",
            "display_name",
            "timezone",
            "quiet_mode",
            "reminder_minutes",
            "reminder_names_group",
        ]
    )
    if renamed:
        _display_name_changed(user=user, old=old_name, new=display_name)
    return user


def profile_language_set(*, user: User, language: str) -> User:
    """Show ``user`` Kindred in ``language`` (one of settings.LANGUAGES) on every device."""
    if not supported_language(language):
        raise ServiceError(
            _("Choose a language from the list."), code="language_unknown", field="language"
        )
    user.language = language
    user.save(update_fields=["language"])
    return user


def two_factor_review(*, user: User, now: datetime | None = None) -> datetime | None:
    """Ask ``user`` for two-factor authentication when they need it and lack it: a group
    owner or moderator, or site staff (kindred.policy.needs_two_factor). The first time,
    they get KINDRED_TWO_FACTOR_GRACE_DAYS to turn it on (every page says so until then);
    afterwards every page leads to the two-factor settings. Turning it on, or no longer
    needing it, clears the request. Called where roles change, and when an authenticator is
    added or removed. Returns the date by which it is due (None: nothing asked)."""
    from allauth.mfa.models import Authenticator

    now = now or django_timezone.now()
    roles = set(Membership.objects.filter(user=user).values_list("role", flat=True))
    lacks = not Authenticator.objects.filter(
        user=user, type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
    ).exists()
    due = None
    if policy.needs_two_factor(is_staff=user.is_staff, roles=roles) and lacks:
        grace = timedelta(days=settings.KINDRED_TWO_FACTOR_GRACE_DAYS)
        due = user.two_factor_due_at or now + grace
    if due != user.two_factor_due_at:
        user.two_factor_due_at = due
        User.objects.filter(pk=user.pk).update(two_factor_due_at=due)
    return due
