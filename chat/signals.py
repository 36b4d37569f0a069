"""Live rooms keep copies of their meeting, its series and its group (chat/roomcalls.py): a
change saved through the models reaches them at once. Something new, or deleted with its
rooms, has no live copies to drop. Connected by ChatConfig.ready()."""

from __future__ import annotations

from django.db.models.signals import post_save

from chat.announce import room_copies_stale
from groups.models import Group
from meetings.models import MeetingSeries, Occurrence


def _group_changed(sender, instance, created=False, **kwargs) -> None:
    if not created:
        room_copies_stale(group_id=instance.pk)


def _series_changed(sender, instance, created=False, **kwargs) -> None:
    if not created:
        room_copies_stale(group_id=instance.group_id)


def _occurrence_changed(sender, instance, created=False, **kwargs) -> None:
    if not created:
        room_copies_stale(occurrence_id=instance.pk)


def connect() -> None:
    for model, receiver in (
        (Group, _group_changed),
        (MeetingSeries, _series_changed),
        (Occurrence, _occurrence_changed),
    ):
        post_save.connect(receiver, sender=model, dispatch_uid=f"room-copies-{model.__name__}")
