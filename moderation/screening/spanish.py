"""Crisis language and harassment in Spanish.

Every message is read by these too, whatever language its group meets in: people write in
the language they think in, most of all in a crisis, and a sentence in another language
simply matches nothing here. Patterns are over the ``words`` reading (normalize.py), so
accents are already gone ("más" reads "mas", "daño" "dano"). As in English, a wish to die
counts only for the speaker now: a negation just before it ("no quiero morir"), a sentence
about someone else ("mi hermano intentó suicidarse") or the past ("cuando tenía 15 años
quería morir") and everyday figures ("me muero de ganas de verte") do not count.
"""

import re

from kindred.normalize import words
from moderation.screening.patterns import compile_any

# Words common in Spanish and rare in English: a message with none of them is not read
# by the Spanish patterns at all, so English messages pay almost nothing for them.
HINT = re.compile(
    r"(?<![\w'])(?:que|q|k|quiero|kiero|qiero|quisiera|estoy|tengo|para|pero|eres|sos|nadie|"
    r"todos|todas|esta|este|esto|muy|mas|por|una|unos|los|las|del|de|la|el|soy|vete|ojala|"
    r"callate|deberias|ustedes|vosotros|sois|sin|hace|voy|vas|aguanto|puedo|vida|morir\w*|"
    r"mat\w*te|muerete|suicid\w+|ahorcate|hdp|das|donde|mi|mis|yo|ya no|adios|nunca|jamas|"
    r"estarian|estaria|seria|porque|xq|cuando|hoy|manana|noche|ahora|otra vez|volvi|nada|"
    r"haznos|hazme)(?![\w'])"
)
_CLAUSES = re.compile(r"[.!?;\n]+|\s(?:pero|aunque|sin embargo)\s")
_CUT = " | "

_WISH = (
    r"(?:quiero|kiero|qiero|quisiera|deseo|necesito|tengo ganas de|me dan ganas de|"
    r"estoy pensando en|pienso en|he pensado en|voy a|estoy por|estoy a punto de|planeo|"
    r"(?:que|q|k|muchas|tantas) ganas de|"
    r"pienso|prefiero|ojala pudiera|me gustaria|solo quiero|nada mas quiero|ya quiero)"
)
_HARM = (
    r"(?:morir(?:me)?|matarme|suicidarme|quitarme la vida|acabar con (?:todo|mi vida|esto|"
    r"todo esto)|terminar con (?:todo|mi vida)|desaparecer(?: para siempre)?|dejar de existir|"
    r"no despertar(?:me)?|dormir y no despertar(?:me)?|cortarme|hacerme dano|"
    r"tirarme (?:de|por|al|a las vias|del|desde)|"
    r"colgarme|ahorcarme|tomarme (?:todas )?(?:las|mis) pastillas|dormir para siempre|"
    r"irme para siempre|no estar aqui|no existir|envenenarme|tirarme a las vias)"
)
CRISIS = compile_any(
    _WISH + r" (?:ya |solo |simplemente |de verdad |en serio )?" + _HARM,
    r"me (?:quiero|kiero|voy a|pienso|dan ganas de|quisiera) (?:ya )?(?:morir|matar|suicidar|"
    r"cortar|tirar (?:de|del|por|al|desde)|colgar|ahorcar|quitar la vida|envenenar)",
    r"(?:ya )?no (?:aguanto|soporto|puedo) mas(?! (?:el|la|los|las|a|este|esta|estos|con|"
    r"de(?! verdad)|mi(?! vida)|tu|su|que)(?![\w']))",
    r"(?:cansad[oa]|harta|harto|agotad[oa]) de (?:vivir|existir|la vida|estar viv[oa]|seguir "
    r"viv[oa])",
    r"(?:tengo|compre|tengo aqui) (?:una|la|las|unas|el|un) (?:navaja|cuchilla|pistola|pastillas|"
    r"cuerda|arma|soga)(?: \w+){0,3} (?:y )?(?:quiero|voy a|pienso) usarl[ao]s?",
    r"mejor (?:me muero|me mato|muerta|muerto|me voy para siempre)",
    r"me (?:corto|quemo|lastimo|pego|hago dano)(?= ?$| para sentir| otra vez| de nuevo| cuando| "
    r"los brazos| las piernas)",
    r"ojala (?:me muriera|me muera|estuviera muert[oa]|no despertara|no hubiera nacido|"
    r"desapareciera|no existiera)",
    r"no (?:puedo|aguanto|soporto) (?:mas )?con (?:esta|mi) vida",
    r"ya no (?:aguanto|puedo|soporto)(?= ?$)",
    r"(?:ya )?no quiero (?:vivir|seguir viviendo|seguir aqui|seguir con vida|despertar(?:me)?|"
    r"estar (?:aqui|viva|vivo|en este mundo)|existir|seguir adelante|seguir)(?= ?$| mas| nunca|"
    r" ya| asi| en este| en esta| con esta| con este)",
    r"tengo (?:las|mis|unas|todas las|muchas|suficientes|un monton de) (?:pastillas|pildoras|"
    r"cuchillas|navajas)(?= ?$| aqui| preparad| listas| guardadas| conmigo| en la mano| y| para "
    r"(?:hacerlo|matarme|acabar|morir))",
    r"tengo (?:la|una) (?:cuerda|soga|pistola|navaja|cuchilla)(?= ?$| aqui| preparad| lista| "
    r"conmigo| en la mano| para (?:hacerlo|matarme|acabar)| en el coche| en mi cuarto| lista)",
    r"no tengo (?:fuerzas|ganas|motivos|razones) (?:para|de) (?:seguir|vivir)",
    r"(?:irme|ir|salir|desaparecer) de este mundo",
    r"me (?:quito|quitare|voy a quitar) la vida",
    r"(?:deje|escribi|dejo|escribo|he dejado|he escrito) (?:una |mi )?carta (?:de despedida )?"
    r"(?:a|para) (?:mis?|todos)",
    r"me (?:corte|cortare|hice dano|queme|lastime) (?:\w+ \w+ )?(?:otra vez|de nuevo|hoy|"
    r"anoche|esta noche|"
    r"a proposito|mas hondo)",
    r"(?:me he|me estoy|volvi a|sigo) (?:cortado|cortando|cortarme|lastimado|lastimando|"
    r"lastimarme|haciendo dano|quemando)",
    r"autolesion\w*",
    r"(?:pensamientos|ideas) suicidas",
    r"(?:pienso|pensando|piensa) (?:en )?(?:el )?suicidio",
    r"(?:esta es|aqui va) mi (?:despedida|ultimo mensaje|carta de despedida)",
    r"me despido (?:de (?:todos|ustedes|vosotros|todas)|para siempre)",
    r"adios (?:a todos|a todas|para siempre)(?: \w+){0,4} (?:lo siento|los quiero|os quiero|"
    r"perdon|perdonenme|perdonadme|para siempre|gracias por todo)",
    r"adios para siempre",
    r"(?:perdonenme|perdonadme) por todo",
    r"(?:ultimo|ultima) (?:mensaje|vez que (?:me )?(?:leen|ven|leeis|veis|escribo))",
    r"(?:cuiden|cuidad|cuida) (?:a|de) mi (?:perro|gata|gato|hijo|hija|hijos|familia|madre)",
    r"(?:estarian|estaria|estaran|estara|vivirian) (?:todos )?mejor sin mi",
    r"mejor sin mi",
    r"seria mejor (?:que|si) (?:yo )?(?:no estuviera|me muriera|desapareciera|no existiera|"
    r"no hubiera nacido)",
    r"(?:nadie|ninguno) me (?:extranaria|echaria de menos|va a extranar|va a echar de menos)",
    r"(?:soy|me siento) una carga para (?:todos|mi familia|ustedes|vosotros)",
    r"no vale la pena (?:vivir|seguir)",
    r"no le (?:veo|encuentro) (?:sentido|caso) a (?:la vida|vivir|nada|seguir)",
    r"no tiene sentido (?:vivir|seguir)",
    r"mi vida no tiene sentido",
    r"no tengo (?:razones|motivos|ninguna razon|nada) (?:para|por) (?:vivir|seguir)",
    r"ojala no despierte",
    r"ojala (?:estuviera|estar) muert[oa]",
    r"(?:me )?tome (?:muchas|todas las|todas mis|un monton de|\d\d+|una caja de|un bote de|"
    r"un frasco de) (?:\w+ )?(?:pastillas|pildoras|tabletas|medicinas|paracetamol|"
    r"ibuprofeno|calmantes)",
    r"(?:esta noche|manana|hoy) (?:lo hago|me mato|es la noche|acabo con todo)",
    r"(?:ya )?tengo (?:un|el) plan (?:para|y)",
    r"ya (?:lo )?(?:decidi|he decidido)(?= ?$| hoy| esta noche| manana)",
    r"no (?:voy a|creo que vaya a) estar (?:aqui )?(?:mucho tiempo|mas|manana)",
    r"no estare (?:aqui )?(?:manana|mucho tiempo|mas tiempo)",
    r"quiero que (?:todo|esto|mi vida) (?:se acabe|termine|acabe|se termine)",
    r"(?:regale|regalando|he regalado|regalo) (?:todas )?mis cosas",
    r"estoy (?:en|sobre) (?:el puente|la azotea|el tejado|las vias|la cornisa)",
)
DANGER = compile_any(
    r"(?:mi )?(?:pareja|marido|esposo|novio|padre|padrastro|madre|madrastra|ex|novia|esposa|"
    r"hermano|el|ella) (?:\w+ ){0,3}me (?:pega|golpea|pego|golpeo|amenaza|amenazo|maltrata|"
    r"encierra|encerro|"
    r"va a matar|quiere matar|ahorca|ahorco|estrangulo|empujo|encerro|viola|violo)",
    r"me (?:pega|golpea|maltrata|quiere matar|va a matar) (?:mi|el|ella)",
    r"tengo miedo de (?:volver a casa|el|ella|mi (?:marido|pareja|padre|padrastro|novio|ex))",
    r"no estoy (?:a salvo|segura|seguro) en (?:casa|mi casa)",
    r"tiene (?:un arma|una pistola|un cuchillo|una escopeta) (?:\w+ ){0,3}y me amenazo",
    r"dijo que me (?:va a|iba a) matar",
)
IDIOMS = compile_any(
    r"(?:me )?(?:muero|muriendo|morir|morirme|muerto|muerta) (?:de|por) (?:ganas|hambre|risa|"
    r"sueno|frio|calor|verguenza|amor|envidia|aburrimiento|pena|curiosidad|nervios|cansancio|"
    r"sed|miedo|ver|saber|conocer)",
    r"me quiero morir de (?!verdad)(?:\w+)",
    r"(?:me )?mata (?:el|la|este|esta|mi|tu|su|los|las)",
    r"(?:matarme|me mato|me estoy matando) (?:a trabajar|trabajando|estudiando|a estudiar|en el "
    r"gimnasio|de risa)",
    r"matar el tiempo",
    r"acabar con (?:esta relacion|la relacion|el|ella|mi novio|mi novia|mi pareja)",
)
PAST = compile_any(
    r"cuando (?:tenia|era|estaba|estuve|bebia|consumia)",
    r"hace (?:\w+ )?(?:anos|ano|meses|tiempo|mucho)",
    r"el ano pasado",
    r"de (?:nino|nina|joven|adolescente|pequeno|pequena)",
    r"antes (?:queria|pensaba|me cortaba)",
    r"en el pasado",
    r"solia",
    r"ya no (?:me siento|pienso) asi",
    r"llevo (?:\w+ )?(?:anos|meses|dias|semanas) (?:sobri|limpi|sin)\w*",
    r"aniversario",
)
ELSEWHERE = compile_any(
    r"mi (?:hermano|hermana|hijo|hija|padre|madre|papa|mama|amigo|amiga|primo|prima|tio|tia|"
    r"abuelo|abuela|esposo|esposa|marido|pareja|novio|novia|padrino|madrina|companero|companera|"
    r"vecino|vecina|sobrino|sobrina) (?:\w+ ){0,3}(?:se |intento|quiso|murio|dice|dijo|quiere|"
    r"esta|tiene|tenia|estaba|queria|era|fue|ha|habia)",
    r"(?:el|ella|ellos|ellas|alguien) (?:\w+ ){0,2}(?:quiere|quiso|intento|dijo|dice|queria)",
    r"se (?:suicido|mato|quito la vida|corta|cortaba)",
    r"intento suicidarse",
    r"(?:libro|pelicula|serie|cancion|articulo|lectura|noticia|documental)",
    r"si (?:alguien|alguno|tu|usted) (?:\w+ ){0,2}(?:quiere|piensa|siente)",
)
NOW = compile_any(r"(?:ahora|otra vez|de nuevo|esta noche|hoy) (?:yo )?(?:quiero|tengo|me)")
NEGATED = re.compile(r"(?:(?<![\w'])(?:no|nunca|jamas|ni)) (?:\w+ ){0,1}$")

HARASSMENT = compile_any(
    r"(?:matate|suicidate|muerete|ahorcate|pegate un tiro|cortate las venas|tirate (?:de|por|"
    r"a) (?:un|el|la|las) \w+)",
    r"ojala (?:te |os |se )?(?:mueras|muera|mueran|murieras|maten|pudras|pudra|recaigas|recaiga)",
    r"(?:eres|sos|sois|ustedes son|vosotros sois|tu eres|vos sos|son todos|sois todos|son unos|"
    r"son unas) (?:un |una |unos |unas |el |la |tan |muy |mas |la mas |el mas )*(?:\w+ )?"
    r"(?:idiotas?|imbeciles?|estupid[oa]s?|inutil(?:es)?|basura|escoria|pendej[oa]s?|"
    r"gilipollas|subnormal(?:es)?|mierda|patetic[oa]s?|perdedor(?:a|es)?|asco|putas?|zorras?|"
    r"maricon(?:es)?|retrasad[oa]s?|cerd[oa]s?|payas[oa]s?|fracasad[oa]s?|lacras?|"
    r"parasitos?|desgraciad[oa]s?|malnacid[oa]s?|cabron(?:a|es)?|tont[oa]s?|mentiros[oa]s?|"
    r"farsantes?|estorbo|una carga|lo peor|pelotud[oa]s?|(?:una )?verguenza)",
    r"(?:eres|sos|sois|son) (?:un|una|unos|unas) \w+ de mierda",
    r"nadie te (?:quiere|soporta|extranaria|extranara|echaria de menos|necesita|aguanta|cree|"
    r"echara de menos)",
    r"(?:vete|andate|idos|iros|largate) (?:a la mierda|al diablo|al carajo)",
    r"que te (?:jodan|den|follen)",
    r"hij[oa] de (?:puta|perra)",
    r"hdp",
    r"callate (?:la boca|ya|idiota|imbecil|de una vez|estupid[oa])",
    r"haz(?:nos|me)? un favor (?:a todos |a todas )?y (?:desaparece|muerete|matate|vete|"
    r"largate|callate)",
    r"deberias (?:matarte|morirte|suicidarte|desaparecer|dejar de existir|ahorcarte)",
    r"te (?:voy|vamos) a (?:matar|encontrar|partir la cara|reventar|pegar|romper la cara|"
    r"hacer dano|buscar)",
    r"se donde vives",
    r"(?:me )?das (?:asco|pena|verguenza ajena)",
    r"(?:el mundo|todos|el grupo|tu familia) (?:estaria|estarian|estariamos) mejor sin ti",
)


def crisis_words(folded: str) -> str:
    """The Spanish words in ``folded`` (from fold) that read as first-person risk now."""
    if HINT.search(folded) is None:
        return ""
    for clause in _CLAUSES.split(folded):
        for reading in words(clause):
            reading = IDIOMS.sub(_CUT, reading)
            now = NOW.search(reading) is not None
            if not now and PAST.search(reading) is not None:
                continue
            if (found := DANGER.search(reading)) is not None:
                return found.group(0)
            if not now and ELSEWHERE.search(reading) is not None:
                continue
            for found in CRISIS.finditer(reading):
                if not NEGATED.search(reading[: found.start()]):
                    return found.group(0)
    return ""


def harassment_words(readings: tuple[str, ...]) -> str:
    if HINT.search(readings[0]) is None:
        return ""
    for reading in readings:
        for found in HARASSMENT.finditer(reading):
            if not NEGATED.search(reading[: found.start()]):
                return found.group(0)
    return ""
