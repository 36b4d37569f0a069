"""Rule sets built from the parts of a sentence rather than from whole phrases.

patterns.py lists phrases people were seen to write. New text says the same things in other
words, so this module composes a few slots instead: who speaks or is spoken to (``I``,
``you``, ``y'all``), what they want, plan or are about to do (want to, gonna, ready to,
thinking about, keep staring at), and what is harmful (dying, ending it, a means such as
pills, a rope or a bridge). A sentence counts when the slots meet in order, in the same
clause; the engine then applies the same negation, past-tense and someone-else checks as
for the phrase lists. Patterns are over the ``words`` reading (normalize.py).
"""

import re

from moderation.screening.patterns import NOT_OWN, YOU, YOURSELF, compile_any

# --- crisis -----------------------------------------------------------------------------

# The speaker as the subject: "i", "im", "ive", "ill" (i'll, written without apostrophe at
# the start of a clause), "part of me", or nothing at the start of a clause ("wanna die").
_SELF = (
    r"(?:^|(?<![\w'])i |(?<![\w'])i'?m |(?<![\w'])im |(?<![\w'])i'?ve |(?<![\w'])ive |"
    r"(?<![\w'])i'?ll |^ill |(?<![\w'])i'?d |part of me |all i |^(?:(?:ngl|tbh|honestly|"
    r"lowkey|highkey|fr|idk|ok|okay|so|and|but|guys|man|bro|yeah|yea|ugh|welp|well|still|"
    r"just|srsly|seriously) )+)"
)
_FILL = (
    r"(?:(?:really|just|honestly|seriously|still|kinda|lowkey|literally|actually|finally|"
    r"def|definitely|probably|prob|totally|so|fr|now|already|gonna|going|been|am|was|do|"
    r"fucking|fkn|even|also|only|tbh|ngl) )*"
)
_AIM = (
    r"(?:want to|wanna|want ta|wanting to|need to|needing to|needa|have to|gotta|going to|"
    r"gonna|gon|finna|longing to|itching to|"
    r"planning (?:to|on)|plan (?:to|on)|ready to|about to|decided to|trying to|tryna|"
    r"tempted to|thinking (?:about|of)|think about|considering|might|will|'ll|ll|could|"
    r"should|keep thinking about|can'?t stop thinking about|dream(?:ing)? (?:about|of)|"
    r"fantasi[sz]ing about|wish i could|would love to|just want to)"
)
# Means people name: medicines taken in a quantity, and the tools of harm.
_MEANS = (
    r"(?:pills|tablets|meds|medication|medicine|medicines|prescription|insulin|painkillers|"
    r"sleeping pills|sleeping tablets|antidepressants|paracetamol|tylenol|ibuprofen|advil|"
    r"aspirin|xanax|benzos|oxy|opioids|bottle|packet|packets|box)"
)
# What is harmful, in base form and in -ing form (after "thinking about").
_HARM = (
    r"(?:die|dying|d ie|be dead|stop living(?= ?$| now| tonight| already| for good| anymore)|"
    r"kill myself|killing myself|kms|unalive(?: myself)?|"
    r"unaliving(?: myself)?|take my (?:own )?life|taking my (?:own )?life|"
    r"(?:take|swallow|down|taking|swallowing) (?:them|it|those|these) all(?= ?$| tonight| now| at "
    r"once| tomorrow| today)|(?:take|swallow|taking|swallowing) all of (?:them|those|these)(?= ?$| "
    r"tonight| now| at once)|end it(?! with| off)|ending it(?! with| off)|end it all|"
    r"ending it all|end things(?! with)|ending things(?! with)|end my life|ending my life|"
    r"end everything|ending everything|od|od'?ing|overdose|overdosing|oding|"
    r"hang myself|hanging myself|slit my wrists|cut myself|cutting myself|cut(?= ?$| again| "
    r"tonight| deeper)|cutting(?= ?$| again| tonight)|hurt myself|hurting myself|harm myself|"
    r"harming myself|jump(?= ?$| tonight| today| now| off| from| in front| soon)|"
    r"jumping(?= ?$| off| from| in front)|"
    r"(?:drive|driving|crash|crashing) (?:my car |the car )?(?:into|off) (?:a|the)(?! (?:ferry|"
    r"boat|ramp|forecourt|driveway|car park|lot)(?![\w']))|"
    r"(?:walk|walking|step|stepping|run|running) (?:into|in front of) (?:the )?(?:sea|ocean|"
    r"river|lake|traffic|a (?:train|bus|truck|car|lorry))|"
    r"(?:take|taking|swallow|swallowing|down|downing) (?:all|every(?: single)?|the whole|a whole|"
    r"the rest|a handful|everything) (?:of )?(?:my |the |those |these |her |his |mums? |moms? |"
    rf"dads? )?(?:[\w']+ )?{_MEANS}|"
    r"swallow (?:all|every|the whole|a whole|everything)|"
    r"not (?:be here|wake up|exist)|disappear(?= ?$| for real| this time| tonight)|"
    r"stop existing|disappear (?:forever|for good|completely)|"
    r"go to sleep forever|sleep forever|never wake up|end my suffering|end the pain for good|"
    r"join (?:my|him|her) (?:\w+ )?(?:in heaven|on the other side)|self ?delete|"
    r"delete myself|yeet myself (?:off|into|in front)|rope(?= ?$| tonight| soon| myself)|"
    r"not be around(?= ?$| anymore| much longer)|check out (?:for good|permanently|early)|"
    r"log off (?:for good|permanently|forever))"
)
CRISIS = compile_any(
    # The speaker wants, plans or is about to do something harmful.
    _SELF + _FILL + _AIM + r" " + _FILL + _HARM,
    r"(?:^ill|i'?ll|i will) (?:just )?" + _HARM,
    # Means at hand with readiness: "have the pills right here", "tied the rope already".
    r"(?<!he )(?<!she )(?<!they )(?:have|got|'ve got|ive got|bought|holding|saved|saved up|"
    r"stashed|hid|hidden|keeping|counting|counted|lined up|tied|set up|staring at|looking at|"
    r"keep looking at|been looking at|keep staring at|been staring at|thinking about|keep "
    r"thinking about|got out|out) "
    r"(?:\w+ ){0,3}(?:pills|tablets|meds|sleeping pills|"
    r"painkillers|rope|noose|razor|razors|blade|blades|knife|gun|bridge|ledge|tracks|bottle)"
    r"(?= ?$| right here| ready| already| saved| up| in my hand| next to me| on the table| "
    r"in front| a lot| again| to see| lately| tonight| all night| all day| for hours| every night| "
    r"since)",
    r"enough (?:pills|tablets|meds|painkillers|sleeping pills) (?:saved|stashed|put away|"
    r"already|hidden)",
    # Swallowed a lot: "took a whole bottle of tylenol", "just took like 30 of my pills".
    r"(?:took|taken|swallowed|downed) (?:like |about |around |maybe |over |almost |a |an "
    r")*(?:whole|entire|handful|bunch|\d\d+(?! ?(?:mg|ml|mcg|g|kg|units?|iu|min|mins|minutes|"
    r"hours|days))|ten|twenty|thirty|forty|fifty|hundred) (?:\w+ ){0,2}(?:of )?(?:my |the |"
    r"these |those )?(?:\w+ )?(?:pills|tablets|meds|medication|tylenol|paracetamol|ibuprofen|"
    r"advil|aspirin|xanax|insulin|painkillers)",
    # Goodbyes and the hour fixed.
    r"(?:said|saying|say|made) my (?:last |final )?goodbyes(?! to (?:my|the|our) (?:old|\w+ "
    r"(?:job|house|home|flat|town)))",
    r"(?:letters?|notes?|videos?) (?:for|to) (?:my |everyone|you all)(?:\w+ )?(?:\w+ )?in case",
    r"(?:made|wrote|written|sorted|did) (?:out )?my will and",
    r"(?:tonight|today|tomorrow|this weekend|friday|saturday|sunday)(?: is|'s|s) (?:the|my) "
    r"(?:night|day)(?= ?$)",
    r"(?:wrote|written|writing|finished|left) my (?:suicide |goodbye |last |final )?(?:note|"
    r"letter|letters|notes)(?= ?$| already| tonight| for (?:my|everyone)| to (?:my|everyone))",
    r"(?:thinking about|going to|want to|wanna|gonna|ready to) us(?:e|ing) (?:it|them|the gun|"
    r"the rope|the pills|the knife|the blade)(?= ?$| on myself| tonight| now)",
    r"if i (?:jump|do it|take them|take the pills|go through with it)(?: \w+){0,4} (?:it|this|"
    r"everything)(?:'d| would| will)? (?:all )?be over",
    r"(?:want|wanna|going|ready) (?:to )?go (?:too|with (?:him|her|them))(?= ?$)",
    r"(?:this is|this will be|this'll be|this'?s) (?:my )?(?:last|final) (?:post|message|share|"
    r"words|time (?:posting|here|writing))(?! before| for| until| of the| in| at| tonight| today| "
    r"this week)",
    r"tell my \w+ (?:that )?i (?:love|loved) (?:them|him|her|you)",
    r"my life is over(?= ?$| there| and)",
    r"(?:there'?s|there is) no point(?= ?$| anymore| in anything| in trying| in going on)",
    r"no way out(?= ?$| for me| anymore)",
    r"(?:tonight|today|this time) (?:i'?m|im|i am) (?:going to|gonna) do it(?= ?$)",
    r"(?:i'?m|im|i am) (?:going to|gonna) do it tonight(?= ?$)",
    r"(?:hoarding|hoarded|stockpiling|stockpiled|saving up|collecting) (?:[\w']+ ){0,3}(?:pills|"
    r"tablets|meds|sleeping pills|painkillers|medication)",
    r"can'?t (?:be here|exist|stay|do life|be alive) (?:anymore|any more|any longer)",
    r"wish (?:someone|somebody|something|a \w+) would (?:just )?(?:shoot|kill|hit|run over|end) me",
    r"should(?:n'?t| not) be (?:alive|here|breathing)(?= ?$| anymore| at all)",
    r"(?:nobody|no one|noone) would (?:even )?(?:care|notice)(?= ?$)",
    r"(?:left|leave|go|gone) for good(?= ?$| nobody| no one| this time)",
    r"(?:cut|cutting|burn|burned|burnt|burning|hit|hitting|scratch|scratched|scratching|hurt|"
    r"hurting) (?:myself|my (?:\w+ )?(?:arm|arms|skin|wrist|wrists|leg|legs|thigh|thighs|"
    r"stomach|hand|hands))(?: \w+){0,5} to feel (?:something|anything|better|real|alive|numb)",
    r"us(?:e|ing) (?:it|them|that|this|the \w+) on myself",
    r"(?:leave|leaving|exit|exiting|depart|quit|quitting) (?:this world|this life|this earth|"
    r"life)(?= ?$| tonight| soon| for good| forever)",
    r"my last (?:night|day)(?= ?$| on earth| alive| here| ever)",
    r"goodbye (?:letters|notes|videos|messages)(?= ?$| tonight| to| for)",
    r"(?:tried|attempted|trying|attempting) to (?:hang|drown|shoot|poison|suffocate|strangle|"
    r"electrocute|gas) myself",
    r"(?:looking up|researching|googling|searching|reading up on) (?:ways|how|methods) to do it",
    r"(?:picturing|imagining|visuali[sz]ing|fantasi[sz]ing about) (?:myself )?(?:jumping|dying|"
    r"hanging|dead|in a coffin|my (?:own )?funeral|not being here)",
    r"(?:it was|it'?s been|its been) (?:nice|good|lovely) knowing (?:you|y'all|yall|everyone|"
    r"all of you)",
    r"(?:rope|pills|gun|razor|blade|knife|noose)(?: \w+){0,6} (?:keep|can'?t stop|been) "
    r"(?:thinking about|looking at|staring at) (?:it|them)",
    r"(?:thought|idea) of (?:dying|death|suicide|not existing|ending it|being dead) (?:\w+ ){0,5}"
    r"(?:calms|comforts|soothes|helps|relaxes) me",
    r"(?:don'?t|do not|dont) (?:try to |bother trying to |bother to )?(?:find|look for|search "
    r"for|come looking for) me(?= ?$)",
    r"(?:i'?ll|ill|i will|gonna|going to) be gone (?:by|before) (?:the )?(?:morning|tomorrow|"
    r"tonight|sunrise|dawn|the weekend|monday|friday)(?! (?:\w+ ){0,3}(?:flight|trip|train|"
    r"holiday|vacation|work|shift|drive|road|camping|visit))",
    r"(?:not|won'?t|wont) (?:gonna |going to )?be (?:here|around|alive) (?:much |for much |"
    r"very )?(?:longer|long)",
    r"(?:have|got) a plan and (?:i'?m|im|i am) (?:going to|gonna) (?:do|go through with) it",
    r"know (?:exactly )?(?:how|when|where) (?:i'?m|im|i am) (?:going to|gonna) do it",
    r"ready to (?:be done|go)(?= ?$| now| tonight| for good)",
    r"no point (?:in|to) (?:anything|any of (?:it|this)|it all)",
    r"(?:in|sitting in) the (?:car|garage) with the (?:engine|motor) (?:on|running)",
    r"wish i'?d never (?:been born|existed|woken up|wake up)",
    r"attempted (?:[\w']+ ){0,8}(?:want|going|gonna|plan|planning) (?:to )?(?:try|do it) again",
    r"(?:tired|sick|exhausted) of (?:being alive|existing|living|life)(?= ?$| so| and| i)",
    r"(?:i'?m|im|i am) (?:ready|prepared) to die",
    r"(?:won'?t|will not|wont|nobody|no one|noone) (?:will )?(?:miss|notice) me when i'?m gone",
    r"(?:love|loved) you all[, ]+(?:i'?m |im )?sorry",
    # Enough of a means put by, whoever's it was, for a purpose that harms.
    rf"enough (?:[\w']+ ){{0,4}}{_MEANS} (?:[\w']+ ){{0,3}}to (?:not wake up|never wake up|die|"
    r"end it|do it|kill myself|overdose|od|not be here|make sure)",
    rf"enough (?:[\w']+ ){{0,4}}{_MEANS} (?:saved|stashed|put away|hidden|hid|kept)",
    # A means held or checked again and again: "the gun in the drawer, i keep taking it out".
    r"(?:gun|rope|noose|razor|blade|blades|knife|pills|bottle)(?: [\w']+){0,8} (?:keep|kept|"
    r"can'?t stop|been) (?:taking (?:it|them) out|holding (?:it|them)|picking (?:it|them) up|"
    r"touching (?:it|them)|checking (?:it|them)|loading it|counting them)",
    # The decision made and only the when left.
    r"(?:planning|planned|worked out|working out|figuring out|figured out|deciding) (?:how|when|"
    r"where) (?:to|i'?ll|i will|i'?m going to|im gonna) do it(?= ?$| i just| all i| just| now|"
    r" tonight)",
    r"(?:made|making) (?:my )?peace(?= ?$| with (?:it|that|this|dying|death|god|everything|my "
    r"decision|"
    r"leaving|going))",
    r"(?:nobody|no one|noone) would (?:even )?(?:care|notice|miss me) if i (?:just )?"
    r"(?:disappeared|vanished|was gone|were gone|died|left) (?:forever|for good|permanently|"
    r"tomorrow|tonight)",
    # Despair with a means named after it ("can't do this anymore 💊💊💊", read as words).
    r"(?:can'?t|cannot) (?:do this|take (?:it|this|much more)|go on|keep going|cope)(?: anymore|"
    r" any more)? (?:[\w']+ ){0,4}(?:pills|knife|gun|rope|coffin|blood)(?= ?$| pills| knife| gun| "
    r"rope| coffin| blood)",
    r"no more me(?= ?$| after| by| tomorrow| soon| tonight)",
    r"(?:won'?t|will not|wont|not gonna|not going to) be (?:here|around|alive) (?:tomorrow|next "
    r"week|by (?:the )?(?:morning|weekend))(?= ?$)",
    r"ctb(?= ?$| tonight| today| soon| now| right now| this weekend)",
    r"end (?:this|it|things|everything|it all|my life) (?:for good|forever|permanently)(?= ?$| "
    r"tonight| now| today)",
    # Thinking about the harm, with or without "I": "sat in my car thinking about driving into
    # the river".
    r"(?:thinking|dreaming|fantasi[sz]ing|obsessing) (?:about|of) (?:just )?" + _HARM,
    r"(?:don'?t|do not|dont) think (?:i'?m|im|i am|i'?ll|ill|i will) (?:going to |gonna )?be "
    r"(?:here|around|alive) (?:much |for much |very )?(?:longer|long)",
    r"(?:won'?t|wont|will not|not going to|not gonna) be (?:at|in|here|around|coming)(?: \w+){0,4} "
    r"(?:or ever|ever again)",
    r"(?:going to|gonna|about to|might|will|'ll) do something (?:drastic|permanent|i can'?t take "
    r"back|stupid|to myself)(?= ?$| tonight| to myself| soon| now| right now)",
    r"(?:sitting|lying|laying|standing|i'?m|im|i am) (?:here |in the \w+ |in my \w+ |alone )?with "
    r"(?:a|the|my) (?:razor|razor blade|blade|knife|gun|rope|noose|pills|bottle of pills)"
    r"(?= ?$| in my hand| again| right now| now| tonight| ready)",
    rf"(?:swallowed|just took|have taken|'ve taken|ive taken|took|downed) (?:all|every|the whole|a "
    rf"whole|the rest of|all of|every one of|every single one of) (?:of )?(?:my |the |those |"
    rf"these )?(?:[\w']+ )?{_MEANS}(?! (?:today|this morning|on time|as prescribed|like|with|for "
    r"the|every|at|to the|back|out))",
    r"why am i (?:still )?(?:alive|breathing)",
    r"(?:disappointed|sad|upset|angry|annoyed|pissed|gutted|hate|hate that|sorry) (?:that )?"
    r"(?:i'?m|im|i am) still (?:alive|here|breathing)",
    r"(?:floors?|stories|storeys|feet|ft|metres|meters) (?:up|high)(?: [\w']+){0,4} (?:thinking "
    r"about it|thinking about jumping|looking down|want to jump|wanna jump|gonna jump|going to "
    r"jump)",
    r"(?:i'?m|im|i am) (?:\w+ )?(?:cutting|burning myself|hurting myself|harming myself|"
    r"bleeding)(?= ?$| again| right now| now| tonight)",
    r"(?:written|wrote|writing|left|leaving) (?:a|my|the) (?:note|letter)(?: [\w']+){0,3} (?:and|"
    r"then|now) (?:i'?m|im|i am) (?:going to|gonna|ready to) (?:do it|go|end it)",
    # A means taken out: "i've got the blade out", "pulled the rope out again".
    r"(?:got|have|'ve got|ive got|took|taken|pulled|get|getting|taking) (?:the|my|a|all the|all "
    r"my) (?:blade|blades|razor|razors|knife|pills|rope|gun|noose|tablets|meds) out(?= ?$| again| "
    r"tonight| now| right now| already| and)",
    # Asking to be taken: "i pray god takes me in my sleep", "please just let me die".
    r"(?:pray|praying|hope|hoping|wish|wishing|begging) (?:that )?(?:god|the lord|jesus|death|"
    r"the universe|someone|something|a \w+) (?:will |would |just |finally )*(?:takes?|kills?|"
    r"ends?) me",
    r"(?:pray|praying|hope|hoping|wish|wishing) (?:that )?i (?:just )?(?:die|go|pass) in my sleep",
    r"(?:please |pls |just |god )+let me (?:just )?(?:die|be dead|end it|go to sleep forever|"
    r"not wake up)",
    r"(?:the|my) (?:night|day) i (?:\w+ )?(?:do it|end it|go through with it|die|kill myself|"
    r"jump|take them|take the pills)(?= ?$| for real| finally)",
    # Under way, in the present: "i'm ending it tomorrow", "i'm killing myself tonight".
    r"(?:i'?m|im|i am) (?:finally |just |really |definitely |actually |seriously )?(?:ending "
    r"it|ending it all|ending my life|killing myself|unaliving myself|offing myself|checking "
    r"out)(?= ?$| tomorrow| tonight| today| this week| this weekend| soon| now| right now| for "
    r"good| after| before| on \w+day)",
    # The world, the family or everyone lighter without the speaker, in any comparative:
    # "the world would be lighter without me in it", "my kids would be freer without me".
    r"(?:the world|everyone|everybody|my (?:\w+ )?(?:family|kids|children|wife|husband|partner|"
    r"parents|mum|mom|dad|friends)|they|people|life|things) (?:would|will|'d|d) (?:all )?be "
    r"(?:so |much |way |a lot |so much )?(?:better|better off|happier|lighter|easier|freer|"
    r"calmer|safer|fine|okay|ok|brighter|quieter) (?:without me|if i (?:was|were) gone)",
    # Death named as the only way, answer or option, with words between: "the only way out i
    # can see is dying".
    r"only (?:way out|way|answer|option|solution|escape|exit|relief|choice)(?: [\w']+){0,5} "
    r"(?:is|would be|left is|'s) (?:to die|dying|death|suicide|to end it|ending it|to kill "
    r"myself|killing myself|ending my life|to end my life|not being here|to not be here)",
    # No point in being alive, said with "see": "i dont see the point of waking up tomorrow".
    r"(?:don'?t|dont|do not|can'?t|cant|cannot|no longer|never) see (?:the |any |a )?(?:point|"
    r"reason|use) (?:of|in|to) (?:waking up|getting up|living|being alive|being here|staying "
    r"alive|going on|carrying on|existing|life|keeping going|any of it)",
    # Working out what is lethal: "been looking up how many of my pills it would take".
    r"(?:how many|how much)(?: of)? (?:[\w']+ ){0,2}(?:pills|tablets|meds|painkillers|"
    r"paracetamol|tylenol|insulin|medication) (?:it would take|it takes|would it take|would "
    r"kill|would do it|to die|to not wake up|is lethal|is enough)",
    # The stock of medicines at home, whatever it is kept in: "take everything in the cabinet".
    r"(?:take|taking|swallow|swallowing|down|downing) (?:everything|all of it|the lot|it all|"
    r"whatever'?s|what'?s) (?:left )?(?:in|from) (?:the|my|our|mums?|moms?) (?:\w+ )?(?:cabinet|"
    r"cupboard|drawer|bathroom|medicine box|first aid kit)",
    # A plan stated as "my plan is to" with a harm after it.
    r"(?:my|the) plan is (?:to |that i )?(?:just )?" + _HARM,
    # Finality about oneself: "i think i'm done for good", "i'm done with life".
    r"(?:i'?m|im|i am) (?:just |so |really |finally )?done (?:for good|with (?:life|living|"
    r"being alive|existing|this life|everything for good))(?= ?$| now| tonight| sorry| bye| "
    r"goodbye)",
    # Lingering at a height or a track: "i stood on the bridge for an hour yesterday".
    r"(?:^|(?<![\w'])i |(?<![\w'])i'?ve |(?<![\w'])ive |(?<![\w'])i was |(?<![\w'])i'?m |"
    r"(?<![\w'])im )(?:been |just |still )?(?:stood|standing|sat|sitting|stand|waited|waiting) "
    r"(?:on|at|by|near) (?:the |a |that )?(?:edge of (?:the |a )?)?(?:bridge|ledge|cliff|roof|"
    r"rooftop|platform edge|railway|train tracks|tracks|railing|overpass)(?: [\w']+){0,2} (?:for "
    r"(?:an hour|hours|ages|a long time|a while|half an hour)|looking down|thinking about (?:it|"
    r"jumping))(?= ?$| yesterday| last night| tonight| today| again| just| thinking| staring| "
    r"and (?:thought|almost|nearly|couldn'?t|wanted))",
    # Making provision for those left behind: "i gave my dog to my sister because i wont be
    # around to look after him".
    r"(?:won'?t|wont|will not|not going to|not gonna) be (?:around|here|alive) (?:anymore |any "
    r"more )?to (?:look after|take care of|raise|care for|see) (?:him|her|them|it|my [\w']+|the "
    r"[\w']+)(?: grow up)?(?= ?$| anymore| any more| once i'?m gone| after)",
    r"(?:this is|this will be|this'?ll be|this'?s|that was) my (?:last|final) (?:meeting|session|"
    r"check ?in|night here|time here|group)(?= ?$| thank| thanks| thank you| love| sorry| bye| "
    r"goodbye| take care| forgive)",
    # Slang that means suicide whoever says it to whom.
    r"self ?delet(?:e|ing|ion)",
    r"toaster bath",
    r"final exit",
)
# Abuse at home told in the present ("he touches me at night").
DANGER = compile_any(
    r"(?:he|she|they|my (?:\w+'?s )?\w+) (?:\w+ ){0,2}(?:touches me|keeps touching me|comes into "
    r"my (?:room|bed)|molests me|forces me to|makes me (?:do things|touch|have sex))",
)
# Someone else's words about the speaker ("a guy at work said I should kill myself").
REPORTED = re.compile(
    r"(?<![\w'])(?<!i )(?<!i just )(?:said|says|wrote|texted|yelled|shouted|keeps saying|"
    r"kept saying) (?:that )?(?:(?:i|i'?d|i'?m|im) (?:\w+ )?)?$"
    r"|(?:told|tells|telling|texted|messaged|called) me (?:that )?(?:i |i'?d |to )?(?:\w+ )?$"
)

# Danger at home told as someone's threat, with the danger present in the same message ("he
# said I'd be found in a ditch if I told anyone, and he's in the next room right now"; "my dad
# said he'd put me in the ground … he's home in an hour and I'm terrified"): a threat told
# as the past, or as a family joke, has no such present.
THREATENED = compile_any(
    r"(?:he|she|they|he'?ll|she'?ll|they'?ll|hell|shell)(?: [\w']+){0,8} (?:end me|finish me"
    r"(?: off)?|do me in|(?:snap|break) my (?:neck|legs|arms|jaw|fingers|back)|put me in (?:the "
    r")?(?:ground|hospital|morgue|a wheelchair)|make me pay|(?:kill|hurt|stab|strangle|choke) "
    r"me)(?![\w'])",
    r"(?:threatening|threatened|threatens) to (?:stab|kill|hurt|beat|strangle|choke|burn|shoot) "
    r"me",
    r"(?:said|says|told me|tells me|threatened|swore)(?: [\w']+){0,3} (?:i'?d|i would|i'?ll|i "
    r"will) (?:be found|end up) (?:in a ditch|dead|in the river|in the canal)",
)
DANGER_NOW = compile_any(
    r"right now|rn|tonight|in an hour|in (?:a few|ten|10|twenty|20|five|5) (?:mins|minutes)|"
    r"next room|(?:is|'?s) outside|on (?:his|her|their) way|coming (?:over|round|back|home|for "
    r"me)|parked (?:at|outside|down)|(?:i'?m|im|i am) (?:so |really )?(?:scared|terrified|"
    r"frightened)|scared to (?:sleep|go home|move)|please help|help me|hiding|locked (?:me )?in|"
    r"between me and the door|blocking the door|(?:hear|see) (?:a car|his car|her car|him|her|"
    r"them|someone) (?:outside|at the door)|terrified of (?:the morning|tomorrow|tonight|him|her)",
)


def threatened_now(reading: str) -> str:
    """A threat to the speaker's life or body, told with its danger present ("" if not)."""
    if DANGER_NOW.search(reading) is None:
        return ""
    return first_unnegated(THREATENED, reading)


# A farewell with an apology or love, as a last message ("bye everyone, love you all, im
# sorry"; "sorry for everything. this is goodbye"). Checked over the whole message.
FAREWELL = compile_any(r"bye|goodbye|farewell|this is goodbye|so long")
FAREWELL_WEIGHT = compile_any(
    r"(?:i'?m |im |i am )?(?:so )?sorry(?: for everything)?(?= ?$)",
    r"sorry for everything",
    r"forgive me",
    r"malai maaf (?:gardinu|garnu|gara|garideu)",
    r"(?:allah|khuda|rabba?|bhagwan) (?:mujhe |mujhko |mainu |mere ko )?(?:maaf|maf|muaf|muaaf) "
    r"(?:kare|karey|kar de|kardo|karo|karna|karein|karen|kareen)",
    r"(?:please )?take care of (?:my \w+|each other for me|yourselves for me)",
    r"(?:thank you|thanks|thank u|thx) (?:all |guys |everyone )?for (?:trying|everything you "
    r"tried|all you tried)",
    r"sorry (?:for|about) (?:being|having been) (?:such )?(?:a burden|a mess|so much trouble|a "
    r"disappointment|a failure|too much|the way i am)",
)

# --- harassment -------------------------------------------------------------------------

_YOU_ARE = (
    rf"(?:you'?re|youre|you are|ur|u r|u are|you r|yr|{YOU} (?:are|r|'re|re)|all of you "
    r"are|every one of you is|yall|y'all|you lot are|you lot)"
)
_DEGREE = (
    r"(?:(?:such|just|nothing but|all|so|really|very|too|literally|honestly|a|an|the|"
    r"most|biggest|fucking|fkn|fking|effing|total|complete|absolute|utter|pathetic|stupid|"
    r"worthless|dumb|fat|ugly|useless|sad|little|lying|disgusting|filthy|drunk|old|lazy|crazy|"
    r"weak|hopeless|bunch of|pack of|load of|and|little|f ing|f in|f king|fing|effin|"
    r"freaking|frigging|friggin|bloody|damn|goddamn) )*"
)
INSULT = (
    r"(?:pathetic|worthless|disgusting|stupid|idiots?|morons?|losers?|liars?|fakes?|frauds?|"
    r"fakers?|jokes?|freaks?|trash|garbage|useless|failures?|bitch(?:es)?|cunts?|whores?|sluts?|"
    r"retard(?:s|ed)?|dumbass(?:es)?|ugly|pos|piece of (?:shit|crap|garbage|trash|work)|scum|"
    r"scumbags?|parasites?|psychos?|nutjobs?|junkies?|lowlifes?|pigs?|bastards?|degenerates?|"
    r"subhuman|vermin|maggots?|dickheads?|assholes?|arseholes?|twats?|pricks?|wankers?|clowns?|"
    r"imbeciles?|cretins?|dimwits?|halfwits?|fuckwits?|fuck ups?|fuckups?|screw ups?|"
    r"disgrace|embarrassment|creeps?|weirdos?|crybabys?|crybabies|snowflakes?|"
    r"attention (?:seekers?|whores?|seeking)|waste of (?:a )?(?:space|air|oxygen|skin|life|"
    r"seat|chair|breath|a human|a person)|"
    r"a nobody|rubbish|dumb|brainless|selfish|spineless|hopeless cases?|drain(?: on \w+)?|"
    r"mistakes?|burdens?|tedious|insufferable|self[- ]?pitying|pitiful|unbearable|vile|repulsive|"
    r"revolting|tiresome|whiny|whiney|delusional|dregs(?: of (?:humanity|society|the earth))?)"
)
_STRONG_INSULT = (
    r"(?:losers|idiots|morons|bitch(?:es)?|cunts?|whores?|sluts?|retards|trash|garbage|scum|"
    r"scumbags?|parasites|junkies|pigs|bastards?|degenerates|vermin|maggots?|dickheads?|"
    r"assholes?|arseholes?|twats?|pricks|wankers?|piece of (?:shit|crap|garbage|trash)|"
    r"waste of (?:a )?(?:space|air|oxygen|skin|life|seat|chair|breath|a human|a person|sperm|"
    r"food|money)|losers|fuckwits?|cretins|imbeciles)"
)
HARASSMENT = compile_any(
    # "y'all are pathetic", "you guys are idiots", "you're a liar and a fake".
    _YOU_ARE + r" " + _DEGREE + INSULT,
    _YOU_ARE + r" (?:\w+ ){1,3}and " + _DEGREE + INSULT,
    r"(?:your|ur) (?:whole )?(?:family|kids|wife|husband|mum|mom|dad|friends|partner|children|"
    r"son|daughter|parents) (?:\w+ )?(?:hates|hate|despises|despise|can'?t stand|is ashamed of|"
    r"are ashamed of|wishes|wish) (?:you|u)",
    r"(?:hope|hoping|wish) (?:something|bad things|karma|it|the worst) (?:bad |terrible |awful )?"
    r"(?:happens|happen|comes|hits|come) (?:to )?(?:you|u|ya)",
    # Vocative insults: "you p o s", "you stupid bitch", "you absolute clown".
    rf"(?:^|shut up |fuck off |stfu |ugh |lol |omg )(?:{YOU}) {_DEGREE}{INSULT}(?= ?$| lol| lmao)",
    # Threats to the person addressed.
    rf"(?:i'?m|im|i am|i will|i'?ll|ill|imma|ima|gonna|going to|i'?m gonna|i'?m going to|"
    rf"i want to|i wanna|we will|we'?ll|we'?re gonna) (?:\w+ ){{0,2}}(?:find|hurt|beat|kill|"
    rf"stab|punch|shoot|smash|end|destroy|strangle|choke|slap|batter|hunt|come for|come after|"
    rf"track) (?:{YOU}|your (?:family|kids|face)|ya)(?! (?:a|an|at|in|to|some|too|back|"
    r"with|on|for|guys a|all a|the|one|someone|something|more|out|here|there|when|if)"
    r"(?![\w']))"
    r"(?: up)?",
    rf"(?:i'?ll|ill|i will|gonna|going to|we'?ll) make {YOU} (?:regret|pay|suffer|cry|sorry)",
    r"(?:ruin|destroy) (?:your|ur) (?:life|family|recovery)",
    rf"(?:happier|better|nicer|easier) (?:off )?if {YOU} (?:just )?(?:died|were dead|was dead|"
    rf"disappeared|left|killed {YOURSELF}|didn'?t exist|weren'?t here|wasn'?t here|were gone|"
    r"was gone|never came back)",
    rf"{YOU}(?:'?re| are| r)? (?:gonna|going to|will|'ll) (?:relapse|fail|die alone|end up dead|"
    r"drink again|use again|never get sober|never stay sober|lose everything)",
    rf"{YOU} (?:should|need to|can|could|might as well) (?:\w+ ){{0,3}}(?:until|till|til) "
    rf"{YOU} (?:die|drop|od)",
    r"(?:nobody|no one|noone) cares(?= ?$| stop| shut| go| get| lol| loser)",
    r"stop posting(?= ?$| loser| idiot| nobody| no one| lol)",
    r"(?:know|found|find out|found out) where (?:you|u|ya|yall) (?:live|work|sleep)",
    # Telling someone to end it or die in other words.
    rf"{YOU} (?:should|shld|shud|need to|oughta|ought to|could|might as well|may as well|"
    rf"better|gotta) (?:just |all |really |go |honestly |seriously )*(?:end it|end it all|"
    rf"die|disappear|off {YOURSELF}|kill {YOURSELF}|hang {YOURSELF}|jump|od|overdose|drink "
    rf"{YOURSELF} to death|not exist|give up and die|leave this world|do us a favou?r)"
    r"(?= ?$| already| now| lol| tbh| honestly| seriously| then| too| and| nobody| no one| "
    r"everyone)",
    r"do (?:us|everyone|everybody|the world|the group|all of us) (?:all )?a favou?r and "
    r"(?:\w+ )?(?:die|disappear|leave|go away|go die|kill|end|jump|od|drop dead|shut up|"
    r"fuck off|piss off|get lost|get out|stop posting|never come back)",
    rf"drink {YOURSELF} to death",
    r"(?:nobody|no one|noone) (?:here )?(?:believes|trusts|needs|respects|likes|wants|loves) "
    rf"(?:{YOU}|your|ur)",
    rf"(?:nobody|no one|noone) would (?:even )?(?:miss|notice|care about|mourn) {YOU}",
    r"(?:no wonder|that'?s why) (?:your|ur) (?:\w+ ){0,2}(?:left|leaves|hates|hated|cheated|"
    r"beats|beat|hits|hit|drinks|drank|died|won'?t talk to|doesn'?t talk to) (?:you|u|on you)",
    r"(?:you'?re|youre|you are|ur) the reason (?:your|ur|everyone|nobody|people)",
    r"(?:cry|cope|seethe) (?:more|harder|about it)(?= ?$| lol| lmao| loser| baby)",
    r"(?:hope|hoping|wish) (?:you|u|ya|yall) (?:\w+ ){0,2}(?:relapse|od|overdose|die|suffer|"
    r"rot|get hit|drink yourself|never get sober|fail|lose (?:everything|your))",
    r"(?:attention seeking|attention) (?:whore|slut|bitch|cunt)",
    rf"imagine being (?:so |this |that |such a |as )?{INSULT}",
    rf"what an? (?:\w+ ){{0,3}}(?:{INSULT}|baby|crybaby|whiner)(?! i am| i'?m| i was| i felt| "
    r"i feel)(?= ?$| lol| lmao| you)",
    rf"{YOU} make (?:everyone|everybody|us|me|people|us all|all of us) (?:here )?(?:so )?"
    r"(?:miserable|sick|sad|uncomfortable|want to leave|want to puke|cringe)",
    r"(?:everyone|everybody|we|we'?re|people|all of us)(?: here)? (?:is|are|'re)? ?(?:sick|"
    r"tired) of (?:your|ur) (?:whining|crying|moaning|complaining|drama|bullshit|shit|sob "
    r"stor(?:y|ies)|posts|face|voice|existence|excuses|lies)",
    # What someone "deserves": "you deserve to relapse and die".
    rf"{YOU} (?:all )?(?:deserve|deserves|deserved) (?:to |it if {YOU} )?(?:[\w]+ ){{0,3}}(?:die|"
    r"suffer|relapse|rot|burn|be dead|be alone|lose (?:everything|your)|od|overdose|get cancer|"
    r"be miserable|be beaten|be hit|get hurt|end up dead)",
    # Wishing a thing would kill or ruin the person: "i hope your drinking kills you".
    r"(?:hope|hoping|wish|pray|praying) (?:that )?(?:your|ur|the|this|it|that|something|"
    r"someone|somebody|a \w+) (?:[\w]+ ){0,3}(?:kills|kill|ends|finishes|destroys|takes) (?:you|u|"
    r"ya|yall|y'all)(?= ?$| slowly| off| lol| lmao| already| one day| soon| and| first)",
    # An imperative to harm oneself, with a verb of harm and "yourself".
    rf"(?:^|go |just |pls |please |now |then |lol |lmao |idiot |loser )(?:gas|hang|"
    rf"shoot|drown|stab|cut|burn|poison|starve|choke|strangle|kill|off|end|unalive|neck|rope|"
    rf"overdose|od|slit|hurt|harm|suffocate|electrocute|set fire to) {YOURSELF}(?= ?$| already| "
    r"now| lol| lmao| pls| please| you| loser| idiot| and| deeper| tonight| then| nobody| no "
    r"one| next time| already| for real)",
    r"(?:^|just |go |pls |please |then |so |now )(?:end|take) (?:your|ur) (?:own |fucking |"
    r"pathetic |miserable |sad )?(?:life|lives)(?= ?$| already| now| lol| lmao| then| pls| "
    r"please| loser| nobody| and| you)",
    r"(?:nobody|no one|noone|not one person)(?: here| in (?:this|the|our) \w+| at all)? "
    r"(?:gives|give|would give) (?:a (?:single )?(?:shit|fuck|damn|toss|crap|rat'?s ass)|"
    r"(?:a )?(?:fuck|damn)) (?:about|for) (?:you|u|ya|yall|y'all|your|ur)(?![\w'])",
    r"(?:nobody|no one|noone|not one person)(?: here| in (?:this|the|our) \w+) (?:cares|care) "
    r"(?:about|for) (?:you|u|ya|yall|y'all)(?![\w'])",
    # Telling a crowd or a person to die: "die, all of you", "drop dead losers".
    r"(?:^|just |go |pls |please |now |then )(?:die|drop dead|rot in hell|burn in hell|rot|burn)"
    r"(?: already| now)? (?:all of you|you all|yall|y'all|every one of you|everyone|everybody|"
    r"losers?|idiots?|bitch(?:es)?|junkies|addicts|freaks?|scum)(?= ?$| already| now| lol)",
    r"crawl back (?:under|into|to|in) (?:your|ur|the|a) (?:rock|hole|cave|gutter|sewer|bottle|"
    r"grave|pit)",
    r"go back (?:under|into|to) (?:your|ur) (?:rock|hole|cave|gutter|sewer|bottle|grave|pit)",
    r"(?:your|ur) (?:\w+ ){0,2}(?:kids?|children|son|daughter|family|wife|husband|partner|mum|mom|"
    r"dad|parents|baby) (?:is|are|were|was|'re|'s|would be|'d be|will be) (?:so much |much |way "
    r"|a lot )?(?:better off|happier|safer) (?:away from|without|far from) (?:you|u)",
    r"(?:hope|hoping|wish|pray) (?:that )?(?:your|ur) (?:\w+ ){0,2}(?:get|gets|got|are|is|be) "
    r"(?:taken (?:away|from you)|killed|hurt|cancer|run over|removed from you)",
    r"(?:hope|hoping|wish|pray) (?:that )?(?:your|ur) (?:\w+ ){0,2}(?:dies|die|leaves you|leave "
    r"you|hates you|hate you|suffers|suffer|rots|rot|ods|od|overdoses|overdose|relapses|"
    r"relapse)(?![\w'])",
    rf"{YOU} (?:all )?deserve(?:s|d)? (?:every|all the|all of the|everything|whatever) "
    r"(?:[\w]+ ){0,1}(?:bad|terrible|horrible|awful|painful|shitty|pain|misery|suffering|hell)",
    # Calling someone a name at the end of a clause: "stop talking you braindead moron".
    rf"(?<!thank )(?<!love )(?<!called )(?<!call )(?<!calls )(?<!calling )(?<!told )(?<!named )"
    rf"{YOU} {_DEGREE}(?:[a-z]+ )?(?:morons?|idiots?|losers?|bitch(?:es)?|cunts?|whores?|sluts?|"
    r"retards?|scum|scumbags?|parasites?|junkies|junkie|pigs?|bastards?|degenerates?|maggots?|"
    r"dickheads?|assholes?|arseholes?|twats?|pricks?|wankers?|cretins?|imbeciles?|freaks?|"
    r"clowns?|creeps?|fools?|dumbass(?:es)?|piece of (?:shit|crap|garbage|trash)|fucks?|"
    r"fuckers?|motherfuckers?|shitbags?|sacks? of shit)"
    r"(?= ?$| lol| lmao| haha)",
    r"if i (?:were|was) (?:your|ur) (?:\w+ )?(?:husband|wife|partner|kid|kids|son|daughter|mum|mom|"
    r"dad|family|boyfriend|girlfriend|sponsor|parents) i'?d (?:leave|drink|kill myself|hate you|"
    r"run|divorce you|disown you|cheat|be ashamed|want to die)",
    r"(?:i'?m|im|i am|i'?ll|ill|i will|gonna|going to|we'?re|we'?ll|we will) (?:\w+ ){0,2}"
    r"(?:come|coming|show up|showing up|turn up|be waiting|wait|waiting) (?:to|at|outside|round|"
    r"by) (?:your|ur) (?:house|home|place|door|work|job|flat|apartment|kids'? school|car)"
    r"(?= ?$| tonight| and| to find| tomorrow| soon| you'?ll| you will)",
    r"go (?:play|walk|run|jump|lie down|sleep|dance) (?:in|into|on|onto) (?:the )?(?:traffic|road|"
    r"highway|motorway|freeway|tracks|railway|train tracks)",
    r"(?:your|ur) (?:\w+ ){0,2}(?:kids?|children|son|daughter|family|wife|husband|partner|mum|mom|"
    r"dad|parents) (?:must be|are|is|were|was|'re|'s|would be|'d be|must feel|feel) (?:so |really "
    r"|very |totally )?(?:embarrassed|ashamed|disgusted|sick) (?:of|by) (?:you|u)",
    r"(?:^|just |go |pls |please |then )(?:od|overdose|relapse|die|drop dead|end it)(?: already| "
    r"now| then| lol| pls| loser| idiot| junkie| alone)(?= ?$)",
    rf"{_YOU_ARE} (?:such )?(?:a |an )?(?:total |complete |absolute |fucking |fkn )?waste"
    r"(?= ?$| lol| of time| honestly| man| bro)",
    NOT_OWN + r"(?:^|go |just |pls |please |now |then )(?:jump off (?:a|the) (?:bridge|cliff|"
    r"building|roof|"
    r"balcony)|jump in front of (?:a|the) (?:train|bus|car|truck|lorry))",
    r"(?:i'?ll|ill|i will|gonna|going to|i'?m going to|im gonna|i'?m gonna|imma) (?:\w+ )?"
    r"(?:smash|punch|kick|break|bash|cave|rip|beat|slit|cut|stab|knock|slap|burn) (?:your|ur) "
    r"(?:face|head|teeth|skull|throat|legs|neck|jaw|nose|house|car)(?![\w'])",
    rf"{YOU} (?:should|shoulda|should'?ve|should have|ought to have) (?:just )?(?:died|overdosed|"
    rf"od'?d|killed {YOURSELF}|drowned|been aborted|never been born|stayed dead|hanged "
    rf"{YOURSELF}|hung {YOURSELF})",
    r"(?:^|just |go |pls |please )get a rope(?= ?$| lol| lmao| loser| already| idiot)",
    # The room called names as one: "this whole meeting is a bunch of snivelling maggots".
    r"(?:this|the|our) (?:whole |entire )?(?:group|meeting|room|chat|forum)(?: is| are|'s| r)"
    rf"(?: full of| just| nothing but| literally)? {_DEGREE}(?:[a-z']+ ){{0,2}}{_STRONG_INSULT}",
    # "you addicts are scum", "all you people are trash".
    rf"(?:all )?{YOU} (?:[a-z]+s )(?:are|r|'re) {_DEGREE}{INSULT}",
    # An insult with a word of its own before it: "a bunch of whining losers", "an alcoholic
    # piece of trash"; only nouns with no kind reading.
    rf"{_YOU_ARE} {_DEGREE}(?:[a-z']+ ){{1,2}}{_STRONG_INSULT}",
    # Superlatives: "you're literally the dumbest person here".
    rf"{_YOU_ARE} (?:literally |honestly |by far |easily |truly |officially )?the (?:dumbest|"
    r"stupidest|ugliest|worst|fattest|lamest|weakest|saddest|most (?:pathetic|annoying|useless|"
    r"disgusting|stupid|boring|selfish|worthless|toxic|hateful|tedious|insufferable|irritating|"
    r"obnoxious|draining|exhausting|unbearable|self centred|self centered)|biggest (?:loser|idiot|"
    r"joke|"
    r"waste|failure|hypocrite)) (?:\w+ )?(?:person|human|member|people|woman|man|mother|"
    r"father|mom|mum|dad|wife|husband|parent|thing|one|here|alive|ever|in|i|on)",
    rf"{YOU} (?:all |guys |people )?(?:should|need to|ought to|deserve to|must|gotta|oughta) "
    r"(?:all |just )?be (?:shot|killed|hanged|hung|beaten|put down|gassed|burned|stabbed|dead|"
    r"strangled|drowned|euthani[sz]ed|put to sleep|lynched|executed|wiped out)(?! (?:as|for|on|in"
    r"|by the|to bed)(?![\w']))",
    r"(?:your|ur) (?:husband|wife|partner|boyfriend|girlfriend|family|kids|parents|mum|mom|dad) "
    rf"(?:should|shoulda|should'?ve|were right to|was right to) (?:have )?(?:left|leave|dump|"
    rf"dumped|divorce|divorced|disown|disowned|abandon|abandoned) {YOU}",
    rf"{_YOU_ARE} (?:a |an |such a |an absolute |a total |a complete )?(?:nightmare|menace|"
    r"pest|plague|cancer|abomination|disease|leech)(?= ?$| to| and| lol| here| honestly| nobody)",
    r"(?:go|just|pls|please) (?:relapse|drink yourself|go back to (?:the bottle|drinking|"
    r"using))(?= ?$| already| then| lol| loser| junkie)",
    # Those close to the person better off without "someone like you".
    r"(?:better off|happier|safer) (?:away from|without|far from) (?:a |an )?(?:\w+ )?(?:like "
    rf"(?:you|u)|like {YOURSELF})",
    # Whatever happened to the person was deserved: "you deserve everything that happened to
    # you", "you deserved to be left".
    rf"{YOU} (?:all )?(?:deserve|deserves|deserved) (?:everything|all|whatever|anything) (?:that "
    r"|which )?(?:happened|happens|has happened|comes|came|is coming|you got|u got)",
    rf"{YOU} (?:all )?(?:deserve|deserves|deserved) to (?:be |get )(?:left|dumped|abandoned|"
    r"cheated on|hit|beaten|hurt|alone|lonely|forgotten|ignored|hated|miserable|thrown out|"
    r"kicked out)(?= ?$| lol| lmao| honestly| tbh| and| by| you| loser)",
    # Asking whether the person is slow or defective: "are you retarded", "r u stupid".
    r"(?:are|r) (?:you|u|ya) (?:just |actually |really |fucking |fkn |seriously |literally )*"
    r"(?:a |an )?(?:retarded|retard|stupid|dumb|thick|brain ?dead|an idiot|idiot|moron|"
    r"braindead|illiterate|a moron|simple)(?= ?$| or| lol| lmao| too| like| something| what)",
    # Sick of the person: "everyone in here is sick of you, get out".
    r"(?:everyone|everybody|we|we'?re|all of us|the whole (?:group|room|chat)|people)(?: (?:here|"
    r"in here|in this (?:group|room|chat)))? (?:is |are |'re |re |'s )?(?:all )?(?:so |really )?"
    r"(?:sick|tired|done) (?:of|with) (?:you|u|ya)(?= ?$| get| leave| go| shut| stop| lol| "
    r"already| honestly| tbh| just| and| so| now)",
    # Lonely because of who they are: "no wonder you're alone", "no wonder u r single".
    rf"no wonder {_YOU_ARE} (?:all |so |still |always )?(?:alone|single|lonely|divorced|unloved|"
    r"hated|friendless|unwanted|miserable|a drunk|an addict|a junkie|a mess|a failure)",
    # Garbage "like you": "your opinion is garbage just like you", "trash like you".
    rf"{INSULT},? (?:just |exactly |same )?(?:like|as) (?:you|u|yourself|urself)(?= ?$| lol| "
    r"lmao| are| is| r| honestly)",
    rf"(?:people|women|men|junkies|addicts|drunks|someone|anyone|girls|guys) like (?:you|u) "
    rf"(?:are|is|r|'re) {_DEGREE}{INSULT}",
    # Someone's drinking or death blamed on the person: "he drank because of you", "you were
    # the reason he used". The words before come with the match, so "don't ever believe he
    # drank because of you" is read as the kindness it is.
    r"(?:[\w']+ ){0,4}(?:he|she|they|your \w+|ur \w+) (?:drank|drinks|used|uses|relapsed|died|"
    r"drank himself to death|drank herself to death|started drinking|started using|killed "
    r"(?:himself|herself)|gambled|overdosed|od'?d|oded) (?:again )?because (?:of )?(?:you|u|ya)"
    r"(?! guys| all)",
    r"(?:[\w']+ ){0,4}(?:you|u) (?:were|are|was|r) (?:the|the whole|the only|the main) reason "
    r"(?:he|she|they|your \w+) (?:used|drank|drinks|uses|relapsed|died|killed|gambled|started "
    r"(?:drinking|using)|overdosed)",
    # A death or a drinking laid on the person: "his overdose is on you", "did you drive your
    # father to drink again".
    r"(?:[\w']+ ){0,4}(?:his|her|their|your \w+'?s?|ur \w+'?s?) (?:overdose|od|death|suicide|"
    r"relapse|drinking|addiction|breakdown|accident|crash|gambling|using|habit) (?:is|was|'?s) "
    r"(?:all )?(?:on (?:you|u|your (?:hands|head|conscience))|(?:your|ur) fault|down to (?:you|"
    r"u))(?![\w'])",
    r"(?:[\w']+ ){0,4}(?:you|u|ya)(?: [\w']+){0,2} (?:drove|drive|driving|driven|pushed|push|"
    r"pushing) (?:him|her|them|your|ur|his|her|their) (?:\w+ )?(?:\w+ )?(?:to (?:it|drink|"
    r"drinking|the bottle|the "
    r"drink|drugs|use|using|gamble|gambling|an early grave|(?:his|her|their) grave|suicide|"
    r"relapse)|over the edge|back to (?:the bottle|drinking|using))",
    # "Her blood's on your hands".
    r"(?:[\w']+ ){0,4}(?:blood|death)(?:'?s| is| was) on (?:your|ur) hands",
    # A parent's drinking turned on the person: "your mum was a drunk and so are you".
    r"(?:your|ur) (?:mum|mom|mam|mother|dad|da|father|brother|sister|husband|wife|parents|"
    r"family|old man|old lady)(?:'?s| was| is| were| are) (?:a |an |such a |such )?(?:drunk|"
    r"drunks|junkie|junkies|addict|addicts|alcoholic|alcoholics|loser|losers|failure|mess|"
    r"waste|disgrace|whore|slag|liar|liars) and so (?:are|r|were|is) (?:you|u|ya)",
    r"(?:you|u)(?:'?re| are| r) (?:a |an |just a |just an )?(?:drunk|junkie|addict|alcoholic|"
    r"loser|failure|mess|waste|disgrace|liar|whore) (?:just )?like (?:your|ur) (?:mum|mom|mam|"
    r"mother|dad|da|father|old man|old lady)(?= ?$| lol| lmao| was| and| haha)",
    # A member's child described where they were seen: "your little girl is cute. saw her at
    # the park on saturday in the yellow coat".
    r"(?:your|ur) (?:little |wee |lil |youngest |eldest |oldest )?(?:girl|boy|son|daughter|kids?|"
    r"children|lad|lass|baby|grandkids?|grandson|granddaughter)(?:'?s)?(?: [\w']+){0,8} (?:saw|"
    r"seen|"
    r"spotted|watched|noticed|clocked) (?:her|him|them)(?: [\w']+){0,5} (?:at|in|outside|near|by|"
    r"leaving|on) (?:the |her |his |their )?(?:park|school|playground|school gates?|gates|bus "
    r"stop|swings|nursery|pool|field|pitch|shops?|corner|bus)",
    # Wishing a fall back into drinking or an accident on the person: "hope you fall off the
    # wagon and choke".
    r"(?:hope|hoping|wish|pray) (?:you|u|ya|yall) (?:[\w']+ ){0,4}(?:fall off the wagon|choke|"
    r"drown|crash|get run over|go broke|lose custody|lose your kids|end up (?:dead|alone|"
    r"homeless|in a ditch|in jail))(?![\w'])",
    # Told to go away for good: "do us all a favor and vanish".
    r"do (?:us|everyone|everybody|the world|the group|all of us) (?:all )?a favou?r and "
    r"(?:\w+ )?(?:vanish|leave the group|log off|delete (?:your|ur) account|stop (?:talking|"
    r"breathing|existing|coming)|go away forever|go away|quit)",
)
# Harm urged in the imperative, with no "I" or "we" before it: a way to die told to someone
# ("jump off a bridge", "step in front of a train, all of you", "swallow em all 💊", "tie a
# noose and get it done"), drinking to death, violence wished on them or on the room. Said of
# oneself the same words are crisis language ("I'm gonna jump off the bridge"), which must
# alert and never be held, so urged() reads them only as told to someone: at the message's
# start, or after words that tell ("go", "pls", "you should", "do us a favour and").
_OPENER = (
    r"(?:go|just|pls|plz|please|now|then|so|lol|lmao|ok|okay|honestly|seriously|srsly|maybe|and|"
    r"why not)"
)
# Words that tell someone to do it, anywhere in the message.
_TELL = (
    r"(?:go|pls|plz|please|why don'?t (?:you|u|ya)|(?:you|u|ya|yall|y'all|you all|you lot|all "
    r"of you|the lot of you|you guys)(?: all| lot)? (?:should|shud|shld|shd|need to|ought to|"
    r"oughta|might as well|may as well|better|gotta|must)|do (?:us|everyone|the world|the group|"
    r"all of us) (?:all )?a favou?r and)"
)
_TOLD = rf"(?:^(?:(?:{_OPENER}|{_TELL}) )*|(?<![\w']){_TELL} (?:(?:go|just|and|all) )*)"
# Only after a word that tells, for phrases that alone at a message's start are as often one's
# own ("sewerslide thoughts again").
_TOLD_BY_WORD = rf"(?<![\w'])(?<!if ){_TELL} (?:(?:go|just|and|all) )*"
_LEAP = (
    r"(?:jump|jmp|step|walk|run|do a (?:back ?)?flip|throw (?:your ?self|ur ?self|your ?selves|"
    r"ur ?selves)|lie down|lay down|dive|drive|wander)"
)
_DET = (
    r"(?:(?:a|the|your|ur|ya|some|any|that|this|the nearest|a big|a tall|a high|the next|a "
    r"moving|an oncoming|oncoming|the local|a fast) )?(?:[\w']+ )?"
)
# Where one falls from, what runs one down, and water, each with the words that go with it:
# "step off the bus" and "jump in the lake" are everyday.
_DROP = (
    rf"(?:(?:off|of|from|out of) {_DET}(?:bridge|brdg|brige|cliff|building|roof|rooftop|balcony|"
    r"window|car park|multistorey|multi storey|tower|quarry|overpass|flyover|pier|ledge)|"
    rf"(?:in front of|under|into) {_DET}(?:train|trains|bus|traffic|lorry|truck|motorway|"
    rf"highway|freeway|tracks|railway)|(?:into|in2) {_DET}(?:sea|ocean|river|lake|canal))"
    r"(?![\w'])"
)
_SWALLOW = r"(?:take|tak|swallow|down|neck|chug|pop|eat|snort|shoot up|inject)"
# Only quantities that mean all at once: "take all your meds" is also what a nurse says.
_AT_ONCE = (
    r"(?:the whole|a whole|the rest of|the lot of|a handful of|a fistful of|em all|them all|all "
    r"of|every single|every last|the entire|enough|as many as (?:you|u) can)"
)
_DOSE = (
    r"(?:pills|pillz|pilz|pils|tablets|tabs|meds|medication|medicine|painkillers|sleeping "
    r"(?:pills|tablets)|paracetamol|tylenol|xanax|benzos|oxy|opioids|insulin|bottle|packet|"
    r"box|bleach|antifreeze|heroin|fentanyl)"
)
URGED = re.compile(
    "|".join(
        [
            _TOLD + _LEAP + r" " + _DROP,
            _TOLD + _SWALLOW + r" " + _AT_ONCE + r" (?:of )?(?:the |ur |your |ya |those |these |"
            r"them |that |em |yer )?(?:bottle of |box of |packet of |pack of |jar of |tub of )?"
            r"(?:[\w']+ )?" + _DOSE + r"(?![\w'])(?! (?:back|to|in|into|out|off|with|from|home|"
            r"down|round|over)(?![\w']))",
            _TOLD + _SWALLOW + r" (?:em |them |those |these |ur |your |the )?" + _DOSE + r" all "
            r"(?:at once|in one go|together)",
            _TOLD + r"(?:tie|get|grab|buy|make|fetch|find|use|knot) (?:a |the |ur |your |yourself "
            r"a |urself a |some |a nice |a strong )?nooses?(?![\w'])",
            _TOLD + r"rope (?:together|yourself|urself|yourselves)(?![\w'])",
            _TOLD + r"(?:fill|load) (?:your|ur|ya) pockets with (?:stones|rocks|bricks)",
            _TOLD + r"(?:drink|drnk|swallow|neck|down|have|try) (?:a (?:cup|glass|bottle|mug|can|"
            r"pint|drop|sip) of |some |the |a bit of |that |your |ur )?(?:weedkiller|weed killer|"
            r"bleach|antifreeze|paraquat|rat poison|drain cleaner|roundup|pesticide|sheep dip|"
            r"battery acid)",
            _TOLD + r"(?:drink|drnk|gamble|use|smoke|snort|keep drinking|keep using|keep "
            r"gambling)(?: [\w']+){0,3} (?:until|till|til|to|2) (?:your |ur |you |u |ya )?(?:heart "
            r"stops|liver (?:gives out|fails|packs in|explodes)|die|drop dead|death|dth|od)"
            r"(?![\w'])",
            # The internet's words for it: "go commit sudoku", "take a toaster bath".
            r"(?<![\w'])commit (?:sudoku|seppuku|toaster bath)(?![\w'])",
            r"(?<![\w'])(?:take|have|enjoy|try) a (?:toaster|hairdryer|hair dryer) bath(?![\w'])",
            # "go sewer slide", "sewerslide time for the gambler", "an hero it Danny".
            _TOLD_BY_WORD + r"(?:commit |do |try |go )?(?:a |the )?(?:sewer ?slide|an ?hero)"
            r"(?![\w'])",
            r"(?<![\w'])(?:sewer ?slide|an ?hero) (?:time|o'?clock|is (?:always )?(?:an|the|ur|"
            r"your) (?:option|answer|way out))(?![\w'])",
            # Sleep for good: "go to sleep and stay there", "have a permanent nap".
            _TOLD_BY_WORD + r"(?:go )?(?:to )?sleep (?:forever|for good|permanently|and stay "
            r"(?:there|asleep|down))(?![\w'])",
            _TOLD + r"(?:have|take|enjoy|go for) (?:a |an |ur |your )?(?:permanent|eternal|"
            r"forever|everlasting|dirt) (?:nap|sleep|snooze)(?![\w'])",
            r"(?<![\w'])(?:permanent|eternal|forever|everlasting|dirt) (?:nap|sleep|snooze) "
            r"(?:time|for (?:you|u|ya))(?![\w'])",
            # Lying on the tracks, the motorway; the car running in a shut garage; rocks in the
            # pockets; something electric in the bath.
            _TOLD + r"(?:(?:go for|have|take) (?:a )?)?(?:lie|lay|nap|sleep|play|dance|sit|stand|"
            r"picnic)(?: down)? (?:on|across|in the middle of) (?:the |a |some )?(?:train |railway "
            r"|tram )?(?:tracks|track|railway|railway line|rail line|motorway|highway|freeway|dual "
            r"carriageway|interstate|m\d+)(?![\w'])",
            _TOLD + r"(?:(?:go for|have|take) (?:a )?)?(?:walk|stroll|jog|run)(?: down)? (?:on|in "
            r"the middle of) (?:the |a )?(?:motorway|highway|freeway|dual carriageway|interstate|"
            r"m\d+)(?![\w'])",
            _TOLD + r"(?:take|have|go for) a (?:nap|snooze|kip|sleep)(?: [\w']+){0,2} in (?:the|ur|"
            r"your|a) (?:closed |shut |locked )?garage (?:with|and) (?:the |ur |your )?(?:car|"
            r"engine) (?:running|on)(?![\w'])",
            _TOLD_BY_WORD + r"run (?:the|ur|your|a) (?:car|engine) in (?:the|ur|your|a) (?:closed "
            r"|shut )?garage(?![\w'])",
            r"(?<![\w'])(?:swim|walk|paddle|dip|jump|wade)(?: [\w']+){0,5} with (?:rocks|stones|"
            r"bricks|weights) in (?:your|ur|ya) pockets(?![\w'])",
            _TOLD + r"(?:drop|throw|chuck|put|take|bring|plug) (?:a |the |ur |your )?(?:toaster|"
            r"hair ?dryer|radio|heater)(?: [\w']+){0,2} (?:in|into) (?:the|ur|your|a) (?:bath|"
            r"bathtub|tub)(?![\w'])",
            r"(?<![\w'])(?:bath|bathtub|tub) and (?:the|a) (?:toaster|hair ?dryer) (?:are|r|is) "
            r"calling(?![\w'])",
            # Cutting: "cut deeper lol", "go self harm in the corner", "grab the razor, go on".
            _TOLD_BY_WORD + r"(?:cut|slice|slit|carve)(?: it)? (?:deeper|vertical(?:ly)?)(?![\w'])",
            _TOLD + r"(?:cut|slice|slit|carve) (?:your|ur|ya) (?:wrists?|throat|veins?)(?![\w'])",
            r"^(?:cut|slice|carve)(?: it)? (?:deeper|vertical(?:ly)?) (?:lol|lmao|haha|loser|idiot|"
            r"coward|pussy|next time lol)(?![\w'])",
            _TOLD_BY_WORD + r"self ?harm(?![\w'])",
            _TOLD + r"(?:grab|get|pick up|use|fetch) (?:the|a|ur|your) (?:razor|blade|knife)(?: "
            r"[\w']+){0,4} (?:you know you want|do it|deeper)(?![\w'])",
            _TOLD + r"swing from (?:a|the|ur|your) (?:tree|rafters?|beam|ceiling|light fitting|"
            r"banister)(?![\w'])",
            # A gun's barrel: "eat lead lol".
            # A gas oven: "stick ur head in the oven".
            _TOLD + r"(?:stick|put|shove) (?:ur|your|ya|yer) (?:head|heid) in (?:the|a|an|ur|"
            r"your) (?:gas )?oven(?![\w'])",
            _TOLD + r"(?:eat|suck(?: on)?|swallow|taste) (?:a |some |the |ur |your )?(?:lead|"
            r"bullet|bullets|barrel|shotgun|gun|pistol|tailpipe|exhaust|glock)(?![\w'])",
        ]
    )
)
# Violence wished on the person or the room, or promised: "hope you get beaten half to death",
# "someone should shoot the lot of you", "I'd happily kick your head in", "you should have been
# strangled at birth", "catch u outside w a bat".
_ADDRESSED = (
    r"(?:you|u|ya|yall|y'all|you all|you lot|the lot of (?:you|ya)|all of (?:you|ya)|every one of "
    r"(?:you|ya)|you guys|you people|this (?:whole |entire )?(?:group|meeting|room|chat))"
)
_CLOSE = (
    r"(?:(?:your|ur) (?:kids?|son|daughter|wife|husband|partner|family|mum|mom|dad|children|baby|"
    r"sister|brother|ex|dog|cat|sponsor|boyfriend|girlfriend))"
)
_HURT = (
    r"(?:(?:just|all|fucking|fkn|really|publicly|slowly|properly) )?(?:beaten|battered|stabbed|"
    r"shot(?! of)|killed|run over|hit by (?:a )?(?:bus|car|train|truck|lorry)|raped|mugged|"
    r"attacked|murdered|strangled|hanged|lynched|burned alive|tortured|glassed|knifed|drowned|"
    r"smothered|gassed|aborted|put down(?! (?:as|for|on)(?![\w']))|bashed|curb ?stomped|"
    r"(?:your|ur) (?:head|face|teeth) kicked in)(?![\w'])"
)
VIOLENCE = compile_any(
    rf"(?:hope|hoping|wish|pray|praying) (?:that )?(?:{_ADDRESSED}|{_CLOSE}) (?:(?:all|both|"
    rf"really|finally) )?(?:get|gets|getting|are|is|be|got|were) {_HURT}",
    rf"(?:someone|somebody|people) (?:should|shud|needs? to|ought to|oughta|gotta|will|'ll|is "
    rf"gonna|is going to|are gonna) (?:just |really |honestly )?(?:shoot|stab|kill|hang|beat|"
    rf"strangle|burn|drown|gas|poison|put down|bomb|run over|knife|glass|batter|lynch|torch) "
    rf"{_ADDRESSED}(?![\w'])(?! (?:a|an|the|some|me|us|over|through|down|up|out|off|back|"
    r"with|into)(?![\w']))",
    rf"{_ADDRESSED} (?:should|shoulda|should'?ve|should have|should of|ought to have|deserved? "
    rf"to) (?:have |of )?(?:been|be|get|got) {_HURT}",
    rf"{_ADDRESSED} (?:should|need to|ought to|deserve to|oughta) (?:all |just )?be (?:[\w']+ )"
    r"{0,6}(?:left to|and left to) (?:starve|rot|die|burn|drown|bleed out)",
    r"(?:i'?d|id|i would|i will|i'?ll|ill|imma|ima|gonna|going to|i'?m gonna|im gonna|we'?d|"
    r"we'?ll) (?:\w+ ){0,2}(?:kick|punch|smash|bash|cave|knock|beat|stamp|stomp) (?:your|ur|ya|"
    r"yer|yo) (?:\w+ )?(?:head|face|teeth|skull|brains?) (?:in|out)",
    r"(?:catch|meet|wait for|find|visit) (?:you|u|ya|yall) (?:[\w']+ ){0,3}(?:with|w|wiv) (?:a |"
    r"my |the |me )?(?:bat|baseball bat|knife|blade|gun|hammer|machete|crowbar|axe|brick)",
    r"(?:bring|bringing|carry|carrying) (?:a |my |me )?(?:knife|gun|blade|machete|bat|weapon|"
    r"hammer|axe) (?:to|into) (?:this|the|our|next|tomorrow'?s?|tonight'?s?|your|ur) (?:\w+ )?"
    r"(?:meeting|group|session|room|call|house|home|work)",
)
# Death wished on the person, or told as what they deserve, and life switched off like a
# program (a plain "hope you die / rot / bleed out" is in patterns.HARASSMENT, "hope you get
# stabbed" in VIOLENCE): "may your kidneys fail slowly", "your days are numbered", "the
# only recovery you need is six feet under", "uninstall yourself", "whos gonna kill
# themselves first". Each is said to someone by its own words ("you", "your", "yourself").
_KEYS = r"(?:alt ?f[4a]|ctrl[t ]?alt[t ]?del(?:ete)?)"
DEATH_TOLD = compile_any(
    r"(?:hope|hoping|wish) (?:it'?s|its|it is|yours is|(?:your|ur) death is) (?:a )?(?:long|slow|"
    r"painful|agonising|agonizing|horrible|lonely)(?:(?: and|,)? (?:painful|slow|long|lonely))? "
    r"(?:one|death)",
    r"may (?:you|u|ya) (?:die|rot|burn|suffer|choke|bleed out|drop dead|never wake)",
    r"may (?:your|ur) (?:[\w']+ )?(?:kidneys|liver|heart|lungs|organs|brain) (?:(?!never|not|"
    r"soon)[\w']+ )?(?:fail|rot|give out|explode|pack in|shut down)",
    r"(?:your|ur|yer) days (?:are|r|is) numbered",
    r"(?:hope|hoping|wish) (?:this|your|ur) (?:new year|christmas|xmas|birthday|year|summer|week) "
    r"(?:is|will be|'?s) (?:your|ur) last(?! (?:week|day|one|round|shift|session|treatment|dose|"
    r"exam|night|time|of|at|in|with|before|on|for|until|till)(?![\w']))",
    r"should (?:just |all )?be (?:left|allowed) to (?:drink|drug|gamble|use|smoke) (?:themselves|"
    r"themself|yourself|yourselves|himself|herself|urself) (?:to death|into (?:the|an early) "
    r"grave|dead)",
    r"closer to (?:drinking|killing|drugging|gambling) (?:yourself|urself) (?:dead|to death)",
    r"(?:wait (?:till|until|til)|when|next time|once) (?:i|we) catch (?:you|u|ya) "
    r"(?:outside|alone|on (?:your|ur) own|by (?:yourself|urself)|irl)",
    r"(?:i'?m|im|i am|we'?re|we are) coming for (?:you|u|ya|yall)(?: (?!(?:tomorrow|today|"
    r"tonight|later|soon|next|first|then|now|after|early|all|guys|both|two|too|again)$)[a-z]+)?$",
    r"see (?:you|u|ya) in the (?:obituaries|obits|obituary|morgue)",
    r"(?:you|u|ya|yall|you lot|you all)(?:'?ll| will|'?d| would)?(?: (?:all|really|honestly|just|"
    r"truly|both))? (?:belongs?|deserves?(?: to be)?|should be|need to be|(?:be )?better off) "
    r"(?:[\w']+ ){0,2}(?:(?:six|6) (?:feet|foot|ft) under|in (?:a|the) (?:grave|ground(?! floor)|"
    r"coffin|morgue))",
    r"(?:you|u|ya) (?:deserve|deserves) (?:a|an early|your) (?:grave|coffin|early death|bullet|"
    r"noose|rope)",
    r"only (?:[\w']+ ){1,2}(?:you|u|ya) (?:need|deserve|will get|'?ll get|are getting) is "
    r"(?:(?:six|6) (?:feet|foot|ft) under|a grave|a coffin|a box|a bullet|a rope|a noose)"
    r"(?= ?$| (?:lol|lmao|mate|tbh|honestly|pal|hun|x)(?![\w']))",
    # ("alt+f4" and "ctrl+alt+del" as the words reading leaves them: "alt fa", "ctrltalttdel").
    rf"(?:delete|uninstall|unsubscribe|erase|{_KEYS}) {YOURSELF}(?! (?:from|off) (?!(?:life|"
    r"existence|the planet|earth|this (?:world|earth|planet))(?![\w'])))",
    rf"(?:{_KEYS}|uninstall|unsubscribe from) (?:your|ur|ya) (?:life|existence|whole existence)",
    rf"an ?hero (?:it|{YOURSELF})",
    rf"(?:press|hit|flip) the off (?:button|switch) on {YOURSELF}",
    r"(?:who'?s|whos|whose|who is|which (?:one )?of (?:you|yall|u)(?: is|'s)?) (?:gonna|going "
    r"to|next to|first to) (?:kill|top|off|neck|hang) (?:themselves|themself|himself|herself)",
    r"ky ?f ?s",
    r"kay why (?:ess|es)",
    r"(?:go |you can |u can |hope (?:you|u) )rest in (?:pieces|piss)",
    r"rest in piss",
    # Violence promised with a time or a place: "you're getting stabbed", "someone should break
    # Kai's fingers", "the whole lot of you should be lined up and shot".
    r"(?:you'?re|you are|ur|u r|youre|u'?re|yall are|you lot are) (?:getting|gonna get|going to "
    r"get|about to get|bout to get) (?:stabbed|shot(?! of)|jumped(?! (?:on|at|up|the|in))|"
    r"battered|merked|knifed|glassed|bodied|murdered|done in)",
    r"(?:i'?ll|ill|i will|i'?d|id|i would|i'?m gonna|im gonna|i'?m going to|im going to|we'?ll|"
    r"we'?re gonna|someone should|somebody should|someone needs to|somebody needs to|someone "
    r"oughta|someone'?s gonna|they'?ll|the lads will|the lads'?ll) (?:[\w']+ ){0,2}(?:break|snap|"
    r"smash|cut off|chop off) (?:your|ur|ya|yer|"
    r"both (?:your|ur)|[a-z]+'s) (?:legs|fingers|kneecaps|knees|arms|neck|jaw|nose|teeth|skull|"
    r"ribs|hands|spine)",
    r"(?:deserves?|should|needs? to|ought to) (?:to )?(?:get|have) (?:their|your|ur|his|her) "
    r"(?:kneecaps|knees|legs|fingers|arms|teeth) (?:broken|smashed|snapped|kicked in|knocked out)",
    r"(?:you|u|ya|yall|you lot|you all|all of you|lot of you)(?: [\w']+){0,2} (?:should|need to|"
    r"ought to|deserve to|wanna) (?:all )?be (?:(?:lined up|rounded up) and (?:shot|hanged|"
    r"gassed|killed|burned)|strung up|put against a wall)",
)
# Death wished in hints rather than words (docs/moderation.md, "Batches 106 to 133": the
# training set of death and harm wished in other words): the breath grudged ("oxygen thief",
# "still breathing? shame"), a god asked to take someone, a funeral or a grave looked forward
# to, a rope given, an accident or a bottle hoped to finish someone off, a family better off
# without them. Each needs the wish or the person it is aimed at: "just breathe", "God take
# care of you", "your dad's funeral was lovely", "a rope swing for the kids" and "the rest
# will do you good" stay ordinary.
DEATH_HINTED = compile_any(
    r"oxygen (?:thief|thieves|theif)",
    r"(?:stealing|breathing|wasting|using up) (?:my|our|the) (?:air|oxygen)(?! (?:con|filter|"
    r"purifier|fryer|bnb|miles|tank|mask))",
    r"(?:you|u|ya|your|ur) (?:breathing|existing) is (?:the )?(?:real |actual )?(?:crime|problem|"
    r"insult|waste)",
    r"(?:you'?re|youre|ur|you are|u r|u'?re) still (?:breathing|alive|here|with us|kicking)"
    r"(?: [\w']+){0,2} (?:shame|pity|sadly|unfortunately|disappointing|ugh|damn|worst luck|"
    r"what a (?:shame|pity|waste))",
    r"(?:shame|pity|sadly|unfortunately|disappointingly|ugh|damn|gutted) (?:that )?(?:you'?re|"
    r"youre|ur|you are|u r|u'?re) still (?:breathing|alive|here|with us|kicking)",
    r"(?:shame|pity|gutted|worried|afraid|scared) (?:that )?(?:you'?ll|youll|you will|u'?ll|ull) "
    r"survive",
    r"(?:shame|pity|gutted) (?:that )?(?:you'?ll|youll|you will|u'?ll|ull) (?:pull through|make "
    r"it)(?= ?$| (?:lol|lmao|tbh|honestly|mate|though|tho|x+)(?![\w']))",
    r"(?:may|hope|hoping|pray|praying|wish|please|pls|plz|abeg|inshallah|dear) (?:that )?"
    r"(?:god|the lord|lord|allah|jesus|the devil|satan|death|the reaper|the grim reaper)(?: "
    r"(?:please|pls|plz|will|would))? (?:takes?|calls?|collects?|claims?|carry|carries|tek) "
    r"(?:you|u|ya|yuh|ye|this one|them|him|her)(?= ?$| (?:next|now|soon|already|quickly|early|"
    r"tonight|first|before|out|go|in (?:your|ur|their|his|her) sleep|(?:home|away) (?:now|soon|"
    r"early|quickly|already|tonight)))",
    r"(?:can'?t|cant|cannot|can not) wait (?:for|to (?:see|go to|attend|read|dance at|hear)|till|"
    r"until) (?:your|ur|yer|ya) (?:funeral|wake|burial|cremation|obituary|eulogy|headstone)"
    r"(?! (?:for|of|about|plan|plans|planning|insurance))",
    r"(?:dance|dancing|piss|pissing|spit|spitting|party|partying|laugh|laughing|sing|singing) "
    r"(?:on|at) (?:your|ur|yer|ya) (?:grave|headstone|funeral|wake|cremation)",
    r"(?:save|saving|saved) the date (?:for|of) (?:your|ur|yer|ya) (?:funeral|wake|burial|"
    r"cremation)",
    r"(?:your|ur|yer|ya) (?:funeral|wake)(?:'?s| is| will be|ll be) (?:gonna|going to|will) be "
    r"(?:empty|a party|a celebration|the best day|packed with people celebrating)",
    r"(?:headstone|gravestone|grave|coffin|casket|urn|wreath|body ?bag|pine box)s? (?:[\w']+ )?"
    r"(?:picked out |reserved |ready |ordered |booked |waiting )(?:for|4) (?:you|u|ya)(?![\w'])",
    r"(?:grave|coffin|rope|bodybag)(?: (?:grave|coffin|rope))* (?:reserved|booked|ready|waiting) "
    r"for",
    r"(?:buy|get|send|sending|give|gift|lend|bring|post|order)(?:s|ing)? (?:you|u|ya|him|her|them|"
    r"[a-z]+) (?:a |an |some |the )?(?:rope|noose|one way ticket to (?:dignitas|the (?:bridge|"
    r"cliff|tracks)))(?! (?:swing|ladder|course|bridge|light|lights|toy|lead|for (?:the|his|her|"
    r"my|our|your|their) (?:tent|boat|dog|garden|kids|swing|climb|climbing|trailer|van|car)))",
    r"rope (?:for|4) (?:[a-z]+ )?(?:gift wrapped|gift|christmas|xmas|(?:his|her|your|ur) birthday)",
    r"(?:hope|hoping|wish|pray|praying|may|fingers crossed|here'?s hoping) (?:[\w']+ ){1,6}"
    r"(?:finish|finishes|finished) (?:you|u|ya|ye|yuh|him|her|them) off",
    r"(?:do|does|did|done|doing|make|makes|made) (?:a )?(?:proper|better|the|real|decent) job "
    r"(?:on|of) (?:you|u|ya|ye|yuh)(?![\w'])",
    r"(?:hope|hoping|wish|pray|praying|may|fingers crossed)(?: that)? (?:a|the|some|an|that) "
    r"(?:bus|tram|train|truck|lorry|car|taxi|cab|van|ute|matatu|drunk driver|shark|croc|"
    r"crocodile|snake|dingo|bear)s? (?:hits|gets|flattens|finds|runs over|eats|kills|mauls|mows "
    r"down|takes out|squashes|ploughs into|plows into|runs you over) (?:you|u|ya|ye|yuh)"
    r"(?! (?:home|to|there|safe|safely|back|through|in time|on time|where|at|from))",
    r"(?:your|ur|yer) (?:kids|children|son|daughter|family|wife|husband|grandson|granddaughter|"
    r"grandkids|baby|babies|mum|mom|mam|ma|parents|partner|girlfriend|boyfriend|twins|missus|"
    r"fella)(?:'?d| would| will|'?ll)? (?:be|are|r) (?:so much |much |far |way |all )?better off "
    r"(?:without (?:you|u|ya)(?! (?:drinking|gambling|using|betting|there|around when|in that "
    r"state))|with (?:you|u|ya) (?:dead|gone|in the ground)|an orphan|orphans|if (?:you|u|ya) "
    r"(?:were|was) (?:dead|gone))",
    r"(?:shame|pity|gutted|sad) (?:the|that the) (?:paramedics|ambulance|doctors|nurses|narcan|"
    r"naloxone) (?:got there|came|arrived|worked|saved (?:you|u|ya))",
    r"(?:go|just go|why don'?t you|you should|u should|you can) (?:and )?join (?:your|ur|the ones "
    r"(?:you'?re|ur|you are|they'?re)|them) ?(?:dead|late)? ?(?:husband|wife|son|daughter|mum|mom|"
    r"dad|brother|sister|baby|fella|kid|crying about|mourning|grieving)",
    r"(?:push|pushing|pushes) up (?:the )?daisies",
    r"(?:go |just |time (?:for (?:you|u|ya) )?to )(?:feed the worms|be fish food|kick the bucket|"
    r"shuffle off (?:this|the) mortal coil)",
    r"kick the bucket already",
    r"(?:your|ur|yer) (?:expiry|expiration|sell by|use by|best before) date",
    r"(?:checkout|check out) time(?: for (?:you|u|ya))?(?: ?$| [a-z]+ ?$)",
    r"(?:overstayed|outstayed) (?:your|ur|yer) welcome (?:on|in) (?:earth|this (?:world|planet|"
    r"life))",
    r"(?:happy|merry) last (?:birthday|christmas|xmas|new year)",
    r"(?:hold|put) the pillow(?! (?:for|under|behind|on|between))",
    r"(?:pillow|plastic bag) over (?:your|ur|yer|his|her|their) (?:face|head)",
    # Batches 114 to 117: someone wished gone ("if Aditi just stopped existing", "the kindest
    # thing he could do for his kids is be gone"), a roof wished down on someone, a threat
    # with the place one knows ("I know where your farm is, think about that"), a beating
    # promised in its result ("you'll wake up with no teeth"), words kept to be shown to a
    # whole village.
    r"(?:if|when|once) (?!i |we |me )(?:you|u|he|she|they|[a-z]+) (?:just|would just|could just)?"
    r" ?(?:stopped|stop|stops) (?:existing|breathing)",
    r"(?:best|kindest|nicest|only (?:good|decent|useful)) thing (?!i |we )(?:you|u|he|she|they|"
    r"[a-z]+) (?:could|can|could ever|will ever|would) do(?: for [\w' ]{1,25})? is (?:to )?(?:be "
    r"gone|disappear|not come (?:home|back)|leave (?:this|the) (?:world|earth|planet)|go|die|not "
    r"exist|stop existing|vanish)(?= ?$| (?:forever|for good|permanently|tbh|lol|honestly|"
    r"x+)(?![\w']))",
    r"(?:hope|hoping|wish|pray|praying|may) (?:that )?(?:the|a|that|your|ur) (?:roof|ceiling|"
    r"building|house|wall|tree|sky|mine|shaft|scaffolding|bridge) (?:comes?|falls?|caves?|"
    r"collapses?)(?: in| down)? on (?:you|u|ya|him|her|them)",
    r"(?:i|we) know where (?:your|ur|yer) (?:farm|house|home|flat|kids|children|work|school|mum|"
    r"mom|wife|husband|car|caravan|place|shop|office|yard|daughter|son) (?:is|are|lives|live|goes|"
    r"go|parks|works)(?= ?$| (?:think about (?:that|it)|watch (?:yourself|your back|out)|see "
    r"(?:you|ya) (?:soon|there)|remember that|just saying|sleep (?:well|tight)|wink|smile)"
    r"(?![\w']))",
    r"(?:you'?ll|you will|youll|u'?ll|ull|gonna|going to) (?:wake up|end up|be) (?:with|minus) "
    r"(?:no teeth|no kneecaps|broken (?:legs|arms|jaw|nose|fingers|ribs)|a broken (?:leg|arm|"
    r"jaw|nose))",
    r"(?:screenshot\w*|screen ?shot\w*|recorded|saved|copied|kept)(?: [\w']+){0,8} (?:the )?"
    r"(?:whole )?(?:village|town|street|estate|parish|church|school|family|valley|district|"
    r"world|internet|community|congregation|office|hospital|ward) (?:will|'?ll|is gonna|is going "
    r"to|gonna|are gonna|would) (?:see|know|hear about|read) (?:this|it|about (?:it|this|you)|"
    r"everything|what (?:you|u))",
    # Batches 118 to 121: a bomb or a bullet that missed, a gun to swallow, a drug trusted to
    # "take care of" people like them, every overdose deserved, a family visited, children
    # better off in care.
    r"(?:pity|shame|too bad|gutted|sad) (?:that )?(?:the|that) (?:[\w']+ ){0,2}(?:missed|didn'?t "
    r"get|didn'?t hit|didn'?t kill) (?:you|u|ya|him|her|them)(?![\w'])",
    r"(?:swallow|eat|suck on|suck) (?:a|his|her|your|ur|their|the) (?:pistol|gun|bullet|shotgun|"
    r"barrel|glock|rifle)",
    r"(?:suicide|sewerslide|s u i c i d e) is (?:always |also )?an option for (?:you|u|ya)",
    # Death named as the cure or the way out for someone: "suicide is the only recovery
    # you'll get", "an overdose is your best option".
    r"(?:suicide|sewerslide|death|dying|an? (?:overdose|od|rope|bullet|noose)) (?:is|'s) "
    r"(?:always |also |really )?(?:the only|your only|ur only|the best|your best|ur best|your|ur) "
    r"(?:option|answer|way out|cure|recovery|solution|fix|treatment|hope|future|exit|"
    r"escape|step)(?: (?:for (?:you|u|ya)|(?:you|u)'?ll (?:ever )?(?:get|have|find)|(?:you|u) "
    r"(?:deserve|have|got|'ve got)|left for (?:you|u|ya)|mate|pal|love|buddy|lol|lmao)|$)",
    r"(?:suicide|overdose|od|ods)(?: [\w']+){1,8} (?:so )?fingers crossed (?:for (?:you|u|ya))",
    r"(?:the )?(?:fent|fentanyl|drink|booze|bottle|gear|heroin|smack|meth|crack|pokies|"
    r"cirrhosis) (?:will|'?ll|is gonna|gonna|is going to) (?:take care of|sort(?: out)?|deal "
    r"with) (?:people like (?:you|u)|you lot|the lot of (?:you|ya)|yous|your (?:lot|sort|kind)|"
    r"the rest of (?:you|ya))",
    r"(?:you|u|ya|they|yall|you lot|these [\w']+|those [\w']+|people like (?:you|u|that|them)) "
    r"(?:all )?(?:deserve|deserves|deserved) (?:every|each) (?:od|overdose|relapse|bad batch|"
    r"beating|bit of (?:this|that|the|your|their) (?:pain|suffering|grief))",
    r"(?:your|ur|yer) (?:little |lil |baby |wee |kid |kids )?(?:sister|brother|kids|son|daughter|"
    r"mum|mom|wife|family|nan|gran|missus|children)(?: [\w']+)? (?:gets|will get|'?ll get|might "
    r"get|gonna get|could get) a (?:visit|surprise visit|knock|house call)",
    r"(?:be a|would be a|it'?d be a|itd be a) (?:real |terrible |awful |right )?shame if "
    r"(?:someone|somebody|anyone|something) (?:turned up|showed up|came (?:round|over|by)|"
    r"happened to (?:you|u|it|them|your \w+)|visited)(?= ?$| (?:there|at (?:your|ur)|on (?:your|"
    r"ur)|one (?:night|day)|uninvited|lol|wink|smile)(?![\w']))",
    # A power called on someone: "be a right shame if someone rang the polis about your shed".
    r"(?:be a|would be a|it'?d be a|itd be a) (?:real |terrible |awful |right )?shame if "
    r"(?:someone|somebody|anyone|i) (?:rang|rung|called|phoned|tipped off|told|wrote to|"
    r"reported (?:you|u) to|grassed (?:you|u) up to) (?:the )?(?:police|cops|council|social "
    r"services|social|benefits|dwp|landlord|your boss|ur boss|immigration|revenue|taxman|"
    r"papers|press)",
    r"(?:your|ur|yer|her|his|their) (?:kids|children|weans|bairns|wee ones|babies|son|daughter)"
    r"(?:'?d| would| will|'?ll)? (?:be|are|r|is) (?:so much |much |far |way |all )?better off "
    r"(?:in (?:foster )?care|adopted|with (?:a new (?:mum|mom|dad|family)|anyone else|someone "
    r"else))",
    # Batches 110 to 113: found cold, left to rot, the wrong ones died, a kicking promised,
    # sleep wished to last, one less of them no loss.
    r"(?:when|once|till|until|before|hope|hoping) (?:they|someone|somebody|your [\w']+|ur "
    r"[\w']+|the [\w']+) (?:find|finds|found) (?:you|u|ya) (?:cold|dead|blue|stiff|hanging|face "
    r"down)",
    r"(?:left|leave|let|leaving|letting) (?:them|you|u|yous|yall|the lot of (?:them|you)|the rest "
    r"of (?:them|you))(?: all)? (?:to )?rot(?![\w'])",
    r"(?:some (?:people|of (?:you|yous|yall|them))|people like (?:you|u|that|them)|the lot of "
    r"(?:you|them)|you lot|yous)(?: [\w']+){0,3} should(?:'?ve| have| of) been the ones? (?:who|"
    r"that|to) (?:died|die|overdosed|went|got killed|was killed|were killed)",
    r"(?:someone|somebody|we|i|they|the lads)(?:'?ll| will| should| needs? to| oughta| ought to| "
    r"could| wanna| want to| gonna| are gonna)(?: just| really)? give (?:you|u|ya|him|her|them|"
    r"[a-z]+) a (?:proper |good |right |real |bloody |fucking )?(?:kicking|hiding|battering|"
    r"beating|going over|slapping)",
    r"(?:one less|one fewer) (?:addict|junkie|drunk|alkie|alky|gambler|tweaker|user|crackhead|"
    r"druggie|loser|of (?:you|them|your lot|you lot))(?: [\w']+){0,3} (?:would be|'?d be|is|will "
    r"be)(?: [\w']+){0,2} (?:no (?:great |big )?loss|a win|a bonus|a good thing|a blessing|no bad "
    r"thing|a favour)",
    r"(?:i'?d|id|i would|i will|i'?ll) (?:just )?step over (?:you|u|ya|your body)",
)


# The ones whose own words deny something ("shouldn't be allowed to breathe", "sorry it
# wasn't you"): read whole, not skipped for their "not".
DEATH_HINTED_DENYING = compile_any(
    r"(?:some people|people like (?:you|u|that|him|her|them)|you|u|ya|you lot|yall|(?:he|she|they) "
    r"(?:really |just )?) (?:shouldn'?t|shouldnt|should not) (?:even )?be allowed to (?:breathe|"
    r"breath|live|exist|be alive)",
    r"(?:you|u|ya|you lot|yall|people like (?:you|u)) (?:don'?t|dont|do not) (?:even )?deserve to "
    r"(?:breathe|breath|exist|be alive)",
    r"(?:sorry|shame|pity) it (?:wasn'?t|wasnt|was not|weren'?t) (?:you|u|ya)(?= ?$| (?:lol|lmao|"
    r"tbh|honestly|mate|though|tho|instead|x+)(?![\w']))",
    r"(?:get|be) well never",
    r"or (?:just )?(?:don'?t|dont|do not) wake up(?: [\w']+){0,2} (?:whatever|either way|"
    r"either'?s fine|idc|i don'?t care|who cares|no loss|by me)",
    r"(?:hope|wish|pray|praying|may) (?:you|u|ya|he|she|they) (?:go to sleep|fall asleep|nod off|"
    r"sleep)(?: [\w']+){0,3} and (?:stay asleep|never wake up)(?= ?$| (?:tbh|lol|lmao|forever|for "
    r"good|permanently|this time|x+|mate|hun|pls|please)(?![\w']))",
    r"(?:shame|pity|too bad|gutted|sad) (?:that )?(?:the|your|ur) (?:overdose|od|attempt|pills|"
    r"rope|jump|crash) (?:didn'?t|didnt|did not|never) (?:work|take|finish (?:you|u|the job))",
    r"(?:wouldn'?t|would not|won'?t|will not) be (?:much of |any |a big |a great )?(?:a )?loss(?: "
    r"to (?:anyone|anybody|the world))? if (?:you|u|ya) (?:didn'?t|didnt|did not|don'?t|dont|"
    r"never) (?:make it|survive|wake up|come back|pull through)",
    r"(?:wouldn'?t|wouldnt|would not|won'?t|wont|will not|never) (?:even )?(?:do|give|bother "
    r"with) (?:cpr|narcan|naloxone|first aid|mouth to mouth) (?:on (?:you|u|ya)|for (?:you|u|ya)"
    r"|i'?d film|just film)",
    r"(?:may|hope|hoping|wish|pray|praying) (?:that )?(?:your|ur|yer) (?:chemo|transplant|"
    r"surgery|operation|treatment|insulin|ventilator|life support|dialysis|heart|liver|kidney|"
    r"kidneys|lungs) (?:falls through|fails|doesn'?t take|doesn'?t work|gives (?:up|out)|packs "
    r"in|stops|runs out)(?= ?$| (?:soon|already|tonight|quickly|first|mid|during|on (?:the|you)|"
    r"lol|x+|mate|hun|love)(?![\w']))",
)


# What comes before "go jump off…" when one speaks of oneself with the "I" left out ("might
# go jump off the pier tonight", "gonna go walk into the sea").
_OWN_AIM = re.compile(
    r"(?:might|gonna|going to|will|ll|ill|i|wanna|want to|about to|could|may|to|then|and|finna|"
    r"tryna|prob|probably|think|thinking|shall|should i|just)\s*$"
)
_FIRST_PERSON = re.compile(
    r"(?<![\w'])(?:i|i'm|im|i'll|i've|ive|i'd|me|my|myself|mine|we|we're|we'll|we'd|us|our|"
    r"lets|let's)(?![\w'])"
)


# A word one of URGED's phrases must hold: most messages have none, and then the long
# pattern is not tried at all.
_URGED_WORD = re.compile(
    r"(?:bridge|brdg|brige|cliff|building|roof|balcony|window|car park|storey|tower|quarry|"
    r"overpass|flyover|pier|ledge|train|bus|traffic|lorry|truck|motorway|highway|freeway|tracks|"
    r"railway|sea|ocean|river|lake|canal|pill|pilz|pils|tablet|tabs|med|paracetamol|tylenol|"
    r"xanax|benzo|oxy|opioid|insulin|bottle|packet|box|bleach|antifreeze|heroin|fentanyl|noose|"
    r"rope|pockets|heart stops|liver|die|death|dth|od|sudoku|seppuku|bath|tub|sewer|hero|sleep|"
    r"nap|snooze|garage|hose|cut|slit|slice|carve|harm|razor|blade|knife|lead|bullet|barrel|gun|"
    r"pistol|glock|exhaust|tailpipe|track|interstate|carriageway|toaster|dryer|swing|flip|m\d|"
    r"weed ?killer|paraquat|poison|drain cleaner|roundup|pesticide|sheep dip|acid|oven)"
)


def urged(reading: str) -> str:
    """Harm urged on someone (URGED, only when no "I", "me", "we" or "us" comes before it),
    violence wished or promised (VIOLENCE) or death wished (DEATH_TOLD), not negated."""
    if _URGED_WORD.search(reading) is None:
        return _wished(reading)
    for found in URGED.finditer(reading):
        told = found.group(0)
        before = reading[: found.start()]
        if _NEGATION.search(told) or _FIRST_PERSON.search(before) or _OWN_AIM.search(before):
            continue
        return told.strip()
    return _wished(reading)


def own_aimed(reading: str) -> bool:
    """Whether a way to die that URGED reads is told of oneself ("might go jump off the cliff
    later", "gonna go walk into the sea"): the speaker's own aim, with the "I" left out."""
    if _URGED_WORD.search(reading) is None or _SAID_TO.search(reading):
        return False
    return any(
        _OWN_AIM_STRICT.search(reading[: found.start()]) for found in URGED.finditer(reading)
    )


# Said to someone: "you" and its forms (patterns.YOU, patterns.YOURSELF).
_SAID_TO = compile_any(YOU, YOURSELF, r"your|ur|yer|you'?re|you'?ve|you'?ll|you'?d")
# The words that tell one's own aim at the start of a message, with the "I" left out ("might
# go …", "honestly gonna …"); narrower than _OWN_AIM, whose "and", "to" and "just" also come
# before harm urged on someone ("do everyone a favour and …").
_OWN_AIM_STRICT = re.compile(
    r"^(?:(?:honestly|tbh|ngl|lol|ok|okay|so|and|but|well|fr|think|i think|today|tonight) ){0,3}"
    r"(?:might|gonna|going to|wanna|want to|about to|prob|probably|finna|tryna|maybe|"
    r"think i'?ll|thinking of|i'?ll|ill|i will|i might|i could|i may)\s*(?:just\s*)?(?:go\s*)?$"
)


def _wished(reading: str) -> str:
    return (
        first_unnegated(VIOLENCE, reading)
        or first_unnegated(DEATH_TOLD, reading)
        or first_unnegated(DEATH_HINTED, reading)
        or _found(DEATH_HINTED_DENYING, reading)
    )


def _found(regex: re.Pattern, reading: str) -> str:
    found = regex.search(reading)
    return found.group(0) if found else ""


# Eyes on a member's home, car or school, in pictures: "👀🏠 nice front door". Read on the
# folded text (the words reading has no pictures for these).
_PLACES = "\U0001f3e0\U0001f3e1\U0001f6aa\U0001f697\U0001f3eb"
WATCHING = re.compile(
    f"\U0001f440\\s*[{_PLACES}]|[{_PLACES}]\\s*\U0001f440"
    # "watching you tonight sweetie 👀"
    "|\\bwatching (?:you|u|ya)\\b[^\\n\U0001f440]{0,40}\U0001f440"
)
# Kindness that looks like an insult: "you're not a burden", "nobody is perfect".
HARASSMENT_KIND = compile_any(
    rf"{_YOU_ARE} (?:not|never|no) ",
    rf"{YOU} (?:aren'?t|arent|are not|were never|'re not|re not)",
)
# Reported speech: a quoted phrase with a verb that reports it ("my son texted me "I want to
# die""; "she said "kys" as a joke") is someone else's words, not the speaker's now.
# Spelled as one word or spaced letter by letter ("iwanttodie", "k.i.l.l y.o.u.r.s.e.l.f"):
# read whole, against a few phrases with no innocent reading.
SQUASHED_CRISIS = re.compile(
    r"i?(?:wanttodie|wannadie|wanttokillmyself|gonnakillmyself|goingtokillmyself|killmyself|"
    r"endmylife|wanttoendit|wanttoendmylife|kms|wanttodisappear|iwanttodie)(?:tonight|now|"
    r"today|rn|please|pls)?"
)
SQUASHED_HARASSMENT = re.compile(
    r"(?:go|just|pls|please)?(?:killyourself|killyourselves|killurself|kys|hangyourself|godie|"
    r"youshoulddie|youshouldkillyourself|nobodylikesyou|everyonehatesyou|dieinafire|dropdead)"
    r"(?:loser|now|lol|already|idiot|bitch)?"
)


def squashed(regex: re.Pattern, reading: str) -> str:
    """A word of five letters or more that is one of ``regex``'s phrases run together."""
    for token in reading.split(" "):
        if len(token) >= 5 and regex.fullmatch(token):
            return token
    return ""


QUOTED = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]{1,200})[\"\u201c\u201d]")
# Single quotes, told from apostrophes: one opens at the start of a word after a space (or
# the message's start) and closes after a letter or a stop, before a space or a stop
# ("'You'll be dead in a ditch', that's what my teacher told me"; not "you're", "dogs' bowls").
SINGLE_QUOTED = re.compile(
    r"(?:^|(?<=[\s(:]))['\u2018](?=\w)([^\n]{1,200}?[\w.!?,])['\u2019](?=[\s,.!?;:)\-]|$)"
)
REPORTING = compile_any(
    r"said|says|say|saying|told|tells|texted|texts|text|wrote|writes|messaged|asked|called|"
    r"last words|words were|"
    r"yelled|shouted|"
    r"shout|scream|yell|call|went|goes|whispered|screamed|posted|commented|joked|jokes|joking|"
    # Words sent or posted, and reported to the moderators: "someone sent me \"...\"",
    # "reporting: he keeps posting \"...\"".
    r"(?:sent|sends) me|(?:keeps|kept|keep|been) (?:posting|sending|typing)|"
    r"in (?:a|my|the|their|his|her) dms?|(?:dmed|dm'd) me|reporting|reported|screenshotted|"
    r"is what|was what|the (?:book|reading|text|chapter|step|page|"
    r"quote|line|song|poem)|quote|quoting|reads|read|"
    # Whose words they were, after them: "\"you're a disgrace\" - my father".
    r"\|\s*[-\u2013\u2014~]"
)


# Someone else's words told to the group without quotation marks: "my dad would say you're
# useless", "the kids at school told my son to kys". The words after such a frame, to the end
# of its sentence, are theirs.
REPORTED_FRAME = re.compile(
    r"(?<![\w'])(?:he|she|my [\w']+(?: [\w']+)?|his [\w']+|her [\w']+|our [\w']+|the (?:kids?|"
    r"guy|girl|man|woman|boys|girls|people|teacher|boss|nurse|doctor|bully|bullies) (?:at|in|from) "
    r"[\w']+|someone(?: (?:at|in|from|on) [\w']+(?: [\w']+){0,2})?|a (?:guy|girl|man|woman|"
    r"kid|stranger|coworker|colleague)(?: "
    r"at [\w']+)?|(?:the|that|some) (?:guy|girl|man|woman|person|troll|one|member|account|user|"
    r"bloke|lad|dude|creep) (?:who|that)) (?:[\w']+ ){0,2}(?:said|says|told|tells|texted|texts|"
    r"wrote|messaged|screams|"
    r"screamed|shouts|shouted|yelled|yells|scream|shout|yell|called|calls|would say|used to say|"
    r"kept saying|keeps "
    r"saying|would scream|would shout|would yell|used to call|used to tell|joked|jokes|jokingly "
    r"said)(?![\w'])[^.!?;\n]*"
)


# The same told after the words: "go die somewhere was what my father shouted when he drank".
REPORTED_AFTER = re.compile(
    r"(?:^|(?<=[.!?;\n]))[^.!?;\n]*? (?:was|is|were|are) (?:all )?what (?:my|his|her|our|their|"
    r"the) (?:[\w']+ ){0,2}(?:said|says|shouted|screamed|yelled|told me|used to say|used to "
    r"shout|used to scream|would say|would shout|would scream|called me|kept saying|keeps "
    r"saying)(?![\w'])"
)


def unreport(folded: str) -> str:
    """``folded`` with words that someone else said, reported without quotation marks, cut
    out to the end of their sentence, or from its start when the report comes after them."""
    return REPORTED_FRAME.sub(" | ", REPORTED_AFTER.sub(" | ", folded))


_NEGATION = compile_any(
    r"not|never|don'?t|dont|won'?t|wont|wouldn'?t|didn'?t|didnt|isn'?t|wasn'?t|weren'?t|aren'?t"
)


def first_unnegated(regex: re.Pattern, reading: str) -> str:
    """The first match of ``regex`` in ``reading`` with no "not", "never" or "don't" in
    it ("I'm not gonna hurt you")."""
    for found in regex.finditer(reading):
        if _NEGATION.search(found.group(0)) is None:
            return found.group(0)
    return ""


def unquote(folded: str) -> str:
    """``folded`` with quoted words cut out when the rest of it reports them."""
    if '"' not in folded and "\u201c" not in folded and "'" not in folded:
        return folded
    rest = SINGLE_QUOTED.sub(" | ", QUOTED.sub(" | ", folded))
    if rest == folded or REPORTING.search(rest) is None:
        return folded
    return rest


# --- spam -------------------------------------------------------------------------------

# A message that is one short run of characters repeated ("aaaaaaa…", "lololol…", "buy buy
# buy…"), 36 characters or more without its spaces: a flood, not a word to anyone.
_FLOOD = re.compile(r"(.{1,4}?)\1{7,}.{0,3}", re.DOTALL)


def flood(folded: str) -> str:
    """``folded`` when it is a flood (see _FLOOD), else ""."""
    squeezed = "".join(folded.split())
    if len(squeezed) >= 36 and _FLOOD.fullmatch(squeezed):
        return squeezed[:12] + "…"
    return ""


# A keyword to text to a short number, as premium-rate services ask ("text LUCKY to 88123").
# Crisis lines are texted the same way ("text HOME to 741741", "text SHOUT to 85258"): their
# keywords and numbers are left alone.
PREMIUM_TEXT = re.compile(
    r"(?<![\w'])text (?!(?:home|shout|hello|talk|help|connect|start|stop|hi|info)\b)[a-z]{3,12} to "
    r"(?!741741|85258|50808|686868|988)\d{4,6}(?!\d)",
    re.IGNORECASE,
)

# Links whose target is hidden ("bit.ly/..."), held whatever the words around them.
SHORT_LINK = re.compile(
    r"(?<![\w.])(?:https?://)?(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|cutt\.ly|rebrand\.ly|is\.gd|"
    r"ow\.ly|shorturl\.at|tiny\.cc|rb\.gy|linktr\.ee)/\S+",
    re.IGNORECASE,
)
# Money, rates and discounts as written, before the reading drops their symbols: "$50/hr",
# "20% off", "500% gains"; spam when they come with words that sell or pay.
MONEY_RATE = re.compile(
    r"[$£€]\s?\d[\d,.]*k?\s?(?:/|per |an? |each |every )\s?(?:hr|hour|h|day|week|wk|month|mo)\b"
)
PERCENT = re.compile(
    r"\d+\s?%\s?(?:off|discount|cashback|cash back|bonus|returns?|profits?|gains?|guaranteed|"
    r"roi|apy|interest)\b"
)
PAYS = compile_any(
    r"surveys?|from home|no experience|dm me|message me|text me|whatsapp|telegram|link|click|"
    r"sign up|start today|apply now|guaranteed|crypto|signals|invest\w*|roi|promo|code|coupon|"
    r"book now|order now|buy now|shop|coaching|course|offer|deal|limited|bonus"
)
# Words that sell, beside a link.
SELLING = compile_any(
    r"prices?|prize|claim|free|order|shop|store|buy|cheap|money|deals?|win|winner|offers?|"
    r"discounts?|earn|cash|bonus|sale|\d+ ?% off|shipping|delivery|reward|gift card|profit|"
    r"income|invest\w*|crypto|bitcoin|signals|meds|pills|casino|bet|betting"
)
_DRUG = (
    r"(?:xanax|xans|oxy|oxys|oxycodone|oxycontin|percocet|percs|adderall|valium|tramadol|"
    r"viagra|cialis|benzos|fentanyl|ozempic|ambien|modafinil|diazepam|klonopin|hydrocodone|"
    r"vicodin|codeine|kratom|cbd|gummies|steroids|lorazepam|alprazolam|pills|meds)"
)
SPAM = compile_any(
    rf"{_DRUG}(?: \w+){{0,5}} (?:order now|buy now|buy online|order online|order from|our "
    r"(?:shop|store|site|website)|in stock|for sale|shipp\w*|deliver\w*|discreet|cheap|"
    r"prices|discount|text me|hmu|dm me|worldwide|no script)",
    rf"(?:order|buy|get) {_DRUG} (?:now|today|online|here|from)",
    rf"{_DRUG} (?:4|for) sale",
    rf"(?:cheap|discount|discounted|selling|sell|i sell|we sell|we have) (?:\w+ )?{_DRUG}",
    r"(?:make|making|earn|earning) (?:\w+ )?money (?:online|fast|from home|quick|easy|easily|"
    r"while you sleep)",
    r"money online",
    r"(?:our|this|the|a) miracle (?:pill|pills|cure|supplement|detox|tea|drops)",
    r"miracle (?:pill|pills|supplement|detox)",
    r"(?:claim|win|won) (?:your|a|an|the) (?:prize|reward|gift|iphone|voucher|gift card)",
    r"(?:click|tap) (?:here|the link|below|now)",
    r"(?:trading|crypto|forex|bitcoin) bot",
    r"\d+ ?x (?:returns?|profits?|your money)",
    rf"{_DRUG}(?: \w+){{0,3}} \d+ (?:percent )?off",
    r"(?:order|get) yours (?:at|from|on|now)",
    r"(?:earn|earning|make money|making money|extra income|side income|passive income|get "
    r"paid) (?:\w+ )?from (?:home|your phone|your couch|anywhere|your sofa)",
    r"no experience (?:needed|necessary|required)",
    r"(?:use|enter|apply) (?:the |my |our |promo |discount |coupon )?code [a-z]+\d+",
    r"(?:paid|answering|answer|take|taking) (?:online )?surveys? (?:for|and get|to earn|from "
    r"home)",
    r"get paid (?:to|for) (?:answering|taking|doing|watching|playing|testing)",
    r"(?:signals|pump|vip) (?:group|channel|chat)",
    r"dm (?:me )?for (?:the )?plug",
)
