"""Writes for groups and membership. Views, admin, commands and tests all call these.

Every function here asks kindred.policy whether the person may act and raises a
kindred.errors exception with a stable ``code`` when not; nothing is changed in that case.
Anything that counts members (joining, approving, accepting an invite) first locks the
group row, so two people cannot both take the last seat.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.names import display_name_clash
from accounts.services import two_factor_review
from groups.models import Group, Membership, Role
from kindred import policy
from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError
from kindred.events import (
    CloseCode,
    Event,
    user_downgrade,
    user_event_on_commit,
    user_kick,
    user_refresh,
)
from kindred.i18n import supported_language
from kindred.policy import Action, Standing
from kindred.text import checked_text

# Paths under /groups/ that are not group pages.
RESERVED_SLUGS = frozenset({"new", "invite", "admin", "static"})

# What an owner may change with group_update (everything a group page lets them edit),
# in the order the group form shows them.
EDITABLE_FIELDS = (
    "name",
    "slug",
    "description",
    "guidelines",
    "topic",
    "language",
    "timezone",
    "visibility",
    "join_policy",
    "capacity",
    "library_public",
    "allow_step_back",
    "chat_retention_hours",
    "new_member_hold_count",
    "link_hold_days",
    "crisis_resources",
)

CRISIS_RESOURCES_MAX = 4000
INVITE_MAX_USES = 500
INVITE_MAX_LIFETIME = timedelta(days=90)


# Helpers -------------------------------------------------------------------------------


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "group"
    if base in RESERVED_SLUGS:
        base = f"{base}-group"
    slug, n = base, 1
    while Group.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _clean(group: Group) -> None:
    """Validate a group; turn the first model error into a ServiceError tied to its field."""
    if group.slug in RESERVED_SLUGS:
        raise ServiceError(
            _("That address is reserved; please choose another."),
            code="slug_reserved",
            field="slug",
        )
    try:
        group.full_clean()
    except ValidationError as exc:
        field, messages = next(iter(exc.message_dict.items()))
        raise ServiceError(
            messages[0], code="invalid", field=None if field == "__all__" else field
        ) from exc


def _checked_fields(fields: dict) -> dict:
    """``fields`` with the group's name (a name people know it by: no invisible
    characters) and topic on one line each, and crisis resources within their limit; a
    ServiceError if they cannot be."""
    fields = dict(fields)
    if "name" in fields:
        fields["name"] = checked_text(
            fields["name"], field="name", label=_("A group's name"), identity=True
        )
    if "topic" in fields:
        fields["topic"] = checked_text(fields["topic"], field="topic", label=_("A topic"))
    if len(fields.get("crisis_resources") or "") > CRISIS_RESOURCES_MAX:
        # They go to a person in crisis in one frame of the room socket: keep them short.
        raise ServiceError(
            _("Crisis resources can be at most %(count)s characters.")
            % {"count": number_format(CRISIS_RESOURCES_MAX, force_grouping=True)},
            code="crisis_resources_too_long",
            field="crisis_resources",
        )
    return fields


def _lock_group(group: Group) -> Group:
    """Lock the group row for the rest of the transaction (serialises joins and role moves)."""
    return Group.objects.select_for_update().get(pk=group.pk)


def _lock_group_with_role(group: Group, user: User) -> tuple[Group, Standing]:
    """Lock the group, then the standing of someone who must already be in it, not banned
    (a reader stepping up, a member stepping back)."""
    group = _lock_group(group)
    standing = policy.standing_for(user=user, group=group)
    if standing.banned:
        raise NotAllowed(_("You can't take part in this group."), code="banned")
    if standing.role is None:
        policy.require(standing, Action.VIEW_GROUP)
        raise NotAllowed(_("Please join the group first."), code="not_member")
    return group, standing


def _member_count(group: Group) -> int:
    return Membership.objects.filter(group=group).count()


def _ensure_room(group: Group) -> None:
    if _member_count(group) >= group.capacity:
        raise Conflict(_("This group is full. Please try again later."), code="group_full")


def _ensure_may_join(standing: Standing) -> None:
    """Checks shared by joining, asking to join and accepting an invite."""
    if standing.banned:
        raise NotAllowed(_("You can't take part in this group."), code="banned")
    if standing.role is not None:
        raise Conflict(_("You are already in this group."), code="already_member")
    policy.require(standing, Action.JOIN)


def _ensure_name_free(group: Group, user: User) -> None:
    """Nobody joins under a name that reads like a member's: they could pass for them."""
    if clash := display_name_clash(name=user.display_name, user_id=user.pk, group_ids=[group.pk]):
        raise Conflict(
            _(
                "Someone in this group already goes by a name that reads like “%(clash_1)s”. "
                "Change your display name on your profile, then join."
            )
            % {"clash_1": clash[1]},
            code="display_name_taken",
        )


def _ensure_guidelines(accept_guidelines: bool) -> None:
    if not accept_guidelines:
        raise ServiceError(
            _("Please read and accept the group's guidelines first."),
            code="guidelines_not_accepted",
            field="accept_guidelines",
        )


def _membership_of(group: Group, user_id: int, *, lock: bool = False) -> Membership:
    qs = Membership.objects.filter(group=group, user_id=user_id)
    if lock:
        qs = qs.select_for_update()
    membership = qs.select_related("user").first()
    if membership is None:
        raise NotFound(_("That person is not in this group."), code="not_member")
    return membership


def _tell_sockets(user_id: int, event: Event) -> None:
    """Tell every live socket of one person about a change, once the transaction commits."""
    user_event_on_commit(user_id, event)


def _downgrade(user_id: int, group: Group) -> None:
    _tell_sockets(user_id, user_downgrade(group_id=group.pk))


def _refresh(user_id: int, group: Group) -> None:
    """The person's role went up: open room sockets re-read it (kindred.events)."""
    _tell_sockets(user_id, user_refresh(group_id=group.pk))


def standing_recheck(*, group: Group, user_id: int) -> None:
    """Someone's standing in ``group`` was changed outside this module's services (site
    staff saving a ban or a membership in the Django admin): once that commits, each of
    their live sockets in the group re-checks admission, so a ban or a removal closes it
    at once and a new role applies without reconnecting."""
    _downgrade(user_id, group)


# Groups --------------------------------------------------------------------------------


@transaction.atomic
def group_create(*, owner: User, name: str, slug: str = "", **fields) -> Group:
    """Create a group; its creator becomes the owner (and has accepted the guidelines)."""
    unknown = set(fields).difference(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(
            _("group_create() got unexpected fields %(sorted_unknown)s")
            % {"sorted_unknown": sorted(unknown)}
        )
    fields = _checked_fields({"name": name, **fields})
    name = fields.pop("name")
    group = Group(name=name, slug=slug or _unique_slug(name), **fields)
    _clean(group)
    group.save()
    Membership.objects.create(
        group=group, user=owner, role=Role.OWNER, guidelines_accepted_at=group.created_at
    )
    two_factor_review(user=owner)
    return group


@transaction.atomic
def group_update(*, actor: User, group: Group, **fields) -> Group:
    """Change a group's settings (owner only). Lowering the capacity below the number of
    people already in the group is refused rather than pushing anybody out."""
    unknown = set(fields).difference(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(
            _("group_update() got unexpected fields %(sorted_unknown)s")
            % {"sorted_unknown": sorted(unknown)}
        )
    group = _lock_group(group)
    policy.require(policy.standing_for(user=actor, group=group), Action.MANAGE_GROUP)
    if fields.get("timezone", group.timezone) != group.timezone and group.meeting_series.exists():
        raise ServiceError(
            _(
                "A group with meetings changes its time zone on the time zone page, which shows "
                "what becomes of each meeting."
            ),
            code="zone_change_needs_choice",
            field="timezone",
        )
    fields = _checked_fields(fields)
    for name, value in fields.items():
        setattr(group, name, value)
    _clean(group)
    if "capacity" in fields and group.capacity < _member_count(group):
        raise ServiceError(
            _("The group already has more people than that."),
            code="capacity_below_members",
            field="capacity",
        )
    group.save()
    return group


@transaction.atomic
def group_delete(*, actor: User, group: Group) -> None:
    """Delete a group and everything in it (owner only). Everyone's live sockets in it close."""
    group = _lock_group(group)
    policy.require(policy.standing_for(user=actor, group=group), Action.MANAGE_GROUP)
    members = list(Membership.objects.filter(group=group).values_list("user_id", "user__language"))
    group_id = group.pk
    group.delete()
    for user_id, language in members:
        with translation.override(supported_language(language) or settings.LANGUAGE_CODE):
            reason = _("This group was closed.")
        _tell_sockets(
            user_id, user_kick(code=CloseCode.NOT_FOUND, group_id=group_id, reason=reason)
        )
