"""A small model that reads Arabic, beside the Arabic patterns (arabic.py).

The patterns spell out each way of saying a thing; Arabic carries its stem across the
prefixes and suffixes of the dialects ("هموت", "بموت", "نموت", "رح موت"), which letter
pieces read wherever they sit. So a message in Arabic (or chat Arabic in Latin letters) that
the patterns leave alone is also scored, for crisis, harassment, contact moved off the
platform and spam, by four logistic regressions over its words, its word pairs and the 3- to
5-letter pieces of each word, in ``arabic.read``'s spelling, hashed into 2¹⁸ buckets. They
learn from the Arabic sets scored before (never from a measure) and are written to
``model_ar.json`` by ``manage.py train_screening_model`` (moderation/screening/train.py);
their thresholds were chosen by leaving one set out at a time (docs/moderation.md, "Arabic").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from moderation.screening import model

MODEL_FILE = Path(__file__).with_name("model_ar.json")
CLASSES = ("crisis", "harassment", "off_platform", "spam")
_PUNCTUATION = frozenset(",.?!;")


@lru_cache(maxsize=8)
def features(text: str) -> dict[int, str]:
    """Bucket → the word that gave it, for ``text`` in ``arabic.read``'s spelling (worked out
    once per message for the four classes; callers only read the dict)."""
    found: dict[int, str] = {}
    previous = ""
    for token in text.split():
        if token in _PUNCTUATION:
            continue
        found.setdefault(model._bucket("w" + token), token)
        padded = f"<{token}>"
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                found.setdefault(model._bucket("c" + padded[i : i + n]), token)
        if previous:
            found.setdefault(model._bucket(f"b{previous} {token}"), token)
        previous = token
    return found


@dataclass(frozen=True)
class ArabicModel:
    classes: dict[str, model.Linear]
    corpus: str

    def score(self, name: str, text: str) -> float:
        return self.classes[name].score(list(features(text)))

    def hit(self, name: str, text: str) -> str:
        """The words that weighed most when class ``name`` reaches its threshold, else ""."""
        linear = self.classes[name]
        found = features(text)
        if linear.score(list(found)) < linear.threshold:
            return ""
        return linear.heaviest(found) or "…"


def from_data(data: dict) -> ArabicModel:
    classes = {
        name: model.Linear(
            bias=float(c["bias"]),
            threshold=float(c["threshold"]),
            weights={int(k): float(v) for k, v in c["weights"].items()},
        )
        for name, c in data["classes"].items()
    }
    return ArabicModel(classes=classes, corpus=data.get("corpus", ""))


@cache
def shipped() -> ArabicModel | None:
    """The model in ``model_ar.json``, read once per process; None when there is none."""
    if not MODEL_FILE.exists():
        return None
    return from_data(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
