"""Writes for groups and membership. Views, admin, commands and tests all call these."""

from django.db import transaction
from django.utils.text import slugify

from accounts.models import User
from groups.models import Group, Membership, Role


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "group"
    slug, n = base, 1
    while Group.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def group_create(*, owner: User, name: str, slug: str = "", **fields) -> Group:
    """Create a group; its creator becomes the owner (and has accepted the guidelines)."""
    group = Group(name=name, slug=slug or _unique_slug(name), **fields)
    group.full_clean()
    group.save()
    Membership.objects.create(
        group=group, user=owner, role=Role.OWNER, guidelines_accepted_at=group.created_at
    )
    return group
