"""The one place where a person's text becomes HTML.

Everything user-written that a page or a socket shows as HTML (messages, group descriptions
and guidelines, library items, crisis resources) goes through :func:`render_markdown` or
:func:`sanitize`. bleach 6.4 is its last release; keeping it behind this module means it can
be swapped for another cleaner without touching any caller.
"""

import re
import threading
import unicodedata
import xml.etree.ElementTree as etree
from functools import partial

import bleach
import markdown
from bleach.linkifier import TLDS, LinkifyFilter
from django.utils.html import escape
from django.utils.translation import gettext as _
from markdown.blockprocessors import HRProcessor
from markdown.util import AtomicString

from kindred.errors import ServiceError

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "a"}
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener noreferrer ugc"
# What the linkifier takes for a link in plain text, the way a chat does: an http(s) URL or
# one starting "www.", with a known top-level domain. Never a bare name with a dot
# ("readme.md", "my.name", "AT&T.com"), never another scheme ("ftp://example.org" stays
# text, and so does the "example.org" in it), never the middle of a word or address.
_TLD = "|".join(sorted(TLDS, key=len, reverse=True))
_URL_RE = re.compile(
    rf"""\(*                                  # parentheses, balanced off by the linkifier
    (?<![\w@.&/:+-])                          # not inside a word, address or other URL
    (?:https?://(?:[\w-]+\.)+|www\.(?:[\w-]+\.)*)(?:{_TLD})
    (?::[0-9]{{1,5}})?(?![\w-]|\.\w)            # an optional port; the name ends here
    (?:[/?\#][^\s{{}}|\\^`<>"]*)?              # path, query, fragment
    """,
    re.IGNORECASE | re.VERBOSE,
)


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


class _RuleAsText(HRProcessor):
    """A line like "---" or "* * *" is a paragraph of its own, shown as typed."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        match = self.match
        if before := block[: match.start()].rstrip("\n"):
            self.parser.parseBlocks(parent, [before])
        etree.SubElement(parent, "p").text = AtomicString(match.group(0).strip())
        if after := block[match.end() :].lstrip("\n"):
            blocks.insert(0, after)


class _ChatLike(markdown.Extension):
    """Markdown as people type in a chat: a leading "#" ("#1 thing today"), a line of
    dashes under a line, or "***" on its own line are text, not headings or rules (which
    the allowlist would strip, eating the text); "*" between letters or digits ("2*3*4",
    "f*ck") is a character, not emphasis, as "_" already is ("snake_case_name")."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.parser.blockprocessors.deregister("hashheader")
        md.parser.blockprocessors.deregister("setextheader")
        md.parser.blockprocessors.register(_RuleAsText(md.parser), "hr", 50)
        md.delimiters.add("*", "strong,em", smart=True)


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


# C0 controls other than tab and newline (and DEL) never mean anything in a message.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def render_markdown(text: str) -> str:
    """Render the small Markdown subset (emphasis, lists, quotes, code, links) and clean it."""
    if not text:
        return ""
    text = _CONTROLS.sub("", text)
    converter = getattr(_per_thread, "markdown", None)
    if converter is None:
        converter = _per_thread.markdown = markdown.Markdown(
            extensions=[_NoRawHtml(), _ChatLike(), "fenced_code", "sane_lists"],
            output_format="html",
        )
    try:
        html = converter.reset().convert(_escape_unclosed_brackets(text))
    except RecursionError:
        # Lists or quotes nested hundreds deep ("1. 1. 1. ..."): the text as it was typed.
        _per_thread.markdown = None
        html = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    return sanitize(html)


def prepare() -> None:
    """Load the Markdown renderer and the HTML cleaner (their modules, patterns and
    allowlists) before the worker takes sockets: on the first message instead, they stalled
    every room of a freshly started worker for about 30 ms."""
    render_markdown("*Kindred* is **ready**: [a link](https://example.org)\n\n- one\n- two")


# --- Single-line and identity-bearing text -------------------------------------------------


class TextRefused(ValueError):
    """Text that cannot be used where it was given. ``message`` is for the person who
    typed it; ``code`` is the stable code a service's error carries."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.message, self.code = message, code


# Invisible characters outside Unicode's format (Cf) category that can make a name look
# empty or like another one: the combining grapheme joiner, Hangul fillers, the braille
# blank, and the Khmer vowels inherent (which render as nothing).
_INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")
_ZWNJ, _ZWJ = "\u200c", "\u200d"
_TAG_FIRST, _TAG_LAST, _CANCEL_TAG, _BLACK_FLAG = "\U000e0020", "\U000e007e", "\U000e007f", "🏴"


def single_line(value: str, *, label: str = "") -> str:
    """Text for a place that has one line (a name, a title, a calendar field, an email
    header): line breaks, tabs and runs of spaces become one space and the ends are
    trimmed; any other control character is refused."""
    value = " ".join(value.split())
    label = label or _("This")
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise TextRefused(
            _("%(label)s can't contain control characters.") % {"label": label},
            code="control_characters",
        )
    return value


def _needed_format_character(value: str, index: int) -> bool:
    """Whether the format character at ``index`` is one a language or an emoji needs: a
    zero-width (non-)joiner between two visible characters (Indic and Arabic-script
    spelling, emoji sequences such as 👩‍💻), or the tags of a subdivision flag (🏴 + tags +
    cancel tag)."""
    char = value[index]
    if char in (_ZWJ, _ZWNJ):
        before = value[index - 1] if index else " "
        after = value[index + 1] if index + 1 < len(value) else " "
        return not (before.isspace() or after.isspace() or {before, after} & {_ZWJ, _ZWNJ})
    if _TAG_FIRST <= char <= _TAG_LAST or char == _CANCEL_TAG:
        start = index
        while start and (_TAG_FIRST <= value[start - 1] <= _TAG_LAST):
            start -= 1
        end = index
        while end < len(value) and _TAG_FIRST <= value[end] <= _TAG_LAST:
            end += 1
        return (
            start > 0
            and value[start - 1] == _BLACK_FLAG
            and end > start
            and end < len(value)
            and value[end] == _CANCEL_TAG
        )
    return False


def identity_text(value: str, *, label: str = "") -> str:
    """A name people know someone or something by (a display name, a group's name): single
    line, and without the invisible characters that make one name pass for another or hide
    what follows: bidirectional overrides and isolates (U+202A-202E, U+2066-2069), marks
    (U+200E, U+200F, U+061C), zero-width spaces, word joiners, byte-order marks, soft
    hyphens, private-use characters and other invisible formatting (Unicode Cf), except a
    joiner inside a word or an emoji and a flag's tags. Variation selectors and combining
    marks (which languages and emoji need) stay. The name must show something."""
    label = label or _("A name")
    value = single_line(value, label=label)
    for index, char in enumerate(value):
        category = unicodedata.category(char)
        if (
            char in _INVISIBLE
            or category in ("Co", "Cs")
            or (category == "Cf" and not _needed_format_character(value, index))
        ):
            raise TextRefused(
                _(
                    "%(label)s can't contain invisible or direction-changing characters "
                    "(%(character)s). Please type it again without them."
                )
                % {"label": label, "character": f"U+{ord(char):04X}"},
                code="invisible_characters",
            )
    if value and not any(unicodedata.category(c)[0] in "LNPS" for c in value):
        raise TextRefused(
            _("%(label)s needs at least one letter, digit or symbol.") % {"label": label},
            code="invisible",
        )
    return value


def feed_text(value: str, *, one_line: bool = True) -> str:
    """Stored text made safe for a feed (iCalendar, JSON for other sites): never refuses.
    Control characters are dropped; ``one_line`` turns line breaks into spaces, otherwise
    they become plain newlines."""
    value = value.replace("\r\n", "\n").replace("\t", " ")
    for separator in ("\r", "\v", "\f", "\x85", "\u2028", "\u2029"):
        value = value.replace(separator, "\n")
    value = "".join(c for c in value if c == "\n" or unicodedata.category(c) not in ("Cc", "Cs"))
    if one_line:
        return " ".join(value.split())
    return value


def checked_text(value: str, *, field: str, label: str, identity: bool = False) -> str:
    """:func:`single_line` (or :func:`identity_text`) for a service: a refusal becomes a
    ServiceError with the refusal's code, on ``field``."""
    check = identity_text if identity else single_line
    try:
        return check(value if isinstance(value, str) else str(value), label=label)
    except TextRefused as refused:
        raise ServiceError(refused.message, code=refused.code, field=field) from refused


def check_length(size: int, limit: int, message: str, params: dict, *, code: str, field: str):
    """Refuse ``size`` (a length or a count) over ``limit``: a ServiceError on ``field`` with
    ``message`` (translated) filled in with ``params``."""
    if size > limit:
        raise ServiceError(message % params, code=code, field=field)
