"""Trains the screening model from the labelled corpus and writes ``model.json``.

Only this module imports scikit-learn (the ``dev`` dependency group); it is run by hand,
``manage.py train_screening_model``, whenever the corpus changes. The running site reads
the weights with moderation/screening/model.py.

The corpus is tests/moderation/corpus: a first set, batches written later and training-only
sets (train_extra/, train_more/) aimed at the model's failure modes, one sentence a line per
kind: train_more/ holds short kind replies ("you deserve a break") as negatives, so that
"you" and "yourself" alone weigh nothing towards harassment. A crisis
sentence is a positive for the crisis class and a negative for harassment, and so on; every
other kind (ordinary shares, personal information, spam …) is a negative for both.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from django.conf import settings

from moderation.screening import model

CORPUS = Path(settings.BASE_DIR) / "tests" / "moderation" / "corpus"
KINDS = ("crisis", "harassment", "personal_information", "off_platform", "spam", "ordinary")
# Each class and the kind of sentence it learns to find: "harassment_words" is harassment read
# without the function words (see CONTENT_ONLY).
CLASSES = {
    "crisis": "crisis",
    "harassment": "harassment",
    "harassment_words": "harassment",
    "off_platform": "off_platform",
    "spam": "spam",
}
# The batch kept out of the model that measures fresh figures (docs/moderation.md).
FRESH = "heldout81"
# Regularisation and the score each class must reach, chosen by leave-one-batch-out
# cross-validation over batches 15 to 18 with the whole engine (docs/moderation.md): the most
# recall that kept unseen ordinary shares under 2% flagged and every everyday-chat phrase
# (tests/moderation/everyday_chat.txt, never trained on) untouched. The crisis score was lowered
# from 0.95 to 0.9 after batches 36 to 43 were scored by a model that had learnt none of them:
# 7 more of their 480 crisis sentences, 4 more of their 1,200 ordinary shares
# (docs/moderation.md, "Batches 38 to 47"), and to 0.87 after batches 242 to 251, the lowest
# that leaves the everyday kind twins of the tests untouched: on the never-learnt measures 186
# to 193, 203 to 217 (odd) and 234 to 239, 10 more of 1,140 crisis messages and no more of
# 2,760 ordinary shares; checked after the choice on 246, 247, 250 and 251 (docs/moderation.md,
# "Batches 242 to 251"). The harassment score was raised from 0.9 to 0.92
# when the model learnt to read what is said to someone (docs/moderation.md, "Batches 86 to
# 93"): two kind twins of the tests came to 0.90 and 0.91, and on batches 82 to 93 the
# change costs 2 of 720 harassment sentences. C went from 6 to 15 when batches 258, 259, 261
# and 262, new text the model had not learnt, were scored by models trained with C at 2, 6, 15
# and 40 (docs/moderation.md, "Batches 258 to 263"): 15 held 4 more of their 240 harassment
# lines than 6 and alerted 1 more of 120 crisis messages, with the same ordinary shares flagged.
# Its scores run further out, and the harassment score went to 0.93 with it, the lowest that
# leaves the tests' kind twins untouched ("saw your car on the video call" came to 0.928); on
# those batches 0.93 gives back 1 of the 4.
C = 15.0
# Classes that read only the words that say something (model.FUNCTION_WORDS left out). The
# engine holds a message on the harassment score only when this one agrees, so a sentence of
# plain words that happens to look like the insults' shape ("why are you flagging it?",
# "you already own this group") is not held on "why", "you" and "already".
CONTENT_ONLY = ("harassment_words",)
THRESHOLDS = {
    "crisis": 0.87,
    "harassment": 0.93,
    "harassment_words": 0.6,
    "off_platform": 0.7,
    "spam": 0.7,
}
CHECKS = (
    "honestly might just kms after this week",
    "my brother took his own life in 2015",
    "you're a worthless piece of sh1t",
    "i'm dying to see my grandkids this weekend",
    "u r a w a s t e of space",
)


def batches() -> list[str]:
    """ "" (the first corpus) and every batch folder, in a stable order."""
    return ["", *sorted(p.name for p in CORPUS.iterdir() if p.is_dir() and p.name[0] != "_")]


def _files(batch: str):
    folder = CORPUS / batch if batch else CORPUS
    for kind in KINDS:
        path = folder / f"{kind}.txt"
        if path.exists():
            yield kind, path


def sentences(batch: str) -> list[tuple[str, str]]:
    """``(kind, sentence)`` for one batch."""
    out = []
    for kind, path in _files(batch):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.append((kind, line.strip()))
    return out


def corpus_digest(exclude: tuple[str, ...] = ()) -> str:
    """A hash of every corpus file the model learns from, so a changed corpus shows."""
    digest = hashlib.sha256()
    for batch in batches():
        if batch in exclude:
            continue
        for kind, path in _files(batch):
            digest.update(f"{batch}/{kind}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


# Days, months and feasts, and words that name a people or a faith, which first-name lists
# also hold: the model keeps reading them as themselves ("Muslims and their hypocrisy").
_NOT_NAMES_TEXT = """monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december easter christmas muslim
    muslims islam jesus christ christian jew jewish hindu sikh arab african indian irish english
    scottish welsh polish romanian gypsy"""
NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def given_names(texts: list[str]) -> frozenset[str]:
    """First names the model reads as ``model.NAME``: Faker's first names for every locale
    written in Latin letters, less NOT_NAMES and the ones ``texts`` use as ordinary words (in
    lower case in at least two places and at least half of their uses: "hope", "will",
    "bill")."""
    import importlib
    import pkgutil
    import re

    from faker.providers import person

    names: set[str] = set()
    for locale in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{locale.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            listed = vars(provider).get(attribute)
            if isinstance(listed, (list, tuple, dict)):
                names.update(n.lower() for n in listed if re.fullmatch(r"[A-Za-z][A-Za-z'-]+", n))
    lower: dict[str, int] = {}
    upper: dict[str, int] = {}
    for text in texts:
        for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text):
            key = word.lower()
            if key in names:
                counts = upper if word[0].isupper() else lower
                counts[key] = counts.get(key, 0) + 1
    words = {n for n, low in lower.items() if low >= 2 and low >= upper.get(n, 0)}
    return frozenset(names - words - NOT_NAMES)


def _matrix(texts: list[str], reads: tuple = ()):
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for i, text in enumerate(texts):
        buckets = model.featurise(text, *reads)
        rows.extend([i] * len(buckets))
        cols.extend(buckets)
    return csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(texts), model.BUCKETS))


def fit(examples: list[tuple[str, str]], c: float = C) -> dict:
    """Classifiers for ``examples`` (``(kind, sentence)``): ``{class: LogisticRegression}``."""
    from sklearn.linear_model import LogisticRegression

    texts = [text for _, text in examples]
    names = given_names(texts)
    known = model.vocabulary(texts, names)
    fitted = {}
    for name in CLASSES:
        reads = (
            (model.FUNCTION_WORDS, known, names)
            if name in CONTENT_ONLY
            else (frozenset(), None, names)
        )
        matrix = _matrix(texts, reads)
        labels = [int(kind == CLASSES[name]) for kind, _ in examples]
        clf = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
        clf.fit(matrix, labels)
        # The shipped weights are rounded; the classifier keeps the rounded ones so that
        # what it scores is what the site will score.
        clf.coef_ = clf.coef_.round(4)
        clf.intercept_ = clf.intercept_.round(4)
        clf.reads_ = reads
        fitted[name] = clf
    return fitted


def score(fitted: dict, texts: list[str]) -> dict[str, list[float]]:
    return {
        name: list(clf.predict_proba(_matrix(texts, clf.reads_))[:, 1])
        for name, clf in fitted.items()
    }


def export(fitted: dict, exclude: tuple[str, ...], thresholds: dict[str, float]) -> dict:
    classes = {}
    for name, clf in fitted.items():
        weights = {str(i): float(w) for i, w in enumerate(clf.coef_[0]) if w != 0.0}
        classes[name] = {
            "bias": float(clf.intercept_[0]),
            "threshold": thresholds[name],
            "content_only": name in CONTENT_ONLY,
            "weights": weights,
        }
        if name in CONTENT_ONLY:
            classes[name]["vocabulary"] = sorted(clf.reads_[1])
    scores = score(fitted, list(CHECKS))
    return {
        "about": "Screening model weights; written by manage.py train_screening_model.",
        "buckets": model.BUCKETS,
        "char_ngrams": list(model.CHAR_NGRAMS),
        "corpus": corpus_digest(exclude),
        "left_out": list(exclude),
        "names": sorted(next(iter(fitted.values())).reads_[2]),
        "classes": classes,
        "checks": [
            {"text": text, **{name: round(scores[name][i], 6) for name in fitted}}
            for i, text in enumerate(CHECKS)
        ],
    }


def train(exclude: tuple[str, ...] = (), c: float = C) -> dict:
    """The model's data, trained on every batch except ``exclude``."""
    examples = [pair for b in batches() if b not in exclude for pair in sentences(b)]
    return export(fit(examples, c), exclude, THRESHOLDS)


def write(data: dict, path: Path = model.MODEL_FILE) -> None:
    path.write_text(
        json.dumps(data, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8"
    )
    model.shipped.cache_clear()


# The Arabic model (arabic_model.py): its regularisation and thresholds, chosen by leaving one
# Arabic set out at a time (docs/moderation.md, "Arabic"): at 0.8 crisis and harassment alone
# each caught about 85% of an unseen set's own kind and flagged under 1% of its ordinary
# shares; at 0.5 contact off the platform and spam caught 93% and 85% and flagged nothing.
ARABIC_C = 4.0
ARABIC_THRESHOLDS = {"crisis": 0.8, "harassment": 0.8, "off_platform": 0.5, "spam": 0.5}


def arabic_batches() -> list[str]:
    """The Arabic sets the model learns from: every read one; never a measure."""
    return sorted(
        p.name
        for p in CORPUS.iterdir()
        if p.is_dir() and p.name.startswith("_ar") and "measure" not in p.name
    )


def arabic_digest() -> str:
    digest = hashlib.sha256()
    for batch in arabic_batches():
        for kind, path in _files(batch):
            digest.update(f"{batch}/{kind}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _arabic_matrix(texts: list[str]):
    from scipy.sparse import csr_matrix

    from kindred.normalize import fold
    from moderation.screening import arabic, arabic_model

    rows, cols = [], []
    for i, text in enumerate(texts):
        buckets = arabic_model.features(arabic.read(fold(text)))
        rows.extend([i] * len(buckets))
        cols.extend(buckets)
    return csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(texts), model.BUCKETS))


def fit_arabic(examples: list[tuple[str, str]], c: float = ARABIC_C) -> dict:
    """``{class: LogisticRegression}`` for the Arabic model's two classes."""
    from sklearn.linear_model import LogisticRegression

    from moderation.screening import arabic_model

    matrix = _arabic_matrix([text for _, text in examples])
    fitted = {}
    for name in arabic_model.CLASSES:
        labels = [int(kind == name) for kind, _ in examples]
        clf = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
        clf.fit(matrix, labels)
        clf.coef_ = clf.coef_.round(4)
        clf.intercept_ = clf.intercept_.round(4)
        fitted[name] = clf
    return fitted


def train_arabic(c: float = ARABIC_C) -> dict:
    """The Arabic model's data, trained on every read Arabic set."""
    examples = [pair for b in arabic_batches() for pair in sentences(b)]
    fitted = fit_arabic(examples, c)
    return {
        "about": "Arabic screening model weights; written by manage.py train_screening_model.",
        "buckets": model.BUCKETS,
        "corpus": arabic_digest(),
        "learnt": arabic_batches(),
        "classes": {
            name: {
                "bias": float(clf.intercept_[0]),
                "threshold": ARABIC_THRESHOLDS[name],
                "weights": {str(i): float(w) for i, w in enumerate(clf.coef_[0]) if w != 0.0},
            }
            for name, clf in fitted.items()
        },
    }


def cross_validate_arabic(c: float = ARABIC_C):
    """Leave one read Arabic set out: yields ``(set, rows)``, a row being ``(kind, sentence,
    {class: score})`` from a model trained on the other sets."""
    batches = arabic_batches()
    for batch in batches:
        examples = [pair for b in batches if b != batch for pair in sentences(b)]
        fitted = fit_arabic(examples, c)
        test = sentences(batch)
        matrix = _arabic_matrix([text for _, text in test])
        scores = {name: clf.predict_proba(matrix)[:, 1] for name, clf in fitted.items()}
        yield (
            batch,
            [
                (kind, text, {n: float(scores[n][i]) for n in scores})
                for i, (kind, text) in enumerate(test)
            ],
        )


def cross_validate(held_out: list[str], fresh: str = FRESH, c: float = C):
    """Leave one batch out: for each batch of ``held_out``, a model trained on everything
    but it and ``fresh`` scores it. Yields ``(batch, rows)``, a row being ``(kind,
    sentence, findings of the patterns, {class: score})``; ``fresh`` itself comes last,
    scored by the model trained on everything but it."""
    from unittest import mock

    from moderation.screening.engine import compile_rules, screen

    rules = compile_rules()
    everything = batches()
    # The patterns' column is the patterns alone: the shipped model has learnt these batches.
    patterns_only = mock.patch.object(model, "shipped", lambda: None)
    for batch in [*held_out, fresh]:
        exclude = {batch, fresh}
        examples = [pair for b in everything if b not in exclude for pair in sentences(b)]
        fitted = fit(examples, c)
        test = sentences(batch)
        scores = score(fitted, [text for _, text in test])
        with patterns_only:
            rows = [
                (kind, text, screen(text, rules), {n: scores[n][i] for n in CLASSES})
                for i, (kind, text) in enumerate(test)
            ]
        yield batch, rows
