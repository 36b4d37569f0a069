"""Reads the labelled sentences beside this file and scores the shipped rule sets on them.

    .venv/bin/python -m tests.moderation.corpus.evaluate   # prints figures and the misses

Each ``<label>.txt`` holds one sentence a line (``#`` starts a note). A sentence counts as
caught when screening with a new group's defaults does what its label wants: crisis
language alerts; harassment is held or refused; personal information, off-platform
contact and spam are held; ordinary shares get no finding at all.
"""

from pathlib import Path

HERE = Path(__file__).parent
KINDS = ("crisis", "harassment", "personal_information", "off_platform", "spam", "ordinary")


def sentences(kind: str) -> list[str]:
    lines = (HERE / f"{kind}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def caught(kind: str, findings) -> bool:
    from moderation.screening import CRISIS

    outcomes = {f.outcome for f in findings}
    if kind == "crisis":
        return any(f.source == CRISIS for f in findings)
    if kind == "harassment":
        return bool(outcomes & {"hold", "block"})
    if kind == "ordinary":
        return bool(findings)  # here "caught" means wrongly flagged
    return bool(outcomes & {"hold", "block"})


def evaluate() -> dict[str, tuple[int, int, list[str]]]:
    """``{kind: (caught, total, misses)}``; for "ordinary", the misses are the flagged."""
    from moderation.screening import compile_rules, screen

    rules = compile_rules()
    results = {}
    for kind in KINDS:
        lines = sentences(kind)
        wrong = [s for s in lines if caught(kind, screen(s, rules)) == (kind == "ordinary")]
        hits = len(lines) - len(wrong) if kind != "ordinary" else len(wrong)
        results[kind] = (hits, len(lines), wrong)
    return results


def main() -> None:
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kindred.settings")
    django.setup()
    for kind, (hits, total, misses) in evaluate().items():
        print(f"{kind}: {hits}/{total} = {100 * hits / total:.1f}%")
        for line in misses:
            print("   ", line)


if __name__ == "__main__":
    main()
