"""The shape of the data export (moderation/privacy.py: account_export): a section is the
rows of one model that point at the person, each turned into JSON-ready data by its own
function, which names meetings and groups but never other people."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.db.models import QuerySet


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def meeting(occurrence) -> dict:
    """A meeting, named by its group, title and start (never by its people)."""
    if occurrence is None:
        return {"group": None, "meeting": None, "meeting_start": None}
    return {
        "group": occurrence.series.group.name,
        "meeting": occurrence.series.title,
        "meeting_start": iso(occurrence.start),
    }


@dataclass(frozen=True)
class Section:
    """One part of the export: the rows of ``model`` whose ``field`` is the person."""

    name: str
    model: str  # app label and model name, e.g. "chat.Message"
    field: str
    row: Callable[[object], dict]
    related: tuple[str, ...] = ()
    # Why these rows are not given to the person (another's private choice about them,
    # which telling would defeat). The section is declared so that the export stays
    # complete on purpose; it always exports nothing.
    withheld: str = ""

    def rows_of(self, user) -> list[dict]:
        if self.withheld:
            return []
        model = apps.get_model(self.model)
        queryset: QuerySet = model._default_manager.filter(**{self.field: user})
        if self.related:
            queryset = queryset.select_related(*self.related)
        return [self.row(obj) for obj in queryset.order_by("pk")]
