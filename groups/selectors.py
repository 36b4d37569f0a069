"""Reads for groups and membership, each returning only what the caller may see."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext

from accounts.models import User
from groups.models import Ban, Group, Invite, JoinRequest, Membership, Role, Visibility
from kindred import policy
from kindred.errors import NotFound
from kindred.policy import Action, Standing


def group_with_standing(
    *, user, slug: str, action: Action = Action.VIEW_GROUP, invite_ok: bool = False, **context
) -> tuple[Group, Standing]:
    """The group and the person's standing in it, if they may do ``action`` there.

    What must stay hidden (a private group for an outsider, a group that does not exist)
    raises NotFound; what they can see but not do raises NotAllowed.
    """
    group = group_by_slug(slug=slug)
    standing = policy.standing_for(user=user, group=group, invite_ok=invite_ok)
    policy.require(standing, action, **context)
    return group, standing


def group_by_slug(*, slug: str) -> Group:
    """The group with this slug, whoever asks; NotFound if there is none. Callers decide
    what the person may see (group_with_standing does both)."""
    group = Group.objects.filter(slug=slug).first()
    if group is None:
        raise NotFound(gettext("That group could not be found."), code="group_not_found")
    return group


def group_get(*, pk: int) -> Group:
    """A fresh copy of a group (a form edits it without touching the caller's)."""
    return Group.objects.get(pk=pk)


def group_get_for_user(*, user, slug: str) -> Group:
    """The group with this slug, if the person may see it; otherwise NotFound."""
    group, _ = group_with_standing(user=user, slug=slug)
    return group


def _with_member_count(qs: QuerySet[Group]) -> QuerySet[Group]:
    """Each group's member count as a subquery on its row: the directory's page count then
    counts groups alone, instead of joining and grouping every membership on the site."""
    counts = (
        Membership.objects.filter(group=OuterRef("pk"))
        .order_by()
        .values("group")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return qs.annotate(member_count=Coalesce(Subquery(counts), 0))


def groups_directory(*, query: str = "", topic: str = "", language: str = "") -> QuerySet[Group]:
    """Public groups, searchable by name (or topic) and filtered by topic and language."""
    qs = Group.objects.filter(visibility=Visibility.PUBLIC)
    if query := query.strip():
        qs = qs.filter(Q(name__icontains=query) | Q(topic__icontains=query))
    if topic := topic.strip():
        qs = qs.filter(topic__icontains=topic)
    if language := language.strip():
        # Groups that meet in it, and groups with a meeting held in it.
        qs = qs.filter(Q(language=language) | Q(meeting_series__language=language)).distinct()
    return _with_member_count(qs).order_by("name", "pk")


def groups_for_user(*, user) -> QuerySet[Group]:
    """ "My groups": every group the person is in (and not banned from), with ``my_role``."""
    if user is None or not user.is_authenticated:
        return Group.objects.none()
    mine = Membership.objects.filter(group=OuterRef("pk"), user=user)
    banned = Ban.objects.active(timezone.now()).filter(group=OuterRef("pk"), user=user)
    return (
        Group.objects.filter(Exists(mine))
        .exclude(Exists(banned))
        .annotate(my_role=Subquery(mine.values("role")[:1]))
        .order_by("name", "pk")
    )


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One person on a group's members page. Display names only: never an email."""

    user_id: int
    display_name: str
    role: str
    joined_at: datetime


def group_members(*, actor, group: Group) -> list[MemberRow]:
    """Everyone in the group, for its moderators and owner, strongest role first."""
    policy.require(policy.standing_for(user=actor, group=group), Action.MANAGE_MEMBERS)
    rows = Membership.objects.filter(group=group).values_list(
        "user_id", "user__display_name", "role", "joined_at"
    )
    members = [MemberRow(*row) for row in rows]
    order = {"owner": 0, "moderator": 1, "member": 2, "reader": 3}
    members.sort(key=lambda m: (order[m.role], m.display_name.casefold(), m.user_id))
    return members


def join_requests_pending(*, actor, group: Group) -> QuerySet[JoinRequest]:
    """Requests waiting for a moderator, oldest first (with the asker's display name)."""
    policy.require(policy.standing_for(user=actor, group=group), Action.MANAGE_MEMBERS)
    return (
        JoinRequest.objects.filter(group=group, status=JoinRequest.Status.PENDING)
        .select_related("user")
        .only("pk", "kind", "role", "message", "created_at", "user__display_name")
        .order_by("created_at", "pk")
    )


def invites_active(*, actor, group: Group) -> QuerySet[Invite]:
    """Invite links that still work, newest first."""
    policy.require(policy.standing_for(user=actor, group=group), Action.MANAGE_MEMBERS)
    return Invite.objects.filter(
        group=group, revoked_at__isnull=True, expires_at__gt=timezone.now(), uses__lt=F("max_uses")
    ).order_by("-created_at", "pk")


def join_request_pending_for(*, user, group: Group) -> JoinRequest | None:
    """The person's own waiting request in this group, if any."""
    if user is None or not user.is_authenticated:
        return None
    return JoinRequest.objects.filter(
        group=group, user=user, status=JoinRequest.Status.PENDING
    ).first()


def join_request_get(*, group: Group, pk: int) -> JoinRequest:
    request = JoinRequest.objects.filter(group=group, pk=pk).select_related("user").first()
    if request is None:
        raise NotFound(gettext("That request could not be found."))
    return request


def invite_get(*, group: Group, pk: int) -> Invite:
    invite = Invite.objects.filter(group=group, pk=pk).first()
    if invite is None:
        raise NotFound(gettext("That invite could not be found."))
    return invite


def invite_get_by_token(*, token: str) -> Invite:
    invite = Invite.objects.filter(token=token).select_related("group").first()
    if invite is None:
        raise NotFound(gettext("This invite link does not exist."), code="invite_not_found")
    return invite


def member_get(*, group: Group, user_id: int) -> User:
    """A person in the group (for a moderator acting on them)."""
    user = User.objects.filter(pk=user_id, memberships__group=group).first()
    if user is None:
        raise NotFound(gettext("That person is not in this group."), code="not_member")
    return user


def group_member_count(*, group: Group) -> int:
    return Membership.objects.filter(group=group).count()


def group_moderators(*, group: Group) -> QuerySet[User]:
    """The group's moderators and owner who are not banned."""
    return User.objects.filter(
        memberships__group=group, memberships__role__in=[Role.MODERATOR, Role.OWNER]
    ).exclude(pk__in=Ban.objects.active().filter(group=group).values("user"))


def notice_moderators(*, group: Group, chair_id: int | None = None) -> list[User]:
    """Who is told about something that needs a moderator: the group's active moderators
    and owner who are not banned, and the meeting's chair when there is one."""
    ids = set(group_moderators(group=group).filter(is_active=True).values_list("pk", flat=True))
    if chair_id:
        ids.add(chair_id)
    return list(User.objects.filter(pk__in=ids, is_active=True).order_by("pk"))


def managed_group(*, user, slug: str):
    """The group and ``user``'s standing in it, refused unless they may manage it."""
    return group_with_standing(user=user, slug=slug, action=Action.MANAGE_GROUP)
