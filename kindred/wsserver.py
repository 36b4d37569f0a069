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
