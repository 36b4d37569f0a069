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
# A comma touching digits on both sides joins a figure ("1,000,000"); a comma after a number
# ends a clause ("my cell 555-201-3344, I'm in Ohio").
_CANDIDATE = re.compile(r"(?<!\d)(?<!\d,)\+?\(?\d(?:[\s().-]{0,2}\d){6,16}(?!\d|,\d)")
# A number its writer names as a meeting's ("meeting ID 845 2231 9087", "the meeting number
# is 7750 1123", "passcode 0412"): hosts announce these, and they reach no one's phone.
_MEETING_ID = re.compile(
    r"(?:(?:meeting|conference|webinar|zoom|room|call|bridge) ?(?:id|number|no\.?|#|code)"
    r"|passcode|pass code|password|access code|pin)(?: for [\w' ]{1,30}?)?(?: is| =|:)?\s*$",
    re.IGNORECASE,
)


def _meeting_id(text: str, start: int) -> bool:
    return _MEETING_ID.search(text, max(0, start - 60), start) is not None


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
    # "I live above the bakery on Main St": one's home by its street, with no number.
    rf"|(?i:\b(?:i|we) (?:live|stay|'?m living|am living|are living))(?: [\w']+){{0,5}} on "
    rf"[A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?i:{_SUFFIX})\b"
    r"|(?i:\bmy (?:home |postal |street |new )?address(?: is)?\s?[:\-]?\s?\d{1,5}\w?,? \w+)"
    # Postcodes: UK (upper case, as written on letters), Canada, a US state and ZIP.
    r"|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
    r"|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b"
    # An Irish Eircode ("D14 XY22"): a routing key and four letters or digits, one a letter.
    r"|\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) (?=[0-9]*[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}\b"
    r"|\b[A-Z]{2} \d{5}(?:-\d{4})?\b"
    r"|(?i:\b(?:zip|zip code|postcode|post code|postal "
    r"code)(?:'s)?\s?(?:is\s)?:?\s?(?=[a-z]{0,3}\d)"
    r"[a-z0-9]{3,4} ?[a-z0-9]{0,3}\b)"
)
# A house number with a street, written without capitals, after words that give it out
# ("i'm at 221b baker street"), and Spanish addresses, where the street comes first
# ("calle de Alcalá 23", "c/ Mayor, 5").
_NUMBERED_STREET = rf"\d{{1,5}}[a-z]?,? (?:[a-z][\w'-]* ){{1,3}}{_SUFFIX}\b"
ADDRESS_LOWER = re.compile(
    r"(?:i'?m|im|i am|we'?re|we are|i live|we live|i'?m staying|staying|come|come round|"
    r"come over|pop round|drop by|send it|deliver|meet me|i'?m based|based) (?:\w+ )?"
    rf"(?:at|to|on|in) (?:no\.? |number )?{_NUMBERED_STREET}"
    rf"|(?:my|our) (?:\w+ )?(?:address|addy|addr|house|flat|place|home)(?: is)?\s?[:\-]?\s?"
    rf"{_NUMBERED_STREET}",
    re.IGNORECASE,
)
ADDRESS_ES = re.compile(
    r"(?<!\w)(?:c/|av\.|avda\.|pza\.|(?:calle|avenida|avda|plaza|paseo|carrer|camino|"
    r"carretera|ronda|travesia|travesía)(?![\w']))\s?(?:de |del |de la |de los |de las )?"
    r"[\w'áéíóúñ]+(?: [\w'áéíóúñ]+){0,3},? (?:n[ºo°.]* ?)?\d{1,4}\b"
    r"|(?<!\d)\d{5},? (?:madrid|barcelona|valencia|sevilla|zaragoza|malaga|málaga|bilbao|murcia|"
    r"alicante|cordoba|córdoba|valladolid|vigo|gijon|gijón|granada|oviedo|cdmx|mexico|méxico)\b",
    re.IGNORECASE,
)
# French and Portuguese, as in batches 70 and 71: "8 Rue des Lilas", "Rua das Flores 122". A
# venue's address is not anyone's (street_address, _public_venue).
ADDRESS_FR_PT = re.compile(
    r"(?<!\w)\d{1,4},? (?:rue|avenue|boulevard|bd|chemin|allée|allee|impasse|quai) "
    r"(?:de |du |des |de la |d')?[\w'àâçéèêëîïôûùüÿ-]+"
    r"|(?<!\w)(?:rua|avenida|travessa|largo|praça|praca) (?:da |das |do |dos |de )?"
    r"[\w'áâãàçéêíóôõú]+(?: [\w'áâãàçéêíóôõú]+){0,3},? (?:n[ºo°.]* ?)?\d{1,4}\b",
    re.IGNORECASE,
)
# Written in lower case, as people type in chat: a UK postcode with its inward part (not a
# dose or a time: "b12 2mg"), and a house number with a street whose suffix is
# unambiguous, its name not a measure ("3 miles down the road").
POSTCODE_LOWER = re.compile(
    r"(?<![\w'])[a-z]{1,2}\d[a-z\d]? \d(?!mg|ml|am|pm|nd|rd|st|th|kg|lb)[a-z]{2}(?![\w'])",
    re.IGNORECASE,
)
STREET_LOWER = re.compile(
    r"(?<![\w.,'])\d{1,5}[a-z]?,? (?:(?!(?:the|a|an|my|our|your|down|up|along|across|off|"
    r"mile|miles|km|kms|blocks?|times?|of|to|on|in|at|from|by|hours?|hrs?|minutes?|mins?|more|"
    r"days?|years?|"
    r"weeks?|months?|people|steps?|lanes?|cars?|kids|and|or|yards|metres|meters|feet|ft|lap|"
    r"laps|x)(?![\w']))[a-z][\w'-]* ){1,3}(?:street|road|avenue|boulevard|crescent|terrace|"
    r"parkway|mews)(?![\w'])",
    re.IGNORECASE,
)
# A lower-case street or postcode is personal when the message says whose it is; a
# meeting's public venue ("the meeting is at 14 church street hall") is not.
PERSONAL_PLACE = re.compile(
    r"(?<![\w'])(?:my|our|i'?m|im|i am|i live|we live|i stay|me|mine|home|house|flat|apt|"
    r"apartment|come by|come over|come round|drop by|pop round|pop by|visit)(?![\w'])",
    re.IGNORECASE,
)
SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
# Batches 202 to 217 (docs/moderation.md): a number named as someone's identity ("my medicaid
# id is 88210456B", "DOT 2931457", "shield number 4471"), a date of birth, a US address typed
# in lower case with its state and ZIP ("18 maple ct, dayton oh 45402"), and a room in a hall
# of residence ("harlan hall room 214").
ID_NUMBER = re.compile(
    r"(?<![\w'])(?:(?:medicaid|medicare|nhs|ssn|sin|passport|usdot|dot|mc|shield|badge)"
    r"(?: (?:id|number|no\.?|#))?|(?:social security|national insurance|ni|drivers? licen[cs]e|"
    r"driver'?s licen[cs]e|licen[cs]e|member|membership|policy|insurance|account|routing|student|"
    r"employee|staff|prisoner|inmate|case|claim|patient|hospital|chart|nhi) (?:id|number|no\.?|#))"
    r"(?: is|:| =)? ?#?(?=[a-z]{0,3}-?\d)[a-z]{0,3}-?\d[\d -]{2,}\d[a-z]?(?![\w'])",
    re.IGNORECASE,
)
BIRTH_DATE = re.compile(
    r"(?<![\w'])(?:dob|d\.o\.b\.?|date of birth|birthdate)(?: is|:)? ?\d{1,2}[/.-]\d{1,2}[/.-]"
    r"\d{2,4}(?!\d)",
    re.IGNORECASE,
)
_US_STATES = (
    "al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|"
    "nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc"
)
ADDRESS_US_LOWER = re.compile(
    r"(?<![\w.,'])\d{1,5} (?:[a-z][\w'-]* ){1,3}(?:st|street|rd|road|ave|avenue|ct|court|dr|"
    r"drive|ln|lane|blvd|boulevard|way|pl|place|cir|circle|ter|terrace|pkwy|hwy|trl|trail)\.?,? "
    rf"(?:[a-z]+ ){{1,3}}(?:{_US_STATES})\.?,? \d{{5}}(?:-\d{{4}})?(?!\d)",
    re.IGNORECASE,
)
HALL_ROOM = re.compile(
    r"(?<![\w'])[a-z]+ hall,? room \d{3,4}[a-z]?(?![\w'])|(?:my )?dorm (?:room )?is (?:in )?"
    r"[a-z]+ hall(?: room \d+)?",
    re.IGNORECASE,
)
# Card numbers: 13 to 19 digits in groups, which the phone parser may take or leave.
CARD = re.compile(r"(?<!\d)\d{4}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?(?!\d)")
# Digits spelled out ("six one two five five five ..."), read as digits for the phone check.
_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "cero": "0",
    "uno": "1",
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "siete": "7",
    "ocho": "8",
    "nueve": "9",
}
# "double oh", "triple five": the next digit two or three times.
_REPEAT = {"double": 2, "triple": 3}
_SPELLED = re.compile(
    r"(?<![\w'])(?:(?:(?:double|triple) )?(?:"
    + "|".join(_DIGIT_WORDS)
    + r"|\d)[\s,.-]+){5,}(?:(?:double|triple) )?(?:"
    + "|".join(_DIGIT_WORDS)
    + r"|\d)(?![\w'])",
    re.IGNORECASE,
)
# An address spelled out to slip past link filters: "boostfame dot net", "shop(dot)com".
SPELLED_LINK = re.compile(
    r"(?<![\w.])[a-z0-9-]{4,}(?: ?(?:dot|\(dot\)|\[dot\]|\[\.\]|\(\.\)) ?| \. ?)(?:com|net|org|io|"
    r"biz|xyz|"
    r"co|info|shop|store|online|site|me|win|bet|vip|top|club|live|casino|fun|app|cc|ru|tk)"
    r"(?![\w])",
    re.IGNORECASE,
)
# Links that open a chat elsewhere: an invitation to move off the platform by themselves.
CHAT_LINK = re.compile(
    r"(?<![\w.])(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com|"
    r"discord\.gg|discord\.com/invite|discordapp\.com/invite|snapchat\.com/add|"
    r"instagram\.com|signal\.me|signal\.group|m\.me|kik\.me|line\.me|join\.skype\.com)"
    r"/\S+",
    re.IGNORECASE,
)
# "drop your @", "send me your @": asking for a handle without naming the platform.
ASK_HANDLE = re.compile(
    r"(?:drop|send|give|post|leave|share|what'?s|whats)(?: me)? (?:your|ur) @", re.IGNORECASE
)
__all__ = [
    "LINK",
    "SPELLED_LINK",
    "email_address",
    "full_name",
    "local_phone_number",
    "messaging_handle",
    "phone_number",
    "spelled_phone_number",
    "street_address",
]

HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{2,29}")
PLATFORM_HANDLE = re.compile(
    rf"(?<![\w'])(?:{PLATFORM})(?:\s?[:=]\s?@?|\s@)[a-z0-9_.]{{3,30}}"
    r"|(?<![\w'])[a-z0-9_.]{2,32}#\d{4}\b",
    re.IGNORECASE,
)
# A handle with a word that asks to be reached there: "hmu @jay_77", "follow me @mira".
HANDLE_CUE = re.compile(
    r"(?<![\w'])(?:hmu|hit me up|(?:add|follow|find|dm|pm|message|msg|text|ping|reach|contact) me"
    r"|my (?:handle|username|user name|account|page|profile|socials))(?![\w'])",
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
        if _meeting_id(text, found.start()):
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


# An address typed with spaces or letters apart: "m i k e @ gmail . com".
_EMAIL_SPACED = re.compile(r"\s*([@.])\s*")
_LETTERS_APART = re.compile(r"(?<!\S)((?:\w ){2,}\w)(?!\S)")


def email_address(text: str) -> str | None:
    found = EMAIL.search(text)
    if found is None and "@" in text:
        joined = _LETTERS_APART.sub(lambda m: m.group(1).replace(" ", ""), text)
        found = EMAIL.search(_EMAIL_SPACED.sub(r"\1", joined))
    return found.group(0) if found else None


# A meeting's public venue named with its address ("the hall is at 14 Church Street", "the
# community centre, 2 Park Road", "the venue's postcode is BT7 1NN"): not anyone's personal
# details when nothing in the message says whose place it is (PERSONAL_PLACE).
_VENUE = re.compile(
    r"(?<![\w'])(?:hall|church|chapel|community (?:centre|center)|centre|center|library|venue|"
    r"meeting|meetings|clinic|hospital|cafe|café|station|group meets|we meet|meets|venue'?s?)"
    r"(?![\w'])",
    re.IGNORECASE,
)


# Whose place it is, said outright: "our meeting is at my house, 221 oak avenue", "Sarah's
# house is next to the church at 14 Oak Street".
_HOME = re.compile(
    r"(?<![\w'])(?:(?:my|our) (?:place|address)|house|flat|home|apartment|mine|come by|come "
    r"round|come over|pop round|lives?|living|stays?|staying)(?![\w'])",
    re.IGNORECASE,
)


def _public_venue(text: str, found: re.Match) -> bool:
    near = _VENUE.search(text, max(0, found.start() - 40), found.start())
    if near is not None and _HOME.search(text) is None:
        return True  # "the meeting room at 221 Hope Street"
    return _VENUE.search(text) is not None and PERSONAL_PLACE.search(text) is None


def street_address(text: str) -> str | None:
    found = ADDRESS.search(text) or ADDRESS_FR_PT.search(text)
    if found is None and PERSONAL_PLACE.search(text):
        found = STREET_LOWER.search(text) or POSTCODE_LOWER.search(text)
    if found is not None and _public_venue(text, found):
        found = None
    found = found or ADDRESS_LOWER.search(text) or ADDRESS_ES.search(text) or SSN.search(text)
    found = found or CARD.search(text) or ADDRESS_US_LOWER.search(text) or HALL_ROOM.search(text)
    found = found or ID_NUMBER.search(text) or BIRTH_DATE.search(text)
    return found.group(0) if found else None


# A local number without its area code ("555-0142"), said to be one by the words around it.
# Seven digits ("555-0134"), or eight in two fours as in Singapore and Hong Kong ("9123 4567").
_LOCAL_NUMBER = re.compile(r"(?<![\d.,/:-])\d{3,4}[-. ]\d{4}(?![\d.,/:-]?\d)")
_NUMBER_CUE = re.compile(
    r"(?<![\w'])(?:call|ring|text|phone|number|cell|mobile|digits|landline|reach|hp|handphone|"
    r"sms|whatsapp) ?(?:me|us|my|is|on)?(?![\w'])",
    re.IGNORECASE,
)


# A workplace's extension ("he's at Carter & Sons Haulage, extension 214").
_EXTENSION = re.compile(r"\b(?:[Ee]xtension|[Ee]xt\.) ?\d{2,5}\b")


def local_phone_number(text: str) -> str | None:
    if (extension := _EXTENSION.search(text)) is not None:
        return extension.group(0)
    found = _LOCAL_NUMBER.search(text)
    if found is not None and _NUMBER_CUE.search(text) and not _meeting_id(text, found.start()):
        return found.group(0)
    return None


def spelled_phone_number(text: str) -> str | None:
    """A phone number with its digits written as words ("oh seven seven ...")."""
    for found in _SPELLED.finditer(text):
        digits, times = [], 1
        for token in re.findall(r"[a-z]+|\d", found.group(0), re.IGNORECASE):
            if token.lower() in _REPEAT:
                times = _REPEAT[token.lower()]
                continue
            digits.append(_DIGIT_WORDS.get(token.lower(), token) * times)
            times = 1
        digits = "".join(digits)
        if len(digits) >= 9 and phone_number(digits):
            return found.group(0)
    return None


def messaging_handle(text: str) -> str | None:
    """A handle given with a platform ("snap: mira_22", "@mira on insta", "name#1234"), a
    link that opens a chat elsewhere ("t.me/name"), or a handle asked for."""
    if (found := PLATFORM_HANDLE.search(text) or CHAT_LINK.search(text)) is not None:
        return found.group(0)
    if (found := ASK_HANDLE.search(text)) is not None:
        return found.group(0)
    handle = HANDLE.search(text)
    if handle is not None and (PLATFORM_WORD.search(text) or HANDLE_CUE.search(text)):
        return handle.group(0)
    return None


# A full name given as one's own: "my real name is Jo Bloggs", "my surname's Patel", or a
# first and last name with where the person works or lives ("I'm Jane Doe, I work at Tesco").
# A first name alone, as people give it in a meeting, is not enough.
_NAME_GIVEN = re.compile(
    r"\bmy (?:full |real |legal |last |sur|family |maiden )name(?:'s| is|:)\s+\S+", re.IGNORECASE
)
# The people whose full name, said with where they work or study, is someone else's details.
_RELATION = (
    r"(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[A-Za-z][a-z]+'?s) (?:ex|sponsor|husband|wife|partner|"
    r"boyfriend|girlfriend|boss|brother|sister|son|daughter|kid|child|dad|mum|mom|father|mother|"
    r"neighbou?r|abuser|cousin|aunt|uncle|niece|nephew|stepdad|stepmum|stepmom|flatmate|"
    r"roommate|colleague|coworker)(?:[- ]in[- ]law)?"
)
_FULL_NAME = re.compile(
    rf"\b(?:[Ii]'?m|[Mm]y name is|[Tt]his is|[Ii] am|[Nn]ame'?s|[Ii]t'?s|{_RELATION}(?:'?s name)? "
    r"is)\s+"
    r"([A-Z][a-z'\-]+\s+(?:[A-Z][a-z'\-]+\s+)?[A-Z][a-z'\-]{1,})"
)
_NOT_NAMES_TEXT = (
    "a an and the so very really not just still also now here back new good bad happy sad "
    "tired done fine okay ok sorry grateful sober clean today tonight feeling going doing "
    "trying getting having being from with at in on of to for my your our their this that "
    "struggling finally always never only here there"
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_PLACE_OF_LIFE = re.compile(
    r"\b(?:(?:i|he|she|they) (?:work|works|teach|teaches)(?: [\w']+){0,3}? (?:at|for|in)|"
    r"(?:i'?m|he'?s|she'?s) (?:a|an) (?:\w+ ){1,2}(?:at|for)|(?:my|his|her) (?:office|workplace|"
    r"employer|work|job) is|(?:i|he|she|they) (?:live|lives) (?:at|on|in)|"
    r"find (?:me|him|her) at|(?:nurse|doctor|carer|porter|manager|teacher|cleaner|receptionist|"
    r"midwife|paramedic)(?: [\w']+){0,4} at (?:the )?(?-i:[A-Z])\w*)\b",
    re.IGNORECASE,
)


# A full name leading a message, then where the person works or lives ("Brian O'Neill,
# works nights at the Tesco on Main St").
_NAME_THEN_PLACE = re.compile(
    rf"(?:^|\bis |\b[Tt]hat'?s |\b[Yy]ou'?re |\b[Ii]t'?s |\b{_RELATION},? )"
    r"([A-Z][a-z'\-]+ (?:[A-Z][a-z'\-]+ )?(?:[A-Z][a-z]?')?[A-Z][a-z']+(?:-[A-Z][a-z]+)?),? "
    r"(?:(?:aged? )?\d{1,2},? )?"
    r"(?:from (?:[A-Z]\w+(?: [A-Z]\w+)?|(?:tonight|today|last week|this week|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)'?s (?:group|meeting)|the (?:group|meeting)),? "
    r")?"
    r"(?:from the (?:[A-Z][\w']+ ){0,2}[a-z]+ (?:on|in|at) (?!Zoom|Teams|Skype|Facebook)[A-Z]\w+|"
    r"from (?:reception|the (?:front )?desk|accounts|admin|the office|the ward|the pharmacy|HR|"
    r"the kitchen|the tills?) at (?:the )?[A-Z]\w+|"
    r"(?:the one|the woman|the man|the guy|the lady) (?:who|that) (?:shares|posts|talks|"
    r"speaks|cries|chairs)|(?:and )?(?:(?:he|she|they|who) )?(?:from (?:[A-Z]\w+ ){1,3}(?:High|"
    r"School|College|"
    r"Academy|Primary|Uni|University)|works|teaches|lives|is at|goes to|drives for|volunteers "
    r"at|born (?:on )?\d+(?:st|nd|rd|th)?|drives a|(?:she'?s|he'?s) \d\d|is in (?:year|grade|"
    r"class) \d+ at|"
    r"(?:is )?(?:a |an |the )?(?:[a-z]+ )?(?:nurse|teacher|manager|cleaner|"
    r"driver|receptionist|doctor|carer|chef|cashier|barista|mechanic|pharmacist|accountant|"
    r"solicitor|lawyer|officer|dentist|paramedic|midwife|lecturer|engineer|supervisor|porter|"
    r"guard|bartender|barman|waitress|waiter) at (?:the )?[A-Z]\w*))\b"
)
# A child's school with their class or teacher ("my lad's at St Joseph's Primary, Mrs Kelly's
# class"), or someone else's child's school ("Tom's daughter goes to St Brigid's").
_SCHOOL = (
    r"(?:[A-Z][\w'.]+ ){1,4}(?i:Primary|School|Academy|High|College|Nursery|Elementary|Middle|"
    r"Secondary|Grammar|Infants|Juniors|Montessori|Prep|Comprehensive)"
)
_CHILD = (
    r"(?:lad|lass|son|daughter|boy|girl|kid|child|little one|little girl|little boy|wee one|"
    r"wee man|wee lass|wee boy|wee girl|youngest|eldest)"
)
_CHILD_SCHOOL = re.compile(
    rf"\b(?:[Mm]y|[Oo]ur) {_CHILD}(?:'?s| is| goes to| attends| studies at)? (?:at |in )?"
    rf"{_SCHOOL}\b[^.!?\n]{{0,30}}?\b(?:class|[Yy]ear "
    r"\d+|[Gg]rade \d+|form|P\d|Mrs?\.? [A-Z]\w+|Miss [A-Z]\w+)"
    rf"|\b(?:[A-Z][a-z]+'s|[Hh]er|[Hh]is|[Tt]heir) (?:daughter|son|kids?|boy|girl|lad|lass|"
    rf"children)(?:'s)? (?:goes |go |is |are )?"
    rf"(?:to |at )?{_SCHOOL}"
    rf"|\b(?:[Mm]y|[Oo]ur) [A-Z][a-z]+(?:'s| is) (?:at |in )?{_SCHOOL}\b[^.!?\n]{{0,40}}?\b"
    r"(?:class|[Yy]ear \d+|[Gg]rade \d+|form|Mrs?\.? [A-Z]\w+|Miss [A-Z]\w+)"
    rf"|\b(?:[Hh]er|[Hh]is|[Tt]heir|[A-Z][a-z]+'s) school is {_SCHOOL}"
    rf"|\b(?:[Mm]y|[Oo]ur) [A-Z][a-z]+ goes to {_SCHOOL}\b[^.!?\n]{{0,40}}?\b(?:in [A-Z][a-z]+|"
    r"class|[Yy]ear \d+|[Gg]rade \d+)"
    rf"|\b(?:[Mm]y|[Oo]ur) {_CHILD}(?:'?s| is| goes to| attends| studies at)? (?:at |in )?"
    rf"{_SCHOOL}\b"
    r"[^.!?\n]{0,40}?\b(?:pick ?up|home time|finishes|drop ?off|at the gates?|school run|if "
    r"(?:any ?one|any ?body)(?:'?s| "
    r"is)? (?:nearby|near|around|local|about)|(?:come|pop) (?:and )?(?:say hi|say hello|find))"
    rf"|\b(?:[Mm]y|[Oo]ur) {_CHILD} is in (?:[Yy]ear|[Gg]rade|[Cc]lass|P) ?\d+ (?:at|in) {_SCHOOL}"
)
# A child's school by its own name ("my daughter goes to Lincoln Middle School"): the kind of
# school alone ("my son goes to High School now") says nothing of where.
_CHILD_NAMED_SCHOOL = re.compile(
    rf"\b(?:[Mm]y|[Oo]ur) {_CHILD}(?: goes to| attends| studies at|'?s at| is at) ({_SCHOOL})\b"
)
_SCHOOL_KINDS_TEXT = (
    "primary school academy high college nursery elementary middle secondary grammar infants "
    "juniors montessori prep comprehensive junior senior catholic public community the a st "
    "st. saint"
)
_SCHOOL_KINDS = frozenset(_SCHOOL_KINDS_TEXT.split())
# A named person's workplace and where it is ("Tom works at the Halifax branch on Commercial
# Street"), and a zip code given as where one is ("I'm in the 60614 zip").
_NAMED_AT_WORK = re.compile(
    rf"\b(?:[A-Z][a-z]+|[Hh]e|[Ss]he|[Tt]hey|{_RELATION}) (?:works|is working)"
    r"(?: (?:nights|days|evenings|"
    r"weekends|shifts|mornings|"
    r"lates|earlies|part[- ]time|full[- ]time))? (?:at|in|for) (?:the )?[A-Z][\w']+"
    r"(?: [\w']+){0,4} (?:on|in) [A-Z]\w+(?: [A-Z]\w+)? (?:Street|St|Road|Rd|Avenue|Ave|Lane|Way|"
    r"Square|Blvd|"
    r"Boulevard|Drive|Dr|Parade|Crescent|Close|Court|Terrace|Highway|Hwy|Pike|Walk|Row|Hill|"
    r"Gardens|Grove|Mews)\b"
    # "he works at the Shoprite in Claremont, the one by the station, ask for Sipho"
    r"|\b(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+) (?:works|is working)(?: [a-z]+)? (?:at|in|for) "
    r"(?:the )?[A-Z]"
    r"[^.!?\n]{2,80}?\b(?:ask for [A-Z]\w+|if (?:you|u) want to (?:catch|find|see) "
    r"(?:her|him|them))"
    # Someone's street ("Mary from thursday lives on Riverside Drive").
    r"|\b[A-Z][a-z]+ (?:[\w']+ ){0,3}lives (?:on|at) [A-Z]\w+(?: [A-Z]\w+)? (?:Street|St|Road|Rd|"
    r"Avenue|Ave|Lane|Drive|Dr|Close|Court|Way|Crescent|Terrace|Grove|Gardens)\b"
    # A room in a hall of residence: "room 214 in Halls B".
    r"|\b[Rr]oom \d+[A-Za-z]? (?:in|at|of) (?:[A-Z]\w* )?(?:Halls?|Block|Building|House|Tower)\b"
)
# A child's school typed all in lower case, with the class: "my son goes to st aidans primary
# in swansea, year 3".
_CHILD_SCHOOL_LOWER = re.compile(
    r"\b(?:my|our) (?:lad|lass|son|daughter|boy|girl|kid|child|little one|youngest|eldest)"
    r"(?:'?s| is| goes to| attends)? (?:at |in )?(?:st\.? |saint )?[\w']+ (?:primary|secondary|"
    r"school|academy|elementary|high|juniors|infants)\b[^.!?\n]{0,40}?\b(?:class|year \d+|grade "
    r"\d+|p\d)\b",
    re.IGNORECASE,
)
_ZIP_GIVEN = re.compile(r"\b\d{5} (?:zip|zip code|zipcode|area code)\b", re.IGNORECASE)
# One's own workplace with an invitation to come by: "I work at the Tesco Extra on Bristol
# Road ... come say hi".
_WORK_INVITE = re.compile(
    r"\b(?:[Ii] (?:work|teach|volunteer|study)|[Ii]'?m|[Ii] am|[Ii](?:'m| am|m) (?:a|an|the) "
    r"[\w ]{2,30}?)(?: [\w']+){0,3} "
    r"(?:at|in) (?:the "
    r")?[A-Z][^.!?\n]{2,80}?\b(?:come (?:and )?"
    r"(?:say hi|say hello|find me|see me|visit|by)|pop in|drop by|ask for (?:me|[A-Z]\w+)|if "
    r"(?:you|u) want to "
    r"find me|find me there|if (?:any ?one|any ?body|you|u|ya) (?:wants?|fancies|fancy) to (?:find|"
    r"see|visit) me|if (?:any ?one|any ?body)(?:'?s| is)? (?:nearby|near|around|local|passing)|"
    r"if (?:you|u|ya) see me|(?:wants?|fancies|fancy) to meet|if (?:any ?one|any ?body)(?: else)? "
    r"(?:goes|go|is|works) there|manager is [A-Z]\w+)",
)


# A member's screen name unmasked: "the guy calling himself BlueSky is actually Darren
# Whitlock", ""Sandra" in this group is really Sandra Pelletier".
_UNMASKED = re.compile(
    r"(?:calling (?:him|her|them)sel(?:f|ves)|calls (?:him|her|them)sel(?:f|ves)|goes by|posts as|"
    r"known as|in (?:this|the|our) (?:group|meeting|room|chat)|on here|[\"\u201c][^\"\u201d]{1,30}"
    r"[\"\u201d])[\w' ]{0,30}?\b(?:is|'s) (?:really|actually|secretly) "
    r"([A-Z][a-z'\-]+ (?:[A-Z][a-z]?')?[A-Z][a-z'\-]+)"
)
_NAME_OF_OTHER = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+'s) (?:full |real |legal )?name(?:'s| is|:)\s+"
    r"[A-Z][a-z'\-]+ [A-Z][a-z'\-]+"
    # Typed in lower case, with where the person works or lives: "her name is brianna torres
    # and she works at the starbucks on elm st".
    r"|(?i:\b(?:his|her|their) (?:full |real |legal )?name(?:'s| is|:) [a-z'\-]+ [a-z'\-]+,?"
    r"(?: and)? (?:she|he|they) (?:works|lives|is at|goes to|drinks at))"
)


def full_name(text: str) -> str | None:
    if (found := _NAME_GIVEN.search(text)) is not None:
        return found.group(0)
    if (
        found := _CHILD_SCHOOL.search(text)
        or _CHILD_SCHOOL_LOWER.search(text)
        or _WORK_INVITE.search(text)
        or _NAMED_AT_WORK.search(text)
        or _ZIP_GIVEN.search(text)
    ) is not None:
        return found.group(0)
    if (found := _CHILD_NAMED_SCHOOL.search(text)) is not None and not all(
        w.lower() in _SCHOOL_KINDS for w in found.group(1).split()
    ):
        return found.group(0)
    for regex in (_UNMASKED, _NAME_OF_OTHER):
        if (found := regex.search(text)) is not None and not any(
            w.lower() in _NOT_NAMES for w in found.group(found.lastindex or 0).split()[-2:]
        ):
            return found.group(found.lastindex or 0)
    if (found := _NAME_THEN_PLACE.search(text)) is not None and not any(
        w.lower() in _NOT_NAMES for w in found.group(1).split()
    ):
        return found.group(1)
    name = _FULL_NAME.search(text)
    if name is None or _PLACE_OF_LIFE.search(text, name.end()) is None:
        return None
    # Typed In Title Case ("I'm Feeling Really Down"), capitals say nothing about names.
    if any(w.lower() in _NOT_NAMES for w in name.group(1).split()):
        return None
    return name.group(1)
