"""ASGI entry point: HTTP through Django, WebSockets through Channels.

Access is checked three times on a socket: origin and session here, admission in the
consumer's ``connect()``, and again on every frame that changes something.
"""

import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kindred.settings")
django_asgi_app = get_asgi_application()

import sys  # noqa: E402

from django.conf import settings  # noqa: E402

# A worker's event loop and its database threads share one interpreter lock; a shorter
# switch interval lets the loop back in sooner (KINDRED_THREAD_SWITCH_SECONDS).
sys.setswitchinterval(settings.KINDRED_THREAD_SWITCH_SECONDS)

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from chat.admission import RefuseWhenFull, deferred_auth_stack, drain  # noqa: E402
from kindred.i18n import WebSocketLanguageMiddleware  # noqa: E402
from kindred.origins import SiteOriginValidator  # noqa: E402
from kindred.routing import websocket_urlpatterns  # noqa: E402
from kindred.text import prepare as prepare_text  # noqa: E402
from kindred.wsserver import fail_with_close_frames, graceful_restarts  # noqa: E402
from moderation.screening import prepare as prepare_screening  # noqa: E402

# Oversized and malformed WebSocket frames end with a close code (1009...), not a dropped
# connection (kindred/wsserver.py).
fail_with_close_frames()
# SIGTERM drains the worker's room sockets before it exits (kindred/wsserver.py); it is
# gone two seconds after KINDRED_DRAIN_SECONDS whatever happens.
graceful_restarts(drain, exit_after=settings.KINDRED_DRAIN_SECONDS + 2)

# The screening model and the Markdown renderer are loaded now, not on the first message
# amid a restart's reconnects.
prepare_screening()
prepare_text()

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # ALLOWED_HOSTS and the site's own scheme (kindred/origins.py). The person is read
        # with the room's admission, in one database call (chat/admission.py).
        # A worker with too many arrivals waiting refuses new sockets at once (4529).
        "websocket": SiteOriginValidator(
            RefuseWhenFull(
                deferred_auth_stack(WebSocketLanguageMiddleware(URLRouter(websocket_urlpatterns)))
            )
        ),
    }
)

# Everything loaded to start (Django, the screening model's weights and rule sets, the
# compiled reads) lives as long as the worker: it is kept out of the garbage collector's
# full passes, which otherwise walked all of it with the event loop stopped (160 to 190 ms
# a pass under load, about 100 ms frozen; docs/performance.md, "The garbage collector's
# full passes").
gc.freeze()
