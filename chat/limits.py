"""The per-person frame flood limit, counted in the shared cache (Redis when REDIS_URL is
set), so a person's sockets on every worker share one budget."""

from django.conf import settings

from kindred.counters import ahit_unless_cooling


async def frame_allowed(*, user_id: int) -> int:
    """0 if this person may send another frame now, else the seconds to wait.

    At most KINDRED_WS_FRAMES_PER_WINDOW frames per KINDRED_WS_FRAME_WINDOW seconds; going
    over starts a cool-down of KINDRED_WS_COOLDOWN seconds during which every frame is
    refused (so a flood cannot simply continue at the edge of the window). Called from a
    room socket's event loop: one Redis round trip, no thread."""
    cooldown = settings.KINDRED_WS_COOLDOWN
    allowed = await ahit_unless_cooling(
        f"chat:frames:{user_id}",
        cool_key=f"chat:cool:{user_id}",
        window=settings.KINDRED_WS_FRAME_WINDOW,
        limit=settings.KINDRED_WS_FRAMES_PER_WINDOW,
        cooldown=cooldown,
    )
    return 0 if allowed else cooldown
