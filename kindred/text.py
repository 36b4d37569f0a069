"""The one place where a person's text becomes HTML.

Everything user-written that a page or a socket shows as HTML (messages, group descriptions
and guidelines, library items, crisis resources) goes through :func:`render_markdown` or
:func:`sanitize`. bleach 6.4 is its last release; keeping it behind this module means it can
be swapped for another cleaner without touching any caller.
"""

import re
import threading
from functools import partial

import bleach
import markdown
from bleach.linkifier import LinkifyFilter, build_url_re

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "a"}
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener noreferrer ugc"
# The linkifier runs after the allowlist, so it must only ever make links it allows: by
# default it would also turn "ftp://..." (and other schemes) in plain text into links.
_URL_RE = build_url_re(protocols=sorted(ALLOWED_PROTOCOLS - {"mailto"}))


# What a browser skips before it reads a URL's scheme: leading C0 controls and spaces, and
# tabs and newlines anywhere (WHATWG URL parsing).
_URL_IGNORED = re.compile(r"^[\x00-\x20]+|[\t\n\r]")
_URL_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    """ALLOWED_ATTRIBUTES, with every URL's scheme read the way a browser reads it: bleach
    takes "javascript:1" or "tel:123" for a relative path (its URL parser treats a
    digits-only rest as a port) and would let them through. A title never holds quotes
    or angle brackets (bleach does not clean such values the same way twice)."""
    if name not in ALLOWED_ATTRIBUTES.get(tag, ()):
        return False
    if name == "href":
        scheme = _URL_SCHEME.match(_URL_IGNORED.sub("", value))
        return scheme is None or scheme.group(1).lower() in ALLOWED_PROTOCOLS
    if name == "title":
        return not any(c in value for c in '<>"')
    return True


def _link_attributes(attrs: dict, new: bool = False) -> dict:
    """Every link, written or detected, gets the same ``rel``; nothing else is added."""
    attrs[(None, "rel")] = LINK_REL
    return attrs


# A Cleaner and a Markdown converter are reusable but not thread-safe: each thread keeps
# its own (building them costs more than converting a short message).
_per_thread = threading.local()


def _cleaner() -> bleach.Cleaner:
    cleaner = getattr(_per_thread, "cleaner", None)
    if cleaner is None:
        cleaner = _per_thread.cleaner = _new_cleaner()
    return cleaner


def _new_cleaner() -> bleach.Cleaner:
    return bleach.Cleaner(
        tags=ALLOWED_TAGS,
        attributes=_allowed_attribute,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
        filters=[
            partial(
                LinkifyFilter,
                callbacks=[_link_attributes],
                url_re=_URL_RE,
                skip_tags={"pre", "code"},
                parse_email=False,
            )
        ],
    )


def sanitize(html: str) -> str:
    """Clean HTML down to the allowlist. Idempotent: ``sanitize(sanitize(x)) == sanitize(x)``."""
    if not html:
        return ""
    return _cleaner().clean(html)


class _NoRawHtml(markdown.Extension):
    """Raw HTML in the source is shown as text, never passed through."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        # Images are not allowed; a link to the picture is what remains.
        md.inlinePatterns.deregister("image_link")
        md.inlinePatterns.deregister("image_reference")
        md.inlinePatterns.deregister("short_image_ref")


def _escape_unclosed_brackets(text: str) -> str:
    """Escape every ``[`` that no later ``]`` closes. Python-Markdown's link pattern takes
    quadratic time on runs of unclosed brackets (2,000 of them cost most of a second); an
    unclosed bracket can never start a link, so escaping it changes nothing a person sees."""
    if text.count("[") <= text.count("]") and "[[" not in text:
        return text
    unclosed: list[int] = []
    for index, char in enumerate(text):
        if char == "[" and not (index and text[index - 1] == "\\"):
            unclosed.append(index)
        elif char == "]" and unclosed:
            unclosed.pop()
    if not unclosed:
        return text
    chars = list(text)
    for index in unclosed:
        chars[index] = "\\["
    return "".join(chars)


def render_markdown(text: str) -> str:
    """Render the small Markdown subset (emphasis, lists, quotes, code, links) and clean it."""
    if not text:
        return ""
    converter = getattr(_per_thread, "markdown", None)
    if converter is None:
        converter = _per_thread.markdown = markdown.Markdown(
            extensions=[_NoRawHtml(), "fenced_code", "sane_lists"], output_format="html"
        )
    html = converter.reset().convert(_escape_unclosed_brackets(text))
    return sanitize(html)
