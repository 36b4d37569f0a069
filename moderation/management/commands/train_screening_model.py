from django.core.management.base import BaseCommand

from moderation.screening import train


def _caught(kind: str, findings, scores: dict, thresholds: dict, use: str) -> bool:
    """Whether screening does what the sentence's label wants (for "ordinary": whether
    it is wrongly flagged), by the patterns, the model or either."""
    by_model = {name: scores[name] >= thresholds[name] for name in scores}
    by_model["harassment"] = by_model["harassment"] and by_model.get("harassment_words", True)
    if kind == "crisis":
        patterns = any(f.source == "crisis" for f in findings)
        model = by_model["crisis"]
    elif kind == "harassment":
        held = ("hold", "block")
        patterns = any(f.source == "harassment" and f.outcome in held for f in findings)
        model = by_model["harassment"]
    elif kind == "ordinary":
        patterns, model = bool(findings), by_model["crisis"] or by_model["harassment"]
    else:
        return True
    return {"patterns": patterns, "model": model, "both": patterns or model}[use]


class Command(BaseCommand):
    help = (
        "Train the screening model on the labelled corpus (tests/moderation/corpus) and write "
        "moderation/screening/model.json. The fresh batch (train.FRESH) is left out so that "
        "its figure stays fresh; --cross-validate prints leave-one-batch-out figures instead "
        "of writing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cross-validate", action="store_true")
        parser.add_argument(
            "--arabic-cross-validate",
            action="store_true",
            help="Print the Arabic model's leave-one-set-out figures instead of writing.",
        )
        parser.add_argument(
            "--leave-out",
            default=train.FRESH,
            help="A batch the shipped model does not learn from ('' for none).",
        )

    def handle(
        self,
        *args,
        cross_validate=False,
        arabic_cross_validate=False,
        leave_out=train.FRESH,
        **options,
    ):
        if cross_validate:
            self._cross_validate()
            return
        if arabic_cross_validate:
            self._arabic_cross_validate()
            return
        exclude = (leave_out,) if leave_out else ()
        data = train.train(exclude)
        train.write(data)
        sizes = {name: len(c["weights"]) for name, c in data["classes"].items()}
        self.stdout.write(f"Wrote {train.model.MODEL_FILE} ({sizes} weights, left out {exclude}).")
        self._write_arabic()

    def _write_arabic(self):
        from moderation.screening import arabic_model

        data = train.train_arabic()
        train.write(data, arabic_model.MODEL_FILE)
        arabic_model.shipped.cache_clear()
        sizes = {name: len(c["weights"]) for name, c in data["classes"].items()}
        self.stdout.write(f"Wrote {arabic_model.MODEL_FILE} ({sizes} weights).")

    def _arabic_cross_validate(self):
        thresholds = train.ARABIC_THRESHOLDS
        self.stdout.write("set: crisis, harassment caught / ordinary flagged, by the model alone")
        for batch, rows in train.cross_validate_arabic():
            counts = []
            for kind in ("crisis", "harassment"):
                mine = [r for r in rows if r[0] == kind]
                hits = sum(r[2][kind] >= thresholds[kind] for r in mine)
                counts.append(f"{kind} {hits}/{len(mine)}")
            ordinary = [r for r in rows if r[0] == "ordinary"]
            flagged = sum(any(r[2][n] >= thresholds[n] for n in thresholds) for r in ordinary)
            counts.append(f"ordinary {flagged}/{len(ordinary)}")
            self.stdout.write(f"{batch}: " + ", ".join(counts))

    def _cross_validate(self):
        from tests.moderation.corpus.evaluate import HELD_OUT

        held_out = [b for b in HELD_OUT if b != train.FRESH]
        kinds = ("crisis", "harassment", "ordinary")
        self.stdout.write("batch: kind patterns/model/both of total")
        for batch, rows in train.cross_validate(held_out):
            parts = []
            for kind in kinds:
                mine = [r for r in rows if r[0] == kind]
                counts = [
                    sum(_caught(kind, r[2], r[3], train.THRESHOLDS, use) for r in mine)
                    for use in ("patterns", "model", "both")
                ]
                parts.append(f"{kind} {'/'.join(map(str, counts))} of {len(mine)}")
            self.stdout.write(f"{batch}: " + ", ".join(parts))
