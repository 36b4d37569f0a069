from django import template
from django.conf import settings

from accounts.notifications.kinds import PUSH_ONLY, Kind
from accounts.notifications.models import NotificationPreference, PushDevice

register = template.Library()


@register.inclusion_tag("notifications/_profile_section.html", takes_context=True)
def notification_settings(context) -> dict:
    """The profile's notification choices (per kind, email and push) and push devices."""
    user = context["user"]
    prefs = {
        kind: (email, push)
        for kind, email, push in NotificationPreference.objects.filter(user=user).values_list(
            "kind", "email", "push"
        )
    }
    rows = []
    for kind in Kind:
        email, push = prefs.get(kind.value, (True, True))
        rows.append(
            {
                "kind": kind.value,
                "label": kind.label,
                "email": email,
                "push": push,
                "push_only": kind in PUSH_ONLY,
            }
        )
    return {
        "rows": rows,
        "devices": list(PushDevice.objects.filter(user=user)),
        "vapid_public_key": settings.VAPID_PUBLIC_KEY,
        "csrf_token": context.get("csrf_token"),
        "names_group": user.reminder_names_group,
    }
