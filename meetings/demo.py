"""Demo meetings for the demo groups. Safe to run again.

Every demo group gets its regular meetings. The open group also gets a daily "Drop-in"
whose next meeting is brought forward to now and started, so one room is live whenever the
demo is loaded (running the demo again leaves a live or open room alone).
"""

from datetime import date, time, timedelta

from django.db import transaction
from django.utils import timezone

from accounts.demo import demo_user
from groups.demo import OPEN_GROUP_SLUG
from groups.models import Group
from meetings import occurrences, recurrence, scheduling, services
from meetings.lifecycle import OccurrenceState, occurrence_state
from meetings.models import MeetingSeries, Occurrence

DROP_IN = "Drop-in"

DEMO_SERIES = {
    OPEN_GROUP_SLUG: [
        {
            "title": "Thursday evening share",
            "format": "discussion",
            "is_open": True,
            "weekdays": [1, 3],
            "start_time": time(19, 30),
            "description": "Tuesdays and Thursdays. Listen or share; both are welcome.",
        },
        {
            "title": DROP_IN,
            "format": "newcomers",
            "is_open": True,
            "weekdays": [0, 1, 2, 3, 4, 5, 6],
            "start_time": time(12, 0),
            "duration_minutes": 60,
            "description": "A short daily drop-in for anyone new or having a hard day.",
        },
        {
            "title": "Service meeting",
            "format": "business",
            "frequency": "monthly",
            "monthly_ordinal": 1,
            "monthly_weekday": 5,
            "start_time": time(10, 0),
            "weekdays": [],
        },
    ],
    "steady-ground": [
        {
            "title": "Sunday remembrance",
            "format": "discussion",
            "weekdays": [6],
            "start_time": time(18, 0),
            "duration_minutes": 75,
        },
        {
            "title": "Reading together",
            "format": "literature",
            "weekdays": [2],
            "start_time": time(20, 0),
        },
    ],
    "quiet-harbour": [
        {
            "title": "Step study",
            "format": "step_study",
            "weekdays": [2],
            "interval": 2,
            "start_time": time(20, 0),
            "duration_minutes": 90,
        },
        {
            "title": "Morning meditation",
            "format": "meditation",
            "weekdays": [5],
            "start_time": time(8, 30),
            "duration_minutes": 30,
        },
    ],
}


@transaction.atomic
def create_demo() -> None:
    owner = demo_user("owner")
    moderator = demo_user("moderator")
    start = date.today() - timedelta(days=14)  # noqa: DTZ011 (a demo start date)
    for slug, specs in DEMO_SERIES.items():
        group = Group.objects.filter(slug=slug).first()
        if group is None:
            continue
        for spec in specs:
            if MeetingSeries.objects.filter(group=group, title=spec["title"]).exists():
                continue
            scheduling.series_create(
                actor=owner, group=group, chair=moderator, start_date=start, **spec
            )
    _live_drop_in(owner)


def _live_drop_in(owner) -> None:
    series = (
        MeetingSeries.objects.filter(group__slug=OPEN_GROUP_SLUG, title=DROP_IN)
        .select_related("group")
        .first()
    )
    if series is None:
        return
    now = timezone.now()
    for occurrence in Occurrence.objects.filter(
        series=series, start__lte=now + timedelta(minutes=30), end__gte=now
    ):
        occurrence.series = series
        if occurrence_state(occurrence, at=now) in (OccurrenceState.LOBBY, OccurrenceState.LIVE):
            return
    rule = recurrence.Rule.for_series(series)
    stored = set(Occurrence.objects.filter(series=series).values_list("original_start", flat=True))
    slot = next(
        (
            s
            for s in recurrence.expand(rule, now + timedelta(hours=1), now + timedelta(days=3))
            if s.start not in stored
        ),
        None,
    )
    if slot is None:
        return
    occurrence = occurrences.occurrence_materialize(series=series, original_start=slot.start)
    services.occurrence_move(
        actor=owner,
        occurrence=occurrence,
        start=now + timedelta(minutes=1),
        duration_minutes=180,
    )
    services.occurrence_note(
        actor=owner, occurrence=occurrence, note="Brought forward for the demo: it is on now."
    )
    services.occurrence_start_now(actor=owner, occurrence=occurrence)
