"""Demo groups, in our own words, with the demo people in each role. Safe to run again."""

from django.db import transaction
from django.utils.timezone import now

from accounts.demo import demo_user
from groups.models import Group, JoinPolicy, Membership, Role, Visibility
from groups.services import group_create

OPEN_GROUP_SLUG = "evening-light"

DEMO_GROUPS = [
    {
        "slug": OPEN_GROUP_SLUG,
        "name": "Evening Light — families of people who drink",
        "topic": "families and alcohol",
        "visibility": Visibility.PUBLIC,
        "join_policy": JoinPolicy.OPEN,
        "library_public": True,
        "timezone": "Europe/London",
        "description": (
            "A small evening group for partners, parents, children and friends of someone "
            "who drinks. We meet to put down, for an hour, what we carry all week.\n\n"
            "You do not have to speak. Many people listen for weeks before they share, "
            "and that is welcome here."
        ),
        "guidelines": (
            "1. **What is said here stays here.** Do not repeat or screenshot what others share.\n"
            "2. **Speak from your own experience.** Say *I*, not *you should*.\n"
            "3. **No advice unless someone asks for it.** Listening is the help.\n"
            "4. **One person at a time.** Raise your hand and wait for the chair.\n"
            "5. **Be gentle with names.** Use display names only, never anyone's real name.\n"
            "6. **If you are in danger,** contact your local emergency number; the moderators "
            "will also share crisis resources."
        ),
    },
    {
        "slug": "steady-ground",
        "name": "Steady Ground — after a loss",
        "topic": "grief",
        "visibility": Visibility.PUBLIC,
        "join_policy": JoinPolicy.APPROVAL,
        "timezone": "America/New_York",
        "description": (
            "For people grieving someone close, whether the loss was last week or years ago. "
            "A moderator reads each request to join, so the group stays small and safe."
        ),
        "guidelines": (
            "- Grief has no timetable; nobody here will tell you to move on.\n"
            "- Share as much or as little as you like.\n"
            "- Mark hard details with a content warning.\n"
            "- Keep what you hear in the room."
        ),
    },
    {
        "slug": "quiet-harbour",
        "name": "Quiet Harbour — codependency recovery",
        "topic": "codependency",
        "visibility": Visibility.PRIVATE,
        "join_policy": JoinPolicy.INVITE,
        "timezone": "Europe/Berlin",
        "description": (
            "A closed circle working through codependency together, one week at a time. "
            "New people join by invitation from a moderator."
        ),
        "guidelines": (
            "- Come as you are.\n"
            "- Focus on your own part, not on fixing anyone else.\n"
            "- Confidentiality is the ground we stand on."
        ),
    },
]

ROLES = [("moderator", Role.MODERATOR), ("member", Role.MEMBER), ("reader", Role.READER)]


def demo_group(owner, spec: dict) -> Group:
    """The demo group ``spec`` describes (found by its slug, else made by ``owner``), with
    the demo people of ROLES in it."""
    group = Group.objects.filter(slug=spec["slug"]).first()
    if group is None:
        group = group_create(owner=owner, **spec)
    for key, role in ROLES:
        Membership.objects.get_or_create(
            group=group,
            user=demo_user(key),
            defaults={"role": role, "guidelines_accepted_at": now()},
        )
    return group


@transaction.atomic
def create_demo() -> None:
    owner = demo_user("owner")
    for spec in DEMO_GROUPS:
        demo_group(owner, spec)
