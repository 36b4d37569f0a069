"""Screening in Arabic (moderation/screening/arabic.py): its spelling, its readings of risk,
harassment, contact, spam and addresses, each with the kind twins that must pass, and its
figures on the Arabic corpus (docs/moderation.md, "Arabic")."""

import json

import pytest

from kindred.normalize import fold, name_key
from moderation.screening import (
    CRISIS,
    arabic,
    arabic_model,
    compile_rules,
    crisis_words,
    model,
    screen,
    train,
)
from tests.moderation.corpus.evaluate import (
    ARABIC,
    ARABIC_MEASURE,
    ARABIC_MEASURE_B,
    ARABIC_MEASURE_C,
    evaluate,
)


def _rate(result) -> float:
    hits, total, _ = result
    return hits / total


@pytest.fixture(scope="module")
def rules():
    return compile_rules()


def _sources(text: str, rules) -> set[tuple[str, str]]:
    return {(f.source, f.outcome) for f in screen(text, rules)}


# --- one spelling


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("أُرِيدُ أنْ أمُوتَ", "اريد ان اموت"),  # short vowels and hamza
        ("إلى آخر مرّة", "الي اخر مره"),  # hamza below, madda, shadda, ta marbuta, alef maqsura
        ("تعبـــااااان", "تعبان"),  # tatweel and a stretched letter
        ("ك.ل.ب", "كلب"),  # letters dotted apart
        ("ز ب ا ل ه انت", "زباله انت"),  # letters spaced apart
        ("يا 7مار", "يا حمار"),  # a digit for a letter inside an Arabic word
        ("چلب وگلبي", "كلب وقلبي"),  # Iraqi and Gulf letters
        ("رقمي ٠١٠٠١٢٣٤٥٦٧", "رقمي 01001234567"),  # Arabic-Indic digits
        ("ya 7maaaar", "ya 7mar"),  # chat Arabic stretched
    ],
)
def test_arabic_is_read_in_one_spelling(written, read):
    assert arabic.read(fold(written)) == read


def test_display_names_in_arabic_collide_whatever_their_vowels_and_hamza():
    assert name_key("أحمد") == name_key("احمد") == name_key("أَحْمَد")
    assert name_key("مـــريم") == name_key("مريم")
    assert name_key("أحمد") != name_key("محمد")


# --- crisis: one's own risk now, not idioms, the past, someone else or the literature


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("بدي موت الليلة، ما عاد فيني", True),
        ("ما بدي موت، بدي عيش وشوف ولادي يكبروا", False),
        ("عايزة أموت بجد مش بهزر", True),
        ("انا مش عايز اموت، انا عايز اتعافى", False),
        ("قبل سنتين كنت بدي موت، اليوم الحمد لله", False),
        ("جمعت كل الحبوب اللي كنت مخبيتها وحطيتها قدامي الليلة", True),
        ("اخوي انتحر من خمس سنين ولسه بحاول اسامح نفسي", False),
        ("تعبت، بدي الحق ابني اللي مات", True),
        ("بموت فيك يا سلمى", False),
        ("الحر ده هيموتني", False),
        ("هموت من الضحك عليك", False),
        ("هموت واعرف بتعملي الكحك ازاي", False),
        ("ana 3ayez amoot w 5alas", True),
        ("hamoot men el 7ar", False),
        ("kont bade mout 2abel sene, halla2 ana mni7", False),
        ("الموت ارحم من هالعيشة", True),
        ("ابني كان بيقولي هقتل نفسي لو ما عطيته فلوس", False),
        ('قراءة اليوم: "وصلنا القاع وتمنينا الموت ثم وجدنا الطريق"', False),
        ("ما بدي ارجع لهداك الطريق، صاحبي مات بجرعة", False),
        ("ما بدي عيش هيك، بدي اتغير", False),
    ],
)
def test_arabic_crisis_is_first_person_and_now(text, wanted):
    assert bool(crisis_words(text)) is wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # Danger at home, now.
        ("جوزي قافل علي الباب وبيقول هيقتلني لما يرجع", True),
        ("ابوي قال لو خرجتي ذلحين با اذبحك", True),
        ("بعد ما توفي زوجي كنت احس الحزن رح يقتلني، هلق احسن", False),
        ("الدكتورة قالت الكحول كان رح يقتلني لو كملت", False),
        # A place to fall from or the means, with a goodbye, despair or the hour.
        ("انا فوق السطح دلوقتي، شكرا على كل حاجه", True),
        ("طلعت على السطح انشر الغسيل", False),
        ("عديت الحبوب، تلاتين حبه، بيكفوا", True),
        ("اخدت حبوب الضغط الصبح زي العادة", False),
        ("الحبل جاهز بالغرفة والليلة بعد ما ينامو", True),
        # Letters left and affairs put in order, with a goodbye or each other.
        ("كتبت رسايل لولادي، سامحوني على كل شي", True),
        ("كتبت رسالة لابني بعيد ميلاده", False),
        ("سكرت كل حساباتي ودفعت ديوني كلها اليوم", True),
        ("دفعت ديوني كلها اليوم الحمد لله", False),
        ("سلمت المفاتيح لاختي، ما راح ارجع", True),
        ("سلمت المفاتيح لصاحب البيت، لقيت شقة اصغر", False),
    ],
)
def test_arabic_risk_told_by_its_signs(text, wanted):
    assert bool(crisis_words(text)) is wanted


# --- harassment and its kind twins


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("روح موت يا حمار وريحنا منك", True),
        ("يا حبيبي الله يقويك", False),
        ("انت فاشل وكذاب", True),
        ("انتي مش فاشلة، الانتكاسة مش نهاية الطريق", False),
        ("هقول لجوزك على كل حرف قلتيه هنا", True),
        ("احكي لجوزك كل شي، هو بيحبك", False),
        ("قول لمديرك انك بتتعالج، هو انسان محترم", False),
        ("بعرف وين ساكن، استنى مني زيارة", True),
        ("محدش هنا عايز يسمعك", True),
        ("محدش هنا بيحكم عليكي يا حبيبتي", False),
        ("ليش ما تطلعين وتريحينا", True),
        ("هتنتكس قبل الجمعة زي كل مرة", True),
        ("ابوك مات سكران وانت قاعد تبكي عليه؟ يستاهل", True),
        ("الله يرحم ابوك ويصبرك", False),
        ("ya 7mar, mesh fahem 7aga", True),
        ("م و ت ي  ا ح س ن  ل ك", True),
    ],
)
def test_arabic_harassment_is_held_and_its_kind_twins_pass(rules, text, held):
    outcomes = {o for s, o in _sources(text, rules) if s == "harassment"}
    assert bool(outcomes & {"hold", "block"}) is held


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("رقمي ٠١٠٠١٢٣٤٥٦٧ كلموني بعد الاجتماع", "personal_information"),
        ("ساكنة في ١٢ شارع الثورة، الدور التالت شقة ٧", "personal_information"),
        ("ضيفوني عالواتساب، منحكي اريح من هون", "off_platform"),
        ("عندنا قروب تليجرام بدون المشرفين", "off_platform"),
        ("ترامادول وكبتاجون بدون وصفة، توصيل لكل المناطق", "spam"),
    ],
)
def test_arabic_contact_spam_and_addresses_are_held(rules, text, source):
    assert (source, "hold") in _sources(text, rules)


@pytest.mark.parametrize(
    "text",
    [
        "الاجتماع الجاي الساعة ٨ بتوقيت القاهرة صح؟",
        "بحضر جروب تاني يوم الخميس، مفيد كتير",
        "النهارده كملت ٩٠ يوم من غير شرب الحمد لله",
    ],
)
def test_arabic_group_talk_is_not_held(rules, text):
    assert screen(text, rules) == []


# --- the model, which learnt English


def test_the_model_reads_no_arabic_letters():
    # Their pieces would only land in buckets English words filled, and weigh at random.
    assert model.features(("بدي موت الليلة",)) == {}
    assert model.features(("i want to die بدي موت",)) == model.features(("i want to die",))


@pytest.mark.parametrize(
    ("text", "latin_arabic"),
    [
        ("ana 3ayez amoot w 5alas", True),
        ("msa2 el 5eer ya gama3a, 45 yom mn gheir gambling", True),
        ("its 3am and i've decided, this is my last meeting", False),
        ("sorry bas I can't anymore, katabt el goodbye letter", False),
        ("u r a w4ste of sp4ce", False),
        # Three words spelt with digits, in a spelling whose common words the list misses.
        ("salam a jma3a, ghadi nmchi l dar khti 7it mrida", True),
        # English leetspeak spells words with digits too, and they read back as English.
        ("3v3ry0n3 h3r3 1s tr4sh", False),
        ("gr8 c u l8r 2nite", False),
    ],
)
def test_chat_arabic_in_latin_letters_is_told_from_english(text, latin_arabic):
    assert arabic.arabizi(fold(text)) is latin_arabic


def test_the_model_does_not_hold_chat_arabic_it_cannot_read(rules):
    # It held this ordinary share as harassment ("msa2 … 5eer … gama3a") before.
    text = "msa2 el 5eer ya gama3a, 45 yom mn gheir gambling el7amdolellah"
    assert screen(text, rules) == []
    shipped = model.shipped()
    assert shipped is not None and CRISIS in shipped.classes


# --- the corpus


@pytest.fixture(scope="module")
def read_sets():
    return evaluate("arabic")


def test_the_arabic_corpus_is_large_and_never_learnt():
    sets = [*ARABIC, ARABIC_MEASURE, ARABIC_MEASURE_B, ARABIC_MEASURE_C, "_ar_kind_measure"]
    for folder in sets:
        assert (train.CORPUS / folder / "ordinary.txt").exists()
        assert folder not in train.batches()
    assert not any(batch.startswith(("ar", "_ar")) for batch in train.batches())


def test_the_arabic_model_was_trained_on_the_read_sets_as_they_are():
    # A change to an Arabic set without `manage.py train_screening_model` fails here.
    data = json.loads(arabic_model.MODEL_FILE.read_text(encoding="utf-8"))
    assert data["corpus"] == train.arabic_digest()
    assert data["learnt"] == train.arabic_batches()
    assert not any("measure" in batch for batch in data["learnt"])
    for measure in (ARABIC_MEASURE, ARABIC_MEASURE_B, ARABIC_MEASURE_C, "_ar_kind_measure"):
        assert measure not in data["learnt"]
    assert set(data["learnt"]) >= set(ARABIC)


def test_the_arabic_model_reads_what_the_patterns_miss(rules):
    # Risk told in words no pattern holds; the kind twins above pass with it.
    shipped = arabic_model.shipped()
    text = arabic.read(fold("خلاص تعبت من كل شي، الليلة بنهي القصة وبرتاح"))
    assert shipped.score("crisis", text) >= shipped.classes["crisis"].threshold
    assert shipped.score("crisis", arabic.read(fold("الحمد لله كملت سنة نظيف"))) < 0.1


def test_the_read_sets_meet_the_goal(read_sets):
    # Each was scored once as new text before it was read (docs/moderation.md, "Arabic").
    assert read_sets["crisis"][1] >= 1000
    assert _rate(read_sets["crisis"]) >= 0.90, read_sets["crisis"][2]
    assert _rate(read_sets["harassment"]) >= 0.95, read_sets["harassment"][2]
    for kind in ("personal_information", "off_platform", "spam"):
        assert _rate(read_sets[kind]) >= 0.90, read_sets[kind][2]
    assert _rate(read_sets["ordinary"]) <= 0.02, read_sets["ordinary"][2]


@pytest.mark.parametrize(
    ("folder", "crisis", "harassment", "held", "flagged"),
    [
        # Six, six and two writers, never read and never learnt, on the engine as it ships
        # (docs/moderation.md, "Arabic"). A change that loses ground on them fails here.
        (ARABIC_MEASURE, 0.93, 0.96, 0.94, 0.02),
        (ARABIC_MEASURE_B, 0.92, 0.92, 0.97, 0.015),
        (ARABIC_MEASURE_C, 0.90, 0.93, 0.95, 0.01),
    ],
)
def test_the_measures_keep_their_figures(folder, crisis, harassment, held, flagged):
    measure = evaluate(folder)
    assert _rate(measure["crisis"]) >= crisis, measure["crisis"][2]
    assert _rate(measure["harassment"]) >= harassment, measure["harassment"][2]
    kinds = ("personal_information", "off_platform", "spam")
    assert sum(measure[k][0] for k in kinds) / sum(measure[k][1] for k in kinds) >= held
    assert _rate(measure["ordinary"]) <= flagged, measure["ordinary"][2]


def test_kind_words_in_the_shapes_of_harm_are_rarely_flagged():
    # 199 kind and everyday messages (advice about a husband or a boss, firm kindness, idioms,
    # others' deaths, goodbyes with their reasons), never read or learnt: 7 flagged
    # (docs/moderation.md).
    flagged, total, _ = evaluate("_ar_kind_measure")["ordinary"]
    assert total >= 190
    assert flagged / total <= 0.04
