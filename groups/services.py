"""Writes for groups and membership. Views, admin, commands and tests all call these.

Every function here asks kindred.policy whether the person may act and raises a
kindred.errors exception with a stable ``code`` when not; nothing is changed in that case.
Anything that counts members (joining, approving, accepting an invite) first locks the
group row, so two people cannot both take the last seat.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.notifications import Kind, notify
from accounts.services import two_factor_review
from chat.events import user_event_on_commit
from groups.models import Group, Invite, JoinPolicy, JoinRequest, Membership, Role
from kindred import policy
from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError
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
            f"Crisis resources can be at most {CRISIS_RESOURCES_MAX:,} characters.",
            code="crisis_resources_too_long",
            field="crisis_resources",
        )
    return fields


def _lock_group(group: Group) -> Group:
    """Lock the group row for the rest of the transaction (serialises joins and role moves)."""
    return Group.objects.select_for_update().get(pk=group.pk)


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
    from accounts.names import display_name_clash

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


def _tell_sockets(user_id: int, event: dict) -> None:
    """Tell every live socket of one person about a change, once the transaction commits."""
    user_event_on_commit(user_id, event)


def _downgrade(user_id: int, group: Group) -> None:
    _tell_sockets(user_id, {"type": "user.downgrade", "group_id": group.pk})


def _refresh(user_id: int, group: Group) -> None:
    """The person's role went up: open room sockets re-read it (chat.events)."""
    _tell_sockets(user_id, {"type": "user.refresh", "group_id": group.pk})


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
    user_ids = list(Membership.objects.filter(group=group).values_list("user_id", flat=True))
    group_id = group.pk
    group.delete()
    for user_id in user_ids:
        _tell_sockets(
            user_id,
            {
                "type": "user.kick",
                "occurrence_id": None,
                "group_id": group_id,
                "code": 4404,
                "reason": "This group was closed.",
            },
        )


# Joining -------------------------------------------------------------------------------


@transaction.atomic
def group_join(*, user: User, group: Group, accept_guidelines: bool) -> Membership:
    """Join an open group as a member, after accepting its guidelines."""
    group = _lock_group(group)
    standing = policy.standing_for(user=user, group=group)
    _ensure_may_join(standing)
    if group.join_policy == JoinPolicy.APPROVAL:
        raise NotAllowed(
            _("This group asks you to request to join; a moderator will answer."),
            code="approval_required",
        )
    if group.join_policy == JoinPolicy.INVITE:
        raise NotAllowed(
            _("This group can only be joined with an invite link."), code="invite_only"
        )
    _ensure_guidelines(accept_guidelines)
    _ensure_name_free(group, user)
    _ensure_room(group)
    membership = Membership.objects.create(
        group=group, user=user, role=Role.MEMBER, guidelines_accepted_at=timezone.now()
    )
    from moderation.screened import join_wave_check

    join_wave_check(group=group)  # a raid switches the group to approval
    return membership


def _ensure_no_pending(group: Group, user: User) -> None:
    if JoinRequest.objects.filter(
        group=group, user=user, status=JoinRequest.Status.PENDING
    ).exists():
        raise Conflict(
            _("You have already asked; a moderator will answer soon."), code="request_pending"
        )


def _create_request(**fields) -> JoinRequest:
    try:
        with transaction.atomic():
            return JoinRequest.objects.create(**fields)
    except IntegrityError as exc:  # a second tab asked at the same moment
        raise Conflict(
            _("You have already asked; a moderator will answer soon."), code="request_pending"
        ) from exc


@transaction.atomic
def join_request_create(
    *, user: User, group: Group, accept_guidelines: bool, message: str = ""
) -> JoinRequest:
    """Ask to join a group that needs approval. Asking twice is refused ("request_pending")."""
    group = _lock_group(group)
    standing = policy.standing_for(user=user, group=group)
    _ensure_may_join(standing)
    if group.join_policy == JoinPolicy.OPEN:
        raise Conflict(_("This group is open: you can join it straight away."), code="open_group")
    if group.join_policy == JoinPolicy.INVITE:
        raise NotAllowed(
            _("This group can only be joined with an invite link."), code="invite_only"
        )
    _ensure_no_pending(group, user)
    _ensure_guidelines(accept_guidelines)
    _ensure_name_free(group, user)
    if len(message) > 500:
        raise ServiceError(_("Please keep the message under 500 characters."), field="message")
    _ensure_room(group)
    join_request = _create_request(
        group=group, user=user, kind=JoinRequest.Kind.JOIN, role=Role.MEMBER, message=message
    )
    notify(Kind.JOIN_REQUEST, request=join_request.pk)
    return join_request


def _lock_pending_request(join_request: JoinRequest) -> JoinRequest:
    locked = JoinRequest.objects.select_for_update().select_related("group").get(pk=join_request.pk)
    if locked.status != JoinRequest.Status.PENDING:
        raise Conflict(
            _("This request was already %(locked_get_status_di)s.")
            % {"locked_get_status_di": locked.get_status_display().lower()},
            code="request_decided",
        )
    return locked


@transaction.atomic
def join_request_approve(*, actor: User, join_request: JoinRequest) -> Membership:
    """Approve a request (moderator or owner). A join request adds the person with the role
    they asked for; a reader's request to become a member makes them a member."""
    group = _lock_group(join_request.group)
    policy.require(policy.standing_for(user=actor, group=group), Action.MANAGE_MEMBERS)
    join_request = _lock_pending_request(join_request)
    standing = policy.standing_for(user=join_request.user, group=group)
    if standing.banned:
        raise NotAllowed(_("That person is banned from this group."), code="banned")
    if join_request.kind == JoinRequest.Kind.BECOME_MEMBER:
        membership = _membership_of(group, join_request.user_id, lock=True)
        if membership.role != Role.READER:
            raise Conflict(_("That person is no longer a reader here."), code="not_reader")
        membership.role = Role.MEMBER
        membership.save(update_fields=["role"])
    else:
        if standing.role is not None:
            raise Conflict(_("That person is already in this group."), code="already_member")
        _ensure_name_free(group, join_request.user)
        _ensure_room(group)
        membership = Membership.objects.create(
            group=group,
            user_id=join_request.user_id,
            role=join_request.role,
            guidelines_accepted_at=join_request.created_at,
        )
    join_request.status = JoinRequest.Status.APPROVED
    join_request.decided_at = timezone.now()
    join_request.decided_by = actor
    join_request.save(update_fields=["status", "decided_at", "decided_by"])
    _refresh(join_request.user_id, group)
    notify(Kind.JOIN_DECISION, request=join_request.pk)
    return membership


@transaction.atomic
def join_request_decline(*, actor: User, join_request: JoinRequest) -> JoinRequest:
    """Decline a pending request (moderator or owner)."""
    policy.require(policy.standing_for(user=actor, group=join_request.group), Action.MANAGE_MEMBERS)
    join_request = _lock_pending_request(join_request)
    join_request.status = JoinRequest.Status.DECLINED
    join_request.decided_at = timezone.now()
    join_request.decided_by = actor
    join_request.save(update_fields=["status", "decided_at", "decided_by"])
    notify(Kind.JOIN_DECISION, request=join_request.pk)
    return join_request


@transaction.atomic
def join_request_withdraw(*, user: User, join_request: JoinRequest) -> JoinRequest:
    """The person who asked takes their request back."""
    if join_request.user_id != user.pk:
        raise NotFound()
    join_request = _lock_pending_request(join_request)
    join_request.status = JoinRequest.Status.WITHDRAWN
    join_request.decided_at = timezone.now()
    join_request.save(update_fields=["status", "decided_at"])
    return join_request


# Invites -------------------------------------------------------------------------------


@transaction.atomic
def invite_create(
    *,
    actor: User,
    group: Group,
    role: str = Role.MEMBER,
    expires_in: timedelta = timedelta(days=7),
    max_uses: int = 1,
) -> Invite:
    """Make an invite link (moderator or owner) for ``max_uses`` people, as member or reader."""
    policy.require(policy.standing_for(user=actor, group=group), Action.MANAGE_MEMBERS)
    if role not in (Role.MEMBER, Role.READER):
        raise ServiceError(_("An invite makes people members or readers."), field="role")
    if not 1 <= max_uses <= INVITE_MAX_USES:
        raise ServiceError(
            _("An invite can be used between 1 and %(INVITE_MAX_USES)s times.")
            % {"INVITE_MAX_USES": INVITE_MAX_USES},
            field="max_uses",
        )
    if not timedelta(0) < expires_in <= INVITE_MAX_LIFETIME:
        raise ServiceError(_("An invite lasts between an hour and 90 days."), field="expires_in")
    return Invite.objects.create(
        group=group,
        role=role,
        created_by=actor,
        expires_at=timezone.now() + expires_in,
        max_uses=max_uses,
    )


@transaction.atomic
def invite_revoke(*, actor: User, invite: Invite) -> Invite:
    """Stop an invite link from working (moderator or owner)."""
    policy.require(policy.standing_for(user=actor, group=invite.group), Action.MANAGE_MEMBERS)
    invite = Invite.objects.select_for_update().get(pk=invite.pk)
    if invite.revoked_at is not None:
        raise Conflict(_("This invite was already revoked."), code="invite_revoked")
    invite.revoked_at = timezone.now()
    invite.save(update_fields=["revoked_at"])
    return invite


_INVITE_PROBLEMS = {
    "invite_revoked": "This invite link was revoked. Please ask for a new one.",
    "invite_expired": "This invite link has expired. Please ask for a new one.",
    "invite_used_up": "This invite link has been used as often as it allows. "
    "Please ask for a new one.",
}


def invite_check(invite: Invite) -> None:
    """Raise the invite's problem (expired, revoked, used up), if it has one."""
    if problem := invite.problem():
        raise Conflict(_INVITE_PROBLEMS[problem], code=problem)


@transaction.atomic
def invite_accept(*, user: User, token: str, accept_guidelines: bool) -> Membership:
    """Join a group through an invite link, whatever its join policy. Counts one use."""
    found = Invite.objects.filter(token=token).only("pk", "group_id").first()
    if found is None:
        raise NotFound(_("This invite link does not exist."), code="invite_not_found")
    # Lock in the same order as every join: the group first, then the invite.
    group = Group.objects.select_for_update().get(pk=found.group_id)
    invite = Invite.objects.select_for_update().get(pk=found.pk)
    invite_check(invite)
    standing = policy.standing_for(user=user, group=group, invite_ok=True)
    _ensure_may_join(standing)
    _ensure_guidelines(accept_guidelines)
    _ensure_name_free(group, user)
    _ensure_room(group)
    membership = Membership.objects.create(
        group=group, user=user, role=invite.role, guidelines_accepted_at=timezone.now()
    )
    invite.uses += 1
    invite.save(update_fields=["uses"])
    notify(Kind.INVITE_ACCEPTED, invite=invite.pk, user=user.pk, group=group.pk)
    return membership


# Membership ----------------------------------------------------------------------------


@transaction.atomic
def membership_leave(*, user: User, group: Group) -> None:
    """Leave a group. The owner must hand the group to someone else first."""
    group = _lock_group(group)
    membership = _membership_of(group, user.pk, lock=True)
    if membership.role == Role.OWNER:
        raise NotAllowed(
            _("As the owner, please hand the group to someone else before you leave."),
            code="owner_must_transfer",
        )
    membership.delete()
    JoinRequest.objects.filter(group=group, user=user, status=JoinRequest.Status.PENDING).update(
        status=JoinRequest.Status.WITHDRAWN, decided_at=timezone.now()
    )
    _downgrade(user.pk, group)
    two_factor_review(user=user)


@transaction.atomic
def membership_change_role(*, actor: User, group: Group, user: User, role: str) -> Membership:
    """Change someone's role. Moderators move people between reader and member; only the
    owner appoints or removes moderators; nobody changes the owner's role here."""
    if role not in (Role.READER, Role.MEMBER, Role.MODERATOR):
        raise ServiceError(_("Please choose reader, member or moderator."), field="role")
    group = _lock_group(group)
    actor_standing = policy.standing_for(user=actor, group=group)
    policy.require(actor_standing, Action.MANAGE_MEMBERS)
    membership = _membership_of(group, user.pk, lock=True)
    if membership.role == role:
        return membership
    if not policy.may_change_role(actor_standing, target_role=membership.role, new_role=role):
        raise NotAllowed(_("Your role does not allow that change."), code="forbidden")
    going_down = Role.rank(role) < Role.rank(membership.role)
    membership.role = role
    membership.save(update_fields=["role"])
    if role == Role.MEMBER:
        # A reader promoted directly no longer needs their request to become a member.
        JoinRequest.objects.filter(
            group=group,
            user=user,
            kind=JoinRequest.Kind.BECOME_MEMBER,
            status=JoinRequest.Status.PENDING,
        ).update(status=JoinRequest.Status.APPROVED, decided_at=timezone.now(), decided_by=actor)
    if going_down:
        _downgrade(user.pk, group)
    else:
        _refresh(user.pk, group)
    two_factor_review(user=user)  # a new moderator is asked for two-factor
    return membership


@transaction.atomic
def membership_remove(*, actor: User, group: Group, user: User) -> None:
    """Take someone out of the group (moderators: readers and members; owner: anyone but
    themselves). They may join again later; to keep them out, ban them."""
    group = _lock_group(group)
    actor_standing = policy.standing_for(user=actor, group=group)
    policy.require(actor_standing, Action.MANAGE_MEMBERS)
    membership = _membership_of(group, user.pk, lock=True)
    if not policy.may_change_role(actor_standing, target_role=membership.role, new_role=None):
        raise NotAllowed(_("Your role does not allow that change."), code="forbidden")
    membership.delete()
    _tell_sockets(
        user.pk,
        {
            "type": "user.kick",
            "occurrence_id": None,
            "group_id": group.pk,
            "code": 4403,
            "reason": "You are no longer in this group.",
        },
    )
    two_factor_review(user=user)


@transaction.atomic
def ownership_transfer(*, actor: User, group: Group, new_owner: User) -> Membership:
    """Hand the group to someone already in it (owner only). The old owner stays on as a
    moderator. Returns the new owner's membership."""
    group = _lock_group(group)
    policy.require(policy.standing_for(user=actor, group=group), Action.MANAGE_GROUP)
    if new_owner.pk == actor.pk:
        raise Conflict(_("You already own this group."), code="already_owner")
    target = policy.standing_for(user=new_owner, group=group)
    if target.banned:
        raise NotAllowed(_("That person is banned from this group."), code="banned")
    membership = _membership_of(group, new_owner.pk, lock=True)
    old = _membership_of(group, actor.pk, lock=True)
    # One owner per group is a database constraint: step down first, then hand over.
    old.role = Role.MODERATOR
    old.save(update_fields=["role"])
    membership.role = Role.OWNER
    membership.save(update_fields=["role"])
    _downgrade(actor.pk, group)
    two_factor_review(user=new_owner)
    return membership


@transaction.atomic
def reader_step_up_request(*, user: User, group: Group, message: str = "") -> JoinRequest:
    """A reader asks to become a member; a moderator approves it like a join request."""
    group = _lock_group(group)
    standing = policy.standing_for(user=user, group=group)
    if standing.banned:
        raise NotAllowed(_("You can't take part in this group."), code="banned")
    if standing.role is None:
        policy.require(standing, Action.VIEW_GROUP)
        raise NotAllowed(_("Please join the group first."), code="not_member")
    if standing.role != Role.READER:
        raise Conflict(_("You are already a member here."), code="already_member")
    if len(message) > 500:
        raise ServiceError(_("Please keep the message under 500 characters."), field="message")
    _ensure_no_pending(group, user)
    join_request = _create_request(
        group=group,
        user=user,
        kind=JoinRequest.Kind.BECOME_MEMBER,
        role=Role.MEMBER,
        message=message,
    )
    notify(Kind.JOIN_REQUEST, request=join_request.pk)
    return join_request


@transaction.atomic
def member_step_back(*, user: User, group: Group) -> Membership:
    """A member steps back to reading only, where the group allows it."""
    group = _lock_group(group)
    standing = policy.standing_for(user=user, group=group)
    if standing.banned:
        raise NotAllowed(_("You can't take part in this group."), code="banned")
    if standing.role is None:
        policy.require(standing, Action.VIEW_GROUP)
        raise NotAllowed(_("Please join the group first."), code="not_member")
    if standing.role != Role.MEMBER:
        raise Conflict(_("Only members can step back to reading."), code="not_member_role")
    if not group.allow_step_back:
        raise NotAllowed(_("This group does not offer reading only."), code="step_back_not_allowed")
    membership = _membership_of(group, user.pk, lock=True)
    membership.role = Role.READER
    membership.save(update_fields=["role"])
    _downgrade(user.pk, group)
    return membership
