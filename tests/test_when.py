"""{% when %}: the one way a time is shown (kindred/templatetags/kindred_time.py): in the
viewer's zone, the time alone today, the day and time otherwise, the exact time with the
zone's name in its title, focusable."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import timezone

TOKYO = ZoneInfo("Asia/Tokyo")


def _render(value, style=""):
    template = Template("{% when value " + (f'"{style}"' if style else "") + " %}")
    return template.render(Context({"value": value}))


@pytest.fixture
def in_tokyo():
    with timezone.override(TOKYO):
        yield


def test_a_time_today_shows_the_time_alone_in_the_viewers_zone(in_tokyo):
    now = timezone.localtime().replace(hour=9, minute=5, second=7, microsecond=0)
    value = now.astimezone(dt.UTC)
    html = _render(value)
    weekday, month = f"{now:%A}", f"{now:%B}"
    assert html == (
        f'<time class="when" datetime="{value.isoformat()}" '
        f'title="{weekday} {now.day} {month} {now.year}, 09:05:07 (Asia/Tokyo)" '
        'tabindex="0">09:05</time>'
    )


def test_another_day_shows_the_day_and_time_and_a_day_alone_when_asked(in_tokyo):
    value = dt.datetime(2024, 3, 1, 23, 30, tzinfo=dt.UTC)  # 2 March, 08:30 in Tokyo
    assert ">2 Mar 2024, 08:30</time>" in _render(value)
    assert 'title="Saturday 2 March 2024, 08:30:00 (Asia/Tokyo)"' in _render(value)
    assert ">2 Mar 2024</time>" in _render(value, "date")


def test_nothing_shows_nothing():
    assert _render(None) == ""


def test_a_range_is_two_times_the_end_alone_on_the_same_day(in_tokyo):
    start = dt.datetime(2024, 3, 1, 10, 0, tzinfo=dt.UTC)  # 19:00 in Tokyo
    html = Template("{% when_range a b %}").render(
        Context({"a": start, "b": start + dt.timedelta(hours=1)})
    )
    assert ">1 Mar 2024, 19:00</time>–<time" in html  # noqa: RUF001
    assert 'title="Friday 1 March 2024, 20:00:00 (Asia/Tokyo)" tabindex="0">20:00</time>' in html
    late = Template("{% when_range a b %}").render(
        Context({"a": start, "b": start + dt.timedelta(hours=6)})
    )
    assert ">2 Mar 2024, 01:00</time>" in late


def test_a_groups_time_is_shown_and_named_in_its_zone(in_tokyo):
    value = dt.datetime(2024, 3, 1, 10, 0, tzinfo=dt.UTC)
    html = Template('{% when value zone="Europe/London" %}').render(Context({"value": value}))
    assert 'title="Friday 1 March 2024, 10:00:00 (Europe/London)"' in html
    assert ">1 Mar 2024, 10:00</time>" in html
    assert ">Friday 1 Mar 2024</time>" in _render(value, "day")


@pytest.mark.parametrize(
    ("language", "month", "weekday"),
    [("es", "diciembre", "jueves"), ("ar", "ديسمبر", "الخميس")],
)
def test_the_same_time_uses_the_languages_month_and_day_names(in_tokyo, language, month, weekday):
    from django.utils import translation

    value = dt.datetime(2026, 12, 3, 7, 3, 27, tzinfo=dt.UTC)  # 16:03 in Tokyo, a Thursday
    with translation.override(language):
        html = _render(value)
    assert month in html and weekday in html and "December" not in html and "Thursday" not in html


@pytest.mark.parametrize(
    ("language", "shown", "note"),
    [
        ("en", "3 Dec 2026, 16:03", "Thursday 3 December, 16:03"),
        ("es", "3 dic 2026, 16:03", "jueves 3 de diciembre, 16:03"),
        ("ar", "3 ديسمبر 2026، 16:03", "الخميس 3 ديسمبر، 16:03"),
    ],
)
def test_each_language_puts_the_day_before_the_month_in_its_own_words(
    in_tokyo, language, shown, note
):
    from django.utils import translation
    from django.utils.formats import date_format

    value = dt.datetime(2026, 12, 3, 7, 3, 27, tzinfo=dt.UTC)  # 16:03 in Tokyo
    with translation.override(language):
        assert f">{shown}</time>" in _render(value)
        local = value.astimezone(dt.timezone(dt.timedelta(hours=9)))
        assert date_format(local, "NOTE_DATETIME_FORMAT") == note
