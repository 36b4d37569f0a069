"""Display names nobody can pass off as someone else's.

Two names clash when they read the same to a person: ignoring case, accents, spacing and
punctuation, look-alike letters from other scripts (a Cyrillic "\u0456" for "i"), digits and
symbols for letters ("M1ra") and the shapes that pass for each other in most fonts
("rn" for "m", "l" for "I"). Within a group a name may not clash with another member's.
Names that claim a role ("moderator", "admin", "mod", "staff") or the site's name are
refused everywhere, except for site staff.
"""

import re

from django.conf import settings
from django.utils.translation import gettext as _

from groups.models import Membership
from kindred.errors import ServiceError
from kindred.normalize import fold, name_key

_SHAPES = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("l", "i"), ("j", "i"))
RESERVED_INSIDE = ("moderator", "administrator", "kindred", "sitestaff", "official")
RESERVED_WORDS = {"admin", "admins", "mod", "mods", "moderators", "staff"}


def clash_key(name: str) -> str:
    """How ``name`` reads, for telling whether two names would be taken for each other."""
    key = name_key(name)
    for shape, reads_as in _SHAPES:
        key = key.replace(shape, reads_as)
    return key


def reserved_reason(name: str) -> str:
    """Why ``name`` claims a role or the site's name, or ""."""
    key = name_key(name)
    site = name_key(getattr(settings, "KINDRED_SITE_NAME", "Kindred"))
    for word in (*RESERVED_INSIDE, site):
        if word and word in key:
            return word
    tokens = set(re.findall(r"[a-z0-9]+", fold(name)))
    if tokens & RESERVED_WORDS or key.startswith("admin") or key.endswith("admin"):
        return next(iter(tokens & RESERVED_WORDS), "admin")
    return ""


def display_name_check_reserved(*, name: str, user=None) -> None:
    """Refuse a name that claims a role or the site's name (site staff may)."""
    if user is not None and getattr(user, "is_staff", False):
        return
    if reserved_reason(name):
        raise ServiceError(
            _(
                "Choose a name that doesn't suggest a role such as moderator or admin, or the "
                "site's name: only the group's badges show who moderates."
            ),
            code="display_name_reserved",
            field="display_name",
        )


def display_name_clash(*, name: str, user_id: int | None, group_ids) -> tuple[str, str] | None:
    """``(group name, other person's name)`` when ``name`` would read like the name of
    someone else in one of ``group_ids`` (members, readers, moderators, the owner), or
    None."""
    key = clash_key(name)
    others = (
        Membership.objects.filter(group_id__in=list(group_ids))
        .exclude(user_id=user_id)
        .values_list("group__name", "user__display_name")
    )
    for group_name, other in others:
        if clash_key(other) == key:
            return group_name, other
    return None
