"""Automatic word and phrase rules: validation and whole-word matching.

Matching is on casefolded text, on whole words only (``(?<!\\w)`` and ``(?!\\w)``, the
Unicode-aware form of ``\\b``), so a rule on "kill" never matches "skilled". Allowed terms
are cut out of the text before matching, for phrases a group wants to keep.
"""

import re
from collections.abc import Iterable

from django.utils.translation import gettext as _

from kindred.errors import ServiceError

PATTERN_MIN_LETTERS = 3
PATTERN_MAX_LENGTH = 100
PHRASE_MAX_WORDS = 8

LINK_RE = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w@.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|me|co|"
    r"info|biz|ly|gg|tv|app|xyz|uk|us|de|fr|ru)\b(?:/\S*)?",
    re.IGNORECASE,
)


def normalize(text: str) -> str:
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


def _refused(message: str, code: str) -> ServiceError:
    return ServiceError(message, code=code, field="pattern")


def clean_pattern(pattern: str, *, kind: str) -> str:
    """The normalized pattern, or a ServiceError saying why it cannot be a rule."""
    value = normalize(pattern or "")
    if not value:
        raise _refused(_("A rule needs a word or phrase."), "pattern_empty")
    if len(value) > PATTERN_MAX_LENGTH:
        message = _("Keep a rule under %(PATTERN_MAX_LENGTH)s characters.")
        raise _refused(message % {"PATTERN_MAX_LENGTH": PATTERN_MAX_LENGTH}, "pattern_too_long")
    letters = sum(ch.isalnum() for ch in value)
    if letters == 0:
        message = _("A rule made only of punctuation or spaces would match almost anything.")
        raise _refused(message, "pattern_no_letters")
    if letters < PATTERN_MIN_LETTERS:
        message = _("A rule needs at least %(PATTERN_MIN_LETTERS)s letters or digits.")
        raise _refused(message % {"PATTERN_MIN_LETTERS": PATTERN_MIN_LETTERS}, "pattern_too_short")
    words = value.split(" ")
    if kind == "word" and len(words) > 1:
        message = _("A word rule is a single word; choose “phrase” for several words.")
        raise _refused(message, "pattern_not_a_word")
    if len(words) > PHRASE_MAX_WORDS:
        message = _("Keep a phrase to %(PHRASE_MAX_WORDS)s words or fewer.")
        raise _refused(message % {"PHRASE_MAX_WORDS": PHRASE_MAX_WORDS}, "pattern_too_long")
    return value


def term_regex(term: str) -> re.Pattern:
    words = normalize(term).split(" ")
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)")


def strip_allowed(text: str, allowed: Iterable[str]) -> str:
    text = normalize(text)
    for term in allowed:
        if term.strip():
            text = term_regex(term).sub(" ", text)
    return text


def matches(pattern: str, text: str) -> bool:
    """Whole-word match of ``pattern`` in already normalized ``text``."""
    return bool(term_regex(pattern).search(text))


def has_link(text: str) -> bool:
    return bool(LINK_RE.search(text))
