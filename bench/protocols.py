"""How each server under test is spoken to: its URL, handshake headers, the frame a client
sends, and how a delivery is recognised. Every frame carries the sender, its own counter and
the time the send was *intended* (open loop), so latency is measured from the schedule."""

import json
import re
from dataclasses import dataclass

from bench.env import SITE_URL


@dataclass(frozen=True)
class Delivery:
    sender: int
    n: int
    intended: float
    seq: int | None = None  # the server's message id, when it has one


class Protocol:
    name = "?"

    def url(self, port: int, room: str) -> str:
        raise NotImplementedError

    def headers(self, port: int, session: str | None) -> dict[str, str]:
        return {}

    def origin(self, port: int) -> str:
        return f"http://127.0.0.1:{port}"

    def encode(self, sender: int, n: int, intended: float) -> str:
        return json.dumps({"c": sender, "n": n, "t": intended})

    def decode(self, frame: str) -> Delivery | dict | None:
        d = json.loads(frame)
        return Delivery(d["c"], d["n"], d["t"])

    def ready(self, frame: str) -> bool:
        """Whether this frame (received after the handshake) means the client is in the room."""
        return True

    def hello(self, last_seq: int | None = None) -> str | None:
        """The first frame a client sends after the handshake, if the protocol has one."""
        return None

    needs_ready_frame = False
    # Whether the server acknowledges each message (and stores it once per client_id), so a
    # client re-sends what was not acknowledged after a reconnect (S6).
    acknowledges = False


class FloorProtocol(Protocol):
    name = "floor"

    def url(self, port: int, room: str) -> str:
        return f"ws://127.0.0.1:{port}/ws/floor/{room}/"


class CeilingProtocol(Protocol):
    name = "ceiling"

    def url(self, port: int, room: str) -> str:
        return f"ws://127.0.0.1:{port}/room/{room}"


_STAMP = re.compile(r"bench c=(\d+) n=(\d+) t=([0-9.]+)")


class KindredProtocol(Protocol):
    """Kindred's room protocol (docs/protocol.md): connect, send ``hello``, wait for
    ``welcome``; ``message.send`` {client_id, body}; everyone, the sender included, gets
    ``message.new`` {message: {seq, body_html, ...}}; the sender also gets ``message.ack``."""

    name = "kindred"
    needs_ready_frame = True
    acknowledges = True

    def __init__(self, cookie_name: str) -> None:
        self.cookie_name = cookie_name

    def url(self, port: int, room: str) -> str:
        return f"ws://127.0.0.1:{port}/ws/rooms/{room}/"

    def headers(self, port: int, session: str | None) -> dict[str, str]:
        return {"Cookie": f"{self.cookie_name}={session}"}

    def origin(self, port: int) -> str:
        return SITE_URL  # the page's origin, whichever worker the proxy picked

    def hello(self, last_seq: int | None = None) -> str:
        return json.dumps({"type": "hello", "last_seq": last_seq})

    def encode(self, sender: int, n: int, intended: float) -> str:
        return json.dumps(
            {
                "type": "message.send",
                "client_id": f"b{sender:07d}-{n}",
                "body": f"bench c={sender} n={n} t={intended:.6f}",
            }
        )

    def decode(self, frame: str) -> Delivery | dict | None:
        if not frame.startswith('{"type":"message.new"'):
            if frame.startswith('{"type":"error"'):
                return json.loads(frame)
            return None
        return self.message_delivery(json.loads(frame)["message"])

    def message_delivery(self, message: dict) -> Delivery | None:
        """A stored message (from ``message.new`` or a ``welcome``'s history) as a delivery."""
        m = _STAMP.search(message.get("body_html") or "")
        if not m:
            return None
        return Delivery(int(m[1]), int(m[2]), float(m[3]), message.get("seq"))

    def ready(self, frame: str) -> bool:
        return frame.startswith('{"type":"welcome"')
