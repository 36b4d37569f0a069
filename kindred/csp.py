"""The Content Security Policy's connect-src names the page's own WebSocket origin.

CSP Level 3 lets 'self' match ws:/wss: on the same host (Chromium, Firefox, Safari 15.4+),
but older browsers need the WebSocket origin spelled out. It depends on the host the page
was served from, which the settings cannot know, so it is added per request: wss://<host>
behind HTTPS, ws://<host> otherwise. The host is the validated Host header (ALLOWED_HOSTS).
"""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse
from django.utils.deprecation import MiddlewareMixin


def websocket_origin(request: HttpRequest) -> str | None:
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    return f"{'wss' if request.is_secure() else 'ws'}://{host}"


class WebSocketConnectSrcMiddleware(MiddlewareMixin):
    """Sits inside django.middleware.csp.ContentSecurityPolicyMiddleware in MIDDLEWARE."""

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        config = getattr(response, "_csp_config", None) or settings.SECURE_CSP
        origin = websocket_origin(request)
        if not config or not origin or "connect-src" not in config:
            return response
        response._csp_config = {**config, "connect-src": [*config["connect-src"], origin]}
        return response
