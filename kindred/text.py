"""The one place where a person's text becomes HTML.

Everything user-written that a page or a socket shows as HTML (messages, group descriptions
and guidelines, library items, crisis resources) goes through :func:`render_markdown` or
:func:`sanitize`. bleach 6.4 is its last release; keeping it behind this module means it can
be swapped for another cleaner without touching any caller.
"""

from functools import partial

import bleach
import markdown
from bleach.linkifier import LinkifyFilter

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "a"}
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener noreferrer ugc"


def _link_attributes(attrs: dict, new: bool = False) -> dict:
    """Every link, written or detected, gets the same ``rel``; nothing else is added."""
    attrs[(None, "rel")] = LINK_REL
    return attrs


def _cleaner() -> bleach.Cleaner:
    # A Cleaner is not thread-safe, so each call builds its own (cheap next to parsing).
    return bleach.Cleaner(
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
        filters=[
            partial(
                LinkifyFilter,
                callbacks=[_link_attributes],
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


def render_markdown(text: str) -> str:
    """Render the small Markdown subset (emphasis, lists, quotes, code, links) and clean it."""
    if not text:
        return ""
    html = markdown.markdown(
        text, extensions=[_NoRawHtml(), "fenced_code", "sane_lists"], output_format="html"
    )
    return sanitize(html)
