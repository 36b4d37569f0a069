"""Sockets follow the account: signing out, changing or setting a password, or having it
reset closes every live socket of that person, on every worker, at once (a socket is
authenticated once, at its handshake, so it would otherwise outlive the session).

The room's client reconnects on its own; the handshake then checks the session again, so a
socket of a signed-out session, or of another session after a password change, stays shut.
Account deletion, bans, removals and role changes close or downgrade sockets where they
happen (moderation.privacy, moderation.actions, groups.member_actions).
"""

from allauth.account.signals import password_changed, password_reset, password_set
from allauth.mfa.signals import authenticator_added, authenticator_removed
from allauth.usersessions.signals import on_password_changed
from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext

from accounts.services import two_factor_review
from kindred.events import CloseCode, user_event_on_commit, user_group_name, user_kick


def sockets_close(*, user_id: int, reason: str) -> None:
    """Close every room socket of one person, on every worker, after commit."""
    user_event_on_commit(user_id, user_kick(code=CloseCode.NOT_SIGNED_IN, reason=reason))


@receiver(user_logged_out, dispatch_uid="accounts.sockets_close_on_logout")
def _on_logout(sender, request=None, user=None, **kwargs) -> None:
    if user is not None and user.pk is not None:
        sockets_close(user_id=user.pk, reason=gettext("You signed out."))


@receiver(password_changed, dispatch_uid="accounts.sockets_close_on_password_changed")
@receiver(password_set, dispatch_uid="accounts.sockets_close_on_password_set")
@receiver(password_reset, dispatch_uid="accounts.sockets_close_on_password_reset")
def _on_password(sender, request=None, user=None, **kwargs) -> None:
    if user is not None and user.pk is not None:
        sockets_close(
            user_id=user.pk, reason=gettext("Your password changed. Please sign in again.")
        )


@receiver(post_delete, sender=settings.AUTH_USER_MODEL, dispatch_uid="accounts.forget_in_redis")
def _on_delete(sender, instance, **kwargs) -> None:
    """A deleted person leaves nothing in Redis: their counters in the cache and their
    channel-layer group (a socket on a worker that died would otherwise leave its entry
    there until the group expires). After commit, so the sockets' kick is sent first."""
    user_id = instance.pk
    transaction.on_commit(lambda: redis_forget(user_id=user_id))


def redis_forget(*, user_id: int) -> int:
    """Delete every cache key and channel-layer group that names this person. Returns how
    many keys went (0 without Redis)."""
    if not settings.REDIS_URL:
        return 0
    import redis

    cache_patterns = [
        cache.make_key(f"chat:*:{user_id}"),
        cache.make_key(f"moderation:*:{user_id}:*"),
        cache.make_key(f"moderation:*:{user_id}"),
    ]
    layer = settings.CHANNEL_LAYERS["default"].get("CONFIG", {})
    group_pattern = f"{layer.get('prefix', 'asgi')}:group:{user_group_name(user_id)}"
    # The cache lives on REDIS_URL; the layer's group on whichever shard of REDIS_URLS.
    servers = {settings.REDIS_URL: cache_patterns}
    for url in settings.REDIS_URLS:
        servers.setdefault(url, []).append(group_pattern)
    deleted = 0
    for url, patterns in servers.items():
        client = redis.Redis.from_url(url)
        try:
            for pattern in patterns:
                keys = list(client.scan_iter(match=pattern, count=500))
                if keys:
                    deleted += client.delete(*keys)
        finally:
            client.close()
    return deleted


@receiver(authenticator_added, dispatch_uid="accounts.two_factor_on_added")
@receiver(authenticator_removed, dispatch_uid="accounts.two_factor_on_removed")
def _on_authenticator(sender, request=None, user=None, **kwargs) -> None:
    """Turning two-factor on clears the request for it; turning it off asks again (with
    whatever is left of the grace period, or none once it has passed)."""
    if user is not None and user.pk is not None:
        two_factor_review(user=user)


@receiver(user_logged_in, dispatch_uid="accounts.two_factor_on_sign_in")
def _on_sign_in(sender, request=None, user=None, **kwargs) -> None:
    """Every sign-in checks whether two-factor is needed, however the person came to lead
    a group or to be staff (the admin, a data import)."""
    if user is not None and user.pk is not None:
        two_factor_review(user=user)


def _session_follows_password(sender, request=None, **kwargs) -> None:
    """allauth's usersessions re-records the session after a password change; a signal sent
    without a request (a command, a test) has no session to record."""
    if request is not None:
        on_password_changed(sender, request=request, **kwargs)


def connect_usersessions_receivers() -> None:
    """Called from AccountsConfig.ready(), after allauth.usersessions connected its own."""
    for signal in (password_set, password_changed):
        signal.disconnect(receiver=on_password_changed)
        signal.connect(_session_follows_password, dispatch_uid="accounts.usersessions_password")
