"""Crisis language and harassment in Tagalog and Taglish.

Filipino members, at home and working abroad, write in Tagalog, in English, and in both in
one sentence. As with Spanish (spanish.py), every message is read by these patterns whatever
language its group meets in, and an English message pays only for the quick look that tells
it holds no Tagalog (HINT). Patterns are over the ``words`` reading (normalize.py): lower
case, punctuation as spaces, leetspeak and spaced letters undone ("t4ng4", "p u t a").

A wish to die counts only for the speaker now: the past ("dati", "noon", "3 years ago"),
someone else's story ("yung kapatid ko nagpakamatay") and everyday figures ("muntik na ko
mamatay sa kakatawa", "patay ako kay madam") do not count (docs/moderation.md, "Tagalog").
"""

import re

from kindred.normalize import words
from moderation.screening.arabic import ENGLISH_WORDS
from moderation.screening.patterns import compile_any

# Words common in Tagalog and rare in English: a message with none of them is not read here.
HINT = re.compile(
    r"(?<![\w'])(?:ang|ng|mga|yung|ako|ko|ka|mo|ikaw|kayo|nyo|niyo|siya|sya|hindi|wala|gusto|"
    r"ayoko|ayaw|sana|lang|talaga|naman|kasi|po|diba|ngayon|bukas|mamaya|kanina|kagabi|sige|"
    r"tapos|kung|nang|rin|dito|iyan|ito|sayo|akin|sakin|natin|namin|kuya|kabayan|nanay|tatay|"
    r"ulol|tanga|gago|gaga|bobo|putangina|tangina|punyeta|tarantado)(?![\w'])"
)
# Words only Tagalog uses (not "na", "sa" or "para", which Spanish and English share), and
# English words that Tagalog chat, like chat Arabic, does not use (arabic.ENGLISH_WORDS): three
# of the first and fewer than two of the second, or two of the first and none of the second,
# and the message is Tagalog (is_tagalog).
_TAGALOG_WORDS = re.compile(
    r"(?<![\w'])(?:ang|ng|mga|yung|ako|ko|ikaw|kayo|nyo|niyo|siya|sya|hindi|wala|gusto|ayoko|"
    r"sana|lang|talaga|naman|kasi|po|diba|ngayon|bukas|mamaya|kanina|kagabi|sige|tapos|kung|"
    r"nang|rin|dito|yan|sayo|akin|sakin|natin|namin|kami|tayo|ka|mo|ba|eh|nga|pag|kaya|ano|"
    r"bakit|paano|pano|lahat|sila|nila|niya|nya|iyo)(?![\w'])"
)


def is_tagalog(folded: str) -> bool:
    """Whether ``folded`` reads as Tagalog rather than English."""
    tagalog = len(set(_TAGALOG_WORDS.findall(folded)))
    english = len(ENGLISH_WORDS.findall(folded))
    return (tagalog >= 3 and english < 2) or (tagalog >= 2 and english == 0)


_CLAUSES = re.compile(r"[.!?;\n]+|\s(?:pero|kaso)\s")
_CUT = " | "

_ME = r"(?:ako|ko|aq|q|akong|kong)"
_NOW = r"(?:na|na lang|na lng|nalang|na talaga|talaga|talagang|lang)"

CRISIS = compile_any(
    # "gusto ko na (lang) mamatay", "gusto ko na mag suicide", "gusto ko na magpakamatay".
    rf"(?:gusto|gsto|gusto|balak|plano|iniisip|naiisip) {_ME} (?:{_NOW} )*(?:talaga )?"
    r"(?:mamatay|mag ?suicide|magpakamatay|mawala|patayin (?:ang )?sarili ko|saktan (?:ang |yung "
    r")?sarili ko|tapusin (?:na )?"
    r"(?:ang |yung )?(?:buhay ko|lahat)|tumalon|magbigti|maglaslas|uminom ng (?:lason|muriatic|"
    r"gamot)|matulog (?:ng|nang) (?:tuluyan|habambuhay))",
    # "ayoko na mabuhay", "ayaw ko nang mabuhay", "pagod na ako mabuhay".
    rf"(?:ayoko|ayaw {_ME}|ayaw ko) (?:na|nang|ng) (?:talaga )?(?:mabuhay|gumising|magising|"
    r"tumuloy|lumaban)",
    rf"(?:pagod|sawa) na (?:{_ME} )?(?:talaga )?(?:mabuhay|sa buhay|sa buhay ko|magising)",
    # "sana di na ako magising bukas", "sana mamatay na lang ako".
    rf"sana (?:di|hindi) na (?:lang )?(?:{_ME} )?magising",
    rf"sana (?:mamatay|mawala) na (?:lang )?{_ME}",
    # "magpapakamatay na ako", "papatayin ko na sarili ko", "tatalon na ako".
    r"(?:magpapakamatay|magsu ?suicide|mag ?suicide|tatalon|magbibigti|maglalaslas)(?: na)?"
    rf"(?: (?:talaga|lang))?(?: siguro)? {_ME}",
    r"(?:papatayin|tatapusin) ko na (?:ang |yung )?(?:sarili ko|buhay ko|lahat)",
    # Cutting oneself now or again: "naglaslas ako ulit", "gumagamit na ulit ako ng blade".
    rf"(?:naglaslas|naglalaslas|naghiwa|sinugatan|sinasaktan) (?:ulit |na naman )?{_ME}"
    r"(?: ulit| na naman| ng sarili| sa braso| kagabi| kanina)?",
    rf"(?:gumagamit|gumamit) na (?:ulit|naman) {_ME} ng (?:blade|labaha|cutter|kutsilyo)",
    r"sinasaktan ko (?:ulit |na naman )?(?:ang |yung )?sarili ko",
    # Means at hand with intent: pills to be taken tonight, acid or rope bought.
    r"(?:iinumin|inumin|lulunukin|lunukin) ko (?:na )?(?:lahat|lahat ng gamot|yung mga gamot|"
    r"yung pills|ang lason|yung muriatic)",
    r"(?:bumili|bibili) (?:ako |aq )?(?:ng |ako ng )?(?:muriatic|lason|lubid|blade|pang lason|"
    r"silver cleaner|rat poison)(?: [\w']+){0,8} (?:mamaya|mamayang gabi|ngayong gabi|bukas|"
    r"na|tonight)",
    r"(?:may|meron|nandito na) (?:na )?(?:lubid|muriatic|lason|silver cleaner)(?: [\w']+){0,6} "
    r"(?:nakapag ?decide|desidido|handa|ready|mamaya|tonight)",
    r"(?:naipon|inipon|iniipon) ko (?:na )?(?:yung |ang |mga )?(?:gamot|pills|tableta)",
    # A last goodbye: "paalam na", "huling mensahe ko na 'to", "hindi sa paraang inaasahan nyo".
    r"(?:huling|last) (?:mensahe|message|tagay|gabi|araw|log ?in|post|share) ko na (?:to|ito|"
    r"'?to)",
    r"paalam na (?:mga |sa lahat|kabayan|ate|sis|po)",
    r"hindi sa paraang (?:inaasahan|iniisip) (?:nyo|niyo|ninyo|mo)",
    r"(?:wag|huwag) (?:(?:nyo|niyo|mo) )?na (?:(?:nyo|niyo|mo) )?(?:ko|ako) (?:hintayin|"
    r"hanapin)",
    # No longer a burden, nobody would notice, better off dead.
    rf"(?:hindi|di) na {_ME} (?:magiging )?(?:pabigat|problema|abala)(?: nyo| niyo| kahit "
    r"kanino| ng matagal| sa inyo)",
    rf"(?:walang|wala namang) (?:makakapansin|makakaalala|maghahanap|iiyak) (?:pag|kapag|kung) "
    rf"(?:nawala|namatay|wala na) {_ME}",
    r"(?:mas mabuti|mas maganda|mas okay|mas ok) (?:pa )?(?:siguro )?(?:kung|kapag|pag|na) "
    r"(?:wala|mawala|"
    r"mamatay|patay) na (?:lang )?(?:ako|aq)",
    r"ano pang silbi ng buhay ko",
    r"wala na (?:akong|kong) (?:silbi|(?:dahilan|rason) para (?:mabuhay|gumising|bumangon|"
    r"tumuloy))",
    r"(?:nakasulat na|sinulat ko na|nagsulat na ako ng) (?:yung |ang )?(?:mga )?sulat ko para "
    r"(?:kay|sa)",
    rf"better off dead na (?:lang )?(?:talaga )?{_ME}",
    # On a roof or a bridge, the end said: "hanggang dito na lang siguro ako".
    r"(?:nasa|andito sa|nandito sa) (?:rooftop|bubong|tulay|taas ng \w+)(?: [\w']+){0,10} "
    rf"hanggang dito na lang(?: siguro)? {_ME}",
    r"(?:makatulog|matulog) (?:ako )?(?:ng|nang) tuluyan",
    r"(?:tumalon|tatalon) (?:sa|mula sa) (?:tulay|building|rooftop|bintana|riles|tracks|mrt|"
    r"lrt|mtr)(?: [\w']+){0,6} (?:bukas|mamaya|ngayon|tonight)",
    r"balak ko (?:na )?(?:tumalon|magbigti|maglason|uminom ng lason)",
    r"nakatali na (?:yung |ang )?lubid",
    r"(?:maglalakad|hihiga|hihiga na lang) (?:ako |aq )?sa gitna ng (?:highway|kalsada|daan|"
    r"riles|edsa)",
    r"(?:nakainom|ininom|nilunok|uminom)(?: na)? (?:ko|ako)(?: na)? (?:ng )?(?:isang banig|"
    r"buong banig|"
    r"dalawang banig|\d+ banig|lahat ng gamot|lahat ng pills|\d+ (?:na )?(?:tableta|pills))",
    r"(?:sumobra|ma ?overdose|mag ?overdose|ma ?od)(?: na)?(?: [\w']+){0,3} para matapos na",
    r"makahinga (?:na )?(?:kayo )?(?:ng|nang) maluwag sa (?:akin|presensya ko)",
)
# Read over the whole message, across its sentences: a roof and the end said, the means
# bought or at hand and the night or a decision, despair with a last word, affairs handed over,
# a knife "not for the vegetables", one's things given away as no longer needed.
ACROSS = compile_any(
    r"(?:nasa|andito sa|nandito sa|nasa taas ng) (?:rooftop|bubong|tulay|building|taas)"
    rf"(?: [\w']+){{0,12}} (?:hanggang dito na (?:lang )?(?:siguro |talaga )?{_ME}(?! muna)|"
    r"ang lapit (?:lang )?ng baba|ang tahimik siguro (?:dun|doon|sa baba))",
    r"(?:bumili|bibili|binili) (?:na )?(?:ako |aq |ko )?(?:ng |ako ng )?(?:muriatic|lason|lubid|"
    r"silver cleaner|rat poison|pang lason)(?: [\w']+){0,12} (?:mamaya|mamayang gabi|ngayong "
    r"gabi|tonight|alam (?:nyo|niyo|mo) na (?:siguro )?(?:kung )?para saan)(?: na)?",
    r"(?:may|meron|nandito na|nandito ang) (?:na )?(?:lubid|muriatic|lason|silver cleaner)"
    r"(?: [\w']+){0,10} (?:nakapag ?decide|desidido|handa na|ready na|buo na ang loob)",
    r"(?:patawarin (?:nyo|niyo|mo) (?:ako|ko)|pakisabi|paalam|mahal na mahal ko (?:kayo|sila))"
    r"(?: [\w']+){0,12} (?:hindi|di) ko na (?:kaya|kakayanin)",
    r"(?:hindi|di) ko na (?:kaya|kakayanin)(?: [\w']+){0,12} (?:patawarin (?:nyo|niyo|mo) "
    r"(?:ako|ko)|pakisabi|paalam na|mahal na mahal ko (?:kayo|sila))",
    r"(?:insurance|atm|bank account|passbook|lupa|titulo)(?: [\w']+){0,12} (?:sila|kayo|ikaw) "
    r"na (?:ang )?bahala sa lahat",
    r"(?:kutsilyo|blade|lubid|gamot|pills|lason|muriatic)(?: [\w']+){0,10} hindi para "
    r"(?:maghiwa|magluto|sa gulay|sa kusina|sa trabaho|sa sakit)",
    # "pagod na ako, ayoko na talaga. tonight na, sorry po".
    r"(?:ayoko na|hindi ko na kaya|pagod na (?:ako|ko))(?: [\w']+){0,8} (?:tonight|mamaya|"
    r"ngayong gabi|bukas) na(?: [\w']+){0,4} (?:sorry|paalam|patawad|pasensya)",
    r"(?:hindi|di) (?:nyo|niyo|mo) na (?:ako|ko) makikita(?: [\w']+){0,8} (?:pasensya|patawad|"
    r"sorry|paalam|mahal ko)",
    r"(?:binigay|ibinigay|pinamigay|ipinamigay) ko na (?:kay \w+ |sa \w+ )?(?:[\w']+ ){1,10}"
    r"(?:di|hindi) ko na (?:rin )?(?:naman )?(?:kailangan|magagamit)",
)
DANGER = compile_any(
    # Hurt at home now: "binubugbog ako ni mister", "sinampal nya ko", "kinulong ako ni madam".
    r"(?:binubugbog|sinasaktan|hinahampas|sinasakal|sinisipa|binugbog|sinampal|sinakal|"
    r"kinulong|ikinulong|binato|sinuntok|tinutukan) (?:na naman |ulit |ngayon )?(?:ako|aq|nya "
    r"ko|niya ako|nya ako|kami)",
    r"(?:papatayin|tatapusin|sasaksakin|babarilin) (?:daw )?(?:nya |niya )?(?:ako|kami|ko)",
    r"(?:sinusuntok|sinasampal|binabato|kinukulong|tinututukan|sinasaksak|binubugbog) (?:ako|aq)",
    r"(?:gibunal|gisumbag|gisagpa|gikulata|gibunalan) (?:na )?(?:pud |sad )?(?:ko|ako)",
    r"(?:nasa labas|kumakatok|sinisipa) (?:sya|siya|nya|niya)? ?(?:ng|sa) (?:pinto|kwarto)(?: "
    r"[\w']+){0,6} (?:natatakot|takot) (?:ako|na ako)",
    r"(?:natatakot|takot na takot) (?:ako )?(?:umuwi|sa asawa ko|kay mister|sa amo ko|kay sir)",
)
IDIOMS = compile_any(
    r"(?:muntik na|para) (?:ko|akong|ako) (?:mamatay|mamamatay|patayin) (?:sa|ng) (?:kakatawa|"
    r"tawa|hiya|gutom|pagod|lungkot|init|lamig|kilig)",
    r"(?:mamatay|namamatay|patay) (?:na )?(?:ako )?sa (?:gutom|kakatawa|hiya|pagod|init|inggit)",
    r"patay (?:na )?(?:ako|tayo|kami) (?:kay|kina|sa) \w+",
    r"patay na patay",
    r"pinapatay ako ng (?:shift|trabaho|duty|init|lungkot|homesick)",
    r"pumatay ng oras",
)
PAST = compile_any(
    r"dati|noon|nung (?:bata|dati|una|\d+)|dating",
    r"(?:\d+|isang|ilang|dalawang|tatlong) (?:taon|years?|buwan|months?) (?:na )?(?:ang "
    r"nakalipas|ago)",
    r"(?:\d+|ilang) (?:years?|taon|days?|araw) na (?:akong |kong )?(?:walang|sober|malinis|di)",
    r"naisip ko rin dati",
)
ELSEWHERE = compile_any(
    r"(?:yung|ang|si) (?:kapatid|anak|asawa|kaibigan|pinsan|tatay|nanay|kuya|ate|tito|tita|"
    r"lolo|lola|bayaw|hipag|pamangkin|kumare|kumpare)(?: ko)? (?:\w+ ){0,3}(?:nagpakamatay|"
    r"namatay|sinabi|sabi|gusto|nagbalak|nag ?suicide|naglaslas|nag overdose)",
    r"(?:sabi|sinabi) (?:ng|ni|nya|niya|daw)(?! (?:utak|isip|puso) ko)",
    r"may nag ?message (?:sakin|sa akin)",
)
# Someone else's words told to the room: "may nag message sakin na 'magpakamatay ka na'".
REPORTED = compile_any(
    r"may nag ?(?:message|text|chat|comment|sabi|post)",
    r"(?:sabi|sinabi|sinabihan) (?:ng|ni|nya|niya|sakin|sa akin|ako)",
    r"(?:nireport|ni ?report|isinumbong|sinumbong) ko",
    r"(?:nag ?pm|nag ?dm|nag ?chat) (?:sakin|sa akin)",
)
NEGATED = re.compile(r"(?:(?<![\w'])(?:hindi|di|wag|huwag|ayoko)) (?:\w+ ){0,1}$")

HARASSMENT = compile_any(
    # Death urged: "magpakamatay ka na", "sana mamatay ka na", "mamatay ka na".
    r"(?:magpakamatay|mag ?suicide|mamatay|magbigti|tumalon|maglaslas|mawala) ka na",
    r"sana (?:nga )?(?:mamatay|mawala|mag ?relapse|malasing|matalo) ka(?: na)?",
    r"sana (?:mamatay|mawala) na (?:yung|ang|si) (?:\w+ )?(?:nanay|tatay|anak|asawa|pamilya|"
    r"kapatid|lola|lolo) (?:mo|nyo)",
    r"(?:sige|go) (?:kunin mo|gamitin mo) (?:na )?(?:yung |ang )?(?:blade|lubid|lason|gamot) mo",
    # Insults said to someone: "putangina mo", "tanga ka", "bobo mo", "ang kapal ng mukha mo".
    r"(?:putang ?ina|tang ?ina|puta|pakyu|pakshet|leche|lintik) (?:mo|nyo|niyo|ka)",
    r"(?:tanga|bobo|gago|gaga|ulol|tarantado|tarantada|hayop|pokpok|malandi|baboy|salot|inutil|"
    r"punyeta|"
    r"punyeta|"
    r"peste|bwisit|buwisit|walang kwenta|walang silbi|sinungaling|plastik|walanghiya|"
    r"walang hiya) (?:ka|kayo|kang|kayong)(?! ba\b)",
    r"(?:ang )?(?:tanga|bobo|gago|kapal ng mukha|baho|taba|pangit|landi|arte|bobo ng mga "
    r"share) (?:mo|nyo|niyo)",
    r"(?:wala kang kwenta|wala kayong kwenta|walang may gusto sayo|walang may pake sayo|walang "
    r"nagmamahal sayo)",
    # Relapse urged: "inom ka na", "mag e-sabong ka na lang ulit", "sana mag relapse ka na".
    r"(?:inom|uminom|tumagay|tumaya|magsugal|mag ?e ?sabong|magsabong|mag ?casino|mag ?shabu) "
    r"ka na(?: lang)?(?: ulit)?",
    # Threats: "papatayin kita", "babasagin ko mukha mo", "aabangan kita".
    r"(?:papatayin|bubugbugin|sasaktan|aabangan|abangan|hahanapin|babarilin|sasaksakin) (?:kita|ka "
    r"namin|kayo)",
    r"(?:babasagin|sisirain|dudurugin|pasasabugin|bubutasin) ko (?:ang |yung |yang )?(?:mukha|ulo|"
    r"bibig|bungo) mo",
    # Exposure: "isusumbong kita sa agency", "ipapa-deport kita", "sasabihin ko sa asawa mo".
    r"(?:isusumbong|ire ?report|irereport|ipapa ?deport|ipapadeport|ipapahuli|ipapakulong|"
    r"ipopost|ipapost|ipo ?post|ipapa ?tulfo|ipapatulfo|ibabalita) kita",
    r"(?:sasabihin|ikukuwento|ikwento|ipapakita|ibibigay|ipopost|ipo ?post|ipapaalam) ko (?:sa|"
    r"kay|ang|yung|lahat)(?: [\w']+){0,6} (?:mo|nyo|niyo|ng anak mo)(?! (?:kung gusto|para sayo))",
    r"(?:ipopost|ipo ?post|ikakalat|ipagkakalat) ko (?:sa (?:fb|facebook|tiktok|group chat|gc) )?"
    r"(?:yung|ang|lahat ng) (?:mga )?(?:screenshot|mensahe|kwento|sinabi|picture|litrato)",
    r"(?:isang|isa lang) (?:tawag|message|text|post) ko lang(?: [\w']+){0,4} (?:balik "
    r"kulungan|kulong|tanggal|deport|tapos|wala|"
    r"ubos|patay)",
    r"lumayas ka(?: nga)?(?: dito)?",
    r"^(?:ulol|gago|gaga|tanga|bobo|putang ?ina|tang ?ina|tarantado|tarantada)(?= |$)",
    r"(?:gago|bobo|tanga|ulol|baliw) (?:yung|ang) (?:tatay|nanay|asawa|anak|pamilya|kapatid) "
    r"(?:mo|nyo|niyo)",
    r"(?:nag ?)?relapse ka (?:na naman|ulit)(?: [\w']+){0,3} (?:haha\w*|hehe\w*|lol|sabi ko "
    r"na)",
    r"pabigat ka(?: pa| lang| talaga)?(?: sa (?:grupo|lahat|pamilya mo))?",
    r"umalis ka na (?:dito|sa grupo|sa group)",
    r"mas (?:masaya|okay|ok|mabuti|tahimik|maganda) (?:ang |yung )?(?:pamilya mo|grupo|group|"
    r"lahat|kami|buhay nila)(?: [\w']+){0,3} (?:kung|pag|kapag) (?:hindi ka na|wala ka na|"
    r"mawala ka|umalis ka|mamatay ka)",
    r"(?:tumawag|tatawag|tawagan|tatawagan|tinawagan) (?:ako |ko )?(?:sa |ang |yung )?"
    r"(?:employer|amo|agency|asawa|pamilya|pastor|landlord|immigration|pulis|boss) (?:mo|nyo|niyo)"
    r"(?! (?:kung gusto|para sayo|para sa inyo|para tulungan))",
    r"(?:lahat ng )?(?:sinasabi|sinabi|kwento|mensahe|share) (?:mo|nyo) (?:ay )?(?:naka ?"
    r"screenshot|naka ?save|naka ?record)",
    r"may (?:kopya|screenshot|record) na (?:ako|ko) ng (?:lahat ng |mga )?(?:mensahe|kwento|"
    r"sinabi|chat|share) (?:mo|nyo)",
    r"alam ko(?: na)?(?: rin| din)? (?:kung )?(?:saan|saang|anong oras|yung address|ang address)"
    r"(?: [\w']+){0,10} (?:ingat ka|hindi ka mahirap hanapin|mag ?ingat ka|humanda ka|kita "
    r"tayo|kumusta na kaya)",
    r"kilala ko (?:ang |yung )?(?:\w+ )?(?:mo|nyo)(?: [\w']+){0,8} maliit lang (?:ang )?mundo",
    r"hindi ko (?:muna )?sasabihin (?:kay|sa)(?: [\w']+){1,12} sa ngayon$",
    r"alam ko (?:na )?(?:rin |din )?kung (?:anong|saang|saan) (?:jeep|bus|oras|daan|ruta|sasakyan|"
    r"building|bahay)(?: [\w']+){0,3} (?:sinasakyan|dinadaanan|umuuwi|pauwi|uuwi|tinitirhan|"
    r"nagtatrabaho|sumasakay) (?:mo|ka|nyo|kayo)",
    r"parusa (?:yan|iyan|yun|ito) ng (?:diyos|dios|langit) (?:sayo|sa iyo|sa inyo)",
    r"walang (?:may )?pake(?:alam)? (?:sayo|sa iyo|sa (?:patay|namatay) mong)",
    r"(?:bat|bakit) (?:di|hindi) ka na (?:lang )?(?:mag ?shabu|uminom|magsugal|mag ?e ?sabong|"
    r"magpakamatay|tumaya|mamatay|mawala|magbigti)",
    r"laslas mo na(?: lang)?(?: ulit)?",
    r"nakita ko na (?:ang |yung )?bahay (?:nyo|mo|niyo)",
    r"screenshot ko (?:lahat|yan|to|ito)(?: [\w']+){0,3} para (?:sa|kay) (?:\w+ )?(?:asawa|amo|"
    r"pastor|employer|pamilya|anak|nanay|tatay|agency) (?:mo|nyo)",
    r"galing mo (?:talaga )?mag ?relapse",
    r"para makapagpahinga na (?:siya|sya) sayo",
    r"kahihiyan ka(?: ng| sa)?",
    r"ingat ka (?:pag ?uwi|pauwi|sa pag ?uwi)(?: [\w']+){0,6} (?:madilim|walang tao|mag ?isa)",
    r"buti nga (?:namatay|nawala|natalo|iniwan ka)",
)


def crisis_words(folded: str) -> str:
    """The Tagalog words in ``folded`` (from fold) that read as first-person risk now."""
    if HINT.search(folded) is None:
        return ""
    for clause in _CLAUSES.split(folded):
        for reading in words(clause):
            reading = IDIOMS.sub(_CUT, reading)
            if PAST.search(reading) is not None:
                continue
            if (found := DANGER.search(reading)) is not None:
                return found.group(0)
            if ELSEWHERE.search(reading) is not None:
                continue
            for found in CRISIS.finditer(reading):
                if not NEGATED.search(reading[: found.start()]):
                    return found.group(0)
    for reading in words(folded):
        if PAST.search(reading) is None and (found := ACROSS.search(reading)):
            return found.group(0)
    return ""


def harassment_words(readings: tuple[str, ...]) -> str:
    """The Tagalog words in ``readings`` that insult, threaten or urge harm, or ""."""
    if not readings or HINT.search(readings[0]) is None:
        return ""
    for reading in readings:
        for found in HARASSMENT.finditer(reading):
            before = reading[: found.start()]
            if not NEGATED.search(before) and not REPORTED.search(before):
                return found.group(0)
    return ""
