"""Portuguese, Brazilian and European (moderation/screening/portuguese.py; docs/moderation.md,
"Portuguese")."""

import pytest

from kindred.normalize import fold
from moderation.screening import compile_rules, crisis_words, portuguese, screen
from tests.moderation.corpus.evaluate import evaluate


def _sources(text):
    return {f.source for f in screen(text, compile_rules())}


@pytest.mark.parametrize(
    ("text", "alerted"),
    [
        # One's own wish to die, not to wake, the means at hand, a burden lifted, self-harm now.
        ("não aguento mais viver assim, quero morrer", True),
        ("já tenho os comprimidos guardados pra hoje à noite", True),
        ("queria dormir e não acordar mais", True),
        ("vocês vão ficar melhor sem mim", True),
        ("to me cortando de novo, não consigo parar", True),
        ("já decidi. hj à noite eu acabo com tudo", True),
        # Danger at home now.
        ("meu marido disse que vai me matar quando chegar, tô com medo", True),
        # Everyday figures, the past, someone else's story, negation.
        ("tô morrendo de saudade da minha mãe", False),
        ("você me mata de rir kkkk", False),
        ("quero sumir de vergonha, esqueci a reunião", False),
        ("quando eu bebia eu queria morrer todo dia, hoje tenho 3 anos limpo", False),
        ("meu irmão tentou se matar ano passado, ele tá melhor agora", False),
        ("não quero morrer, quero aprender a viver", False),
        ("vou matar a saudade da família no natal", False),
    ],
)
def test_portuguese_crisis_and_its_kind_twins(text, alerted):
    assert ("crisis" in _sources(text)) is alerted


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("se mata logo, ninguém liga pra você", True),
        ("vai tomar no cu, sua vagabunda", True),
        ("vc é um lixo, some daqui", True),
        ("tomara que você tenha uma recaída", True),
        ("eu sei onde você mora, cuidado", True),
        ("vou contar tudo pro seu pastor", True),
        ("v t n c", True),
        ("s3 m4t4", True),
        # Self-talk, help, an insult reported to the moderators, a complaint, love as a threat.
        ("sou uma idiota, esqueci a chave de novo kkk", False),
        ("vou ligar pro seu marido pra ele vir te buscar, tá?", False),
        ("ele me mandou 'se mata logo' e eu denunciei", False),
        ("esse governo é uma vergonha", False),
        ("vou te matar se faltar na reunião de novo kkk", False),
    ],
)
def test_portuguese_harassment_and_its_kind_twins(text, held):
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome == "hold" for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "alerted"),
    [
        # Quiet ends read across the message: a place with the speaker's mind said, goodbyes
        # with their weight, the Lord asked to take the speaker tonight, danger while hiding.
        ("estou na falésia. o mar está tão calmo, parece que me chama", True),
        ("tô sentado na linha do trem. o próximo passa às 23h", True),
        ("obrigada por tudo, gente. de verdade. tchau", True),
        ("não precisam guardar o meu lugar na reunião de quinta", True),
        ("Senhor, me leve ainda esta noite", True),
        ("ele está a dizer que me mata, estou fechada na casa de banho", True),
        # The same words with their everyday reason or none of the weight.
        ("obrigada por tudo, gente, até quinta!", False),
        ("tô na estação esperando o trem pra casa, chego às 8", False),
        ("não precisam guardar o meu lugar, vou chegar atrasada", False),
        ("fui à praia com os miúdos, o mar estava tão calmo", False),
        ("já tive dias em que queria morrer, hoje estou bem", False),
    ],
)
def test_portuguese_quiet_risk_and_its_kind_twins(text, alerted):
    assert ("crisis" in _sources(text)) is alerted


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("ainda vou te ver no caixão", True),
        ("sei a que horas sais do turno, qualquer dia espero-te", True),
        ("a paróquia toda vai saber que bebes às escondidas", True),
        ("espero que o teu filho tenha overdose de novo", True),
        ("sei a que horas sais do turno, queres boleia?", False),
        ("a minha paróquia sabe que eu bebia e me ajudou muito", False),
    ],
)
def test_portuguese_menace_and_its_kind_twins(text, held):
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome == "hold" for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "alerted"),
    [
        # Means with the taking said, a loaded gun at hand, danger now, a set time.
        ("comprei veneno hoje e vou tomar quando todos dormirem", True),
        ("a espingarda já está carregada aqui do meu lado", True),
        ("meu filho tá me batendo, me ajudem", True),
        ("hoje à noite eu tomo todos os remédios", True),
        ("sexta-feira é o dia que eu me mato", True),
        # The same things in everyday life.
        ("a espingarda do meu avô está pendurada na parede da sala", False),
        ("tomo os remédios todos os dias às oito", False),
        ("hoje eu tomo os remédios da pressão antes do almoço", False),
        ("no verão eu me jogo na piscina todo dia", False),
        ("não volto mais naquele bar", False),
        ("vou me despedir agora, meu turno começa às 22h. boa noite a todos", False),
        ("passei por uma fase em que queria morrer, hoje estou bem", False),
    ],
)
def test_portuguese_means_and_times_and_their_kind_twins(text, alerted):
    assert ("crisis" in _sources(text)) is alerted


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("baiano preguiçoso, só sabe reclamar", True),
        ("fica esperta, tô te seguindo desde o mercado", True),
        ("nem pra morrer tu serve", True),
        ("seu bosta, seu nada", True),
        ("a história do teu cachorro me fez rir muito", False),
        ("esse cachorro late a noite toda, não consigo dormir", False),
        ("sou baiano com muito orgulho", False),
    ],
)
def test_portuguese_contempt_and_its_kind_twins(text, held):
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome == "hold" for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("me chama no zap que eu te explico melhor", "off_platform"),
        ("criei um grupo no telegram, bora pra lá", "off_platform"),
        ("aposte com meu código e ganhe rodadas grátis", "spam"),
        ("investe R$200 e recebe R$2000 em 30 dias", "spam"),
    ],
)
def test_portuguese_contact_off_the_platform_and_spam_are_held(text, source):
    assert source in _sources(text)


def test_a_meeting_place_in_portuguese_is_not_held():
    assert not _sources("tem grupo de apoio presencial na igreja do bairro, quarta às 19h")


def test_portuguese_risk_is_not_set_aside_by_the_english_model():
    # The English model reads Portuguese as noise; the Portuguese reading is not subject to
    # its veto.
    text = "já tenho a corda aqui. ninguém vai sentir a minha falta"
    assert crisis_words(text)
    assert "crisis" in _sources(text)


@pytest.mark.parametrize(
    ("text", "is_portuguese"),
    [
        ("vou ali matar a fome e já volto, tô sem almoçar", True),
        ("obrigada gente, hoje foi muito bom", True),
        ("I want to thank you all, obrigada gente", False),
        ("la vida es dura pero sigo aquí con ustedes", False),
        ("Rui is going to the bank today", False),
    ],
)
def test_what_reads_as_portuguese(text, is_portuguese):
    # A Portuguese message is not read by the English model (which held "vou ali matar a
    # fome" as harassment); a mixed line with English in it still is.
    assert portuguese.is_portuguese(fold(text)) is is_portuguese


def test_an_everyday_portuguese_share_is_not_held_by_the_english_model():
    assert not _sources("vou ali matar a fome e já volto, tô sem almoçar")


def test_the_read_portuguese_set_holds_its_figures():
    # Batch 270, scored once as new text and then read (docs/moderation.md, "Portuguese").
    results = evaluate("_portuguese")
    assert results["crisis"][0] >= 60
    assert results["harassment"][0] >= 120
    assert results["ordinary"][0] <= 0


def test_the_second_read_portuguese_set_holds_its_figures():
    # Batch 274, quiet risk above all, scored as new text twice and then read.
    results = evaluate("_portuguese_b")
    assert results["crisis"][0] >= 83
    assert results["harassment"][0] >= 59
    assert results["ordinary"][0] <= 2


def test_the_third_read_portuguese_set_holds_its_figures():
    # Batch 276, scored as new text twice and then read.
    results = evaluate("_portuguese_c")
    assert results["crisis"][0] >= 78
    assert results["harassment"][0] >= 60
    assert results["ordinary"][0] <= 0


def test_the_portuguese_measures_hold_their_figures():
    # Batches 271 and 272 (their misses read once, after the first round), 275 and 277
    # (never read): their figures as the engine shipped. Before the Portuguese reading, crisis
    # and harassment were 14 and 26, 12 and 22, 0 and 11.
    first, second = evaluate("_portuguese_measure"), evaluate("_portuguese_measure_b")
    assert first["crisis"][0] + second["crisis"][0] >= 40
    assert first["harassment"][0] + second["harassment"][0] >= 90
    assert first["ordinary"][0] + second["ordinary"][0] <= 2
    third = evaluate("_portuguese_measure_c")
    assert third["crisis"][0] >= 13
    assert third["harassment"][0] >= 32
    assert third["ordinary"][0] <= 1
    # Batch 277, never read: crisis and harassment were 3 and 15 before the Portuguese reading.
    fourth = evaluate("_portuguese_measure_d")
    assert fourth["crisis"][0] >= 16
    assert fourth["harassment"][0] >= 45
    assert fourth["ordinary"][0] <= 3
    # And the 300 hard ordinary shares in Portuguese: no more flagged than before (5).
    assert evaluate("_portuguese_kind_measure")["ordinary"][0] <= 5
