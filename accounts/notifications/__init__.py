"""Notifications outside the room: email and Web Push, per kind, exactly once per event
and person (docs/notifications.md lists every kind, its wording and who gets it).

Services call ``notify(kind, **data)`` inside their transaction: the task is queued only
after it commits, and the task worker delivers it (``tasks.send_notification``). ``data``
holds ids (JSON), never text: the task reads the rows when it runs.
"""

from __future__ import annotations

from django.db import transaction

from accounts.notifications.kinds import Kind
from accounts.notifications.tasks import send_notification

__all__ = ["Kind", "notify"]


def notify(kind: Kind, **data) -> None:
    """Queue one event's notifications once the current transaction commits."""
    kind = Kind(kind)
    # robust: a notification that cannot be queued is logged, and never fails the action
    # that already committed.
    transaction.on_commit(lambda: send_notification.enqueue(str(kind), data), robust=True)
