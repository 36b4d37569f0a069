"""Library pieces other pages include without knowing the library's rules.

``{% load library_tags %}``, then:

- ``{% library_links group %}``: "Library" and "Read quietly" links for someone who may use them.
- ``{% daily_reading group %}``: the group's reading for today in the viewer's time zone.
- ``{% daily_readings_mine %}``: today's readings from every group the viewer belongs to.
"""

from django import template

from kindred.policy import Action, allows, standing_for
from library.selectors import daily_reading_for, daily_readings_for_user

register = template.Library()


def _user(context):
    request = context.get("request")
    return getattr(request, "user", None) or context.get("user")


@register.inclusion_tag("library/_library_links.html", takes_context=True)
def library_links(context, group, standing=None) -> dict:
    standing = standing or context.get("standing")
    if standing is None or getattr(standing, "group", None) != group:
        standing = standing_for(user=_user(context), group=group)
    return {
        "group": group,
        "may_read": allows(standing, Action.READ_LIBRARY),
        "may_see": allows(standing, Action.VIEW_GROUP),
        "signed_in": standing.signed_in,
    }


@register.inclusion_tag("library/_daily_reading.html", takes_context=True)
def daily_reading(context, group, standing=None) -> dict:
    standing = standing or context.get("standing")
    if standing is not None and getattr(standing, "group", None) != group:
        standing = None
    return {
        "daily_reading": daily_reading_for(group=group, user=_user(context), standing=standing),
        "show_group": False,
    }


@register.inclusion_tag("library/_daily_readings_mine.html", takes_context=True)
def daily_readings_mine(context) -> dict:
    return {"daily_readings": daily_readings_for_user(user=_user(context))}
