"""The room page. The page itself is a shell: the live room runs over the WebSocket."""

from datetime import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.protect import personal_muted_ids
from chat import selectors
from chat.models import Reaction
from chat.selectors import RoomRefused
from groups.models import Membership, Role
from kindred.errors import ServiceError
from kindred.events import CloseCode
from library.selectors import room_script_for
from meetings.lifecycle import occurrence_chair_id
from meetings.models import Occurrence
from meetings.selectors import moderators_of, upcoming_for_series
from meetings.services import occurrence_end_now, occurrence_start_now

_STATUS = {CloseCode.NOT_OPEN: 409, CloseCode.NOT_SIGNED_IN: 401}


def _next_meeting(occurrence: Occurrence) -> datetime | None:
    """When the series meets next after this meeting (a rule start, for the closing screen)."""
    later = max(occurrence.start, timezone.now())
    return next(
        (s for s in upcoming_for_series(series=occurrence.series, count=3) if s > later), None
    )


def _closing_context(occurrence: Occurrence) -> dict:
    group = occurrence.series.group
    return {
        "occurrence": occurrence,
        "group": group,
        "next_meeting": _next_meeting(occurrence),
        "library_url": reverse("library:index", kwargs={"group_slug": group.slug}),
    }


def _leaders(occurrence: Occurrence) -> dict:
    """Who carries a role badge (on messages, in Here now and in the queue): the chair,
    the group's owner and its moderators."""
    return {
        "chair": occurrence_chair_id(occurrence),
        "owner": Membership.objects.filter(group=occurrence.series.group, role=Role.OWNER)
        .values_list("user_id", flat=True)
        .first(),
        "moderators": list(
            moderators_of(group=occurrence.series.group).values_list("pk", flat=True)
        ),
    }


def _script_context(occurrence: Occurrence) -> dict:
    script, sections, current = room_script_for(occurrence=occurrence)
    return {"script": script, "sections": sections, "current_section_id": current}


@never_cache
@login_required
def room(request: HttpRequest, pk: int) -> HttpResponse:
    listen_only = request.GET.get("listen") == "1"
    try:
        access = selectors.room_admit(user=request.user, occurrence_id=pk, listen_only=listen_only)
    except RoomRefused as refused:
        if refused.close_code == CloseCode.NOT_FOUND:
            raise Http404(refused.detail) from refused
        if refused.close_code == CloseCode.ENDED:
            occurrence = selectors.occurrence_for_room(pk)
            return render(request, "chat/room_ended.html", _closing_context(occurrence))
        return render(
            request,
            "chat/room_refused.html",
            {"detail": refused.detail, "code": refused.code},
            status=_STATUS.get(refused.close_code, 403),
        )
    occurrence = selectors.occurrence_for_room(pk)
    return render(
        request,
        "chat/room.html",
        {
            **_closing_context(occurrence),
            **_script_context(occurrence),
            "access": access,
            "leaders": _leaders(occurrence),
            "starts_at": occurrence.start,
            "ws_path": f"/ws/rooms/{pk}/",
            "admission_url": reverse("chat:room_admission", kwargs={"pk": pk}),
            "reactions": Reaction.Kind.choices,
            "max_length": selectors.settings_max_length(),
            "quiet": request.user.quiet_mode,
            # The viewer's own protections, applied by their page only (accounts.protect).
            "muted_ids": personal_muted_ids(viewer=request.user),
            "hidden_topics": request.user.hidden_topics,
        },
    )


def _run_meeting(request: HttpRequest, pk: int, action, done: str) -> HttpResponse:
    occurrence = selectors.occurrence_for_room(pk)
    if occurrence is None:
        raise Http404(gettext("There is no such meeting."))
    try:
        action(actor=request.user, occurrence=occurrence)
    except ServiceError as error:
        if error.status == 404:
            raise Http404(error.detail) from error
        messages.error(request, error.detail)
    else:
        messages.success(request, done)
    return redirect("chat:room", pk=pk)


@require_POST
@login_required
def room_start(request: HttpRequest, pk: int) -> HttpResponse:
    """The chair's "Start the meeting" in the lobby (meetings.services does the checks)."""
    return _run_meeting(request, pk, occurrence_start_now, gettext("The meeting has started."))


@require_POST
@login_required
def room_end(request: HttpRequest, pk: int) -> HttpResponse:
    """The chair's confirmed "End the meeting": everyone in the room gets the closing screen."""
    return _run_meeting(request, pk, occurrence_end_now, gettext("The meeting has ended."))


@never_cache
def room_admission(request: HttpRequest, pk: int) -> JsonResponse:
    """Why a socket would be refused. A refused WebSocket handshake reaches a browser
    only as a failed connection, so the client asks here to show the reason."""
    try:
        access = selectors.room_admit(user=request.user, occurrence_id=pk)
    except RoomRefused as refused:
        closing = refused.closing()
        return JsonResponse(
            {
                "ok": False,
                "close_code": refused.close_code,
                "code": refused.code,
                "detail": refused.detail,
                "reason": closing["reason"],
                "until": closing["until"],
            }
        )
    return JsonResponse({"ok": True, "state": access.state})
