"""Demo moderation data: a group rule and an allowed phrase in the open group, so the
dashboard has something to show. Safe to run again."""

from groups.demo import OPEN_GROUP_SLUG
from groups.models import Group
from moderation.models import AllowedTerm, Rule


def create_demo() -> None:
    group = Group.objects.filter(slug=OPEN_GROUP_SLUG).first()
    if group is None:
        return
    Rule.objects.get_or_create(
        group=group, pattern="buy now", defaults={"kind": "phrase", "action": "flag"}
    )
    AllowedTerm.objects.get_or_create(group=group, term="kill time")
