"""Tagalog and Taglish (moderation/screening/tagalog.py; docs/moderation.md, "Tagalog")."""

import pytest

from kindred.normalize import fold
from moderation.screening import compile_rules, crisis_words, screen, tagalog
from tests.moderation.corpus.evaluate import evaluate


def _sources(text):
    return {f.source for f in screen(text, compile_rules())}


@pytest.mark.parametrize(
    ("text", "alerted"),
    [
        # One's own wish to die, not to wake, the means at hand, a last message.
        ("gusto ko na lang mamatay, wala na akong silbi", True),
        ("ayoko na mabuhay mga sis", True),
        ("sana di na ako magising bukas", True),
        ("naipon ko na yung mga gamot ko, iinumin ko lahat mamaya", True),
        ("last message ko na 'to, ingat kayo", True),
        ("hindi na ako magiging pabigat sa inyo", True),
        # Danger at home now.
        ("binubugbog ako ni mister ngayon, nagtatago kami sa CR", True),
        # Everyday figures, the past, someone else's story, a goodbye with its reason.
        ("muntik na ko mamatay sa kakatawa kanina", False),
        ("patay ako kay madam pag nalaman nya", False),
        ("dati gusto ko nang mamatay, ngayon 2 years na akong malinis", False),
        ("yung pinsan ko nagpakamatay nung 2019, miss ko pa rin sya", False),
        ("hindi ko gusto mamatay, gusto ko lang magpahinga", False),
        ("paalam muna mga ate, tapos na kontrata ko, uuwi na ko sa Pinas", False),
    ],
)
def test_tagalog_crisis_and_its_kind_twins(text, alerted):
    assert ("crisis" in _sources(text)) is alerted


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("magpakamatay ka na lang", True),
        ("tanga ka talaga, wala kang kwenta", True),
        ("uminom ka na lang ulit, dun ka naman magaling", True),
        ("isusumbong kita sa agency mo", True),
        ("sasabihin ko sa asawa mo lahat ng kinukwento mo dito", True),
        ("alam ko kung saan ka nakatira, ingat ka pauwi", True),
        # Kindness, self-talk, advice, an insult reported to the moderators.
        ("hindi ka pabigat, mahal ka namin dito", False),
        ("ang tanga ko kanina, naiwan ko yung susi", False),
        ("sabihin mo na sa agency mo bago pa nila malaman sa iba", False),
        ('may nag message sakin na "magpakamatay ka na" kaya nireport ko kay mod', False),
        ("gusto mo tawagan ko yung POLO hotline para sayo?", False),
    ],
)
def test_tagalog_harassment_and_its_kind_twins(text, held):
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome == "hold" for f in findings)
    assert is_held is held, findings


def test_tagalog_risk_is_not_set_aside_by_the_english_model():
    # The English model reads Tagalog as noise (it scores this nearly nothing); the Tagalog
    # reading is not subject to its veto.
    text = "may lubid na dito sa bodega. nakapag decide na ko mga ate"
    assert crisis_words(text)
    assert "crisis" in _sources(text)


@pytest.mark.parametrize(
    ("text", "is_tagalog"),
    [
        ("kung nasa Saudi ka, may Filipino group sa Riyadh", True),
        ("salamat po sa inyong lahat, ang gaan ng loob ko", True),
        ("I want to thank you all, salamat po", False),
        ("Mark is going to the bank today", False),
    ],
)
def test_what_reads_as_tagalog(text, is_tagalog):
    # A Tagalog message is not read by the English model (which flagged "kung nasa Saudi
    # ka, …" as harassment); Taglish with English in it still is.
    assert tagalog.is_tagalog(fold(text)) is is_tagalog


def test_an_everyday_tagalog_share_is_not_held_by_the_english_model():
    assert not _sources(
        "kung nasa Saudi ka, may Filipino group sa Riyadh na nagme-meet tuwing Friday"
    )


def test_the_read_tagalog_set_holds_its_figures():
    # Batch 240, scored once as new text and then read (docs/moderation.md, "Tagalog").
    results = evaluate("_tagalog")
    assert results["crisis"][0] >= 27
    assert results["harassment"][0] >= 48
    assert results["ordinary"][0] <= 1


def test_the_tagalog_measure_holds_its_figures():
    # Batch 241, never read and never learnt: its figures as the engine shipped.
    results = evaluate("_tagalog_measure")
    assert results["crisis"][0] >= 14
    assert results["harassment"][0] >= 23
    assert results["ordinary"][0] <= 4
