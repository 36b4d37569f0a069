"""The per-person frame flood limit, counted in the shared cache (Redis when REDIS_URL is
set), so a person's sockets on every worker share one budget. A message's frame is also
counted towards moderation's per-person message limit in the same round trip. Both are
sliding windows (kindred/counters.py): never more than the limit in any window."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext

from chat import registry
from kindred import counters
from kindred.counters import Count, ahit_unless_cooling
from kindred.errors import ServiceError


def _flood(user_id: int) -> dict:
    return {
        "cool_key": f"chat:cool:{user_id}",
        "window": settings.KINDRED_WS_FRAME_WINDOW,
        "limit": settings.KINDRED_WS_FRAMES_PER_WINDOW,
        "cooldown": settings.KINDRED_WS_COOLDOWN,
    }


def _flood_key(user_id: int) -> str:
    return f"chat:flood:{user_id}"


async def frame_allowed(*, user_id: int) -> int:
    """0 if this person may send another frame now, else the seconds to wait.

    At most KINDRED_WS_FRAMES_PER_WINDOW frames in any KINDRED_WS_FRAME_WINDOW seconds;
    going over starts a cool-down of KINDRED_WS_COOLDOWN seconds during which every frame
    is refused (so a flood cannot simply continue at the edge of the window). Called from a
    room socket's event loop: one Redis round trip, no thread."""
    return await ahit_unless_cooling(_flood_key(user_id), **_flood(user_id))


def flood_refusal(retry_after: int) -> ServiceError:
    """The answer to a frame over the flood limit."""
    return ServiceError(
        gettext("Too many frames. Please wait %(seconds)s seconds.") % {"seconds": retry_after},
        code="rate_limited",
        retry_after=retry_after,
    )


def message_frame_counted(*, user_id: int) -> tuple[int, Count | None]:
    """``frame_allowed`` for a message's frame, called from the database thread that stores
    the message (chat/roomcalls.message_send): when allowed, the frame is also counted
    towards moderation's per-person message limit (the registered posting rules'
    ``message_rate``, chat/registry.py), in the same round trip, so the event loop waits for
    no round trip of its own before the message's call. Answers the seconds to wait (0:
    allowed) and the message's Count (None when refused or when there is no message limit;
    a Count over the limit carries its ``retry_after``). The count goes with the message to
    moderation's posting check, which marks it used; a count left unused (a resend, or
    refused before that check) is given back with ``give_back_now``."""
    rate = registry.posting_rules().message_rate(user_id=user_id, now=timezone.now())
    if rate is None:
        return counters.hit_unless_cooling(_flood_key(user_id), **_flood(user_id)), None
    return counters.hit_unless_cooling_then_hit(
        _flood_key(user_id),
        **_flood(user_id),
        then=rate.key,
        then_window=rate.window,
        then_limit=rate.limit,
    )


def give_back_now(counted: Count | None) -> None:
    """``give_back`` from a database thread."""
    if counted is not None and not counted.used:
        counters.give_back(counted)
