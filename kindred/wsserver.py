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

import logging

logger = logging.getLogger(__name__)


def fail_with_close_frames() -> None:
    """Make every daphne WebSocket factory built from now on close with a code instead of
    dropping the connection (autobahn's ``failByDrop=False``). Safe to call again."""
    try:
        from daphne.ws_protocol import WebSocketFactory
    except ImportError:  # served by something other than daphne
        return
    if getattr(WebSocketFactory, "kindred_close_frames", False):
        return
    built = WebSocketFactory.__init__

    def __init__(self, *args, **kwargs):
        built(self, *args, **kwargs)
        self.setProtocolOptions(failByDrop=False)

    WebSocketFactory.__init__ = __init__
    WebSocketFactory.kindred_close_frames = True


def graceful_restarts() -> None:
    """On SIGTERM (or Ctrl-C), a daphne worker first stops listening (new connections go to
    the other workers), then tells its room sockets to reconnect elsewhere, a few at a time
    (chat.admission.drain), and only then ends what is left, as daphne always did. daphne
    ends every application at once when its reactor stops; it is told here to drain
    first. Safe to call again."""
    try:
        from daphne.server import Server
    except ImportError:  # served by something other than daphne
        return
    if getattr(Server, "kindred_graceful", False):
        return
    listened = Server.listen_success
    kill_all = Server.kill_all_applications

    def listen_success(self, port):
        self.__dict__.setdefault("kindred_ports", []).append(port)
        return listened(self, port)

    def kill_all_applications(self):
        import asyncio

        from twisted.internet import defer

        from chat.admission import drain

        for port in self.__dict__.get("kindred_ports", []):
            port.stopListening()
        drained = defer.Deferred.fromFuture(asyncio.ensure_future(drain()))
        drained.addErrback(lambda failure: logger.error("drain failed: %s", failure))
        drained.addCallback(lambda _: kill_all(self))
        return drained

    Server.listen_success = listen_success
    Server.kill_all_applications = kill_all_applications
    Server.kindred_graceful = True
