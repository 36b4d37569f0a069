"""The admin has no login form of its own: signing in to the admin is signing in to Kindred
(allauth's login, with its rate limits and two-factor step), as a member of staff.

Django's own admin login form has no rate limit and no second factor, so it would be the
easy way in for someone guessing passwords. ``admin_login`` replaces it: it sends people
to the site's login and back, and never checks a password itself.
"""

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _


def admin_login(request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
    next_url = request.GET.get(REDIRECT_FIELD_NAME) or request.POST.get(REDIRECT_FIELD_NAME)
    if not next_url or not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("admin:index")
    user = request.user
    if user.is_authenticated:
        if user.is_active and user.is_staff:
            return redirect(next_url)
        raise PermissionDenied(_("This area is for site staff."))
    return redirect_to_login(next_url, login_url=reverse("account_login"))
