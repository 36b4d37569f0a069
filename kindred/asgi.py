"""ASGI entry point: HTTP through Django, WebSockets through Channels.

Access is checked three times on a socket: origin and session here, admission in the
consumer's ``connect()``, and again on every frame that changes something.
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kindred.settings")
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from kindred.origins import SiteOriginValidator  # noqa: E402
from kindred.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # ALLOWED_HOSTS and the site's own scheme (kindred/origins.py).
        "websocket": SiteOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
    }
)
