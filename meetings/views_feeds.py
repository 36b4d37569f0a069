"""Feed endpoints: iCalendar (group and personal) and the Meeting Guide JSON."""

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from accounts import selectors as account_selectors
from groups import selectors as group_selectors
from kindred.errors import NotFound
from kindred.views import handles_service_errors
from meetings import feeds, selectors

ICS = "text/calendar; charset=utf-8"


@require_GET
@cache_control(max_age=300, public=True)
def group_feed(request: HttpRequest, slug: str) -> HttpResponse:
    """The calendar of a public group (private groups have only personal feeds)."""
    try:
        group = group_selectors.group_by_slug(slug=slug)
    except NotFound as missing:
        raise Http404(gettext("No such group.")) from missing
    if not group.is_public:
        raise Http404(gettext("No such group."))
    response = HttpResponse(feeds.group_calendar(group), content_type=ICS)
    response["Content-Disposition"] = f'inline; filename="{group.slug}.ics"'
    return response


@require_GET
@cache_control(max_age=300, private=True)
def personal_feed(request: HttpRequest, token: str) -> HttpResponse:
    """Everything a person's groups meet for, at a secret address (no login: calendar apps
    fetch it). Resetting the token makes the old address a 404."""
    user = account_selectors.user_by_calendar_token(token=token)
    if user is None or not token:
        raise Http404("No such calendar.")
    response = HttpResponse(feeds.personal_calendar(user), content_type=ICS)
    response["Content-Disposition"] = 'inline; filename="my-meetings.ics"'
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
@cache_control(max_age=300, public=True)
def meeting_guide(request: HttpRequest) -> JsonResponse:
    response = JsonResponse(feeds.meeting_guide_feed(), safe=False)
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
@handles_service_errors
def occurrence_ics(request: HttpRequest, series_pk: int, key: str) -> HttpResponse:
    """One meeting as a calendar file ("add to calendar"), for whoever may see its group."""
    series, _ = selectors.series_get_for_user(user=request.user, pk=series_pk)
    occurrence = selectors.occurrence_unstored(
        series=series, original_start=selectors.parse_occurrence_key(key)
    )
    occurrence.series = series
    response = HttpResponse(feeds.occurrence_calendar(occurrence), content_type=ICS)
    response["Content-Disposition"] = f'attachment; filename="meeting-{key}.ics"'
    response["Cache-Control"] = "private, no-cache"
    return response


@require_GET
@handles_service_errors
def series_ics(request: HttpRequest, pk: int) -> HttpResponse:
    """A whole series as a calendar file, for whoever may see its group."""
    series, _ = selectors.series_get_for_user(user=request.user, pk=pk)
    response = HttpResponse(feeds.series_calendar(series), content_type=ICS)
    response["Content-Disposition"] = f'attachment; filename="meetings-{series.pk}.ics"'
    response["Cache-Control"] = "private, no-cache"
    return response
