"""Reads for meetings: schedules (group and personal), one occurrence, RSVP summaries.

Schedules combine the series' rules (expanded in memory) with the stored occurrences
(overrides, RSVPs, live rooms) in a constant number of queries, however many series and
occurrences there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from groups.models import Group
from kindred import policy
from kindred.errors import NotFound
from meetings import recurrence
from meetings.lifecycle import OccurrenceState, occurrence_state
from meetings.models import MeetingSeries, Occurrence, Rsvp
from meetings.zones import ZoneKeep, series_keeping_instant


def occurrence_key(original_start: datetime) -> str:
    """The URL form of an occurrence's original start: UTC compact ISO, 20261125T190000Z."""
    return original_start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def parse_occurrence_key(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError as exc:
        raise NotFound() from exc


@dataclass
class OccurrenceView:
    """One row of a schedule: an occurrence (stored or built from the rule) and what the
    viewer needs to see about it."""

    occurrence: Occurrence
    state: OccurrenceState
    viewer_zone: ZoneInfo
    going: int = 0
    maybe: int = 0
    my_answer: str | None = None
    names: dict[str, list[str]] = field(default_factory=dict)

    @property
    def series(self) -> MeetingSeries:
        return self.occurrence.series

    @property
    def group(self) -> Group:
        return self.occurrence.series.group

    @property
    def stored(self) -> bool:
        return self.occurrence.pk is not None

    @property
    def moved(self) -> bool:
        o = self.occurrence
        rule_end = o.original_start + timedelta(minutes=o.series.duration_minutes)
        return o.start != o.original_start or o.end != rule_end

    @property
    def start(self) -> datetime:
        return self.occurrence.start.astimezone(self.viewer_zone)

    @property
    def end(self) -> datetime:
        return self.occurrence.end.astimezone(self.viewer_zone)

    @property
    def original_start(self) -> datetime:
        return self.occurrence.original_start.astimezone(self.viewer_zone)

    @property
    def group_start(self) -> datetime:
        return self.occurrence.start.astimezone(ZoneInfo(self.group.timezone))

    @property
    def group_end(self) -> datetime:
        return self.occurrence.end.astimezone(ZoneInfo(self.group.timezone))

    @property
    def shows_group_time(self) -> bool:
        """True when the group's wall clock differs from the viewer's at that moment."""
        return self.start.utcoffset() != self.group_start.utcoffset() or (
            self.start.tzname() != self.group_start.tzname()
        )

    @property
    def url(self) -> str:
        if self.stored:
            return reverse("meetings:occurrence", kwargs={"pk": self.occurrence.pk})
        return reverse(
            "meetings:occurrence_at",
            kwargs={
                "series_pk": self.series.pk,
                "key": occurrence_key(self.occurrence.original_start),
            },
        )

    @property
    def enter_url(self) -> str:
        """Enter the live room (stores the occurrence first if needed)."""
        return reverse(
            "meetings:enter",
            kwargs={
                "series_pk": self.series.pk,
                "key": occurrence_key(self.occurrence.original_start),
            },
        )

    @property
    def room_open(self) -> bool:
        return self.state in (OccurrenceState.LOBBY, OccurrenceState.LIVE)


def week_window(*, week: str | None, zone: ZoneInfo, today: date | None = None):
    """(monday, [start, end) as aware datetimes) of an ISO week "YYYY-Www" in ``zone``.
    An unknown, malformed or far away week gives the current one."""
    today = today or timezone.now().astimezone(zone).date()
    monday = None
    if week:
        try:
            monday = datetime.strptime(week + "-1", "%G-W%V-%u").date()  # noqa: DTZ007 (a date)
        except ValueError:
            monday = None
        # Schedules reach a year back and two years ahead; beyond, the current week.
        if monday is not None and not (
            today - timedelta(days=366) <= monday <= today + timedelta(days=366 * 2)
        ):
            monday = None
    if monday is None:
        monday = today - timedelta(days=today.weekday())
    start = datetime.combine(monday, datetime.min.time(), tzinfo=zone)
    end = datetime.combine(monday + timedelta(days=7), datetime.min.time(), tzinfo=zone)
    return monday, start.astimezone(UTC), end.astimezone(UTC)


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _build(
    *,
    series_list: list[MeetingSeries],
    start: datetime,
    end: datetime,
    viewer,
    viewer_zone: ZoneInfo,
    names_for_groups: set[int] = frozenset(),
    extra: list[Occurrence] = (),
) -> list[OccurrenceView]:
    """Occurrences of ``series_list`` starting in ``[start, end)`` (by actual start), in
    order, plus the stored occurrences ``extra`` (meetings of other groups the viewer
    answered). Four queries at most, whatever the number of series."""
    if not series_list and not extra:
        return []
    by_pk = {s.pk: s for s in series_list}
    by_pk.update({o.series_id: o.series for o in extra if o.series_id not in by_pk})
    # Stored occurrences that start in the window, or whose rule slot is in the window
    # (they may have been moved out of it).
    stored = list(
        Occurrence.objects.filter(
            Q(series_id__in=[s.pk for s in series_list])
            & (
                Q(start__gte=start, start__lt=end)
                | Q(original_start__gte=start, original_start__lt=end)
            )
            | Q(pk__in=[o.pk for o in extra], start__gte=start, start__lt=end)
        ).annotate(
            n_going=Count("rsvps", filter=Q(rsvps__answer=Rsvp.Answer.GOING)),
            n_maybe=Count("rsvps", filter=Q(rsvps__answer=Rsvp.Answer.MAYBE)),
        )
    )
    for o in stored:
        o.series = by_pk[o.series_id]
    keyed = {(o.series_id, o.original_start): o for o in stored}
    items: list[Occurrence] = [o for o in stored if start <= o.start < end]
    for series in series_list:
        rule = recurrence.Rule.for_series(series)
        for slot in recurrence.expand(rule, start, end):
            if (series.pk, slot.start) in keyed:
                continue
            items.append(
                Occurrence(series=series, original_start=slot.start, start=slot.start, end=slot.end)
            )
    items.sort(key=lambda o: (o.start, o.series.title, o.series_id))

    stored_ids = [o.pk for o in items if o.pk is not None]
    mine: dict[int, str] = {}
    names: dict[int, dict[str, list[str]]] = {}
    if stored_ids and viewer is not None and viewer.is_authenticated:
        mine = dict(
            Rsvp.objects.filter(occurrence_id__in=stored_ids, user=viewer).values_list(
                "occurrence_id", "answer"
            )
        )
    if stored_ids and names_for_groups:
        for occurrence_id, answer, name in (
            Rsvp.objects.filter(
                occurrence_id__in=stored_ids,
                occurrence__series__group_id__in=names_for_groups,
            )
            .exclude(answer=Rsvp.Answer.NOT_GOING)
            .order_by("user__display_name")
            .values_list("occurrence_id", "answer", "user__display_name")
        ):
            names.setdefault(occurrence_id, {}).setdefault(answer, []).append(name)
    now = timezone.now()
    return [
        OccurrenceView(
            occurrence=o,
            state=occurrence_state(o, at=now),
            viewer_zone=viewer_zone,
            going=getattr(o, "n_going", 0),
            maybe=getattr(o, "n_maybe", 0),
            my_answer=mine.get(o.pk),
            names=names.get(o.pk, {}),
        )
        for o in items
    ]


def schedule_for_group(
    *, group: Group, viewer, start: datetime, end: datetime, viewer_zone: ZoneInfo
) -> list[OccurrenceView]:
    """The group's meetings in ``[start, end)``. The caller has checked VIEW_GROUP."""
    series_list = list(MeetingSeries.objects.filter(group=group).select_related("group", "chair"))
    standing = policy.standing_for(user=viewer, group=group)
    return _build(
        series_list=series_list,
        start=start,
        end=end,
        viewer=viewer,
        viewer_zone=viewer_zone,
        names_for_groups={group.pk} if standing.is_moderator else set(),
    )


def schedule_for_user(
    *, user, start: datetime, end: datetime, viewer_zone: ZoneInfo
) -> list[OccurrenceView]:
    """All meetings of every group ``user`` belongs to (and is not banned from)."""
    from groups.models import Ban, Membership, Role

    memberships = list(
        Membership.objects.filter(user=user)
        .exclude(group__in=Ban.objects.active().filter(user=user).values("group"))
        .values_list("group_id", "role")
    )
    group_ids = [g for g, _ in memberships]
    moderated = {g for g, role in memberships if Role.rank(role) >= Role.rank(Role.MODERATOR)}
    series_list = list(
        MeetingSeries.objects.filter(group_id__in=group_ids).select_related("group", "chair")
    )
    return _build(
        series_list=series_list,
        start=start,
        end=end,
        viewer=user,
        viewer_zone=viewer_zone,
        names_for_groups=moderated,
        extra=answered_outside(user=user, group_ids=group_ids, start=start, end=end),
    )


def answered_outside(
    *, user, group_ids, start: datetime | None = None, end: datetime | None = None
) -> list[Occurrence]:
    """Meetings of groups the person does not belong to (open meetings they may listen
    to) that they answered "going" or "maybe": those belong in their own schedule and
    feed too. Meetings starting in ``[start, end)`` when given."""
    found = (
        Occurrence.objects.filter(
            rsvps__user=user, rsvps__answer__in=[Rsvp.Answer.GOING, Rsvp.Answer.MAYBE]
        )
        .exclude(series__group_id__in=group_ids)
        .select_related("series__group", "series__chair")
        .order_by("start", "pk")
    )
    if start is not None and end is not None:
        found = found.filter(start__gte=start, start__lt=end)
    allowed: dict[int, bool] = {}
    kept = []
    for occurrence in found:
        series = occurrence.series
        key = (series.group_id, series.is_open)
        if key not in allowed:
            standing = policy.standing_for(user=user, group=series.group)
            allowed[key] = policy.allows(
                standing, policy.Action.LISTEN, meeting_open=series.is_open
            )
        if allowed[key]:
            kept.append(occurrence)
    return kept


def occurrence_get_for_user(*, user, pk: int) -> tuple[Occurrence, policy.Standing]:
    """The occurrence if ``user`` may see its group; NotFound otherwise."""
    occurrence = (
        Occurrence.objects.select_related("series__group", "series__chair", "chair")
        .filter(pk=pk)
        .first()
    )
    if occurrence is None:
        raise NotFound()
    standing = policy.standing_for(user=user, group=occurrence.series.group)
    policy.require(standing, policy.Action.VIEW_GROUP)
    return occurrence, standing


def series_get_for_user(*, user, pk: int) -> tuple[MeetingSeries, policy.Standing]:
    series = MeetingSeries.objects.select_related("group", "chair").filter(pk=pk).first()
    if series is None:
        raise NotFound()
    standing = policy.standing_for(user=user, group=series.group)
    policy.require(standing, policy.Action.VIEW_GROUP)
    return series, standing


def occurrence_unstored(*, series: MeetingSeries, original_start: datetime) -> Occurrence:
    """The stored occurrence, or an unsaved one built from the rule; NotFound if the rule
    has no meeting at that time."""
    stored = Occurrence.objects.filter(series=series, original_start=original_start).first()
    if stored is not None:
        return stored
    slot = recurrence.slot_for(recurrence.Rule.for_series(series), original_start)
    if slot is None:
        raise NotFound()
    return Occurrence(series=series, original_start=slot.start, start=slot.start, end=slot.end)


def rsvp_summary(*, occurrence: Occurrence, user, standing: policy.Standing) -> dict:
    """Counts for everyone who may see the group; names only for moderators."""
    if occurrence.pk is None:
        return {"going": 0, "maybe": 0, "not_going": 0, "mine": None, "names": None}
    counts = dict(
        occurrence.rsvps.values("answer").annotate(n=Count("pk")).values_list("answer", "n")
    )
    summary = {
        "going": counts.get(Rsvp.Answer.GOING, 0),
        "maybe": counts.get(Rsvp.Answer.MAYBE, 0),
        "not_going": counts.get(Rsvp.Answer.NOT_GOING, 0),
        "mine": None,
        "names": None,
    }
    if user is not None and user.is_authenticated:
        summary["mine"] = (
            occurrence.rsvps.filter(user=user).values_list("answer", flat=True).first()
        )
    if standing.is_moderator:
        names: dict[str, list[str]] = {}
        for answer, name in occurrence.rsvps.order_by("user__display_name").values_list(
            "answer", "user__display_name"
        ):
            names.setdefault(answer, []).append(name)
        summary["names"] = names
    return summary


def moderators_of(*, group: Group):
    """People who may chair the group's meetings."""
    from accounts.models import User
    from groups.models import Ban, Role

    return (
        User.objects.filter(
            memberships__group=group, memberships__role__in=[Role.MODERATOR, Role.OWNER]
        )
        .exclude(pk__in=Ban.objects.active().filter(group=group).values("user"))
        .order_by("display_name", "pk")
    )


def upcoming_for_series(*, series: MeetingSeries, count: int = 5) -> list[datetime]:
    """The next few rule starts (UTC) of a series, for previews."""
    now = timezone.now()
    rule = recurrence.Rule.for_series(series)
    return [s.start for s in recurrence.expand(rule, now, now + timedelta(days=200))][:count]


def series_current_or_next(*, series: MeetingSeries) -> Occurrence | None:
    """The occurrence of ``series`` whose room is open now, else the next one to come."""
    now = timezone.now()
    views = _build(
        series_list=[series],
        start=now - timedelta(hours=9),
        end=now + timedelta(days=90),
        viewer=None,
        viewer_zone=ZoneInfo("UTC"),
    )
    for view in views:
        if view.state in (OccurrenceState.LOBBY, OccurrenceState.LIVE):
            return view.occurrence
    for view in views:
        if view.state == OccurrenceState.UPCOMING:
            return view.occurrence
    return None


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
