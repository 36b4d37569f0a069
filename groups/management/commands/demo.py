"""Load Kindred's demo: people, groups and whatever each app adds. Safe to run again."""

import importlib
import importlib.util

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# Each app's demo module, in order: later ones build on the people and groups made earlier.
# Apps that do not exist yet (or have no demo module) are skipped.
DEMO_MODULES = [
    "accounts.demo",
    "groups.demo",
    "meetings.demo",
    "library.demo",
    "library.demo_spanish",
    "moderation.demo",
    "chat.demo",
]


def _module_exists(name: str) -> bool:
    package, _, _ = name.rpartition(".")
    return (
        importlib.util.find_spec(package) is not None and importlib.util.find_spec(name) is not None
    )


class Command(BaseCommand):
    help = "Create (or top up) the demo people, groups, meetings and library texts."

    def handle(self, *args, **options):
        # The demo makes a staff account and moderators with a published password: never
        # on a production database (debug is off whenever SECRET_KEY is set).
        if not settings.DEBUG:
            raise CommandError(
                "Refusing to load the demo with debug off: it creates a staff account and "
                "moderators whose password is published. Load it only on a local setup "
                "(no SECRET_KEY, or DEBUG=1)."
            )
        for name in DEMO_MODULES:
            if not _module_exists(name):
                self.stdout.write(f"Skipping {name}: not there yet.")
                continue
            importlib.import_module(name).create_demo()
            self.stdout.write(f"Loaded {name}.")

        from accounts.demo import demo_logins

        self.stdout.write(self.style.SUCCESS("\nDemo logins (email / password / role):"))
        for email, password, role in demo_logins():
            self.stdout.write(f"  {email:<22} {password}  {role}")
