"""Meeting pages: schedules, one occurrence, series and occurrence forms, RSVPs.

Each view: form -> selector -> service -> redirect or render. Refusals (kindred.errors)
become a clear message and a 4xx through kindred.views.
"""

from collections.abc import Callable
from datetime import timedelta
from zoneinfo import ZoneInfo

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_POST

from groups import selectors as group_selectors
from kindred import policy
from kindred.errors import ServiceError
from kindred.forms import form_refusal
from kindred.views import handles_service_errors
from meetings import calendar_links, occurrences, recurrence, selectors, services, zone_previews
from meetings.forms import (
    CancelForm,
    ChairForm,
    MoveForm,
    NoteForm,
    RsvpForm,
)
from meetings.lifecycle import OccurrenceState, closes_at, occurrence_chair_id, occurrence_state


def _viewer_zone() -> ZoneInfo:
    zone = timezone.get_current_timezone()
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo("UTC")


def _days(items: list[selectors.OccurrenceView], monday, zone: ZoneInfo) -> list[dict]:
    """The week as seven days (viewer's zone), each with its occurrences."""
    days = []
    for offset in range(7):
        day = monday + timedelta(days=offset)
        days.append(
            {"date": day, "items": [i for i in items if i.start.date() == day]},
        )
    return days


def _week_context(request: HttpRequest, items_for) -> dict:
    zone = _viewer_zone()
    monday, start, end = selectors.week_window(week=request.GET.get("week"), zone=zone)
    today = timezone.now().astimezone(zone).date()
    is_this_week = monday <= today <= monday + timedelta(days=6)
    open_elsewhen = []
    if is_this_week:
        # A room open now belongs on this week's page even when its meeting began last
        # week (Sunday's late meeting after midnight) or starts next week (Monday's
        # lobby on Sunday night). A meeting is at most a day with its lobby and grace.
        items = []
        for item in items_for(start - timedelta(days=1), end + timedelta(days=1), zone):
            if start <= item.start < end:
                items.append(item)
            elif item.room_open:
                open_elsewhen.append(item)
    else:
        items = items_for(start, end, zone)
    return {
        "items": items,
        "open_elsewhen": open_elsewhen,
        "days": _days(items, monday, zone),
        "monday": monday,
        "sunday": monday + timedelta(days=6),
        "week": selectors.iso_week(monday),
        "prev_week": selectors.iso_week(monday - timedelta(days=7)),
        "next_week": selectors.iso_week(monday + timedelta(days=7)),
        "this_week": selectors.iso_week(today),
        "is_this_week": is_this_week,
        "viewer_zone": zone.key,
    }


@handles_service_errors
def group_schedule(request: HttpRequest, slug: str) -> HttpResponse:
    group = group_selectors.group_by_slug(slug=slug)
    standing = policy.standing_for(user=request.user, group=group)
    policy.require(standing, policy.Action.VIEW_GROUP)
    context = _week_context(
        request,
        lambda start, end, zone: selectors.schedule_for_group(
            group=group, viewer=request.user, start=start, end=end, viewer_zone=zone
        ),
    )
    series_list = selectors.series_for_group(group=group)
    for series in series_list:
        series.rule_text = recurrence.describe(
            recurrence.Rule.for_series(series, zone=group.timezone)
        )
        series.group = group
        upcoming = selectors.upcoming_for_series(series=series, count=1)
        series.calendar = calendar_links.series_links(
            series, next_start=upcoming[0] if upcoming else None
        )
    reminded = standing.belongs and selectors.group_reminders_chosen(user=request.user, group=group)
    context.update(
        group=group,
        standing=standing,
        is_moderator=standing.is_moderator,
        series_list=series_list,
        reminded=reminded,
        group_zone=group.timezone,
    )
    return render(request, "meetings/schedule_group.html", context)


@login_required
def my_meetings(request: HttpRequest) -> HttpResponse:
    context = _week_context(
        request,
        lambda start, end, zone: selectors.schedule_for_user(
            user=request.user, start=start, end=end, viewer_zone=zone
        ),
    )
    context["feed_url"] = request.build_absolute_uri(
        reverse("meetings:personal_feed", kwargs={"token": request.user.calendar_token})
    )
    return render(request, "meetings/schedule_mine.html", context)


def _room_url(occurrence) -> str | None:
    try:
        return reverse("chat:room", kwargs={"pk": occurrence.pk})
    except NoReverseMatch:  # the live room is not installed
        return None


@handles_service_errors
def occurrence_detail(request: HttpRequest, pk: int) -> HttpResponse:
    occurrence, standing = selectors.occurrence_get_for_user(user=request.user, pk=pk)
    return _render_occurrence(request, occurrence, standing)


def _render_occurrence(request: HttpRequest, occurrence, standing) -> HttpResponse:
    view = selectors.OccurrenceView(
        occurrence=occurrence, state=occurrence_state(occurrence), viewer_zone=_viewer_zone()
    )
    may_listen = policy.allows(
        standing, policy.Action.LISTEN, meeting_open=occurrence.series.is_open
    )
    chair_id = occurrence_chair_id(occurrence)
    chairs = selectors.moderators_of(group=occurrence.series.group)
    context = {
        "o": view,
        "occurrence": occurrence,
        "group": occurrence.series.group,
        "series": occurrence.series,
        "standing": standing,
        "is_moderator": standing.is_moderator,
        "may_listen": may_listen,
        "may_run": policy.may_lead_meeting(standing, chair_id=chair_id),
        "chair": occurrence.chair or occurrence.series.chair,
        "rsvp": selectors.rsvp_summary(occurrence=occurrence, user=request.user, standing=standing),
        "room_url": _room_url(occurrence) if view.room_open and may_listen else None,
        # Cancelled meetings still to come can be restored, annotated or given a chair.
        "editable": timezone.now() < closes_at(occurrence) and view.state != OccurrenceState.LIVE,
        "cancel_form": CancelForm(),
        "note_form": NoteForm(initial={"note": occurrence.note}),
        "move_form": MoveForm(
            initial={
                "start": view.group_start.strftime("%Y-%m-%dT%H:%M"),
                "zone": occurrence.series.group.timezone,
                "duration_minutes": int((occurrence.end - occurrence.start).total_seconds() // 60),
            }
        ),
        "chair_form": ChairForm(chairs=chairs, initial={"chair": occurrence.chair_id}),
        "answers": [
            ("going", gettext("Going")),
            ("maybe", gettext("Maybe")),
            ("not_going", gettext("Not going")),
        ],
        "calendar": calendar_links.occurrence_links(
            occurrence, key=selectors.occurrence_key(occurrence.original_start)
        ),
    }
    return render(request, "meetings/occurrence_detail.html", context)


@handles_service_errors
def occurrence_at(request: HttpRequest, series_pk: int, key: str) -> HttpResponse:
    """An occurrence not stored yet, by its series and original start: store it and
    redirect to its page. Visitors who are not signed in see it without storing anything
    (they cannot change it, and crawlers must not fill the database)."""
    series, standing = selectors.series_get_for_user(user=request.user, pk=series_pk)
    original_start = selectors.parse_occurrence_key(key)
    if not request.user.is_authenticated:
        occurrence = selectors.occurrence_unstored(series=series, original_start=original_start)
        if occurrence.pk is not None:
            return redirect(occurrence)
        return _render_occurrence(request, occurrence, standing)
    try:
        occurrence = occurrences.occurrence_materialize(
            series=series, original_start=original_start
        )
    except ServiceError as exc:
        raise Http404(exc.detail) from exc
    return redirect(occurrence)


@handles_service_errors
def occurrence_enter(request: HttpRequest, series_pk: int, key: str) -> HttpResponse:
    """ "Enter the room" from a schedule: the live room while its lobby is open or it is
    live and the person may listen; the occurrence's page otherwise."""
    series, standing = selectors.series_get_for_user(user=request.user, pk=series_pk)
    original_start = selectors.parse_occurrence_key(key)
    try:
        occurrence = occurrences.occurrence_materialize(
            series=series, original_start=original_start
        )
    except ServiceError as exc:
        raise Http404(exc.detail) from exc
    may_listen = policy.allows(standing, policy.Action.LISTEN, meeting_open=series.is_open)
    if may_listen and occurrence_state(occurrence) in (OccurrenceState.LOBBY, OccurrenceState.LIVE):
        room = _room_url(occurrence)
        if room:
            return redirect(room)
    return redirect(occurrence)


def _occurrence_action(
    name: str,
    service: Callable[..., object],
    message: str,
    *,
    form_class: type[forms.Form] | None = None,
    form_kwargs: Callable[[object], dict] = lambda occurrence: {},
    fields: Callable[[dict], dict] = lambda data: {},
    refusal: tuple[str, str] | None = None,
    person: str = "actor",
    then: Callable[[HttpRequest, dict], None] = lambda request, data: None,
) -> Callable[[HttpRequest, int], HttpResponse]:
    """A POST view on one occurrence: check its form (if any), call
    `service(<person>=request.user, occurrence=..., **fields(cleaned_data))`, run `then`,
    say `message`. Refusals (403/404) get their own page; any other error becomes a
    message on the occurrence's page. `refusal` (text, code) replaces the form's errors."""

    def act(request: HttpRequest, occurrence) -> None:
        data: dict = {}
        if form_class is not None:
            form = form_class(request.POST, **form_kwargs(occurrence))
            if not form.is_valid():
                if refusal is not None:
                    raise ServiceError(str(refusal[0]), code=refusal[1])
                raise form_refusal(form)
            data = form.cleaned_data
        service(**{person: request.user}, occurrence=occurrence, **fields(data))
        then(request, data)

    @require_POST
    @login_required
    @handles_service_errors
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        occurrence, _ = selectors.occurrence_get_for_user(user=request.user, pk=pk)
        try:
            act(request, occurrence)
        except ServiceError as error:
            if error.status in (403, 404):  # refusals get their own page and status
                raise
            messages.error(request, error.detail)
            return redirect(occurrence)
        messages.success(request, str(message))
        return redirect(occurrence)

    view.__name__ = view.__qualname__ = name
    return view


def _warn_of_gap(request: HttpRequest, data: dict) -> None:
    if warning := zone_previews.move_gap_warning(start=data["start"]):
        messages.warning(request, warning)


occurrence_rsvp = _occurrence_action(
    "occurrence_rsvp",
    services.rsvp_set,
    gettext_lazy("Thanks, your answer is saved."),
    form_class=RsvpForm,
    fields=lambda data: {"answer": data["answer"]},
    refusal=(gettext_lazy("Answer going, maybe or not going."), "bad_answer"),
    person="user",
)
occurrence_cancel = _occurrence_action(
    "occurrence_cancel",
    services.occurrence_cancel,
    gettext_lazy("The meeting is cancelled."),
    form_class=CancelForm,
    fields=lambda data: {"note": data["note"] or None},
)
occurrence_restore = _occurrence_action(
    "occurrence_restore", services.occurrence_restore, gettext_lazy("The meeting is back on.")
)
occurrence_move = _occurrence_action(
    "occurrence_move",
    services.occurrence_move,
    gettext_lazy("The meeting is moved."),
    form_class=MoveForm,
    fields=lambda data: {"start": data["start"], "duration_minutes": data["duration_minutes"]},
    then=_warn_of_gap,
)
occurrence_note = _occurrence_action(
    "occurrence_note",
    services.occurrence_note,
    gettext_lazy("The note is saved."),
    form_class=NoteForm,
    fields=lambda data: {"note": data["note"]},
)
occurrence_chair = _occurrence_action(
    "occurrence_chair",
    services.occurrence_assign_chair,
    gettext_lazy("The chair is saved."),
    form_class=ChairForm,
    form_kwargs=lambda occurrence: {
        "chairs": selectors.moderators_of(group=occurrence.series.group)
    },
    fields=lambda data: {"chair": data["chair"]},
    refusal=(gettext_lazy("Choose one of the group's moderators."), "chair_not_moderator"),
)
occurrence_start = _occurrence_action(
    "occurrence_start", services.occurrence_start_now, gettext_lazy("The meeting is live.")
)
occurrence_end = _occurrence_action(
    "occurrence_end", services.occurrence_end_now, gettext_lazy("The meeting has ended.")
)


@require_POST
@login_required
@handles_service_errors
def group_reminders(request: HttpRequest, slug: str) -> HttpResponse:
    group = group_selectors.group_by_slug(slug=slug)
    enabled = request.POST.get("enabled") == "1"
    services.group_reminders_set(user=request.user, group=group, enabled=enabled)
    messages.success(
        request,
        gettext("You'll get a reminder before every meeting of this group.")
        if enabled
        else gettext("Reminders for every meeting of this group are off."),
    )
    return redirect("meetings:group_schedule", slug=group.slug)


@require_POST
@login_required
def calendar_reset(request: HttpRequest) -> HttpResponse:
    services.calendar_token_reset(user=request.user)
    messages.success(request, gettext("Your calendar address is new; the old one no longer works."))
    return redirect("meetings:mine")


@handles_service_errors
def series_room(request: HttpRequest, pk: int) -> HttpResponse:
    """A stable address for "the meeting now" (the Meeting Guide's conference_url): the
    room of the meeting whose lobby is open or live, else the next meeting's page."""
    series, _ = selectors.series_get_for_user(user=request.user, pk=pk)
    current = selectors.series_current_or_next(series=series)
    if current is None:
        return redirect("meetings:group_schedule", slug=series.group.slug)
    occurrence = occurrences.occurrence_materialize(
        series=series, original_start=current.original_start
    )
    if occurrence_state(occurrence) in (OccurrenceState.LOBBY, OccurrenceState.LIVE):
        room = _room_url(occurrence)
        if room:
            return redirect(room)
    return redirect(occurrence)
