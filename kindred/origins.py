"""Which pages may open Kindred's sockets (against cross-site WebSocket hijacking).

Channels' AllowedHostsOriginValidator compares only the Origin's host with ALLOWED_HOSTS:
``http://kindred.example.org`` (or ``ftp://...``) passes when the site is served over
https. A socket is opened with the session cookie, so a page from any other origin must
never get one. This validator also requires the site's own scheme (and, with debug off,
its port): the scheme of SITE_URL, plus plain http when debug is on for local use.
Settings are read at each handshake.
"""

from urllib.parse import urlsplit

from channels.security.websocket import OriginValidator
from django.conf import settings

_DEFAULT_PORTS = {"http": 80, "https": 443}


class SiteOriginValidator(OriginValidator):
    def __init__(self, application):
        super().__init__(application, allowed_origins=())

    def valid_origin(self, parsed_origin) -> bool:
        hosts = list(settings.ALLOWED_HOSTS)
        if settings.DEBUG and not hosts:
            hosts = ["localhost", "127.0.0.1", "[::1]"]
        self.allowed_origins = hosts
        if parsed_origin is None:
            return False
        site = urlsplit(settings.SITE_URL)
        schemes = {site.scheme} | ({"http"} if settings.DEBUG else set())
        if parsed_origin.scheme not in schemes & set(_DEFAULT_PORTS):
            return False
        if not settings.DEBUG:
            try:
                origin_port = parsed_origin.port or _DEFAULT_PORTS[parsed_origin.scheme]
            except ValueError:
                return False
            if origin_port != (site.port or _DEFAULT_PORTS.get(site.scheme)):
                return False
        return super().valid_origin(parsed_origin)
