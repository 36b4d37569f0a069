"""What site staff change on a group in the Django admin (moderation/admin.py), done as a
moderator's action is: written to the group's audit log in the same transaction, and
told to the live sockets of the person concerned once it commits. A ban closes their
sockets in the group at once with 4410 and takes their raised hands down; taking someone
out of the group closes them with 4403; a new role applies without reconnecting.

Staff act through the admin's own permissions (is_staff and the model's permissions),
not through a role in the group, so these functions do not ask kindred.policy; the rules
about what a ban, a removal or a role change does to a person's sockets are the same as
in moderation.actions.member_ban / ban_lift and groups.services' membership services.
"""

from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext

from accounts.models import User
from accounts.services import two_factor_review
from groups.models import Ban, Group, Membership, Role, Visibility
from kindred.events import (
    CloseCode,
    user_downgrade,
    user_event_on_commit,
    user_kick,
    user_refresh,
)
from kindred.i18n import in_language_of
from moderation.actions import ban_in_force
from moderation.audit import audit_record


def _changed(fields: Iterable[str]) -> str:
    fields = list(fields)
    return f"Changed: {', '.join(fields)}" if fields else ""


def _delete_audited(*, staff: User, row: Ban | Membership, kind: str) -> None:
    """Delete a person's ban or membership, saying so in the group's audit log."""
    audit_record(
        actor=staff,
        group=row.group,
        action=f"admin.{kind}_delete",
        target_user=row.user,
        reason=f"{kind} “{row}” deleted",
    )
    row.delete()


@transaction.atomic
def staff_ban_save(*, staff: User, ban: Ban, change: bool, changed: Iterable[str] = ()) -> Ban:
    """Save a ban staff added or edited. While it is in force, the person's sockets in the
    group close at once (4410, with the ban's reason and end) and their hands go down;
    setting ``lifted_at`` lifts it (audited as the lift, by ``staff`` unless they named
    someone else)."""
    changed = list(changed)
    if not change and ban.created_by_id is None:
        ban.created_by = staff
    lifting = change and "lifted_at" in changed and ban.lifted_at is not None
    if lifting and ban.lifted_by_id is None:
        ban.lifted_by = staff
    ban.save()
    step = "lift" if lifting else ("change" if change else "add")
    audit_record(
        actor=staff,
        group=ban.group,
        action=f"admin.ban_{step}",
        target_user=ban.user,
        reason=ban.reason if not change else _changed(changed),
        expires_at=ban.expires_at,
    )
    if Ban.objects.active().filter(pk=ban.pk).exists():
        ban_in_force(ban)
    return ban


@transaction.atomic
def staff_ban_delete(*, staff: User, ban: Ban) -> None:
    """Delete a ban record; the person may come back to the group at once."""
    _delete_audited(staff=staff, row=ban, kind="ban")


@transaction.atomic
def staff_membership_save(
    *, staff: User, membership: Membership, change: bool, changed: Iterable[str] = ()
) -> Membership:
    """Save a membership staff added or edited. The person's sockets in the group re-check
    their standing once it commits: a lower role applies at once, a higher one sends them
    the new ``you`` without reconnecting."""
    old_role = (
        Membership.objects.filter(pk=membership.pk).values_list("role", flat=True).first()
        if change
        else None
    )
    membership.save()
    audit_record(
        actor=staff,
        group=membership.group,
        action="admin.membership_change" if change else "admin.membership_add",
        target_user=membership.user,
        reason=_changed(changed) if change else "",
    )
    if Role.rank(membership.role) < Role.rank(old_role):
        user_event_on_commit(membership.user_id, user_downgrade(group_id=membership.group_id))
    else:
        user_event_on_commit(membership.user_id, user_refresh(group_id=membership.group_id))
    two_factor_review(user=membership.user)  # a new moderator or owner is asked for it
    return membership


@transaction.atomic
def staff_membership_delete(*, staff: User, membership: Membership) -> None:
    """Take someone out of the group: their sockets in it close at once (4403)."""
    _delete_audited(staff=staff, row=membership, kind="membership")
    with in_language_of(membership.user):
        reason = gettext("You are no longer in this group.")
    user_event_on_commit(
        membership.user_id,
        # Outside a private group, the group is not found (as the room's own re-check says).
        user_kick(
            code=CloseCode.NOT_ALLOWED
            if membership.group.visibility == Visibility.PUBLIC
            else CloseCode.NOT_FOUND,
            group_id=membership.group_id,
            reason=reason,
        ),
    )
    two_factor_review(user=membership.user)


@transaction.atomic
def staff_group_save(
    *, staff: User, group: Group, change: bool, changed: Iterable[str] = ()
) -> Group:
    group.save()
    audit_record(
        actor=staff,
        group=group,
        action="admin.group_change" if change else "admin.group_add",
        reason=_changed(changed) if change else "",
    )
    return group


@transaction.atomic
def staff_group_delete(*, staff: User, group: Group) -> None:
    """Delete a group and everything in it: everyone's sockets in it close (4404). The
    audit entry keeps the group's name."""
    user_ids = list(Membership.objects.filter(group=group).values_list("user_id", flat=True))
    group_id = group.pk
    audit_record(
        actor=staff, group=group, action="admin.group_delete", reason=f"group “{group}” deleted"
    )
    group.delete()
    for user_id in user_ids:
        with in_language_of(user_id):
            reason = gettext("This group was closed.")
        user_event_on_commit(
            user_id, user_kick(code=CloseCode.NOT_FOUND, group_id=group_id, reason=reason)
        )
