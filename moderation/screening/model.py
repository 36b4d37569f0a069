"""The screening model: two small linear classifiers (crisis, harassment) that read a message
after the same folding as the patterns, so leetspeak, spaced letters and look-alike letters
are undone first.

A message becomes a set of features: its words, its word pairs and the 3- to 5-letter pieces
of each word (with the word's edges), and, when it speaks to someone ("you", "ur"), each of
its content words marked as said to them, each hashed into a fixed number of buckets. A
person's first name is read as the one word ``<name>``. A class's
score is the logistic of the sum of the weights of those buckets plus a bias. The weights are
trained offline (moderation/screening/train.py, ``manage.py train_screening_model``) and
shipped in ``model.json`` beside this file; this module only reads them, once per process,
so the running site needs nothing beyond the standard library.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path

from kindred.normalize import fold, words

MODEL_FILE = Path(__file__).with_name("model.json")
BUCKETS = 1 << 18
CHAR_NGRAMS = (3, 5)


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode()) & (BUCKETS - 1)


# A number is read by its shape, every digit as 0: which digits a count, a time or an id
# holds says nothing of the message, and their pieces, hashed, only added chance weights.
_DIGIT_SHAPE = str.maketrans("123456789", "000000000")


def token_features(token: str) -> list[str]:
    """The features one word gives on its own: the word and its letter pieces."""
    token = token.translate(_DIGIT_SHAPE)
    padded = f" {token} "
    low, high = CHAR_NGRAMS
    out = ["w" + token]
    for n in range(low, high + 1):
        out.extend("c" + padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


@lru_cache(maxsize=20_000)
def _token_buckets(token: str) -> tuple[int, ...]:
    return tuple({_bucket(feature) for feature in token_features(token)})


def readings(text: str) -> tuple[str, ...]:
    return words(fold(text))


# Words that say who or how but nothing of what. A class that reads "content only" (the
# harassment_words class) never sees them, so "why are you …" or "you will …" weigh nothing
# there, and the engine holds a message on the harassment score only when that class agrees
# that its other words lean hostile.
_FUNCTION_WORDS_TEXT = """a an the and or but if so as at by for from in into of on onto to
    with without about over under up down out off than then too very just also only even
    still already again i me my mine myself we us our ours you u ya ye your yours ur yourself
    yourselves urself he him his she her hers it its they them their theirs this that these
    those there here is am are was were be been being do does did doing have has had having
    will would shall should can could may might must not no nor yes yeah what who whom whose
    which when where why how all any both each every some such own same other another im
    youre ive youve dont doesnt didnt cant wont isnt arent wasnt id youd ill youll shes hes
    theyre thats whats lets get got go going gonna wanna one ones"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
# Words that speak to someone. In a message holding one, each content word also counts as said
# to that person: "relapse" told about oneself and "relapse" told to "you" weigh apart, which
# words alone and neighbouring pairs cannot tell (docs/moderation.md, "Batches 86 to 93").
_SECOND_PERSON_TEXT = (
    "you u ya ye yu your yours ur yourself yourselves urself youre youve youll youd yall"
)
SECOND_PERSON = frozenset(_SECOND_PERSON_TEXT.split())
# What a first name reads as. A name says nothing of what is said to its bearer; learnt as
# itself, the names in the training sets' jabs came to weigh towards harassment, and a kind
# "Mark how's the house move going?" was held on "mark".
NAME = "<name>"


def _named(tokens: list[str], names: frozenset[str]) -> list[str]:
    if not names:
        return tokens
    return [NAME if token in names else token for token in tokens]


# Arabic script, which the model never learnt (moderation/screening/arabic.py reads it): its
# letters' pieces would only land in buckets that English words filled, and weigh at random.
_UNREAD = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def _reads(token: str, skip: frozenset[str], known: frozenset[str] | None) -> bool:
    if not skip:
        return True
    # A content-only reading: no function words, no lone letters or bare numbers (the
    # letters of "k y s" read apart, a count), and only words the class has met.
    if len(token) < 2 or token.isdigit() or token.replace("'", "") in skip:
        return False
    return known is None or token in known


def features(
    readings_: tuple[str, ...],
    skip: frozenset[str] = frozenset(),
    known: frozenset[str] | None = None,
    names: frozenset[str] = frozenset(),
) -> dict[int, str]:
    """Bucket → the word that gave it (a word pair is credited to its second word), over
    every reading of the message; each bucket counts once. A word in ``names`` reads as
    NAME. With ``skip`` (a content-only reading), the words in it, lone letters, bare
    numbers and words not in ``known`` give nothing, and the words either side of them pair
    up. In a reading that speaks to someone (SECOND_PERSON), each content word also gives
    its "said to you" feature."""
    found: dict[int, str] = {}
    for reading in readings_:
        every = reading.split()
        tokens = [
            t for t in _named(every, names) if _reads(t, skip, known) and not _UNREAD.search(t)
        ]
        if not SECOND_PERSON.isdisjoint(every):
            for token in tokens:
                if len(token) > 1 and token not in FUNCTION_WORDS:
                    found.setdefault(_bucket(f"y{token}"), token)
        previous = ""
        for token in tokens:
            for bucket in _token_buckets(token):
                found.setdefault(bucket, token)
            if previous:
                found.setdefault(_bucket(f"b{previous} {token}"), token)
            previous = token
    return found


# The engine asks several classes about one message in turn: its features are worked out
# once per message (callers only read the dict).
_message_features = lru_cache(maxsize=4)(features)


def featurise(
    text: str,
    skip: frozenset[str] = frozenset(),
    known: frozenset[str] | None = None,
    names: frozenset[str] = frozenset(),
) -> list[int]:
    """The buckets of ``text``, as training sees them."""
    return sorted(features(readings(text), skip, known, names))


def vocabulary(texts, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of at least two of ``texts``, as the model reads them: what a content-only
    class knows. A word it never met (an id, a hash, a typo of one's own) gives it nothing,
    so letters no one has used to mean anything cannot add up to a hold."""
    seen: dict[str, int] = {}
    for text in texts:
        for token in {t for reading in readings(text) for t in _named(reading.split(), names)}:
            seen[token] = seen.get(token, 0) + 1
    return frozenset(t for t, n in seen.items() if n >= 2)


@dataclass(frozen=True)
class Linear:
    bias: float
    threshold: float
    weights: dict[int, float]
    content_only: bool = False
    known: frozenset[str] | None = None
    names: frozenset[str] = frozenset()

    def features(self, readings_: tuple[str, ...]) -> dict[int, str]:
        """What this class reads of a message: a content-only class leaves out the function
        words and any word it does not know."""
        if not self.content_only:
            return _message_features(readings_, frozenset(), None, self.names)
        return _message_features(readings_, FUNCTION_WORDS, self.known, self.names)

    def score(self, buckets) -> float:
        total = self.bias + sum(map(self.weights.get, buckets, repeat(0.0)))
        if total < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-total))

    def heaviest(self, found: dict[int, str], limit: int = 3) -> str:
        """The words whose features weigh most towards this class, in message order."""
        by_word: dict[str, float] = {}
        order: dict[str, int] = {}
        for bucket, word in found.items():
            by_word[word] = by_word.get(word, 0.0) + self.weights.get(bucket, 0.0)
            order.setdefault(word, len(order))
        top = sorted((w for w in by_word if by_word[w] > 0), key=lambda w: -by_word[w])[:limit]
        return " … ".join(sorted(top, key=order.__getitem__))


@dataclass(frozen=True)
class Model:
    classes: dict[str, Linear]
    corpus: str

    @property
    def known(self) -> frozenset[str]:
        """The words a content-only class learnt (empty when none has a vocabulary)."""
        for linear in self.classes.values():
            if linear.known:
                return linear.known
        return frozenset()

    def scores(self, text: str) -> dict[str, float]:
        readings_ = readings(text)
        return {
            name: linear.score(list(linear.features(readings_)))
            for name, linear in self.classes.items()
        }

    def score(self, name: str, readings_: tuple[str, ...]) -> float:
        linear = self.classes[name]
        return linear.score(list(linear.features(readings_)))

    def hit(self, name: str, readings_: tuple[str, ...]) -> str:
        """The words that weighed most if class ``name`` reaches its threshold on the message
        read as ``readings_`` (see readings()), else ""."""
        linear = self.classes[name]
        found = linear.features(readings_)
        if linear.score(list(found)) < linear.threshold:
            return ""
        return linear.heaviest(found) or "…"

    def heaviest(self, name: str, readings_: tuple[str, ...]) -> str:
        """The words that weigh most towards class ``name`` in the message, whatever its
        score."""
        linear = self.classes[name]
        return linear.heaviest(linear.features(readings_))

    def hits(self, readings_: tuple[str, ...]) -> dict[str, str]:
        """Each class whose score reaches its threshold → the words that weighed most."""
        return {name: words for name in self.classes if (words := self.hit(name, readings_))}


def from_data(data: dict) -> Model:
    names = frozenset(data.get("names", ()))
    classes = {
        name: Linear(
            bias=float(c["bias"]),
            threshold=float(c["threshold"]),
            weights={int(k): float(v) for k, v in c["weights"].items()},
            content_only=bool(c.get("content_only", False)),
            known=frozenset(c["vocabulary"]) if "vocabulary" in c else None,
            names=names,
        )
        for name, c in data["classes"].items()
    }
    return Model(classes=classes, corpus=data.get("corpus", ""))


def unglued(readings_: tuple[str, ...], known: frozenset[str]) -> tuple[str, ...]:
    """``readings_`` and, when a long word is not one ``known`` holds but splits into words
    it does ("youareadisgustingpig"), a reading with it split: the fewest words, each of two
    letters or more."""
    extra = []
    for reading in readings_:
        tokens = reading.split()
        split = [_split(t, known) if len(t) >= 9 and t not in known else None for t in tokens]
        if any(split):
            extra.append(" ".join(s or t for s, t in zip(split, tokens, strict=True)))
    return readings_ + tuple(r for r in extra if r not in readings_)


@lru_cache(maxsize=4096)
def _split(token: str, known: frozenset[str]) -> str | None:
    best: list[list[str] | None] = [[]] + [None] * len(token)
    for end in range(2, len(token) + 1):
        for start in range(max(0, end - 16), end - 1):
            head = best[start]
            if head is None or token[start:end] not in known:
                continue
            if best[end] is None or len(head) + 1 < len(best[end]):
                best[end] = [*head, token[start:end]]
    found = best[len(token)]
    return " ".join(found) if found and len(found) > 1 else None


@cache
def shipped() -> Model | None:
    """The model in ``model.json``, read once per process; None when there is none."""
    if not MODEL_FILE.exists():
        return None
    return from_data(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
