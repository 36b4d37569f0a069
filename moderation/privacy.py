"""Export my data, delete my account.

The export holds everything Kindred stores about one person and nothing about anybody else:
no other person's email or name, and never who flagged, muted or removed them (a person's
own flags and moderator actions are theirs; flags on their messages are not listed).
Secrets (password hash, calendar token, two-factor keys) are left out: they are
credentials, not data about the person.

The export is made of the sections in moderation/export_sections.py (``EXPORT_SECTIONS``),
one for every relation from a model to the user model, plus the person's own profile.
"""

from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from chat.announce import message_announce_on_commit
from chat.models import Message, RoomPresence
from groups.models import Group, Membership, Role
from kindred.errors import Conflict
from kindred.events import CloseCode, user_event_on_commit, user_kick
from kindred.i18n import in_language_of
from moderation.export import iso
from moderation.export_sections import EXPORT_SECTIONS
from moderation.models import CrisisAlert, Decision, Flag, ReviewItem

# The user's own columns left out of ``profile``: credentials, not data about the person.
PROFILE_LEFT_OUT = frozenset({"id", "password", "calendar_token"})


def _profile(user) -> dict:
    return {
        "email": user.email,
        "display_name": user.display_name,
        "timezone": user.timezone,
        "language": user.language,
        "quiet_mode": user.quiet_mode,
        "hidden_topics": user.hidden_topics,
        "reminder_minutes": user.reminder_minutes,
        "reminder_names_group": user.reminder_names_group,
        "date_joined": iso(user.date_joined),
        "last_login": iso(user.last_login),
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        "two_factor_due_at": iso(user.two_factor_due_at),
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "user_permissions": sorted(user.user_permissions.values_list("codename", flat=True)),
    }


def account_export(*, user) -> dict:
    """Everything about ``user``, as JSON-ready data."""
    return {
        "exported_at": timezone.now().isoformat(),
        "profile": _profile(user),
        **{section.name: section.rows_of(user) for section in EXPORT_SECTIONS},
    }


def _session_keys_of(user) -> list[str]:
    """Session keys of ``user`` in the database session store (decoded one by one: the
    store keeps the user id only inside the encoded data)."""
    keys = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            keys.append(session.session_key)
    return keys


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete ``user``: the text of every message they sent is erased at once (the rows
    stay, shown as "removed at the member's request" from "a former member", so a room's
    history keeps its order); their memberships, RSVPs, reactions and requests go; every
    session ends and every open socket closes. The owner of a group with other people must
    hand it over first."""
    owned = list(
        Membership.objects.filter(user=user, role=Role.OWNER)
        .filter(group__memberships__role__in=[Role.READER, Role.MEMBER, Role.MODERATOR])
        .values_list("group__name", flat=True)
        .distinct()
    )
    if owned:
        raise Conflict(
            gettext("You own %(groups)s. Hand the group to someone else first, or delete it.")
            % {"groups": ", ".join(owned)},
            code="owns_groups",
        )
    Session.objects.filter(session_key__in=_session_keys_of(user)).delete()
    with in_language_of(user):
        reason = gettext("Your account was deleted.")
    user_event_on_commit(
        user.pk,
        user_kick(code=CloseCode.NOT_SIGNED_IN, reason=reason),
    )
    now = timezone.now()
    erased = list(Message.objects.filter(author=user).values_list("pk", flat=True))
    Message.objects.filter(pk__in=erased).update(
        body="", body_html="", content_warning="", status=Message.Status.ERASED
    )
    # What quotes their words goes with them: crisis alerts' excerpts, notes on flags.
    CrisisAlert.objects.filter(author=user).exclude(excerpt="").update(excerpt="")
    Flag.objects.filter(message_id__in=erased).exclude(note="").update(note="")
    ReviewItem.objects.open().filter(message_id__in=erased).update(
        resolved_at=now, decision=Decision.DISMISS, note="The author deleted their account."
    )
    # Groups they own alone would be left without an owner: they go with the account.
    Group.objects.filter(memberships__user=user, memberships__role=Role.OWNER).delete()
    user.delete()
    _announce_erased(erased)


def _announce_erased(message_ids: list[int]) -> None:
    """Rooms with someone in them replace the erased messages at once (after commit)."""
    live_rooms = RoomPresence.objects.values("occurrence_id")
    for message in Message.objects.filter(pk__in=message_ids, occurrence_id__in=live_rooms):
        message_announce_on_commit(message=message)
