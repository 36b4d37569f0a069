"""Text as the screening rules (moderation.screening) and the display-name checks
(accounts.names) read it.

People who want a word past a filter disguise it: capitals, full-width or accented letters,
Cyrillic and Greek look-alikes (``k\u0456ll`` with a Cyrillic i), digits and symbols for
letters (``k1ll``, ``g0 d1e``), letters spaced or dotted apart (``k y s``, ``k.y.s``) and
letters repeated (``diiie``). ``fold`` undoes the first three for any text (display
names too); ``words`` also undoes the rest and leaves lower-case words separated by single
spaces, apostrophes kept inside words ("don't"), which the phrase patterns are written
against. Digits that stand alone ("2 kids", "24/7") stay digits.

The look-alike table comes from Unicode's confusables list as packaged by
``confusable-homoglyphs``: every non-ASCII character listed as confusable with a single
ASCII letter or digit reads as that letter or digit.
"""

import re
import unicodedata
from functools import cache

from confusable_homoglyphs.confusables import confusables_data

_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u201c": '"'}
)
# Combining marks: Latin and Cyrillic accents, and Arabic's short vowels, hamza and madda
# written over or under a letter (NFKD takes alef with hamza, U+0623, apart into the alef
# and its hamza).
_MARKS = re.compile(
    r"[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    r"\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]"
)
# Invisible characters, and Arabic's tatweel, which only stretches a word ("تعبـــان").
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u0640]")

# Symbols and digits used for letters, inside a word that has letters ("k1ll", "d!e").
LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "i",
        "+": "t",
        "€": "e",
    }
)
_LEET_CHARS = "0134578@$!|+€"
# Only words holding a digit or symbol that may stand for a letter need a closer look.
_LEET_TOKEN = re.compile(r"\S*[0134578@$!|+\u20ac]\S*")
# A number and its unit stays as it is; a digit before other letters reads as a letter
# ("5elf", "3nd it").
_QUANTITY = re.compile(
    r"[$£€]?\d+(?:[.,]\d+)?(?:am|pm|st|nd|rd|th|k|m|bn|kg|g|mg|mcg|ml|l|lb|lbs|kms?|mi|cm|mm|"
    r"mins?|h|hrs?|s|secs?|x|yrs?|yo|d|days?|wks?|mos?|p|gb|mb|tb|ft|in|oz|mph|kph|kmh|ish|"
    r"s|er|ers|hr|wk|yr|mo)"
)
_EDGE = "\"'()[]{}<>.,;:?!*~_-\u2013\u2014\u2026/\\@#"
_NON_WORD = re.compile(r"[^\w']+|_")
_LONE_QUOTE = re.compile(r"(?<!\w)'|'(?!\w)")
# Three or more single letters in a row, spaced or dotted apart: "k y s", "d.i.e".
_SPACED = re.compile(r"(?<!\w)(?:[a-z] ){2,}[a-z](?!\w)")
# A whole message of letters spaced apart, words set apart by two spaces or more.
_SPACED_WORDS = re.compile(r"[a-z0-9](?: [a-z0-9])*(?: {2,}[a-z0-9](?: [a-z0-9])*)+")
# Chat shorthand that the rule sets' phrases spell out.
_SHORTHAND = {
    "abt": "about",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmw": "tomorrow",
    "tonite": "tonight",
    "2nite": "tonight",
    "ppl": "people",
    "rly": "really",
    "pls": "please",
    "plz": "please",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "idk": "i don't know",
    "idc": "i don't care",
    "rn": "right now",
    "gunna": "gonna",
    "gona": "gonna",
    "wana": "wanna",
    "kil": "kill",
    "kno": "know",
    "knw": "know",
    "ded": "dead",
    "my self": "myself",
    "ur self": "yourself",
    "2day": "today",
    # Dropped g: "killin myself", "thinkin about dyin".
    "killin": "killing",
    "dyin": "dying",
    "cuttin": "cutting",
    "endin": "ending",
    "hurtin": "hurting",
    "thinkin": "thinking",
    "wantin": "wanting",
    "goin": "going",
    "tryin": "trying",
    "hangin": "hanging",
    "jumpin": "jumping",
    "takin": "taking",
    "plannin": "planning",
    "livin": "living",
    "feelin": "feeling",
    "burnin": "burning",
    "savin": "saving",
    "standin": "standing",
    "sittin": "sitting",
    "lookin": "looking",
    "starin": "staring",
    "drinkin": "drinking",
    "gamblin": "gambling",
    "sleepin": "sleeping",
    "givin": "giving",
    "leavin": "leaving",
    "sayin": "saying",
    "writin": "writing",
    "waitin": "waiting",
    # Scots: "cannae see me bein here", "fae my windae".
    "bein": "being",
    "cannae": "can't",
    "canna": "can't",
    "dinnae": "don't",
    "didnae": "didn't",
    "wouldnae": "wouldn't",
    "couldnae": "couldn't",
    "isnae": "isn't",
    "wisnae": "wasn't",
    "tae": "to",
    "polis": "police",
    "fae": "from",
    # Suicide misspelled.
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "suicid": "suicide",
    "sucicide": "suicide",
    "suecide": "suicide",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "suisidal": "suicidal",
    "sucicidal": "suicidal",
    "diee": "die",
    "dieee": "die",
}
_SHORTHAND_RE = re.compile(r"(?<![\w'])(?:" + "|".join(_SHORTHAND) + r")(?![\w'])")
# "want 2 die", "going 2 end it": a lone 2 between words reads "to".
_TWO = re.compile(
    r"(?:(?<=want )|(?<=going )|(?<=gonna )|(?<=need )|(?<=have )|(?<=ready )|(?<=about )|"
    r"(?<=trying )|(?<=wish )|(?<=how )|(?<=wanted ))2(?= [a-z])|(?<=want )2$"
)
# Single letters dotted apart ("k.y.s", "d.r.i.n.k u.p"): a word, read whole, each space
# between such runs where a word ends.
_DOTTED = re.compile(r"(?<![\w.])[a-z](?:\.[a-z])+\.?(?!\w)")
_RUN3 = re.compile(r"([a-z])\1{2,}")
# Words with letters starred out ("f*ck", "b*tch", "r*tard"), read whole.
_MASKED = {
    r"f[*#]+c?k": "fuck",
    r"b[*#]+tch": "bitch",
    r"c[*#]+nt": "cunt",
    r"r[*#]+t?ard": "retard",
    r"wh[*#]+re": "whore",
    r"sh[*#]+t": "shit",
    r"sl[*#]+t": "slut",
    r"k[*#]+ll": "kill",
    r"d[*#]+e": "die",
    r"s[*#]+icide": "suicide",
    r"n[*#]+(?:r|a|er|ga|gga|gger)s?": " racialslur ",
    r"d[*#]+ke": " homophobicslur ",
    r"f[*#]+g(?:got)?s?": " homophobicslur ",
}
_MASKED_RE = re.compile(r"(?<![\w*#])(?:" + "|".join(_MASKED) + r")")
_MASKED_COMPILED = [(re.compile(k), v) for k, v in _MASKED.items()]


def _unmask(match: re.Match) -> str:
    for regex, word in _MASKED_COMPILED:
        if regex.fullmatch(match.group(0)):
            return word
    return match.group(0)


_CYRILLIC = {"\u043a": "k", "\u0442": "t", "\u043c": "m", "\u043d": "h", "\u0432": "b"}
# Pictures that stand for words read as those words: a means of harm ("can't do this anymore
# 💊💊"), and the pictures people put in place of an insult, a taunt or a drink offered to
# someone in recovery ("🍾 go on", "🤡🤡", "keep crying 💀"), for the patterns and the model
# alike; the model learns from kind uses of the same pictures ("i'm dead 😂") too.
_EMOJI = {
    "\U0001f48a": " pills ",
    "\U0001f52a": " knife ",
    "\U0001f5e1": " knife ",
    "\U0001f52b": " gun ",
    "\U0001faa2": " rope ",
    "\u26b0": " coffin ",
    "\U0001faa6": " grave ",
    "\U0001fa78": " blood ",
    "\U0001f489": " needle ",
    "\U0001f480": " skull ",
    "\u2620": " skull ",
    "\U0001f921": " clown ",
    "\U0001f437": " pig ",
    "\U0001f416": " pig ",
    "\U0001f43d": " pig ",
    "\U0001f400": " rat ",
    "\U0001f401": " rat ",
    "\U0001f40d": " snake ",
    "\U0001f92e": " vomit ",
    "\U0001f922": " vomit ",
    "\U0001f595": " middlefinger ",
    "\U0001f644": " eyeroll ",
    "\U0001f608": " devil ",
    "\U0001f602": " lol ",
    "\U0001f923": " lol ",
    "\U0001f37a": " booze ",
    "\U0001f37b": " booze ",
    "\U0001f377": " booze ",
    "\U0001f378": " booze ",
    "\U0001f943": " booze ",
    "\U0001f379": " booze ",
    "\U0001f942": " booze ",
    "\U0001f37e": " booze ",
    "\U0001f376": " booze ",
    "\U0001f3b0": " slots ",
    "\U0001f309": " bridge ",
    # Pictures that carry a leer or a kiss: the model learns their hostile and kind uses.
    "\U0001f346": " eggplant ",
    "\U0001f351": " peach ",
    "\U0001f4a6": " droplets ",
    "\U0001f445": " tongue ",
    "\U0001f60f": " smirk ",
    "\U0001f975": " hotface ",
    "\U0001f924": " drool ",
    "\U0001f618": " kissface ",
    "\U0001f60d": " hearteyes ",
    "\U0001f609": " wink ",
}
_EMOJI_RE = re.compile("[" + "".join(_EMOJI) + "]")


@cache
def _look_alikes() -> dict[int, str]:
    table: dict[int, str] = {}
    for char, glyphs in confusables_data.items():
        if len(char) != 1 or char.isascii():
            continue
        for glyph in glyphs:
            target = glyph["c"]
            if len(target) == 1 and target.isascii() and target.isalnum():
                table[ord(char)] = target.lower()
                break
    # Small capitals (U+1D0B U+028F "s" for "kys"), which the list leaves out and NFKC keeps as
    # they are.
    for code in (*range(0x0250, 0x02B0), *range(0x1D00, 0x1D2C), *range(0xA730, 0xA733)):
        name = unicodedata.name(chr(code), "")
        if name.startswith("LATIN LETTER SMALL CAPITAL ") and len(name) == 28:
            table.setdefault(code, name[-1].lower())
    # Letters in black circles and squares ("🅺🆈🆂"), which NFKC keeps as they are.
    for start in (0x1F150, 0x1F170):
        for offset in range(26):
            table.setdefault(start + offset, chr(ord("a") + offset))
    # Cyrillic small letters that look Latin in most fonts but are not in the list as such.
    for char, target in _CYRILLIC.items():
        table.setdefault(ord(char), target)
    # The dotless i, long s and such fold to ASCII through NFKC or casefold already.
    return table


# A capital I after a small letter inside a word is an l in disguise ("kiII yourseIf"): in
# most fonts the two are the same stroke. The small letter may be a look-alike of another
# script ("k\u0456II", a Cyrillic i before the capitals).
_CAPITAL_I = re.compile(r"(?<=[^\W\d_])I+")


def _capital_l(match: re.Match) -> str:
    if match.string[match.start() - 1].islower():
        return "l" * len(match.group(0))
    return match.group(0)


def fold(text: str) -> str:
    """Lower case, compatibility forms (full-width, ligatures, circled letters), accents
    and invisible characters removed, look-alike letters read as the Latin ones, and a
    capital I inside a small-letter word read as the l it stands for."""
    if "I" in text:
        text = _CAPITAL_I.sub(_capital_l, text)
    text = unicodedata.normalize("NFKD", text).casefold()
    text = _INVISIBLE.sub("", _MARKS.sub("", text))
    return text.translate(_look_alikes()).translate(_QUOTES)


# "key=value" and "key:value" are two words: "c=44" is not "caa".
_PAIR = re.compile(r"[=:]")


def _unleet(match: re.Match) -> str:
    token = match.group(0)
    if _PAIR.search(token):
        return "".join(
            part if _PAIR.fullmatch(part) else _unleet_word(part)
            for part in re.split(r"([=:])", token)
        )
    return _unleet_word(token)


# A 1 or | stands for an l as often as for an i: after a vowel ("yourse1f", "ki1l") or
# doubled ("ki11", "he||"). Read that way, as a second reading beside the one with i.
_AS_L = re.compile(r"(?<=[aeiou1|])[1|]|[1|](?=[1|])")


def _unleet_l(match: re.Match) -> str:
    token = match.group(0)
    if _PAIR.search(token):
        return token
    return _unleet_word(token, as_l=True)


def _unleet_word(token: str, *, as_l: bool = False) -> str:
    core = token.strip(_EDGE)
    if not core or not any(c in _LEET_CHARS for c in core) or not any(c.isalpha() for c in core):
        return token
    if _QUANTITY.fullmatch(core):  # "10kg", "5pm", "2nd": a number and its unit
        return token
    digits = sum(c.isdigit() for c in core)
    if digits >= 4 and digits > 2 * sum(c.isalpha() for c in core):
        return token  # a number with a letter or two ("t=1733330812.12", "ref 8841ab")
    start = token.find(core)
    if as_l:
        core = _AS_L.sub("l", core)
    return token[:start] + core.translate(LEET) + token[start + len(core) :]


def _join_after_word(match: re.Match) -> str:
    """Letters spaced apart, joined after the short words that lead them ("u r a w h o r e":
    "u r a whore"), while three letters or more are left to join."""
    letters = match.group(0).split(" ")
    head = []
    # "r" is "are" only after "u" ("u r a ..."); after "a" it starts the word ("a r e t a r d").
    while len(letters) > 3 and letters[0] in "aiur" and (letters[0] != "r" or head[-1:] == ["u"]):
        head.append(letters.pop(0))
    return " ".join([*head, "".join(letters)])


def words(folded: str) -> tuple[str, ...]:
    """``folded`` (from fold) with symbols read as letters, punctuation as spaces, common
    chat shorthand spelled out ("abt", "tmrw") and spaced-apart letters joined. Each
    reading that could go two ways gives two: letters spaced apart are read joined ("k y
    s") and as they are ("u r a waste"); letters dotted apart as words ("d.r.i.n.k u.p":
    "drink up") and as letters; a 1 or | as an i and, where it may be one, an l ("yourse1f");
    a run of three or more of one letter as one letter ("diiie": "die") and as two
    ("killll": "kill")."""
    # Letters spaced apart with wider gaps between the words ("y o u  a r e  a  w a s t e"):
    # read with the gaps as where the words end, and as the letters run together.
    if "  " in folded and _SPACED_WORDS.fullmatch(folded.strip()):
        gapped = " ".join(w.replace(" ", "") for w in re.split(r" {2,}", folded.strip()))
        return tuple(dict.fromkeys(words(gapped) + words(" ".join(folded.split()))))
    if "." in folded and (dotted := _DOTTED.sub(_undot, folded)) != folded:
        return tuple(dict.fromkeys(words(dotted) + _words(folded)))
    return _words(folded)


def _undot(match: re.Match) -> str:
    return match.group(0).replace(".", "")


def _words(folded: str) -> tuple[str, ...]:
    """words() of ``folded``, its dotted letters left as they are."""
    if "*" in folded or "#" in folded:
        folded = _MASKED_RE.sub(_unmask, folded)
    text = _LEET_TOKEN.sub(_unleet, folded)
    if "1" in folded or "|" in folded:
        as_l = _LEET_TOKEN.sub(_unleet_l, folded)
        if as_l != text:
            return tuple(dict.fromkeys(_readings(text) + _readings(as_l)))
    return _readings(text)


def _readings(text: str) -> tuple[str, ...]:
    """The readings of ``text``, its symbols already read as letters (see words())."""
    if _EMOJI_RE.search(text):
        text = _EMOJI_RE.sub(lambda m: _EMOJI[m.group(0)], text)
    text = _LONE_QUOTE.sub(" ", _NON_WORD.sub(" ", text))
    text = " ".join(text.split())
    text = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(0)], text)
    text = _TWO.sub("to", text)
    readings = [text]
    if " " in text:
        joined = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
        if joined != text:
            readings = [joined, text]
            # "you're a w h o r e": a lone "a", "i" or "u" before the letters is a word.
            apart = _SPACED.sub(_join_after_word, text)
            if apart != joined:
                readings.insert(1, apart)
    out: list[str] = []
    for reading in readings:
        if _RUN3.search(reading) is None:
            out.append(reading)
        else:
            out += [_RUN3.sub(r"\1", reading), _RUN3.sub(r"\1\1", reading)]
    return tuple(out)


def name_key(name: str) -> str:
    """How a display name reads, for telling whether two names would be taken for each
    other: folded, symbols read as letters, and only letters and digits kept."""
    text = _LEET_TOKEN.sub(_unleet, fold(name))
    return re.sub(r"[\W_]+", "", text)
