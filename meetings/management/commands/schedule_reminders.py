from django.core.management.base import BaseCommand

from meetings.tasks import reminders_schedule


class Command(BaseCommand):
    help = (
        "Queue the self-renewing reminder task for the db_worker (does nothing if a run is "
        "already queued). Run it once at deploy; the worker keeps it going."
    )

    def handle(self, *args, **options):
        if reminders_schedule():
            self.stdout.write("Reminder task queued.")
        else:
            self.stdout.write("Reminder task already queued.")
