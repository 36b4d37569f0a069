"""What word lists cannot say: phone numbers, email addresses, street addresses and
postcodes, messaging handles, links.

Phone numbers are parsed by ``phonenumbers`` (Google's libphonenumber), in international
form for any country and in the national forms of the regions in
``settings.KINDRED_PHONE_REGIONS``. Only runs of digits and separators are parsed, and
only when the text has 8 digits or more, so ordinary messages never pay for it. A run
counts when it starts with "+" or has at least 9 digits, so years, dates and counts of
days are left alone; 10 digits or more held together count even where no region's plan
knows them.
"""

import re
from functools import cache

import phonenumbers
from django.conf import settings

from moderation.rules import LINK_RE as LINK
from moderation.screening.patterns import PLATFORM

DEFAULT_PHONE_REGIONS = ("US", "GB", "AU", "IN", "DE", "FR")
_MIN_DIGITS = 9
_DIGIT = re.compile(r"\d")
# A number with one decimal point (a measurement, a timestamp) is not a phone number.
_DECIMAL = re.compile(r"\d+\.\d+")
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
# Digits held together only by spaces, dots, dashes or brackets: a number to parse.
_CANDIDATE = re.compile(r"(?<![\d,])\+?\(?\d(?:[\s().-]{0,2}\d){6,16}(?![\d,])")

EMAIL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"
    r"|[\w.+-]+\s?(?:\(at\)|\[at\]|\{at\}|\sat\s)\s?[\w-]+\s?(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s|\.)"
    r"\s?(?:com|net|org|co|uk|io|me|de|fr|edu|gov|ca|au|info)\b",
    re.IGNORECASE,
)
_SUFFIX = (
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|"
    r"terrace|crescent|close|grove|gardens|square|sq|parkway|pkwy|highway|hwy|circle|trail|"
    r"mews|strasse|straße|rue|calle)"
)
ADDRESS = re.compile(
    # "12 Oak Street", "221B Baker St": a number and capitalised words before the suffix.
    rf"(?<!\w)\d{{1,5}}[A-Za-z]?,? (?:[A-Z][\w'-]+ ){{1,3}}(?i:{_SUFFIX})\b"
    # "I live at 12 oak street", "my address is 4 the close".
    r"|(?i:(?:i live|i'?m living|we live|my address is|my house is|my flat is|come to|"
    r"i'?m staying|i stay|find me|located) (?:at|on|in)?\s?(?:no\.? )?\d{1,5}[a-z]?,? \w+)"
    r"|(?i:\b(?:apt|apartment|unit|suite|po box|p\.o\. box)\.? ?#?\d{1,5}\b)"
    r"|(?i:\bmy (?:home |postal |street |new )?address(?: is)?\s?[:\-]?\s?\d{1,5}\w?,? \w+)"
    # Postcodes: UK (upper case, as written on letters), Canada, a US state and ZIP.
    r"|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
    r"|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b"
    r"|\b[A-Z]{2} \d{5}(?:-\d{4})?\b"
    r"|(?i:\b(?:zip|zip code|postcode|post code|postal code)\s?(?:is\s)?:?\s?[a-z0-9]{3,4} ?"
    r"[a-z0-9]{0,3}\b)"
)
SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
__all__ = ["LINK", "email_address", "messaging_handle", "phone_number", "street_address"]

HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{2,29}")
PLATFORM_HANDLE = re.compile(
    rf"(?<![\w'])(?:{PLATFORM})(?:\s?[:=]\s?@?|\s@)[a-z0-9_.]{{3,30}}"
    r"|(?<![\w'])[a-z0-9_.]{2,32}#\d{4}\b",
    re.IGNORECASE,
)
PLATFORM_WORD = re.compile(rf"(?<![\w'])(?:{PLATFORM})(?![\w'])", re.IGNORECASE)


@cache
def _regions() -> tuple[str, ...]:
    return tuple(getattr(settings, "KINDRED_PHONE_REGIONS", DEFAULT_PHONE_REGIONS))


def phone_number(text: str) -> str | None:
    """The first thing in ``text`` that reads as a phone number, or None. Each run of
    digits and separators is parsed on its own (cheaper than scanning the whole text once
    per region)."""
    if len(_DIGIT.findall(text)) < 8:
        return None
    for found in _CANDIDATE.finditer(text):
        raw = found.group(0).strip()
        digits = len(_DIGIT.findall(raw))
        if digits < 8 or _DATE.fullmatch(raw) or _IP.fullmatch(raw) or _DECIMAL.fullmatch(raw):
            continue
        if raw.startswith("+"):
            regions: tuple[str | None, ...] = (None,)
        elif digits >= _MIN_DIGITS:
            regions = _regions()
        else:
            continue
        for region in regions:
            try:
                number = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_possible_number(number):
                return raw
        if digits >= 10:
            return raw
    return None


def email_address(text: str) -> str | None:
    found = EMAIL.search(text)
    return found.group(0) if found else None


def street_address(text: str) -> str | None:
    found = ADDRESS.search(text) or SSN.search(text)
    return found.group(0) if found else None


def messaging_handle(text: str) -> str | None:
    """A handle given with a platform ("snap: mira_22", "@mira on insta", "name#1234")."""
    if (found := PLATFORM_HANDLE.search(text)) is not None:
        return found.group(0)
    handle = HANDLE.search(text)
    if handle is not None and PLATFORM_WORD.search(text):
        return handle.group(0)
    return None
