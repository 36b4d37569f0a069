"""Which pages search engines may index: only the public front door (home and the group
directory). Every other page shows people's content (groups, meetings, rooms, libraries,
profiles, moderation), so it says ``noindex`` twice: in an ``X-Robots-Tag`` header
(``RobotsMiddleware``) and in a ``<meta name="robots">`` tag (``robots`` context processor,
used by templates/base.html). Both read the same ``page_may_be_indexed``."""

from django.http import HttpRequest, HttpResponse
from django.utils.deprecation import MiddlewareMixin

INDEXABLE_VIEWS = frozenset({"home", "groups:directory"})


def page_may_be_indexed(request: HttpRequest) -> bool:
    match = getattr(request, "resolver_match", None)
    return match is not None and match.view_name in INDEXABLE_VIEWS


def robots(request: HttpRequest) -> dict:
    return {"robots_noindex": not page_may_be_indexed(request)}


class RobotsMiddleware(MiddlewareMixin):
    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if not page_may_be_indexed(request):
            response.headers.setdefault("X-Robots-Tag", "noindex")
        return response
