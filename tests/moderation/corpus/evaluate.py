"""Reads the labelled sentences beside this file and scores the shipped rule sets on them.

    .venv/bin/python -m tests.moderation.corpus.evaluate   # prints figures and the misses
    .venv/bin/python -m tests.moderation.corpus.evaluate heldout2   # one batch alone

Each ``<label>.txt`` holds one sentence a line (``#`` starts a note). A sentence counts as
caught when screening with a new group's defaults does what its label wants: crisis
language alerts; harassment is held or refused; personal information, off-platform
contact and spam are held; ordinary shares get no finding at all.
"""

from pathlib import Path

HERE = Path(__file__).parent
KINDS = ("crisis", "harassment", "personal_information", "off_platform", "spam", "ordinary")


# Batches written after the rule sets, scored untouched before any pattern was changed for
# them (docs/moderation.md), then kept: the floors apply to them as to the rest.
HELD_OUT = (
    "heldout1",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "heldout30",
    "heldout31",
    "heldout32",
    "heldout33",
    "heldout34",
    "heldout35",
    "heldout36",
    "heldout37",
    "heldout38",
    "heldout39",
    "heldout40",
    "heldout41",
    "heldout42",
    "heldout43",
    "heldout44",
    "heldout45",
    "heldout46",
    "heldout47",
    "heldout48",
    "heldout49",
    "heldout50",
    "heldout51",
    "heldout52",
    "heldout53",
    "heldout54",
    "heldout55",
    "heldout56",
    "heldout57",
    "heldout58",
    "heldout59",
    "heldout60",
    "heldout61",
    "heldout62",
    "heldout63",
    "heldout64",
    "heldout65",
    "heldout66",
    "heldout67",
    "heldout68",
    "heldout69",
    "heldout70",
    "heldout71",
    "heldout72",
    "heldout73",
    "heldout74",
    "heldout75",
    "heldout76",
    "heldout77",
    "heldout78",
    "heldout79",
    "heldout80",
    "heldout81",
    "heldout106",
    "heldout107",
    "heldout108",
    "heldout109",
    "heldout110",
    "heldout111",
    "heldout112",
    "heldout113",
    "heldout114",
    "heldout115",
    "heldout116",
    "heldout117",
    "heldout118",
    "heldout119",
    "heldout120",
    "heldout121",
    "heldout122",
    "heldout123",
    "heldout124",
    "heldout125",
    "heldout126",
    "heldout127",
    "heldout128",
    "heldout129",
    "heldout130",
    "heldout131",
    "heldout132",
    "heldout133",
    "heldout138",
    "heldout139",
    "heldout140",
    "heldout141",
    "heldout142",
    "heldout143",
    "heldout144",
    "heldout145",
    "heldout146",
    "heldout147",
    "heldout148",
    "heldout149",
    "heldout150",
    "heldout151",
    "heldout152",
    "heldout153",
    "heldout154",
    "heldout155",
    "heldout156",
    "heldout157",
    "heldout158",
    "heldout159",
    "heldout160",
    "heldout161",
    "heldout162",
    "heldout163",
    "heldout164",
    "heldout165",
    "heldout166",
    "heldout167",
    "heldout168",
    "heldout169",
)
# The later batches each meet the goal on their own, not only in the pooled corpus. Batch 13
# is left out: it was scored once on the engine as it then was and kept untouched, so that its
# figure stays what new text gets (docs/moderation.md); its misses are known misses.
GOAL_BATCHES = (
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
)
# Batches written in the mix the issue measures (blunt and quiet crisis, harassment plain and
# disguised, contact details, apps and shops, ordinary shares with idioms and others' deaths),
# each by a writer who read nothing of the rules or the model, and scored as they came
# (docs/moderation.md, "Batch 273", "Batches 280 to 285", "Batches 286 and 287"). Not learnt,
# not in "all": the engine's figure on new text, held to the goal batch by batch.
NEW_TEXT = (
    "_fresh273",
    "_fresh280",
    "_fresh281",
    "_fresh282",
    "_fresh283",
    "_fresh284",
    "_fresh285",
    "_fresh286",
)
# Batch 14 meets the rates after its adjustment but has 50 ordinary shares, fewer than the
# 55 a batch needs to be held to the goal alone; more were not added after the fact, so that
# the batch stays what was scored fresh.
# Batch 15 was written before the screening model, scored once on the engine as it then was
# (docs/moderation.md) and kept untouched; the model's fresh figure is taken on it.
# Batch 16 was written after the screening model and scored once on the engine with the
# shipped model (which had not seen it); it is the batch the shipped model leaves out.
# Training-only material for the screening model, aimed at its failure modes: what the model
# learns from, never a measure, so it is not in "all" (the patterns were not written for it
# and the model's harassment score is not used; docs/moderation.md).
TRAINING = (
    "train_extra",
    "train_more",
    "train_voices",
    "train_families",
    "train_aimed",
    "train_names",
    "train_rooms_a",
    "train_rooms_b",
    "train_plain",
    "train_rooms_c",
    "train_menace",
    "train_hard",
    "train_neutral",
    "train_batchlike_a",
    "train_batchlike_b",
    "train_plain_b",
    "train_plainwords",
    "train_watch",
    "train_quiet",
    "train_contempt_uk",
    "train_contempt_young",
    "train_contempt_world",
    "train_quiet_b",
    "train_contempt_old",
    "train_menace_b",
    "train_household",
    "train_quiet_c",
    "train_warm_c",
    "train_quiet_e",
    "train_quiet_f",
    "train_quiet_g",
    "train_quiet_h",
    "train_quiet_i",
    "train_quiet_j",
    "train_quiet_k",
    "train_quiet_l",
    "train_warm_e",
    "train_warm_f",
    "train_warm_g",
    "train_warm_h",
    "train_warm_i",
    "train_warm_j",
    "train_quiet_m",
    "train_quiet_n",
    "train_quiet_o",
    "train_quiet_p",
    "train_warm_k",
    "train_warm_l",
    "train_creep",
    "train_expose",
    "train_grief_mocked",
    "train_urged",
    "train_contempt_coded",
    "train_jabs",
    "train_disguised",
    "train_world",
    "train_sneer",
    "train_warm_m",
    "train_warm_you",
    "train_warm_raw",
    "train_named_b",
    "train_named_c",
    "train_warm_blunt",
    "train_creep_b",
    "train_broad_a",
    "train_broad_b",
    "train_warm_broad",
    "train_warm_notice",
    "train_quiet_q",
    "train_mixed",
    "train_warm_n",
    "train_named_d",
    "train_broad_c",
    "train_menace_c",
    "train_warm_o",
    "train_broad_d",
    "train_sneer_b",
    "train_warm_p",
    "train_world_b",
    "train_body",
    "train_warm_q",
    "train_room_contempt",
    "train_plain_c",
    "train_warm_r",
    "train_broad_e",
    "train_quiet_s",
    "train_warm_s",
    "train_jabs_b",
    "train_disguised_b",
    "train_named_e",
    "train_grief_b",
    "train_creep_c",
    "train_warm_t",
    "train_broad_f",
    "train_broad_g",
    "train_warm_u",
    "train_warm_self",
    "train_warm_care",
    "train_wished",
    "train_warm_v",
    "train_quiet_t",
    "train_quiet_u",
    "train_quiet_v",
    "train_crisis_b",
    "train_batch_134",
    "train_batch_135",
    "train_batch_136",
    "train_batch_137",
    "train_batch_170",
    "train_batch_171",
    "train_batch_172",
    "train_batch_173",
    "train_batch_174",
    "train_batch_175",
    "train_batch_176",
    "train_batch_177",
    "train_batch_178",
    "train_batch_179",
    "train_batch_180",
    "train_batch_181",
    "train_batch_182",
    "train_batch_183",
    "train_batch_184",
    "train_batch_185",
    "train_batch_194",
    "train_batch_195",
    "train_batch_196",
    "train_batch_197",
    "train_batch_198",
    "train_batch_199",
    "train_batch_200",
    "train_batch_201",
    "train_warm_w",
    "train_warm_x",
    "train_batch_204",
    "train_batch_206",
    "train_batch_210",
    "train_batch_212",
    "train_batch_214",
    "train_batch_216",
    "train_kind_offers",
    "train_kind_goodbyes",
    "train_kind_meds",
    "train_kind_offers_b",
    "train_kind_goodbyes_b",
    "train_batch_218",
    "train_batch_219",
    "train_batch_220",
    "train_batch_221",
    "train_batch_222",
    "train_batch_223",
    "train_batch_224",
    "train_batch_225",
    "train_batch_226",
    "train_batch_227",
    "train_batch_228",
    "train_batch_229",
    "train_batch_230",
    "train_batch_231",
    "train_batch_232",
    "train_batch_233",
    "train_kind_powers",
    "train_batch_242",
    "train_batch_243",
    "train_batch_244",
    "train_batch_245",
    "train_batch_248",
    "train_batch_249",
    "train_batch_252",
    "train_batch_253",
    "train_batch_254",
    "train_batch_255",
)
# Spanish: its own corpus and held-out batch, scored with the same floors.
SPANISH = ("es", "es_heldout", "es_heldout2", "es_heldout3")
# Arabic (docs/moderation.md, "Arabic"): six sets, each scored once as new text and then read
# to write the Arabic patterns, a seventh and an eighth scored once and learnt by the Arabic
# model (moderation/screening/arabic_model.py) without being read; and three measures (six,
# six and two more writers), never read and never learnt. The English model learns none of them
# (their folders start with "_").
ARABIC = ("_ar", "_ar_b", "_ar_c", "_ar_d", "_ar_e", "_ar_f", "_ar_g", "_ar_h")
ARABIC_MEASURE = "_ar_measure"
ARABIC_MEASURE_B = "_ar_measure_b"
ARABIC_MEASURE_C = "_ar_measure_c"


def sentences(kind: str, batch: str = "") -> list[str]:
    """The sentences of ``kind``: of one batch ("" is the first corpus), or with
    ``batch="all"`` of the corpus and every held-out batch together."""
    if batch == "all":
        return [s for b in ("", *HELD_OUT) for s in sentences(kind, b)]
    if batch == "spanish":
        return [s for b in SPANISH for s in sentences(kind, b)]
    if batch == "arabic":
        return [s for b in ARABIC for s in sentences(kind, b)]
    path = (HERE / batch if batch else HERE) / f"{kind}.txt"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
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


def evaluate(batch: str = "all") -> dict[str, tuple[int, int, list[str]]]:
    """``{kind: (caught, total, misses)}``; for "ordinary", the misses are the flagged."""
    from moderation.screening import compile_rules, screen

    rules = compile_rules()
    results = {}
    for kind in KINDS:
        lines = sentences(kind, batch)
        if not lines:
            continue
        wrong = [s for s in lines if caught(kind, screen(s, rules)) == (kind == "ordinary")]
        hits = len(lines) - len(wrong) if kind != "ordinary" else len(wrong)
        results[kind] = (hits, len(lines), wrong)
    return results


def main() -> None:
    import os
    import sys

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kindred.settings")
    django.setup()
    batch = sys.argv[1] if len(sys.argv) > 1 else "all"
    for kind, (hits, total, misses) in evaluate(batch).items():
        print(f"{kind}: {hits}/{total} = {100 * hits / total:.1f}%")
        for line in misses:
            print("   ", line)


if __name__ == "__main__":
    main()
