"""Web Push: subscriptions' endpoints are checked before they are stored and again before
each send, payloads are encrypted for the browser's keys (RFC 8291, by pywebpush) and
signed with the site's VAPID key (RFC 8292).

An endpoint must be ``https`` at a known push service (``KINDRED_PUSH_HOSTS``), never an IP
address in a private, loopback or link-local range, so a subscription cannot make the
server call into its own network. ``KINDRED_PUSH_ALLOW_LOOPBACK`` (on only in local mode)
also lets ``http://127.0.0.1:…`` through, for a push service on the same machine in tests.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from kindred.errors import ServiceError

# A push service accepts at least 4096 bytes of ciphertext; the encryption adds about 100.
MAX_PAYLOAD = 3072

DEFAULT_PUSH_HOSTS = (
    "fcm.googleapis.com",
    "android.googleapis.com",
    "updates.push.services.mozilla.com",
    "push.services.mozilla.com",
    "notify.windows.com",
    "push.apple.com",
)


class PushGone(Exception):
    """The push service says the subscription no longer exists (404 or 410)."""


def _bad(detail: str, code: str = "bad_endpoint") -> ServiceError:
    return ServiceError(detail, code=code, field="endpoint")


def _loopback_allowed() -> bool:
    return bool(getattr(settings, "KINDRED_PUSH_ALLOW_LOOPBACK", False))


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return ip.is_global and not ip.is_multicast


def endpoint_check(endpoint: str, *, resolve: bool = True) -> None:
    """Raise ServiceError unless ``endpoint`` is a push service address we may call."""
    if not isinstance(endpoint, str) or len(endpoint) > 1000:
        raise _bad(_("That is not a push subscription address."))
    try:
        parts = urlsplit(endpoint)
        host = parts.hostname
        port = parts.port
    except ValueError as exc:
        raise _bad(_("That is not a push subscription address.")) from exc
    if not host or parts.username or parts.password:
        raise _bad(_("That is not a push subscription address."))
    if _loopback_allowed() and parts.scheme in {"http", "https"} and host in {"127.0.0.1", "::1"}:
        return
    if parts.scheme != "https":
        raise _bad(_("Push subscriptions must use https."))
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        raise _bad(_("A push subscription must point at a push service, not an address."))
    hosts = tuple(getattr(settings, "KINDRED_PUSH_HOSTS", DEFAULT_PUSH_HOSTS))
    if not any(host == h or host.endswith("." + h) for h in hosts):
        raise _bad(_("That push service is not one this site sends to."), code="foreign_endpoint")
    if resolve:
        try:
            infos = socket.getaddrinfo(host, port or 443, proto=socket.IPPROTO_TCP)
        except OSError as exc:
            raise _bad(_("That push service cannot be reached."), code="unreachable") from exc
        if not infos or not all(_public(info[4][0]) for info in infos):
            raise _bad(
                _("That push service resolves to a private address."), code="private_endpoint"
            )


def _b64(value: str, *, length: int | None = None) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError, TypeError) as exc:
        raise ServiceError(_("The push keys are malformed."), code="bad_keys") from exc
    if length is not None and len(raw) != length:
        raise ServiceError(_("The push keys are malformed."), code="bad_keys")
    return raw


def keys_check(*, p256dh: str, auth: str) -> None:
    """A P-256 public key (65 bytes, uncompressed) and a 16-byte authentication secret."""
    if not isinstance(p256dh, str) or not isinstance(auth, str):
        raise ServiceError(_("The push keys are malformed."), code="bad_keys")
    point = _b64(p256dh, length=65)
    _b64(auth, length=16)
    if point[0] != 4:
        raise ServiceError(_("The push keys are malformed."), code="bad_keys")
    from cryptography.hazmat.primitives.asymmetric import ec

    try:
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError as exc:
        raise ServiceError(_("The push keys are malformed."), code="bad_keys") from exc


def payload_bytes(payload: dict) -> bytes:
    data = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    if len(data) > MAX_PAYLOAD:
        raise ServiceError(_("The push message is too long."), code="payload_too_large")
    return data


def configured() -> bool:
    return bool(settings.VAPID_PUBLIC_KEY and settings.VAPID_PRIVATE_KEY)


def push_send(*, device, payload: dict, ttl: int = 3600) -> None:
    """Encrypt ``payload`` for ``device`` and hand it to its push service. Raises PushGone
    when the service says the subscription is gone, ServiceError for a refused endpoint
    or payload (nothing sent), and WebPushException or OSError for a failure worth a retry.
    """
    from pywebpush import WebPushException, webpush

    data = payload_bytes(payload)
    endpoint_check(device.endpoint)
    if not configured():
        raise ServiceError(_("Push is not set up on this site."), code="push_not_configured")
    try:
        webpush(
            subscription_info={
                "endpoint": device.endpoint,
                "keys": {"p256dh": device.p256dh, "auth": device.auth},
            },
            data=data,
            vapid_private_key=settings.VAPID_PRIVATE_KEY,
            vapid_claims={"sub": settings.VAPID_SUBJECT},
            ttl=ttl,
            timeout=10,
        )
    except WebPushException as exc:
        if exc.response is not None and exc.response.status_code in (404, 410):
            raise PushGone(device.endpoint) from exc
        raise
