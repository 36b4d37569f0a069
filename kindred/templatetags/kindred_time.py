"""``{% when value %}``: the one way a time is shown, on every page and in the room.

In the viewer's zone (their profile's, else their browser's: accounts/middleware.py); a
time today as ``16:03``, any other as ``3 Dec 2026, 16:03`` (``{% when value "date" %}``:
the day alone; ``"day"``: the day with its weekday, for a schedule's headings; ``"time"``:
the time alone, under such a heading); the exact time (``Thursday 3 December 2026,
16:03:27 (Asia/Tokyo)``) on hover (title) and on keyboard focus (a tooltip, kindred.css).
``zone="Europe/London"`` shows it in that zone instead (a group's own time). static/js/
room.js ``timeElement`` builds the same element for the room's live messages.
``{% when_range start end %}`` is a pair of them, the end as a time alone on the same
day."""

from datetime import date, datetime

from django import template
from django.utils import timezone
from django.utils.formats import date_format, get_format
from django.utils.html import format_html
from django.utils.safestring import SafeString

register = template.Library()


def exact(value: datetime) -> str:
    local = timezone.localtime(value)
    zone = timezone.get_current_timezone_name()
    return f"{date_format(local, get_format('EXACT_DATETIME_FORMAT'))} ({zone})"


def _day(value: date, style: str) -> str:
    shown = date_format(value)
    return f"{date_format(value, 'l')} {shown}" if style == "day" else shown


@register.simple_tag
def when(value, style: str = "", zone: str = "") -> str:
    if zone:
        with timezone.override(zone):
            return when(value, style)
    if not value:
        return ""
    if not isinstance(value, datetime):
        if isinstance(value, date):
            return format_html(
                '<time datetime="{}">{}</time>', value.isoformat(), _day(value, style)
            )
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    if style in ("date", "day"):
        shown = _day(local.date(), style)
    elif style == "time" or local.date() == timezone.localdate():
        shown = date_format(local, "TIME_FORMAT")
    else:
        shown = date_format(local, "DATETIME_FORMAT")
    return format_html(
        '<time class="when" datetime="{}" title="{}" tabindex="0">{}</time>',
        value.isoformat(),
        exact(value),
        shown,
    )


@register.simple_tag
def exact_format() -> str:
    """The exact time's format in the page's language, for static/js/room.js."""
    return get_format("EXACT_DATETIME_FORMAT")


@register.simple_tag
def when_range(start, end, style: str = "", zone: str = "") -> SafeString:
    """A meeting's start and end: ``{% when %}`` twice, the end as a time alone when it
    falls on the start's day (``"time"``: both as times alone, under a day's heading)."""
    if zone:
        with timezone.override(zone):
            return when_range(start, end, style)
    if not start:
        return SafeString("")
    same_day = end and timezone.localtime(end).date() == timezone.localtime(start).date()
    return format_html(
        "{}–{}",  # noqa: RUF001 (an en dash between two times)
        when(start, style),
        when(end, "time" if same_day else style),
    )
