from django.core.management.base import BaseCommand

from moderation.retention import chat_purge_due
from moderation.tasks import purge_schedule


class Command(BaseCommand):
    help = (
        "Purge meeting chat whose retention has run out, once, now; then make sure the "
        "self-renewing purge task is queued for the db_worker (run it at deploy). "
        "--no-schedule only purges."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-schedule", action="store_true", help="Purge once; don't queue the task."
        )

    def handle(self, *args, no_schedule=False, **options):
        purged = chat_purge_due()
        self.stdout.write(f"Purged {purged} message(s).")
        if no_schedule:
            return
        queued = purge_schedule()
        self.stdout.write("Purge task queued." if queued else "Purge task already queued.")
