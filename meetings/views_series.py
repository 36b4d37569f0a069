"""Pages that shape a group's schedule: a meeting series (create, edit, delete) and the
group's time zone. Thin adapters over meetings.selectors and meetings.scheduling."""

from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from groups import selectors as group_selectors
from kindred import policy
from kindred.errors import ServiceError
from kindred.forms import attach_error
from kindred.views import handles_service_errors
from meetings import scheduling, selectors, zone_previews
from meetings.forms import (
    SeriesForm,
    ZoneChangeForm,
)


def _series_fields(data: dict) -> dict:
    return {k: v for k, v in data.items() if k in scheduling.SERIES_FIELDS}


def _series_form_page(
    request: HttpRequest, *, standing, group, series, initial: dict, save, saved: str
) -> HttpResponse:
    """The series form for `group`, for moderators only: on a valid POST,
    `save(**fields)` the series, say `saved` (and warn of a clock change near its time) and
    go to the schedule; otherwise the form again, with its errors."""
    policy.require(standing, policy.Action.MODERATE)
    form = SeriesForm(
        request.POST or None,
        chairs=selectors.moderators_of(group=group),
        group_zone=group.timezone,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved_series = save(**_series_fields(form.cleaned_data))
        except ServiceError as error:
            if error.status != 400:
                raise
            attach_error(form, error)
        else:
            messages.success(request, saved)
            if warning := zone_previews.series_gap_warning(series=saved_series):
                messages.warning(request, warning)
            return redirect("meetings:group_schedule", slug=group.slug)
    return render(
        request,
        "meetings/series_form.html",
        {"form": form, "group": group, "series": series},
        status=400 if form.errors else 200,
    )


@login_required
@handles_service_errors
def series_create(request: HttpRequest, slug: str) -> HttpResponse:
    group = group_selectors.group_by_slug(slug=slug)
    return _series_form_page(
        request,
        standing=policy.standing_for(user=request.user, group=group),
        group=group,
        series=None,
        initial={"start_date": timezone.now().astimezone(ZoneInfo(group.timezone)).date()},
        save=lambda **fields: scheduling.series_create(actor=request.user, group=group, **fields),
        saved=gettext("The meeting is scheduled."),
    )


@login_required
@handles_service_errors
def series_edit(request: HttpRequest, pk: int) -> HttpResponse:
    series, standing = selectors.series_get_for_user(user=request.user, pk=pk)
    return _series_form_page(
        request,
        standing=standing,
        group=series.group,
        series=series,
        initial={name: getattr(series, name) for name in scheduling.SERIES_FIELDS},
        save=lambda **fields: scheduling.series_update(actor=request.user, series=series, **fields),
        saved=gettext("The meeting series is saved."),
    )


@login_required
@handles_service_errors
def series_delete(request: HttpRequest, pk: int) -> HttpResponse:
    series, standing = selectors.series_get_for_user(user=request.user, pk=pk)
    policy.require(standing, policy.Action.MODERATE)
    if request.method == "POST":
        try:
            scheduling.series_delete(actor=request.user, series=series)
        except ServiceError as error:
            if error.status == 404:
                raise
            messages.error(request, error.detail)
        else:
            messages.success(request, gettext("The meeting series is deleted."))
        return redirect("meetings:group_schedule", slug=series.group.slug)
    return render(
        request, "meetings/series_confirm_delete.html", {"series": series, "group": series.group}
    )


@login_required
@require_http_methods(["GET", "POST"])
@handles_service_errors
def group_timezone(request: HttpRequest, slug: str) -> HttpResponse:
    """The owner changes the group's time zone in two steps: choose the zone and what the
    meetings keep, see what each coming meeting becomes, then confirm."""
    group = group_selectors.group_by_slug(slug=slug)
    policy.require(policy.standing_for(user=request.user, group=group), policy.Action.MANAGE_GROUP)
    form = ZoneChangeForm(request.POST or None, initial={"zone": group.timezone})
    rows = None
    if request.method == "POST" and form.is_valid():
        zone, keep = form.cleaned_data["zone"], form.cleaned_data["keep"]
        try:
            if "confirm" in request.POST:
                scheduling.group_timezone_change(
                    actor=request.user, group=group, zone=zone, keep=keep
                )
                messages.success(
                    request, gettext("The group's time zone is now %(zone)s.") % {"zone": zone}
                )
                return redirect("meetings:group_schedule", slug=group.slug)
            rows = zone_previews.group_timezone_preview(group=group, zone=zone, keep=keep)
        except ServiceError as error:
            if error.status != 400:
                raise
            attach_error(form, error)
    return render(
        request,
        "meetings/group_timezone.html",
        {"form": form, "group": group, "rows": rows},
        status=400 if form.errors else 200,
    )
