"""Demo people: one for each role, plus a site admin. Safe to run again (no duplicates)."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.db import transaction

from accounts.models import User

DEMO_PASSWORD = "kindred-demo-2026"  # noqa: S105 - a published demo login, never used in production


@dataclass(frozen=True)
class DemoPerson:
    key: str
    email: str
    display_name: str
    role: str
    timezone: str = "Europe/London"
    staff: bool = False


DEMO_PEOPLE = [
    DemoPerson("owner", "rowan@example.org", "Rowan", "owner of every demo group"),
    DemoPerson("moderator", "mira@example.org", "Mira", "moderator", "Europe/Berlin"),
    DemoPerson("member", "sam@example.org", "Sam", "member", "America/New_York"),
    DemoPerson("reader", "ash@example.org", "Ash", "reader (reads quietly)", "Australia/Sydney"),
    DemoPerson("newcomer", "noor@example.org", "Noor", "newcomer, in no group yet", "Asia/Kolkata"),
    DemoPerson("admin", "admin@example.org", "Site admin", "site staff (Django admin)", staff=True),
]


def demo_user(key: str) -> User:
    """The demo person with this key ("owner", "moderator", ...); create_demo() must have run."""
    person = next(p for p in DEMO_PEOPLE if p.key == key)
    return User.objects.get(email=person.email)


def demo_logins() -> list[tuple[str, str, str]]:
    return [(p.email, DEMO_PASSWORD, p.role) for p in DEMO_PEOPLE]


@transaction.atomic
def create_demo() -> None:
    for person in DEMO_PEOPLE:
        user = User.objects.filter(email=person.email).first()
        if user is None:
            user = User.objects.create_user(
                email=person.email,
                password=DEMO_PASSWORD,
                display_name=person.display_name,
                timezone=person.timezone,
                is_staff=person.staff,
                is_superuser=person.staff,
            )
        EmailAddress.objects.update_or_create(
            user=user, email=person.email, defaults={"verified": True, "primary": True}
        )
