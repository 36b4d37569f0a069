"""Checks that a piece of HTML (or a whole page) can run no script.

Parsed with html5lib (the parser bleach itself uses, which follows the browsers' HTML
parsing algorithm), so what is checked is what a browser would build.
"""

import re
from pathlib import Path

from bleach._vendor import html5lib

from kindred.text import ALLOWED_ATTRIBUTES, ALLOWED_PROTOCOLS, ALLOWED_TAGS

PAYLOADS_FILE = Path(__file__).with_name("xss_payloads.txt")
# What a browser ignores inside a URL before reading its scheme (WHATWG URL parsing).
_URL_JUNK = re.compile(
    r"[\x00-\x20\x7f-\x9f\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u205f\u3000\ufeff]"
)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "srcset",
    "xlink:href",
    "background",
    "dynsrc",
    "lowsrc",
    "cite",
    "ping",
}


def payloads() -> list[str]:
    return [
        line
        for line in PAYLOADS_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#!")
    ]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def url_scheme(value: str) -> str | None:
    """The scheme a browser would read from an attribute value (None for a relative URL)."""
    match = _SCHEME.match(_URL_JUNK.sub("", value))
    return match.group(1).lower() if match else None


def fragment_problems(html: str) -> list[str]:
    """What in a cleaned fragment is outside the allowlist of kindred.text."""
    problems = []
    root = html5lib.parseFragment(html, treebuilder="etree", namespaceHTMLElements=False)
    for element in root.iter():
        if not isinstance(element.tag, str):
            problems.append("a comment or processing instruction")
            continue
        tag = _local(element.tag)
        if element is root:
            continue
        if tag not in ALLOWED_TAGS:
            problems.append(f"<{tag}>")
        allowed = set(ALLOWED_ATTRIBUTES.get(tag, ())) | ({"rel"} if tag == "a" else set())
        for name, value in element.attrib.items():
            name = _local(name)
            if name not in allowed:
                problems.append(f"<{tag} {name}>")
            scheme = url_scheme(value) if name in URL_ATTRIBUTES else None
            if scheme is not None and scheme not in ALLOWED_PROTOCOLS:
                problems.append(f"<{tag} {name}={value!r}>")
    return problems


def page_problems(html: str) -> list[str]:
    """What in a whole page could run script that the page itself did not ship: any script
    that is not a same-origin static file (or the JavaScript catalog, /jsi18n/), any event
    handler attribute, any URL attribute with a script or data scheme, and any embedding
    element."""
    problems = []
    document = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        tag = _local(element.tag)
        attrs = {_local(k): v for k, v in element.attrib.items()}
        if tag == "script":
            src = attrs.get("src", "")
            own = src.startswith(("/static/", "/jsi18n/")) and not (element.text or "").strip()
            if not own and attrs.get("type") != "application/json":
                problems.append(f"script {attrs} {element.text!r}")
        if (
            tag in {"iframe", "object", "embed", "frame", "frameset", "svg", "math", "base", "meta"}
            and tag != "meta"
        ):
            problems.append(f"<{tag}>")
        if tag == "meta" and "http-equiv" in attrs and attrs["http-equiv"].lower() == "refresh":
            problems.append("<meta refresh>")
        for name, value in attrs.items():
            if name.startswith("on"):
                problems.append(f"<{tag} {name}={value!r}>")
            if (
                name in URL_ATTRIBUTES
                and url_scheme(value)
                in {
                    "javascript",
                    "vbscript",
                    "data",
                    "livescript",
                    "mocha",
                    "feed",
                    "jar",
                }
                and not (tag == "img" and value.startswith("data:image/"))
            ):
                problems.append(f"<{tag} {name}={value!r}>")
            if name == "style" and re.search(r"expression|url\s*\(|javascript", value, re.I):
                problems.append(f"<{tag} style={value!r}>")
    return problems
