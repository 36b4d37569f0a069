"""Which language a page is shown in, and changing it.

The order: a signed-in person's own choice on their profile; else the language picked in the
footer (a cookie, through accounts.views.set_language); else the browser's Accept-Language; else
LANGUAGE_CODE. Django's LocaleMiddleware does all but the first; ProfileLanguageMiddleware
(after authentication) does the first. A code that is not one of settings.LANGUAGES is
never activated: it falls back to the next source."""

import contextlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.functional import SimpleLazyObject, empty


def supported_language(code: str | None) -> str | None:
    """``code`` if Kindred's pages are translated into it, else None."""
    if not code:
        return None
    return code if code in dict(settings.LANGUAGES) else None


class ProfileLanguageMiddleware:
    """Show a signed-in person's pages in the language on their profile, if they chose one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        code = user.language if user is not None and user.is_authenticated else None
        code = supported_language(code)
        if code:
            translation.activate(code)
            request.LANGUAGE_CODE = code
        return self.get_response(request)


def language_for_scope(scope) -> str:
    """A WebSocket's language, in the same order as a page's: the profile, the picker's
    cookie, Accept-Language, LANGUAGE_CODE. Errors and notices sent over the socket use it."""
    from http.cookies import CookieError, SimpleCookie

    from django.utils.translation import get_supported_language_variant
    from django.utils.translation.trans_real import parse_accept_lang_header

    user = scope.get("user")
    if isinstance(user, SimpleLazyObject) and user._wrapped is empty:
        # Not read yet (the room reads the person with its admission, chat/admission.py);
        # the room asks again once it has.
        user = None
    signed_in = user is not None and getattr(user, "is_authenticated", False)
    if signed_in and (code := supported_language(getattr(user, "language", ""))):
        return code
    headers = dict(scope.get("headers") or [])
    cookie = SimpleCookie()
    # A malformed cookie header just means no choice was made.
    with contextlib.suppress(CookieError):
        cookie.load(headers.get(b"cookie", b"").decode("latin-1"))
    morsel = cookie.get(settings.LANGUAGE_COOKIE_NAME)
    if morsel is not None and (code := supported_language(morsel.value)):
        return code
    accept = headers.get(b"accept-language", b"").decode("latin-1")
    for code, _quality in parse_accept_lang_header(accept[:255]):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


class WebSocketLanguageMiddleware:
    """Run a WebSocket consumer in its person's language (language_for_scope)."""

    def __init__(self, inner):
        self.inner = inner

    async def __call__(self, scope, receive, send):
        with translation.override(language_for_scope(scope)):
            return await self.inner(scope, receive, send)


def language_of(user) -> str:
    """The language to write to ``user`` (a User or a user's id) in, when it is not the
    language of the request at hand: a notice to someone else's sockets, say. Their
    profile's, else the site's default."""
    if isinstance(user, int):
        people = get_user_model().objects.filter(pk=user)
        code = people.values_list("language", flat=True).first()
    else:
        code = getattr(user, "language", "")
    return supported_language(code) or settings.LANGUAGE_CODE


def in_language_of(user):
    """``with in_language_of(person):`` what is written inside reads in their language."""
    return translation.override(language_of(user))
