"""Moved to kindred/events.py; these names stay importable from here until every importer
uses kindred.events."""

from kindred.events import (
    room_event_on_commit,
    room_group_name,
    send_on_commit,
    user_event_on_commit,
    user_group_name,
)

__all__ = [
    "room_event_on_commit",
    "room_group_name",
    "send_on_commit",
    "user_event_on_commit",
    "user_group_name",
]
