from django.core.management.base import BaseCommand

from accounts.notifications.tasks import digests_schedule


class Command(BaseCommand):
    help = "Start the review-queue digest task (safe to run at every deploy)."

    def handle(self, *args, **options) -> None:
        if digests_schedule():
            self.stdout.write("The review digest task is queued.")
        else:
            self.stdout.write("The review digest task was already queued.")
