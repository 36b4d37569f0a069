from django.core.management.base import BaseCommand

from moderation.retention import chat_purge_due
from moderation.tasks import purge_schedule


class Command(BaseCommand):
    help = (
        "Purge meeting chat whose retention has run out, once, now. With --schedule, queue "
        "the self-renewing purge task for the db_worker instead (run it at deploy)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule", action="store_true", help="Queue the periodic purge task."
        )

    def handle(self, *args, schedule=False, **options):
        if schedule:
            queued = purge_schedule()
            self.stdout.write("Purge task queued." if queued else "Purge task already queued.")
            return
        purged = chat_purge_due()
        self.stdout.write(f"Purged {purged} message(s).")
