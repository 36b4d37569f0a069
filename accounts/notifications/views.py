"""Pages and endpoints for notifications: choices on the profile, unsubscribe links,
push devices, and what makes the site installable (manifest, service worker, offline page).
"""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.translation import get_language, get_language_bidi, gettext
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.notifications import services
from accounts.notifications.kinds import Kind
from accounts.notifications.tokens import unsubscribe_read
from kindred.errors import ServiceError
from kindred.views import handles_service_errors, service_error_response

MAX_SUBSCRIPTION_BYTES = 4096


@require_POST
@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    choices = {
        kind: (request.POST.get(f"email_{kind}") == "on", request.POST.get(f"push_{kind}") == "on")
        for kind in Kind.values
    }
    services.preferences_set(user=request.user, choices=choices)
    messages.success(request, gettext("Your notification choices are saved."))
    return redirect("accounts:profile")


@csrf_exempt  # RFC 8058: mail providers POST without cookies; the signed token is the proof
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what the link does and a button (link scanners must not unsubscribe
    anyone); POST, from that button or a mail provider's one-click, does it."""
    try:
        link = unsubscribe_read(token)
        if request.method == "POST":
            _, kind = services.unsubscribe(token=token)
            return render(
                request, "notifications/unsubscribed.html", {"kind_label": Kind(kind).label}
            )
    except ServiceError as error:
        return service_error_response(request, error)
    return render(
        request,
        "notifications/unsubscribe_confirm.html",
        {"kind_label": Kind(link.kind).label, "token": token},
    )


def _json_body(request: HttpRequest) -> dict:
    if len(request.body) > MAX_SUBSCRIPTION_BYTES:
        raise ServiceError(gettext("That subscription is too large."), code="too_large")
    try:
        body = json.loads(request.body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ServiceError(
            gettext("That is not a push subscription."), code="bad_subscription"
        ) from exc
    if not isinstance(body, dict):
        raise ServiceError(gettext("That is not a push subscription."), code="bad_subscription")
    return body


def _json_error(error: ServiceError) -> JsonResponse:
    return JsonResponse(error.as_dict(), status=error.status)


@require_POST
@login_required
def push_subscribe(request: HttpRequest) -> JsonResponse:
    """The browser's PushSubscription.toJSON(), plus a name for the device."""
    try:
        body = _json_body(request)
        keys = body.get("keys") if isinstance(body.get("keys"), dict) else {}
        device = services.push_device_add(
            user=request.user,
            endpoint=body.get("endpoint"),
            p256dh=keys.get("p256dh"),
            auth=keys.get("auth"),
            name=body.get("name") or gettext("This device"),
        )
    except ServiceError as error:
        return _json_error(error)
    return JsonResponse({"id": device.pk, "name": device.name}, status=201)


@require_POST
@login_required
@handles_service_errors
def push_rename(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        services.push_device_rename(user=request.user, device_id=pk, name=request.POST.get("name"))
    except ServiceError as error:
        if error.status == 404:
            raise
        messages.error(request, error.detail)
    else:
        messages.success(request, gettext("The device is renamed."))
    return redirect("accounts:profile")


@require_POST
@login_required
@handles_service_errors
def push_remove(request: HttpRequest, pk: int) -> HttpResponse:
    services.push_device_remove(user=request.user, device_id=pk)
    messages.success(request, gettext("That device no longer gets notifications."))
    return redirect("accounts:profile")


# --- Installable app -----------------------------------------------------------------


@require_GET
@cache_control(max_age=3600, public=True)
def manifest(request: HttpRequest) -> JsonResponse:
    # In the request's language (LocaleMiddleware varies the response on Accept-Language).
    data = {
        "name": "Kindred",
        "short_name": "Kindred",
        "description": gettext(
            "Small peer support groups: meetings, a gentle chat, quiet reading."
        ),
        "lang": get_language(),
        "dir": "rtl" if get_language_bidi() else "ltr",
        "id": "/",
        "start_url": "/?source=app",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#2a5d67",
        "icons": [
            {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("icons/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    response = JsonResponse(data)
    response["Content-Type"] = "application/manifest+json"
    return response


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """Served from the root so its scope is the whole site; never cached long, so a new
    version reaches every device on its next visit."""
    source = (settings.BASE_DIR / "static" / "js" / "sw.js").read_text()
    for placeholder, path in (
        ("__KINDRED_CSS__", "css/kindred.css"),
        ("__KINDRED_FAVICON__", "favicon.svg"),
        ("__KINDRED_ICON__", "icons/icon-192.png"),
    ):
        source = source.replace(placeholder, static(path))
    version = hashlib.sha256(source.encode()).hexdigest()[:12]
    source = source.replace("__KINDRED_VERSION__", version)
    response = HttpResponse(source, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
@cache_control(max_age=3600, public=True)
def offline(request: HttpRequest) -> HttpResponse:
    return render(request, "notifications/offline.html")
