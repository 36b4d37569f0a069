"""``{% when value %}``: the one way a time is shown, on every page and in the room.

In the viewer's zone (their profile's, else their browser's: accounts/middleware.py); a
time today as ``16:03``, any other as ``3 Dec 2026, 16:03`` (``{% when value "date" %}``:
the day alone); the exact time (``Thursday 3 December 2026, 16:03:27 (Asia/Tokyo)``) on
hover (title) and on keyboard focus (a tooltip, kindred.css). static/js/room.js
``timeElement`` builds the same element for the room's live messages."""

from datetime import date, datetime

from django import template
from django.utils import timezone
from django.utils.formats import date_format, get_format
from django.utils.html import format_html

register = template.Library()


def exact(value: datetime) -> str:
    local = timezone.localtime(value)
    zone = timezone.get_current_timezone_name()
    return f"{date_format(local, get_format('EXACT_DATETIME_FORMAT'))} ({zone})"


@register.simple_tag
def when(value, style: str = "") -> str:
    if not value:
        return ""
    if not isinstance(value, datetime):
        if isinstance(value, date):
            return format_html(
                '<time datetime="{}">{}</time>', value.isoformat(), date_format(value)
            )
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    if style == "date":
        shown = date_format(local, "DATE_FORMAT")
    elif local.date() == timezone.localdate():
        shown = date_format(local, "TIME_FORMAT")
    else:
        shown = date_format(local, "DATETIME_FORMAT")
    return format_html(
        '<time class="when" datetime="{}" title="{}" tabindex="0">{}</time>',
        value.isoformat(),
        exact(value),
        shown,
    )
