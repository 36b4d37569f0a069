"""The room page. The page itself is a shell: the live room runs over the WebSocket."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from chat import selectors
from chat.models import Reaction
from chat.selectors import CloseCode, RoomRefused

_STATUS = {CloseCode.NOT_OPEN: 409, CloseCode.NOT_SIGNED_IN: 401}


@never_cache
@login_required
def room(request: HttpRequest, pk: int) -> HttpResponse:
    listen_only = request.GET.get("listen") == "1"
    try:
        access = selectors.room_admit(user=request.user, occurrence_id=pk, listen_only=listen_only)
    except RoomRefused as refused:
        if refused.close_code == CloseCode.NOT_FOUND:
            raise Http404(refused.detail) from refused
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
            "occurrence": occurrence,
            "group": occurrence.series.group,
            "access": access,
            "ws_path": f"/ws/rooms/{pk}/",
            "admission_url": reverse("chat:room_admission", kwargs={"pk": pk}),
            "reactions": Reaction.Kind.choices,
            "max_length": selectors.settings_max_length(),
            "quiet": request.user.quiet_mode,
        },
    )


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
