from datetime import date, time

import pytest

from groups.models import Membership, Role


@pytest.fixture
def owner_of():
    def get(group):
        return Membership.objects.get(group=group, role=Role.OWNER).user

    return get


@pytest.fixture
def series_factory(db, owner_of):
    """Schedule a series through the service, as the group's owner."""
    from meetings.scheduling import series_create

    def make(group, *, actor=None, **fields):
        values = {
            "title": "Evening share",
            "format": "discussion",
            "weekdays": [3],
            "start_time": time(19, 0),
            "duration_minutes": 60,
            "start_date": date(2026, 1, 1),
        }
        values.update(fields)
        return series_create(actor=actor or owner_of(group), group=group, **values)

    return make


class Clock:
    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch
        self.value = None

    def set(self, value):
        from django.utils import timezone

        self.value = value
        self.monkeypatch.setattr(timezone, "now", lambda: self.value)
        return value


@pytest.fixture
def clock(monkeypatch):
    """Fix ``django.utils.timezone.now()`` for services, selectors and the lifecycle."""
    return Clock(monkeypatch)
