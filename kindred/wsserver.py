"""How the WebSocket server ends a connection that breaks the rules.

daphne serves WebSockets through autobahn, whose factory fails a connection "by drop" by
default: a frame or message over daphne's ``--websocket-max-frame-size`` /
``--websocket-max-message-size``, invalid UTF-8 or a protocol error end in a dropped TCP
connection, with no close frame (a client sees 1006, "abnormal closure", and cannot tell
it from a network loss). daphne offers no option for this, so the factory is told here,
when the ASGI application is imported (before daphne or ``runserver`` builds the factory):
autobahn then sends the close frame the WebSocket standard asks for (1009 for a message
too big, 1007 for invalid text, 1002 for a protocol error) and drops the connection only
if the client does not answer it within autobahn's close handshake timeout.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Awaitable, Callable

from daphne.server import Server
from daphne.ws_protocol import WebSocketFactory
from twisted.internet import defer

logger = logging.getLogger(__name__)


def _patch_once(cls, flag: str, **wrappers) -> None:
    """Replace each named method of ``cls`` by ``wrap(original)``; ``flag`` marks the class
    as done, so a second call changes nothing."""
    if getattr(cls, flag, False):
        return
    for name, wrap in wrappers.items():
        setattr(cls, name, wrap(getattr(cls, name)))
    setattr(cls, flag, True)


def fail_with_close_frames() -> None:
    """Make every daphne WebSocket factory built from now on close with a code instead of
    dropping the connection (autobahn's ``failByDrop=False``). Safe to call again."""

    def wrap_init(built):
        def __init__(self, *args, **kwargs):
            built(self, *args, **kwargs)
            self.setProtocolOptions(failByDrop=False)

        return __init__

    _patch_once(WebSocketFactory, "kindred_close_frames", __init__=wrap_init)


def _exit_after(seconds: float) -> None:
    """End the process after ``seconds`` even if its shutdown is stuck (a database or
    Redis call that never returns keeps a thread, and so the interpreter, alive). A daemon
    timer: it never holds the process up itself. Nothing is lost: a message is only
    acknowledged once it is committed."""

    def force() -> None:
        logger.error("restarting: still running %.0f s after SIGTERM, exiting now", seconds)
        os._exit(0)

    timer = threading.Timer(seconds, force)
    timer.daemon = True
    timer.start()


def graceful_restarts(drain: Callable[[], Awaitable[None]], *, exit_after: float) -> None:
    """On SIGTERM (or Ctrl-C), a daphne worker first stops listening (new connections go to
    the other workers), then tells its room sockets to reconnect elsewhere, a few at a time
    (``drain``: chat.admission.drain, passed in by kindred.asgi), and only then ends
    what is left, as daphne always did. daphne ends every application at once when its
    reactor stops; it is told here to drain first. Whatever happens, the process ends
    ``exit_after`` seconds after the signal. Safe to call again."""

    def wrap_listen_success(listened):
        def listen_success(self, port):
            self.__dict__.setdefault("kindred_ports", []).append(port)
            return listened(self, port)

        return listen_success

    def wrap_kill_all_applications(kill_all):
        def kill_all_applications(self):
            _exit_after(exit_after)
            for port in self.__dict__.get("kindred_ports", []):
                port.stopListening()
            drained = defer.Deferred.fromFuture(asyncio.ensure_future(drain()))
            drained.addErrback(lambda failure: logger.error("drain failed: %s", failure))
            drained.addCallback(lambda _: kill_all(self))
            return drained

        return kill_all_applications

    _patch_once(
        Server,
        "kindred_graceful",
        listen_success=wrap_listen_success,
        kill_all_applications=wrap_kill_all_applications,
    )
