"""Security tests reuse the live room's fixtures (a live meeting, people, sockets)."""

from tests.chat.conftest import (  # noqa: F401 - fixtures
    _fast_and_fresh,
    connect,
    occurrence_factory,
    room,
)
