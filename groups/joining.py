"""Writes that bring someone into a group: joining, join requests (and a reader's request
to become a member), invites. Each locks the group row before counting members, so two
people cannot both take the last seat; each asks kindred.policy first and changes nothing
when refused."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from accounts.notifications import Kind, notify
from groups.hooks import member_joined
from groups.models import Group, Invite, JoinPolicy, JoinRequest, Membership, Role
from groups.services import (
    INVITE_MAX_LIFETIME,
    INVITE_MAX_USES,
    _ensure_guidelines,
    _ensure_may_join,
    _ensure_name_free,
    _ensure_room,
    _lock_group,
    _lock_group_with_role,
    _membership_of,
    _refresh,
)
from kindred import policy
from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError
from kindred.policy import Action


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
    member_joined.send(sender=Group, group=group, membership=membership)
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
    "invite_revoked": gettext_lazy("This invite link was revoked. Please ask for a new one."),
    "invite_expired": gettext_lazy("This invite link has expired. Please ask for a new one."),
    "invite_used_up": gettext_lazy(
        "This invite link has been used as often as it allows. Please ask for a new one."
    ),
}


def invite_check(invite: Invite) -> None:
    """Raise the invite's problem (expired, revoked, used up), if it has one."""
    if problem := invite.problem():
        raise Conflict(str(_INVITE_PROBLEMS[problem]), code=problem)


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


@transaction.atomic
def reader_step_up_request(*, user: User, group: Group, message: str = "") -> JoinRequest:
    """A reader asks to become a member; a moderator approves it like a join request."""
    group, standing = _lock_group_with_role(group, user)
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
