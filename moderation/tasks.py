"""The retention task (Django's Tasks framework, run by ``manage.py db_worker``).

The Tasks framework has no scheduler, so the purge is a self-renewing task: each run purges
what is due and queues the next run with ``run_after`` (KINDRED_PURGE_INTERVAL_SECONDS,
default 5 minutes). The queued row lives in the database, so the chain survives worker
restarts. ``manage.py purge_chat`` purges once, now, and starts the chain (queuing nothing
when a run is already queued; run it at every deploy); ``--no-schedule`` only purges.
A second chain, should one appear, sees the other queued and does not renew, so the two
merge back into one; purging twice is harmless.
"""

from datetime import timedelta

from django.conf import settings
from django.tasks import task
from django.tasks.base import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from moderation.retention import chat_purge_due


def purge_interval() -> timedelta:
    return timedelta(seconds=getattr(settings, "KINDRED_PURGE_INTERVAL_SECONDS", 300))


def _queued_runs():
    return DBTaskResult.objects.filter(
        task_path=f"{__name__}.purge_chat", status=TaskResultStatus.READY
    )


def purge_schedule(*, delay: timedelta | None = None) -> bool:
    """Queue the next purge run unless one is already queued. True if it queued one."""
    if _queued_runs().exists() or not purge_chat.get_backend().supports_defer:
        return False
    purge_chat.using(run_after=timezone.now() + (delay or timedelta(0))).enqueue()
    return True


@task()
def purge_chat() -> int:
    """Purge chat whose retention has run out, then queue the next run."""
    purged = chat_purge_due()
    purge_schedule(delay=purge_interval())
    return purged
