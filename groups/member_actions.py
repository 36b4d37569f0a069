"""Writes on people already in a group: leaving, stepping back to reading, role changes,
removal, handing over ownership. Open sockets of the person follow at once (the group's
sockets re-check admission or re-read the role)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.services import two_factor_review
from groups.models import Group, JoinRequest, Membership, Role
from groups.services import (
    _downgrade,
    _lock_group,
    _lock_group_with_role,
    _membership_of,
    _refresh,
    _tell_sockets,
)
from kindred import policy
from kindred.errors import Conflict, NotAllowed, ServiceError
from kindred.events import CloseCode, user_kick
from kindred.i18n import in_language_of
from kindred.policy import Action


@transaction.atomic
def membership_leave(*, user: User, group: Group) -> None:
    """Leave a group. The owner must hand the group to someone else first."""
    group = _lock_group(group)
    membership = _membership_of(group, user.pk, lock=True)
    if not policy.may_leave_group(
        policy.Standing(group=group, user_id=user.pk, role=membership.role)
    ):
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
    with in_language_of(user):
        reason = _("You are no longer in this group.")
    _tell_sockets(user.pk, user_kick(code=CloseCode.NOT_ALLOWED, group_id=group.pk, reason=reason))
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
def member_step_back(*, user: User, group: Group) -> Membership:
    """A member steps back to reading only, where the group allows it."""
    group, standing = _lock_group_with_role(group, user)
    if standing.role != Role.MEMBER:
        raise Conflict(_("Only members can step back to reading."), code="not_member_role")
    if not group.allow_step_back:
        raise NotAllowed(_("This group does not offer reading only."), code="step_back_not_allowed")
    membership = _membership_of(group, user.pk, lock=True)
    membership.role = Role.READER
    membership.save(update_fields=["role"])
    _downgrade(user.pk, group)
    return membership
