"""What a time change does to a group's meetings, read before anything is written: the
meetings whose start falls in a daylight-saving gap, and each coming meeting before and
after a change of the group's time zone (meetings.scheduling makes the change)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from groups.models import Group
from meetings import recurrence
from meetings.models import MeetingSeries
from meetings.zones import ZoneKeep, series_keeping_instant

# How far ahead a new or changed series is checked for meetings in a daylight-saving gap.
GAP_LOOKAHEAD_DAYS = 366


def _gap_sentence(day: date, becomes: datetime, at: str, zone: str) -> str:
    return _(
        "%(time)s on %(day)s does not exist in %(zone)s (the clocks go forward that "
        "night), so that meeting starts at %(becomes)s."
    ) % {
        "time": at,
        "day": f"{date_format(day, 'l')} {date_format(day)}",
        "zone": zone,
        "becomes": time_format(becomes),
    }


def series_gap_warning(*, series: MeetingSeries, today: date | None = None) -> str:
    """A sentence naming the meetings of ``series`` in the coming year whose start time
    falls in a daylight-saving gap and the time each becomes, or "" when none does."""
    rule = recurrence.Rule.for_series(series)
    today = today or timezone.now().astimezone(rule.zone).date()
    gaps = recurrence.gaps_between(rule, today, today + timedelta(days=GAP_LOOKAHEAD_DAYS))
    at = time_format(series.start_time)
    return " ".join(_gap_sentence(day, becomes, at, series.group.timezone) for day, becomes in gaps)


def move_gap_warning(*, start: datetime) -> str:
    """For a moved meeting's chosen local ``start`` (aware, in the zone the person chose):
    a sentence naming the time it becomes when that time falls in a daylight-saving gap,
    or ""."""
    becomes = recurrence.gap_wall_time(start)
    if becomes is None:
        return ""
    return _gap_sentence(start.date(), becomes, time_format(start), str(start.tzinfo))


@dataclass(frozen=True)
class ZoneChangeRow:
    """One coming meeting, now and after a change of the group's time zone."""

    title: str
    before: datetime  # aware, in the old zone
    after: datetime  # aware, in the new zone

    @property
    def shift(self) -> timedelta:
        return self.after - self.before

    @property
    def shift_text(self) -> str:
        minutes = int(self.shift.total_seconds() // 60)
        if minutes == 0:
            return _("the same moment for everyone")
        hours, rest = divmod(abs(minutes), 60)
        parts = [
            ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
            if hours
            else "",
            ngettext("%(count)d minute", "%(count)d minutes", rest) % {"count": rest}
            if rest
            else "",
        ]
        amount = get_text_list([part for part in parts if part], _("and"))
        if minutes > 0:
            return _("%(amount)s later for everyone") % {"amount": amount}
        return _("%(amount)s earlier for everyone") % {"amount": amount}


def group_timezone_preview(
    *, group: Group, zone: str, keep: str, count: int = 8
) -> list[ZoneChangeRow]:
    """The group's next ``count`` meetings as they are now and as they would be if the
    group moved to ``zone`` keeping local times or moments (``meetings.services.ZoneKeep``).
    Reads only; raises ServiceError like the change itself would (a monthly meeting that
    would change its day)."""
    old, new = ZoneInfo(group.timezone), ZoneInfo(zone)
    now = timezone.now()
    rows = []
    for series in MeetingSeries.objects.filter(group=group).order_by("pk"):
        series.group = group
        before_rule = recurrence.Rule.for_series(series, zone=str(old))
        after_series = MeetingSeries(
            **{f.attname: getattr(series, f.attname) for f in MeetingSeries._meta.concrete_fields}
        )
        after_series.weekdays = list(series.weekdays or ())
        if keep == ZoneKeep.INSTANT:
            series_keeping_instant(after_series, old=old, new=new)
        after_rule = recurrence.Rule.for_series(after_series, zone=zone)
        for slot in recurrence.expand(before_rule, now, now + timedelta(days=62))[:count]:
            before = slot.start.astimezone(old)
            day = before.date() if keep == ZoneKeep.LOCAL else slot.start.astimezone(new).date()
            after = recurrence.slot_on_local_date(after_rule, day)
            if after is not None:
                rows.append(ZoneChangeRow(series.title, before, after.start.astimezone(new)))
    rows.sort(key=lambda row: row.before)
    return rows[:count]
