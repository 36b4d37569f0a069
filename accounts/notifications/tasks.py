"""Notification tasks, run by the task worker (``manage.py db_worker``).

``send_notification`` delivers one event. When a mail server or a push service fails it
queues itself again with a growing delay (``RETRY_DELAYS``); what was already delivered is
not sent twice (``NotificationSent``). ``send_review_digests`` renews itself like the
reminder task (meetings.tasks) and sends moderators a digest when messages have waited in
a review queue longer than ``KINDRED_REVIEW_DIGEST_MINUTES``, and forgets the records of
deliveries older than ``SENT_KEPT``; ``manage.py schedule_notifications`` starts it.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.tasks import task
from django.tasks.base import TaskResultStatus
from django.utils import timezone

from accounts.notifications.delivery import deliver
from accounts.notifications.events import DIGEST_SOURCES
from accounts.notifications.kinds import Kind
from accounts.notifications.models import NotificationSent

RETRY_DELAYS = (timedelta(seconds=30), timedelta(minutes=2), timedelta(minutes=10))


@task()
def send_notification(kind: str, data: dict, attempt: int = 1) -> int:
    outcome = deliver(kind=kind, data=data)
    if outcome.failed and attempt <= len(RETRY_DELAYS):
        send_notification.using(run_after=timezone.now() + RETRY_DELAYS[attempt - 1]).enqueue(
            kind, data, attempt + 1
        )
    return outcome.sent


def digest_wait() -> timedelta:
    return timedelta(minutes=getattr(settings, "KINDRED_REVIEW_DIGEST_MINUTES", 30))


def digest_interval() -> timedelta:
    return timedelta(seconds=getattr(settings, "KINDRED_REVIEW_DIGEST_INTERVAL_SECONDS", 300))


def run_queued(task_path: str, *, besides: str | None = None) -> bool:
    """Whether a run of the task at `task_path` waits in the queue (other than the run
    `besides`, the one asking). Self-renewing tasks ask it so that one chain runs."""
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.filter(task_path=task_path, status=TaskResultStatus.READY)
    if besides is not None:
        queued = queued.exclude(id=besides)
    return queued.exists()


DIGESTS_PATH = f"{__name__}.send_review_digests"


def digests_schedule() -> bool:
    """Queue the digest run unless one is queued already. True if it queued one."""
    if run_queued(DIGESTS_PATH):
        return False
    send_review_digests.enqueue()
    return True


# How long the record of a delivery is kept: long after any retry, then forgotten.
SENT_KEPT = timedelta(days=90)


def sent_records_purge() -> int:
    deleted, _ = NotificationSent.objects.filter(sent_at__lt=timezone.now() - SENT_KEPT).delete()
    return deleted


def review_digests_send() -> int:
    """One digest per group whose queue holds messages older than the wait, per moderator;
    a new digest only once newer messages have waited that long too."""
    sent = 0
    for backlog in DIGEST_SOURCES:  # moderation.notifications registers the review queues'
        for data in backlog(wait=digest_wait()):
            sent += deliver(kind=Kind.REVIEW_WAITING, data=data).sent
    return sent


@task(takes_context=True)
def send_review_digests(context) -> int:
    sent = review_digests_send()
    sent_records_purge()
    if not run_queued(DIGESTS_PATH, besides=str(context.task_result.id)):
        send_review_digests.using(run_after=timezone.now() + digest_interval()).enqueue()
    return sent
