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
from django.tasks.base import TaskResultStatus
from django.utils import timezone

from meetings.reminders import reminders_send_due


def reminder_interval() -> timedelta:
    return timedelta(seconds=getattr(settings, "KINDRED_REMINDER_INTERVAL_SECONDS", 60))


def _queued_runs(*, exclude_id: str | None = None):
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.filter(
        task_path=f"{__name__}.send_reminders", status=TaskResultStatus.READY
    )
    if exclude_id is not None:
        queued = queued.exclude(id=exclude_id)
    return queued


def reminders_schedule(*, delay: timedelta | None = None) -> bool:
    """Queue the next reminder run unless one is already queued. True if it queued one."""
    if _queued_runs().exists():
        return False
    send_reminders.using(run_after=timezone.now() + (delay or timedelta(0))).enqueue()
    return True


@task(takes_context=True)
def send_reminders(context) -> int:
    """Send due reminders and cancellation notices, then queue the next run."""
    sent = reminders_send_due()
    if not _queued_runs(exclude_id=str(context.task_result.id)).exists():
        send_reminders.using(run_after=timezone.now() + reminder_interval()).enqueue()
    return sent
