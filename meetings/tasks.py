"""Background tasks (Django's Tasks framework, run by ``manage.py db_worker``).

Reminders are a periodic job, and the Tasks framework has no scheduler of its own. We use
a self-renewing task: each run sends what is due and enqueues the next run with
``run_after`` (the database backend supports deferred tasks). The queued row lives in the
database, so the chain survives restarts of the worker; ``manage.py schedule_reminders``
starts it (idempotent: it does nothing when a run is already queued), and is safe to run
at every deploy. Should two chains ever exist (two workers renewing at the same moment),
the next run of each sees the other queued and does not renew, so they merge back into one;
the ``ReminderSent`` constraint keeps every email exactly-once meanwhile.
"""

from datetime import timedelta

from django.conf import settings
from django.tasks import task
from django.utils import timezone

from accounts.notifications.tasks import run_queued
from meetings.reminders import reminders_send_due


def reminder_interval() -> timedelta:
    return timedelta(seconds=getattr(settings, "KINDRED_REMINDER_INTERVAL_SECONDS", 60))


REMINDERS_PATH = f"{__name__}.send_reminders"


def reminders_schedule(*, delay: timedelta | None = None) -> bool:
    """Queue the next reminder run unless one is already queued. True if it queued one."""
    if run_queued(REMINDERS_PATH):
        return False
    send_reminders.using(run_after=timezone.now() + (delay or timedelta(0))).enqueue()
    return True


@task(takes_context=True)
def send_reminders(context) -> int:
    """Send due reminders and cancellation notices, then queue the next run."""
    sent = reminders_send_due()
    if not run_queued(REMINDERS_PATH, besides=str(context.task_result.id)):
        send_reminders.using(run_after=timezone.now() + reminder_interval()).enqueue()
    return sent
