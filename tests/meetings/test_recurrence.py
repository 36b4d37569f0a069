"""The rule is local wall time plus a zone: 19:00 stays 19:00 there across DST changes."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from meetings import recurrence
from meetings.recurrence import Rule

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
TOKYO = ZoneInfo("Asia/Tokyo")
SYDNEY = ZoneInfo("Australia/Sydney")


def weekly(days, at, *, zone, start=date(2026, 1, 1), end=None, interval=1, minutes=60):
    return Rule(
        frequency="weekly",
        interval=interval,
        weekdays=tuple(days),
        monthly_ordinal=None,
        monthly_weekday=None,
        start_time=at,
        duration=timedelta(minutes=minutes),
        start_date=start,
        end_date=end,
        zone=zone,
    )


def monthly(ordinal, weekday, at, *, zone, start=date(2026, 1, 1), end=None, interval=1):
    return Rule(
        frequency="monthly",
        interval=interval,
        weekdays=(),
        monthly_ordinal=ordinal,
        monthly_weekday=weekday,
        start_time=at,
        duration=timedelta(minutes=60),
        start_date=start,
        end_date=end,
        zone=zone,
    )


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def test_new_york_spring_forward_keeps_local_time_and_moves_utc():
    rule = weekly([3], time(19, 0), zone=NY)  # Thursdays 19:00
    slots = recurrence.expand(rule, utc(2026, 3, 1), utc(2026, 3, 20))
    local = [s.start.astimezone(NY) for s in slots]
    assert [(d.day, d.hour, d.minute) for d in local] == [(5, 19, 0), (12, 19, 0), (19, 19, 0)]
    # EST (UTC-5) before 8 March, EDT (UTC-4) after.
    assert [s.start for s in slots] == [
        utc(2026, 3, 6, 0),
        utc(2026, 3, 12, 23),
        utc(2026, 3, 19, 23),
    ]


def test_new_york_fall_back_keeps_local_time_and_moves_utc():
    rule = weekly([6], time(10, 0), zone=NY)  # Sundays 10:00
    slots = recurrence.expand(rule, utc(2026, 10, 25), utc(2026, 11, 9))
    assert [s.start for s in slots] == [
        utc(2026, 10, 25, 14),
        utc(2026, 11, 1, 15),
        utc(2026, 11, 8, 15),
    ]
    assert {s.start.astimezone(NY).hour for s in slots} == {10}


def test_london_both_changes_in_one_year():
    rule = weekly([0], time(19, 30), zone=LONDON)  # Mondays 19:30
    spring = recurrence.expand(rule, utc(2026, 3, 23), utc(2026, 4, 1))
    autumn = recurrence.expand(rule, utc(2026, 10, 19), utc(2026, 10, 28))
    assert [s.start for s in spring] == [utc(2026, 3, 23, 19, 30), utc(2026, 3, 30, 18, 30)]
    assert [s.start for s in autumn] == [utc(2026, 10, 19, 18, 30), utc(2026, 10, 26, 19, 30)]


def test_viewer_in_tokyo_sees_the_hour_shift_when_new_york_changes_clocks():
    """Tokyo has no DST: a New York 19:00 meeting is 09:00 next day, then 08:00."""
    rule = weekly([3], time(19, 0), zone=NY)
    slots = recurrence.expand(rule, utc(2026, 3, 1), utc(2026, 3, 14))
    tokyo = [s.start.astimezone(TOKYO) for s in slots]
    assert [(d.month, d.day, d.hour) for d in tokyo] == [(3, 6, 9), (3, 13, 8)]
    # Back in November: 08:00 becomes 09:00 again.
    slots = recurrence.expand(rule, utc(2026, 10, 25), utc(2026, 11, 7))
    assert [s.start.astimezone(TOKYO).hour for s in slots] == [8, 9]


def test_viewer_in_sydney_sees_both_zones_change():
    """London 19:30 on Mondays, seen from Sydney around April 2026 (Sydney's DST ends 5
    April; London's began 29 March)."""
    rule = weekly([0], time(19, 30), zone=LONDON)
    slots = recurrence.expand(rule, utc(2026, 3, 23), utc(2026, 4, 14))
    sydney = [s.start.astimezone(SYDNEY) for s in slots]
    # 23 Mar: GMT+0 / AEDT+11 -> 06:30; 30 Mar: BST+1 / AEDT+11 -> 05:30;
    # 6 Apr and 13 Apr: BST+1 / AEST+10 -> 04:30.
    assert [(d.day, d.hour, d.minute) for d in sydney] == [
        (24, 6, 30),
        (31, 5, 30),
        (7, 4, 30),
        (14, 4, 30),
    ]


def test_gap_start_shifts_forward_by_the_gap():
    """02:30 on 8 March 2026 does not exist in New York: the meeting is at 03:30 EDT."""
    rule = weekly([6], time(2, 30), zone=NY)
    assert recurrence.is_nonexistent(date(2026, 3, 8), time(2, 30), NY)
    slots = recurrence.expand(rule, utc(2026, 3, 1), utc(2026, 3, 16))
    local = [s.start.astimezone(NY) for s in slots]
    assert [(d.day, d.hour, d.minute) for d in local] == [(1, 2, 30), (8, 3, 30), (15, 2, 30)]
    assert slots[1].start == utc(2026, 3, 8, 7, 30)
    assert slots[1].end - slots[1].start == timedelta(minutes=60)


def test_fold_start_uses_the_first_instant():
    """01:30 on 1 November 2026 happens twice in New York: the first (EDT) is used."""
    rule = weekly([6], time(1, 30), zone=NY)
    slots = recurrence.expand(rule, utc(2026, 10, 31), utc(2026, 11, 2))
    assert [s.start for s in slots] == [utc(2026, 11, 1, 5, 30)]
    assert slots[0].start.astimezone(NY).utcoffset() == timedelta(hours=-4)


def test_every_two_weeks_on_several_days_counts_from_the_start_week():
    # Start on a Wednesday; Monday and Thursday every other week.
    rule = weekly([0, 3], time(18, 0), zone=UTC_ZONE, start=date(2026, 1, 7), interval=2)
    days = list(recurrence.local_dates(rule, date(2026, 1, 1), date(2026, 2, 10)))
    assert days == [
        date(2026, 1, 8),
        date(2026, 1, 19),
        date(2026, 1, 22),
        date(2026, 2, 2),
        date(2026, 2, 5),
    ]


UTC_ZONE = ZoneInfo("UTC")


def test_end_date_is_inclusive_and_start_date_respected():
    rule = weekly([4], time(12, 0), zone=UTC_ZONE, start=date(2026, 1, 2), end=date(2026, 1, 16))
    days = list(recurrence.local_dates(rule, date(2025, 12, 1), date(2026, 3, 1)))
    assert days == [date(2026, 1, 2), date(2026, 1, 9), date(2026, 1, 16)]


def test_monthly_nth_and_last_weekday():
    second_tuesday = monthly(2, 1, time(19, 0), zone=NY)
    last_friday = monthly(-1, 4, time(19, 0), zone=NY)
    first = date(2026, 1, 1)
    last = date(2026, 4, 30)
    assert list(recurrence.local_dates(second_tuesday, first, last)) == [
        date(2026, 1, 13),
        date(2026, 2, 10),
        date(2026, 3, 10),
        date(2026, 4, 14),
    ]
    assert list(recurrence.local_dates(last_friday, first, last)) == [
        date(2026, 1, 30),
        date(2026, 2, 27),
        date(2026, 3, 27),
        date(2026, 4, 24),
    ]


def test_monthly_every_other_month():
    rule = monthly(1, 0, time(9, 0), zone=UTC_ZONE, start=date(2026, 1, 1), interval=2)
    assert list(recurrence.local_dates(rule, date(2026, 1, 1), date(2026, 6, 30))) == [
        date(2026, 1, 5),
        date(2026, 3, 2),
        date(2026, 5, 4),
    ]


def test_rule_without_any_occurrence_has_no_first_date():
    # Only Mondays, but the series runs Tuesday to Sunday of one week.
    rule = weekly([0], time(19, 0), zone=NY, start=date(2026, 3, 3), end=date(2026, 3, 8))
    assert recurrence.first_date(rule) is None
    assert recurrence.first_date(weekly([1], time(19, 0), zone=NY, start=date(2026, 3, 3))) == (
        date(2026, 3, 3)
    )


def test_slot_for_recognises_only_rule_starts():
    rule = weekly([3], time(19, 0), zone=NY)
    assert recurrence.slot_for(rule, utc(2026, 3, 12, 23)) is not None
    assert recurrence.slot_for(rule, utc(2026, 3, 12, 22)) is None
    assert recurrence.slot_for(rule, utc(2026, 3, 11, 23)) is None


def test_window_edges_in_utc_catch_meetings_on_the_previous_local_day():
    """A Tokyo meeting at 08:00 Monday is Sunday 23:00 UTC."""
    rule = weekly([0], time(8, 0), zone=TOKYO)
    slots = recurrence.expand(rule, utc(2026, 3, 1, 0), utc(2026, 3, 2, 0))
    assert [s.start for s in slots] == [utc(2026, 3, 1, 23)]


def test_describe():
    assert recurrence.describe(weekly([0, 3], time(19, 0), zone=NY, interval=2)) == (
        "Every 2 weeks on Monday and Thursday at 19:00"
    )
    assert recurrence.describe(monthly(-1, 4, time(19, 0), zone=NY)) == (
        "Every month on the last Friday at 19:00"
    )


def test_gaps_between_names_each_meeting_in_a_gap_and_the_time_it_becomes():
    rule = Rule(
        frequency="weekly",
        interval=1,
        weekdays=(6,),
        monthly_ordinal=None,
        monthly_weekday=None,
        start_time=time(2, 30),
        duration=timedelta(hours=1),
        start_date=date(2026, 1, 4),
        end_date=None,
        zone=ZoneInfo("America/New_York"),
    )
    gaps = recurrence.gaps_between(rule, date(2026, 1, 1), date(2026, 12, 31))
    # Spring forward is on 8 March 2026; the autumn fold repeats a time and moves nothing.
    assert [(day, f"{becomes:%H:%M %Z}") for day, becomes in gaps] == [
        (date(2026, 3, 8), "03:30 EDT")
    ]
