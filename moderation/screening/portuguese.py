"""Crisis language and harassment in Portuguese, Brazilian and European.

Brazilian, Portuguese, Cape Verdean and Angolan members write in Portuguese, in English and
in both within one sentence. As with Spanish (spanish.py) and Tagalog (tagalog.py), every
message is read by these patterns whatever language its group meets in, and an English
message pays only for the quick look that tells it holds no Portuguese (``hinted``). Patterns are
over the ``words`` reading (normalize.py): lower case, accents gone ("não" reads "nao",
"você" "voce"), leetspeak and spaced letters undone ("s3 m4t4", "v t n c").

A wish to die counts only for the speaker now: the past ("quando eu bebia", "há dois anos"),
someone else's story ("meu irmão tentou se matar"), negation ("não quero morrer") and
everyday figures ("morrendo de saudade", "você me mata de rir", "quero sumir de vergonha")
do not count (docs/moderation.md, "Portuguese").
"""

import functools
import re

from kindred.normalize import words
from moderation.screening.patterns import compile_any


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words common in Portuguese and rare in English and Spanish: a message with none of them is
# not read here (hinted). A set of words, looked up word by word: one pass over the message,
# where an alternation of them as a pattern cost an English message four times as much.
HINT_WORDS = _word_set(
    """
    nao voce voces vc vcs eu meu minha meus minhas seu sua teu tua pra tambem tb isso isto muito
    muita agora hoje hj amanha ninguem tudo gente quero queria vou vai vao estou tou ja tenho
    fiquei ficar melhor sem mim obrigado obrigada mata morre morrer sumir cala fdp vsf vtnc tnc
    porra caralho merda puta desgracado desgracada vagabundo vagabunda ele ela pq oq tmj mds bue
    oxe mainha tu tomara zap whatsapp pix codigo grupo viado viada otario otaria babaca cuzao
    porco porca escroto escrota nojento nojenta pulsos biscate piranha arrombado arrombada corno
    corna trouxa krl cacete imbecil retardado retardada investe invista lucra lucre aposte ganhe
    rodadas cura peca compre chama bora vamos criei queimando cortando cortar machucando
    comprimidos remedios corda despedir despedindo aguento acordar sei pulso dormes qualquer
    contigo senhor deus vim desculpem tchau adeus sentado sentada ponte linha trem comboio falesia
    aqui cais praia barco baiano nordestino paraiba tuga angolano brasileira brasileiro preto preta
    pretinha favelado favelada empregadinha crente caminhoneiro cigano cigana semata bicha seguindo
    vigiando cabeca
    """
)
_HINT_STEMS = ("vagab", "idiota")
# Words only Portuguese uses (not "de", "que", "la" or "para", which Spanish shares, "na" or
# "o", which Tagalog does, nor "a", "me", "to" and "so", which English does): two of them and
# no English word (_ENGLISH: arabic.ENGLISH_WORDS but "me", "to" and "so", which are Portuguese
# words too), and the message is Portuguese (is_portuguese). A line that mixes in English is
# still read by the English model, which alerts on the English half of it ("… tell my boys
# mamãe loved them").
_PORTUGUESE_WORDS = _word_set(
    """
    nao voce voces vc vcs eu meu minha meus minhas seu sua teu tua pra pro com tambem tb isso
    isto muito muita agora hoje hj amanha ninguem tudo quero queria vou vao estou tou tenho
    fiquei ele ela eles elas uma mais foi sou estava ainda entao onde quando pq obrigado obrigada
    noite mae pai filho filha irmao irma deus gracas bom boa tava ne tao dele dela nosso nossa
    aquele aquela esse essa depois sempre coisa tempo bem sim gente mds tmj oq ngm nem pa bue
    fixe oxe mainha sem mim melhor cade aqui os ao aos dos da das pelo pela num numa falou disse
    fez tinha tem ter vez cada
    """
)
_ENGLISH = _word_set(
    """
    i i'm im the and you your my of is are was it this that can't cant don't dont with for have
    just not anymore what be will all
    """
)
# Whole words as the patterns read them: runs of letters, digits and apostrophes.
_TOKEN = re.compile(r"[\w']+")
_P_TA = re.compile(r"(?<![\w'])p ta(?![\w'])")


def _laugh(token: str) -> bool:
    """ "kk", "kkkk": laughter, Portuguese chat's own."""
    return len(token) > 1 and not token.strip("k")


@functools.lru_cache(maxsize=256)
def hinted(folded: str) -> bool:
    """Whether ``folded`` has a word of HINT_WORDS in it (or laughter, or a masked "p*ta"):
    only then do the patterns below read it. Kept for the last messages, as each rule set
    asks again of the same text."""
    for token in _TOKEN.findall(folded):
        if token in HINT_WORDS or token.startswith(_HINT_STEMS) or _laugh(token):
            return True
    return _P_TA.search(folded) is not None


@functools.lru_cache(maxsize=256)
def is_portuguese(folded: str) -> bool:
    """Whether ``folded`` reads as Portuguese rather than English."""
    tokens = _TOKEN.findall(folded)
    if any(token in _ENGLISH for token in tokens):
        return False
    portuguese = {token for token in tokens if token in _PORTUGUESE_WORDS or _laugh(token)}
    return len(portuguese) >= 2


_CLAUSES = re.compile(r"[.!?;\n]+|\s(?:mas|porem|so que|entretanto)\s")
_CUT = " | "

# The speaker now: "eu", and the verbs of wishing, planning and being ready.
_WISH = (
    r"(?:(?:eu )?(?:so )?(?:quero|queria|kero|keria|qro|kro|preciso|desejo|gostaria de|prefiro|"
    r"vou(?! morrer)|to pensando em|tou a pensar em|estou pensando em|estou a pensar em|penso em|"
    r"pensei em|planejo|decidi|resolvi|estou pronta pra|estou pronto pra|ta na hora de|"
    r"chegou a hora de)|(?:que |q |uma )?vontade de|so falta)"
)
_HARM = (
    r"(?:morrer|me matar|me mtr|matar me|me suicidar|suicidar me|cometer suicidio|me enforcar|"
    r"sumir (?:de vez|pra sempre|para sempre|desse mundo|deste mundo|e nunca mais)|"
    r"acabar com (?:tudo|isso tudo|tudo isso|a minha vida|minha vida|esta vida|essa vida|"
    r"o sofrimento|a dor)|tirar (?:a )?(?:minha|propria) (?:propria )?vida|desaparecer "
    r"(?:de vez|pra sempre|para sempre)|dormir e nao acordar|nao acordar (?:mais|nunca mais|"
    r"amanha)|me cortar|me machucar|me jogar (?:da|de|do|na|no|pela|pelo|embaixo|debaixo)|"
    r"pular (?:da|de|do|na|no|pela|pelo)|tomar (?:todos os|todas as|a cartela|o frasco|a caixa|"
    r"os meus|as minhas|tudo)|parar de existir|deixar de existir|nao existir mais|"
    r"ir embora (?:desse|deste) mundo|partir desta para melhor|encontrar (?:a|o) (?:minha|meu) "
    r"(?:mae|pai|avo) (?:la em cima|no ceu)|dar um fim (?:em tudo|na minha vida|nisso)|"
    r"por fim a (?:tudo|minha vida)|acelerar (?:\w+ ){0,4}ate acabar)"
)
CRISIS = compile_any(
    _WISH + r" (?:ja |so |logo |mesmo |de verdade |hoje |hj |agora |simplesmente )*" + _HARM,
    r"(?:nao|n) (?:quero|aguento|consigo|posso) mais (?:viver|continuar|existir|acordar|"
    r"estar aqui|ficar aqui|seguir)",
    r"(?:nao|n) (?:aguento|suporto) mais(?= ?$| essa vida| esta vida| viver| nada| de verdade)",
    r"(?:nao|n) quero (?:mais )?(?:viver|existir|acordar|estar viv[oa]|continuar viv[oa])"
    r"(?= ?$| mais| nunca| assim| nessa| nesta| nesse| neste| amanha| \|)",
    r"(?:cansad[oa]|exaust[oa]|farto|farta) de (?:viver|existir|estar viv[oa]|acordar|"
    r"continuar viv[oa])",
    r"(?:ja )?(?:tenho|comprei|separei|juntei|guardei|escondi) (?:a|uma|o|um|os|as|uns|umas|"
    r"todos os|todas as|meus|minhas|muitos|muitas) (?:\w+ )?(?:corda|remedios|comprimidos|"
    r"pilulas|cartelas|arma|revolver|pistola|faca|lamina|laminas|gilete|veneno|chumbinho)"
    r"(?= ?$| aqui| separad| guardad| escondid| comigo| na mao| no bolso| no carro| em casa| "
    r"pra (?:hoje|hoje a noite|isso|acabar|fazer)| para (?:hoje|isso|acabar)| e (?:vou|ja|hoje)| "
    r"ao pe de mim| e ninguem sabe| do meu lado| "
    r"prontos?| prontas?| nao vou dizer| \|)",
    r"(?:tou|to|estou) (?:a )?(?:contar|contando|olhar|olhando pr?a?) (?:os|as|pros|pras) "
    r"(?:\w+ )?(?:remedios|comprimidos|pilulas|cartelas)",
    r"(?:seria|era|e) melhor (?:eu )?(?:morrer|sumir de vez|nao existir|me matar|nunca ter "
    r"nascido|ir embora pra sempre)",
    r"melhor (?:eu )?(?:sumir|morrer|me matar)(?: de vez| pra sempre| logo)?(?= ?$| \|| e )",
    r"(?:seria|era) melhor se eu (?:morresse|sumisse|nao existisse|nao tivesse nascido|"
    r"nao acordasse)",
    r"(?:vao|vai|iam|ia|ficariam|ficaria|estariam|estaria|viveriam|viveria|fica|ficam|"
    r"vivem) (?:todos |todas |\w+ )?(?:ficar |viver |estar )?(?:melhor|mais felizes?|"
    r"em paz) sem mim",
    r"ninguem (?:vai |ia |iria )?(?:sentir|sentiria) (?:a )?(?:minha )?falta",
    r"(?:sou|me sinto) (?:so )?(?:um|uma) (?:peso|fardo|estorvo) (?:pra|para|na vida d[aeo]s?) "
    r"(?:todos|todo mundo|minha familia|voces|vcs|minha mae|meus filhos|eles)",
    r"(?:queria|quero|so queria) (?:dormir e )?(?:(?:nao|n) acordar|nunca mais acordar)(?: mais|"
    r" amanha| nunca mais)?",
    r"(?:hoje|hj|amanha|essa noite|esta noite|hoje a noite) (?:eu )?(?:acabo com tudo|me mato|"
    r"e o dia|e a noite|eu faco|vou fazer|acaba tudo|termina tudo)",
    r"(?:ja )?(?:decidi|esta decidido|ta decidido|tomei a decisao)(?= ?$| \|| hoje| hj| de vez| "
    r"essa noite| amanha)",
    r"(?:ja )?(?:deixei|deixo) tudo (?:arrumado|organizado|pronto|resolvido|em ordem)",
    r"(?:escrevi|deixei|escrevendo) (?:uma |a |minha )?carta de despedida",
    r"(?:me despeco|to me despedindo|estou me despedindo|adeus) (?:de todos|de voces|de vcs|"
    r"a todos|pra sempre|para sempre|gente)",
    r"(?:essa|esta) e (?:a )?minha (?:despedida|ultima mensagem)",
    r"(?:ultima|ultima vez que) (?:mensagem|vez que (?:voces|vcs) me (?:leem|veem|ouvem))",
    r"(?:cuidem|cuida|pode ficar com|podem ficar com|fica com|fiquem com) (?:d[oa] |o |a )?"
    r"(?:meu|minha) (?:cachorro|cachorra|gato|gata|filho|filha|filhos|cao|bicho)(?= ?$| \|| "
    r"por mim| quando eu| depois| pra mim| i won| i will| i can| porque eu| pq eu| pfv| pf| por "
    r"favor| se eu)",
    r"(?:me cortei|me cortando|me corto|me machuquei|me queimei) (?:\w+ )?(?:de novo|outra vez|"
    r"hoje|hj|ontem|agora|essa noite|mais fundo|nos bracos|nas pernas)",
    r"(?:voltei a|continuo a|to|estou) (?:me )?(?:cortar|cortando|machucar|machucando) "
    r"(?:me|os bracos|as pernas|de novo)?",
    r"automutila\w*",
    r"(?:pensamentos|ideias|ideacao) suicida\w*",
    r"(?:penso|pensando|pensei) (?:em|no) suicidio",
    r"(?:nao|n) (?:tenho|vejo) (?:mais )?(?:motivo|motivos|razao|razoes|forca|forcas|sentido) "
    r"(?:pra|para|em|de) (?:viver|continuar|seguir|existir|acordar)",
    r"(?:minha vida|a vida) (?:ja )?(?:nao|n) (?:tem|faz) (?:mais )?sentido",
    r"(?:nao|n) vale (?:mais )?a pena (?:viver|continuar|existir)",
    r"(?:o que|oq|que) (?:eu )?(?:to|tou|estou) fazendo aqui ainda",
    r"(?:tomei|engoli) (?:todos os|todas as|a cartela|o frasco|a caixa|um monte de|\d\d+) "
    r"(?:\w+ )?(?:remedios|comprimidos|pilulas|calmantes|rivotril|paracetamol)?",
    r"(?:to|tou|estou) (?:parad[oa] |sentad[oa] |de pe )?(?:em cima )?(?:na|da|no|do) (?:ponte|"
    r"viaduto|telhado|terraco|beira da linha)(?= ?$| \|| agora| olhando| e )",
    r"se um (?:caminhao|carro|onibus|trem|comboio) me (?:atropelasse|pegasse|matasse)",
    r"(?:quero|queria|so quero|preciso) que (?:isso|isto|tudo|tudo isso|a minha vida|minha vida|"
    r"essa dor|esta dor) (?:acabe|termine|pare)",
    r"(?:nao|n) vejo (?:mais )?(?:saida|outra saida|nenhuma saida|futuro|luz)(?= ?$| nenhuma| "
    r"\|| pra mim| pra nada)",
    r"se eu (?:pular|me jogar|tomar|sumir|morrer|me matar|nao acordar)(?: [\w]+){0,6} "
    r"(?:acaba tudo|acabou|tudo se resolve|resolve tudo|ninguem (?:liga|sente|nota|percebe))",
    r"(?:nao|n) vou (?:mais )?precisar (?:de )?mais (?:nada|disso|delas|deles|de nada)",
    r"(?:nao|n) vao (?:ter|receber) mais noticias minhas",
    r"(?:nao|n) vou (?:estar|tar) (?:mais )?aqui (?:amanha|mais|pra ver|quando)",
    r"(?:nao|n) vou estar mais (?:aqui|entre voces|entre vcs)",
    r"deixei (?:a senha|as senhas) (?:do banco|de tudo|do cartao)",
    r"(?:motor|carro) ligado(?: [\w]+){0,5} garagem fechada",
    r"garagem fechada(?: [\w]+){0,5} (?:motor|carro) ligado",
    r"(?:to|tou|estou|voltei a|continuo a) (?:me )?(?:queimando|queimar|cortando|cortar)",
    r"(?:ja )?(?:fiz|fazendo|dei) (?:\w+ )?(?:cortes|corte|cortezinhos)(?: [\w]+){0,4} "
    r"(?:e )?(?:nao|n) (?:quero|consigo) parar",
    r"(?:to|tou|estou|ja) (?:fazendo|fiz|amarrei|amarrando|preparando) (?:o no|a corda|o laco)",
    r"(?:pesquisei|procurei|pesquisando|procurando|pesquisar) (?:quantos|quantas|como|qual|a) "
    r"(?:\w+ ){0,3}(?:comprimidos|remedios|pilulas|altura|dose letal|dose|morrer|me matar|"
    r"corda|no)",
    r"(?:me despedindo|despedir me|me despedir) de (?:todo mundo|todos|voces|vcs)(?: aos poucos| "
    r"pra ninguem| para ninguem| sem ninguem)",
    r"(?:to|tou|estou) com (?:o|a|os|as) (?:\w+ )?(?:frasco|cartela|caixa|remedios|comprimidos|"
    r"gilete|lamina|laminas|faca|corda|arma|revolver|veneno)(?: inteir[oa]| tod[oa]s?)? "
    r"(?:aqui|na mao|do lado|comigo|no colo|em cima da cama)",
    r"(?:hoje|hj|essa noite|esta noite|hoje a noite|hj a noite|amanha) (?:eu )?vou usar",
    r"(?:hoje|hj|hj a noite|hoje a noite|essa noite) (?:eu )?acabo com (?:isso|isto|tudo|a minha "
    r"vida|minha vida)",
    r"(?:ja )?(?:planejei|pensei em|escolhi|decidi|sei) (?:tudo |ate )?(?:o horario|a hora|o lugar|"
    r"o dia|o metodo|como (?:vou|vai) ser|onde vou fazer)",
    # Rest or sleep for ever, eyes closed for good, the end said as now.
    r"(?:queria|quero|so queria|so quero) (?:descansar|dormir|ir|partir) (?:para|pra) sempre",
    r"fechar os olhos e (?:nao|n) (?:abrir|acordar) (?:mais|nunca mais)",
    r"(?:hoje|hj|amanha|esta noite|essa noite) (?:e|eh) o fim",
    r"(?:hoje|hj) (?:eu )?(?:paro|saio de cena|desisto de vez|vou resolver isso)",
    r"(?:a tristeza|a depressao|a dor|ela) venceu",
    r"(?:o )?meu (?:trabalho|tempo|papel) aqui (?:acabou|terminou)",
    r"(?:agora )?so falta eu (?:ir|partir)",
    r"(?:agora )?posso (?:ir|partir) (?:descansad[oa]|em paz|tranquil[oa])",
    r"(?:depois de hoje|a partir de amanha) ninguem (?:vai )?(?:precisar|ter) (?:de )?se preocupar "
    r"comigo",
    r"(?:amanha|depois de hoje) (?:eu )?(?:nao|n) (?:to|tou|estou|estarei) mais (?:aqui|convosco|"
    r"com voces|com vcs)",
    r"(?:nao|n) estarei (?:mais )?(?:aqui|convosco|com voces|com vcs|entre voces)(?: amanha)?",
    r"ninguem vai (?:notar|perceber|reparar|sentir falta) se eu (?:sumir|morrer|for|desaparecer|"
    r"partir)",
    r"(?:ja )?sei (?:exatamente )?o que vou fazer(?: e quando| hoje| esta noite| essa noite|"
    r" \|| ?$)",
    r"(?:to|tou|estou|sou|me sinto) suicida",
    r"so o seguro de vida (?:resolve|paga|cobre)",
    r"(?:ja )?(?:nao|n) (?:sirvo|presto) (?:mais )?(?:para|pra) nada nesta (?:terra|vida|mundo)",
    r"(?:ser|sou|me sinto) (?:um|uma) (?:fardo|estorvo|peso)(?: pra| para| na vida)",
    # The Lord asked to take the speaker, an hour come to go to Him.
    r"(?:o )?(?:senhor|deus|jesus|nossa senhora) me (?:leve|levasse|leva)(?: embora)?(?: ainda)? "
    r"(?:hoje|hj|esta noite|essa noite|logo|agora|de vez)",
    r"chegou a minha hora(?: de (?:partir|ir))?",
    r"(?:ir|partir) (?:ter com|para junto d[oa]|pra junto d[oa]|ao encontro d[oa]) (?:o |a )?"
    r"(?:meu |minha )?(?:pai|senhor|marido|mae|filho|filha|esposa|deus)(?: \w+){0,3} (?:no ceu|"
    r"la em cima|ja esta noite|hoje)",
    r"(?:deus|o senhor) me perdoe (?:pelo|por) (?:o )?que (?:eu )?(?:vou|vai) fazer",
    r"(?:peco|pedimos) (?:a todos )?que rezem pela minha alma",
    # Means taken now, or kept for now.
    r"(?:tomei|engoli|bebi) (?:\w+ ){0,7}(?:os calmantes|os comprimidos|os remedios|a cartela|"
    r"o frasco|um monte de remedio\w*)",
    r"(?:hoje|hj|agora) (?:acho que )?(?:tomo|engulo) (?:todos|todas|tudo)(?: de uma vez)?",
    r"(?:a corda|o veneno) (?:ja )?(?:esta|ta) (?:no|na|em|pendurad)",
    r"(?:tenho|to com|estou com) (?:a|uma) (?:espingarda|arma|pistola|revolver|cacadeira)"
    r"(?: d[oa] (?:meu |minha )?\w+)? (?:aqui|do lado|ao lado|ao pe|comigo|no colo)",
    # Means with the taking said, a time set, a body to be found.
    r"(?:veneno|chumbinho|soda caustica|comprimidos?|remedios?|rivotril|calmantes)(?: [\w]+){0,8} "
    r"(?:vou|vo|eu vou) (?:tomar|toma|beber|bebe|usar|engolir)",
    r"(?:vou|vo|eu vou) (?:tomar|toma|beber|bebe|engolir) (?:o|a|os|as) (?:\w+ )?(?:veneno|"
    r"chumbinho|soda|remedios? tud\w*|comprimidos? tod\w*|remedios? tod\w*|comprimidos? tud\w*|"
    r"remedios? (?:tudo|todos) junt\w*)",
    r"(?:hoje|hj|agora|amanha|hoje a noite|hj a noite|esta noite|essa noite)(?: eu)? (?:acho que )?"
    r"(?:tomo|engulo|bebo) (?:todos|todas|tudo)(?! (?:os|as) (?:dias|noites|manhas|semanas))",
    r"(?:eu )?tomo (?:os|as) (?:\w+ )?(?:remedio|remedios|comprimidos?)(?: [\w]+){0,3} "
    r"(?:todos|tudo)(?! (?:os|as) (?:dias|noites|manhas|semanas))",
    r"(?:comprimidos|remedios|pilulas)(?: todos| todas)? (?:alinhad|separad|contad)\w*",
    r"(?:espingarda|arma|pistola|revolver)(?: [\w]+){0,4} (?:ta|esta|ja esta|ja ta) carregada",
    r"(?:a arma|a espingarda|o revolver|a pistola)(?: [\w]+){0,6} (?:ta|esta) comigo",
    r"(?:a lamina|a gilete|a faca|a arma)(?: ja)? (?:ta|esta) (?:do lado|ao lado|debaixo|"
    r"embaixo) "
    r"do (?:travesseiro|colchao)",
    r"(?:to|tou|estou) com (?:a faca|a lamina|a gilete) encostada",
    r"(?:a corda|o laco|o no)(?: ja)? (?:ta|esta) (?:amarrad|pendurad|pront)\w*",
    r"so falta subir na cadeira",
    r"(?:eu )?me jogo (?:da|do|de cima|na frente de (?:um|uma|o|a) (?:onibus|carro|caminhao|trem|"
    r"comboio|carreta))",
    r"(?:que|q|eu|hoje|hj|amanha) me mato(?! de (?:rir|trabalhar|estudar|tanto))",
    r"(?:ja )?escolhi o (?:viaduto|lugar|dia|predio|sitio)",
    r"(?:vao|vai) pensar que foi (?:um )?acidente",
    r"(?:e|foi) a ultima coisa que (?:eu )?(?:faco|fiz|vou fazer)",
    r"(?:vai|vao) (?:achar|encontrar) (?:o )?meu corpo",
    r"(?:ouvir|ver|abracar|falar com) (?:\w+ ){0,3}(?:uma|pela) ultima vez",
    r"quando (?:a casa|todos|todo mundo) (?:ficar vazia|sair|sairem|dormir|dormirem)"
    r"(?: [\w]+){0,4} "
    r"(?:eu )?(?:faco|vou fazer)",
    r"(?:cansei|cansad[oa]) de ser (?:um )?(?:peso|fardo|estorvo)",
    r"(?:nao|n) vou passar (?:dessa|desta|de hoje a) noite",
    r"(?:vou|quero) (?:desaparecer|sumir) e poupar",
    r"me despedi (?:de|dos|das) (?:\w+ ){0,3}sem (?:eles|elas|ninguem) (?:perceberem|perceber|"
    r"saber)",
    r"ate dormir (?:pra|para) sempre",
    r"faltou coragem(?: [\w]+){0,4} (?:hoje|hj|agora) (?:eu )?consigo",
    r"(?:roupa|vestido) (?:que|com que|pra|para) (?:quero )?ser enterrad[oa]",
    r"(?:hoje|hj|esta noite|agora) (?:\w+ ){0,2}acabar com tudo",
    r"(?:leva|leve|levai) me (?:ja|hoje|esta noite|embora)",
    r"recebe(?:i)? (?:a )?minha alma",
    # Self-harm now.
    r"(?:fiz|dei) um corte (?:fundo|grande|profundo)",
    r"(?:nao|n) para de sangrar",
    r"queimei (?:o |meu |o meu |a minha |minha )?(?:braco|bracos|perna|pernas|pulso|pele|mao)"
    r"(?: [\w]+){0,4} (?:de novo|outra vez|agora|hoje)",
)
# Read over the whole message, across its sentences: a place to die with the speaker's mind
# said, a goodbye with its weight or two goodbyes, things given away with the reason kept.
ACROSS = compile_any(
    # At a place to die, with the speaker's mind said.
    r"(?:to|tou|estou|vim|aqui) (?:sentad[oa] |parad[oa] |sozinh[oa] |a pe )?(?:na|no|"
    r"em cima da|em cima do|no alto da|no alto do|na beira da|na beira do|pra|para a|para o) "
    r"(?:linha do (?:trem|comboio|metro)|linha d[oa] \w+|trilhos?|falesia|penhasco|"
    r"ponte(?: [\w]+)?|"
    r"alto do predio|cais(?: de [\w]+)?|estacao(?: da [\w]+)?|praia(?: d[ao] [\w ]+)?|margem|barco)"
    r"(?:[\w ]*) (?:nao quero voltar|ja nao tenho medo|ja sei o que vou fazer|o proximo passa|"
    r"esperando o trem certo|nao o de ir pra casa|parei o carro|vou entrar na agua|ate onde der|"
    r"parece que me chama|nao levei colete|a mare esta alta|pensei muito|"
    r"a olhar (?:pra|para) baixo|"
    r"olhando (?:pra|para) baixo|com as pernas (?:pra|para) fora|pernas (?:pra|para) fora)",
    r"(?:esta noite|hoje|hj|quando escurecer|amanha)(?: [\w]+){0,4} (?:e )?(?:nao|n) volto"
    r"(?: mais)?"
    r"(?= ?$| \|)",
    r"(?:e )?(?:nao|n) volto mais(?= ?$| \|)",
    r"(?:entrar|entro) (?:\w+ ){0,2}e (?:nao|n) (?:sair|saio) mais",
    r"(?:deixei|entreguei|passei)(?: [\w]+){1,10} (?:e hoje|e a hora|chegou a hora)(?= ?$| \|)",
    r"(?:se eu sumir|se eu desaparecer)(?: [\w]+){0,3} (?:nao|n) (?:me )?procurem",
    r"seguro de vida(?: [\w]+){0,8} (?:e a hora|minha familia recebe|recebem)",
    r"(?:ir|vou) (?:pro|para o|pra) (?:trilho|linha do trem|viaduto|ponte)(?: [\w]+){0,4} "
    r"(?:desculpa|desculpem|tchau|adeus)",
    r"(?:to|tou|estou) (?:na|no) (?:varanda|janela|parapeito) do \d+\w* andar",
)
_FAREWELL = (
    r"(?:obrigad[oa] por tudo|agradeco a (?:\w+ )?(?:de )?todos|foi uma honra|guardem boas "
    r"lembrancas|(?:nao|n) voltarei (?:mais )?(?:as reunioes|aqui|ao grupo)|(?:nao|n) precisam "
    r"(?:mais )?guardar o meu lugar|(?:nao|n) vou aparecer mais|me desculpem por tudo|"
    r"desculpa(?:m)? (?:gente|por tudo|decepcionar)|tchau|adeus|my last message|(?:minha )?ultima "
    r"mensagem|se (?:voce|vc|tu) (?:ler|leres) isso um dia|(?:nao|n) foi culpa (?:sua|tua|de "
    r"ninguem)|escrevi (?:as |uma )?cartas? (?:pra|para) (?:cada|os meus|as minhas|todos)|"
    r"deixei (?:[\w]+ ){0,6}um bilhete)"
)
_WEIGHT = (
    r"(?:tomei a minha decisao|em paz|(?:nao|n) se preocupem|de verdade|a serio|acho que e isso|"
    r"(?:nao|n) da mais|can'?t do this anymore|decepcionar|ficam na gaveta|agendado pra amanha|"
    r"por tudo|nao foi culpa)"
)
GOODBYE = compile_any(
    rf"{_FAREWELL}(?: [\w']+)* {_WEIGHT}",
    rf"{_WEIGHT}(?: [\w']+)* {_FAREWELL}",
    rf"{_FAREWELL}(?: [\w']+)* {_FAREWELL}",
    r"(?:nao|n) precisam (?:mais )?guardar o meu lugar",
    r"(?:nao|n) voltarei mais (?:as reunioes|aqui|ao grupo)",
    r"guardem boas lembrancas minhas",
    r"my last message here",
    r"se (?:voce|vc|tu) (?:ler|leres) isso um dia",
    r"(?:nao|n) vou aparecer mais",
    r"escrevi uma carta (?:pra|para) cada um",
    r"(?:dei|vendi|doei|levei|deixei) (?:[\w]+ ){1,6}(?:[\w ]+ )?(?:nao vou precisar|vai precisar "
    r"mais do que eu|vai estar bem la eu nao|um dia (?:ia|vai) perceber|nao vou mais)",
)
# An everyday reason for a goodbye: a move, a trip, a shift, a new job, bed.
EVERYDAY = compile_any(
    r"(?:vou|vamos) (?:me )?(?:mudar|viajar|dormir|deitar)",
    r"mudanca|viagem|ferias|novo emprego|trabalho novo|turno|plantao|boa noite|ate (?:quinta|"
    r"amanha|segunda|terca|quarta|sexta|sabado|domingo|a proxima|logo|ja|breve)|volto|voltarei "
    r"(?:na|em|depois|quando)|chegar atrasad[oa]|consulta|cirurgia|outro grupo|outra cidade",
)


DANGER = compile_any(
    r"(?:meu |o meu |minha |a minha )?(?:marido|esposo|namorado|companheiro|pai|padrasto|"
    r"mae|madrasta|ex|irmao|filho|ele|ela|mulher|namorada) (?:\w+ ){0,3}me (?:bate|bateu|"
    r"espanca|espancou|agride|agrediu|ameaca|ameacou|ameacando|enforcou|esganou|empurrou|"
    r"trancou|tranca|estuprou|violentou|vai matar|quer matar|disse que vai me matar|"
    r"ta batendo|esta batendo)",
    r"(?:ele|ela) (?:disse|falou|jurou|prometeu) que (?:vai|ia) me matar",
    r"tenho medo de (?:voltar pra casa|voltar para casa|ir pra casa|ele|ela|meu marido|"
    r"meu namorado|meu pai|meu padrasto|meu ex)",
    r"(?:nao|n) (?:estou|to|tou|me sinto) (?:segura|seguro|a salvo) em casa",
    r"(?:ele|ela) (?:ta|esta) (?:com|de) (?:uma |a )?(?:faca|arma|revolver|pistola|facao)"
    r"(?: \w+){0,4}(?= ?$| \|| e | gritando| ameacando| na mao)",
    r"(?:me trancou|nos trancou|me prendeu|trancou a gente) (?:\w+ ){0,3}(?:no quarto|em casa|"
    r"no banheiro)",
    r"(?:gritando|dizendo|disse|falou|jurou|ameacou|ameacando|grita|diz)(?: [\w]+){0,2} que "
    r"(?:\w+ )?(?:vai|ia) (?:entrar e )?(?:me matar|acabar comigo|me furar|me dar um tiro)",
    r"(?:hoje|hj|agora) (?:ele|ela) acaba comigo",
    r"(?:com|tenho) medo (?:dele|dela|do meu \w+) me (?:machucar|matar|bater|pegar)",
    r"(?:to|tou|estou) trancad[oa] (?:\w+ ){0,2}(?:no banheiro|no quarto|aqui dentro)",
    r"(?:disse|diz|dizer|dizendo|falou|ameacou|jurou|a dizer) que (?:[\w]+ ){0,8}me (?:mata|"
    r"matava|enforca|esgana)(?! de (?:rir|vergonha|susto|saudade))",
    r"(?:disse|diz|dizendo|falou|gritando|jurou) que (?:[\w]+ ){0,6}(?:acaba comigo|(?:vai|ia) me "
    r"(?:queimar|furar|esfaquear|dar um tiro))",
    r"(?:nao|n) (?:saio|sair) viv[oa] daqui",
    r"(?:ta|esta) me (?:ameacando|batendo|agredindo|enforcando|espancando|estrangulando|"
    r"esganando)",
    r"(?:apertando|apertou|esganando) (?:o )?meu pescoco",
    r"veio (?:pra|para) cima de mim",
    r"(?:forcando|arrombando|batendo (?:na|a)|chutando|derrubando) (?:a )?porta(?: [\w]+){0,10} "
    r"(?:medo|socorro|faca|trancad|escondid|me ajud)",
    r"(?:ameacou|ameaca|bateu|bate|agrediu|esganou) me(?: com| outra vez| de novo| hoje)",
    r"(?:marido|namorado|companheiro|pai|padrasto|ex|tio|cunhado|irmao|filho) (?:\w+ ){0,2}me "
    r"(?:enforca|esgana|bate|espanca) (?:toda vez|sempre|quando)",
    r"(?:esta|ta) (?:com|de) (?:a|uma|o|um) (?:faca|facao|arma|espingarda|revolver|pistola|"
    r"machado)(?: [\w]+){0,6} (?:tenho medo|to com medo|estou com medo|ameacando|a gritar|gritando|"
    r"to escondid|estou escondid)",
    r"(?:to|tou|estou) (?:fechad[oa]|trancad[oa]|escondid[oa]) (?:\w+ ){0,2}(?:na casa de banho|"
    r"no banheiro|no quarto|no quintal|no armario|aqui dentro|no carro)",
)
IDIOMS = compile_any(
    r"(?:me |to |tou |estou |ja )?(?:morr\w*|mort[oa]s?) (?:de|com|por) (?:rir|riso|saudades?|"
    r"vergonha|fome|sono|frio|calor|medo|inveja|cansaco|cansad[oa]|tedio|vontade|curiosidade|"
    r"amores?|raiva|ciumes?|preguica|sede|ansiedade|nervoso|esse|essa|isso|este|esta|voce|vc|"
    r"tanto|trabalhar|trabalho|estudar)",
    r"(?:voce|vc|tu|ela|ele|isso|esse|essa|esta|este|o|a) (?:ainda )?me mata(?:m)?(?: de rir| "
    r"de vergonha| kk\w*|$)",
    r"me mata(?:ndo)? de (?:rir|vergonha|saudade|preocupacao|susto|trabalhar)",
    r"mat(?:ar|ei|amos|a|ou|ando) (?:a|as|o) (?:saudades?|fome|sede|aula|tempo|trabalho|"
    r"curiosidade)",
    r"(?:quero|queria|vou|da vontade de|vontade de) (?:sumir|morrer|me enterrar) de vergonha",
    r"(?:me )?(?:matando|mato|matei|matar) (?:de|a) (?:trabalhar|estudar|correr|treinar)",
    r"(?:quase )?morri (?:com|de|nesse|nessa|neste|nesta)",
    r"(?:to|tou|estou) mort[oa](?= ?$| \|| kk| hoje| de| depois)",
    r"morte de (?:cansaco|sono)",
    r"vou (?:te|matar o|matar a) matar se (?:voce |vc |tu )?(?:faltar|nao|esquecer|sumir|"
    r"perder|chegar)",
)
# "Just kidding" straight after: "cada vez que perde eu quero morrer kkk mentira".
RETRACTED = compile_any(r"(?<!nao e )(?<!n e )mentira(?! nao)")
PAST = compile_any(
    r"quando (?:eu )?(?:tinha|era|estava|bebia|usava|jogava|morava|fiquei)",
    r"ha (?:\w+ )?(?:anos|ano|meses|tempo|muito tempo|semanas)",
    r"(?:anos|meses|semanas) atras",
    r"(?:no )?ano passado",
    r"antigamente",
    r"eu costumava",
    r"no passado",
    r"antes eu (?:queria|pensava|me cortava|tentava|bebia)",
    r"(?:ja )?(?:nao|n) (?:me sinto|penso|sinto) mais assim",
    r"(?:hoje|hj) (?:eu )?(?:to|tou|estou) (?:limp[oa]|sobri[oa]|bem|melhor)",
    r"(?:tenho|to com|estou com|faz) (?:\w+ )?(?:anos|meses|dias|semanas) (?:limp[oa]|sobri[oa]|"
    r"sem beber|sem jogar|sem usar)",
    r"aniversario de sobriedade",
    r"(?:ja )?passei por isso",
    r"ja tive (?:dias|momentos|fases|epocas|noites|anos) em que",
    r"(?:passei|tive|houve|vivi) (?:por )?uma fase",
)
ELSEWHERE = compile_any(
    r"(?:meu|minha|o meu|a minha) (?:irmao|irma|filho|filha|pai|mae|primo|prima|tio|tia|avo|"
    r"amigo|amiga|marido|esposo|esposa|mulher|namorado|namorada|sobrinho|sobrinha|padrinho|"
    r"madrinha|vizinho|vizinha|colega|cunhado|cunhada|sogro|sogra) (?:\w+ ){0,3}(?:se |tentou|"
    r"quis|morreu|diz|disse|falou|quer|esta|ta|tem|tinha|estava|queria|era|foi|vive|bebe|joga)",
    r"(?:ele|ela|eles|elas|alguem) (?:\w+ ){0,2}(?:quer|quis|tentou|disse|diz|falou|queria)",
    r"se (?:suicidou|matou|enforcou)",
    r"tentou (?:se matar|suicidio|o suicidio)",
    r"(?:livro|filme|serie|musica|noticia|novela|documentario|reportagem)",
    r"se (?:alguem|algum de voces|voce|vc) (?:\w+ ){0,2}(?:quer|pensa|sente|estiver)",
)
NEGATED = re.compile(r"(?:(?<![\w'])(?:nao|n|nunca|jamais|nem)) (?:\w+ ){0,1}$")
# An insult or a threat the member reports to the moderators is someone else's.
REPORTED = compile_any(
    r"(?:me )?(?:mandou|mandaram|disse|disseram|falou|falaram|escreveu|chamou|chamaram)"
    r"(?: \w+){0,3} (?:que|de|pra mim)?",
    r"(?:denunciei|reportei)",
)

_YOU = r"(?:voce|vc|tu|voces|vcs|cê|ce)"
# Insults for a person. Animals and things ("cachorro", "vaca", "lixo") are insults only where
# the message calls someone one ("vc é uma vaca", "seu cachorro!"), never after "teu" or "esse",
# where they are mostly the animal or the thing ("a história do teu cachorro").
_INSULT_PERSON = (
    r"(?:idiota|imbecil|burr[oa]|otari[oa]|babaca|vagabund[oa]|piranha|puta|vadia|merda|"
    r"inutil|inuteis|nojent[oa]|ridicul[oa]|escrot[oa]|arrombad[oa]|corn[oa]|viad[oa]|"
    r"fracassad[oa]|perdedor(?:a)?|parasita|cretin[oa]|"
    r"desgracad[oa]|fdp|filh[oa] da puta|fofoqueir[oa]|"
    r"mentiros[oa]|safad[oa]|canalha|pilantra|retardad[oa]|mongol(?:oide)?|"
    r"bebum|cachaceir[oa]|pingucu|pinguca|noia|drogad[oa]|"
    r"traste|estorvo|aberracao|anormal|demente|palhac[oa]|"
    r"ordinari[oa]|sem vergonha|fingid[oa]|hipocrita|covarde|vigarista|ladra|ladrao|"
    r"chupa ?pica|filh[oa] de uma (?:egua|puta)|paneleiro|sapatao|mulher burra|biscate|trouxa|"
    r"cuzao|cuzona|viad[oa] nojent[oa]|mulherzinha|sapatona|traveco)"
)
_INSULT = (
    r"(?:" + _INSULT_PERSON[3:-1] + r"|lixo|bosta|bich[ao]|macac[oa]|verme|cachorr[ao]|vaca|"
    r"galinha|nojo|praga|peste|porc[oa]|cabra|falsa|falso|ilegal)"
)
HARASSMENT = compile_any(
    # Death urged: "se mata logo", "vai se matar", "mata-te", "morre logo", "se joga da ponte".
    r"(?:^|vai |vai la |vai logo |pq nao |porque nao |por que nao |so |entao |\| |vc |voce |"
    r"tu |vcs |voces )se (?:mata|matar|enforca|enforcar|suicida|atira)(?: logo| de vez| ja| "
    r"agora| duma vez| de uma "
    r"vez| \||$)",
    r"(?:^|vai |vai la |vai logo |pq nao |porque nao |por que nao |so |entao |\| )se "
    r"(?:joga|jogar|atira) (?:da|do|de cima|pela janela|embaixo|debaixo|na frente|no rio|"
    r"no mar|na linha|de um|de uma)",
    r"mata te(?! de (?:trabalhar|estudar|rir))",
    r"(?:vai te|vai se|vai-te) matar",
    r"(?<!the )(?<!tae )(?:morre|morra|morram|morres)(?: (?:logo|de vez|sozinh[oa]s?|de cancer|"
    r"de overdose|"
    r"na sarjeta|duma vez|de uma vez|engasgad[oa]|afogad[oa]|queimad[oa])| ?\||$)",
    r"(?:tomara|espero|deus queira|oxala|torco pra|torco para) (?:que |q )?(?:"
    + _YOU
    + r" )?(?:morra|morre|morram|se foda|se fode|tenha (?:um |uma )?(?:cancer|recaida|"
    r"overdose|avc|infarto)|pegue (?:cancer|aids|uma doenca|\w+ e morra)|recaia|recaiam|"
    r"se afogue|infarte|morra sufocad[oa]|"
    r"apodreca|apodrecam|va pro inferno|te levem|te deportem|perca tudo|sofra)",
    r"(?:vai|vao|va|vai-te|vao-se|vai te|vai se) (?:te |se )?(?:f[ou]de\w*|foder|fuder|"
    r"tomar no (?:cu|c)|a merda|pra merda|pro inferno|para o inferno|pra puta que (?:te )?pariu|"
    r"pro caralho|catar coquinho|lamber sabao)",
    r"(?:vtnc|vsf|tnc|tmnc|fdp|pnc|vtmnc|vtc|vsfd)",
    r"filh[oa]s? da (?:puta|mae)",
    r"pau no (?:cu|seu cu)",
    r"cala (?:a |4 |essa |tua |sua )?boca(?: \w+)?(?: (?:sua|seu|vagabund\w*|idiota|imbecil|"
    r"burr\w*|fofoqueir\w*|merda|porra|puta|desgracad\w*|otari\w*|falsa|falso|lixo)|$)",
    r"(?:" + _YOU + r" (?:e|eh|e um|e uma|es|es um|es uma|sao|sao uns|sao umas|"
    r"sao todos|sao todas|tudo sao|todos sao|tudo sao uns|nao passa de|nao passam de|so e|"
    r"so sao)|bando de|cambada de|corja de|tipica|tipico|typical) (?:um |uma |uns |umas |"
    r"\w+ )?" + _INSULT + r"s?(?![\w'])",
    r"(?<! do )(?<! da )(?<! no )(?<! na )(?<! o )(?<! a )(?<! com )(?<! pro )(?<! pra )(?<! ao )"
    r"(?:seu|sua|seus|suas)(?: \w+)? (?:"
    + _INSULT
    + r"s?(?= ?$| \|| seu| sua| vai| sai| some| cala| vc| voce))",
    r"(?<! do )(?<! da )(?<! no )(?<! na )(?<! o )(?<! a )(?<! com )(?<! pro )(?<! pra )(?<! ao )"
    r"(?:seu|sua|seus|suas|teu|tua|essa|esse)(?: \w+)? " + _INSULT_PERSON + r"s?(?![\w'])",
    r"(?:seu|sua|seus|suas|" + _YOU + r" e um|" + _YOU + r" e uma) (?:\w+ )?de merda",
    r"ninguem (?:te )?(?:gosta de (?:voce|vc|ti)|te quer|te aguenta|te suporta|liga (?:pra|"
    r"para) (?:voce|vc|ti|tu)|vai sentir (?:a )?sua falta|sentiria (?:a )?sua falta|te ama)",
    r"(?:eu )?(?:vou|vamos|vou-te|vamos-te) (?:te |te dar |dar-te )?(?:matar|pegar la fora|"
    r"pegar na saida|quebrar|encher de porrada|dar (?:uma surra|porrada|um tiro|uns tapas)|"
    r"arrebentar|furar|bater|acabar com (?:voce|vc|tua raca|sua raca)|partir a cara|"
    r"quebrar a cara|quebrar os dentes)",
    r"te (?:pego|encontro|acho) (?:la fora|na saida|na rua|depois|quando sair)",
    r"(?:eu )?sei (?:onde|aonde|em que|qual) (?:" + _YOU + r" )?(?:mora|moras|trabalha|"
    r"trabalhas|estuda|vive|vives|rua|predio|apartamento|andar|casa|escola)",
    r"(?:vou|vamos|eu vou) (?:contar|falar|mostrar|mandar) (?:tudo |isso |os prints |print )?"
    r"(?:pra|para|pro|a|ao) (?:sua|seu|teu|tua|tuas|seus|suas) (?:mulher|marido|esposa|"
    r"esposo|pastor|padre|patrao|patroa|chefe|mae|pai|familia|igreja|filhos|namorad[oa]|"
    r"sogra|congregacao|empresa|trabalho)",
    r"(?:vou|vamos|eu vou) (?:te )?(?:denunciar|entregar|dedurar|ligar) (?:\w+ )?"
    r"(?:pra|para|pro|a|ao|na|no) (?:imigracao|ice|policia|pf|sef|aima|conselho tutelar|"
    r"home office)",
    r"(?:quem fala demais|quem muito fala) (?:acaba|termina) (?:mal|sumindo|no valo)",
    r"(?:teu|seu|tua|sua) (?:lugar|sitio) (?:e|eh) (?:no cemiterio|no inferno|debaixo da terra|"
    r"na sarjeta)",
    r"(?:deus|o diabo) (?:te )?(?:castig\w+|vai te castigar|te pague)",
    r"(?:bem feito|merecia|mereces|merece) (?:pra voce |pra vc )?(?:morrer|ter recaido|"
    r"perder tudo|apanhar|a morte)",
    r"some (?:daqui|do grupo)(?: \w+)?(?: (?:sua|seu|vagabund\w*|idiota|lixo|ninguem)|$)",
    r"(?:^|\| )se (?:mata|enforca|suicida)(?! de (?:trabalhar|estudar|rir))(?![\w'])",
    r"(?:corta|corte|abre|abra) (?:os|teus|seus) pulsos",
    r"toma (?:o frasco|a cartela|a caixa|os remedios|tudo)(?: \w+)? (?:inteir[oa]|tod[oa]|de "
    r"uma vez|pra funcionar)",
    r"(?:pula|pule|salta|te atira|te joga) (?:do|da|de|pela) (?:predio|ponte|janela|viaduto|"
    r"telhado|penhasco)",
    r"faz (?:esse|um|o|me esse|nos esse) favor (?:pra|para|pro|a|ao) (?:gente|todos|nos|o mundo|"
    r"grupo|todo mundo|mundo)",
    r"(?:" + _YOU + r" )?(?:devia|deveria|devias|devia era|devias era) (?:ter )?(?:morrer|"
    r"morrido|se matar|te matar|sumir|nunca ter nascido|ter sido abortad[oa])",
    r"(?:devia|deveria|devia era) ter te abortado",
    r"(?:sua|tua|seu|teu) (?:familia|mae|pai|filhos?|filhas?|marido|mulher) (?:tem|sente|tinha) "
    r"(?:vergonha|nojo) de (?:vc|voce|ti)",
    r"nem (?:seu|teu|sua|tua) (?:marido|mulher|mae|pai|familia|filhos|esposa) te (?:quer|aguenta|"
    r"suporta|ama|atura)",
    r"(?:vou|vamos|eu vou) (?:te )?(?:meter|dar|enfiar|colocar) (?:uma bala|um tiro|uma facada|"
    r"porrada|uma surra)",
    r"(?:vou|vamos|eu vou|ja vou|conto|falo|mando|mostro|posto|espalho)(?: [\w]+){0,8} "
    r"(?:pra|para|pro|pros|pras|a|ao|aos|no|na|nos|nas|do|da) (?:sua|seu|teu|tua|seus|suas|"
    r"teus|tuas) (?:mulher|marido|esposa|esposo|pastor|padre|patrao|patroa|chefe|mae|pai|"
    r"familia|igreja|filhos|namorad[oa]|sogra|congregacao|empresa|trabalho|facebook|vizinhos)"
    r"(?! pra (?:ele|ela|eles) (?:te )?(?:ajudar|buscar|vir))",
    r"(?:vou|eu vou) fazer (?:vc|voce|tu|te) (?:perder|ser deportad|ser demitid|ir (?:pra|para) "
    r"(?:a )?cadeia|ir pres)\w*",
    r"(?:eu )?sei (?:\w+ ){0,5}(?:onde|aonde) (?:" + _YOU + r" )?(?:mora|moras|trabalha|"
    r"trabalhas|estuda|vive|vives)",
    r"(?:eu )?sei (?:que|q) (?:" + _YOU + r") (?:mora|moras|trabalha|trabalhas|estuda|vive|"
    r"vives)",
    r"sei quem (?:e|eh) (?:teu|tua|seu|sua) (?:marido|mulher|esposa|pai|mae|filho|filha|chefe|"
    r"patrao|namorad[oa])",
    r"(?:to|tou|estou|estamos|tamo|tamos) de olho(?: em (?:vc|voce|ti|voces|vcs))?(?= ?$| \|)",
    r"(?:ou )?(?:vc|voce|tu) sai(?:s)? do grupo ou",
    r"(?:a comunidade|a igreja|todo mundo|a cidade|tua familia|sua familia|a congregacao)"
    r"(?: toda| inteira)? vai saber (?:d[oa]s?|que|q) (?:seu|sua|teu|tua|vc|voce|tu)",
    r"(?:bando|cambada|corja|monte) de (?:bebad|viciad|drogad|noia|cachaceir|fracassad|"
    r"perdedor|lixo|inute|inuti)\w*",
    r"(?:porra|porr|merda|bosta) de gente(?: \w+)?",
    r"gente inutil",
    r"merece(?:m|s)? (?:a vida de merda|morrer|sofrer|apanhar|ir pro inferno)",
    r"(?:^|\| )(?:tu )?es (?:um|uma|tao) (?:\w+ )?" + _INSULT + r"s?(?![\w'])",
    r"^(?:seu |sua )?" + _INSULT + r"s?(?: (?:do caralho|do cacete|de merda|da porra|nojent[oa]|"
    r"velh[oa]|escrot[oa]|imund[oa]))?(?= ?$| vc| voce| tu| sai| some| cala| vai| volta| para| "
    r"deixa| ninguem| k+(?![\w'])| "
    r"\|| e isso| " + _INSULT + r")",
    _INSULT + r"s? (?:do caralho|do cacete|da porra|de merda)",
    r"(?:gordo|gorda|feio|feia|velho|velha) (?:escrot[oa]|nojent[oa]|do cacete|do caralho|"
    r"de merda)",
    r"(?:vagab ?nda|p ta velha|p ta)(?![\w'])",
    r"te (?:quebro|arrebento|furo|parto|mato)(?: todo| toda| inteir[oa]| a cara| os dentes|"
    r" \||$)(?! de (?:rir|saudade))",
    r"(?:te |ainda vou te )?ver (?:te )?(?:no|num|dentro de um) caixao",
    r"(?:janela|porta) do (?:teu|seu) quarto",
    r"sei (?:a que horas|que horas|quando) (?:tu )?(?:sais|sai|chegas|chega|sais do|sai do)"
    r"(?!(?: [\w]+){0,5} (?:queres|quer|precisas|precisa) (?:de )?(?:boleia|carona|companhia|"
    r"ajuda))",
    r"sei (?:qual e |que e |onde e )?(?:a escola|o colegio|a creche|o infantario) d[oa] (?:teu|tua|"
    r"seu|sua)",
    r"tenho (?:o )?(?:teu|seu) (?:endereco|morada)",
    r"sei que (?:dormes|dorme|moras|mora|vives|vive|ficas|fica) (?:sozinh[oa]|no quarto|"
    r"la em cima)",
    r"(?:a noite|qualquer dia|um dia destes) (?:passo ai|espero te|te espero|te apanho|te pego)",
    r"te (?:vejo|espero|encontro) (?:amanha |hoje |qualquer dia )?na saida",
    r"(?:nao|n) adianta fugir",
    r"(?:espero|tomara|deus queira) (?:que|q) (?:o |a )?(?:teu|tua|seu|sua) (?:filho|filha|mae|"
    r"pai|marido|mulher|familia|filhos) (?:[\w]+ ){0,2}(?:morra|morram|tenha (?:overdose|cancer|"
    r"uma recaida)|sofra|apodreca)",
    r"(?:traveco|travec[oa]s|maricas|sapatona|preto macaco)",
    r"volta (?:pra|para|pro) (?:tua|sua|teu|seu) (?:terra|machamba|favela|pais|senzala|selva)",
    r"(?:mandei|contei|falei|mostrei|escrevi|postei|enviei)(?: [\w]+){0,6} (?:pra|para|pro|a|ao)"
    r" (?:tua|sua|teu|seu) (?:mae|pai|familia|chefe|patrao|mulher|marido|pastor|padre|avo|"
    r"congregacao|igreja)",
    r"(?:a |toda a |a tua |a sua )?(?:paroquia|congregacao|igreja|familia|cidade|aldeia)(?: toda|"
    r" inteira)? (?:vai|vao|fica|ficam|vai ficar) (?:a )?saber (?:que|q) (?:tu |voce |vc )?(?:es|e|"
    r"bebes|bebe|jogas|joga|deves|deve)",
    r"(?:digo|conto|falo) (?:a|ao|pra|para|pro) (?:tua|teu|sua|seu) (?:congregacao|pastor|"
    r"padre|mae|pai|familia|mulher|marido|patrao|chefe)",
    r"(?:pra|para|pro) (?:tua|sua) (?:avo|tia|irma|vizinha)(?: no domingo| amanha| hoje)?$",
    r"(?:vou|vamos) (?:espalhar|postar|mandar|publicar) (?:as )?(?:tuas|suas) fotos",
    r"(?:" + _YOU + r" )?(?:vai|vais) (?:pular|se jogar|te atirar) (?:da|do|de)",
    r"(?:tu |voce |vc )?(?:vais|vai) levar (?:uma facada|um tiro|uma bala|porrada|uma surra)",
    r"vai morrer longe (?:daqui|de nos)",
    r"(?:corta|corte|c0rt4) (?:o|os|teu|teus|seu|seus) pulsos?",
    r"devia(?:m)? desaparecer da face da terra",
    r"se matou (?:por causa de|porque nao aguentava)(?: [\w]+){0,4} (?:voce|vc|ti|tu)",
    # Contempt for where someone is from, their colour, their work or their faith.
    r"(?:baiano|nordestino|paraiba|cabeca chata|pau de arara|tuga|angolano|brasileiro|brasileira|"
    r"portugues|preto|preta|pretinha|pretinho|indio|favelado|favelada|empregadinha|crente|velho|"
    r"velha|caminhoneiro|cigano|cigana)s? (?:de merda|burr[oa]s?|preguicos[oa]s?|fedid[oa]s?|"
    r"imund[oa]s?|metid[oa]s?|hipocritas?|decrepit[oa]s?|nojent[oa]s?|corn[oa]s?|ignorantes?|"
    r"sujos?|sujas?|vagabund[oa]s?|ladr(?:ao|oes|ona)|da limpeza|fedorent[oa]s?)",
    r"(?:nordestino|baiano|brasileira|brasileiro|tuga|angolano|preto|cigano|favelado)s? (?:e|sao) "
    r"tudo (?:igual|puta|pu7a|vagabund\w*|ladr\w*|burr\w*)",
    r"volta (?:pro|pra|para o|para a) (?:sertao|favela|africa|senzala|teu pais|seu pais|mato)",
    r"(?:espero|tomara) (?:que|q) (?:\w+ ){0,3}te (?:mate|matem|espanque|espanquem|bata)",
    r"vai logo atras (?:dela|dele)",
    r"(?:vou|vamos) (?:contar|falar|espalhar)(?: \w+){0,2} (?:pra|para|na|no|a) (?:igreja|culto|"
    r"faculdade|escola|firma|empresa|paroquia|congregacao)(?: inteira| toda)? (?:que|q) "
    r"(?:tu|voce|vc)",
    r"(?:vou|vamos) ligar (?:pra|para|pro) (?:tua|teu|sua|seu) (?:faculdade|escola|firma|empresa|"
    r"patrao|chefe|igreja|pastor)",
    r"(?:teu|tua|seu|sua) (?:marido|mulher|esposa|esposo|namorad[oa])(?: \w+)? vai saber tudo",
    r"(?:vou )?postar (?:o )?(?:teu|seu) (?:endereco|numero|nome|telefone)",
    r"(?:esperando|a espera que|a espera de) (?:tu|voce|vc) (?:sair|saias|saia|saires)",
    r"(?:to|tou|estou) te (?:seguindo|vigiando|observando|a seguir|a vigiar)",
    r"cuidado quando (?:for|fores|sair|saires|voltar|voltares) (?:\w+ ){0,3}(?:de noite|a noite|"
    r"sozinh\w*)",
    r"(?:vais|vai) ver o que te acontece",
    r"(?:vou|vamos) ai na (?:tua|sua) casa",
    r"(?:semata|s e m a t a)",
    r"c rno",
    r"(?:pula|pule|salta) (?:logo )?(?:dessa|desta|da|do|de) (?:ponte|predio|janela|viaduto)",
    r"enforca te",
    r"(?:morre|morra) (?:sua |seu )?" + _INSULT,
    r"toma (?:teus|os teus|seus|os seus|os) remedios?(?: tudo| todos)? de uma vez",
    r"nem (?:pra|para) morrer (?:tu |voce |vc )?(?:serve|serves|prestas|presta)",
    r"(?:teus|seus) filhos vao (?:crescer com|ter) vergonha de (?:ti|voce|vc)",
    r"(?:queria|quero) ver (?:tu|voce|vc|te) morrer",
    r"(?:vai|vais|vao) (?:queimar|arder|apodrecer) no inferno",
    r"como (?:vc|voce|tu) (?:e|es) (?:lerd[oa]|burr[oa]|idiota|imbecil|estupid[oa]|retardad[oa])",
    r"(?:f da se|foda se|fodase) (?:tu|voce|vc|voces|vcs)",
)


def crisis_words(folded: str) -> str:
    """The Portuguese words in ``folded`` (from fold) that read as first-person risk now."""
    if not hinted(folded):
        return ""
    for clause in _CLAUSES.split(folded):
        for reading in words(clause):
            reading = IDIOMS.sub(_CUT, reading)
            if PAST.search(reading) is not None:
                continue
            if (found := DANGER.search(reading)) is not None:
                return found.group(0)
            if ELSEWHERE.search(reading) is not None or RETRACTED.search(reading) is not None:
                continue
            for found in CRISIS.finditer(reading):
                before = reading[: found.start()]
                if not NEGATED.search(before) and not REPORTED.search(before):
                    return found.group(0)
    for reading in words(folded):
        if PAST.search(reading) is not None or ELSEWHERE.search(reading) is not None:
            continue
        if found := ACROSS.search(reading):
            return found.group(0)
        if (found := GOODBYE.search(reading)) and not EVERYDAY.search(reading):
            return found.group(0)
    return ""


def harassment_words(readings: tuple[str, ...]) -> str:
    """The Portuguese words in ``readings`` that insult, threaten or urge harm, or ""."""
    if not readings or not hinted(readings[0]):
        return ""
    for reading in readings:
        reading = IDIOMS.sub(_CUT, reading)
        for found in HARASSMENT.finditer(reading):
            before = reading[: found.start()]
            if not NEGATED.search(before) and not REPORTED.search(before):
                return found.group(0)
    return ""


OFF_PLATFORM = compile_any(
    r"(?:me )?(?:chama|chamem|chamar|adiciona|adicionem|add|manda mensagem|manda msg|fala comigo)"
    r"(?: \w+)? (?:no|na|pelo|pela) (?:zap|zapzap|whats|whatsapp|wpp|telegram|insta|instagram|"
    r"direct|dm|pv|privado|inbox|signal|discord|face|facebook|tiktok)",
    r"(?:vamos|bora|vem|venham|vamo|passa|passem) (?:pro|pra|para o|para a|no|na) (?:zap|whats|"
    r"whatsapp|wpp|telegram|insta|instagram|direct|pv|privado|discord|signal)",
    r"(?:criei|fiz|tenho|temos|montei|abri) um grupo (?:no|do|de|na) (?:zap|whats|whatsapp|wpp|"
    r"telegram|insta|discord|signal)",
    r"(?:meu|o meu) (?:zap|whats|wpp|insta|telegram)(?: e| eh)?(?= ?\d| @| [a-z0-9_.]+\d)",
)
SPAM = compile_any(
    r"(?:aposte|aposta|apostem|joga|jogue|jogar|entra|entre|entrem|cadastre|cadastra|use|usa)"
    r"(?: [\w]+){0,4} (?:com|no|pelo|usando) (?:o )?(?:meu )?(?:codigo|link|cupom)",
    r"(?:grupo|sala|canal) vip",
    r"(?:investe|invista|investindo|deposita|deposite) (?:so )?(?:r ?\$ ?|rs ?)?[\doO]+"
    r"(?: [\w]+){0,4} "
    r"(?:e )?(?:recebe|receba|ganha|ganhe|lucra|lucre|saca|saque)",
    r"(?:cura|curar|acaba com|acabar com) (?:o |a )?(?:alcoolismo|vicio|dependencia|vontade de "
    r"beber)(?: \w+){0,3} em \d+ dias",
    r"(?:peca|pede|compre|compra|adquira) (?:ja|agora|o seu|a sua|pelo link|no link|em|aqui)",
    r"rodadas gratis",
    r"(?:lucra|lucre|ganhe|ganha|fatura|fature) (?:r ?\$ ?|rs ?)?[\doO]*(?: \w+)? "
    r"(?:todo dia|por dia|"
    r"por semana|na semana|sem sair de casa)",
    r"(?:sinais|palpites|robo) (?:do|da|de) (?:aviaozinho|tigrinho|aviator|mines|roleta|bet)",
    r"100 ?% (?:eficaz|garantido|natural)",
)


def everyday(folded: str) -> bool:
    """Whether ``folded``, in Portuguese, gives an everyday reason for leaving or being away (a
    shift, a trip, bed, "até quinta"): the model's crisis reading alone is set aside for it, as
    for patterns.CRISIS_EVERYDAY_REASON."""
    return hinted(folded) and any(EVERYDAY.search(r) for r in words(folded))


def _first_match(pattern: re.Pattern[str], folded: str) -> str:
    """What ``pattern`` finds first in a reading of Portuguese-hinted ``folded``, or ""."""
    if not hinted(folded):
        return ""
    for reading in words(folded):
        if found := pattern.search(reading):
            return found.group(0)
    return ""


def off_platform_words(folded: str) -> str:
    """Portuguese words that ask members onto another app, or ""."""
    return _first_match(OFF_PLATFORM, folded)


def spam_words(folded: str) -> str:
    """Portuguese words that sell, lure into bets or promise money, or ""."""
    return _first_match(SPAM, folded)
