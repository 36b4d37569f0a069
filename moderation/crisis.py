"""Language that suggests a risk of self-harm, and the resources sent to its author.

A match is never silently dropped: the message is still posted (or held if a rule says so),
the author at once gets a calm private notice with crisis resources, and the room's
moderators get an alert. A false positive costs one gentle notice; a miss could cost far
more, so the list leans towards matching. Keep it short, plain and non-graphic.

Matching is on casefolded text with straightened apostrophes and collapsed spaces, on
whole words and phrases only. The guards are common figures of speech that contain a
phrase without meaning it; they are cut out before matching.
"""

import re
from functools import cache

from django.conf import settings
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

from kindred.text import render_markdown

PHRASES: tuple[str, ...] = (
    "kill myself",
    "killing myself",
    "end my life",
    "ending my life",
    "end it all",
    "take my own life",
    "take my life",
    "suicide",
    "suicidal",
    "want to die",
    "wanna die",
    "wish i was dead",
    "wish i were dead",
    "better off dead",
    "better off without me",
    "don't want to live",
    "do not want to live",
    "dont want to live",
    "no reason to live",
    "not want to be here anymore",
    "don't want to be here anymore",
    "can't go on",
    "cant go on",
    "hurt myself",
    "hurting myself",
    "harm myself",
    "self harm",
    "self-harm",
    "overdose",
)

GUARDS: tuple[str, ...] = (
    "kill myself laughing",
    "suicide squad",
    "suicide prevention",
    "suicide awareness",
)


def normalize(text: str) -> str:
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text)


def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern:
    parts = (r"\s+".join(re.escape(word) for word in p.split()) for p in phrases)
    # Longest first, so "self-harm" wins over a shorter overlapping phrase.
    alternatives = sorted(parts, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    return _phrase_regex(PHRASES), _phrase_regex(GUARDS)


def crisis_match(text: str) -> str | None:
    """The first crisis phrase in ``text`` (normalized), or None."""
    phrases, guards = _patterns()
    cleaned = guards.sub(" ", normalize(text))
    found = phrases.search(cleaned)
    return found.group(0) if found else None


# The site's default resources. Override with settings.KINDRED_CRISIS_RESOURCES (a list of
# (name, how to reach, url or "")) without touching code.
DEFAULT_RESOURCES: tuple[tuple[str, str, str], ...] = (
    ("988 Suicide & Crisis Lifeline (US)", "Call or text 988", "https://988lifeline.org/"),
    (
        "Samaritans (UK and Ireland)",
        "Call 116 123, free, day or night",
        "https://www.samaritans.org/",
    ),
    (
        "Find a Helpline (international directory)",
        "Free, confidential helplines in many countries",
        "https://findahelpline.com/",
    ),
)

NOTICE_INTRO = (
    "It sounds like you may be carrying something very heavy right now. You are not alone, "
    "and you deserve support. If you are in danger, please call your local emergency number. "
    "You can talk to someone now, for free:"
)


def site_resources() -> tuple[tuple[str, str, str], ...]:
    return tuple(getattr(settings, "KINDRED_CRISIS_RESOURCES", DEFAULT_RESOURCES))


def resources_html(group=None) -> SafeString:
    """The calm notice as HTML: site resources, then the group's own (Markdown, sanitized)."""
    items = format_html_join(
        "",
        '<li><a href="{}" rel="noopener noreferrer" target="_blank">{}</a>: {}</li>',
        ((url, name, how) for name, how, url in site_resources()),
    )
    html = f'<p>{NOTICE_INTRO}</p><ul class="crisis-resources">{items}</ul>'
    if group is not None and group.crisis_resources.strip():
        own = render_markdown(group.crisis_resources)
        # The notice travels in one frame of the room socket: a group's own resources too
        # long for it (stored before they were capped) are pointed to, never lost with it.
        from chat.selectors import message_html_fits

        html += (
            own
            if message_html_fits(own)
            else "<p>The group's own resources are on its page, under its guidelines.</p>"
        )
    html += "<p>The group's moderators have been told, so someone can reach out to you.</p>"
    return mark_safe(html)  # noqa: S308 - built from our own constants, escaped values and sanitize()


def resources_text(group=None) -> str:
    lines = [NOTICE_INTRO]
    lines += [f"- {name}: {how} ({url})" for name, how, url in site_resources()]
    if group is not None and group.crisis_resources.strip():
        lines.append(group.crisis_resources.strip())
    return "\n".join(lines)
