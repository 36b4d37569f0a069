"""Library pieces other pages include without knowing the library's rules.

``{% load library_tags %}``, then:

- ``{% library_links group %}``: "Library" and "Read quietly" links for someone who may use them.
- ``{% daily_reading group %}``: the group's reading for today in the viewer's time zone.
- ``{% daily_readings_mine %}``: today's readings from every group the viewer belongs to.
- ``{% room_script occurrence %}``: the meeting's script for the live room, the current
  section marked, with "Move here" buttons (``data-section-move``) for the chair and
  moderators; the room's script sends ``{"type": "section.move", "section_id": ...}``.
"""

from django import template

from kindred.policy import Action, allows, may_lead_meeting, standing_for
from library.selectors import daily_reading_for, daily_readings_for_user, room_script_for
from meetings.lifecycle import occurrence_chair_id

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


@register.inclusion_tag("library/_room_script.html", takes_context=True)
def room_script(context, occurrence) -> dict:
    user = _user(context)
    script, sections, current = room_script_for(occurrence=occurrence)
    standing = context.get("standing")
    if standing is None or getattr(standing, "group", None) != occurrence.series.group:
        standing = standing_for(user=user, group=occurrence.series.group)
    return {
        "script": script,
        "sections": sections,
        "current_section_id": current,
        "chair_controls": bool(sections)
        and may_lead_meeting(standing, chair_id=occurrence_chair_id(occurrence)),
        "readings_url_pk": occurrence.pk,
    }
