"""Small helpers every app's views share."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from kindred.errors import NotAllowed, NotFound, ServiceError


def service_error_response(
    request: HttpRequest,
    error: ServiceError,
    *,
    template: str = "service_error.html",
    context: dict | None = None,
) -> HttpResponse:
    """Turn a service's refusal into a clear page with its 4xx status (400/403/409).

    What must stay hidden (NotFound) becomes the site's ordinary 404, so a private group
    looks exactly like one that does not exist. ``template`` lets a form view re-render
    itself with the error shown on the field it concerns (see ``kindred.forms.attach_error``).
    Someone not signed in who is asked to sign in is sent to the login page instead.
    """
    if isinstance(error, NotFound):
        raise Http404(error.detail)
    if error.code == "login_required":
        return redirect_to_login(request.get_full_path())
    ctx = {"error": error, **(context or {})}
    return render(request, template, ctx, status=error.status)


def handles_service_errors(view):
    """Decorate a view so any ServiceError it lets through becomes service_error_response.

    The one error decorator of every app's views. A visitor who is refused (NotAllowed) is
    first asked to log in, since signing in may be all that is missing."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except ServiceError as error:
            if isinstance(error, NotAllowed) and not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            return service_error_response(request, error)

    return wrapper
