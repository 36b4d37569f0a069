import zoneinfo

from django.utils import timezone

from accounts.models import selectable_timezones

# Set by static/js/zone.js from the browser's own zone, for people who are not signed in.
VISITOR_ZONE_COOKIE = "kindred_tz"


def visitor_zone(request) -> str | None:
    """The zone a signed-out visitor's browser reported, if it is one we offer."""
    zone = request.COOKIES.get(VISITOR_ZONE_COOKIE, "")
    return zone if zone in selectable_timezones() else None


class UserTimezoneMiddleware:
    """Show every time in the signed-in person's own zone; for visitors, in the zone their
    browser reported (UTC until it has)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        zone = user.timezone if user is not None and user.is_authenticated else None
        zone = zone or visitor_zone(request)
        try:
            if zone:
                timezone.activate(zoneinfo.ZoneInfo(zone))
            else:
                timezone.deactivate()
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.deactivate()
        return self.get_response(request)
