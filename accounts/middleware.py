import zoneinfo

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy

from accounts.models import selectable_timezones
from accounts.services import two_factor_review

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


class TwoFactorDueMiddleware:
    """Once the grace period for two-factor authentication has passed (a group owner,
    moderator or staff member without it: accounts.services.two_factor_review), every page
    but the two-factor settings, reauthentication and signing out leads there. Costs
    nothing for anyone else: it reads a column of the already loaded user."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        due = user.two_factor_due_at if user is not None and user.is_authenticated else None
        # They may have lost the role, or turned it on, since it was asked for.
        if (
            due is not None
            and timezone.now() >= due
            and not _always_open(request.path)
            and two_factor_review(user=user) is not None
        ):
            messages.warning(request, TWO_FACTOR_NOW)
            return redirect("mfa_index")
        return self.get_response(request)


TWO_FACTOR_NOW = gettext_lazy(
    "Your account moderates or manages a group, so it needs two-factor authentication. "
    "Turn it on to continue."
)


def _always_open(path: str) -> bool:
    return path.startswith(
        (
            reverse("mfa_index"),
            reverse("account_logout"),
            reverse("account_reauthenticate"),
            "/static/",
            # The app's own files: a service worker behind a redirect is an error in the
            # browser, and the two-factor pages themselves load with the app.
            reverse("manifest"),
            reverse("service_worker"),
            reverse("offline"),
            # The pages' words for their scripts (the two-factor pages need them too).
            reverse("javascript-catalog"),
        )
    )
