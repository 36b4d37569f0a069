"""The shipped rule sets, as patterns over the ``words`` reading of a message
(kindred.normalize): lower case, symbols read as letters, single spaces,
apostrophes kept inside words ("don't", "i'm") and also accepted without ("dont", "im").

Each set lists what to find and, where a phrase has an everyday meaning, what to leave
alone. Patterns name the person at risk or the person addressed, because that is what
tells "I want to die" from "my dad died" and "kill yourself" from "I hurt myself at the
gym". Keep them plain and non-graphic; the labelled sentences in
tests/moderation/corpus/ say how well they do (docs/moderation.md).
"""

import re

_B = r"(?<![\w'])"
_E = r"(?![\w'])"


def compile_any(*alternatives: str) -> re.Pattern:
    """One pattern matching any of ``alternatives`` as whole words."""
    return re.compile(_B + "(?:" + "|".join(alternatives) + ")" + _E)


# Building blocks. An apostrophe is optional wherever people often leave it out.
# Not straight after words that make "go jump off…" the speaker's own plan ("gonna go jump
# off a bridge", "ill go jump"): that is crisis language, never to be held as harassment.
NOT_OWN = (
    r"(?<!gonna )(?<!going to )(?<!might )(?<!wanna )(?<!want to )(?<!about to )(?<! will )"
    r"(?<!'ll )(?<! ill )(?<!^ill )(?<! i )(?<!^i )(?<! to )(?<!^to )(?<! may )"
)
I_AM = r"(?:i'?m|i am|ive been|i've been|i have been|i feel|i felt|i keep|i get|i'?d be)"
NOT = r"(?:don'?t|do not|dont|never|not|no longer|won'?t|wouldn'?t|would never|isn'?t)"
YOU = r"(?:you|u|ya|yall|y'all|you all|you guys|you people|ye)"
YOURSELF = (
    r"(?:your ?self|your ?selves|ur ?self|ur ?selves|yo ?self|ya ?self|your ?selfs|yr ?self|"
    r"urslf|yrslf|yoself|ur ?selfs|yo ?selves|ya ?selves|your ?selfes|urslef|yourslef|"
    r"yoursef|yourelf)"
)
YOUR = r"(?:your|ur|yer|yuh|yur)"
# Words said back to a member as theirs, or denied, just before a hostile phrase: "you keep
# saying your son died because of you", "don't think nobody would miss you".
NOT_SAID_TO = (
    r"(?<!say )(?<!says )(?<!saying )(?<!said )(?<!think )(?<!thinking )(?<!thought )"
    r"(?<!feel )(?<!feel like )(?<!believe )(?<!that )(?<!if )(?<!lie )(?<!not true )(?<!not )"
)
ADVERBS = (
    r"(?:(?:really|just|honestly|seriously|still|kinda|kind of|sometimes|actually|literally|"
    r"truly|genuinely|so|often|always|do|only|totally|fully|almost|finally|now) )*"
)
# "I", "I really", "part of me", or nothing at the start of a sentence ("wanna die").
ME = rf"(?:^|i {ADVERBS}|i'?m {ADVERBS}|part of me |all i |i think i |i feel like i |some days i )"
WANT = (
    r"(?:want to|wanna|want ?ta|wants to|need to|wish i could|(?:'m|m| am) (?:going|gonna|"
    r"planning|ready|about|trying|tempted|thinking about how) to|(?:i'?m|i am) gonna|gonna|"
    r"plan to|planning to|decided to|have decided to|'ve decided to|ive decided to|"
    r"intend to|would rather|'d rather|feel like i want to|ready to|going to|will|'ll|"
    r"should just|might just|could just|want to just|am going to)"
)
DIE = (
    r"(?:die|be dead|stop living(?= ?$| now| tonight| already| for good| anymore| soon)|"
    r"be gone(?= ?$| forever| for good| already| now| tonight)|"
    r"not be alive|not be here anymore|not exist|stop existing|sleep forever|"
    r"fall asleep forever|"
    r"not wake up|never wake up|disappear forever|be gone forever|go to sleep forever|"
    r"cease to exist)"
)
ACT = (
    r"(?:kill myself|end (?:my life|it all|it tonight|it now|it today|things|myself|everything|"
    r"it)|take every (?:single )?(?:pill|tablet)|end (?:my|the|all (?:my|the)) (?:suffering|"
    r"pain)(?: for good| forever| permanently| tonight)?|jump(?= ?$| off| from| in front)|"
    r"take my (?:own )?life|unalive myself|off myself|hang myself|shoot myself|drown myself|"
    r"overdose|od|jump off (?:a|the|something|my)|jump in front of|throw myself (?:off|in front)|"
    r"slit my wrists|cut my wrists|take all (?:my|the|of my) (?:pills|meds|tablets)|"
    r"swallow (?:all|the|every)|stop breathing|crash my car|walk into traffic|"
    r"drive (?:off|into)(?! (?:the |a )?(?:ferry|boat|ramp|forecourt|driveway|car park|sunset)"
    r"(?![\w']))|rope|ctb|catch the bus|run into traffic|walk into the (?:sea|river|lake|"
    r"ocean|water)|step in "
    r"front of|disappear(?= ?$| and| forever| completely| for "
    r"good))"
)

# Things given away with a cover story: "gave my rings to my daughter, she's no idea why",
# "giving the dog to the neighbour, told her it's for a trip". No past or someone else's reading
# takes it, so the model's veto does not set it aside (CRISIS_CERTAIN).
GIVEN_AWAY_SECRETLY = (
    r"(?:(?:gave|giving|give|handed|handing|given)(?: away)? (?:my|the|our) (?:[\w']+ ){0,2}to "
    r"(?:[\w']+ ){1,3}(?:she|he|they)(?:'s| has| have|s)? (?:got )?(?:no idea|not a clue|no "
    r"clue) why|"
    r"(?:gave|giving|give|handing|rehoming|rehomed|leaving|left) (?:away )?(?:my |the |our )?"
    r"(?:dog|dogs|cat|cats|pets?|budgie|rabbit|puppy|kitten)(?: [\w']+){0,4},? (?:and )?"
    r"(?:told|telling) (?:her|him|them|everyone|my \w+) (?:it'?s|its|it was|it is|i'?m|im) "
    r"(?:for|just|only|going on) (?:a )?(?:trip|holiday|week away|few days|bit|while)|"
    r"gave away (?:my )?[\w' ]{1,40}?,? (?:and )?told (?:people|everyone|them|her|him|my \w+) (?:i "
    r"was|i'?m|it was|its|it'?s) (?:just )?(?:decluttering|clearing out|having a clear ?out|"
    r"downsizing|moving))"
)
# Children young enough to forget the speaker; a date set on the day someone died ("the 14th.
# thats when. same day she died"). Read across sentences.
YOUNG_ENOUGH_TO_FORGET = r"(?:young enough|little enough|small enough) to forget me"
DATE_OF_THEIR_DEATH = (
    r"that'?s (?:when|the day)(?: [\w']+){0,4} (?:same day|the day|anniversary)(?: [\w']+){0,3} "
    r"(?:she|he|they|my \w+) (?:died|passed|went)"
)
# How far a fall must be to be sure: a question no past or someone else's story takes, so the
# model's veto (engine.screen) never sets it aside (CRISIS_CERTAIN).
FALL_HEIGHT_ASKED = (
    r"how (?:high|far|tall|big) (?:does|do|would|should|must|has) (?:a |the )?(?:drop|fall|jump|"
    r"bridge|building|ledge|cliff|car park|multi ?storey)(?: [\w']+)? (?:need to|have to|got "
    r"to|to) be (?:to (?:be sure|make sure|be certain|not survive|die|kill|be fatal|do it|end "
    r"it)|for (?:it to work|certain|sure))"
)
# A quantity of a medicine taken (batches 202 to 217).
MEDICINE = (
    r"(?:pills|tablets|tabs|meds|medication|capsules|sleeping pills|sleepers|painkillers|"
    r"antidepressants|sertraline|zoloft|prozac|fluoxetine|citalopram|escitalopram|lexapro|xanax|"
    r"xannies|alprazolam|klonopin|clonazepam|valium|diazepam|ativan|lorazepam|zopiclone|"
    r"zolpidem|ambien|seroquel|quetiapine|lithium|oxy|oxys|oxycodone|oxycontin|percs|percocet|"
    r"vicodin|tramadol|codeine|morphine|gabapentin|lyrica|pregabalin|paracetamol|panadol|"
    r"tylenol|acetaminophen|ibuprofen|aspirin|amitriptyline|mirtazapine|trazodone|benzos|"
    r"spiro|spironolactone|methadone|suboxone|adderall|ritalin|sleeping tablets|blood pressure "
    r"pills|heart pills)"
)
# No time left in oneself: "I don't have 6 months in me. I don't have a week." (Not a job's
# or a task's: "another week in me at this job".)
NO_TIME_LEFT_IN_ME = (
    r"(?:i )?(?:don'?t|do not|dont|ain'?t got|haven'?t got) (?:have )?(?:another |a |one more |"
    r"\w+ )?(?:more )?(?:week|month|year|day|night)s? (?:left )?in me(?! (?:at work|at this job|"
    r"in this job|for this|for that|of this|on this))"
)
OVERDOSE_TAKEN = (
    r"(?:took|taken|swallowed|downed|necked|popped|washed down|had) (?:all (?:of )?my|the whole|a "
    r"whole|whole|a handful of|handful of|the rest of (?:my|the)|every one of my|all the|"
    r"a months?'? (?:worth )?of|a month of|a weeks?'? (?:worth )?of|a (?:full )?(?:bottle|box|"
    r"packet|pack|strip|sheet|blister|tub) of|the (?:full )?(?:bottle|box|packet|pack|strip|"
    r"sheet|tub) of|"
    r"\d{2,}|twenty|thirty|forty|fifty)(?: [\w']+){0,2}? " + MEDICINE
)
# The wish to die in Shona, Swahili, Nyanja, Bemba and Zulu, as members write it between
# English words ("Ndoda kufa. Nobody left"). The model learnt English: its reading of these
# words says nothing, so they are in CRISIS_CERTAIN too.
WISH_TO_DIE_IN_BANTU_LANGUAGES = (
    r"(?:ndoda|ndinoda|ndirikuda|ndiri kuda|nataka|ninataka|natamani|ndifuna|ndikufuna|"
    r"ndefwaya|ngifuna|ngiyafuna) (?:ku|uku)(?:fa|fwa|zviuraya|jiua|dzipha|ipha|zibulala)(?![\w'])"
)
# The wish to die in Nepali, Hindi and Urdu written in English letters ("ma marna chahanchu",
# "mujhe marna hai"), and "enough of this life" ("yo jindagi pugyo"): certain too.
WISH_TO_DIE_IN_SOUTH_ASIAN_LANGUAGES = (
    r"(?:ma |main |mai |mein |mujhe |mujhko )?(?:marna|mar jana|mar jaana|marna nai) (?:chahanchu|"
    r"chahanchhu|chahta (?:hoon|hu|hun)|chahti (?:hoon|hu|hun)|hai|man lagyo|man laagyo|man lagcha)"
    r"|(?:aba )?(?:yo )?(?:jindagi|jiwan|zindagi) (?:pugyo|bas bhayo|khatam)"
)
# The wish to die in Haitian Kreyol ("mwen pa vle viv anko"), God asked to forgive what the
# speaker is about to do, and "when I go, don't cry for me": certain too (batches 264 to 269).
WISH_TO_DIE_IN_KREYOL = (
    r"(?:m|mwen|mw) pa (?:vle|ka|kapab) (?:viv|rete viv|kontinye viv) (?:anko|ankor)"
    r"|(?:bondye|bondie|jezi|senye|papa bondye),? padone (?:m|mwen)(?: [\w']+){0,2} pou sa "
    r"(?:m|mwen) (?:pral|pra|prale|ap|va|pou) fe"
    r"|(?:le|lo) (?:m|mwen) (?:ale|mouri|pati),? (?:pa|pinga) kriye pou (?:mwen|m)"
)
CRISIS = compile_any(
    WISH_TO_DIE_IN_SOUTH_ASIAN_LANGUAGES,
    WISH_TO_DIE_IN_KREYOL,
    # Batches 264, 266, 267 and 269: to die said in a game's words ("uninstall myself",
    # "alt+f4 irl"); "when I'm gone, don't cry for me"; a bus welcomed; an accident nobody
    # would question; not turning up, ever; medicine kept back for oneself; wishing it was the
    # speaker on the trolley; not being around to use what one owns.
    r"uninstall(?:ing)? (?:myself|my ?self|me from (?:life|this world|existence)|my life|irl)"
    r"|alt ?\+? ?f4(?:ing|ed|'?d)? (?:irl|in real life|my ?self|my life|life|from life)",
    r"when i(?:'m| am|m)? (?:go|gone|dead|die),? (?:please |pls |just )?(?:don'?t|dont|do not) "
    r"(?:cry|grieve|be sad|mourn) (?:for|over) me",
    r"if (?:a|the|some) (?:bus|truck|lorry|car|train|tram|tractor|semi|van) (?:hit|hits|took|"
    r"takes|ran over|runs over|flattened|flattens) me(?: [\w']+){0,10} i'?d (?:say |be |just "
    r"say )?(?:thank you|thanks|thank god|thank jesus|mesi|merci|gracias|grateful|glad|"
    r"relieved|fine with it|welcome it|not mind|honestly not mind)",
    r"(?:nobody|no one|no-one|no1) would (?:blink|bat an eye|question it|think twice|suspect a "
    r"thing|ask questions|look twice)(?: [\w']+){0,3} (?:at |about )?(?:an?|one more|another) "
    r"(?:[\w']+ ){0,2}accident",
    r"(?:kindest|best|easiest|simplest|fairest) thing (?:for|to) (?:everyone|everybody|all of "
    r"us|all|the \w+)(?: [\w']+){0,6} (?:is|would be|'?d be|is if|would be if) (?:if )?i (?:just "
    r"|simply )?(?:(?:don'?t|dont|didn'?t|didnt|never) (?:turn up|show up|wake up|come back|"
    r"come home|come in)[ .,!]+(?:ever|again|at all)|disappear(?:ed)?|vanish(?:ed)?|(?:was|were) "
    r"gone|stop(?:ped)? existing)",
    r"(?:meds|pills|tablets|doses|morphine|oxy|oxycodone|fentanyl|insulin|vials|ampoules|"
    r"controlled drugs|cds)(?: [\w']+){0,10} (?:keep|keeping|kept|save|saving|saved|stash|"
    r"stashing|stashed|put|putting|slip|slipping|slipped) (?:some|a few|a couple|one|them|a bit|"
    r"one or two) (?:back|aside|away|in my pocket) for (?:me|myself)",
    r"(?:keep|keeping|kept|save|saving|saved|stash|stashing|stashed|slip|slipping|slipped|"
    r"putting|put) (?:some|a few|a couple|one or two|a bit)(?: of)?(?: (?:the|my|his|her|their|"
    r"our))? (?:meds|pills|tablets|doses|morphine|oxy|oxycodone|fentanyl|insulin|vials|"
    r"ampoules|sleepers|benzos)(?: [\w']+){0,2} (?:back|aside|away|in my pocket) for (?:me|"
    r"myself)",
    r"wish(?:ing|ed)? (?:it )?(?:was|were|had been) me (?:on|in|under) (?:the|that) (?:trolley|"
    r"stretcher|gurney|slab|table in resus|bed in resus)|(?:nobody|no one|no-one) (?:bothered|"
    r"bothers|would bother) (?:with )?(?:the )?(?:compressions|cpr|resus|resuscitating me)",
    r"not like i(?:'?ll| will|ll) be (?:around|here|alive|about) (?:to|for|much|after)",
    # Batches 258 to 262: the world smoother without the speaker; how many of a medicine it
    # would take; a dead loved one met "up there"; a voice to end it winning; a goodbye note
    # written (not one to the drink); the ambulance or the flying doctor wished away; not
    # seeing a season's end.
    r"(?:world|everyone|everybody|everything|family|life|the house|work|the kitchen) (?:would|"
    r"will|'?d) (?:run |go |be |get )?(?:so much |a lot |honestly |probably )?(?:smoother|easier|"
    r"simpler|lighter|calmer|quieter|happier|cheaper) (?:[\w']+ )?without me(?: in it| around| "
    r"here)?",
    r"how many (?:of (?:those|these|them|my|the|his|her|mums?|dads?) )?(?:[\w']+ )?(?:pills|"
    r"tablets|t3s|t3|tes|tabs|meds|painkillers|oxys?|xanax|paracetamol|tylenol|panadol|benzos|"
    r"sleepers|sleeping pills|codeine|tramadol) (?:would it take|does it take|would (?:do it|do "
    r"the job|be enough)|(?:is|are) enough|to (?:die|not wake up|end it|do it))",
    r"(?:time (?:for me to|i|to)|i (?:wanna|want to|should|might|will|'?ll|just want to)) (?:go |"
    r"just go )?(?:meet|join|see|be with) (?:my |our )?(?:[\w']+ ){0,2}(?:up there|in heaven|on "
    r"the other side|upstairs)",
    r"(?:voice|voices|thought|thoughts|part of me)(?: in my head)? (?:saying|telling me|says|"
    r"that says)(?: to)? (?:just )?(?:end it|do it|kill myself|die|jump|give up|go)(?: [\w']+)"
    r"{0,3} (?:is|are|keeps?) (?:winning|getting louder|louder|stronger|won)",
    r"(?:wrote|written|writing|finished|left|leaving|done) (?:my|me|a) (?:goodbye|last|final|"
    r"suicide) (?:note|letter|letters|notes)(?! (?:to|for) (?:the |my )?(?:alcohol|drink|booze|"
    r"bottle|gambling|addiction|disease|old self|drinking|bookies|pokies|using|habit|ed|weed|"
    r"gear|meth|ice|cocaine|coke|vodka|wine|beer))",
    r"wish (?:the |they |he |she |you |my )?(?:[\w']+ ){0,2}(?:doctor|doctors|ambulance|"
    r"paramedics|ambos|medics|nurse|flying doctor|cops|police|lifeguard|they|he|she|mum|mam|mom|"
    r"wife|husband) (?:never|hadn'?t|had not|didn'?t|did not|wouldn'?t have) (?:came|come|found|"
    r"saved|revived|brought me back|got to me|showed up|turned up)(?: for)?(?: me)?",
    r"(?:don'?t|dont|do not) (?:reckon|think|expect|see myself|imagine) (?:i'?ll|ill|i will|i"
    r"'?d|id) (?:see|make it to|be (?:here|around) (?:for|at)|last (?:till|until|to|through)) "
    r"(?:the end of |next |another |this |the )?(?:[\w']+ )?(?:christmas|xmas|easter|diwali|eid|"
    r"vaisakhi|tet|new year|birthday|summer|winter|spring|autumn|wet|dry|harvest|muster|year|"
    r"season|monsoon|ramadan|lent)(?=$| (?:to be honest|tbh|honestly|tbf|to be fair|mate|love|"
    r"anyway|i reckon|i think|i don'?t think)$)",
    # A jump planned from a floor or a building: "thinking to jump from the 11th floor at site".
    r"(?:thinking|planning|plan|decided|deciding|ready|going|gonna|want|"
    r"wanna) (?:to )?jump (?:from|"
    r"off) (?:the |my |our |this )?(?:\d+(?:st|nd|rd|th)? (?:floor|storey)|roof|rooftop|block|"
    r"building|tower|balcony)",
    # A wish, intent or plan to die, in the first person.
    ME + WANT + r" " + ADVERBS + r"(?:" + DIE + r"|" + ACT + r")",
    r"(?:^|i |i'?m |gonna |going to |want to |wanna )kms",
    r"kms(?: (?:tonight|now|today|fr|rn|lol no|soon))?$",
    # Self-harm come back: "blades are out again", "got the razor out again tonight".
    r"(?:^|got )(?:the |my )?(?:blades?|razors?) (?:is |are |came |come |back )?out "
    r"again(?! for (?:the|my) (?:legs|beard|shave))",
    r"kill(?:ing|ed)? myself",
    WISH_TO_DIE_IN_BANTU_LANGUAGES,
    r"end(?:ing)? my (?:own )?life",
    r"take my (?:own )?life",
    r"unaliv\w*",
    r"sewer ?slide",
    r"suicidal(?: (?:thoughts|ideation|urges|feelings|again|tonight|right now))?",
    r"(?:thinking|thought|think|considering|contemplating|planning|plan|researching|googling|"
    r"attempt|attempting|commit|committing) (?:about |of )?suicide",
    r"suicide (?:is|feels like) (?:on my mind|the only|my only|the answer|the way out)",
    r"my suicide (?:note|plan|letter)",
    r"thinking (?:about|of) (?:dying|ending it|ending things|ending everything|ending my life|"
    r"killing myself|taking my life|"
    r"not being here|not waking up)",
    r"i (?:tried|attempted|want to try) (?:to )?(?:kill myself|end my life|end it)",
    # Not wanting to live.
    rf"{NOT} (?:want to|wanna|want ta|wish to) (?:live|be alive|exist|wake up|go on|keep "
    r"living|keep going|see tomorrow|see another day|see the morning|be here "
    r"anymore|be here any more|be on this earth|do life)",
    r"(?:hope|hoping|pray|praying|wish) (?:that )?i (?:don'?t|do not|never|won'?t) wake up",
    r"wish(?:ing|ed)? i (?:was|were|'d been|had been|could be|could just be) (?:dead|gone|never "
    r"born)",
    # Asked as a question: "is it normal to want to die every day?"
    r"(?:is it|it'?s|its|is that) (?:normal|okay|ok|wrong|bad|weird|crazy|selfish|common) (?:to|"
    r"that i|if i) (?:still )?(?:want|wanna|wish|think about|keep thinking about|dream about) "
    r"(?:to )?(?:die|dying|be dead|kill myself|killing myself|end it|ending it|not exist|not wake "
    r"up|disappear|suicide|end my life)",
    r"what if i (?:just )?(?:ended it(?! with| off)|end it(?! with| off)|killed myself|kill myself|"
    r"died|disappeared|"
    r"jumped|took (?:them all|all of them|everything)|wasn'?t here|didn'?t wake up|ended my life)",
    # Saying one is not safe: "i can't promise i'll be safe tonight".
    r"(?:can'?t|cannot|can not|don'?t think i can|not sure i can|won'?t) (?:promise|guarantee|say|"
    r"keep myself|stay|be sure) (?:that )?(?:i'?ll |ill |i will |i can |i'?m going to )?(?:be |"
    r"stay |keep )?safe",
    r"(?:i'?m|im|i am|i don'?t feel|i dont feel|i do not feel|not feeling|i feel) (?:not |un)?"
    r"safe (?:with|around|from) myself",
    r"(?:i'?m|im|i am) not (?:feeling )?safe(?= ?$| tonight| right now| now| alone)",
    # Self-harm told with its marks: "scratched my arms until they bled".
    r"(?:scratched|cut|burned|burnt|hit|punched|picked|bit|carved|slashed|sliced|scraped) "
    r"(?:my (?:\w+ )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|face|hands?)|myself) (?:until|"
    r"till|til) (?:it|they|i) (?:bled|bleed|bleeds|was bleeding|were bleeding|bruised)",
    r"(?:cut|scratched|burned|burnt|carved|sliced|slashed) (?:my (?:arms?|wrists?|legs?|thighs?|"
    r"skin|stomach)|myself) (?:\w+ ){0,4}again(?= ?$| today| tonight| last night| this week)",
    r"wish i (?:had )?never (?:been born|woke up|existed)",
    r"wish i could (?:just )?(?:disappear|stop existing|not exist)(?! for| on| to| into| from "
    r"(?:work|the|my))",
    r"better off (?:dead|without me|if i (?:was|were) (?:gone|dead)|if i wasn'?t here)",
    r"better (?:off )?without me",
    r"(?:don'?t|can'?t|do not|cannot) see (?:the |any )?point (?:in|of) (?:living|life|going on|"
    r"being alive|carrying on|being here)",
    r"what'?s the point (?:of|in) (?:living|life|going on|being alive|carrying on)",
    r"(?:a)?sleep and (?:never|not|don'?t|won'?t) wake up",
    r"stop (?:eating|drinking|taking my \w+)(?: and \w+)? until (?:it'?s over|i die|i'?m gone|"
    r"the end|i'?m dead)",
    r"(?:last|final) thing i'?(?:ll| will) ever (?:write|say|post|send)",
    r"(?:pills|tablets|rope|gun|blades|razor|razors|meds|noose)(?: \w+){0,4} for when i'?m ready",
    r"(?:chosen|picked|set|decided on) (?:the|a) (?:date|day)(?= ?$)",
    r"(?:want to|going to|gonna|need to) finish (?:the job|what i started)(?= ?$)",
    r"won'?t be (?:here|around|alive) to (?:read|see|answer|hear)",
    r"(?:bullet|gun|barrel) (?:in|to|into) my (?:head|mouth|brain|temple)",
    r"(?:tracks|bridge|ledge|edge|roof|pills|rope|drop|fall)(?: \w+){0,5} (?:would be|'d be|will "
    r"be) (?:quick|painless|easy|so easy|over quickly)",
    # Means at hand and nobody near: "the meds in the cupboard would do it, no one's home".
    r"(?:pills|tablets|meds|medication|painkillers|sleeping pills|rope|gun|blades?|razors?)"
    r"(?: [\w']+){0,5} (?:would|will|could|'d) (?:do it|do the job|finish it)"
    r"(?!(?: [\w']+){0,3} for (?:the|my|a|his|her|your) (?:\w+ )?(?:pain|headache|back|cold|"
    r"flu|cough|dog|cat))",
    r"(?:knife|blade|razor) blood(?: [\w']+){0,2} (?:again|tonight|now|rn)",
    r"(?:better|easier|happier)(?: \w+){0,3} if i (?:just )?(?:didn'?t|did not|never) exist(?:ed)?",
    r"(?:hate|can'?t stand|despise) (?:being alive|existing|living)(?! in| with| here| alone| "
    r"next| on| at| like)",
    r"doing (?:everyone|everybody|the world|my family|them) a favou?r by (?:dying|disappearing|"
    r"killing myself|leaving this world|not being here|ending it|being gone)",
    r"(?:took|swallowed|taken|have taken|'ve taken) (?:\d+|ten|twenty|thirty|forty|fifty|a "
    r"hundred|loads of|lots of|dozens of) (?:of )?(?:my |the )?(?:\w+ )?(?:pills|tablets|meds|"
    r"painkillers|paracetamol)",
    r"(?:don'?t|can'?t|do not|cannot) see myself (?:getting|making it|living|surviving|being "
    r"here|alive) (?:through|past|to|beyond|by) (?:\w+ ){0,3}(?:alive)?",
    r"give up (?:for good|on life|on living|on everything|forever|on being alive)",
    # Doubting the speaker will see the morning: "not sure i'll make it through the night".
    r"(?:not sure|unsure|don'?t know|dunno|doubt|don'?t think|no idea) (?:if |whether |that )?"
    r"(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|i can|i could) (?:make it|get|"
    r"survive|last|live) (?:through|to|till|until|past) (?:the night|tonight|the morning|"
    r"morning)(?! (?:shift|bus|train|flight|without))(?!(?: [\w']+){0,4} (?:with (?:this|the|my)|"
    r"at this rate|lol|haha|lmao|cold|flu|workload|deadline|hangover))",
    # Self-harm as it happens: "scratching at my wrists under the table as we speak".
    r"(?:scratching|clawing|digging|cutting|carving|burning|picking) (?:at |into )?my (?:wrists?|"
    r"arms?|thighs?|legs?|skin|stomach)(?: [\w']+){0,5} (?:as we speak|right now|rn|under the "
    r"table|till (?:it|they) bleeds?|until (?:it|they) bleeds?|again tonight)",
    # Stones for the water: "sat by the loch with stones in my pockets".
    r"(?:by|at|on|near|beside|into|to) the (?:loch|river|riverbank|lake|sea|canal|reservoir|"
    r"quarry|harbour|pier|weir|water)(?: [\w']+){0,4} (?:stones|rocks|weights|bricks) in my "
    r"(?:pockets|coat)",
    r"(?:stones|rocks|weights|bricks) in my (?:pockets|coat)(?: [\w']+){0,4} (?:by|at|on|near|"
    r"beside|into|to) the (?:loch|river|riverbank|lake|sea|canal|reservoir|quarry|harbour|pier|"
    r"weir|water)",
    # Means got, and no questions: "bought the sheep dip, don't ask what for".
    r"(?:bought|got|picked up|ordered|found) (?:the|some|a|more) (?:[\w']+ ){0,2}(?:sheep dip|"
    r"weed ?killer|paraquat|poison|rope|pills|tablets|charcoal|hose ?pipe|pesticide|antifreeze)"
    r"(?: [\w']+){0,3} (?:don'?t ask (?:what for|what it'?s for|why)|you don'?t want to know|"
    r"no questions)",
    # Not the recovery exercise: "wrote my goodbye letter to alcohol like my sponsor suggested".
    r"goodbye (?:letters?|notes?|messages?|videos?) (?:to|for)(?! (?:the |my |our )?(?:alcohol|"
    r"drink|drinking|booze|bottle|gambling|bookies|pokies|addiction|disease|old self|old life|"
    r"using|habit|ed|weed|gear|meth|ice|cocaine|coke|vodka|wine|beer|cigarettes|smoking|vape|"
    r"pills|casino|betting)(?![\w']))",
    r"(?:when|once|after) i'?m dead (?:they|you|everyone|people|she|he|my)(?:'\w+)?",
    r"(?:keep|kept) wanting to (?:die|end it|kill myself|disappear|not exist|hurt myself)",
    r"(?:do|give) anything to (?:not wake up|die|not be here|disappear|end it|not exist|stop "
    r"existing)",
    r"(?:won'?t|will not) (?:be needing|need) (?:this group|you all|anyone|this|you guys) "
    r"(?:anymore|any more|much longer|after tonight)",
    r"(?:thought|idea) of (?:dying|death|not waking up|ending it|being dead|suicide|killing "
    r"myself) (?:is|feels) (?:so )?(?:comforting|a relief|peaceful|nice|appealing|tempting|"
    r"calming)",
    r"make it look like an accident",
    r"(?:i'?m|im|i am) (?:standing |sitting )?(?:on|at) (?:the|a) (?:roof|ledge|bridge|cliff|"
    r"tracks|edge)(?= ?$| now| right now| tonight| again| of (?:my|the|our|this) \w+(?: ?$| now| "
    r"right now| tonight))",
    r"(?:won'?t|will not|never) have to (?:deal with|worry about|put up with|see) me (?:anymore|"
    r"any more|much longer|again)",
    r"(?:won'?t|don'?t think i'?ll|dont think ill|hope i don'?t) wake up (?:tomorrow|in the "
    r"morning|again)",
    r"(?:nobody|no one) can (?:help|save|stop) me (?:now|anymore|any more)",
    r"if i (?:disappeared|died|was gone|were gone|vanished|killed myself)(?! from)(?: \w+)? would "
    r"(?:anyone|anybody|people|you|they) (?:even )?(?:notice|care|miss me)",
    r"(?:got|have|'ve got|bought) (?:the|a) (?:rope|noose)"
    r"(?! (?:swing|ladder|lights?|toy|bridge|course|climb\w*)(?![\w']))"
    r"(?! (?:for|to) (?:my|the|a|our|his|"
    r"her|some) (?!neck|throat|self)[\w']+)",
    r"(?:mind|voices?|head|brain|thoughts?) (?:keeps? |is |are )?(?:telling|tell|tells) me to "
    r"(?:end it|kill myself|die|hurt myself|jump|cut|end my life|do it)",
    r"it'?s (?:all )?over for me",
    r"tell my (?:kids|children|family|mum|mom|dad|wife|husband|son|daughter|parents|partner) "
    r"(?:that )?(?:i love (?:them|him|her|you)|i'?m sorry$)",
    r"wish i (?:wasn'?t|weren'?t|was not|were not) (?:alive|here|born|around)",
    r"want (?:the|this|my) (?:pain|suffering|hurt|hurting) to (?:end|stop) (?:permanently|forever|"
    r"for good)",
    r"(?:last|final) time (?:you'?ll|you will|anyone will|you all will) (?:hear from|see) me",
    r"(?:can'?t|cannot) face (?:another day|one more day|tomorrow|life|living|the future|waking "
    r"up|another night)",
    r"(?:so )?(?:close|closer) to (?:ending it|ending my life|doing it|killing myself|giving up "
    r"on life)",
    r"(?:fine|okay|ok|alright|better) without me",
    r"(?:have|got|keep|hid|hidden|hide|stash|stashed|bought) (?:\w+ ){0,2}(?:razor blades|razors|"
    r"blades)",
    r"stop(?:ped)? taking my (?:\w+ )?(?:meds|medication|insulin|pills|tablets) (?:and|to) "
    r"(?:let it happen|die|see what happens|let nature)",
    r"won'?t be (?:one|a burden|a problem|around) (?:much )?(?:longer|for long)",
    r"(?:bath|bathroom|car|bed|garage) with (?:a|the|my) (?:razor|knife|blade|pills|gun|rope)",
    r"until (?:my )?(?:hands|knuckles|arms|skin|wrists) (?:bleed|bled|are bleeding|were bleeding)",
    r"i (?:don'?t|do not) deserve to (?:live|be alive|exist|be here|breathe)",
    r"i deserve to (?:die|be dead|suffer|not exist)",
    r"(?:want to|wanna|ready to|going to|gonna|just want to) (?:be with|join|see) (?:my|him|her) "
    r"(?:\w+ )?(?:in heaven|again soon|on the other side)",
    r"(?:want to|wanna|just want to) (?:rest|sleep) forever",
    r"(?:holding|held|pressed|pressing|put|putting) (?:a|the) (?:knife|blade|razor|gun) to my",
    r"(?:better|easier|happier) (?:\w+ ){0,3}if i (?:just )?(?:wasn'?t|weren'?t|was not|were "
    r"not) (?:alive|here|around|born)",
    r"(?:happier|better|easier|freer|relieved) (?:off )?without me",
    r"(?:planned|worked out|figured out|know|plan|planning|plot|plotting|think about|thinking "
    r"about|imagine|imagining|picture|picturing) (?:exactly )?how i'?(?:d|ll| will| would| am "
    r"going to| could) do it",
    r"(?:thinking|thought|think) (?:about|of) jumping(?! (?:in(?! front)|into|at|on|ship|rope))",
    r"i (?:[\w']+ ){0,8}should (?:just )?(?:disappear|die|not exist|not be here|be dead|end it)",
    r"(?:can'?t|cannot|don'?t think i can|dont think i can|won'?t) survive (?:another|one more|"
    r"this) (?:night|day|hour)(?: like this)?(?! at| with| of)",
    r"(?:wish|hope) (?:a|some|the) (?:car|bus|truck|lorry|train) (?:would )?(?:just )?hits? me",
    r"(?:wish|hope) i (?:get|got|would get) hit by a",
    r"(?:don'?t|do not) know how (?:much )?longer i (?:can|will|could) (?:keep going|go on|do "
    r"this|hold on|last|keep living|survive)",
    r"better off with (?:the|my) (?:life )?insurance",
    r"at peace with (?:my|the) decision",
    r"(?:my )?plan is to do it",
    r"(?:going|gonna) to do it (?:on \w+|when|tonight|this weekend|while|before)",
    r"picturing my own funeral",
    r"(?:suicide|dying|death|ending it) (?:seems|feels|is|looks) like (?:the|my) only "
    r"(?:option|way|answer|choice)",
    r"(?:the|my) only (?:option|way out|choice) left",
    r"only (?:thing|reason|one|person) (?:stopping|keeping) me (?:from (?:doing it|ending it)|"
    r"alive|here|is|are)",
    r"(?:came|comes|keeps coming) into my (?:room|bed) (?:again )?(?:at night|last night|every "
    r"night|when)",
    r"(?:just )?want out(?= ?$)",
    r"(?:what if|wish|hope|hoping|if only) i (?:just )?(?:didn'?t|did not|never|don'?t) wake up",
    r"(?:done|tired of|sick of) fighting(?= ?$| to stay alive| to live| for my life| anymore| it "
    r"anymore| every day| this| i (?:just |really )?want to (?:stop|die|rest|go|give up))",
    r"(?:just|only) want to go(?= ?$| now| tonight| for good| forever| to sleep forever)",
    r"(?:can'?t|cannot) live with (?:it|this|the pain|myself) (?:anymore|any more|any longer)",
    r"edge (?:of (?:the|a) \w+ )?and (?:think|thought|thinking) about (?:it|jumping|doing it)",
    r"how (?:many|much) (?:\w+ ){0,4}(?:to|would|will|does it take to|it takes to) (?:overdose|"
    r"od|die|kill myself|be fatal|be lethal|not wake up)",
    r"(?:please )?(?:don'?t|do not) (?:try to )?stop me",
    r"my (?:wrists?|arms?|legs?|thighs?) (?:are|is|won'?t stop|keep) bleeding",
    r"better off (?:in the ground|in a box|six feet under|in my grave|in a grave)",
    r"(?:had|have had|'ve had|ive had) enough of (?:life|living|everything|it all|this life|"
    r"being alive|this world|existing)",
    r"end(?:ing)? (?:it|things|everything|my life|it all) (?:permanently|for good|forever)",
    r"(?:scared|afraid|terrified|worried) (?:of )?what i (?:might|will|could|'ll|am going to) do "
    r"to myself",
    r"(?:don'?t|do not|can'?t) trust myself (?:tonight|right now|alone|anymore|to stay safe)",
    r"(?:don'?t|do not|dont|can'?t|cannot) trust what i'?(?:ll|d| will| might| would| could|m "
    r"going to|m gonna) do(?= ?$| to myself| tonight| if| when| alone)",
    r"(?:don'?t|do not|dont) let me (?:go home|be alone|leave)(?= tonight| alone| right now)",
    r"(?:have|got|'ve got) (?:a plan and )?(?:the )?means",
    r"(?:everything|all the pills|all the tablets|every pill|all the meds) in the (?:medicine "
    r"cabinet|cupboard|drawer|bathroom)",
    r"(?:know|knows) what i'?m (?:going to|gonna) (?:use|do with) it (?:for)?",
    r"all i (?:can )?(?:think|thinking|dream) about is (?:dying|death|killing myself|ending it|"
    r"suicide|not being here|ending my life)",
    r"want (?:it|it all|this|everything|my life) over(?! with)",
    r"giving (?:all )?(?:of )?my (?:things|stuff|belongings|possessions) away",
    r"(?:step|jump|fall|throw myself) off (?:the|a|this) (?:ledge|roof|bridge|cliff|building|"
    r"balcony|platform)",
    r"(?:can'?t see|there'?s no|there is no|i have no|i'?ve got no|don'?t have (?:a|any)|can'?t "
    r"find (?:a|any)|no) (?:\w+ )?reasons? to (?:stay alive|keep living|live|go on|be here|keep "
    r"going|carry on|stay|wake up)",
    r"(?:letters?|notes?|messages?) to (?:my \w+|everyone|them|you all) to say goodbye",
    r"saying (?:goodbye|bye) to (?:you all|all of you|everyone|you guys) (?:for the last time|"
    r"forever|for good)",
    r"(?:it'?s|it is|that'?s) because i (?:ended it|killed myself|did it|died|am gone|'m gone|"
    r"took my life)",
    r"(?:engine|motor) (?:running|on) in the (?:garage|car)",
    r"(?:next train|the train|train|bridge|pills|rope|death|dying|the pills|overdose) (?:is|are) "
    r"my (?:way out|only option|answer|only way out|exit)",
    r"(?:the )?only way out is (?:to die|death|dying|suicide|to end it|ending it)",
    r"(?:better off|happier|easier|relieved|free) (?:\w+ ){0,2}if i (?:just )?(?:end it|died|die|"
    r"kill myself|disappeared|disappear|was gone|were gone|wasn'?t here|was dead|wasn'?t around|"
    r"weren'?t here|ended it)",
    r"(?:finally |actually |really )go(?:ing)? through with it",
    r"go through with it (?:tonight|this time|finally|now)",
    r"(?:why|what'?s the point) (?:should i |in |of |would i )?(?:keep living|keep going|"
    r"staying alive|stay alive|go on|living|being alive)",
    r"(?:disappear|vanish) (?:and never come back|forever|for good|permanently|from this world)",
    r"(?:got|have|'ve got|ive got|holding|counted|counting) (?:\w+ ){0,6}all (?:of )?my "
    r"(?:pills|meds|tablets|sleeping pills|painkillers)",
    r"(?:looking up|researching|googling|searching|reading about|found) (?:\w+ )?(?:ways|how|"
    r"methods|the best way) to (?:end it|die|kill myself|end my life|do it painlessly|overdose)",
    r"painless (?:way|ways) to (?:die|go|end it)",
    r"(?:not going to|won'?t|wont|don'?t think i'?ll|dont think ill) make it (?:through|to|past) "
    r"(?:tonight|the night|morning|tomorrow|the weekend)",
    r"drive (?:my car |the car )?(?:into|off) (?:a|the) (?:wall|tree|bridge|cliff|river|lake|"
    r"traffic|truck|lorry)",
    r"want out (?:permanently|for good|forever|of (?:life|this life|this world|existence))",
    r"want (?:it|it all|everything|this|my life|all of this) to (?:be over|end|stop)"
    r"(?= ?$| forever| for good| permanently| now| all| already| so bad| please| tonight)",
    r"(?:just )?want (?:it|it all|everything|my life) to be over",
    r"(?:don'?t|can'?t|do not|cannot) see (?:a|any) future(?: for me)?",
    r"(?:happier|better|easier|better off) (?:if|when|once) i'?m (?:dead|gone)",
    r"(?:happier|better|easier|better off) (?:if|when|once) i (?:was|were|am|'m) (?:dead|gone)",
    r"(?:happier|better|easier|better off) (?:if|when|once) i died",
    r"i (?:cut|burned|burnt|harmed myself) (?:again|deeper|too deep)",
    r"(?:hands?|belt|rope) (?:around|round) my (?:neck|throat)",
    # Things ended at a time the speaker names ("ending things after this meeting"), not a
    # relationship ended ("ending things with him tonight").
    r"(?:i'?m |im |i am )?ending (?:it|things|everything|it all) (?:after|tonight|today|once|"
    r"before|this (?:time|weekend|week))(?!(?: [\w']+){0,4} with (?:him|her|them|my|the))",
    r"(?:kys|kill (?:myself|yourself|urself)|die|end it) is what i (?:keep )?(?:tell|telling|say|"
    r"saying) (?:to )?myself",
    r"(?:voice|voices)(?: [\w']+){0,3} (?:keeps? saying|says|say|saying|telling me(?: to)?|tell me"
    r"(?: to)?) (?:to )?(?:jump|die|do it(?! (?:properly|right|again|better|neatly))|end it|kill "
    r"myself|cut|hang)",
    # Patois: "mi waan dead tonight", "cyaan tek it nuh more".
    r"mi (?:waan|wan|want) (?:dead|ded|die|dead off)",
    r"(?:cyaan|cyan|caan) tek (?:it|dis|this) (?:nuh|no) more",
    # A handful of whatever was there, swallowed now.
    r"(?:swallowed|swallowing|took|necked|downed|taken) (?:a handful|handfuls|a fistful|the lot|a "
    r"load|loads) of (?:whatever|pills|tablets|meds|them|my|his|her|the)",
    r"(?:this is|this'?ll be|this will be) the last time i'?(?:ll| will) (?:log on|log in|be on|"
    r"post|be here|join|talk to (?:you|yous|u))(?! (?:from|at|on my|before|until|till|for a|this "
    r"year|in))",
    r"when i'?m gone,? (?:can|could|will|would|please) (?:someone|somebody|anyone|one of you|"
    r"you)(?: [\w']+){0,3} (?:tell|let|look after|feed|take|say)",
    r"(?:^|i'?ll be |ill be |i will be |i'?m |im )dead by (?:tomorrow|morning|tonight|the "
    r"morning|the weekend|monday|friday|sunday)(?: hopefully| i hope| with any luck| if i'?m lucky|"
    r" ?$)",
    r"feel(?:ing)? like (?:dying|ending it|ending my life|killing myself|not being here|not "
    r"existing|disappearing forever)",
    r"feel(?:ing)? like (?:cutting|hurting myself|harming myself|self harming|burning myself)"
    r"(?= ?$| tonight| again| so bad| really bad| right now| today)",
    r"(?:hope|hoping|wish|pray|praying) (?:that )?i (?:just )?(?:die|get killed|don'?t survive|"
    r"never come back)(?! laughing| of old age| old| happy| before| after| peacefully| at \d| "
    r"when i'?m| in my nineties| in my \d+s| surrounded)",
    r"(?:wrote|written|writing|left) (?:goodbye )?(?:letters|notes) (?:to|for) (?:my |each of my "
    r")?(?:kids|children|family|wife|husband|parents|son|daughter|partner)(?= ?$| last night| "
    r"tonight| today| just in case| in case)",
    r"end(?:ing)? it all",
    r"(?:thinking (?:of|about) |going to |want to |gonna )?(?:take|taking|swallow|swallowing|"
    r"overdose on|overdosing on) (?:all|every one|the whole bottle|a whole bottle|a handful|"
    r"the rest) (?:of )?(?:my |the )?(?!(?:your|ur|yer|his|her|their) )(?:\w+ )?(?:pills|tablets|"
    r"meds|medication)",
    r"(?:life|living|my life) (?:isn'?t|is not|isnt|is no longer|not) worth (?:living|it)",
    r"not worth living",
    r"(?:nobody|no one|noone) (?:would|will|'d) (?:even |really )?(?:care|notice|miss me|"
    r"cry) (?:if i (?:died|was gone|were gone|disappeared|killed myself|wasn'?t here|was "
    r"dead)|when i'?m gone)",
    r"(?:nobody|no one|noone) (?:would|will) (?:even )?miss me",
    r"(?:having|have|keep having|had|i get|getting) (?:\w+ )?thoughts (?:of|about) (?:suicide|"
    r"killing myself|ending it|ending my life|dying|not being here)",
    r"(?:plan|planning|planned|writing) my (?:suicide|death|exit)",
    r"can'?t stop (?:cutting|hurting myself|burning myself|thinking about (?:dying|suicide|"
    r"killing myself|ending it))",
    r"(?:i'?d|i would|id) (?:much )?rather (?:be dead|not exist|not be alive|not wake up|"
    r"die(?! than))",
    r"no (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive|keep going|"
    r"keeping going|carry on|carrying on|wake up|waking up|be here|being here|stay|staying)",
    r"nothing (?:left )?to live for",
    r"(?:can'?t|cannot|can not) (?:go on|keep going|keep living|live like this|live with "
    r"this anymore|do life anymore|take it anymore|take this anymore|keep doing this anymore)",
    rf"{I_AM} (?:so )?(?:done|finished|through) with (?:life|living|everything|it all|being "
    r"alive|this life|this world|existing)",
    r"done (?:living|with life|existing)",
    r"(?:tired|sick) of (?:living|being alive|life|existing)",
    r"(?:want|wanna|need) (?:it all|everything|life|my life) to (?:end|be over|stop)",
    r"(?:have|made|got|'ve got|'ve made) a plan (?:to|for) (?:die|dying|end|ending|kill|killing|"
    r"when|how)",
    r"(?:i'?ve|i have) (?:made|got) a plan",
    # Means at hand.
    r"(?:saved|saving|saving up|collected|collecting|stockpiled|stockpiling|hoarded|hoarding|"
    r"counted|counting|lined up|laid out|set out) (?:up |out )?(?:all |enough |the |my |a "
    r"bottle of |a bunch of |all of my |a lot of )*(?:pills|tablets|meds|sleeping pills|"
    r"sleeping tablets|medication|medicine|insulin|antidepressants|painkillers|paracetamol|"
    r"tylenol)",
    r"(?:have|got|'ve got|bought|brought|ordered|holding) (?:all |the |my |a )*(?:pills|"
    r"tablets|meds|sleeping pills|painkillers|rope|noose|gun|razor|blades?|knife) (?:ready|right "
    r"here|here with me|with me|to do it|for tonight|to end it|in my hand|next to me|in front "
    r"of me|lined up|right now)",
    r"enough (?:pills|tablets|meds|painkillers|sleeping pills) to (?:do it|end it|die|kill|"
    r"not wake up|overdose|never wake up|make sure)",
    r"(?:bought|got|have|tied|made) a (?:rope|noose)"
    r"(?! (?:swing|ladder|lights?|toy|bridge|course|climb\w*)(?![\w']))"
    r"(?! (?:for|to) (?:my|the|a|our|his|her|"
    r"some) (?!neck|throat|self)[\w']+)",
    r"noose",
    r"(?:pills|tablets|meds|rope|gun|razor|blade|blades) (?:are |is )?(?:ready|right here|"
    r"next to me|in front of me|in my hand|lined up|laid out)(?! (?:in|for|ready for) (?:the|my|"
    r"a|tomorrow|next|morning|organi[sz]er|dosette|week))",
    r"how many (?:pills|tablets|sleeping pills|painkillers|paracetamol|tylenol|advil) "
    r"(?:would|does it|will|to|it takes|before)",
    r"(?:lethal|fatal|deadly) dose",
    # Means told by what they do rather than named: exhaust fumes, gas, the sea.
    r"(?:leave|left|leaving|run|running|sit|sitting|start|starting) (?:the |my )?(?:car|engine) "
    r"(?:running )?in (?:the |a |my )?(?:closed |shut )?garage",
    r"(?:hose ?pipe|hose) (?:\w+ ){0,3}(?:exhaust|and (?:gaffer|duct) tape)",
    r"gas on (?:without|and not|but not|and didn'?t) (?:lighting|lit|light)",
    r"(?:i'?ll|i will|i'?m going to|im going to|gonna|going to|plan to|planning to|tomorrow i|"
    r"tonight i|i'?m gonna) (?:just )?(?:walk|wade|swim) (?:out )?into the (?:sea|ocean|river|lake|"
    r"water|waves)",
    r"swim out (?:\w+ ){0,6}(?:can'?t|cannot|won'?t be able to|couldn'?t) (?:swim|get|make it) "
    r"back",
    r"(?:took|swallowed|taken|downed) (?:my |the |a )?(?:whole|entire|full) (?:month|months|"
    r"week|weeks|supply|prescription|box|packet|pack|bottle|strip)(?:'?s)? (?:of |worth of )?"
    r"(?:my )?\w+",
    r"(?:took|swallowed|taken|downed|necked) (?:everything|all|whatever was) (?:\w+ )?(?:in|from) "
    r"(?:my|the) (?:medicine cabinet|cabinet|cupboard|drawer|bathroom|first aid)",
    r"(?:the |my )?(?:rope|noose|ligature|gun|pills|tablets) (?:is|are|'s) (?:already )?(?:ready|"
    r"tied|up|set up|loaded|counted out|in the (?:garage|shed|car|drawer|loft|attic|wardrobe))",
    # A whole supply at once: "took my evening meds all at once".
    r"(?:took|swallowed|taken|downed|necked|take|taking|swallowing) (?:my|the|all my|all the) "
    r"(?:[\w']+ ){0,2}(?:pills|tablets|meds|painkillers|sleeping pills|medication|prescription) "
    r"(?:all at once|at once|in one go|all together)(?! with)",
    r"(?:took|swallowed|taken|take) (?:all|too many|a lot of|a bunch of|a handful of|the whole "
    r"bottle of|a whole bottle of|a bottle of|the rest of|every one of|double) "
    r"(?:my |the |of my |of the )?(?:[\w']+ )?(?:pills|tablets|"
    r"meds|painkillers|sleeping pills)(?! (?:for (?:today|the day|tonight|this morning|this "
    r"evening)|as prescribed|on time|with (?:breakfast|dinner|lunch|food)|this morning|like a "
    r"good|with (?:a |my )?(?:coffee|tea|cuppa|water|juice|glass of water)|today (?:like|for "
    r"once|on time|without)))",
    r"(?:standing|sitting) (?:on|at) (?:the edge|the bridge|the roof|the ledge|the tracks|the "
    r"train tracks|the railway tracks|the railway line|the cliff edge)",
    r"(?:on|at) the (?:bridge|roof|ledge|tracks) (?:now|right now|tonight)",
    r"(?:i'?m|im|i am) (?:\w+ )?(?:at|on|by|next to|standing on|sitting on|lying on) the "
    r"(?:train tracks|railway tracks|rail tracks|railway line|train line|tracks|ledge|cliff edge|"
    r"edge of the (?:roof|bridge|cliff|building|car park))(?! (?:for|with|and|because|to|near))",
    # Using it all, now.
    r"(?:shot up|injected|snorted|swallowed|downed|necked|used) (?:everything|all|the lot|all of "
    r"it|the whole lot|the rest) (?:i had|i'?ve got|i got|i could find|at once|in one go)",
    r"(?:i'?m|im|i am|i think i'?m|i think im|think i'?m|think im) (?:\w+ )?(?:overdosing|od'?ing)",
    r"overdosing(?: i think| rn| right now| now)",
    r"(?:not|won'?t|wont|not going to|not gonna) (?:be )?(?:calling|call|ringing|ring) "
    r"(?:911|999|112|000|an ambulance|the ambulance|for help|anyone for help)",
    # Goodbyes.
    r"(?:this is|consider this|saying|this is me saying|here'?s) (?:my |a )?(?:final |last )?"
    r"goodbye",
    r"goodbye (?:forever|world|for good|cruel world)",
    r"(?:won'?t|will not|wont|not going to|i'?ll not) be (?:here|around) (?:much longer|anymore|"
    r"any more|for long|by morning|after tonight)",
    r"(?:won'?t|will not|wont|not going to) be alive",
    rf"{YOU} (?:won'?t|will not|wont|will never|'ll never) (?:see|hear from) me (?:again|anymore|"
    r"any more)",
    r"(?:this is|this'll be|this will be) my (?:last|final) (?:message|night|day|goodbye)",
    r"(?:last|final) meeting (?:ever|for me|of my life)",
    r"(?:my )?(?:last|final) (?:message|goodbye|words|meeting) (?:from me|ever|to you all)(?! "
    r"(?:tonight|today|this (?:evening|week|year)|for (?:tonight|now|today|a while|the (?:night|"
    r"evening|day|week))|before|until|till|til))",
    r"thank you (?:all )?for everything (?:goodbye|bye|i'?m sorry|and goodbye|and sorry)",
    r"(?:please )?(?:take care of|look after) my (?:cat|dog|kids|children|pets|plants|son|"
    r"daughter|family) (?:for me|when i'?m gone|after|once)",
    r"by the time (?:you|anyone|someone) (?:read|reads|see|sees) this",
    r"(?:written|wrote|writing|left|leaving) (?:a|my) (?:note|goodbye letter|goodbye note|"
    r"suicide note|last letter) (?:for|to) (?:my (?:kids|children|family|wife|husband|parents|"
    r"mum|mom|dad|son|daughter|partner|loved ones|friends)|everyone|them|her|him|you)",
    r"(?:giving|gave|given) away (?:all )?(?:of )?my (?:things|stuff|belongings|pets|cat|dog)",
    r"(?:giving|gave|given|leaving) (?:away )?my (?:dog|cat|pets?|puppy|kitten|bird|rabbit|"
    r"horse) to (?:\w+ ){1,4}(?:she|he|they)(?:'ll| will) (?:take better care of|look after|"
    r"care for|take care of) (?:him|her|them|it)(?: better)? than i",
    r"(?:gave|giving|given) (?:away )?(?:all )?my (?:\w+ )?(?:chips?|medallions?|coins?|tokens?|"
    r"big book|keyrings?)(?: and my (?:\w+ )?(?:chips?|medallions?|coins?|tokens?|big book|"
    r"keyrings?))? (?:\w+ ){0,3}(?:won'?t|wont|will not|don'?t|dont) need (?:them|it|those)",
    r"won'?t need (?:it|them|these|those|this|any of (?:it|this|them)) (?:where i'?m going|"
    r"after tonight|after today)",
    r"if (?:anyone|anybody|someone|you|u) (?:ever )?(?:sees|reads|finds|see|read|find) this "
    r"(?:later|tomorrow|in the morning|when i'?m gone|afterwards)",
    r"(?:^|this is |so |well )(?:my )?final (?:message|post|words)(?! (?:from me )?(?:tonight|for "
    r"tonight|for now|before|of the|was|got|in|on|about))",
    r"(?:this|it'?s|its|it is) (?:is )?not a cry for help",
    r"(?:won'?t|will not|wont) be (?:at|in|coming to|joining) (?:[\w']+ ){0,4}(?:meeting|group|"
    r"session)s?,? (?:or any(?: other| more)?(?: meetings?)?(?: after (?:that|this|today))?|or "
    r"ever again|ever again)(?:$| i love| love| goodbye| bye| sorry| thank)",
    r"remember me (?:when|as|kindly|fondly)",
    # Self-harm.
    r"(?:cut|cutting|cuts|burn|burning|burned|burnt|harm|harming|harmed|punish|punishing|"
    r"starve|starving|scratch|scratching|bruise|bruising|hit|hitting|hurt|hurting|carve|"
    r"carving) myself",
    r"(?:cut|cutting|burn|burning|scratch|scratching|carve|carving|slice|sliced|slicing|slash|"
    r"slashed|slashing|slit) (?:my|into my) (?:arms?|wrists?|legs?|thighs?|skin|stomach)",
    r"(?:cut|sliced|slashed|ripped|tore) (?:my|into my) (?:arms?|wrists?|legs?|thighs?|skin|"
    r"stomach) (?:open|up|again|tonight|deep|deeper)",
    r"self ?harm(?:ing|ed|s)?",
    r"(?:^|my )sh (?:urges?|thoughts|again|relapse)",
    r"(?:took|taking|got|broke|breaking|have) (?:the |a |my )?(?:pencil )?sharpeners? apart",
    r"(?:pressing|pushing|digging|dragging|running) (?:the |a |my )?(?:blade|knife|razor|"
    r"scissors|glass|lighter)(?: \w+){0,3} (?:into my|into me|against my|across my|along my|"
    r"harder|deeper)",
    r"(?:cutting|burning|hurting myself) again",
    r"relapsed? (?:on|into|with|back into) (?:cutting|self ?harm|hurting myself|burning)",
    r"(?:urge|urges|need|want|wanna|tempted) to (?:cut(?! back| down| out| off| ties| it| "
    r"my | the | a | some| corners| costs| in| through| loose| free| someone| people| them| him| "
    r"her)|burn myself|bleed|hurt myself|harm myself|cut again)",
    r"(?:fresh|new|deep) (?:cuts|wounds|scars) (?:on|tonight|today)",
    r"(?:fresh|new) ones? (?:tonight|today|again|last night)(?: [\w']+){0,2},? (?:couldn'?t|"
    r"could not|can'?t) stop",
    r"how (?:long|many|much) (?:does|do|would|will|did) (?:an? )?(?:\w+ )?(?:overdose|od) "
    r"(?:take|need|be)(?: [\w']+){0,5} (?:tonight|need to know|asking for me|for me)",
    r"(?:wish|want|wanna|hope) (?:i could |to |i )?(?:just )?(?:go to sleep|fall asleep|sleep) "
    r"and (?:not|never) (?:come back|wake up|wake)",
    r"(?:permanent|eternal|forever) (?:nap|sleep|rest)|dirt nap",
    r"sorry (?:in advance )?for what i'?m (?:about|going|gonna) (?:to )?do",
    r"(?:ctb|kms|suicidal|sewerslide|unalive|suicide) (?:thoughts|urges|feelings) (?:are )?(?:back|"
    r"again|tonight|strong|stronger|getting worse)",
    r"(?:do|doing) (?:worse|something worse|more damage) to myself",
    # Poison taken, a means of dying in hand, now.
    r"(?:i'?m after|i have|i'?ve|just) tak(?:en|ing|e) (?:a (?:rake|load|lot|bunch|handful|"
    r"fistful|heap|pile|whole (?:pack|box|bottle|packet)) of|loads of) (?:tablets|"
    r"pills|meds|painkillers|sleeping pills)",
    r"still (?:got|have) (?:the|my) (?:pills|tablets|blade|razor|rope|knife|gun) (?:in my|on me|"
    r"with me)",
    r"(?:pills|tablets)(?: pills| tablets)*(?: and| plus| with)? (?:booze|wine|vodka|whiskey|"
    r"drink) tonight",
    r"feel(?:ing|s)? (?:v |very |so |really |pretty )?final(?! (?:exam|exams|round|fitting|week|"
    r"day|chapter|step))",
    r"(?:fed up|sick|tired) (?:of|with) (?:breathing|breathin|existing|being alive)",
    r"(?:drinking|drank|drinkin|swallowing|swallowed|chugging|downing|downed) (?:some |the |a "
    r"(?:bottle|cup|glass) of )?(?:bleach|drain cleaner|antifreeze|rat poison|poison|weedkiller)"
    r"(?! (?:by accident|once|when|as a))",
    r"(?:gun|pistol|rifle|noose|rope|blade|razor)(?: \w+){0,2} (?:is|are|'s) (?:in my (?:lap|hand|"
    r"hands|mouth|pocket)|on my (?:lap|bed|desk|nightstand)|next to me|beside me)",
    # Pills set out in a row, or the lot to be taken tonight: "the pills are lined up", "after
    # the wean's asleep I'm taking the lot".
    r"(?:pills|tablets|meds|painkillers|sleeping pills) (?:are |all )?(?:lined up|counted out|"
    r"laid out|set out|in a row)(?! (?:in|for|ready for) (?:the|my|a|tomorrow|next|morning|"
    r"organi[sz]er|dosette|week))",
    r"(?:i'?m|im|i am|gonna|going to|i'?ll|ill|i will) (?:just )?(?:tak(?:e|ing)|swallow(?:ing)?|"
    r"down(?:ing)?) the (?:lot|whole lot|whole bottle|whole box|whole packet|whole pack)"
    r"(?= ?$| tonight| now| today| after| when| once)",
    r"see (?:you|u|ya|yall|you all) (?:all |guys |lot )?never(?![\w'])",
    r"(?:already|just) (?:took|taken|swallowed) (?:half|most|all|the rest) (?:of )?(?:the|my) "
    r"(?:bottle|pills|tablets|packet|box|meds|pack)(?! of (?:wine|vodka|whisky|whiskey|gin|rum|"
    r"beer|cider|prosecco|champagne|water|juice|milk|cough))",
    # Self-harm gone further: "cut deeper than usual last night, should've got stitches".
    r"cut (?:myself )?(?:deeper|too deep|worse) than (?:usual|normal|ever|before|i meant|i "
    r"wanted|last time)",
    r"(?:cut|cuts|cutting)(?: [\w']+){0,6} (?:should'?ve|should have|probably needed|needed|"
    r"might need|probably need) (?:got |gotten |had )?stitches",
    # Death by accident welcomed: "if a bus hit me tomorrow i'd be relieved".
    r"if (?:a bus|a car|a truck|a lorry|a train|something|lightning|a plane) (?:hit|hits|ran over|"
    r"runs over|took|takes|fell on) me(?: [\w']+){0,2},? (?:i'?d|id|i would) (?:honestly |"
    r"actually |genuinely )?(?:be )?(?:relieved|glad|happy|grateful|thankful|welcome it|not "
    r"mind|fine with it)",
    r"(?:i|id|i'?d) (?:wouldn'?t|would not|wouldnt) (?:even )?mind if (?:a bus|a car|a truck|a "
    r"lorry|a train|something|lightning) (?:hit|ran over|took) me",
    # A whole packet swallowed: "ate the whole packet of my nan's heart pills".
    r"(?:ate|took|swallowed|taken|necked|downed|had) (?:the |a )?whole (?:packet|box|bottle|pack|"
    r"strip|blister|tub|jar) of (?:[\w']+ ){0,3}(?:pills|tablets|meds|painkillers|paracetamol|"
    r"sleeping pills|insulin|medication)",
    # No reason left to stay, and what the family will get.
    r"^(?:i )?(?:just |really |honestly )?(?:can'?t|cant|cannot) do (?:this|it) (?:anymore|any "
    r"more)$",
    r"^(?:there'?s )?no point(?: anymore| any more| in anything| to anything)?$",
    r"(?:sleep|sleeping)(?: [\w']+){0,2} (?:and )?never wak(?:e|ing) up (?:sounds|would be|seems) "
    r"(?:so |really |quite )?(?:peaceful|nice|good|lovely|tempting)",
    r"(?:pour|pouring|poured) (?:petrol|gasoline|gas|lighter fluid) (?:on|over) myself|"
    r"set(?:ting)? (?:myself on fire|fire to myself)",
    r"(?:can'?t|cant|cannot) wait to (?:be dead|die|not be here|be gone for good)",
    r"(?:holding|been holding|staring at|been staring at) (?:[\w']+ ){0,3}(?:knife|blade|gun|rope|"
    r"pills|razor)(?: [\w']+){0,2} for (?:an hour|hours|ages|a while|the last hour)",
    r"enough to (?:not wake up|never wake up|not wake|end it|finish it|stop my heart|kill me)"
    r"(?! (?:the|my|her|him|them|anyone|everyone|a|up))",
    r"(?:fed up|sick|tired) (?:of|with) being here(?= ?$| anymore| any more| now| tbh)",
    r"i (?:don'?t|dont|do not) deserve to (?:live|be alive|exist|breathe|eat)(?! (?:like|that|so))",
    r"(?:eaten|eat|eating)(?: [\w']+){0,6} i (?:don'?t|dont|do not) deserve (?:to|it|food)",
    r"what'?s the point (?:anymore|any more)(?= ?$| seriously| honestly| tbh| i'?m| just| really)",
    r"won'?t be (?:around|here|alive) (?:for|to see|by) (?:the|my|his|her) (?:court date|hearing|"
    r"trial|birthday|christmas|wedding|results|sentencing|anniversary|due date)(?! (?:because|"
    r"cos|coz|as|i'?m))",
    r"(?:keep|kept|been) (?:filling|running) the bath(?: [\w']+){0,4} (?:staying|stay|going) under",
    r"looking forward to (?:dying|death|being dead|not being here|the end|not waking up|it all "
    r"ending)",
    r"if a (?:bus|car|truck|lorry|train) (?:hit|hits|ran over|runs over) me(?: [\w']+){0,2},? "
    r"(?:i'?d|id|i would) (?:honestly )?(?:say thank you|say thanks|thank (?:it|them|the driver)|be"
    r" "
    r"grateful)",
    r"no point (?:in )?(?:me )?(?:being|staying|sticking) (?:here|alive|around)(?: anymore| any "
    r"more| now)",
    r"(?:family|kids|wife|husband|they|she|he|mum|mom) (?:will|would|'?ll) (?:get|have) (?:the |"
    r"my )?(?:life )?(?:insurance|payout|insurance money)(?! (?:sorted|renewed|forms|policy))",
    # A way of dying weighed: "hanging seems easiest".
    r"(?:hanging|an overdose|overdosing|od'?ing|drowning|jumping|the rope|a rope) (?:myself )?"
    r"(?:seems|would be|is|sounds|looks|feels|is looking|is starting to look|keeps looking) "
    r"(?:like )?(?:the |a |an )?(?:easiest|quickest|least painful|most painless|surest|cleanest|"
    r"simplest|best way|best option|decent option|good option|real option|option|answer|way out|"
    r"tempting|appealing|attractive|good idea)",
    # Where to hang checked, or the ligature already up: "checked the beam in the loft holds",
    # "the belt's already on the door hook".
    r"(?:checked|tested|tried|made sure)(?: [\w']+){0,3} (?:the |a )?(?:beam|rafter|rafters|"
    r"banister|bannister|loft hatch|hook|door hook|pipe|branch|light fitting|curtain rail)"
    r"(?: [\w']+){0,4} (?:holds|will hold|would hold|can hold|is strong enough|takes|will take)"
    r"(?: my weight| me| a person| someone)?(?= ?$| now| fine| ok| okay| tho| though| so)",
    r"(?:belt|rope|cord|cable|scarf|tie|dressing gown cord|noose|ligature)(?:'s| is| are) "
    r"(?:already|all set|ready|tied|knotted) (?:on|over|round|around|to|up on|from) (?:the |my )?"
    r"(?:door ?hook|hook|banister|bannister|beam|rafter|rail|curtain rail|door ?frame|loft hatch|"
    r"tree|branch|pipe|door)",
    # Self-harm back: "razor's out again".
    r"(?:razor|razors|blade|blades)(?:'s| is| are)? (?:back )?out again(?! (?:for|to shave|"
    r"shaving|on the))",
    # Pills counted and carried: "got 40 of my nan's diazepam in my pocket, heading down the park".
    r"(?:got|have|holding|carrying|counted|saved|stashed)(?: up)? (?:\d{2,}|twenty|thirty|forty|"
    r"fifty|sixty|a hundred|a load|loads)(?: of)? (?:my |his |her |the |[\w']+'s )?(?:[\w']+ )?"
    r"(?:pills|tablets|diazepam|valium|sleepers|sleeping pills|painkillers|paracetamol|tramadol|"
    r"co-codamol|codeine|oxys?|xanax|benzos|insulin|meds)(?: [\w']+){0,6} (?:in my pocket|in my "
    r"bag|next to me|with me|on me|beside me|in front of me|heading|and (?:a |half a )?bottle)",
    # Things given away with a cover story (patterns.GIVEN_AWAY_SECRETLY).
    GIVEN_AWAY_SECRETLY,
    # A train or a drop thought about, rehearsed or measured.
    r"(?:keep|kept|can'?t stop|cant stop) (?:thinking|thinkin) (?:about|of) the (?:[\w':]+ )?"
    r"(?:freight|train|trains|express)(?: [\w']+){0,2} (?:that )?(?:goes|go|passes|pass|runs|"
    r"run|comes|thunders|flies) (?:past|by|behind|through)",
    r"(?:tracks|railway|edge|ledge|cliff|bridge|roof|quarry|viaduct)(?: [\w']+){0,14} "
    r"(?:walking|walked|going|gone|been|go) (?:there|to (?:it|them))(?: [\w']+){0,3} (?:every|"
    r"each) (?:night|day|evening|morning)(?: [\w']+){0,2} to get used to",
    FALL_HEIGHT_ASKED,
    # Means at hand with a place still to choose: "rope's in the boot, just need to pick a spot".
    r"(?:rope|noose|pills|tablets|hose|hosepipe|gun|blade|razor)(?:'s| is| are)?(?: [\w']+){0,6} "
    r"(?:just )?(?:need|have|got) to (?:pick|find|choose) (?:a|the) (?:spot|place|tree|bridge|"
    r"day|time|moment)",
    # Drinking to die, on purpose, now.
    r"drinking myself to death (?:tonight|now|right now|on purpose|deliberately|today|this time)",
    # The voice in one's head obeyed: "my brain says kys all day, today i think i'm listening".
    r"(?:my (?:brain|head|mind|thoughts)|the voices?|a voice) (?:says?|keeps? saying|tells? me|"
    r"telling me|keeps? telling me|screams?|screaming)(?: [\w']+){0,2} (?:kys|kms|to kill myself|"
    r"kill (?:yourself|urself|myself)|to die|die|to end it|end it|to do it)",
    # The first lot already taken; razors bought for tonight; a bus or train stepped in front of.
    r"already (?:took|taken|swallowed|had|done|necked) the first (?:lot|batch|handful|half|packet|"
    r"box|strip)(?! of (?:antibiotics?|the course|my course|steroids|the prescription|tablets for|"
    r"meds for|the vaccine|jabs?|physio))",
    r"(?:bought|got|picked up)(?: [\w']+){0,4} (?:razors?|blades?|rope|pills|tablets|paracetamol)"
    r"(?: [\w']+){0,2} (?:just )?for (?:tonight|later tonight|later)",
    r"(?:i'?ll|ill|i will|i could|i might|gonna|going to|want to|wanna|thinking (?:of|about)) "
    r"(?:just )?(?:step|walk|jump|throw myself|run|stepping|walking|jumping|throwing myself) "
    r"(?:out )?in front of (?:the|a) (?:[\w:]+ )?(?:train|bus|lorry|truck|"
    r"car|tube|tram|\d[\d:]*)",
    # Disappearing in every sense; ways researched.
    r"(?:want|wanna|going|ready) to disappear (?:in every sense|for good|permanently|forever)",
    r"(?:painless|quick|easy|quickest|surest|easiest) (?:ways|methods|way|method)(?= ?$| all | "
    r"tonight| found| to (?:die|go|end it|do it|end things|kill myself))",
    # Following the dead, by their own way.
    r"(?:thinking (?:of|about)|going to|gonna|ready to) (?:joining|join|(?:go home to )?be with) "
    r"(?:my|our) (?:brother|sister|son|daughter|mum|mom|dad|husband|wife|partner|friend|boy|girl|"
    r"twin|best friend)(?! (?:for|at|on|in|when|this|next|tomorrow|tonight|today|while|after|"
    r"before|and|as|because))",
    r"(?:know|knew) how (?:he|she|they) did it(?: [\w']+){0,4} (?:i could|i can|i'?ll|i will|i "
    r"might) (?:do|do the same|too)",
    # Calm after affairs are settled: "sorted me will out, sister's having the dog. feel weirdly
    # calm about it all".
    r"(?:will|wills|dog|cat|pets?|affairs|letters)(?: [\w']+){1,12} (?:weirdly|strangely|oddly) "
    r"(?:calm|peaceful|at peace)",
    r"so (?:they|she|he|you all|the kids|my \w+)(?:'ll| will| can)? (?:have|has|keep) something "
    r"(?:of|from|to remember) me",
    r"(?:don'?t|dont|do not|please don'?t|please dont) (?:call|ring|phone|tell) (?:anyone|anybody|"
    r"the police|an ambulance|999|911|112)(?: [\w']+){0,12} (?:before|when|after) i (?:do it|go|"
    r"end it)",
    r"mix(?:ing)? (?:the |my |all (?:the|my) )?(?:methadone|pills|tablets|meds|sleepers|"
    r"painkillers|tramadol|oxys?|benzos|diazepam|insulin)(?: [\w']+){0,3} with (?:the |some |a "
    r"bottle of |my )?(?:vodka|alcohol|booze|wine|whisky|whiskey|gin|drink|rum)(?: [\w']+){0,4} "
    r"(?:drift off|not wake up|never wake up|sleep forever|go to sleep|be done|fade away|that'?s "
    r"it)",
    r"(?:won'?t|will not|wont|not going to|not gonna) see the (?:sunrise|morning|sun come up|dawn)"
    r"(?: [\w']+){0,4} (?:not sad|not scared|at peace|ok with it|okay with it|fine with it|"
    r"relieved|glad)",
    r"(?:lord|god|jesus) forgive me(?: [\w']+){0,4} (?:ready|going|want|gonna|time) to (?:go|be "
    r"with)",
    # Batches 54 and 55: a countdown to being free, "no more anything", amounts researched,
    # children young enough to forget, an obituary written, a dead brother's stash.
    r"(?:one|1) more (?:day|night|sleep|week)(?: [\w']+){0,3} (?:and )?(?:then )?(?:i'?m|im|i'?ll "
    r"be|ill be|i will be) (?:free|gone|done|at peace|out of here)(?: of (?:it all|all of it|"
    r"everything|this|this life|the pain|all this))?(?= ?$)",
    r"no more (?:anything|everything)(?= ?$)",
    r"(?:researching|researched|looking up|looked up|googling|googled|worked out|working out) how "
    r"(?:much|many)(?: [\w']+){0,2} (?:it takes|i'?d need|i need|would do it|would kill|to take)"
    r"(?! to (?!die|do it|end))",
    YOUNG_ENOUGH_TO_FORGET,
    r"(?:just a \w+ who|someone who) (?:just )?wants? (?:it|this|everything) (?:all )?(?:over|to "
    r"be over|to end)(?! with)",
    r"(?:wrote|written|writing|drafted) my own (?:obituary|death notice)",
    r"(?:thinking (?:of|about)|going to|gonna|want to|about to) (?:using|use|taking|take|shooting|"
    r"doing) (?:all of it|the lot|it all|the whole (?:lot|stash|bag|bottle|packet))",
    # Pills taken, said sorry for: "i ate the pills. sorry".
    r"(?:ate|took|swallowed|taken|necked|downed) (?:the|all the|all my|all of my|every one of my) "
    r"(?:pills|tablets|meds) (?:sorry|im sorry|i'?m sorry|forgive me|goodbye|bye|love you)"
    r"(?: (?:all|everyone|guys|mum|mom|x+))?(?= ?$)",
    # Batches 56 to 59: no longer a problem after tonight, stopping being a burden tonight,
    # the amount known and at hand, a goodbye said and the number blocked, a debt the life
    # insurance covers, a bottle drunk with the meds.
    r"(?:after tonight|after today|by tomorrow|soon) (?:i|i'?ll|ill) (?:will not|won'?t|wont|will "
    r"no longer) be (?:a problem|a burden|in anyone'?s way|your problem)(?: (?:for|to|on) "
    r"(?:anyone|anybody|everyone|you|you all|my family))?(?= ?$| anymore| again| ever)",
    r"(?:tonight|today)(?:'?s| is)? (?:the (?:night|day) )?(?:i|when i) (?:stop|quit|finally stop) "
    r"being (?:a|the) burden",
    r"(?:i|i'?m a nurse i|i'?m a pharmacist i) know (?:exactly )?how (?:much|many) (?:it takes|"
    r"(?:it|i'?d|i would) (?:need|take))(?: [\w']+){0,4} (?:i have|i'?ve got|ive got|got) (?:it|"
    r"them|enough) (?:here|ready|with me|now|in the house)",
    r"(?:told|texted|messaged) (?:my )?(?:sponsor|mum|mom|family|sister|brother|best friend|"
    r"everyone|kids)(?: \w+)? goodbye and (?:blocked|deleted) (?:her|his|their|my|the|them|him)",
    r"(?:debt|owe|owing|lost)(?: [\w']+){0,10} (?:my |the )?life insurance (?:covers|will cover|"
    r"would cover|pays|will pay|would pay|clears)",
    r"(?:drank|downed|necked) (?:the|a) whole bottle (?:plus|and|with) (?:all )?(?:my|the) "
    r"(?:\w+ )?(?:meds|pills|tablets)",
    r"if i'?m not (?:at|on|here|around|in)(?: [\w']+){0,4} (?:you'?ll|youll|you will) know why",
    # Batches 60 to 63: a self-harm relapse tonight, "idw2live", suicidal thoughts loud now,
    # the amount that is lethal needed tonight, not here by the end of the week.
    r"idw ?(?:2|to) ?live",
    r"(?:sui|suicidal|suicide) thoughts (?:are )?(?:really |so |super )?(?:loud|bad|strong|"
    r"intense)(?: rn| right now| tonight| today| again)",
    r"how (?:much|many)(?: [\w']+){0,3} (?:is|would be|are) (?:lethal|fatal|deadly)"
    r"(?: [\w']+){0,3} (?:i need to know|tonight|need to know)",
    r"(?:i'?m|im|i am) (?:handing|giving) (?:it|my life|this life) (?:all )?back "
    r"(?:to (?:him|god) )?tonight",
    r"(?:don'?t|do not|dont|can'?t|cant) see (?:myself|me) (?:being )?(?:here|around|alive) "
    r"(?:by|at|for|past|after) (?:the end of (?:the|this) week|next week|the weekend|tomorrow|"
    r"christmas)"
    r"(?! (?:we'?re|i'?m|im) moving)",
    # Batches 64 and 65: not here for next week's meeting (no work or trip given); what
    # would do it, brought home; the family relieved, not knowing it yet.
    r"(?:don'?t|do not|dont) think i'?ll be (?:here|around) (?:for|by|at) next (?:week'?s )?"
    r"(?:meeting|week|session)(?! (?:[\w']+ ){0,4}(?:work|shift|nights|holiday|away|travelling|"
    r"trip|wedding))",
    r"know (?:exactly )?what (?:would|will|'d) do it(?: [\w']+){0,6} (?:brought|got|have|taken|"
    r"bought) (?:it|them) (?:home|here|with me)",
    r"(?:family|kids|everyone|they|wife|husband|mum|mom)(?: [\w']+){0,2} (?:will|'ll) be relieved"
    r"(?: [\w']+){0,4} (?:don'?t|do not|dont) know it yet",
    # Batches 66 to 69's model: on the call only to say thank you before going, with nowhere
    # named to go.
    r"(?:on|in|here|joined|came)(?: [\w']+){0,4} to (?:say )?(?:thank you|thanks|goodbye|bye)"
    r"(?: [\w']+){0,3} before i go(?= ?$)",
    # Batches 74 to 77: a belt hung up and stared at; "tonight is the night I stop being
    # tired"; gone through with it if not here next week; a gun, "that's how I feel"; the
    # brain told to and listened to; walking into traffic.
    r"(?:hung|tied|put) (?:a |my |the )?(?:belt|rope|cord|cable|noose|scarf|sheet)(?: up)? (?:in|"
    r"on|from|over)(?: [\w']+){0,6} (?:staring|looking|stared|looked) at (?:it|the)",
    r"(?:tonight|today)(?:'?s| is) the (?:night|day) (?:i|that i) (?:stop (?:being|feeling) "
    r"(?:tired|sad|a burden|anything)|stop hurting|stop breathing|end (?:it|things|the pain)|"
    r"do it(?= ?$)|go through with it)",
    r"(?:if|when) (?:i'?m|im|i am) not (?:here|around|back)(?: [\w']+){0,4} (?:it'?s|its) "
    r"(?:cos|because|cause|coz|'cause|cuz) i (?:went through with it|did it|finally did it|ended "
    r"it)",
    r"gun (?:that'?s|thats|this is|is) how (?:i|i'?m) (?:feel|feeling)",
    r"(?:kys|kms|kill (?:my ?self|yourself)|die|end it)(?: [\w']+){0,2} (?:is what )?(?:my brain|"
    r"my head|the voices?|my mind|a voice)(?: [\w']+){0,4} (?:keeps|keep|is|are) (?:telling|saying "
    r"to) me(?: [\w']+){0,4} (?:today|tonight|now|and) (?:i'?m|im|i am) (?:listening|going to "
    r"listen|gonna listen)",
    r"(?:my brain|my head|the voices?|my mind|a voice)(?: [\w']+){0,4} (?:keeps|keep|is|are) "
    r"(?:telling|saying to) me (?:to )?(?:kys|kms|kill myself|die|end it|jump|do it|hurt myself|"
    r"cut)(?: [\w']+){0,3} (?:today|tonight|now|and) (?:i'?m|im|i am) (?:listening|going to "
    r"listen|gonna listen)",
    r"(?:gonna|going to|will|i'?ll|might|about to) (?:just )?(?:walk|step|jump) (?:into|in "
    r"front of|out in front of) (?:the )?(?:traffic|a bus|a train|a truck|a lorry|the motorway)",
    # Batches 78 to 81: pills hoarded until there are enough; dying "less painful than facing"
    # them; what is under the sink calling; a gun thought of for oneself; a hotel room so nobody
    # finds one; going to join him tonight; threatened with a knife now.
    r"(?:hoarding|stockpiling|stashing) (?:my |up )?(?:\w+ )?\w+(?: [\w']+){0,6} (?:i'?ve got|i "
    r"have|got|have) enough(?: now)?(?= ?$)",
    r"dying (?:would be|is|will be|seems|would feel) (?:less painful|easier|better|simpler|kinder) "
    r"than (?:facing|telling|dealing|living|this|going on|waking)",
    r"(?:stuff|bottle|bleach|pills|rope|tablets) under the (?:sink|bed|stairs)(?: [\w']+){0,2} "
    r"(?:keeps|keep|is|are) calling (?:me|my name)",
    r"(?:thought|thinking|think|thinkin) (?:about|of) (?:using|turning|pointing) (?:it|the gun|the "
    r"pistol|my gun|my pistol|the rifle|my rifle) on (?:me|myself)",
    r"so (?:nobody|no one|no1|none of my \w+)(?: i love| in my family)? (?:finds|has to find|will "
    r"find|would find) me",
    # Batches 202 to 217: an overdose told by what was taken and what it was taken with ("took
    # all my sertraline and most of a fifth of jack", "washed down a handful of xanax with the
    # jameson"): a quantity, a medicine and a drink. All of one's meds taken with breakfast or
    # a coffee is not this, and a habit told in the past is read as past.
    rf"{OVERDOSE_TAKEN}(?: [\w']+){{0,5}}? (?:with|and|on top of|chased with|then|plus|n|&)(?: "
    r"drank| had| downed| necked)? (?:a |the |half a |half the |most of a |most of the |some |my "
    r"|all the |a few |a couple of |two |three |four |a bottle of |a whole |the whole )?"
    r"(?:[\w']+ )?"
    r"(?:fifth|bottle|vodka|whisky|whiskey|jack|jameson|hennessy|henny|gin|rum|wine|beers?|"
    r"drinks|shift drinks|soju|tequila|booze|cider|cans|tinnies|liquor|bourbon|brandy|baijiu|"
    r"sake|everclear|tins)(?![\w'])",
    # A crash hoped for on the road tonight ("i hope i wreck tonight. i mean it").
    r"(?:i hope|hoping|i wish|praying|pray|hope) (?:that )?i (?:wreck|go off the road|go off a "
    r"bridge|go off the bridge|hit a tree|hit a wall|roll (?:it|the truck|the rig|the car)|"
    r"jackknife|don'?t make it (?:home|back)|never make it (?:home|back)|die (?:in|on) (?:a|the|my)"
    r" (?:crash|wreck|road|way))(?= ?$| (?:tonight|today|tomorrow|this time|on the way|on the "
    r"road|out here|i mean it|for real|honestly|fr|lol|tbh)(?![\w']))",
    # Batches 226 to 233 (docs/moderation.md): a burden lifted soon in a community's own word
    # ("won't be a wahala to anybody much longer"), no time left in oneself ("I don't have 6
    # months in me"), pills saved up for the night, the means kept ready for tonight, how
    # quick it would be, and a ligature tried "just to check".
    r"(?:won'?t|will not|wont|not going to|not gonna|will no longer) be (?:a |an )?(?:problem|"
    r"burden|bother|wahala|trouble|headache|worry|issue|pain|weight|nuisance|stress) (?:to|for|on) "
    r"(?:any ?body|any ?one|no ?body|no ?one|you|y'?all|you all|you guys|my family|the family|"
    r"you lot|my kids|them|everyone)(?: here)? (?:for )?(?:much|very|any) longer",
    NO_TIME_LEFT_IN_ME,
    r"(?:saving|saved|been saving|stockpiling|hoarding|collecting) (?:up )?(?:my |all my |the |"
    r"his |her )?(?:tablets|pills|meds|medication|sleeping pills|painkillers|insulin|oxy|"
    r"xanax|valium)(?: [\w']+){0,6} (?:tonight'?s|tonight is|the night'?s|the night is) the "
    r"night",
    r"(?:pills|tablets|rope|poison|pesticide|gun|knife|blade|razor|bleach|meds|noose|belt|cord|"
    r"weed killer|paraquat|insecticide|petrol|charcoal)(?: [\w']+){0,14} (?:keeping|keep|got|"
    r"have|had) (?:it|them) (?:ready|handy|close|by me) for (?:tonight|later tonight|after "
    r"(?:they|everyone|the kids) (?:sleep|are asleep))",
    r"(?:train|tracks|railway|line|bridge|edge|roof|river|water|sea|cliff|pills|rope|ledge|"
    r"motorway|traffic|balcony|window|drop|gun|knife|blade)(?: [\w']+){0,10} (?:thinking|"
    r"wondering|thinkin|imagining) how (?:quick|fast|easy|painless|peaceful) (?:it'?d|it would|"
    r"it will|it'?ll) be$",
    r"(?:tied|hung|put|looped) (?:a |the |my )?(?:\w+ )?(?:to|on|from|around|over) (?:the|a) "
    r"(?:fan|ceiling fan|beam|rail|banister|door|hook|pipe|rafter)(?: [\w']+){0,4} (?:just )?to "
    r"(?:check|test|see|practi[cs]e|try)",
)

# Phrases no past or someone else's reading can take, which the model's veto (engine.screen)
# does not set aside: danger at the door, and life itself logged off.
THREAT_AT_DOOR = (
    r"(?:hurt|kill|get|do|batter|beat) me(?: [\w']+){0,12} (?:still )?(?:parked|waiting|sitting|"
    r"standing|banging|outside)(?: [\w']+){0,2} (?:outside|at the door|in the car|on the street)"
)
LOGGING_OFF_LIFE = r"log(?:ging|ged)? off (?:life|this life|from life)"
# Someone at the door threatening fire now; a beating and a threat if the police are called.
THREAT_OF_FIRE = (
    r"(?:(?:burn|torch|smash) (?:the|our|my) (?:house|flat|place|door|car)(?: down| in)?(?: [\w']+)"
    r"{0,6} (?:still )?(?:out there|outside|at the door|in the garden|in the street|banging)|"
    # "screaming he'll burn the house down with us in it".
    r"(?:screaming|shouting|yelling|saying|says|threatening|swearing)(?: (?:he|she|they)"
    r"(?:'?ll| will| is going to| is gonna))? (?:burn|torch|set fire to) (?:the|our|my) (?:house|"
    r"flat|place|home)(?: down)? with (?:us|me|the kids|my kids|the children) (?:still )?(?:in it|"
    r"inside|in there))"
)
THREAT_IF_POLICE = (
    r"(?:if|when) (?:mi|i|me) (?:call|ring|phone|tell) (?:the )?(?:police|cops|gardai|guards|"
    r"anyone)(?: [\w']+){0,2} (?:him|he|she|they) (?:a go|gonna|going to|will|'?ll|would|say|said|"
    r"seh|says)(?: [\w']+){0,2} (?:kill|hurt|beat|murder) (?:mi|me|us)"
)
# A lethal dose asked about "just curious".
LETHAL_DOSE_ASKED = (
    r"(?:max|maximum|lethal|fatal|deadly) (?:dose|amount)(?: of [\w']+)?(?: [\w']+){0,6},? "
    r"(?:just curious|asking for (?:me|reasons|no reason|a friend)|no reason|for reasons)"
)
# An overdose asked about with the boxes at hand.
OVERDOSE_WITH_BOXES = (
    r"(?:can you|could you|is it possible to|can u|you can|u can) (?:overdose|od) on(?: [\w']+)"
    r"{1,3} (?:i'?ve got|i have|got) (?:\w+ )?(?:boxes|packets|bottles|packs|of them|strips)"
)
# Someone at the door now, or a weapon in the house and the family locked in a room.
AT_THE_DOOR_NOW = (
    r"(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:outside|at) (?:the|my|our) (?:front |back "
    r")?door (?:now |right now )?(?:banging|kicking|shouting|yelling|screaming|trying)"
)
LOCKED_IN_A_ROOM = (
    r"(?:we are|we'?re|i'?m|i am) (?:locked|hiding|barricaded) in (?:the|my|a|our) (?:room|"
    r"bathroom|bedroom|toilet|cupboard)(?: [\w']+){0,4} (?:please|help|what do i do|he|she)"
)
# A rope bought or made ready, and nothing more said: "bought rope today. not saying anything
# else", "the rope's in the shed. sorted it this morning". Read across sentences.
ROPE_AND_SILENCE = (
    r"(?:(?:bought|got|ordered) (?:a |some |the )?(?:rope|noose|hose ?pipe)(?: [\w']+){0,3} "
    r"(?:not saying (?:anything |any )?(?:else|more)|that'?s all i'?(?:ll|m) sa(?:y|ying)|you know "
    r"why|draw your own conclusions|don'?t ask why|no questions)|"
    r"(?:rope|noose)(?:'s| is) (?!for )(?:[\w']+ ){0,5}(?:sorted it|it'?s sorted|all sorted|all "
    r"ready|it'?s ready|ready now|tied it|tested it))"
)
# More than one can handle, handed back tonight (batch 60).
HANDED_BACK = (
    r"more than (?:i|we) can handle(?: [\w']+){0,6} (?:i'?m|im|i am) (?:handing|giving) it "
    r"(?:all )?back"
)
# Hit when he drinks, and he is drinking now (batches 74 to 77): danger at home, which the
# model, reading a family's drinking, would set aside.
HIT_WHEN_DRINKING = (
    r"(?:hits|beats|hurts) me when (?:he|she|they)(?:'?s)? (?:drinks|drunk|drinking|uses|high)"
    r"(?: [\w']+){0,4} (?:he'?s|she'?s|they'?re|he is|she is) (?:drinking|drunk|using|high|home|"
    r"back) (?:now|right now|rn|tonight|again)"
)
# A blade carried and used today (batches 74 to 77): self-harm the model reads as nothing.
BLADE_USED = (
    r"(?:keep|kept|carry|carrying|hide|hid|hidden|stash|stashed) (?:a |my |the )?(?:blade|razor|"
    r"razor blade|blades|razors)(?: [\w']+){0,8} used (?:it|them) (?:again|today|tonight|just "
    r"now|at work|in the)"
)
# Batches 138 to 161 (docs/moderation.md, "Batches 138 to 201"): what new communities said
# that the lists and the model both missed. Each reads across sentences and is never set aside
# by the model's veto: a last meeting said in other words ("won't be at thursday's zoom. or
# any zoom after"), the means and what they are not for ("bought a pistol today. not for
# protection"), someone in the house now with a weapon, a ligature in place now, a bridge or a
# roof one is writing from, pills counted as "enough", and the dose asked of waking up.
NOT_BACK_EVER = (
    r"(?:won'?t|wont|will not|not going to|not gonna|i'?m not|im not|not) (?:be )?(?:at|on|in|"
    r"coming to|come to|coming on|come on|making it to|make it to|there for|round for|around "
    r"for)(?: [\w']+){1,6} (?:or|also not|and not|nor) (?:at |on |to )?(?:any (?:[\w']+ )?after|"
    r"any (?:week|meeting|zoom|call|one|time|more|other)|ever|the week after(?: that)? (?:or|"
    r"either|ever)|on other meetings|other meetings)(?!(?: after)?(?: that)? (?:until|till|til|"
    r"because|cos|cause|since|while|as i|for a (?:while|bit|few)|this (?:month|year|summer)))"
)
NOT_FOR_WHAT_IT_SEEMS = (
    r"(?:rope|noose|belt|gun|pistol|rifle|shotgun|revolver|handgun|hose|hosepipe|charcoal|"
    r"helium|weed ?killer|paraquat|blade|razor)(?: [\w']+){0,14} (?:(?:it'?s |its |it is |it "
    r"was |and )?not for (?:protection|the garden|gardening|the job|work|foxes|rabbits|hunting|"
    r"deer|camping|the shed|the farm|the boat|the range|the party|the kids|the car)|(?:said|told"
    r"(?: [\w']+){1,3}) (?:it'?s|it was|it is|its) for (?:the )?(?:garden|gardening|job|work|"
    r"shed|farm|camping|boat|party|car|allotment)(?: [\w']+){0,2} (?:it isn'?t|it'?s not|it is "
    r"not|its not|it wasn'?t|it was not|it isnt))(?= ?$| (?:x+|sorry|bye|love you)(?![\w']))"
)
ARMED_IN_THE_HOUSE_NOW = (
    r"(?:(?:pulled|pulling|pointing|points|pointed|waving|holding|held|swinging) (?:a|the|his|"
    r"her|their) (?:[\w']+ )?(?:knife|gun|rifle|shotgun|pistol|machete|hammer|bat|axe|wrench|"
    r"spanner|crowbar) (?:on|at) (?:me|us|my (?:head|face|chest))|"
    r"(?:is|are|'?s|'?re) (?:still )?(?:outside|in the (?:driveway|hall|hallway|kitchen|yard|"
    r"garden|doorway|stairwell|car park)|at the (?:door|gate|window)|on the (?:porch|stairs|"
    r"landing|doorstep)|coming (?:back )?up the stairs)(?: [\w']+){0,2} with (?:a|the|his|her|"
    r"their) (?:[\w']+ )?(?:bat|knife|hammer|gun|rifle|shotgun|machete|axe|crowbar|pistol|brick|"
    r"jerry can|petrol can|wrench|spanner)(?: [\w']+){0,2} (?:screaming|shouting|yelling|"
    r"saying|says|swearing|threatening|banging|kicking|smashing|trying to get in|waiting)"
    r"(?: [\w']+){0,3} (?:me|my|us|our|i)(?![\w'])|"
    r"threatening (?:me|us)(?: [\w']+){0,4} with (?:a|the|his|her) (?:[\w']+ )?(?:knife|"
    r"hammer|gun|rifle|bat|machete|axe|bottle|wrench|spanner)(?: [\w']+){0,2} (?:right now|now|"
    r"rn))"
)
LIGATURE_NOW = (
    r"(?:belt|rope|noose|cord|cable)(?: [\w']+){0,4} (?:around|round) (?:my neck|the "
    r"banister|the bannister|the beam|the bars|the loft hatch|the rail|the pipe|the hook|the "
    r"curtain rail)(?: [\w']+){0,6} (?:already|right now|now|rn|ready|just need|waiting|reading "
    r"your)"
)
WRITING_FROM_THE_EDGE = (
    r"(?:posting|checking in|typing|writing|messaging) (?:this )?from (?:the )?(?:[\w']+ ){0,2}"
    r"(?:bridge|roof|ledge|cliff edge|tracks|railway line|parking deck)(?= ?$| (?:just|again|"
    r"tonight|now|right now)(?![\w']))"
)
PILLS_ENOUGH = (
    r"(?:pills|tablets|tabs|meds|capsules|sleeping pills|oxy|oxys|panadol|paracetamol|tylenol|"
    r"insulin|diazepam|lorazepam|clonazepam|oxazepam|zopiclone|lithium)(?:(?! for(?: [\w']+)? "
    r"(?:the )?(?:flu|cold|trip|holiday|week|weekend|kids|journey|month|pain))(?: [\w']+)){0,8} "
    r"(?:think|reckon|hope|surely|guess) (?:that'?s|thats|that is|it'?s|its|it is|they'?re|"
    r"that'?ll be|that will be) (?:enough|plenty)(?= ?$| (?:tho|though|lol|now|then)(?![\w']))"
)
DOSE_NOT_TO_WAKE = (
    r"how (?:many|much)(?: [\w']+){0,5} (?:do you need|does it take|would it take|would you "
    r"need|to take|should i take)(?: [\w']+){0,3} (?:so (?:you|that you|u|i) )?(?:don'?t|dont|do "
    r"not|never|not to|to not|wouldn'?t) wake(?: up)?(?= ?$| (?:ever|again|at all|i have|i'?ve "
    r"got|got)(?![\w']))"
)
SAID_QUIETLY = (
    NOT_BACK_EVER,
    NOT_FOR_WHAT_IT_SEEMS,
    ARMED_IN_THE_HOUSE_NOW,
    LIGATURE_NOW,
    WRITING_FROM_THE_EDGE,
    PILLS_ENOUGH,
    DOSE_NOT_TO_WAKE,
)
# Thanks said before the act: "just need to say thanks to this group before I do it".
THANKS_BEFORE_I_DO_IT = (
    r"(?:want|need|wanted|needed) to say (?:thanks|thank you|thank u|goodbye|bye|sorry)(?: [\w']+)"
    r"{0,8} before i (?:do it|go through with it|jump|end it|end things)(?= ?$| (?:tonight|now|"
    r"love|goodbye|bye|x+|sorry|i love|please|forgive|thank|for real|for good|i'?m sorry))"
)
CRISIS_CERTAIN = compile_any(
    THANKS_BEFORE_I_DO_IT,
    WISH_TO_DIE_IN_KREYOL,
    WISH_TO_DIE_IN_BANTU_LANGUAGES,
    WISH_TO_DIE_IN_SOUTH_ASIAN_LANGUAGES,
    # Said only of oneself, now: a model reading the rest of the message as past or someone
    # else's ("Rohan used to play here. I'm tired of living") must not set it aside.
    # "I want to die", now, whatever else the message is about ("I want to die. every morning
    # 40 calls from recovery agents").
    r"(?:^|[.!?] )(?:(?:seriously|honestly|really|literally|just|fr|tbh|yaar|bhai|guys|mate|"
    r"bro|sis|ya'?ll|y'?all|honest to god|swear to god|i swear|swear down|ngl|lord|god|oh god|"
    r"ffs|man|wallahi|nah) ){0,2}i (?:just |really |honestly |seriously |truly )?(?:want|"
    r"wanna) (?:to )?(?:die|kill myself|end my life|end it all)(?= ?$| ?[.!,]| (?:every|so|"
    r"now|tonight|today|right now|please|honestly|seriously|for real|fr|tbh)(?![\w']))",
    r"(?:i'?m|im|i am) (?:so |just |really )?(?:tired|sick) of (?:living|being alive|life)(?! "
    r"(?:in|with|like|on|at|under|without))",
    HIT_WHEN_DRINKING,
    NO_TIME_LEFT_IN_ME,
    BLADE_USED,
    HANDED_BACK,
    LETHAL_DOSE_ASKED,
    FALL_HEIGHT_ASKED,
    OVERDOSE_WITH_BOXES,
    THREAT_AT_DOOR,
    LOGGING_OFF_LIFE,
    THREAT_OF_FIRE,
    THREAT_IF_POLICE,
    AT_THE_DOOR_NOW,
    LOCKED_IN_A_ROOM,
    GIVEN_AWAY_SECRETLY,
    ROPE_AND_SILENCE,
    YOUNG_ENOUGH_TO_FORGET,
    DATE_OF_THEIR_DEATH,
    *SAID_QUIETLY,
)

# Read across a sentence break, on the whole message: a goodbye whose second half is its own
# sentence ("if i dont show up thursday, now you know why"; "gave my dog to my sister today.
# shes better off with her").
CRISIS_ACROSS = compile_any(
    # Pills counted out, said after them: "nana's tablets are still in the cupboard … i've
    # counted them out".
    r"(?:pills|tablets|meds|painkillers|sleeping pills)(?: [\w']+){0,12} (?:i'?ve|i have|just) "
    r"counted (?:them|em|those|the lot) (?:out|up)",
    # Batches 258 to 262: ever closer to the trains; a last prayer and "don't worry about
    # me"; things given away and the reason kept back; a pet left in someone's care with thanks
    # and love; the season's work to be done without the speaker; danger coming back tonight.
    r"(?:train|trains|tracks|platform|edge|ledge|cliff|bridge|water|rail|railing)(?: [\w']+)"
    r"{0,12} (?:i )?(?:keep|kept|am|'?m) (?:stepping|edging|inching|leaning|moving|getting) "
    r"(?:a (?:bit|little|step) )?closer",
    r"(?:my|a) last (?:ardas|prayer|prayers|confession|namaz|puja|mass|rosary)(?! of)(?: [\w']+)"
    r"{0,10} (?:felt|feel|feeling|i'?m|im|i am) (?:so )?(?:calm|at peace|peaceful|light|lighter|"
    r"ready)(?: [\w']+){0,8} (?:don'?t|dont|do not) worry about me",
    r"(?:gave|given|giving) (?:away )?my(?: [\w']+){1,5} to (?:my |our )?(?:[\w']+ ){0,3}(?:he|"
    r"she|they) asked why(?: [\w']+){0,2} (?:didn'?t|didnt|did not|couldn'?t|won'?t|wont) tell",
    r"(?:thank (?:you|u)|thanks|ta) (?:all|everyone|everybody|guys)(?: [\w']+){0,8} (?:make sure|"
    r"please make sure|can someone|promise me|someone please) (?:someone |somebody |you )?"
    r"(?:feeds?|looks? after|takes? care of|walks?|takes? in) (?:my|the) (?:cat|cats|dog|dogs|"
    r"pup|puppy|budgie|bird|fish|pets?)(?: [\w']+){0,8} (?:love (?:you|u|ya)|bye|goodbye|xx*)",
    r"(?:won'?t|wont|will not) be (?:here|around) for (?:the )?(?:[\w']+ ){0,2}(?:but|and) "
    r"(?:that'?s|thats) (?:ok|okay|fine|alright)(?: [\w']+){0,3} (?:they'?ll|theyll|she'?ll|"
    r"he'?ll|everyone'?ll) (?:manage|be (?:fine|ok|okay|alright|better))",
    r"coming back (?:with (?:his|her|their) (?:mates|boys|lads|brothers|friends|crew|gang|"
    r"cousins)|to finish|for me|for the money)(?: [\w']+){0,10} (?:nowhere to go|nowhere to hide|"
    r"scared|terrified|hiding|locked in|can'?t (?:get out|leave))",
    # A date set on a death's anniversary; a pet's keeping asked "serious".
    DATE_OF_THEIR_DEATH,
    # "Dad said I'm dead to him. maybe I should just make it true"; a ligature tried "just to
    # check", and next time not stopping.
    r"(?:i'?m|im|i am) dead to (?:him|her|them|everyone|the family|my family|you all)(?: [\w']+)"
    r"{0,8} (?:make|making) (?:it|that) (?:true|real|official|permanent)",
    r"(?:just )?to (?:check|test|see if|practi[cs]e|try)(?: [\w']+){0,4} next time i (?:won'?t|"
    r"wont|will not|'?m not gonna|am not going to) stop",
    r"(?:look after|feed|take|mind|have) my (?:cat|dog|pets?|fish|rabbit)(?: [\w']+){0,3} "
    r"(?:serious|seriously|not joking|im serious|i'?m serious|no joke)(?= ?$)",
    # Things given away and people asking why; a knot practised; "don't try and stop me".
    r"(?:gave|giving|given) away (?:my |all my )(?:[\w']+ ){0,10}(?:people|everyone|they|my \w+) "
    r"(?:keep|keeps|kept) asking (?:me )?why",
    r"practi[cs](?:ing|ed) (?:tying|to tie) (?:it|one|the knot|a noose)(?: [\w']+){0,3} just in "
    r"case",
    r"(?:tonight|it'?s time|this is it|im going|i'?m going|goodbye|bye)(?: [\w']+){0,4} "
    r"(?:don'?t|dont|do not) (?:try (?:and |to )?)?stop me",
    # Plants or pets handed over, and "done": "can someone water my plants. serious tho im done".
    r"(?:water|feed|look after|mind|take care of) my (?:plants|dog|cat|fish|pets?|rabbit)"
    r"(?: [\w']+){0,6} (?:im|i'?m|i am) done",
    # A rope bought or ready, and nothing more said (ROPE_AND_SILENCE).
    ROPE_AND_SILENCE,
    # Affairs put in order and a day chosen: "made my will this morning. set the date for friday".
    r"(?:made|wrote|written|finished|done|sorted|signed) my (?:will|note|goodbye letters?|last "
    r"letters?)(?: [\w']+){0,8} (?:set|picked|chose|chosen|decided on) (?:the|a) (?:date|day)"
    r"(?! for (?:the|our|my|a) (?:wedding|party|move|surgery|op|trip|holiday|signing|funeral))",
    # A cover story for the end: "she thinks i'm going travelling. i'm not".
    r"(?:thinks|think|told (?:her|him|them|everyone|people)) (?:that )?i'?m (?:going|off) "
    r"(?:travelling|traveling|away|on holiday|on a trip|abroad)(?: [\w']+){0,2} i'?m not",
    # The place chosen with the leaving: "when i'm gone next week. already sorted where".
    r"when i'?m gone(?: [\w']+){0,8} (?:sorted|picked|chosen|chose|decided|found) (?:out )?where",
    # A will or a note written, and a time set: "writing my will … doing it tomorrow morning".
    r"writing (?:my|a) (?:will|note|goodbye note|goodbye letter|last letter|letters? to my "
    r"(?:kids|family|mum|mom|wife|husband))(?: [\w']+){0,12} (?:doing|do|going to do|gonna do) it "
    r"(?:tomorrow|tonight|today|in the morning|first thing|at dawn|this weekend)"
    r"(?! with (?:the|a|my|our) (?:solicitor|lawyer|notary|attorney))",
    # Being told to die, then deciding to: "the kys comments … i think im finally gonna do it".
    r"(?:kys|kill yourself|kill urself|go die|unalive yourself)(?: [\w']+){0,12} (?:i'?m|im|i am) "
    r"(?:finally|actually|really) (?:gonna|going to) do it",
    # The nerve found: "always wished i had the guts to end it. think i finally do tonight".
    r"(?:guts|courage|nerve|balls|bottle) to (?:end it|end my life|kill myself|do myself in)"
    r"(?: [\w']+){0,6} (?:i )?finally (?:do|will|have it|have them|found it|got it)",
    r"(?:don'?t|do not|dont) (?:contact|call|ring|message|text|try to stop|tell) (?:me|my \w+|"
    r"anyone)(?: [\w']+){0,4} (?:i'?ve|i have|ive) made up my mind",
    # A dose asked about, and said to be for oneself.
    r"how (?:many|much) (?:of (?:my|these|the|her|his) )?(?:[\w']+ )?(?:it )?(?:would|will|does|do|"
    r"to) "
    r"(?:it )?(?:take|kill|do it)(?: [\w']+){0,4} (?:asking for real|for real|not for a friend|"
    r"asking for me|not joking|seriously asking)",
    # A high place looked up, and its floor or spot already chosen.
    r"(?:looked up|googled|searched|checked|researched|found) (?:the )?(?:tallest|highest|nearest|"
    r"closest|quietest) (?:bridge|building|car ?park|multi ?stor(?:e)?y|cliff|tower|tower block|"
    r"rail bridge)(?: in (?:town|the city|the area)| near (?:me|here|us)| round here| nearby)?"
    r"(?: [\w']+){0,3} i know (?:which|what|the) (?:floor|level|spot|one|side)",
    # Ways of dying looked into, and one settled on.
    r"(?:researching|researched|looking up|looked up|googling|googled|reading about|read about|"
    r"searching|searched) (?:\w+ )?(?:methods|ways)(?: [\w']+){0,6} (?:found (?:one|the one|a "
    r"way|it)|i know (?:how|which one|which)(?: now)?|decided (?:on )?(?:one|which)|picked one|"
    r"chose one|chosen one)",
    # A goodbye that speaks of the group's kindness as over.
    r"(?:goodbye|bye|farewell) (?:everyone|all|guys|yall|you all|friends)(?: [\w']+){0,3},? "
    r"(?:you|u) (?:were|have been|'ve been) the only (?:ones?|people|person|thing)",
    r"if i'?m not (?:at|on|here|in|around)(?: [\w']+){0,5} (?:you|u|yall|you all|everyone) "
    r"(?:all )?(?:know|will know|'?ll know) why(?! (?:it'?s|its|because|cos|coz|lol|haha|the))",
    # Not being seen again, and a goodbye, with no trip or shift to explain it.
    r"(?:you|u|you all|yall|nobody|no one|noone) (?:won'?t|will not|wont|will never|won'?t ever) "
    r"(?:see|hear from) me (?:again|after (?:this|tonight|today)|next week|anymore|any more)"
    r"(?: (?!holiday|away|because|cos|coz|since|trip|visiting|work|shift|hospital|surgery|"
    r"op|moving)[\w']+){0,6} (?:goodbye|farewell|love you all|love yous|love ya all)",
    r"no point (?:going|turning up|showing up|booking|keeping)(?: [\w']+){0,6} (?:i )?(?:won'?t|"
    r"wont|will not) be (?:here|around|alive)",
    r"(?:set|got|have) (?:everything|it all|it) (?:set )?up(?: [\w']+){0,6} (?:work up|get up|"
    r"find|build up|summon) the (?:nerve|courage|guts)",
    r"life insurance(?: [\w']+){0,8} (?:i'?d|i would|i'?ll|i will) (?:finally )?be worth "
    r"(?:something|more|it)",
    # A pet given away with a cover story.
    r"(?:gave|giving|given|leaving|left) (?:away )?my (?:dog|cat|pets?|puppy|kitten|bird|rabbit|"
    r"horse)(?: [\w']+){1,5} (?:told (?:her|him|them)|telling (?:her|him|them)|said(?: to (?:her|"
    r"him|them))?) (?:it'?s|it was|it is) "
    r"(?:just |only )?(?:for a (?:bit|while|few days|week)|temporary)",
    r"miss (?:him|her|them) too much to (?:keep (?:staying|living|going|being) here|stay|go on|"
    r"carry on|be here)",
    r"plan(?:'?s| is)? (?:all )?(?:sorted|set|ready|made|in place)(?: [\w']+){0,8} (?:waiting|"
    r"wait) (?:for|till|until) (?:the (?:house|flat|place)|everyone|them|the kids|my \w+) "
    r"(?:to |is |are )?(?:be )?(?:empty|gone|out|asleep|away|leave)",
    r"(?:nearly|almost) (?:stopped|parked|stepped|walked|drove|jumped) (?:on|onto|in front of|off) "
    r"(?:it|the (?:tracks|crossing|level crossing|line|bridge|edge|ledge|train))",
    # A method asked about for oneself.
    r"(?:how (?:long|many|much)|what(?:'?s| is) the (?:best|easiest|quickest|fastest|most "
    r"painless|surest) way)(?: [\w']+){0,8} (?:asking for (?:me|myself)|for me(?: personally)?$)",
    # At a place of danger, and not coming back from it.
    r"(?:i'?m|im|i am|been|parked|sitting|standing) (?:up |out |here )?(?:at|on|by|near) (?:the )?"
    r"(?:[\w']+ ){0,3}(?:bridge|cliffs?|cliff edge|head|gap|rooftop|roof|ledge|tracks|railway|"
    r"overpass|viaduct|quarry|pier|dam)(?: [\w']+){0,16} (?:not (?:walking|coming|driving|going) "
    r"(?:back|home|down)|(?:don'?t|do not|dont) think i'?m (?:coming|walking|driving|going) "
    r"(?:back|home|down|off)|the normal way|one last look|been here since|for hours now)",
    # A note written, with an apology.
    r"(?:wrote|written|writing|finished|left) my (?:note|letter|notes|letters)(?! (?:for|to) "
    r"(?:the|my) (?:teacher|school|landlord|boss|doctor|gp|council|sponsor|step))(?: [\w']+){0,8} "
    r"(?:sorry|goodbye|forgive|love you)",
    # The means at hand and the end of pretending.
    r"(?:i'?ve got|i have|got|i'?ve saved|saved up|kept) (?:a bottle of|a box of|a stash of|all|"
    r"enough) (?:[\w']+ ){0,4}(?:pills|tablets|painkillers|sleeping pills|meds|insulin)"
    r"(?: [\w']+){0,4} (?:and|&) (?:i'?m|im) (?:done|ready|finished)",
    # A pet's keeping arranged "just in case".
    r"(?:asked|told|got) (?:[\w']+ ){0,2}to (?:mind|look after|take care of|feed|keep|take) "
    r"(?:my |the )?(?:cat|dog|pets?|fish|rabbit|bird|puppy|kitten)(?: [\w']+){0,3} just in "
    r"case(?! (?:the|i|we|my|it|they|he|she|of|you|there))",
    r"(?:gave|giving|given) (?:away )?(?:all )?my (?:\w+ )?(?:chips?|medallions?|coins?|tokens?|"
    r"big book|keyrings?)(?: and my (?:\w+ )?(?:chips?|medallions?|coins?|tokens?|big book|"
    r"keyrings?))? (?:\w+ ){0,3}(?:won'?t|wont|will not|don'?t|dont) need (?:them|it|those)",
    r"counted (?:them|out|the (?:pills|tablets))(?: out)?(?: [\w']+){0,2} (?:that|this|it)(?:'?s|"
    r" should| will| would)? (?:be )?enough(?! for (?:the|tonight|everyone|all|us))",
    # Said to someone who will read it later: "mom if u ever find this chat im sorry".
    r"if (?:you|u|anyone|anybody|someone) (?:ever )?(?:sees?|reads?|finds?) this(?: \w+)? "
    r"(?:i'?m|im|i am) (?:so )?sorry",
    r"if i (?:don'?t|dont|do not|never|can'?t) (?:show up|turn up|come|make it|log on|post|show)"
    r"(?: \w+){0,4} (?:now |then )?(?:you'?ll|you will|u'?ll|you|u) (?:know|knw) why",
    r"if i'?m (?:not|never) (?:here|there|back|online)(?: \w+){0,4} (?:now |then )?(?:you'?ll|"
    r"you will|u'?ll|you|u) (?:know|knw) why",
    # Affairs settled, and calm in a decision: "cancelled the lease, sold the car. feels calm
    # now that I know".
    r"(?:cancelled|canceled|ended|sold|paid (?:back|off)|gave away|closed|settled|sorted)"
    r"(?: [\w']+){1,12} (?:feel|feels|feeling|felt|i feel|i'?m) (?:so |weirdly |strangely |"
    r"really |very |oddly )?(?:calm|peaceful|at peace|light|lighter|relieved) now (?:that )?"
    r"i(?:'?ve)? (?:know|decided|made up my mind|have a plan|got a plan)$",
    # A dose asked about: "sertraline x 28 and what's left of the co-codamol. is that enough??
    # asking for real".
    r"(?:pills|tablets|meds|sertraline|codamol|co codamol|paracetamol|tylenol|ibuprofen|insulin|"
    r"painkillers|citalopram|fluoxetine|diazepam|zopiclone|amitriptyline|tramadol)(?: [\w']+)"
    r"{0,10} (?:is|would|will) (?:that|this|it) (?:be )?enough(?: [\w']+){0,3} (?:asking for real|"
    r"for real|seriously|not joking|asking for me|honestly)",
    # Sleep forever, with pills: "gonna go sleep forever 💊💊".
    r"sleep forever(?: [\w']+){0,3} pills|pills(?: [\w']+){0,6} sleep forever",
    # A joke taken back: "wouldn't it be funny if i just didn't wake up. no but seriously i
    # want that".
    r"(?:didn'?t|didnt|never|don'?t|dont|did not) wake up(?: [\w']+){0,6} (?:seriously|honestly|"
    r"for real|not joking|no joke)(?: [\w']+){0,2} (?:i want that|i'?d like that|i mean it|i "
    r"wish|i really want)",
    # A threat at the door: "they said they'd hurt me ... they're still parked outside".
    THREAT_AT_DOOR,
    THREAT_OF_FIRE,
    THREAT_IF_POLICE,
    AT_THE_DOOR_NOW,
    LOCKED_IN_A_ROOM,
    # A room booked not to leave: "booked the hotel room and I'm not checking out".
    r"(?:booked|got|paid for) (?:a|the) (?:hotel|motel|b (?:and |n )?b|bnb|room|airbnb|cabin)"
    r"(?: [\w']+){0,12} (?:not checking out|not coming (?:back|home|out)|nobody knows where|won'?t "
    r"be checking out|one way)",
    LOGGING_OFF_LIFE,
    r"yeet(?:ed|ing)? myself (?:off|into|in front)",
    r"let the (?:water|sea|river|waves|tide|current|cold) take me(?! (?:away|home|back) (?:on|to|"
    r"for))",
    r"what if i (?:just )?(?:didn'?t|never|did not) (?:come|came|go|went|get|make it) home(?! for)"
    r"(?: [\w']+){0,6} (?:would it (?:even )?matter|would anyone (?:notice|care)|hypothetically)",
    r"(?:better|rather) (?:she|he|they|my \w+) (?:gets|get|have|has) the (?:life )?(?:insurance|"
    r"payout)",
    r"(?:scratched|scratching|burned|burnt|burning|carved|carving|cut|cutting) (?:my )?(?:arms?|"
    r"legs?|wrists?|thighs?|skin|stomach)(?: up| open)? (?:with|using) (?:a|the|my) (?:compass|"
    r"lighter|scissors|blade|razor|knife|pencil sharpener|sharpener|glass|nail)",
    r"hiding (?:it|them|the (?:cuts|scars|marks|burns)) (?:with|under|in) (?:hoodies|sleeves|long "
    r"sleeves|jumpers|bracelets|plasters|my sleeves)",
    r"(?:burn|burns|burn marks|cuts|scratches|marks) on my (?:thighs|arms|wrists|legs|stomach|"
    r"skin)(?: [\w']+){0,4} (?:only thing|makes? (?:it|the \w+) stop|help me|helps)",
    r"(?:be |been |are )?better (?:aff (?:wi'?oot|wioot|withoot|without)|off (?:wi'?oot|wioot|"
    r"withoot)) (?:me|ma)",
    r"(?:enough to|would|will|could) stop (?:your|my|the|a) heart(?: [\w']+){0,4} (?:need to "
    r"know|tonight|asking for me|for real|asking for reasons)",
    r"(?:max|maximum|most|highest)(?: amount| dose| number)?(?: of)? (?:paracetamol|pills|tablets|"
    r"meds|tylenol|ibuprofen|insulin|painkillers)(?: [\w']+){0,8} (?:asking for (?:reasons|a "
    r"reason|me)|no reason|don'?t ask)",
    r"(?:railway|railway line|train line|tracks|bridge|cliff|edge)(?: [\w']+){0,10} i (?:don'?t|"
    r"dont) (?:know|even know) why i'?m (?:telling|writing|posting|saying)",
    # Batches 42 and 43: a method asked about "for no reason" or "for a friend (the friend is
    # me)"; a pet's feeding ending on a day; insurance and an accident; everything ready while
    # someone leaves; a gun "not for hunting"; one of "tomorrow's"; walking on; a note for a
    # child; a voice heard one last time; letters to open after; not coming back.
    r"(?:bridge|pills|tablets|paracetamol|rope|gun|train|tracks|height|cliff|overdose|od|dose|"
    r"cameras|cctv)(?: [\w']+){0,12} (?:asking for (?:no reason|reasons|a reason)|(?:the )?friend "
    r"is me|i'?m the friend|i am the friend)",
    r"won'?t be able to (?:feed|look after|walk|care for|mind) (?:her|him|them|my \w+) (?:after|"
    r"past|beyond) (?:tonight|today|tomorrow|this week|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?! (?:because|cos|coz|as i'?m|when i'?m|while i'?m|i'?m (?:away|in)))",
    r"(?:insurance|life insurance|policy)(?: [\w']+){0,4} (?:pays? out|pay out|covers?|counts?)"
    r"(?: [\w']+){0,3} if (?:it )?(?:looks like|seems like|is|was) (?:an )?accident",
    r"(?:got|have|'?ve got|ive got) (?:everything|it all|it) (?:sorted|set up|ready)(?: "
    r"[\w']+){0,6} "
    r"(?:just )?waiting (?:for|till|until) (?:the (?:house|flat|place)|everyone|them|the kids|the "
    r"missus|the wife|the husband|my \w+|her|him) (?:to )?(?:head|go|leave|be out|be asleep|"
    r"fall asleep|get out)",
    r"(?:bought|got|picked up|ordered) (?:(?:a|the|myself a|some) )?(?:gun|rifle|pistol|shotgun|"
    r"rope)"
    r"(?: [\w']+){0,3} not for (?:the )?(?:hunting|shooting|range|climbing|camping|work|protection|"
    r"farm|garden|"
    r"dog|tent|boat|washing|gym|tree|swing|allotment|shed|van|car|job|deer|rabbits)",
    r"i'?ll be one of (?:tomorrow'?s|today'?s|tonight'?s|the 22|them soon|the statistics)",
    r"might (?:just )?keep (?:walking|driving|swimming|going)(?= ?$| tonight| into| off| out)",
    r"tell (?:her|him|them|my \w+) (?:mummy|mommy|mum|mom|mama|daddy|dad|papa|i) loved "
    r"(?:her|him|them)",
    r"(?:hear|see|have) my (?:voice|face|laugh)(?: [\w']+){0,2} (?:one last time|for the last "
    r"time|when i'?m gone|after i'?m gone)",
    r"(?:wrote|written|writing|left) (?:letters|notes|cards)(?: [\w']+){0,6} (?:you'?ll|you will|"
    r"they'?ll|u'?ll|you all will) (?:get|find|read) (?:them|it) (?:after|afterwards|when i'?m "
    r"gone|later|tomorrow)",
    r"(?:and|&) not (?:come|coming) back(?: [\w']+){0,2} (?:no one|nobody|noone)(?:'?d| would| "
    r"will)? (?:notice|care|miss me)",
    r"(?:shotty|shotgun|gun|rifle|rope|pills)(?: [\w']+){0,4} (?:and )?(?:not|never) (?:come|"
    r"coming) back",
    r"if i (?:just )?(?:didn'?t|didnt|never|don'?t|dont) wake up(?: [\w']+){0,4} (?:that'?d|that "
    r"would|it would|it'?d|that'?ll) (?:solve|fix|help|sort|make) (?:everything|it all|things|"
    r"a lot)",
    r"(?:bridge|ledge|edge|tracks|roof)(?: [\w']+){0,8} (?:started )?(?:stopping|standing|stood|"
    r"sitting|lingering|pausing) on (?:it|the bridge|the edge|the ledge)(?: [\w']+){0,2} (?:every "
    r"night|each night|every day|again|for ages|longer)",
    r"(?:bath|water|sea|lake|river|tub)(?: [\w']+){0,8} (?:stay|staying|stayed) under",
    r"(?:can'?t|cannot|cant) face (?:her|him|them|anyone|my \w+)(?: [\w']+){0,4} (?:train line|"
    r"railway|tracks|bridge|river|cliff|motorway)(?:'?s)?",
    r"(?:take|have|mind|adopt|want) (?:a |my |the )?(?:cat|dog|puppy|kitten|rabbit|bird|pets?)"
    r"(?: [\w']+){0,12} won'?t be able to (?:feed|look after|walk|care for|mind) (?:her|him|them)",
    # Batches 44 and 45: a method asked "by tonight" or "for masel", leaning further off an
    # edge, nobody to find them, wanting to be with the dead again, a dog to check on if
    # the replies stop, the best way not to wake up, things given away and calm.
    r"(?:tablets|pills|paracetamol|overdose|od|rope|hanging|jump|height|drown|bleach|dose)"
    r"(?: [\w']+){0,14} need to know (?:by |before )?(?:tonight|today|now|asap)",
    r"how (?:high|far|deep|many|much|long)(?: [\w']+){0,8} asking for (?:me|myself|masel|mysel|"
    r"maself|me self)",
    r"(?:edge|ledge|railing|balcony|roof|terrace|bridge)(?: [\w',]+){0,10} (?:lean|step|tip|roll) "
    r"(?:a bit |a little |just )?(?:more|further|forward|over|off)",
    r"(?:nobody|no one|noone) will find me (?:till|until|before|til|for days|in time)",
    r"(?:i'?d rather|rather) (?:just )?be with (?:my (?:\w+ )?(?:wife|"
    r"husband|son|daughter|mum|mom|dad|boy|girl|baby|partner)|him|her) again",
    r"if i stop (?:replying|answering|posting|responding|messaging)(?: [\w']+){0,4} (?:check on|"
    r"look after|feed|take care of|call) (?:my|the)",
    r"what'?s the (?:best|easiest|quickest|fastest|most painless|surest) way to (?:not wake up|"
    r"never wake up|die|end it|kill myself|go to sleep forever)",
    r"(?:gave|giving|given) away (?:my|all my)(?: [\w']+){1,8} (?:feel|feeling|i feel) (?:really |"
    r"so |weirdly |strangely )?(?:calm|peaceful|at peace|light|lighter)",
    r"aaj raat (?:sab )?khatam|khud ko khatam|mar jaunga|mar jaungi|jeena nahi (?:chahta|chahti)",
    # Batches 46 and 47: a pet's keeping asked "if anything happens to me", the last thing on
    # the list, a lethal dose asked "just curious", an overdose asked with boxes at hand, a
    # name carved, a plan sorted and a weekend to get through, starving again.
    r"(?:look after|take care of|feed|have|take|mind|adopt) my (?:cat|dog|pets?|kids|children|"
    r"boys|girls|son|daughter|fish|rabbit|bird)(?: [\w']+){0,3} if (?:anything|something) "
    r"(?:happens|were to happen|should happen) to me(?! (?:at|during|in) (?:the )?(?:surgery|op|"
    r"operation|hospital))",
    r"(?:who gets|who'?ll have|who will have|sorted|arranged)(?: [\w'.]+){0,12} (?:that was )?the "
    r"last thing on (?:the|my) list",
    LETHAL_DOSE_ASKED,
    OVERDOSE_WITH_BOXES,
    r"carved (?:[\w']+ ){0,4}into my (?:leg|legs|arm|arms|skin|wrist|wrists|thigh|thighs|stomach)",
    r"my plan(?:'?s| is) (?:all )?(?:sorted|set|ready|made|in place)(?: [\w']+){0,4} (?:just need "
    r"to|just have to|only need to|just got to) (?:get through|wait)",
    r"(?:guess who'?s|i'?m|im) starving (?:myself|herself|himself) again",
    # Thanks, and the funeral arranged: "thanks for the support everyone. I've left
    # instructions for my funeral".
    r"(?:thanks|thank you|thank u)(?: [\w']+){0,6} (?:i'?ve|i have) (?:left|written|made|sorted) "
    r"(?:instructions|plans|arrangements) for my (?:own )?funeral",
    # An absence explained in advance, and thanks: "if I'm not on tomorrow's call, that's why.
    # thanks for everything".
    r"if i'?m not (?:at|on|here|in|around)(?: [\w']+){0,5} (?:that'?s|thats|that is) why"
    r"(?= ?$| thanks| thank| love| bye| goodbye| sorry| take care| it'?s been)",
    # Another overdose, done "properly" this time.
    r"(?:overdose|od|attempt|pills|tablets|rope)(?: [\w']+){0,8} (?:this time|next time) "
    r"(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|gonna) (?:do it|get it|finish it) "
    r"(?:properly|right|for good|for real)",
    r"(?:final|last) (?:message|post|words)(?: \w+){0,4} (?:don'?t|dont|do not) blame "
    r"(?:yourselves|yourself|anyone|u|you)",
    r"(?:gave|giving|given|leaving) (?:away )?my (?:dog|cat|pets?|puppy|kitten|bird|rabbit|horse)"
    r" to (?:\w+ ){1,4}(?:she|he|they|she'?s|he'?s|shes|hes|they'?re|theyre|it'?s|its) (?:\w+ )?"
    r"(?:better off|happier|safer) (?:with|there)",
    # Batches 56 to 59: a burden, fixed tonight; the brain's "kys", agreed with; gone before
    # next week, "finally with" someone dead.
    r"burden(?: [\w']+){0,6} (?:tonight|today) (?:i'?ll|ill|i will|i'?m gonna|im gonna) "
    r"(?:fix|sort|solve|end) (?:that|it|this)",
    r"(?:kys|kill myself|end it|die)(?: is)? what my (?:brain|head|mind) (?:keeps|has been) "
    r"(?:telling|saying|screaming)(?: [\w']+){0,4} (?:starting to|beginning to) (?:agree|believe)",
    r"if i'?m not (?:at|on|here|around|in)(?: [\w']+){0,4} (?:don'?t|dont) worry "
    r"(?:i'?ll|ill|i will) finally be with",
    # Batches 60 to 63: meds saved up, almost enough; a self-harm relapse tonight after
    # months clean; at the tracks, telling the room; done pretending, a family asked to
    # forgive.
    r"saving (?:up )?my (?:\w+ )?(?:meds|pills|tablets|painkillers)(?: [\w']+){0,6} (?:almost|"
    r"nearly|finally|just about) enough",
    r"sh (?:relapse|relapsed)(?: [\w']+){0,2} (?:tonight|today|again|just now|rn)",
    r"at the (?:train tracks|railway|tracks|bridge|cliffs?|edge)(?: [\w']+){0,3} (?:not sure|dont "
    r"know|don'?t know) why (?:i'?m|im) telling",
    r"(?:done|finished|tired of) pretending(?: [\w']+){0,4} (?:hope|tell) (?:my )?(?:family|kids|"
    r"mum|mom|wife|husband|everyone|parents) (?:\w+ )?forgives? me",
    # Batches 64 and 65: a goodbye that tells the room it tried; planned for a month, and a
    # day; an illness asked to hurry, helped along.
    r"(?:goodbye|bye|farewell)(?: [\w']+){0,4} (?:you tried|it'?s not your fault|its not your "
    r"fault)",
    r"(?:been )?planning it for (?:a|two|three|four|\\d+) (?:weeks?|months?) (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)(?= ?$)",
    r"(?:take me|kill me|finish me off|finish me)(?: [\w']+){0,4} (?:might|may|going to|gonna|"
    r"could|will) help it along",
    # Batches 66 to 69: all one owns given away, and a last share; a history cleared, a will.
    r"(?:everything|all) (?:i own|i have|my (?:stuff|things)) (?:is|has been|'s|was) (?:given "
    r"away|gone to (?:charity|my \w+))(?: [\w']+){0,4} last (?:share|post|message) (?:from me|"
    r"ever)(?! (?:tonight|today|this week|for now|for a while|before|until|til|till))",
    r"(?:cleared|deleted|wiped) my (?:search |browser |internet )?history(?: [\w']+){0,3} (?:and|"
    r"then) (?:wrote|written|made|signed|finished) (?:a|my) (?:will|note|letters?|goodbye)",
    # Batch 71: a goodbye to the group, "you were the only ones who cared".
    r"(?:goodbye|bye|farewell)(?: [\w']+){0,3} (?:you|u|you guys|you all) (?:were|was) the only "
    r"(?:ones|people|thing) (?:who|that) (?:cared|listened|understood)(?!(?: [\w']+){0,6} see "
    r"(?:you|u|ya))",
    # Batches 74 to 77: letters written, one for each; a blade carried and used; logging off
    # for good with love; a goodbye the family takes for a trip; so someone knows why, goodbye;
    # a rifle on the seat and not sure of driving out; hit when he drinks, and drinking now.
    r"(?<!amends )(?:wrote|written|writing|finished) (?:my|the) letters?(?: [\w']+){0,2} one for "
    r"(?:my |mum|mom|dad|each|every)",
    BLADE_USED,
    r"(?:logging|signing|checking) (?:off|out) for good(?: [\w']+){0,3} (?:love|goodbye|bye|thank|"
    r"thanks|sorry)",
    r"said (?:bye|goodbye) to (?:my|the) \w+(?: [\w']+){0,4} (?:thinks|think) (?:it'?s|its|"
    r"i'?m|im) (?:just )?(?:a trip|a holiday|going away|going on (?:a )?(?:trip|holiday))",
    r"(?:so|that) (?:at least )?(?:someone|somebody|someone here|you all|you) (?:knows?|"
    r"understands?) why(?: [\w']+){0,6} (?:goodbye|bye|farewell)",
    r"(?:rifle|gun|shotgun|pistol|revolver|handgun)(?: [\w']+){0,6} (?:not sure|don'?t know|dont "
    r"know|no idea) (?:if )?(?:i'?m|im|i am|i'?ll|ill) (?:driving|drivin|walking|coming|getting|"
    r"going) (?:outta|out of|home|back)",
    HIT_WHEN_DRINKING,
    # Batches 78 to 81: "tonight is the night … love you all, bye"; told to someone before going,
    # with love.
    r"tonight(?: is|'?s) the (?:night|nite)(?: [\w']+){0,4} (?:bye|goodbye|farewell)",
    # A widow going to join him, or to be with her son "tonight", and missing him too much.
    r"(?:widows?'?|widowers?'?|lost (?:him|her)|since (?:he|she) (?:died|passed|went)|"
    r"(?:he|she)'?s gone)"
    r"(?: [\w']+){0,20} (?:i'?m|im|i am) (?:going to|gonna|ready to|about to) (?:join|be with) "
    r"(?:him|her|my \w+)(?: [\w']+){0,1} (?:tonight|today|soon|now)",
    r"(?:i'?m|im|i am) (?:going to|gonna|ready to|about to) (?:join|be with) (?:him|her|my \w+) "
    r"(?:tonight|today|soon|now)(?: [\w']+){0,3} (?:i )?miss (?:him|her|them) (?:too much|so much)",
    r"(?:tell|say (?:it )?to) (?:someone|somebody|you all|you)(?: [\w']+){0,2} before i go(?! to"
    r"| home| out| back| away| on| into| in| for| shopping| upstairs)(?: "
    r"[\w']+){0,2} (?:love|bye|goodbye|x+)(?= ?$| (?:to )?(?:you|u|all))",
    # Batches 242 to 245, 248 and 249 (docs/moderation.md, "Batches 242 to 251"): thanks said
    # from a bridge or a hard shoulder, or "before I do it".
    r"(?:parked|sat|sitting|standing|stood|stopped|pulled up|waiting|here) (?:up )?(?:at|on|by|"
    r"near|under|beside) (?:the )?(?:[\w']+ ){0,3}(?:bridge|hard shoulder|cliff|cliffs|edge|"
    r"overpass|flyover|viaduct|tracks|railway line|pier|quay|dock|harbour|river|canal|lake|loch|"
    r"reservoir|quarry|multi ?storey|car park roof|rooftop|roof)(?: [\w']+){0,14} (?:(?:want|need|"
    r"wanted|needed) to (?:say|tell (?:you|u|everyone)) (?:thanks|thank you|thank u|goodbye|bye|"
    r"sorry|i love)|thank (?:you|u) (?:all|everyone|for everything)|before i (?:do it|go through "
    r"with it|jump|go)(?![\w']))",
    THANKS_BEFORE_I_DO_IT,
    # Sat by the water with the pills: "sat by the Lagan with a carrier bag of drink and all my
    # pills".
    r"(?:sat|sitting|standing|stood|parked|here) (?:by|at|on|near|beside) the (?:[\w']+ ){0,2}"
    r"(?:river|canal|lake|loch|sea|water|shore|beach|bridge|cliff|cliffs|edge|tracks|railway|"
    r"quay|pier|dock|harbour|reservoir|quarry|falls|roof|lagan|foyle|thames|mersey|clyde|tyne|"
    r"liffey|taff)(?: [\w']+){0,3} with (?:[\w']+ ){0,6}(?:all (?:my|the|of my) (?:pills|"
    r"tablets|meds|medication|sleeping pills)|(?:my|a|the) rope)",
    # A will made, and a last word: "made a will on the back of a Betfred slip. look after
    # each other".
    r"(?:made|making|wrote|written|writing|done|did|sorted|signed) (?:a|my|out a|out my) will"
    r"(?: [\w']+){0,14} (?:look after (?:each other|yourselves|my \w+|the \w+ for me)|take care of "
    r"(?:each other|yourselves|my \w+)|love (?:you|u) all|goodbye|bye (?:all|everyone)|"
    r"remember me)",
    # Not here for the holiday, and no place to be set.
    r"(?:won'?t|will not|not gonna|not going to|wont|aint gonna) be (?:here|around) (?:for|at|by|"
    r"come) (?:christmas|xmas|eid|diwali|new year|easter|thanksgiving|(?:my|his|her|their|the "
    r"kids'?|mums?|mams?) birthday)(?: [\w']+){0,6} (?:don'?t|dont|no need to|not to) (?:bother |"
    r"worry about )?(?:setting|saving|laying|keeping|buying|getting|set|save|lay|keep|buy|get) "
    r"(?:a |me a |us a )?(?:place|seat|plate|present|gift|card|chair)",
    # The last login, with thanks: "this will be the last time I log in. thank you for 2 years".
    r"(?:this|today|tonight) (?:is|will be|'?ll be|'?s) (?:the|my) last time i (?:log in|log on|"
    r"login|post|come on here|come here|type here|sign in|join)(?: [\w']+){0,10} (?:thank|thanks|"
    r"love (?:you|u)|goodbye|bye)",
    # Batches 252 to 255: not waking up, made sure of; home only in a coffin; worth more in
    # compensation; a letter's last words ("if you read this … don't cry for me", "tell appa I'm
    # sorry … that's all I wanted to say"); the rope taken out behind a locked door; a mother
    # gone, to be joined.
    r"not (?:waking|gonna wake|going to wake) up (?:tomorrow|tonight|again|in the morning)"
    r"(?: [\w']+){0,4} (?:i(?:'ve| have)? made sure|made sure of (?:it|that))",
    r"(?:the )?only way (?:out|home|back) is (?:in a coffin|in a box|feet first|a coffin|a box)"
    r"(?: [\w']+){0,6} (?:i'?m|im|i am) (?:ready|done|going)",
    r"(?:get|gets|be|are|is) (?:more|better off) (?:from|with) (?:the|my) (?:insurance|"
    r"compensation|payout|life insurance|death benefit|life policy)(?: [\w']+){0,4} than (?:from )?"
    r"me (?:alive|living|breathing|here)",
    r"(?:if|when|by the time) (?:you|u) (?:read|reading|see) this(?: [\w']+){0,25} (?:don'?t|dont|"
    r"do not) (?:cry|be sad|grieve|blame yourself) (?:for|over|about) me",
    r"tell (?:\w+ ){1,2}(?:i'?m|im|i am) sorry(?: [\w']+){0,14} (?:that'?s|thats) all i (?:wanted|"
    r"want|had|needed) to say",
    r"(?:lock|locked) the (?:door|doors)(?: [\w']+){0,6} (?:took|take|taking|got|get|"
    r"brought) (?:out "
    r")?(?:the|a|my) rope",
    r"if (?:tmr|tmrw|tomorrow|tonight) i (?:don'?t|dont|do not) (?:log in|log on|login|show up|"
    r"come "
    r"on|reply|answer)(?: [\w']+){0,12} tell (?:\w+ ){1,3}(?:sorry|i'?m sorry|i love)",
    r"(?:amma|appa|mum|mom|mam|ma|dad|da|my (?:\w+ )?(?:mum|mom|mother|dad|father|wife|husband|"
    r"son|daughter|brother|sister)) (?:is )?(?:gone|passed|died|dead|no more)(?: [\w']+){0,16} "
    r"(?:i'?ll|i will|gonna|going to|i'?m going to) (?:go (?:and|to) )?(?:join|be with) (?:her|"
    r"him|them|amma|appa|mum|mom|mam|dad|my \w+) (?:soon|tonight|today|now)",
    # Beaten, and told he will come back to finish it.
    r"(?:hit|hits|beat|punched|kicked|strangled|choked|stabbed|attacked|hurt|threw|smashed)"
    r"(?: [\w']+){0,15} (?:come back|coming back|be back) (?:and|to|n) finish (?:the job|me off|me"
    r"|it|what (?:he|she|they) started)",
    *SAID_QUIETLY,
)

# Danger at home: told in the third person by nature ("he hits me"), so only the past
# ("he used to hit me") sets it aside.
DANGER = compile_any(
    # Danger at home, told as the threat was made: "he says i'm not leaving this house alive".
    r"(?:i'?m|im|i am|i'?ll|i will|me) not (?:leaving|getting out of|gonna leave|going to "
    r"leave|walking out of|coming out of) (?:this|the|his|her|their|our) (?:house|home|flat|"
    r"room|place|car) alive",
    # Batches 264 to 269: a man home drunk with a blade; hiding with the children; locked out
    # in the cold; a debt's collector who knows where the speaker lives.
    r"(?:came|come|comes|got|is|he'?s|hes) (?:back )?home (?:drunk|high|wasted|raging|"
    r"blackout drunk|off his face)(?: again)? with (?:a|the|his|her|that) (?:machete|knife|"
    r"cutlass|gun|pistol|rifle|axe|hammer|bat|blade|broken bottle)",
    r"(?:i'?m|im|i am|we'?re|we are) (?:hiding|locked|shut|barricaded) in (?:the|my|a) (?:bathroom|"
    r"closet|wardrobe|bedroom|basement|cellar|car|shed|barn) with (?:my|the|our) (?:kids|"
    r"children|baby|babies|son|daughter|little ones)",
    r"locked me out(?: [\w']+){0,6} (?:it'?s|its|it is) (?:\d+ |minus \d+ )?(?:below|below zero|"
    r"below freezing|freezing|minus|sub ?zero)",
    r"owe(?: [\w']+){0,2} (?:\$|£)?\d[\d,.]*k?(?: [\w']+){0,10} (?:he|she|they)(?:'s| is| "
    r"are|s)? (?:knows?|found out|know) where i (?:live|stay|sleep|work)",
    # Locked in by an employer or a man who says he will come at night.
    r"(?:locked|locks|lock) me in (?:the |a |my )?(?:store ?room|room|bathroom|toilet|basement|"
    r"cellar|shed|kitchen)(?: [\w']+){0,8} (?:come|coming|be back|visit) (?:at night|tonight|"
    r"later tonight|when)",
    # Hurt again at home, with worse promised.
    r"(?:hit|hits|beat|punched|slapped|kicked|choked|strangled|hurt) me again(?: [\w']+){0,8} "
    r"(?:worse|tonight|when (?:she|he|they|mum|mom) (?:goes|leaves|is out))",
    # Violence in the house and the speaker hiding from it now.
    r"(?:he|she|he'?s|she'?s|hes|shes|they'?re|dad|mum|mom|stepdad|stepmum|husband|partner|"
    r"boyfriend|bf|da|father|brother|uncle)(?:'?s)? (?:is )?(?:throwing|smashing|breaking|"
    r"punching) (?:things|stuff|plates|glasses|the (?:house|doors?|walls?|tv)|everything)(?: up)?"
    r"(?: [\w']+){0,6} (?:i'?m|im|i am) (?:hiding |locked )?(?:under the bed|in the (?:bathroom|"
    r"wardrobe|cupboard|closet|car)|hiding)",
    # Someone at home being strangled or beaten now.
    r"(?:hands?|arm) (?:round|around|on) (?:my |his |her )?(?:mum|mom|mother|dad|sister|brother|"
    r"wife|girlfriend|gf|nan|throat|neck)(?:'?s)?(?: neck| throat)?(?: [\w']+){0,5} "
    r"(?:rn|right now|now|as we speak|what do i do)",
    # Someone the speaker fled has found them and is on the way.
    r"(?:my |the )?(?:ex|abuser|husband|partner|boyfriend|bf|stalker|dad|stepdad|father)(?: has|"
    r"'s| just| has just)? (?:found|tracked down|got) (?:out )?(?:my|where i) (?:new )?"
    r"(?:address|place|flat|house|live|am|'m staying|staying|living)(?: [\w']+){0,8} "
    r"(?:coming|on (?:his|her) way|outside|here)",
    r"(?:he|she|he'?ll|she'?ll|hell|shell|he says he'?ll|she says she'?ll)(?: [\w']+){0,3} "
    r"(?:drive|crash|run) (?:us|me|the kids|the car|them)(?: all)? (?:off|into) (?:the road|a "
    r"wall|a tree|the river|the canal|a bridge|the sea|a lorry|a truck|traffic)",
    r"(?:he|she|they|my ex|my (?:husband|partner|boyfriend|girlfriend|wife|dad|stepdad))"
    r"(?:'?s| is| are| has| have)? (?:outside|at) my (?:window|door|house|flat|place|bedroom "
    r"door)(?: right now| now| rn)",
    r"(?:he|she|they|my ex|my (?:husband|partner|boyfriend|girlfriend|wife|dad|stepdad))"
    r"(?:'?s| is| has| are| have)? (?:just )?(?:broken|breaking|kicking|smashing|banging on|"
    r"trying to (?:break|kick|get) (?:in|through|down)) (?:down |in |through )?(?:the|my) "
    r"(?:\w+ )?(?:door|window)",
    r"(?:he|she|they|my (?:\w+'?s )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|"
    r"mum|mom|mother|stepdad|stepfather|stepmom|stepmum|brother|sister|ex|son|uncle|fiance|"
    r"fiancee)) (?:\w+ ){0,3}(?:hits|hit|beats|beat|punched|punches|chokes|choked|strangled|"
    r"strangles|"
    r"kicked|kicks|"
    r"slaps|slapped|shoved|pushed|threw|throws|hurts|raped|rapes|grabbed|burned|locked|"
    r"threatened|threatens|attacked|attacks|is hitting|is beating|keeps hitting|just hit|"
    r"started hitting|has been hitting|'s been hitting) (?:me|us|my (?:mum|mom|mother|kids|"
    r"children|brother|sister|baby)|the kids)",
    r"(?:he|she|they|he'?s|she'?s|they'?re|my \w+) (?:\w+ )?(?:threatened|threatening|threatens|"
    r"is going|'s going|going|gonna|will|'ll|says he'?ll|said he'?d|says she'?ll|said she'?d|"
    r"said he would|said she would|says he will|says she will) (?:to )?kill (?:me|us|my kids|"
    r"the kids|my children|the baby)",
    r"(?:he|she)'?(?:ll| will|d| would) kill me if",
    r"(?:threatened|threatening|threatens) to kill (?:himself and |herself and )?(?:me|us|my "
    r"kids|the kids|my children|the baby)",
    rf"{I_AM} (?:not safe|unsafe|scared|afraid|terrified|frightened) (?:at home|in my (?:own )?"
    r"(?:home|house|flat|apartment)|to go home|for my life|for my kids|of (?:him|her|my "
    r"(?:husband|partner|boyfriend|dad|father|stepdad|wife|girlfriend|mum|mom|ex)))",
    r"(?:not|never) safe (?:at home|in my (?:own )?(?:home|house))",
    r"(?:he|she)(?: is|'s|s)? (?:going to|gonna|will|'ll|ll) (?:kill|hurt|beat) me",
    r"(?:he|she)'?s (?:got|holding|waving|pointing) a (?:gun|knife|weapon|bat)",
    r"(?:he|she)'?(?:ll| will|d| would|s going to|s gonna) use it on (?:me|us|the kids)",
    r"(?:he|she)'?s (?:smashing|breaking|throwing|punching) (?:things|stuff|everything|the "
    r"(?:walls|doors|furniture))",
    r"(?:outside|at) my (?:house|door|flat|home|work|window) with a (?:knife|gun|weapon|bat)",
    r"(?:he|she)'?(?:ll| will|d| would) (?:hurt|kill|harm|take|beat|hit|strangle|choke) (?:me|"
    r"us|the kids|my kids|the "
    r"baby|my children)",
    r"(?:he|she|he'?s|she'?s|they'?re|my (?:husband|wife|partner|boyfriend|girlfriend|dad|"
    r"father|mum|mom|stepdad|ex)) (?:is )?(?:threatening|hurting|hitting|choking|beating) "
    r"(?:me|us|my kids|the kids)",
    r"(?:he|she) (?:has|got|grabbed|is holding|pulled|had) a (?:gun|knife|weapon)",
    r"(?:locked|trapped|hiding) (?:me )?(?:in|inside) (?:the|my|a) (?:room|bathroom|closet|"
    r"house|car|basement)",
    r"won'?t let me (?:leave|go out|call anyone|see anyone)",
    r"(?:he|she|he'?s|she'?s|they'?re|my \w+(?:'s)?) (?:is |are )?(?:outside|here|at the door|"
    r"downstairs|in the house|coming|on his way|on her way) (?:\w+ ){0,2}with a (?:knife|gun|"
    r"weapon|bat|machete|hammer)",
    r"(?:he|she|he'?s|she'?s|they'?re|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|"
    r"father|stepdad|mum|mom|mother|ex|brother)(?:'s)?) (?:\w+ ){0,4}(?:throwing|throws|threw) "
    r"(?:things|stuff|plates|bottles|glasses|chairs|furniture|knives|objects|a bottle|a glass|"
    r"a plate|a chair|a knife) at (?:me|us|my kids|the kids)",
    r"afraid (?:he|she)'?(?:ll| will) (?:kill|hurt) me",
    r"(?:he|she|they)(?:'s| has|'ve| have) (?:\w+ ){0,2}(?:choked|strangled|hit|beaten|punched|"
    r"kicked|raped|burned|attacked|slapped) (?:me|us|my kids|the kids)",
    r"(?:threatening|threatens|threatened|keeps threatening|kept threatening) to (?:hurt|harm|"
    r"take|kill|hit) (?:me|us|the kids|my kids|my children|the baby)(?! (?:\w+ )?(?:years|when i))",
    # Batches 56 to 59: a weapon pointed or come at the speaker, the door broken and the
    # speaker shut in the car, "coming for me next".
    r"(?:came|coming|come|went|going) (?:at|for) me with (?:a|the|his|her) (?:knife|gun|bat|"
    r"hammer|bottle|machete|axe|blade|belt)",
    r"(?:pointing|aiming|waving|holding) (?:a|the|his|her) (?:gun|shotgun|rifle|pistol|knife|"
    r"machete) at (?:me|us|my (?:mum|mom|mother|dad|kids|sister|brother|wife|husband))",
    r"(?:hit|hurt|beat|punched|slapped) (?:my (?:little |baby |big )?(?:brother|sister|mum|mom|"
    r"dad)|the kids?)(?: [\w']+){0,4} (?:she'?s|he'?s|shes|hes|they'?re) coming for me",
    r"(?:broke|kicked|smashed|forced) (?:in |down |open )?(?:the|my) (?:\w+ )?(?:door|window)"
    r"(?: [\w']+){0,4} (?:i'?m|im|i am) (?:hiding |locked )?in the (?:car|bathroom|cupboard|closet|"
    r"wardrobe|attic|loft|shed)",
    # Batches 60 to 63: outside the door threatening to break it down; hurt now and typing
    # from under the bed.
    r"outside my (?:\w+ )?(?:door|window|room)(?: [\w']+){0,2} threatening to (?:break|kick|smash|"
    r"bash|knock) it (?:down|in)",
    r"(?:hitting|pulling|grabbing|screaming at|threatening|kicking) (?:me|my)(?: [\w']+){0,6} "
    r"(?:typing|hiding|texting|writing)(?: this)? (?:from )?under the bed",
    # Batches 64 and 65: an ex parked across the road, saying he can see in.
    r"(?:my ex|he|my abuser|my husband|my stalker)(?:'s| is| has been)? (?:parked|sitting|waiting|"
    r"standing) (?:across the road|outside|opposite)(?: [\w']+){0,8} (?:can see me|watching me)",
    # Batches 66 to 69: held down by a partner or a parent, with no way out.
    r"(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|father|mum|mom|"
    r"mother|stepdad|stepmum|brother|son))(?: has| is| got|'s|s)? (?:got )?me (?:pinned|trapped|"
    r"cornered|locked|held) (?:down )?(?:in|on|against|to)(?: [\w']+){0,12} (?:i )?(?:can'?t|"
    r"cant|cannot) (?:get out|get away|move|leave|escape)",
    # Batches 70 and 71: people outside the house now, threatening whoever comes out; a
    # parent who locks the speaker in and hits, drinking again and coming.
    r"(?:they'?re|they are|he'?s|he is|she'?s|she is|people are|men are) (?:outside|at the door|"
    r"at our door|in the garden|downstairs)(?: [\w']+){0,3} (?:right now|now|rn)(?: [\w']+){0,4} "
    r"(?:saying|says|threatening|shouting)(?: [\w']+){0,3} (?:they'?ll|he'?ll|she'?ll|going to|"
    r"gonna) (?:hurt|kill|beat|stab|batter)",
    r"(?:hits|beats|locks) me(?: [\w']+){0,10} (?:started again|drinking again|at it again)"
    r"(?: [\w']+){0,4} (?:i )?can hear (?:her|him|them) (?:coming|on the stairs|at the door)",
    # Batches 74 to 77: a phone taken and him outside the room; "help, he's choking my mom".
    r"(?:he|she|they)(?:'s| has| took| got| have) (?:my phone|my keys)(?: [\w']+){0,8} (?:outside|"
    r"at the door)(?: [\w']+){0,8} (?:please|help|what do i do)",
    r"help(?: [\w']+){0,3} (?:he|she|they)(?:'?s| is| are|'re) (?:choking|strangling|stabbing|"
    r"beating|hitting|kicking|attacking|hurting) (?:my|me|us|her|him)",
    r"(?:he|she)(?:'?s| is) (?:choking|strangling) (?:me|my \w+)(?! on| out| up| back)",
    # Batches 78 to 81: threatening to stab the speaker now.
    r"(?:he'?s|she'?s|he is|she is|they'?re|they are) threatening to (?:stab|kill|shoot|strangle|"
    r"knife) me",
)

# A plan for a hard time that names its people: "I've got a plan and a phone list", "a plan
# and a mate to call". Cut before the crisis lists read a sentence (CRISIS_IDIOMS), and it
# sets aside the model's crisis reading alone (CRISIS_EVERYDAY_REASON), which learnt "plan"
# from plans to die.
RECOVERY_PLAN = (
    r"(?:i'?ve |i have |ive |i )?(?:got|have|made) a (?:plan|safety plan) and (?:a |my )?(?:phone "
    r"list|sponsor|list of numbers|meeting list|support|numbers|meetings|(?:mate|friend|sponsor|"
    r"person|number|buddy) to (?:call|ring|text))"
)
# Everyday figures of speech that contain a crisis phrase without meaning it. They are cut
# out of a sentence before the crisis patterns read it.
CRISIS_IDIOMS = compile_any(
    # A team, a show or a child the death of a fan (batch 264): "the Celtics gonna kill me
    # these playoffs".
    r"(?:gonna|going to|will|gon|finna|'?ll) (?:kill|be the death of|end) me (?:these (?:playoffs|"
    r"games|finals|days)|this (?:season|year|playoff|series|game|match|half|quarter|inning)|with "
    r"(?:this|these|those|that|their|his|her|my) (?:[\w']+ )?(?:defen[cs]e|bullpen|offen[cs]e|"
    r"plot|cliffhanger|finale|cooking|snoring|jokes|questions|tantrums|puns|driving))",
    # A recovery plan: "I've got a plan and a phone list".
    RECOVERY_PLAN,
    # Traffic on the way (batches 78 to 81's twins): "might run into traffic, may be late".
    r"(?:might|may|could|probably|usually|always|to avoid|avoid|hope (?:i|we) don'?t) run into "
    r"(?:heavy |bad |some |a lot of |the )?traffic",
    r"dead on my feet",
    # A kitchen accident told: "cut my finger chopping onions, knife blood everywhere again".
    r"(?:cut|sliced|nicked|stabbed) my (?:finger|fingers|thumb|hand|palm)(?: [\w']+){0,2} "
    r"(?:chopping|slicing|peeling|cutting|dicing|opening|carving|on (?:a|the))(?: [\w']+){0,8}",
    # Feared once and lived through: "so dope sick I thought I was gonna die, but I made it".
    r"(?:i )?(?:thought|was sure) (?:i was|i'?d|id) (?:gonna|going to|about to)? ?die(?! tonight|"
    r" today| now| soon)",
    # A threat made as a joke and laughed at: "her dad said he'll kill me if I hurt her 😂".
    r"(?:he'?ll|she'?ll|they'?ll|he will|she will|hed|he'?d|she'?d) kill me(?: if [\w' ]{1,40}?)?"
    r" (?:lol|haha\w*|lmao)(?![\w'])",
    # "if I eat one more Pot Noodle I'll die 😂".
    r"one more (?:[\w']+ ){1,4}(?:and )?(?:i'?ll|i will|ill|i'?m gonna|im gonna) (?:die|scream|"
    r"explode|lose it|cry|pop)(?= ?$| (?:lol|lmao|haha\w*|laughing|crying laughing|joy)(?![\w']))",
    r"(?:be|being) the death of me",
    r"(?:lol|haha\w*|lmao) (?:[\w']+ ){0,4}(?:is |'?s )?(?:gonna|going to|will|'?ll) kill me",
    r"(?:gonna|going to|'?ll|will) kill me when(?: [\w']+){1,10} (?:lol|haha\w*|lmao)",
    r"(?:could|can) (?:happily |easily |honestly |literally )?sleep (?:forever|for a week|for days|"
    r"for a year)(?= after| now| lol| haha| tbh| honestly| this weekend| tonight| i'?m| ?$)",
    r"disappear (?:under|beneath|into) (?:a|the|my) (?:duvet|covers|blanket|quilt|doona|bed|"
    r"book|film|sofa|couch)",
    r"kill(?:ing|ed)? myself (?:laughing|with laughter|trying|to (?:get|finish|make|please|"
    r"keep|be|do)|at (?:work|the gym|the office)|over|for (?:nothing|them|him|her|work)|with "
    r"work)",
    r"kmsl",
    r"(?:go on|keep|carry on) living with (?:his|her|their|the|a|an|my (?:husband|wife|partner|"
    r"dad|mum|mom)'?s?)",
    r"(?:you|u|ya)'?d be better off dead",
    r"(?:you|u)(?:'re| are| r) better off dead",
    r"live like this(?: anymore)? (?:so|which|that'?s why|and i'?m (?:making|changing|going to "
    r"change))",
    r"wake up (?:until|early|late|at|on time|in time|before|after|feeling)",
    r"not exist (?:on|in|at)",
    r"miss me (?:at|in|on) (?:the|that|this|a|his|her)",
    r"(?:push|pushed|pushes|pushing) me (?:to|into|towards|forward)",
    r"die (?:\w+ )?when i'?m (?:old|ninety|a hundred|100)",
    r"die of old age",
    # A relationship ended: "I'm ending things with him tonight".
    r"end(?:ing)? (?:things|it) with (?:him|her|them|my (?:\w+ )?(?:boyfriend|girlfriend|bf|gf|"
    r"partner|husband|wife|fiance|fiancee|sponsor|counsellor|therapist|landlord|ex))",
    # Leaving a call: "gonna have to jump off early tonight".
    r"jump(?:ing)? off (?:early|now|soon|here|the (?:call|zoom|meeting|chat|line|phone|video)|in a "
    r"(?:minute|sec|bit|mo|moment)|a bit early|a little early|for (?:a|the) (?:bit|minute|night))",
    # Work and small mishaps: "my manager is going to kill me if I'm late again".
    r"(?:boss|manager|supervisor|teacher|coach|editor|landlord|client|clients|team|lecturer|"
    r"professor|tutor|accountant|dentist)(?:'s| is| will|'ll)? (?:\w+ )?(?:going to|gonna|will|"
    r"'ll)? ?(?:literally |actually )?kill me",
    r"(?:going to|gonna|will|'ll|he'?ll|she'?ll|they'?ll) (?:literally )?kill me if i(?:'m| am)? "
    r"(?:\w+ )?(?:late|miss|"
    r"forget|eat|spend|buy|break|lose|burn|spill|scratch|crash|skip|post|share|send|put|tell|"
    r"wake|use|touch|take|wear|sing|don'?t (?:call|ring|text|finish|show|turn up|come|clean|"
    r"tidy))",
    # Beckett: "I can't go on, I'll go on".
    r"can'?t go on,? i'?ll go on",
    # Things that run out, not people: "my phone is dying", "battery's about to die".
    r"(?:phone|phones|battery|laptop|tablet|ipad|charger|car|plant|plants|wifi|internet|"
    r"connection|signal|mic|headphones|earbuds|camera|computer|pc|mac)(?:'s| is| was| are)? "
    r"(?:\w+ ){0,2}(?:dying|dead|died|about to die|going to die|gonna die)",
    r"alive and (?:sober|well|clean|kicking|grateful|here|happy)|(?:grateful|glad|happy|lucky|"
    r"blessed|thankful|proud) (?:to be|i'?m|i am) (?:still )?alive",
    r"(?:tired|exhausted|sleepy|knackered|wiped|wrecked|drained) (?:that )?i could (?:just )?"
    r"sleep (?:forever|for days|for a week|for a year)",
    r"(?:all|we|everyone|everybody|people)(?:'re| are)? (?:all )?(?:going to|gonna|will) die "
    r"(?:someday|some day|one day|eventually|sometime)",
    r"die (?:someday|some day|eventually)",
    r"(?:hope|hoping|wish|pray) i (?:\w+ )?die (?:before|after) (?:my|the|our|them|him|her|my)",
    # Something else that did not take a life: "the casino took everything but not my life".
    r"(?:it|that|this|they|he|she|the \w+|gambling|drinking|alcohol|drugs|addiction|cancer|"
    r"the disease|covid) (?:didn'?t|did not|won'?t|will not|couldn'?t|almost|nearly|tried to|"
    r"wanted to|could have|could'?ve|would have|would'?ve) (?:\w+ )?take my (?:own )?life",
    r"(?:sees|see|finds out|find out|hears|knew|found out|notices|catches me|catch me) "
    r"(?:[\w']+ ){0,4}(?:he|she|they)'?(?:ll| will|d| would|re going to) kill me",
    r"die on this hill",
    r"if i (?:were|was) you,? i'?d (?:kill myself|die|hang myself|end it)",
    r"never born into",
    r"(?:thought|felt like|was sure|believed) i (?:was going to|would|'d|might) die",
    r"(?:\w+ )?to death(?! (?:tonight|on purpose|deliberately|this time|right now))",
    r"beat(?:s)? (?:me|us) (?:at|in|to|by|on)",
    r"(?<!if a )(?:car|bus|bike|ball|wave|idea|truth|reality|news|it) (?:hit|hits) me",
    r"kill(?:ed|ing)? myself (?:with|by) (?:drink|drinking|alcohol|booze|work|smoking|food)",
    r"(?:die|died|dying|dead|dies) inside(?! (?:and|so|every|all) )",
    r"(?:jokes?|joked|joking|kidding|teases?|teased|teasing|laughs?|laughed) (?:that )?(?:he|she|"
    r"they)'?(?:ll| will|d| would) kill me",
    r"(?:he|she|they)(?:'?(?:ll| will|d| would)|'?s (?:gonna|going to)| is (?:gonna|going to)) "
    r"kill me (?:[\w']+ ){0,6}(?:lol|lmao|haha|jk|joking|"
    r"kidding)",
    r"(?:die|died|dying|dead) (?:of|from|with|laughing) (?:embarrassment|laughter|laughing|"
    r"boredom|shame|cringe|happiness|curiosity|jealousy)",
    # Illness and weather: "i'm dying here with this cold", "dying of this flu".
    r"(?:dying|die|dead)(?: here| over here| today)? (?:with|of|from|in) (?:this |a |the |my |"
    r"that )?(?:cold|flu|cough|heat|hangover|headache|migraine|virus|bug|covid|man flu|"
    r"humidity|sunburn|allergies|hay fever|thirst|hunger|toothache)",
    r"(?:die|died|dying) laughing",
    r"(?:could|would|'d) (?:\w+ )?die (?:happy|a happy)",
    r"could (?:just )?die (?:of|for|from)",
    r"dying to (?:see|know|try|get|meet|hear|go|tell|read|visit|find|watch|eat|start)",
    r"(?<!deserve )(?<!deserved )to die for(?! what| it| that| this| my| being| everything| "
    r"days| weeks| months| years| hours| ages| a while| so long| a long time| some time)",
    r"(?:hurt|cut|burned|burnt|burn) (?:myself|my (?:hand|finger|arm|leg|thumb|back)) "
    r"(?:playing|at the|on the|while|cooking|shaving|chopping|in the kitchen|by accident|"
    r"accidentally|falling|running|lifting|gardening|at work|on a|with a knife while)",
    r"(?:accidentally|by accident) (?:cut|burned|burnt|hurt) (?:myself|my)",
    r"suicide (?:prevention|awareness|hotline|helpline|squad|lifeline|crisis line|bomber)",
    r"end (?:it|things) with (?:him|her|them|my|the)",
    r"take my life back",
    r"end my life (?:as i know it|savings)",
    r"(?:goodbye|bye) (?:\w+ )?(?:see you|see ya|til|till|until|for now|for today|talk soon|"
    r"next|tomorrow|tuesday|thursday|all|everyone)",
    # A goodbye with the errand that ends the call: "saying goodbye now, got to put the kids
    # to bed".
    r"(?:saying )?(?:goodbye|bye)(?: now| for now| all| everyone)? (?:i'?ve |i )?(?:got to|gotta|"
    r"have to|need to|must|'?ve got to) (?:go (?:and|to|pick|get|make|cook|feed|walk|start)|put|"
    r"get|run|cook|make|pick|walk|feed|start|head|collect)",
    r"last (?:meeting|time|message|share) (?:before|until|of the (?:year|month|week)|for "
    r"(?:a while|now|this|the)|i (?:went|was|came))",
    r"this is (?:my|the) last (?:meeting|time|share) (?:before|of|for|until|in|at)",
    r"when i'?m gone (?:on|for)",
    r"(?:hit|bang|banging) my head (?:on|against) the (?:wall|table|door|cupboard)",
    r"starving myself of (?:sleep|fun|joy)",
    r"hit me (?:with the|with some|with a|with this|with that|up)",
    r"(?:tired|sick) of (?:living|existing) (?:paycheck|in|with|at|under|on|out of|alone)",
    r"punish(?:ing)? myself (?:with|by) (?:overthinking|work|guilt)",
    r"done with (?:it all for|everything for) (?:today|the day|now|this week)",
    # Being asked about it: "my therapist asked about self harm and i said i'm safe".
    r"(?:asked|ask|asks|asking|talked|talk|talking|spoke|question|questions|screening|screened|"
    r"checked|checks) (?:me )?(?:about|for|on|(?:if|whether) (?:i'?m|im|i (?:had|have|was|am|"
    r"'ve had|ever had|ever|felt|feel))) (?:any )?(?:ever )?"
    r"(?:thoughts of |feelings of )?(?:self ?harm|suicide|suicidal thoughts|hurting myself|"
    r"suicidal)",
    # A battery or a line about to go: "my phone is at 3% sorry if I disappear".
    r"(?:phone|battery|laptop|tablet|wifi|wi fi|signal|connection|internet)(?: [\w'%]+){0,5} "
    r"(?:if|in case) i (?:disappear|drop off|vanish|go quiet|cut out|drop out)",
)

# A sentence that talks about the past or about someone else is not first-person risk now.
CRISIS_PAST = compile_any(
    r"used to",
    r"i remember (?:thinking|wanting|feeling|planning|being|trying)",
    r"in (?:19|20)\d\d",
    r"(?:so )?glad i didn'?t",
    r"years? ago",
    r"months ago",
    r"last (?:year|summer|winter|spring|autumn|fall|decade)",
    r"back (?:then|when|in)",
    r"when i was (?:a |in |younger|little|young|\d+|fifteen|sixteen|seventeen|a teenager|a kid|"
    r"at my lowest|drinking|using|still)",
    r"in my (?:teens|twenties|thirties|20s|30s|youth)",
    r"(?:most|much|all) of my (?:teens|twenties|thirties|20s|30s|youth|childhood|marriage|drinking "
    r"years)",
    r"spent (?:years|months|ages|a long time|most of my \w+)",
    r"the first time (?:he|she|they|my \w+)",
    r"(?:at|aged) (?:\d\d?|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?: and| but| "
    r"i| when| ?$)",
    r"as a (?:kid|teen|teenager|child|young)",
    r"at my lowest",
    r"before i (?:got|found|joined|came|started)",
    r"in (?:high school|college|university|rehab|the past)",
    r"long (?:time )?ago",
    r"(?:years|months|weeks|days) (?:sober|clean|free|since)",
    r"no longer",
    r"(?:don'?t|do not) (?:feel|think) (?:like )?that (?:way )?(?:anymore|any more)",
    r"anniversary",
    # "not since 2019", "haven't since then": a denial that puts it in the past.
    r"(?:not|haven'?t|havent|have not|never) (?:once |really )?since (?:(?:19|20)\d\d|then|"
    r"(?:i|we) (?:got|was|were|came|joined|started|found)|my (?:\w+ )?(?:year|attempt|rehab|"
    r"treatment|recovery))",
)
CRISIS_ELSEWHERE = compile_any(
    r"(?:my|his|her|their|a|our) (?:friend|friend's|brother|sister|son|daughter|dad|father|mum|"
    r"mom|mother|uncle|aunt|cousin|husband|wife|partner|sponsor|sponsee|grandpa|grandma|grandad|"
    r"granddad|grandfather|grandmother|nan|nana|gran|baby|dog|cat|pet|"
    r"neighbour|neighbor|coworker|colleague|classmate|nephew|niece|kid|child|boyfriend|"
    r"girlfriend|ex)(?:'?s)? (?:\w+ ){0,3}(?:suicide|died|killed|attempted|overdosed|"
    r"said|says|told|wants|wanted|tried|self ?harm\w*|cuts|cut|is suicidal|was suicidal|took|"
    r"has been|is|was)",
    r"(?:he|she|they|someone|somebody|people|a lot of people|many people|my loved one) "
    r"(?:\w+ ){0,2}(?:wants|wanted|said|says|told|tried|attempted|feels|felt|thinks|thought|"
    r"self ?harm\w*|cut\w*|killed|died)",
    r"if (?:you|anyone|someone|somebody) (?:ever )?(?:feel|feels|is|are|want|wants|think)",
    r"(?:lost|losing) (?:my|a|his|her) (?:\w+ )?to (?:suicide|an overdose|overdose)",
    r"died (?:by|of|from) (?:suicide|an overdose|overdose)",
    r"(?:book|film|movie|show|song|article|podcast|episode|character|story|documentary)",
)
# "I", "me" or "my" after an elsewhere-cue brings the sentence back to the speaker now.
CRISIS_NOW = compile_any(
    # Not "…and now I'm here": a past told from safety.
    r"(?:now|again|tonight|right now|still) (?!(?:i'?m|im|i am) (?:here(?= ?$| and| today| "
    r"tonight| still| alive| sober| clean| grateful)|safe|ok|okay|fine|good|better|happy|sober|"
    r"clean|free|grateful|glad|well|alive|healing|healthy|stable)(?![\w']))(?:i|i'?m)",
    r"(?:i|i'?m|i am) (?!(?:safe|ok|okay|fine|good|better|happy|sober|clean|free|grateful|glad|"
    r"well|doing|out|away|healing|healthy|stable|alive|married|divorced|remarried|retired|\d+)"
    r"(?![\w']))(?:\w+ )?(?:again|now|tonight|right now|today)",
    # A clean time lost now: "blades are out again, 2 years clean gone".
    r"(?:clean|sober|sobriety|clean time) (?:gone|down the drain|wasted|thrown away|ruined)",
)
# When no phrase matched: a sentence in the first person that names dying or self-harm and
# a wish, a plan or hopelessness reads as risk too ("honestly I'm ready, the pills are here").
CRISIS_FIRST_PERSON = compile_any(r"i|i'?m|im|i'?ve|ive|i'?d|id|i'?ll|me|myself|my")
CRISIS_DEATH = compile_any(
    r"not (?:be )?(?:alive|here|around|exist\w*)|better off (?:not here|gone|dead)|"
    r"die|dying|be dead|death|suicid\w*|kill myself|killing myself|end it|end it all|end my life|"
    r"ending it|ending my life|overdos\w*|alive|keep living|exist anymore|stop existing|"
    r"wake up|hang myself|jump off|rope|noose|cut myself|cutting myself|hurt myself|"
    r"harm myself|self ?harm\w*|disappear forever|not be here|not being here|end everything|"
    r"ending things|end things|razor|blades|bleed\w*|disappear(?! for| from| into| to| on)|"
    r"not exist(?! on| in)",
)
CRISIS_INTENT = compile_any(
    r"want|wanna|wish|going to|gonna|plan|planning|ready|decided|tonight|can'?t|cannot|no point|"
    r"no reason|pointless|enough|tired of|sick of|better off|give up|giving up|nothing left|"
    r"hopeless|worthless|a burden|should just|need to|deserve to|soon|anymore|tired|done|sorry|"
    r"goodbye|forever|for good|permanently|finally|relief",
)

# Despair and a farewell in one message read as a goodbye, though neither does alone.
CRISIS_DESPAIR = compile_any(
    r"(?:can'?t|cannot) (?:do this|take (?:it|this)|go on|keep going|cope)(?: anymore| any more)?",
    r"i give up",
    r"(?:i'?m|i am) (?:so )?(?:done|finished)",
    r"(?:won'?t|will not|wont) be (?:here|around)",
    r"(?:don'?t think|not sure) i'?ll be (?:here|around|alive)",
    r"it'?s (?:over|too late) for me",
    r"no way out",
    r"(?:no|nothing) (?:left|more) to (?:give|try|hope for)",
)
CRISIS_FAREWELL = compile_any(
    r"goodbye",
    r"farewell",
    r"thank you (?:all )?for everything",
    r"thanks for everything",
    r"sorry for everything",
    r"(?:i )?love you all",
    r"(?:forgive|remember) me",
    r"take care of (?:my|yourselves|each other)",
    r"made sure of it",
    r"(?:it'?s|this is) (?:for the best|better this way)",
)
# The speaker and the hours to come, in one sentence: "i'm not coming back from this one …
# tonight", "not sure i'll make it through tonight" (engine.CRISIS_WITH_SOON).
CRISIS_SOON = compile_any(
    r"(?:i|i'?m|im|i'?ll|ill|i'?d|me|my)(?: [\w']+)*? (?:tonight|this time|for real|i mean it)"
)
# The words of a goodbye in the lists' findings, which an everyday reason
# (CRISIS_EVERYDAY_REASON) sets aside as it does the model's: "saying goodbye" to a job, "my
# last night" on a rota.
CRISIS_GOODBYE_WORDS = compile_any(
    r"goodbye|farewell|bye|last|final|won'?t be (?:here|around)|see me again"
)
# A last goodbye, which alerts only with the model's half reading of risk
# (engine.CRISIS_WITH_FINALITY): "love you all", "one way trip", "where i'm going", "tell my
# daughter …". An ordinary sign-off ("bye guys, stay strong") is not one, nor a goodbye or a
# "for good", which members leaving a group or a job say as often.
CRISIS_FINAL = compile_any(
    r"(?:i )?love (?:you|u|yall|y'all|ya) all",
    r"thank(?:s| you) (?:all |everyone |guys )?for everything",
    r"(?:it'?s |its )?been real",
    r"take care of (?:yourselves|each other|my \w+)",
    r"over and out",
    r"(?:my )?last words",
    r"one way (?:trip|ticket|ride|run)",
    r"where i'?m going",
    r"after (?:that|tonight|this) i'?m free",
    rf"tell my \w+ (?:i|that|it|mommy|mummy|daddy|the truth|{YOU})(?![\w'])",
    r"permanently",
    r"won'?t (?:need|be needing) (?:it|them|this|that|these|any of (?:it|them|this))",
)
# An everyday reason given: an absence with its reason ("I'm on holiday", "because of my
# surgery", "it's my daughter's wedding"), a relationship ended, a recovery plan with people to
# call, a blade with its everyday use. The model reads "you won't see me next week … goodbye"
# or "I have a plan" as risk whatever follows, so a crisis hit of the model's alone is set
# aside when the message says why the person will be away, what is ending, or what the plan or
# the blade is for; a goodbye in the lists' findings is set aside for the same reasons.
CRISIS_EVERYDAY_REASON = compile_any(
    RECOVERY_PLAN,
    # A blade with its everyday use (batches 258 to 263): "bought a new razor for my legs, so
    # smooth", "new blades for the hedge trimmer".
    r"(?:razor|razors|blade|blades|knife|knives|scissors|clippers)(?: [\w']+){0,3} (?:for|on) "
    r"(?:my |the |his |her |our )?(?:legs|face|beard|armpits|pits|bikini line|head|hair|kitchen|"
    r"veg|vegetables|onions|garden|hedge|hedge trimmer|mower|crafts?|carpet|boxes|wallpaper|"
    r"stanley knife|fishing|filleting|steak|bread)(?![\w'])",
    # Batches 202 to 217: a goodbye with its everyday reason, for the lists' goodbyes as well
    # as the model's (engine.screen): a move, a new job, retiring, a role handed over, another
    # meeting found, notice handed in, the last set of a tour.
    # What others are told ("she thinks i'm moving to lebanon") is no reason.
    r"(?:bought|buying|sold|selling) (?:a |our |my |the )?(?:house|home|flat|place)(?! to die)",
    r"(?<!thinks i'm )(?<!thinks im )(?<!think i'm )(?<!think im )(?<!told them i'm )(?<!told "
    r"her i'm )(?<!told him i'm )(?:moved|moving|relocating|relocated|emigrating|emigrated) "
    r"(?:back )?(?:to (?!a better place|heaven|the other side|the next)|abroad|away|overseas|"
    r"house|home)",
    r"(?:a |my )?new (?:job|role|position|shift pattern|contract)",
    r"(?:i'?m|i am|i'?ve|i have|i|we'?re|since i|now i'?m) (?:just |finally |officially |now )?"
    r"(?:retiring|retired)(?= ?$| (?:from|after|at|on|next|this|in|today|tomorrow|finally|now|"
    r"and|so|lol)(?![\w']))",
    r"hand(?:ing|ed)? (?:it )?over to",
    r"(?:found|joining|joined|switching to|trying) (?:a|an|another|the) (?:[\w'-]+ ){0,3}"
    r"(?:meeting|group)(?! (?:on the other side|in heaven))",
    r"(?:handed|hand|handing|put|putting) in my (?:notice|resignation|two weeks)",
    r"last day (?:at|of) (?:work|school|term|the job|my job|uni|college|nursery|the contract)",
    r"(?:last|final) (?:night|shift|post|meeting|day) (?:as (?:the )?(?:chair|chairperson|"
    r"moderator|secretary|treasurer|host|co ?host|greeter|volunteer)|on the (?:[\w']+ )?(?:rota|"
    r"roster))",
    r"goodbye to (?:the )?(?:night|late|early|weekend|double) shifts?",
    r"(?:final|last) (?:set|gig|show|leg) (?:of|tonight|then)|farewell tour|(?:tour|band|season|"
    r"contract|lease|stall|residency)(?:'s| is)? (?:done|over|ends|finished|finishing|ending)",
    # Batches 138 to 201's model, which learnt the loft from ropes over its beams: a loft or an
    # attic being sorted.
    r"(?:in|up in|into|clearing|sorting|tidying) (?:the|our|my|mum'?s|mom'?s|dad'?s|nan'?s) "
    r"(?:loft|attic)(?: [\w']+){0,2} (?:sorting|clearing|tidying|going through|looking for|for) "
    r"(?:boxes|stuff|junk|old \w+|(?:the )?christmas \w+|photos|records|the \w+ decorations)",
    # Batches 106 to 113's model: away with the family for a holiday ("if I'm not on next week,
    # I'll be with my family for christmas").
    r"(?:i'?ll be|i will be|i'?m|im|i am|we'?ll be|we will be|we'?re|we are|i'?m going|we'?re "
    r"going|going) (?:away |off )?(?:with|to|at|visiting|seeing|staying with) (?:my |the |our )?"
    r"(?:family|folks|parents|in ?laws|grandkids)(?:'?s)? (?:for|over) (?:the )?(?:christmas|xmas|"
    r"holidays|easter|eid|diwali|thanksgiving|hanukkah|new year|weekend|half term|school "
    r"holidays|a few days|a week|two weeks|the week)",
    # Batches 78 to 81's model: money saved up until there is enough.
    r"saving (?:up )?(?:my |our )?(?:pocket money|money|cash|wages|tips|pennies|coins|allowance|"
    r"points|for (?:a|the|my|our) (?:holiday|car|house|trip|deposit|wedding|christmas|birthday|"
    r"course|laptop|phone|bike|flat|kids|new \w+))",
    # Batches 78 to 81's model: a waiting room that took ages, "anyone know why?"; how close one
    # came, back then.
    r"(?:waiting room|lobby|host|zoom|link|app|page|site|mic|camera|chat)(?: [\w']+){0,8} "
    r"(?:anyone|anybody|does anyone|do you) know why",
    r"close (?:i|we) (?:came|got) to (?:ending it|dying|killing myself|ending my life|the edge)"
    r"(?: [\w']+){0,3} (?:back then|years ago|that night|that year|before)",
    # Batches 74 to 77's model: a coat or the washing hung up.
    r"hung (?:my|the|a|our) (?:coat|jacket|washing|clothes|picture|shirt|dress|towels?|"
    r"laundry)(?: up)? (?:in|on|out|over)",
    # A goodbye for now, with the next meeting in it (batches 70 to 73's model).
    r"(?:goodbye|bye) for now(?: [\w']+){0,14} see (?:you|u|ya|y'?all|everyone|you all)(?: all)? "
    r"(?:next|on|tomorrow|soon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    # Batches 70 and 71's model: a parent's body giving out, told after; a night shift.
    r"(?:dad|mum|mom|father|mother|brother|sister|husband|wife|son|daughter|uncle|aunt|friend|"
    r"grandad|grandma|nan)'?s (?:liver|heart|kidneys|lungs) (?:failed|gave out|gave up|packed in)",
    r"(?:i'?m|im|i am) on (?:nights|night shifts?|lates|earlies)",
    # Batches 66 to 69's model: the slogan "keep coming back" as one's plan; a call's sound.
    r"(?:going to|gonna|will|i'?ll) keep coming back",
    r"(?:can'?t|cant|cannot) hear (?:anything|anyone|anybody|you|u|the \w+)(?: [\w']+){0,3} "
    r"(?:is it just me|just me|is it me|anyone else|my end|on my end|mute)",
    # Batches 59 to 63's model: a sleeping house, a thing taken back to the shop, medicine
    # kept locked away.
    r"(?:not|n'?t|never|without) (?:to )?wak(?:e|ing) (?:up )?the (?:house|baby|kids|neighbou?rs)",
    r"(?:back|return (?:it|them)) to the (?:shop|store|library|seller|supermarket|chemist)",
    r"keep (?:it|them|the \w+) locked (?:away|up)",
    r"(?:i'?m|i am|we'?re|we are|i'?ll be|we'?ll be) (?:\w+ )?(?:on|going on|away on|off on|"
    r"off to) (?:holiday|holidays|hols|vacation|a cruise|a trip|honeymoon|a retreat|a course)",
    r"(?:because of|due to|for|cos of|coz of|it'?s) my (?:surgery|op|operation|night shifts?|"
    r"shifts?|work trip|exams?|procedure|knee|hip|scan)",
    r"it'?s (?:my|our) (?:\w+'?s )?(?:wedding|graduation|birthday|christening|"
    r"recital|party)",
    # Painless ways to do something else: "painless ways to get my cat to take her tablets".
    r"(?:painless|easy|quick|easiest|quickest) (?:ways?|methods?|tricks?) to (?!die|end|go |go$|"
    r"kill|do it|not wake)",
    # Ill with something everyday: "got a shocking cold, voice gone, just typing tonight".
    r"(?:got|have|caught|with|fighting) (?:a |the )?(?:\w+ )?(?:cold|flu|cough|sore throat|"
    r"laryngitis|covid|bug|chest infection|migraine|tummy bug)",
    # Food on the way: "im starving, gonna grab something to eat before the meeting".
    r"(?:grab|grabbing|get|getting|make|making|have|having|cook|cooking|order|ordering) "
    r"(?:something|some food|a bite|a snack|dinner|lunch|breakfast|tea|a sandwich|food|a "
    r"takeaway) (?:to eat|before|after|first|now|quick)",
    # Someone else drinking themselves into the grave.
    r"(?:he|she|they|my \w+)(?:'ll| will|'s going to|'s gonna| is going to| is gonna) (?:drink|"
    r"use|gamble|smoke) (?:himself|herself|themselves) (?:into the grave|to death|into an early "
    r"grave)",
    # A boundary kept with someone else: "I'm not visiting him in prison anymore".
    r"(?:not|no longer|stop(?:ped)?|quit) (?:visiting|seeing|calling|ringing|phoning|answering|"
    r"bailing out|lending (?:money )?to|going to see|driving) (?:him|her|them|my \w+)"
    r"(?: [\w']+){0,3} (?:anymore|any more|now)",
    # A will signed: "made my will last month, set the date for the signing".
    r"(?:date|day|appointment|time) for the signing",
    # Resentment refused its hold: "I'm not going to let it poison me".
    r"(?:not going to|not gonna|won'?t|wont|refuse to|never going to) let (?:it|him|her|them|"
    r"this|that|resentment|anger|the past|bitterness) (?:poison|destroy|ruin|eat|consume|kill|"
    r"define|break|beat) me",
    # Affairs put in order: "writing my will … with the solicitor".
    r"with (?:the|a|my|our) (?:solicitor|lawyer|notary|attorney|accountant|financial advis[eo]r)",
    # Medicines taken as prescribed: "I take my insulin and my tablets on time".
    r"(?:take|taking|took) my (?:[\w']+ ){0,6}(?:meds|tablets|pills|insulin|medication)"
    r"(?: [\w']+){0,3} (?:on time|as prescribed|every (?:day|morning|night)|properly|regularly)",
    # A dose at its usual hour: "just took my evening meds, feeling calm".
    r"(?:take|taking|took|taken|had) my (?:morning|evening|night|nighttime|bedtime|lunchtime|"
    r"daily|usual|regular|normal) (?:meds|tablets|pills|medication|medicine|dose|insulin)"
    r"(?!(?: [\w']+){0,3} (?:all|at once|together|and the rest|double|twice|extra))",
    r"looking after myself",
    # Things that die every day, and a stay in hospital: "my phone will be dead by tomorrow",
    # "I won't be able to feed her after Friday because I'm in hospital".
    r"(?:my |the )?(?:phone|battery|laptop|ipad|tablet|car battery|plants?|charger) (?:is |will "
    r"be |'s |s |was )?(?:nearly |almost |probably |totally )?dead",
    r"(?:because|cos|coz|as|while) i'?m (?:in|going into|going to|off to|booked into) (?:hospital|"
    r"rehab|surgery|treatment|respite|detox)",
    # An appointment as the reason for an absence: "it's because of the dentist".
    r"(?:because of|cos of|coz of|due to) (?:the |my |a )?(?:dentist|doctor|doctors|gp|"
    r"appointment|hospital appointment|school run|work|shift|flight|train|vet|parents evening)",
    # An operation as the reason: "mind my dog if anything happens to me at the surgery".
    r"(?:at|during|in|after) (?:the|my) (?:surgery|op|operation|procedure|hospital|birth|labour)",
    # Payday awaited, a plant still alive.
    r"(?:payday|pay day) (?:is|'?s|can'?t come|cannot come)|(?:till|until|before) (?:payday|pay "
    r"day)",
    r"(?:plant|plants|flowers|cactus|goldfish|fish|orchid)(?: [\w']+){0,8} (?:still )?alive",
    # Ringing family, looking after oneself: "gonna give my sister a bell after this".
    r"(?:give|gave|giving) (?:my|me) (?:\w+ )?(?:sister|brother|mum|mom|mam|dad|son|daughter|nan|"
    r"gran|aunt|uncle|cousin|sponsor|friend|mate) a (?:bell|ring|call|buzz)",
    r"look after me(?= ?$| now| first| for once)",
    # A joke explained: "putting my affairs in order, as in I finally did my tax return".
    r"(?:as in|i mean|meaning|by which i mean) i (?:finally |just )?(?:did|filed|sorted|paid|"
    r"cleaned|tidied|booked|made|wrote)",
    # Leaving the group because life is better: "I've been well for two years and want to give
    # my spot to someone new".
    r"(?:been|i'?m|feeling|doing) (?:so |really |very )?(?:well|better|good|great)(?: for "
    r"(?:\w+ ){1,2}(?:years?|months?)| now| these days)",
    r"life'?s (?:so |really |honestly )?(?:better|good|great)",
    r"give my (?:spot|place|seat) to",
    r"(?:late|early) to my own funeral",
    r"(?:joining|being|running|coming) late",
    # A life decision of the everyday kind: "feels calm now that I've decided to retire".
    r"decided to (?:retire|move|emigrate|sell|downsize|go back to|study|change jobs|leave (?:my|"
    r"the) job|take a break|go part time|go freelance|train as|get married|get divorced)",
    # A relationship ended: "I'm ending things with him tonight, wish me luck".
    r"end(?:ing)? (?:things|it) with (?:him|her|them|my (?:\w+ )?(?:boyfriend|girlfriend|bf|gf|"
    r"partner|husband|wife|fiance|fiancee|ex))",
)
# A negation just before a match reads "I would never kill myself", "I'm not suicidal".
CRISIS_NEGATED = re.compile(
    r"(?:(?<![\w'])(?:not|never|no longer|n't|nt|dont|don't|wouldnt|wouldn't|no|isnt|"
    r"isn't|wasn't|wasnt|aren't|arent)) (?:\w+ ){0,2}$"
)

# People named by a group they belong to, in the words hate uses for them (batches 64, 65).
PEOPLE_BY_GROUP = (
    r"(?:muslims|gays|jews|immigrants|foreigners|blacks|asians|mexicans|poles|polish|nigerians|"
    r"africans|indians|pakis|gypsies|travellers|trannies|lesbians|queers|arabs|romanians|refugees|"
    r"migrants)"
)
HARASSMENT = compile_any(
    # Coming round to settle it: "i'm coming round to your mam's to have it out with you".
    r"(?:i'?m|im|i am|i'?ll|ill|i will|we'?re|we'?ll) (?:coming|come|be coming|popping|going) "
    r"(?:round|over|down)(?: to)? (?:your|ur|yer)(?: [\w']+){0,2} (?:to )?(?:have it out|sort "
    r"(?:you|u) out|settle this|settle it|deal with (?:you|u)|teach (?:you|u)|finish (?:this|it|"
    r"you))",
    # A threat on someone's life where they are: "you're not leaving this house alive".
    r"(?:you'?re|youre|you are|ur|u r|you'?ll|you will|you won'?t|you wont) (?:not )?(?:be )?"
    r"(?:leaving|leave|getting out of|get out of|walking out of|walk out of) (?:this|that|the|"
    r"your|ur) (?:[\w']+ ){0,2}alive",
    # Batches 264, 266, 267 and 269: insults and threats in Haitian Kreyol; "I'ma call ICE
    # on you"; "I'm breaking your face"; an enemy one does not want; a pity if one more thing
    # went wrong; a fire easily started; careful on the roads at night; whatever happens
    # brought on oneself; some people to think of their family before they talk; a stash of
    # tablets and what to do with it; "go back to …" with an insult; a daughter asked after
    # and visited; an accident hoped for.
    r"(?:al|ale) touye tet (?:ou|w|u)|(?:m|mwen|mw|map|m'ap)(?: ap| pral| pra| va"
    r"| pou)? touye (?:w|ou|u)(?![\w'])|langet (?:manman|manmanw|manman w|mama)|sanz?ave|"
    rf"{YOU}(?:'re| are| r|re)? (?:a |an |such a |yon )?(?:masisi|makak|restavek|bourik|kochon)"
    r"(?![\w'])",
    r"(?:i'?ma|imma|ima|i'?m gonna|im gonna|i'?m going to|gonna|finna) (?:call|ring|report|phone)"
    r"(?: the)? (?:ice|immigration|la migra|migra|home office|border force|cbsa|feds|cops|police)"
    rf" on {YOU}(?![\w'])",
    rf"(?:i'?m|im|i am) (?:gonna |going to )?(?:breaking|smashing|busting|caving|kicking|"
    rf"bashing) {YOUR} (?:face|head|jaw|teeth|nose|skull|legs|knees|ribs)(?: in)?",
    rf"{YOU} (?:do not|don'?t|dont) want (?:me|us) (?:as )?(?:an? |{YOUR} )?enem(?:y|ies)",
    rf"(?:be|'?d be|would be|it'?d be) a (?:pity|shame) if (?:one more thing|something else|"
    rf"anything else|something|anything) (?:went|goes|were to go|was to go|happened|happens) "
    rf"(?:wrong )?(?:out there|over there|for {YOU}|to {YOU}|to {YOUR}|with {YOUR}|on {YOUR}|at "
    rf"{YOUR})",
    r"(?:awful|real|really|very|pretty|so|mighty) easy for (?:a )?(?:fire|accident|spark) to "
    r"(?:start|happen|catch|break out)(?: [\w']+){0,10}[ .,!]+(?:happens all the time|accidents "
    r"happen|just saying|these things happen|things happen|would be a shame)",
    r"(?:you'?d|ya'?d|you had|you) (?:best|better) (?:be careful|watch (?:yourself|out|it)|mind "
    r"(?:yourself|how you go))(?: [\w']+){0,6} (?:at night|after dark)(?: [\w']+){0,3}[ .,!]+"
    r"(?:ditches|accidents|roads|things happen|anything can happen|people go missing|it'?s a "
    r"long way down)",
    rf"whatever happens to {YOU}(?: [\w']+){{0,4}}[ ,]+{YOU} (?:brought|bring) it on {YOURSELF}",
    r"some people (?:should|ought to|need to|had better|better) (?:think|remember|worry) about "
    r"(?:their|his|her) (?:family|kids|children|safety|job|wife|husband|health|home)(?: [\w']+)"
    r"{0,2} before (?:they|he|she) (?:talk|speak|post|share|open (?:their|his|her) mouths?|run "
    r"(?:their|his|her) mouths?)",
    rf"{YOU} (?:already )?know what {YOU} (?:should|oughta|ought to|need to|gotta) do with "
    rf"(?:that|those|the|{YOUR}) (?:stash|pills|tablets|meds|rope|gun|blade|razor|bottle|"
    rf"pills you|tablets you)",
    rf"go back to (?:the )?[\w']+(?: [\w']+)?,? (?:{YOU}|ya) (?:[\w'-]+ ){{0,3}}(?:leech|leeches|"
    rf"scum|parasite|parasites|rat|rats|vermin|cockroach|cockroaches|animal|animals|freeloader|"
    rf"sponger|scrounger|thief|thieves)",
    rf"{YOUR} (?:girl|daughter|son|boy|kid|kids|little one|wife|husband|missus)(?: [\w']+){{0,8}}"
    rf"\?+ (?:might|may|i might|i may|maybe i'?ll|i could|could|think i'?ll) (?:swing|pop|drop|"
    rf"come|stop) (?:by|round|over|in)(?: [\w']+){{0,6}} (?:and )?say (?:hi|hello|hey) to (?:her|"
    rf"him|them)",
    rf"hope {YOU} (?:roll|flip|crash|wreck|total|drive|fall)(?: [\w']+){{0,8}} and (?:it|that|the "
    rf"[\w']+) (?:pins|crushes|traps|kills|lands on|falls on|burns|drowns) {YOU}",
    # Batches 258 to 262: a workplace or a family's church known, with "see you after"; one
    # call to a power; "not threatening you, just saying"; told "be a shame if …"; a member
    # told they should have died in a disaster; cancer hoped on them; clean time to be shoved;
    # "gonna put you in the hospital"; a loved one's stop every night; "ill gut you"; death in
    # a fire, in any fire.
    rf"i know (?:{YOU}|{YOUR} (?:\w+ )?) ?(?:work|live|park|clock (?:off|out)|finish|drink|go)"
    rf"(?: [\w']+){{1,8}}(?: see {YOU} (?:after (?:close|work|ur shift|your shift|shift|dark)|"
    r"tonight|outside|round the back)| round the back(?: right)?)",
    r"i know (?:which|what) (?:gurdwara|church|mosque|masjid|temple|mandir|chapel|school|gym|"
    rf"pub|station|camp|site|depot|ward|block|estate|street|road|stop) {YOUR} (?:\w+ )?(?:goes|"
    r"go|drinks|works|lives|prays|drops|waits|is)(?: [\w']+){0,6} (?:say (?:hi|hello) to (?:her|"
    r"him|them) for me|tell (?:her|him|them) i said|i might (?:pop|drop|stop) (?:in|by)|see "
    r"(?:you|her|him|them) there)",
    r"i know (?:which|what) (?:station|house|street|road|shift|unit|flat|block|camp|ward|site|"
    rf"farm|property|bus|train|table|desk|bay|stall) (?:{YOU}'?re|youre|{YOU} (?:are|live|work|"
    r"stay|sit|drive|park))(?: (?:on|at|in))?(?: [\w']+){0,4} (?:i know (?:what|which) (?:day|"
    rf"time|night)|i'?ll be (?:there|around|waiting|watching)|see {YOU} (?:soon|there|tonight))",
    rf"(?:i'?m |im )?not (?:threatening|a threat to) {YOU}(?: or anything)?,? (?:i'?m |im )?"
    rf"just (?:saying|sayin|letting {YOU} know|a reminder|a heads up|so {YOU} know)",
    r"(?:would |it'?d |itd |it would |be )?(?:be )?a (?:shame|pity) if (?:the |your |ur |yer )?"
    r"(?:[\w']+ ){0,3}(?:got a (?:call|phone call|letter|tip|visit)|found out|heard about|got "
    r"wind|were told|was told|got an? (?:email|letter|message|tip|anonymous))",
    rf"{YOU} (?:should|shoulda|should of|should'?ve|should have) (?:been|died|gone) (?:at|on|in|"
    r"with)(?: [\w']+){1,4},? (?:would|would of|would'?ve|wouldve|'d)(?: have)? done (?:us|"
    r"everyone|everybody|the world) (?:all )?a (?:favou?r|kindness)",
    r"hope (?:the )?(?:cancer|covid|drink|booze|gear|bottle|disease|sea|devil|dementia|stroke) "
    rf"(?:takes|gets|kills|finishes) {YOU}",
    r"shove (?:your|ur|yer|it|that|them)(?: [\w']+){0,5} up (?:your|ur|yer) (?:arse|ass|"
    r"backside|bum|jacksie)",
    r"(?:i'?ll|ill|i will|gonna|going to|gunna|i'?m gonna|im gonna|imma) (?:put|send|land) "
    rf"{YOU} in (?:the |a )?(?:hospital|hozzy|ozzy|ossie|a&e|a and e|icu|ground|grave|wheelchair|"
    r"box|morgue|coffin)",
    rf"{YOUR} (?:mrs|missus|wife|husband|fella|bloke|hubby|partner|girlfriend|boyfriend|kids?|"
    r"daughter|son|mum|mam|mom|nan) (?:gets? off|waits? at|walks? past|walks? home|leaves? work|"
    r"finish(?:es)? work|parks?|gets? on)(?: [\w']+){0,5} (?:same (?:stop|time|gate|corner|place)|"
    r"every (?:night|morning|evening))(?: [\w']+){0,3},? (?:doesn'?t|doesnt|don'?t|dont|isn'?t|"
    r"isnt|aren'?t|arent) (?:she|he|they)",
    rf"(?:i'?ll|ill|i will|gonna|going to|imma) gut {YOU}(?! (?:a|the) fish)",
    rf"(?:^|go |just |hope {YOU} |may {YOU} |pls |please |and )die in a (?:[\w']+ )?(?:fire|"
    r"ditch|hole|gutter)",
    # Insults in Punjabi, Hindi and Urdu said to someone: "ullu da pattha", "teri maa di …".
    r"ullu (?:da|ka|ke|di) (?:pattha|patha|pathe|patthe)|teri (?:maa|ma|bhen|behen) (?:di|ki|da)|"
    r"(?:suar|suwar|kutte|kutta|gadhe) (?:ki|di|da) (?:aulad|olad|puttar|bachcha|bacha)|(?:tu|tum|"
    r"you|u|ur|you'?re|youre|oye|oi|abe) (?:ek |a |such a |proper )?(?:kameena|kamina|kameeni|"
    r"harami|haramzada|haramzadi|haramkhor|chutiya|chutia|gandu|kutta|kutti|suar|gadha|bewakoof|"
    r"nalayak|nikamma|nikammi)",
    # The whole room told to die: "everyone here should unalive themselves".
    r"(?:everyone|everybody|all of you|you all|yall|the lot of you|the whole lot of you|this "
    r"whole group|people here|people in here|everyone in here|everyone here|everybody here)"
    r"(?: here| in here| in this group)? (?:should|shud|needs? to|ought to|can|could|"
    r"deserves? to) (?:just |all |honestly )?(?:unalive|kill|hang|off|end|drown|overdose) "
    r"(?:themselves|themself|yourselves|urselves)",
    # Weapons and death pictured at a person: "🔫🔫🔫 @Lisa", "☠️☠️ soon for u Neil".
    r"(?:gun|knife|bomb|dagger)(?: (?:gun|knife|bomb|dagger|skull|coffin|grave))+ (?:soon|for "
    r"(?:you|u|ya)|coming|see (?:you|u|ya)|[a-z][\w']*$)",
    # (A skull alone is a laugh: "💀💀💀 stoppp".)
    r"(?:skull|coffin|grave|crossbones)(?: (?:skull|coffin|grave|crossbones|gun|knife))+ (?:soon|"
    r"for (?:you|u|ya)|coming for|see (?:you|u|ya))",
    # A relative's death laid on the member: "your brother od'd because he couldn't stand being
    # related to you".
    r"(?:your|ur|yr) (?:\w+ )?(?:mum|mom|mam|dad|da|father|mother|brother|sister|son|daughter|"
    r"husband|wife|partner|kid|boy|girl|ex|family)(?:'s)? (?:\w+ ){0,2}(?:died|od'?d|overdosed|"
    r"drank|relapsed|left|killed (?:himself|herself)|hung (?:himself|herself)|drinks|uses|used)"
    r"(?: [\w']+){0,4} because (?:he|she|they) (?:couldn'?t|could not|didn'?t|did not|can'?t|"
    r"cannot) (?:stand|bear|want to be|stomach|face|take|live with)",
    # A confidence turned into a threat: "i'll tell the whole group what you told me in private".
    r"(?:tell|show|send|post|share|forward|read out)(?: [\w']+){0,5} what you (?:told|said to|"
    r"shared with|wrote to|sent) me (?:in private|privately|in confidence|in (?:the )?dms?|off "
    r"here|after the meeting)",
    r"screenshot(?:ting|ted|s|ed)?(?: [\w']+){0,8} (?:send|sending|show|showing|post|posting|"
    r"forward|forwarding)(?: [\w']+){0,2} (?:to )?(?:your|ur) (?:wife|husband|boss|partner|"
    r"family|employer|kids|mum|mom|dad|work)",
    # Where the person lives, remarked on twice: "interesting that you live near the co op on
    # brook lane. very interesting".
    r"interesting (?:that |how )?(?:you|u) (?:live|work|park|shop|walk|drive)(?: [\w']+){1,8} "
    r"(?:very |really |most |so )?interesting",
    # A relapse offered: "I'll bring some pills, one night won't hurt you".
    r"one (?:night|drink|drop|pint|bet|line|hit|beer|glass|little drink|pill|bottle|spin|go|"
    r"flutter) (?:won'?t|wont|will not|never|can'?t|cant) (?:hurt|kill) (?:you|u|ya)",
    r"meet (?:me|up)(?: [\w']+){0,6} (?:i'?ll|ill|i will|i can) bring (?:you )?(?:some |a few |a "
    r")?(?:pills|booze|gear|weed|coke|vodka|a bottle|drink|drinks|beers|wine)",
    # Retribution promised: "you'll get what's coming to you", "I'm the last person you want to
    # cross".
    r"(?:you'?ll|you will|youll|u'?ll|ull|you'?re gonna|you are going to|ur gonna) get what'?s "
    r"coming(?: to (?:you|u|ya))?",
    r"(?:i'?m|im|i am) the (?:last|wrong) person (?:you|u) (?:want to|wanna|should|ought to) "
    r"(?:cross|mess with|upset|annoy|piss off|fall out with)",
    # Found in minutes from what was shared: "I could find you in ten minutes".
    r"(?:i|we) (?:could|can|will|would|'?ll) (?:easily )?(?:find|track) (?:you|u|ya|your "
    r"house|where you live)(?: down)?(?= in | with | from | easily| anywhere| if | now| any ?time| "
    r"whenever| no bother| no problem)",
    # A secret held over the person: "should I tell your sponsor what you did at the weekend".
    r"(?:should|shall|do you want me to|want me to) i? ?tell (?:your|ur) (?:sponsor|husband|wife|"
    r"boss|partner|kids|mum|mom|dad|family|group|probation officer|employer|work|boyfriend|"
    r"girlfriend) (?:what|about|where|who)",
    # Places and times known, listed: "I know the hall, I know the car, I know the time".
    r"i know (?:the|your|ur|where|which|what) [\w' ]{1,30}? i know (?:the|your|ur|where|which|"
    r"what) [\w' ]{1,40}? (?:think about it|watch (?:yourself|your back|out)|just saying|be "
    r"careful|remember that|ask around|see you soon)",
    # Grief waved off: "grief this grief that, your nan was ancient, get over it".
    r"(?:grief|grieving|sobriety|recovery|trauma|feelings|sober) this (?:grief|grieving|sobriety|"
    r"recovery|trauma|feelings|sober) that",
    r"(?:your|ur) (?:nan|gran|granny|grandma|grandad|grandpa|mum|mom|dad|da|husband|wife|son|"
    r"daughter|brother|sister|dog|cat) (?:was|were|is) (?:ancient|old|ninety|past it|going to "
    r"die anyway|a drunk|a junkie|an addict)(?: [\w']+){0,3} get over (?:it|her|him)",
    # What the person shared, carried to those in their life: "I could always tell your
    # employer what you said here", "I'll be sending your husband the things you told us".
    r"(?:i|i'?ll|ill|we|we'?ll) (?:could |will |would |might |am going to |'?m going to |'?m gonna "
    r"|be )?(?:always |just |happily )?(?:tell|telling|send|sending|show|showing|forward|"
    r"forwarding|email|emailing|share|sharing|post|posting) (?:it to |all of it to |them to )?"
    r"(?:your|ur) (?:[\w']+ )?(?:employer|boss|husband|wife|partner|ex|solicitor|kids|family|mum|"
    r"mom|dad|church|pastor|priest|work|colleagues|manager|landlord|probation officer|"
    r"girlfriend|boyfriend)(?: [\w']+){0,2} (?:what (?:you|u)|the things (?:you|u)|everything "
    r"(?:you|u)|about (?:the|your|ur|what))",
    r"(?:your|ur) (?:solicitor|employer|boss|husband|wife|ex|family|work|church|probation "
    r"officer|kids|landlord) (?:will|would|'?ll|is going to) be (?:very |really |so )?"
    r"(?:interested|keen to (?:hear|know|see)|fascinated)",
    r"(?:everyone|everybody|people|they|the whole \w+) (?:at|in) (?:your |ur )?(?:work|office|"
    r"church|school|street|family|job) (?:is|are|will|'?s|'?re) (?:going to|gonna|about to|soon "
    r"to) (?:find out|know|hear)",
    r"(?:keeping|kept|got|have) (?:a list|notes|a record|a file|screenshots) of (?:everything|"
    r"all|every(?:thing)? (?:word|thing)) (?:(?:you|u) (?:say|said|post|posted|share|shared|type|"
    r"write)|of yours)",
    r"(?:she'?s|he'?s|they'?ve|she has|he has) told me (?:everything|all of it|what) (?:you|u) "
    r"(?:did|done)(?: [\w']+){0,6} (?:tell|telling|share|sharing) (?:this|the) (?:group|room|"
    r"meeting)",
    r"what happens to (?:grasses|snitches|rats|grassers|people who (?:talk|grass|snitch|tell))",
    # Watching: a member's car, light, flat, key, train and whereabouts known and remarked on.
    r"(?:noticed|saw|seen|spotted|clocked|watched) (?:your|ur) (?:light|lights|curtains|window|"
    r"windows|bedroom|bedroom light|bins)(?: [\w']+){0,4} (?:was |were |is |are )?(?:on|open|"
    r"closed|off|still on|late|last night|at (?:\d+|midnight|night))",
    r"(?:still (?:got|have)|kept|i'?ve (?:still )?got|i have|made a copy of) (?:a copy of )?"
    r"(?:your|ur) (?:spare )?(?:key|keys|door key|house key)(?! (?:from|want|do you|i'?ll|if you|"
    r"to give|to drop|to return))",
    r"(?:you|u) moved(?: [\w']+){0,4} (?:i|but i|i'?ve|but i'?ve) (?:found|know|got|tracked "
    r"down|already found) (?:the|your|ur) new (?:flat|house|place|address|apartment)",
    r"(?:driven|drove|walked|been|went) (?:past|by) (?:your|ur) (?:house|flat|place|mum'?s|mom'?s|"
    r"work|school|door|sister'?s|dad'?s)(?: [\w']+){0,2} (?:twice|again|three times|a few times|"
    r"every day|today|last night|this morning|already)",
    r"(?:don'?t|no point|dont) (?:bother )?(?:hiding|staying) at (?:your|ur) (?:mum|mom|mother|"
    r"sister|brother|nan|dad|friend|mate)'?s",
    r"i know (?:which|what|the) (?:train|bus|tram|route|car park|gym)(?: [\w']+)"
    r"{0,3} (?:you|u) (?:get|take|catch|use|drive|leave|park|walk|finish)",
    r"(?:still |your |ur )(?:[\w']+ ){1,8}(?:on|at|in|outside) (?:[\w']+ ){0,3}(?:street|road|"
    r"lane|avenue|drive|close|way|park|flat|house|estate) i see",
    r"(?:your|ur) (?:son|daughter|kids?|boy|girl|lad|lass|child|children|little one)(?: is| are|"
    r"'?s)? (?:in (?:year|class|grade|p|primary) \w+ at|at) (?:[\w']+ ){1,4}(?:isn'?t (?:he|she|"
    r"it)|aren'?t they|don'?t they|doesn'?t (?:he|she)|small world|right)",
    r"(?:booked|took|taking|got) (?:leave|time off|a holiday|the same (?:week|days|dates))"
    r"(?: [\w']+){0,8} (?:bump into|run into|see|meet) (?:each other|you|u)",
    # A relapse laid on: a bottle "with your name on it", a bet placed, gear offered.
    r"(?:bottle|pint|drink|line|bet|bag|pills?|gram)(?: of [\w']+)? (?:with|that'?s got) "
    r"(?:your|ur) name on it",
    r"(?:put|placed|stuck|got) (?:a |some )?\w* ?(?:quid |pounds |bucks |euro |dollars )?on "
    r"(?:the |a |tonight'?s )?(?:match|game|race|horse|horses|dogs|fight|slots|footy|match)"
    r"(?: [\w']+){0,2} for (?:you|u|ya)",
    r"(?:meet|see) (?:you|u|ya) (?:there|at the (?:pub|bookies|casino|bar|offy|bookmakers))"
    r"(?: [\w']+){0,8} (?:flutter|bet|pint|drink|drinks|shot|shots|punt)",
    r"(?:i'?ve got|i have|got) (?:some )?(?:really |proper )?(?:good |decent |strong )?(?:gear|"
    r"weed|coke|xans|bars|percs|oxy|pills|benzos)(?: [\w']+){0,4} if (?:you|u) (?:need|want|"
    r"fancy)",
    r"if i (?:were|was) (?:you|u)(?: [\w']+){0,12} wash (?:them|it|those|the pills) down with",
    r"one (?:won'?t|wont|will not|never) hurt(?: (?:you|u|ya))?(?: [\w']+){0,2} (?:come on|go on|"
    r"mate|love|hun|just one)",
    # Batches 42 and 43: a bookies or casino held out, a bridge pointed to, life "easier for
    # everyone" without them, drugs dropped round, the family told, hate, a plan to end it
    # suggested, a death welcomed, not worth saving, cancer wished back, waiting outside.
    r"(?:reminder|just saying|wink)(?: [\w']+){0,3} (?:the )?(?:bookies|casino|pub|offy|off "
    r"licence|bar|bookmakers|betting shop)(?: [\w']+){0,2} (?:opens|open|is open)",
    r"(?:bookies|casino|pub|offy|bar|bookmakers) (?:opens?|is open)(?: [\w']+){0,4} wink",
    r"(?:bookies|casino|pub|offy|bar|bookmakers|races|dogs)(?: [\w']+){0,8} (?:i'?ll|i will|ill|i "
    r"can|i could) (?:drive|take|bring|walk|pick up|give) (?:you|u|ya)(?! home| back)",
    r"(?:bridge|cliff|tracks|railway|tall building|car park|multi ?stor(?:e)?y)(?: [\w']+){0,4} "
    r"near (?:you|u|your (?:house|place|work))(?: [\w']+){0,2} (?:just saying|hint|bridge|go on|"
    r"if you need it|wink)",
    r"(?:easier|better) for (?:everyone|everybody|all of us|us all|us) if (?:you|u) (?:just )?"
    r"(?:went to sleep|died|disappeared|weren'?t here|was gone|were gone|left for good|didn'?t "
    r"wake up|ended it|killed yourself|stopped breathing|weren'?t around)",
    r"(?:line|lines|gear|pills|coke|weed|bag|baggie|xans|bars)(?: [\w']+){0,10} (?:i can|i'?ll|"
    r"ill|i could) (?:drop|bring|send|sort|get) (?:some |you some |one |it |a bag )?(?:round|"
    r"over|to you)",
    r"(?:pills|gear|tablets|stuff)(?: [\w']+){0,6} help (?:you|u) (?:sleep forever|never wake up|"
    r"not wake up|end it|go to sleep for good)",
    r"make sure (?:your|ur) (?:family|wife|husband|boss|kids|work|employer|church|mum|mom|"
    r"parents|sponsor|everyone) (?:finds? out|knows?|hears?|sees?)",
    r"(?:go|goes|send (?:them|him|her)) back to (?:africa|the jungle|your country|where (?:you|u|"
    r"they) came from|the zoo)",
    r"racialslur",
    r"(?:not being here|not existing|ending it|ending your life)(?: any ?more)?(?: [\w']+){0,4} "
    r"(?:have a think|think about it|give it some thought|worth considering|might be for the best|"
    r"be for the best)",
    r"good (?:job|thing) (?:he'?s|she'?s|they'?re|he is|she is) (?:dead|gone|not here|not alive|"
    r"in the ground)",
    r"(?:aren'?t|are not|isn'?t|not) worth saving(?: [\w']+){0,8} (?:you|u)",
    r"if i (?:were|was) (?:you|u),? (?:i'?d|id|i would) (?:have )?(?:ended it|killed myself|topped "
    r"myself|given up)(?! with)(?: by now| already| long ago)?",
    r"(?:you should|you deserve|treat yourself to|go on have|have) (?:have )?(?:a |one )?(?:drink|"
    r"pint|bet|flutter|line|glass of wine|beer|bottle)(?: [\w']+){0,4} (?:you'?ve earned it|one "
    r"won'?t hurt|you deserve it)",
    r"(?:drink|pint|bet|flutter|line|beer|wine|vodka|whisky|bottle)(?: [\w']+){0,10} one "
    r"(?:won'?t|wont|will not) hurt",
    r"(?:might|may|should|better|want to) (?:want to )?check (?:your|ur) (?:locks|doors|windows|"
    r"brakes|tyres)(?= ?$| tonight| before| again)",
    r"(?:your|ur) (?:sobriety|recovery|grief|program|programme|step work|clean time) is (?:a "
    r"joke|a lie|fake|pathetic|laughable|a farce)",
    r"(?<!said )(?<!say )(?:you'?ll|you will|youll) be back on (?:it|the drink|the bottle|the gear|"
    r"the horses|the "
    r"booze|the pokies) (?:by|before|within|in)",
    r"hope (?:the|your|ur) (?:cancer|tumou?r|illness|disease|stroke|heart attack) (?:comes back|"
    r"returns|spreads|gets (?:you|u)|kills (?:you|u))",
    r"(?:don'?t worry|see you|remember|just so you know|i know where)(?: [\w']+){0,3} i'?ll be "
    r"waiting (?:for (?:you|u) )?(?:outside|at|by|near)",
    r"(?:cutting|hurting yourself|burning yourself|starving yourself|a drink|relapsing|using) "
    r"(?:again )?would (?:probably |definitely )?make (?:you|u) feel better,? wouldn'?t it",
    r"someone should (?:stomp|squash|step on|crush|shoot|stab|kill|hurt|put down|drown|burn|"
    r"exterminate) (?:you|u)(?! (?:a|an|the|some|me|us|over|through|back|with|into)(?![\w']))",
    # Batches 44 and 45: blackmail for favours, a bet pressed, watching at night, regret
    # promised, grief dismissed, hate, suicide urged, a new account to get round a block.
    r"or i'?ll (?:tell|show|send) (?:everyone|everybody|the group|your \w+)(?: [\w']+){0,2} "
    r"(?:what|"
    r"about)",
    r"(?:flutter|bet|pint|drink|line|spin|punt|free bet)(?: [\w',]+){0,12} (?:go on,? )?you know "
    r"you want (?:to|it)",
    r"(?:stick|put|whack|lump) (?:a |some )?(?:ton|tenner|fiver|score|grand|monkey|pony|\w+ quid) "
    r"on (?:it|the (?:match|game|horses|dogs))(?: [\w',]+){0,4} (?:go on|you know you want|can'?t "
    r"lose)",
    r"(?:driving|driven|drove|walking|walked|been) past (?:your|ur) (?:house|flat|place)(?: [\w']+)"
    r"{0,2} (?:most nights|every night|at night|each night|nightly)",
    r"(?:you should|better|might want to) (?:close|shut|draw) (?:the|your|ur) (?:curtains|blinds)",
    r"(?:you'?ll|you will|youll|u'?ll) regret (?:speaking|talking|saying that|crossing|messing "
    r"with) (?:to )?me",
    r"(?:get over it|move on)(?: [\w',]+){0,8} (?:your|ur) (?:\w+'?s|\w+ is) (?:gone|dead)",
    r"(?:your|ur) (?:\w+'?s|\w+ is) (?:gone|dead)(?: [\w',]+){0,3} (?:move on|get over it)",
    r"(?:black|brown|yellow) (?:apes?|monkeys?|animals|vermin|cockroaches)",
    r"why (?:don'?t|dont) (?:you|u) (?:just )?(?:go ahead and )?do it(?: [\w',?]+){0,6} (?:talking "
    r"about it|been saying|threatening|for months|for years|already)",
    r"one (?:drink|pint|bet|line|beer|glass|flutter) (?:won'?t|wont|will not) hurt(?: [\w',]+){0,4}"
    r" "
    r"(?:you'?ve earned it|go on|you deserve it|stop being)",
    r"(?:you|your)(?: [\w',]+){0,12} might as well (?:drink|use|relapse|gamble|go back to (?:the "
    r"bottle|drinking|using))(?= ?$| then| now| again| lol)",
    r"(?:you|u) (?:can'?t|cannot|cant) hide from me",
    r"(?:blocked|banned) me so i (?:made|created|got|opened) (?:a )?new (?:account|profile|name)",
    r"on (?:your|ur) knees(?: [\w']+){0,4} if (?:you|u) know what i mean",
    r"(?:think|thinks|believe) (?:that )?(?:anyone|anybody|people) (?:here |in here )?(?:would|"
    r"will|'?d) (?:miss|care about|notice) (?:you|u)",
    # Batches 46 and 47: urged to go through with it, drugs offered "if anyone's struggling",
    # "your kind", relief if they stayed away, watched on camera, illness called laziness,
    # blamed for a partner, sexism, a death laid on their drinking, retribution, a bet for
    # them, cancer wished on, blackmail, cutting deeper urged, their obituary welcomed,
    # everything they wrote saved, told what their ex said, their child cursed, told to
    # disappear, their gym at 6am, turning up at their work.
    r"(?:just|actually|go on and) do it(?: then)?(?: [\w',]+){0,4} (?:stop (?:going on|talking|"
    r"whining|moaning) about it)",
    r"(?:got|have) some (?:lovely |fresh |good |decent |proper )*(?:gear|pills|coke|weed|xans|"
    r"bars)(?: [\w']+){0,3} if (?:anyone|anybody|you|u)(?:'?s)?",
    r"(?:your|ur) kind (?:always|all|never|are|is|end up)",
    r"(?:everyone|everybody|we|we'?d all)(?: [\w']+){0,2} (?:would|will|'?d) be (?:so "
    r")?(?:relieved|"
    r"happier|glad|grateful) if (?:you|u) (?:didn'?t|did not|never|stopped|left|weren'?t|"
    r"disappeared)",
    r"i (?:watch|watching|stare at|staring at|look at) (?:you|u) on (?:camera|cam|video|screen)",
    r"(?:see|show me) (?:a lot )?more of (?:you|u)",
    r"(?:your|ur) (?:mental illness|depression|anxiety|addiction|grief|ptsd|adhd|trauma) is "
    r"(?:just |only )?(?:laziness|an excuse|attention seeking|fake|made up|weakness|a choice)",
    r"that'?s what (?:you|u) get for (?:marrying|staying with|picking|choosing|trusting) (?:a|an|"
    r"him|her)",
    r"(?:that|your|ur) time of the month",
    r"(?:you'?re|you are|ur) the biggest (?:one|liar|fake|fraud|hypocrite|joke)(?= ?$| here| in "
    r"here| of all| in this)",
    r"(?:your|ur) (?:drinking|gambling|using|addiction|habit) killed (?:him|her|them|your \w+)",
    r"(?:a few|one|a couple of|a couple) (?:lines|drinks|pints|bets|pills|beers)(?: [\w']+){0,4} "
    r"never hurt (?:anyone|anybody|you|u)",
    r"(?:you'?re|youre|ur|you are) (?:so |too |just |such a )?boring sober",
    r"(?:you|u) (?:won'?t|will not) like (?:it|me|what happens) when i (?:stop|get angry|lose my "
    r"temper|come round)",
    r"free bet(?: code)? (?:for (?:you|u)|since (?:you|u)|cos (?:you|u)|because (?:you|u))",
    r"(?:cancer|tumou?r|illness|disease)(?: [\w',]+){0,6} hope it (?:spreads|comes back|returns|"
    r"gets worse|kills)",
    r"(?:and|or) i'?ll (?:share|tell|post|send|show)(?: \w+)? what (?:you|u) (?:told|said|shared)",
    r"(?:you should|consider|try) (?:[\w']+ ){0,3}(?:cutting|cut|cuts) (?:a bit |a little |much )?"
    r"deeper",
    r"(?:happy|glad|love|can'?t wait|looking forward) to (?:read|see|write|attend) (?:your|ur) "
    r"(?:obituary|obit|funeral|eulogy|death notice|headstone|gravestone)",
    r"(?:saved|kept|screenshotted|screenshot|recorded|logged|archived) (?:everything|all|every "
    r"(?:word|message)) (?:you|u) (?:ever )?(?:wrote|write|said|say|posted|post|shared|share)",
    r"(?:your|ur) (?:ex|ex wife|ex husband|husband|wife|sponsor|mum|dad|family) (?:told|tells|has "
    r"told) me (?:all|everything) about (?:you|u)",
    r"(?:you'?re|ur|you are) not (?:sober|clean|in recovery),? (?:you'?re|ur|you are) (?:just )?"
    r"(?:broke|skint|lying|pretending|banned|in denial)",
    r"hope (?:your|ur) (?:kid|kids|son|daughter|children|boy|girl) (?:turns out|turn out|ends up|"
    r"end up|grows up) (?:exactly |just )?like",
    r"(?:kindest|best|nicest) thing (?:you|u) could (?:ever )?do(?: for [\w' ]{1,20})? is "
    r"(?:disappear|die|leave for good|kill yourself|vanish|end it|stop existing)",
    r"(?:lovely|nice|cute) (?:gym|house|car|school|office|street|flat|garden) (?:you|u|your kids?) "
    r"(?:go|goes|drive|live|work|park)(?: to| in| at)?(?: [\w']+){0,2} at \d+(?:am|pm)?",
    r"(?:or|else) i'?ll (?:turn up|show up|come|be) (?:at|to|round) (?:your|ur) (?:work|house|"
    r"place|door|school|office|kids'? school)",
    r"homophobicslur",
    # Told nobody would notice them gone: "nobody here would notice if you vanished".
    r"(?:nobody|no one|noone|not one person)(?: [\w']+){0,4} (?:would|will|'?d) (?:even )?"
    r"(?:notice|care|miss (?:you|u)|blink)(?: [\w']+){0,2} if (?:you|u) (?:vanished|disappeared|"
    r"died|left|"
    r"were gone|was gone|killed yourself|dropped dead|never came back|stopped coming)",
    # Harm wished calmly: "the world would be lighter without you in it".
    r"(?:world|group|room|everyone|everybody|this place|your family|your kids|the planet|earth)"
    r"(?: [\w']+){0,2} (?:would|will|'?d) be (?:a lot |so much |much |a bit )?(?:lighter|better|"
    r"happier|nicer|brighter|better off) without (?:you|u)(?: in it| around| here)?(?! (?:but|"
    r"though|tonight|this week))",
    r"(?:you|u) deserve(?:d)? (?:every|each|all the|all of the) (?:bruise|bruises|slap|slaps|"
    r"punch|punches|hit|beating|kick|kicks|black eye)",
    r"(?:drank|drinking|drunk|overdosed|died|gambled|killed)(?: [\w']+){0,6} (?:and )?(?:you'?re|"
    r"youre|ur|you are) (?:heading|going|headed) (?:the same way|down the same road|the same "
    r"road)",
    r"(?:^|you know (?:you did|it) )(?:you|u) killed (?:her|him|your (?:mum|mom|dad|son|daughter|"
    r"wife|husband|brother|sister|baby))(?= ?$| you know| and| with your| by)",
    # Baby talk at someone's drinking or tears: "does the widdle alcoholic need a hug".
    r"(?:widdle|wittle|ickle|diddums|iddle)(?: [\w']+){0,2} (?:alcoholic|drunk|junkie|addict|"
    r"baby|snowflake|crybaby|gambler|boozer)",
    r"(?:help|helping) (?:you|u) (?:with|through) (?:your|ur) (?:cravings|loneliness|nights|"
    r"needs|urges)(?: [\w']+){0,2} if (?:you|u) know what i mean",
    r"(?:devil|smirk|wink|tongue|eggplant|droplets|hotface|drool) send (?:me )?(?:a |some )?"
    r"(?:pic|pics|photo|photos|picture|pictures|nudes)",
    r"(?:absolute |total |complete |fucking |such a |an )?(?:spastic|spaz|spacker|mong|retard)"
    r"(?= ?$| mate| you| u| can'?t| cant| lol| honestly)",
    # Patois: "yuh fi dead".
    r"(?:yuh|yu|unu) (?:fi|fe|haffi) (?:dead|ded|dead off|dead an gone)",
    # A member's children watched: "your kids go to St Bridget's don't they".
    r"(?:interesting|good to know|noted) (?:that |how )?(?:your|ur|yr) (?:kids|"
    r"children|son|daughter|boy|girl|little ones?|lad|lass|grandkids)s? (?:go|goes|went|attend|"
    r"attends) to",
    r"(?:your|ur|yr) (?:kids|children|son|daughter|boy|girl|little ones?|lad|lass|grandkids) "
    r"(?:go|goes|attend|attends) to (?:[\w']+ ){1,4}(?:don'?t|dont|doesn'?t|doesnt) "
    r"(?:they|he|she)",
    # Grief denied to the bereaved: "you don't get to grieve him".
    r"(?<!tell )(?<!told )(?<!that )(?<!says )(?<!said )(?<!think )(?<!like )(?<!you )"
    r"(?:you|u|ya) "
    r"(?:don'?t|dont|do not) get to (?:grieve|mourn|miss|cry (?:for|over)) (?:him|her|them|your)",
    # An accident wished with a laugh: "wud be funny if u slipped in front of a bus".
    r"(?:would|wud|wd|'d|it'?d|itd|twould) be (?:funny|hilarious|a laugh|nice|great|convenient|"
    r"karma|a relief) if (?:you|u|ya) (?:[\w']+ ){0,2}(?:slipped|fell (?:in front|off|down|under)|"
    r"tripped|got hit|were hit|was hit|had an accident|didn'?t wake up|never woke up|od'?d|"
    r"overdosed|relapsed|drowned|choked|died|got run over|stepped in front|walked in front|"
    r"walked into traffic)",
    # Telling someone to harm themselves, or hoping they come to harm.
    r"kys",
    r"k y s",
    rf"(?:kill|hang|drown|shoot|stab|off|end|unalive|neck|burn|poison|overdose|od) {YOURSELF}",
    # Not after "gonna", "might" and such: "gonna go jump off a bridge" is the speaker's own.
    NOT_OWN + r"go (?:and )?(?:die|hang yourself|drown|jump off|jump in front|overdose|od|rot|kill "
    r"(?:yourself|yourselves|urself|ur self|your self|yourselfs))",
    NOT_OWN + r"go (?:die|jump) (?:in|off) (?:a|the) (?:fire|hole|ditch|bridge|cliff|roof)",
    rf"{YOU} (?:should|shld|shud|oughta|ought to|need to|deserve to|better|gotta|should just|"
    r"should go|should all|all should|should really|need to just) (?:die|be dead|hang|"
    r"drop dead|rot|not exist|disappear forever|stop breathing|overdose|od|just die|go die)",
    rf"(?:hope|wish|pray|praying|hoping) (?:that )?{YOU} (?:all )?(?:die|dies|get cancer|rot|"
    r"suffer|drop dead|choke|burn|get hit|were dead|was dead|never wake up|relapse|od|"
    r"overdose|get hit by|bleed out|bleed to death)",
    r"drop dead",
    r"die in a (?:fire|hole|ditch|car crash)",
    r"(?:drink|go drink|eat) (?:bleach|a bullet|glass|rat poison)",
    # A means of dying offered to someone, in words or pictures ("🪢 for you").
    r"(?:rope|noose|coffin|bullet)s? (?:for|4) (?:you|u|ya|her|him|them)(?! to (?:use|borrow|"
    r"fix|tie)| from| at| in| on)",
    # Showing that one watches where someone lives or who their family is.
    r"(?:i|we) (?:drive|drove|walk|walked|go|went|cycle|ride) (?:past|by) (?:your|ur) "
    r"(?:house|home|flat|place|work|office|kids'? school|door)",
    r"(?:i|we) know (?:(?:your|ur) (?:wife|husband|kids?|children|son|daughter|partner|mum|mom|"
    r"dad|girlfriend|boyfriend) (?:goes to|works at|lives (?:at|on|in)|is at)|which school (?:your|"
    r"ur) (?:kids?|son|daughter|children) (?:go|goes))",
    r"(?:i|we) know (?:what|which) (?:street|road|town|house|estate|area|school|building|flat) "
    r"(?:you|u|your \w+|ur \w+) (?:live|lives|work|works|go|goes)",
    r"(?:screenshot(?:ting|ted|s)?|screen shotting|copying|recording|saving)(?: [\w']+){0,5} "
    r"(?:and )?(?:send(?:ing)?|show(?:ing)?|post(?:ing)?|forward(?:ing)?)(?: it| them| this| all)?"
    r" to (?:your|ur) (?:church|pastor|priest|boss|employer|work|wife|husband|family|kids|parents|"
    r"mum|mom|dad|ex|sponsor)",
    r"(?:i'?ll|i will|gonna|i'?m gonna|im gonna|i'?m going to) tell (?:everyone|everybody|all|the "
    r"whole \w+) (?:at|in) (?:your|ur) (?:work|job|office|church|school|family|street|gym)",
    r"(?:suicide|killing (?:yourself|urself)|kys|death|dying|ending it|an overdose|the rope|the "
    r"bridge) (?:is|'s|would be) (?:ur|your|you'?re|the) (?:best|only|last) (?:option|choice|bet|"
    r"way out|hope)(?! for)",
    rf"better off (?:when|once|after) {YOU}(?:'?re| are| r)? (?:gone|dead|six feet under)",
    rf"(?:i'?ll|ill|i will|i'?m gonna|im gonna) send {YOU} to (?:join|be with|see) (?:him|her|"
    r"them|your \w+|ur \w+)",
    r"(?:everyone|everybody|let'?s|lets|all|y'?all) pile on \w+",
    # A fight promised on sight.
    rf"if i (?:ever )?(?:see|catch|find|meet|run into) {YOU}(?: [\w']+){{0,8}} (?:i'?ll|i will|"
    r"i'?m gonna|im gonna|i'?m going to) (?:\w+ )?(?:sort|smash|batter|deck|drop|end|hurt|teach|"
    r"show|kill|beat|break|knock|fix|glass|stab|slap|punch|do)",
    # Blaming someone for their dead: "your dad killed himself to get away from you".
    NOT_SAID_TO
    + r"(?:your|ur) (?:[\w']+ ){1,3}(?:died|killed (?:himself|herself)|overdosed|drank (?:himself|"
    r"herself) to death|hung (?:himself|herself)|hanged (?:himself|herself)|left|used|uses|"
    r"drank|drinks|relapsed|gambled|started (?:drinking|using|gambling)) (?:\w+ )?"
    r"(?:because of (?:you|u)|to get away from (?:you|u)|because god (?:didn'?t|did not) want)",
    # A means of dying suggested to someone ("maybe try the 🌉 this time").
    r"(?:maybe |just |should |you should |u should |go |why not )(?:try|use) (?:the |a )?(?:bridge|"
    r"rope|noose|pills|tracks|train|gun|roof|ledge|razor|bleach) (?:this time|next time|instead)",
    # A pile-on: the room asked to agree that someone should go.
    r"(?:everyone|everybody|who else|all in favou?r|hands up if you|raise your hand if you) "
    r"(?:\w+ )?(?:agree|agrees|thinks?|wants?) (?:that )?(?:\w+ )?(?:should (?:leave|go|be "
    r"(?:kicked|banned|removed|thrown))|needs to (?:leave|go)|has to go)",
    rf"bet on (?:yourself|urself|{YOU}) (?:dying|dead|to die|relapsing|to relapse)",
    rf"{YOU} (?:look|looks|looking) like (?:a )?(?:corpse|zombie|skeleton|crackhead|junkie|dead "
    r"body|walking corpse)",
    r"(?:your|ur) (?:kids?|children|son|daughter|baby) (?:is|are|would be|'d be|r) (?:so )?"
    r"better off (?:in care|in foster care|with strangers|adopted|taken away)",
    r"(?:want me to|shall i|should i|maybe i'?ll|i might) (?:message|tell|show|send|text|email) "
    r"(?:your|ur) (?:mum|mom|dad|wife|husband|boss|pastor|priest|family|kids|church|ex|parents)",
    r"(?:she'?d|he'?d|she would|he would|you'?d|u'?d|you would) (?:shag|sleep with|fuck|bang|"
    r"screw) (?:anyone|anybody|anything|everyone|everybody)",
    r"(?:go to (?:bed|sleep)|sleep) and (?:don'?t|never|dont|do not) wake (?:up|back up)",
    r"(?:i'?ll be|ill be|i'?m|im) (?:telling|calling|emailing|messaging|texting|ringing) (?:your|"
    r"ur) (?:\w+ )?(?:boss|employer|work|wife|husband|family|kids|children|church|pastor|priest|"
    r"ex|parents|mum|mom|dad|neighbours|neighbors|landlord|sponsor)",
    # Mocking someone's dead or their loss.
    r"(?:your|ur) (?:\w+ ){1,2}(?:hanging|killing|shooting|overdosing|dying|death|suicide|funeral|"
    r"overdose)(?: [\w']+){0,4} (?:is|was) (?:the )?(?:funniest|hilarious|funny|best thing|karma|"
    r"deserved|a joke)",
    r"(?:haha|lol|lmao|lmfao|hahaha) (?:your|ur) (?:\w+ ){1,2}(?:died|dead|killed (?:himself|"
    r"herself)|hanged|overdosed|drank (?:himself|herself) to death|topped (?:himself|herself))",
    # Someone's child or family better off with anyone but them.
    rf"better off (?:[\w']+ ){{0,3}}than with {YOU}",
    rf"better off (?:[\w']+ ){{0,3}}than with (?:a|an) \w+ like {YOU}",
    # Harm wished on the next drink or dose.
    r"hope (?:the |your |ur )?next (?:hit|drink|dose|shot|binge|bender|line|fix|relapse|"
    r"overdose|bottle|bet)(?: [\w']+){0,5} (?:kills|finishes|does it|does you in|is your last|"
    r"takes you out|ends you|is the last)",
    r"^(?:just |go |pls |please |now )?(?:overdose|od|die|hang|relapse|jump)(?: already)? "
    r"(?:faster|quicker|sooner|already)(?: please)?$",
    # Threats to show what someone shared to the people in their life.
    r"(?:screenshots?|screenshotted|screen shots?|receipts|recordings?|recorded|saved|copied|"
    r"everything (?:you'?ve|you have|you|u) (?:said|shared|posted|wrote|typed))(?: [\w']+){0,12} "
    r"(?:your|ur) (?:church|pastor|priest|congregation|boss|employer|work|job|wife|husband|family|"
    r"kids|children|parents|mum|mom|dad|ex|neighbou?rs|probation officer|sponsor)(?: \w+)? "
    r"(?:would|will|might|'?d|is gonna|are gonna|is going to|are going to) (?:\w+ )?(?:love|like|"
    r"be interested|enjoy|want) (?:to )?(?:read|see|hear|know|find out)",
    # Disbelief mocking someone's time sober ("sure, '90 days sober', and I'm the Queen").
    r"(?:sober|clean|days|recovery|relapse|program|sobriety)(?: [\w']+){0,6} and i'?m (?:the )?"
    r"(?:queen|king|pope|tooth fairy|santa|easter bunny|president)",
    r"(?:and i'?m|and im) (?:the )?(?:queen|king|pope|tooth fairy|santa|easter bunny|president)"
    r"(?: [\w']+){0,6} (?:sober|clean|days|recovery|relapse|program|sobriety)",
    # Laughing at someone's tears.
    r"(?:keep|go on|carry on) (?:crying|whining|sobbing|bawling|weeping)(?: [\w']+){0,3} "
    r"(?:entertaining|amusing|fun to watch|my favourite|my favorite|cute|delicious)",
    r"(?:keep|go on|carry on) (?:crying|whining|sobbing|bawling|weeping)(?: [\w']+){0,3} "
    r"(?:hilarious|funny|pathetic|lol|lmao|lmfao|skull|clown|nobody cares|no one cares)",
    r"cry (?:more|harder)(?: [\w']+){0,2} (?:hilarious|funny|pathetic|lol|lmao|lmfao|skull|clown|"
    r"baby|loser)",
    # Sexual remarks and requests aimed at someone.
    r"(?:what'?s|whats|what is|how big (?:is|are)) (?:ur|your|yr) (?:bra|cup|dick|cock|penis|boob|"
    r"tit|breast|chest)s? ?(?:size)?",
    r"(?:ur|your|yr) (?:tits|boobs|titties|ass|arse|bum|butt|rack|cleavage) (?:look|looks|are|is|"
    r"r) (?:so |really |fucking |looking )?(?:hot|sexy|amazing|fine|tasty|juicy|perfect|huge|big|"
    r"nice|delicious|great)",
    rf"(?:wanna|want to|i'?d|i would|let me|gonna|i'?m gonna|i'?ll|id|could) (?:\w+ )?(?:fuck|"
    rf"bang|shag|smash|rail|lick|suck|eat out) {YOU}(?! up| over| off)",
    r"(?:show|send|flash|give) (?:me |us )?(?:your|ur|yr|them|those) (?:tits|boobs|titties|"
    r"nudes|body|ass|arse|bum|dick|cock|pussy|legs|feet|pics in|bikini)",
    r"sit on my (?:lap|face|knee|dick|cock)",
    rf"{YOU} (?:look|sound|'?d look|would look) (?:so |really )?(?:hot|sexy|fit|fuckable|tasty) "
    r"when (?:you|u)",
    r"what (?:colou?r|kind of|type of|sort of) (?:underwear|knickers|panties|undies|bra|thong|"
    r"boxers|lingerie)(?: [\w']+){0,2} (?:have|got|are|r|do|you|u|ur|is|does)",
    rf"(?:get|have|catch) {YOU} (?:all )?(?:alone|to myself|on (?:your|ur) own)(?! (?:to|for) "
    r"(?:talk|chat|a chat|a coffee|coffee|a word|help))",
    rf"show {YOU} what {YOU}(?:'?ve| have| are|'?re| r| were)? (?:been )?missing",
    rf"keep {YOU} (?:company|warm)(?: [\w']+){{0,2}} (?:at night|in bed|tonight|all night|"
    r"under the covers)(?! (?:with|on) (?:the|a) (?:call|phone|chat))",
    rf"(?:love|like|adore) it when {YOU} (?:talk about being|say you'?re|are|get) (?:lonely|"
    r"alone|single|sad|drunk|vulnerable)",
    # Blaming the person hurt.
    r"(?:she|he|you|u|they) (?:was|were|are|is|r) (?:so |totally |clearly )?asking for it",
    r"stop playing (?:the )?victim",
    rf"(?:nobody|no one|noone) (?:here )?(?:actually |really |even )?(?:cares?|gives a (?:shit|"
    rf"damn|toss|fuck)) (?:about|for) (?:your|ur|{YOU})",
    # Urging someone to swallow poison or all of their pills, or to hurt themselves again.
    rf"(?:go|just|pls|please|then|why don'?t {YOU}|{YOU} should|{YOU} could) (?:\w+ )?(?:swallow|"
    r"drink|eat|chug|down|neck|take) (?:some |a bottle of |a cup of |a glass of )?(?:bleach|"
    r"drain cleaner|antifreeze|poison|rat poison|cyanide|weedkiller)",
    rf"(?:go|just|pls|please|then|why don'?t {YOU}|{YOU} should) (?:\w+ )?(?:swallow|take|down|"
    r"neck) (?:all|every one|the whole lot|the lot) (?:of )?(?:your|ur|them|those|the)(?: (?:pills|"
    r"tablets|meds|medication|sleeping pills))?(?= ?$| at once| in one go| tonight| now| already| "
    r"together| and (?:die|sleep|never|go to sleep|see|get it over)| lol| lmao| loser| idiot)",
    r"(?:go|just|pls|then) (?:cut|burn|starve|hurt) (?:yourself|urself|yourselves|again|deeper)",
    NOT_SAID_TO
    + rf"(?:nobody|no one|noone|no body) (?:would|will|'d|is going to|gonna) (?:even |ever "
    rf"|really )?(?:miss|care about|notice if|cry for|care if) {YOU}",
    rf"(?:would|'d|will) (?:even |ever |really )?(?:notice|care) if {YOU} (?:were|was|died|"
    r"disappeared|dropped dead|killed)",
    r"(?:get lost|piss off|bugger off|sod off|go away|get out) (?:you )?(?:\w+ )?(?:freak|"
    r"loser|idiot|creep|weirdo|moron|bitch|junkie|drunk|retard|cunt|whore|slut|psycho)",
    rf"(?:the )?(?:world|group|earth|everyone) (?:would be|is|'d be|will be) better (?:off )?"
    rf"(?:without|if) {YOU}",
    r"do (?:us|everyone|the world|yourself|the group|everybody)(?: all)? a favou?r and "
    r"(?:die|disappear|jump|go jump|drop dead|kill yourself|off yourself|"
    r"leave|kill|go|stop|end)",
    rf"{YOU} (?:don'?t|do not|dont) deserve to (?:live|be alive|exist|be here|breathe)",
    rf"{YOU} (?:should have|should'?ve|shoulda) (?:been aborted|died)",
    rf"(?:should have|should'?ve|shoulda) (?:been aborted|let {YOU} die)",
    rf"(?:why|just) (?:don'?t|dont|do not) {YOU} (?:just )?(?:die|kill yourself|disappear|"
    r"go die|end it)",
    rf"why (?:are|r) {YOU} (?:even |still )*(?:alive|breathing|here|allowed)",
    rf"if i (?:were|was) {YOU},? i'?d (?:kill myself|die|hang myself|end it|jump)",
    rf"(?:nobody|no one|noone) cares about (?:your|ur|{YOU})",
    r"(?:nobody|no one|noone) (?:wants|needs|asked for) (?:your|ur)",
    r"eat (?:shit|dirt|glass)(?: and die)?",
    rf"{YOU}(?:'re| are|re|'ll always be| will always be|ll always be) (?:a )?(?:nothing|nobody|"
    r"no one)(?= ?$| and| you| ur| to me| to anyone)",
    r"(?:your|ur) dead (?:son|daughter|kid|child|husband|wife|mum|mom|dad|brother|sister|"
    r"baby|mother|father)",
    rf"(?:would be|'d be|will be) ashamed of {YOU}",
    rf"(?:anyone|anybody|nobody|no one) (?:even )?cares if {YOU} (?:die|live|drink|relapse|"
    r"disappear|use)",
    r"ugly (?:inside and out|on the inside)",
    r"(?:your|ur) (?:personality|face|voice|existence) is (?:ugly|disgusting|repulsive|trash|"
    r"garbage|a joke|vile)",
    rf"rather die than (?:listen|hear|talk|read|sit) (?:to )?(?:{YOU}|your|ur)",
    r"(?:^|just |go |please |pls )die(?= ?$| already| lol| lmao| you| u| then| loser| bitch)",
    rf"{YOU}(?:'re| are| r|re) (?:a |the |like a )?(?:cancer|disease|plague|poison|virus|"
    r"parasite|tumou?r) (?:on|to|in|of|for)",
    r"go (?:choke|drown|rot|jump|hang|burn)(?= ?$| yourself| on it| already| lol| in hell)",
    rf"{YOU}'?(?:d| would|'re| are) (?:be )?better off dead",
    r"(?:your|ur) (?:existence|birth|life|being born) (?:is|was) a (?:mistake|waste|joke|"
    r"disgrace|curse)",
    r"(?:you'?re|you are|ur|youre) (?:literally |honestly |just |easily )?the worst (?:person|"
    r"member|human|mother|mom|mum|father|dad|parent|wife|husband|sponsor)",
    rf"(?:hope|wish) {YOU} get what'?s coming",
    r"(?:nobody|no one) (?:wants|needs) to (?:hear|read|see) (?:from )?(?:a |an )?(?:junkie|"
    r"drunk|addict|loser|you|your)",
    rf"(?:your|ur) (?:kids|children|son|daughter|family) (?:are going to|will|gonna|are gonna) "
    rf"(?:end up|turn out) (?:just )?like {YOU}",
    r"waste of (?:everyone'?s|everybody'?s|our|my) (?:time|oxygen|air|space|energy)",
    r"(?:shut up|sit down and shut up|go away|fuck off|piss off) (?:you )?(?:\w+ )?(?:junkie|"
    r"loser|idiot|moron|freak|bitch|drunk|creep|psycho|retard|cunt|whore|slut|weirdo|clown)",
    r"sit down and shut up",
    r"excuse for a (?:mother|father|human|person|man|woman|parent|wife|husband|sponsor|member)",
    rf"(?:drink|drug|smoke|eat|starve) {YOURSELF} to death",
    rf"{YOU} (?:are|r|'re|re) (?:all )?(?:\w+ )?(?:vermin|scum|animals|trash|garbage|parasites|"
    r"subhuman|filth|cockroaches|rats|a plague|a disease)",
    rf"{YOU}'?(?:ll| will|ll) never (?:be sober|get sober|stay sober|recover|get better|change|"
    r"be clean|be loved|be happy|amount to anything)",
    r"slit (?:your|ur) (?:wrists|throat)",
    r"(?:ruin|destroy|wreck) (?:your|ur) (?:life|marriage|career|reputation|family)",
    r"no wonder (?:your|ur) (?:[\w']+ ){0,3}(?:addict|drunk|alcoholic|drinks|uses|left|hates|"
    r"cheated|ran away|killed)",
    r"make (?:your|ur) life (?:a )?(?:living )?hell",
    r"(?:you'?re|you are|youre|ur) (?:going to|gonna) (?:regret|pay for)",
    rf"(?:should be|must be|are|is) ashamed of {YOU}",
    r"(?:just )?(?:end it|do it|kill yourself|die|off yourself|relapse|drink|use|go drink|have "
    r"a drink) already",
    rf"{YOU} deserve (?:everything|all) (?:bad|that'?s coming|the pain|the suffering|of it|you "
    r"get)",
    rf"(?:nobody|no one|noone) (?:here |in this group )?(?:would|will|'d) (?:even |ever "
    rf"|really )?(?:cry|care|notice) (?:if|when) {YOU} (?:died|die|were gone|left|disappeared)",
    r"(?:you'?re|you are|ur|youre) (?:a |an |such a |such an )?(?:terrible|horrible|awful|vile|"
    r"evil|disgusting|pathetic|worthless|sick|twisted|toxic|rotten|despicable) (?:person|human|"
    r"human being|mother|father|parent|woman|man|wife|husband|excuse|creature)",
    r"(?:i|we) (?:know|found|have|got) (?:out )?your (?:real name|full name|address|workplace|"
    r"employer|home address|surname|last name)",
    # Knowing where someone's family lives or works, said to them ("i know ur wife's name 😉").
    r"(?:i|we) know (?:(?:your|ur) (?:wife|husband|kids?|children|son|daughter|partner|mum|mom|"
    r"dad|family|boss|girlfriend|boyfriend|ex)(?:'?s)? (?:name|names|address|school|workplace)|"
    r"where (?:your|ur) (?:wife|husband|kids?|children|son|daughter|partner|mum|mom|dad|family|"
    r"girlfriend|boyfriend) (?:lives?|works?|sleeps?|goes to school|is staying))",
    r"(?:no one|noone|nobody)(?:'?s| is)? (?:gonna|going to|will|would|'?ll) (?:even )?miss "
    rf"{YOU} (?:when|if|after|once) {YOU} (?:finally )?(?:die|overdose|od|relapse|go|are gone|"
    r"kill)",
    # A drink or a dose urged on someone: "just take the whole bottle tonight".
    r"(?:just |go on |go |why don'?t (?:you|u) |you should |u should )(?:take|swallow|down|neck) "
    r"(?:the whole|all (?:the|ur|your|of (?:the|ur|your))|every) (?:bottle|pills|pack|packet|box|"
    r"tablets|stash)(?! (?:the|your|ur) (?:doctor|gp|dr|psychiatrist|nurse)|as prescribed|"
    r"with food)",
    # Betting on someone's relapse.
    r"(?:bet|betting|put money on|give (?:it|you|u)|odds) (?:\w+ ){0,3}(?:you|u|ur|you'?re|"
    r"youre|you'?ll|youll|u'?ll) (?:being |are |r |will be |be )?(?:back on (?:the (?:bottle|"
    r"booze|pipe|gear|sauce|drink|piss|needle|pills|horse|slots|pokies)|it|the gear|drugs|crack|"
    r"meth|heroin|coke|smack)|"
    r"relapsing|"
    r"drinking again|using again|drunk again|back in rehab|back at the (?:bar|casino|bookies))",
    # Someone's family glad to be rid of them.
    r"(?:your|ur) (?:kids|children|family|husband|wife|son|daughter|parents|mum|mom|dad|"
    r"partner|ex)(?: are| is| must be| r)? (?:so )?(?:glad|relieved|happy|happier) (?:they|he|"
    r"she)(?: \w+)? (?:don'?t|dont|doesn'?t|never|no longer|won'?t) (?:have to )?(?:see|deal|"
    r"live|hear)",
    # A weapon or a rope sent to someone by name ("🔫🙂 for marcus").
    r"^(?:(?:gun|knife|rope|coffin|grave|skull|noose|bullet|pills) ){1,3}(?:for|4) (?:you|u|"
    r"[a-z]+)$",
    rf"(?:scum|trash|filth|people|junkies|losers|freaks|drunks|addicts) like {YOU} (?:shouldn'?t|"
    r"should not|don'?t|do not|aren'?t|are not|should be|make me|deserve)",
    rf"{YOU} (?:sound|look|act|talk|smell|dress) like (?:a |an )?(?:\w+ )?(?:crackhead|junkie|"
    r"tweaker|crack whore|whore|slut|retard|idiot|moron|pig|cow|clown|bitch|loser|freak|psycho|"
    r"alcoholic|drunk|tramp|hooker)",
    r"(?:just )?(?:leave|go away|get out|fuck off) and never come back",
    r"^(?:lol |lmao |haha |omg |ugh )?(?:what an? |such an? |you |u )?(?:absolute |total |"
    r"complete |fucking |stupid )?(?:idiot|loser|moron|freak|psycho|retard|cunt|whore|slut|"
    r"bitch|prick|twat|wanker|dickhead|asshole|arsehole|junkie|clown|imbecile|creep|weirdo|"
    r"crackhead|scumbag|pig|shithead|dipshit|douchebag|douche|jackass|bellend|tosser|knobhead|"
    r"dumbass|skank|cocksucker|piece of (?:shit|trash|garbage|crap))s?$",
    rf"(?:your|ur) (?:kids|children|family|husband|wife|son|daughter|parents|mum|mom|dad|"
    rf"partner) (?:must|probably|all|clearly|obviously|secretly) (?:hate|hates|despise|"
    rf"resent) {YOU}",
    r"(?:you'?re|you are|ur|youre) (?:the|a) (?:worst|shittiest|most pathetic) (?:mother|mom|"
    r"mum|father|dad|parent|wife|husband|person|sponsor|member|friend|human)",
    r"(?:left|leaves|cheated on you|hates you|hit you|drinks) because (?:you'?re|you are|ur|"
    r"youre) (?:\w+ ){0,3}(?:boring|ugly|fat|stupid|worthless|pathetic|crazy|annoying|useless|"
    r"disgusting|a bitch|a nag|frigid)",
    rf"\w+ (?:would be|'d be|are|is|will be|were) (?:all )?better (?:off )?without {YOU}"
    r"(?! guys| all)",
    rf"\w+ (?:would|'d|will) (?:honestly |really |genuinely |probably |truly |all |just |so "
    rf"much )+be (?:all )?better (?:off )?without {YOU}(?! guys| all)",
    rf"(?:beat|kick|knock|slap|punch|smack) the (?:shit|crap|hell|life|fuck|living daylights) "
    rf"out of {YOU}",
    rf"(?:should have|should'?ve|shoulda) (?:been )?aborted {YOU}",
    rf"aborted {YOU}",
    r"(?:^|just |go |hope you |hope u |you should |u should |please |go and )get (?:cancer|"
    r"aids|ebola|hit by a (?:bus|car|truck|train))",
    r"go back to (?:drinking|using|the bottle|drugs|your bottle|your drugs|the needle)",
    r"(?:nobody|no one|noone) (?:wants|needs) to (?:hear|read|see) (?:your|ur|you|it|this)",
    r"(?:you'?re|youre|you are|ur|it'?s your fault|it'?s ur fault) (?:the reason |why )?"
    r"(?:your|ur) (?:\w+ ){0,2}(?:drinks|drank|drinking|left|died|uses|using|relapsed|hates|"
    r"killed|cheated|hit)",
    r"(?<!gonna )(?<!going to )(?<!i'll )(?<!ill )(?<!i will )(?<!let me )(?<!i )(?<!might )"
    r"(?<!to )(?<!i'm off to )go cry (?:somewhere|to|about|in|elsewhere|more|me a river)",
    r"(?:hope|wish|pray) (?:that )?(?:your|ur) (?:\w+ ){0,2}(?:dies|die|fails|fail|gives out|"
    r"gets cancer|suffers|"
    r"rots|burns|relapses|overdoses|leaves you|get hit)",
    rf"{YOU} (?:belong|should be|need to be) (?:locked up )?in (?:a |the )?(?:psych ward|mental "
    r"hospital|asylum|nuthouse|loony bin|cage|zoo|gutter|ground|grave|prison)",
    r"(?:find|found|find out|know|get|getting|finding out) where (?:you|u) (?:live|work|sleep)",
    # Threats.
    r"(?:i'?ll|i will|i'?m going to|i'?m gonna|im gonna|am gonna|we'?ll|we will|we'?re going "
    rf"to|gonna|i'?d|i would|id) (?:find|hurt|kill|beat|stab|shoot|end|rape|dox|expose|come "
    rf"for|track down|track|smash|destroy|ruin|get|slap|punch|hit|smack|kick|strangle|choke) "
    rf"{YOU}(?! (?:a|an|the|some|one|that|this|those|these|"
    r"more|something|anything|back|in|out|there|home|up|to|at|on|after|later|tomorrow|next|"
    r"soon|when|before|covered|sorted|started|set|through|into|with|for|up))",
    rf"(?:i|we) know where {YOU} (?:live|work|sleep|park|walk|drink|go after|shop|get the bus)",
    r"watch (?:your|ur) back",
    rf"{YOU}'?(?:ll| will|ll) (?:regret|pay for) (?:this|it|that|what)",
    r"(?:you'?re|youre|ur|you are|u r|u are) (?:so |gonna be |going to be )?(?:dead|gonna "
    r"die|going to die)(?! (?:right|wrong|on|serious|tired|set|last))",
    r"dox(?:x)?(?:ed|ing)? (?:you|u|her|him|them)",
    # Threats to expose someone: their name, number, address or secrets spread, or their
    # boss or family told.
    r"(?:i'?m|im|i'?ll be) (?:posting|leaking|publishing|spreading|plastering) (?:\w+ ){0,3}?"
    r"(?:your|ur|her|his|their) (?:\w+ ){0,2}?(?:name|number|address|addy|workplace|secrets?|"
    r"photos?|pics|details|info|real identity|location)",
    r"(?:i'?ll|i will|i'?m going to|i'?m gonna|im gonna|gonna|going to|we'?ll|we will|let'?s|"
    r"lets|i could|i might|i should) (?:just |totally |happily )?(?:post|share|put|leak|send|"
    r"spread|publish|upload|plaster|expose|give out|hand out|print) (?:\w+ ){0,3}?(?:your|ur|"
    r"her|his|their) (?:\w+ ){0,2}?(?:name|number|address|addy|workplace|addiction|secrets?|"
    r"photos?|pics|shares|details|info|real identity|location)(?! (?:to me|with me|here|in "
    r"the chat))",
    r"(?:i'?ll|i will|i'?m going to|i'?m gonna|im gonna|gonna|we'?ll|we will|let'?s|lets) "
    r"(?:\w+ )?(?:tell|call|email|message|text|inform|ring) (?:your|ur|her|his|their) (?:\w+ )?"
    r"(?:boss|employer|work|wife|husband|family|kids|children|church|ex|parents|mum|mom|dad|"
    r"neighbours|neighbors|landlord|probation officer|sponsor)(?: and (?:tell|show|send) (?:her|"
    r"him|them))? (?:about|that|what|where|how|everything|all about)",
    # Insults aimed at someone.
    r"you (?:stupid|fucking|fat|ugly|pathetic|worthless|dumb|little|filthy|disgusting|lying) "
    r"\w+",
    r"make (?:you|u) pay",
    r"(?:you|u) (?:absolute|total|complete|utter|fucking|stupid|pathetic|worthless|little) "
    r"(?:idiot|moron|bitch|loser|freak|psycho|retard|cunt|whore|slut|prick|twat|wanker|creep|"
    r"pig|bastard|dickhead|asshole|arsehole|clown|imbecile|scumbag|junkie|disgrace|waste)",
    r"(?:you|u) (?:idiot|moron|bitch|loser|freak|psycho|retard|cunt|whore|slut|prick|twat|"
    r"wanker|creep|pig|bastard|dickhead|asshole|arsehole|clown|imbecile|scumbag|junkie|shithead|"
    r"cocksucker|dipshit|douchebag|jackass|dumbass|skank)",
    r"(?:you'?re|youre|you are|ur|u r|u are) (?:a |an )?(?:fucking |little |stupid )?(?:shithead|"
    r"cocksucker|dipshit|douchebag|jackass|dumbass|skank|bellend|tosser|knobhead)",
    r"(?:you'?re|youre|you are|ur|u r|u are|you r) (?:such |just |nothing but |all |so |"
    r"really |very |too |literally |honestly )?"
    r"(?:a |an )?(?:fucking |fkn |fking |effing |total |complete |absolute |utter |pathetic |"
    r"stupid |worthless |dumb |fat |ugly |useless |sad |little |lying |disgusting |filthy |"
    r"drunk |old |lazy |crazy |boring |annoying |weak |hopeless |and )*"
    r"(?:worthless|pathetic|disgusting|stupid|idiot|idiots|moron|morons|loser|losers|waste of "
    r"(?:a )?(?:space|air|oxygen|skin|time|life|human|human being|person|sperm)|joke|freak|"
    r"freaks|trash|garbage|useless|failure|"
    r"bitch|bitches|cunt|cunts|whore|whores|slut|sluts|retard|retards|retarded|dumbass|"
    r"ugly|piece of (?:shit|crap|garbage|trash|work)|scum|scumbag|parasite|parasites|psycho|"
    r"nutjob|junkie|junkies|lowlife|attention seeker|attention whore|pig|cow|bastard|"
    r"degenerate|degenerates|subhuman|vermin|maggot|dickhead|asshole|arsehole|twat|prick|"
    r"wanker|clown|imbecile|cretin|simpleton|dimwit|halfwit|fuckwit|fuck up|fuckup|screw up|"
    r"disgrace|embarrassment|burden|mistake|creep|weirdo|drama queen|crybaby|snowflake|"
    r"attention seeking)",
    rf"(?:fuck|f|fk|fck|fuk|screw) (?:off|you|u|{YOURSELF}|ya|yall|this group|all of you)",
    r"stfu",
    r"gtfo",
    r"(?:^|just |oh |you |so |please |omg |lol |god |ok |now )shut (?:up|your (?:mouth|face|"
    r"trap|pie hole))",
    r"shut (?:the fuck|the f|tf|the hell) up",
    r"(?:go to|burn in|rot in) hell",
    r"(?:you'?re|youre|you are|ur|u r|u are|you|u|yall|y'?all|you lot)(?: are| r)? (?:all |both )?"
    r"(?:going|gonna go|will go|'?ll go|headed|heading) (?:straight )?to hell",
    # Finishing what an overdose or attempt began; the wrong one having died.
    r"finish (?:the job|what) (?:your|ur) (?:last |own )?(?:overdose|od|attempt|pills|dad|mum|"
    r"\w+) (?:started|began|couldn'?t)",
    rf"{YOU} should(?:'?ve| have| of) (?:been the one (?:who|that|to) )?(?:died|die|gone) "
    r"(?:instead|not (?:him|her|them|your|ur))",
    rf"{YOU} should(?:'?ve| have| of) been the one (?:who|that) (?:died|overdosed|was killed)",
    r"do (?:us|everyone|the (?:world|group)) (?:all )?a favou?r and (?:don'?t come back|never come "
    r"back|disappear|vanish|go away for good|don'?t wake up|leave for good|die|end it|kill)",
    # The word alone, over and over.
    r"^(?:die ){2,}die$",
    # A child's or a partner's death called a mercy because of the parent, or deserved.
    r"(?:your|ur) (?:[\w']+ ){0,2}(?:dying|death|dead|passing|died|suicide|overdose)"
    r"(?: [\w']+){0,4} (?:was|is|were) (?:probably |prob |honestly |actually |really |just )?"
    r"(?:(?:a blessing|for the best|a mercy|a relief) (?:with|having|given) (?:a |such a )?"
    r"(?:\w+ )?like (?:you|u)|"
    r"karma|deserved|good riddance|no loss|what (?:you|u) deserved|your fault|ur fault)",
    r"(?:stupid|dumb|fat|ugly|worthless|fucking|fkn|pathetic|useless|psycho|filthy|dirty|"
    r"lying|crazy|disgusting) (?:bitch|cunt|whore|slut|retard|faggot|fag|dyke|tranny|loser|"
    r"idiot|moron|pig|cow|bastard|piece of shit|trash|scum)",
    # The drinker at home called what they are is venting ("my ex is a lying drunk"); said to
    # the room it is not.
    r"(?<!is a )(?<!was a )(?<!'s a )(?<!s a )(?<!such a )(?<!being a )(?:stupid|dumb|fat|ugly|"
    r"worthless|fucking|fkn|pathetic|useless|psycho|filthy|dirty|lying|crazy|disgusting) "
    r"(?:junkie|drunk|addict)",
    r"(?:faggot|faggots|fag|fags|tranny|trannies|kike|kikes|spic|spics|chink|chinks|wetback|"
    r"nigger|niggers|nigga|niggas|n1gger|nigg|retards|dyke|dykes|coon|coons|raghead|towelhead|"
    # "paki" alone; the Tagalog "paki-" (please) read apart from its word is not it.
    r"gypo|pikey|paki(?! (?:ramdam|usap|suyo|sabi|tingin|bigay|kinig|abot|dala|hintay))|pakis|"
    r"p kis|f ggots?|n ggers?|poofter|poofters|poofs|inbreds|"
    # Batches 226 to 233: slurs from Hindi, Jamaican, Mexican and Nigerian English.
    r"madarchod|maderchod|behenchod|bhenchod|bhosdike|chutiya|chutiye|chootiya|gandu|batty ?boys?|"
    r"batty ?bwoys?|battyman|chi ?chi man|chi ?chi men|jotos?|ashawo)",
    r"^(?:ur |you |u |you'?re |youre |ur a |you'?re a |youre a |what a |such a )?(?:spaz|spazz|"
    r"spastic|spakka|mong|mongo)$",
    r"(?:you|u|you'?re|youre|ur) (?:a |an |such a |fucking |fkn )*(?:spaz|spazz|spastic|spakka|"
    r"mong|mongo)",
    # Watching a member's hours online; what a member shared, "noted".
    r"see (?:when|whenever|what time) (?:you'?re|you are|u r|ur|youre|you) (?:online|on here|"
    r"logged in|active|awake|on)(?: [\w']+){0,6} (?:always|every (?:night|time|day)|i know)",
    r"i (?:always|still|can always) (?:see|watch|find) (?:you|u)(?= ?$| always| everywhere| every "
    r"(?:night|day|time)| wherever)",
    r"(?:your|ur) (?:[\w']+ ){0,3}(?:school|work|job|address|street|house|car|route|gym|church|"
    r"office|shift|shifts)(?: [\w']+){0,4} (?:noted|duly noted|good to know|i'?ll remember that|"
    r"remember that|thanks for that)$",
    # Advice that is a threat: "I'd stop sharing if I were you. Things have a way of getting out."
    r"i'?d (?:stop|quit|be careful|watch) (?:sharing|posting|talking|what you (?:say|share|post))"
    r"(?: [\w']+){0,3} if i (?:were|was) (?:you|u)",
    r"(?:things|secrets|stuff|shares) (?:have|has) a way of (?:getting out|coming out|getting "
    r"around|leaking|reaching (?:people|the wrong people))",
    # Told to stop living "if I were you": "if I were you I'd stop breathing".
    r"if i (?:were|was) (?:you|u),? (?:i'?d|id|i would) (?:just )?(?:stop breathing|kill myself|"
    r"end it|jump|top myself|hang myself|off myself|give up living|stop existing|drink bleach|"
    r"not wake up|disappear for good)",
    # A relapse urged as what the person is good at.
    r"(?:pills|drink|drinks|bottle|booze|bets?|lines|drugs|a few|a couple)(?: [\w']+){0,8},? "
    r"(?:it'?s|that'?s|thats|its) (?:what|all) (?:you'?re|youre|ur|you are) good (?:at|for)",
    # Nigerian Pidgin: "you be mumu", "na your fault say your papa dey drink".
    r"(?:you|u) be (?:mumu|ode|olodo|fool|idiot|goat|ashawo|useless)",
    r"na (?:your|ur) fault (?:say|that|wey) (?:your|ur) \w+ (?:dey )?(?:drink|drinks|die|died|"
    r"use|gamble|dey)",
    # A partner's drinking blamed on the one spoken to.
    r"(?:i'?d|id|i would|anyone would|i'?d) (?:be )?(?:drink|drinking|drunk|use|using|gamble|"
    r"gambling|relapse|relapsing|leave|leaving|run|cheat|cheating)(?: too| as well| an all)? if i "
    r"(?:was|were|had to live with|lived with|had|was stuck with) (?:married to |with )?"
    r"(?:you|u)\b",
    rf"(?:nobody|no one|noone) (?:here |in (?:this|the) (?:group|room|meeting) |in here )?"
    rf"(?:likes|wants|cares about|loves|can stand|asked) "
    rf"{YOU}",
    rf"(?:everyone|everybody|we all|we|we'?re all|we'?re) (?:here )?(?:hates|hate|can'?t stand|"
    rf"is sick of|are sick of|sick of|tired of|done with) {YOU}",
    r"(?:get|fuck|piss) (?:the fuck |tf )?(?:out of|off) (?:this|our) (?:group|meeting|room|"
    r"chat)",
    rf"{YOU} (?:disgust|sicken) (?:me|us|everyone)",
    rf"{YOU} make (?:me|us|everyone) (?:sick|want to puke|want to vomit)",
    rf"{YOU} (?:deserve|deserved) (?:to (?:suffer|be hit|be beaten|be hurt|be raped|be alone|"
    r"die|rot|be miserable|lose everything)|what (?:you|u) got|every bit of it)",
    r"(?:kill|shoot|hang|burn|gas|deport) (?:all )?(?:the )?(?:gays|jews|muslims|immigrants|"
    r"blacks|trans people|women|fags|addicts|alcoholics|junkies)",
    r"(?:no wonder|that'?s why) (?:your|ur) (?:\w+ )?(?:left|hates|hated|cheated|died|"
    r"drinks|beat) (?:you|u)",
    rf"(?:who|nobody|no one) (?:gives|give) a (?:shit|fuck|damn|toss|crap) (?:about (?:{YOU}|"
    rf"your|ur)|what {YOU})",
    r"(?:grow a pair|man up you|cry me a river|boo hoo)",
    r"(?:^|just |oh |please |god |jesus |so |omg |lol |you need to |you should |u need to |"
    r"ok )(?:stop|quit) (?:whining|crying|being a baby|playing the victim|being so dramatic|"
    r"complaining|moaning)",
    # A means of dying suggested by what it did to someone's own ("try the rope, worked for ur
    # brother").
    r"(?:rope|noose|pills|bridge|tracks|overdose|needle|bottle)(?: [\w']+){0,2},? (?:it )?"
    r"(?:worked|did the job|did the trick|work(?:ed)? out) (?:for|4) (?:your|ur|yr) (?:\w+ )?"
    r"(?:brother|sister|dad|da|mum|mom|ma|mother|father|son|daughter|husband|wife|uncle|aunt|"
    r"cousin|friend|mate|boyfriend|girlfriend|partner|grandad|nan)",
    # Someone's death looked forward to: "end up in the ground like ur da, cant wait".
    rf"(?:can'?t|cannot|cant|cnt) wait (?:for|till|until|til|to see) (?:{YOU}|ur|your)(?:'?re| "
    r"to| r)? (?:\w+ )?(?:die|dies|dead|funeral|grave|overdose|od|relapse|drink yourself|hang|"
    r"gone for good|in the ground|in a box|six feet under)",
    rf"(?:{YOU}|ur|youre)(?:'?re| are| r|'?ll| will)? (?:gonna |going to |will )?end up "
    r"(?:\w+ )?(?:in the ground|in a box|six feet under|dead|in a ditch|in an early grave|"
    r"in the morgue)"
    r"(?: [\w']+){0,5},? (?:can'?t|cant|cnt) wait",
    # Someone's loss turned on them: "your son chose drugs over you, says a lot about you".
    rf"(?:says|tells|shows) (?:us |me |everyone )?(?:a lot|everything|all (?:we|you) need to "
    rf"know|plenty) about {YOU}(?! (?:in a good way|and i love|that you'?re|being brave))",
    rf"(?:chose|picked|prefers?|preferred|would rather have) (?:the )?(?:drugs|drink|the drink|"
    rf"booze|the bottle|heroin|crack|gambling|the pokies|the bookies|another woman|another man)"
    rf" over {YOU}(?!(?: [\w']+){{0,3}} (?:not your fault|wasn'?t your fault|isn'?t your fault|"
    r"doesn'?t mean))",
    # A member's life found out and listed back to them: "found your facebook … your mum's called".
    r"(?:i )?(?:found|looked up|tracked down|dug up|stalked) (?:your|ur|yr) (?:facebook|fb|insta|"
    r"instagram|linkedin|tiktok|profile|socials|real name|address|house|family)"
    r"(?: [\w']+){0,8} (?:(?:your|ur|yr) (?:mum|mom|dad|wife|husband|kids?|son|daughter|sister|"
    r"brother|boss)(?:'?s| is)? (?:called|named|name is)|(?:you|u) (?:work|live|go) (?:at|on|in))",
    # A sneer dressed as a blessing: "bless your heart, you really think 90 days means anything".
    r"bless (?:your|ur|yer) (?:little |lil )?heart,? (?:you|u) (?:really|actually|honestly|"
    r"genuinely|truly) (?:think|thought|believe)(?! of| about)",
    # Told to go back where they came from.
    rf"go back (?:to )?where (?:{YOU}|your lot|your kind) (?:came|come|crawled) from",
    # Nobody likes them, with a word or a "gentle reminder" in between.
    r"(?:no ?one|nobody|noone|not one person|not a single person|none of us)(?: [\w']+){0,5} "
    r"(?:actually |really |even |genuinely |ever )?(?:likes|like|liked|wants|wanted|rates|trusts|"
    r"misses|missed) (?:you|u|ya|having you)(?! (?:to|for|back|know|all|guys|lot|here to))",
    # Too thick to be helped; not an addict, "just weak".
    rf"(?:{YOU}'?re|youre|ur|{YOU} are|{YOU} r) (?:genuinely |honestly |simply |just |clearly "
    r"|literally )?too (?:thick|stupid|dumb|dense|far gone|broken|weak|pathetic|damaged|lazy|"
    r"selfish|useless|spineless|thick as mince) to (?:be helped|help|understand|get it|change|"
    r"recover|stay sober|stay clean|learn|save|bother with)",
    rf"(?:{YOU}'?re|youre|ur|{YOU} are) (?:just |simply |only |merely )(?:weak|lazy|selfish|"
    r"spineless|gutless|greedy|pathetic|a coward|an attention seeker|a drunk|a junkie|a loser|"
    r"weak willed|weak-willed)(?! (?:sometimes|at times|like the rest of us|like me|like us))",
    # "Nobody asked", and nothing else.
    r"^(?:[\w']+ )?(?:no ?one|nobody|noone) (?:ever )?asked(?: (?:you|u|ya|tho|though|mate|babe|"
    r"hun|sweetie|love|lol|lmao|for (?:your|ur) (?:opinion|input|life story|sob story)))?"
    r"(?: [\w']+ (?:no ?one|nobody|noone) (?:ever )?asks?)?$",
    # A member shamed before the room: "everyone say hi to the woman who drank while pregnant".
    r"(?:everyone|everybody|all|y'?all|guys) (?:say|wave) (?:hi|hello|bye|goodbye) to (?:the|"
    r"our) (?:[\w']+ ){0,2}(?:who|that) (?:drank|drinks|used|uses|relapsed|cheated|stole|"
    r"gambled|abandoned|beat|beats|neglected|killed|crashed|lost (?:her|his|their) kids)",
    # A confidence to be carried to someone with power over them.
    r"(?:wonder|imagine|bet) what (?:your|ur) (?:po|probation officer|parole officer|boss|"
    r"employer|manager|wife|husband|pastor|priest|landlord|social worker|sponsor|kids|mum|mom|"
    r"dad|family|church)(?: [\w']+){0,2} (?:would|will|'?d|'?ll) (?:think|say|do|make of it) if "
    r"(?:i|someone|somebody|we|anyone)",
    # Batches 138 to 161: an authority reminded of its anonymous tips ("just a friendly
    # reminder CFS loves anonymous tips 😊"), and the room's confidences carried to someone with
    # power over them ("I've told your probation officer what you said in here").
    r"(?:social services|social workers?|child services|children'?s services|cps|cfs|dcfs|the "
    r"council|the police|the cops|immigration|ice|the nspcc|family services|the welfare|social "
    r"welfare(?: department)?|the dss) (?:really |always |would |do |just )?(?:love|loves|like|"
    r"likes|appreciate|appreciates|adore) (?:an? |getting )?anonymous (?:tips?|calls?|reports?|"
    r"referrals?)",
    r"(?:i'?ve|ive|i have|i|i'?ll|ill|i will|we'?ve|we) (?:already |just |also )?(?:told|tell|"
    r"sent|send|forwarded|forward|shown|show|emailed|email|reported|report|rang|ring|called|"
    r"call) (?:your|ur|yer) (?:probation officer|po|parole officer|social worker|caseworker|case "
    r"worker|tutor|personal tutor|boss|employer|manager|landlord|pastor|bishop|imam|priest|"
    r"sponsor|lawyer|ex|ex wife|ex husband|wife|husband|missus|kids'? school|school|family court)"
    r"(?: [\w']+){0,3} (?:what you (?:said|wrote|shared|posted|typed|told us)(?: [\w']+){0,2} "
    r"(?:in here|here|in this (?:group|chat|room|meeting)|in (?:the|our) (?:meeting|group|chat))|"
    r"(?:all )?(?:your|ur) (?:shares|posts|messages|screenshots) (?:from|in) (?:here|this))",
    # A blocked member recognised under a new name.
    rf"i know (?:it'?s|its|it is) (?:{YOU}|u)(?: [\w']+){{0,8}} new (?:username|name|account|"
    r"profile|handle)",
    r"new (?:username|name|account|profile|handle)(?: [\w']+){0,4} (?:but )?(?:i'?d|id|i would|"
    r"i'?ll|i will|i) (?:still )?(?:know|recognise|recognize|spot|clock) (?:you|u|that|your)",
    # Watched now: "watching you tonight sweetie 👀" (the picture read on its own, intent).
    rf"(?:i'?m|im|i am|been|always|still|i'?ll be|ill be|i will be) watching {YOU} (?:closely|"
    r"always|every night|all the time|everywhere|sleep|right now|from here|from outside|"
    r"through)",
    # Nobody at their funeral; harm wished with them inside; "all you're good for".
    r"(?:no ?one|nobody|noone|not one person)(?: [\w']+){0,4} (?:would|will|'d) (?:even )?"
    r"(?:go to|come to|turn up (?:to|at)|show up (?:to|at)|attend|cry at) (?:your|ur) funeral",
    r"(?:wish|hope|shame|pity|if only)(?: [\w']+){1,10} with (?:you|u|ya) (?:still |stuck |"
    r"trapped |asleep )?in (?:it|there|the house|the car|bed)",
    r"get back on (?:the )?(?:pokies|drink|booze|bottle|gear|smack|crack|pills|slots|bookies|"
    r"betting|tables|meth|coke)",
    rf"(?:that'?s |it'?s |its )?all (?:{YOU}'?re|youre|ur|{YOU} are|{YOU} r) (?:good|fit) for",
    # A sneer at how hard it must be "being this stupid".
    r"must be (?:so |really |very )?(?:hard|tough|exhausting|tiring) being (?:this|so|that|as) "
    r"(?:stupid|thick|dumb|ugly|pathetic|boring|useless|fat|dense|dim|annoying|tedious|"
    r"insufferable)",
    # Confidences to be carried home: "your wife would love to hear what you told us".
    r"(?:your|ur) (?:wife|husband|partner|boss|employer|kids|mum|mom|dad|family|sponsor|pastor|"
    r"church|ex|girlfriend|boyfriend|po|probation officer) (?:would|will|'d) (?:love|like|be "
    r"(?:very )?interested|enjoy|be fascinated) to (?:hear|know|read|see) (?:what|about|how)"
    # News a sponsor or a mother is glad of: "would love to hear how you're doing".
    r"(?! (?:you'?re|youre|you are|u r|ur|you'?ve|you have|you (?:got|did|went)|it went|things "
    r"(?:are|went)|your (?:day|week|progress|recovery|new \w+|chip|milestone|sobriety|good "
    r"news)|the (?:meeting|new job|interview)))",
    r"one (?:message|call|text|word|email|post|screenshot|phone call) from me (?:is all it takes|"
    r"and)",
    # Noticed, and said so: "I notice a lot about you".
    r"i (?:notice|know|see|clock|watch|remember) (?:a lot|everything|all sorts|more than you "
    r"think|more than you know) about (?:you|u)",
    r"(?:i )?(?:remember|noted|clocked|saw|screenshotted|saved|got) (?:your|ur) (?:address|"
    r"postcode|house number|street name) (?:from|off|when)",
    # Told to shut up for being annoying; a favour done by relapsing or dying.
    r"(?:annoying|irritating|grating|unbearable)(?: [\w']+){0,8},? shut (?:up|it|the fuck up)"
    r"(?! (?:ily|love you|lol|haha|x))",
    r"(?:do|doing) (?:us all|everyone|the world|the group|your family|us|them) a (?:kindness|"
    r"favou?r|service)(?: [\w']+){0,8} (?:and |if (?:you|u) )(?:just )?(?:went and )?(?:had that "
    r"drink|have a drink|had a drink|relapse|relapsed|die|died|disappear|disappeared|not wake|"
    r"never wake|jump|jumped|end it|vanish|vanished|leave for good|stop breathing|log off for "
    r"good|drink yourself|drank yourself)",
    # A bridge or the tracks offered as "a tip".
    r"(?:here'?s a tip|pro tip|protip|a tip for you|top tip|word of advice|a hint for you)"
    r"(?: [\w']+){0,3} (?:the )?(?:bridge|cliff|tracks|railway|river|motorway|multi ?storey|roof)"
    r"(?! (?:walk|path|cafe|car park|tour))",
    # Ashamed to be them; the wrong one died; "should have been you".
    rf"(?:i'?d|id|i would) be (?:ashamed|embarrassed|mortified|disgusted) to be {YOU}",
    r"wrong one (?:went|died|gone|was taken|got taken|left)",
    r"should (?:of|have|'?ve|a) been (?:you|u|ya) (?:in|instead|not|who died|that died|under)",
    r"(?:your|ur) (?:twin|brother|sister|son|daughter|mate|friend|husband|wife|dad|mum|mom)(?:'s|"
    r" was| is) the lucky one",
    r"shame (?:your|ur) (?:[\w']+ ){1,2}(?:'s|is|s)? ?gone and (?:you|u)(?:'re| are| r|re) still "
    r"here",
    # A child's school asked after a look through their profile.
    r"(?:insta|instagram|facebook|fb|profile|photos|pics|tiktok)(?: [\w']+){0,10} what school "
    r"(?:is|does)",
    r"man up or (?:log off|leave|get out|go|shut up|fuck off|piss off|do one)",
    r"(?:nobody|no one|noone) signed up (?:to|for) (?:babysit|babysitting|listen to|listening to|"
    r"watch|watching|hear|hearing|deal with|dealing with) (?:you|u|a grown|your|this)",
    r"(?:i'?ll|ill|i will) be waiting (?:for (?:you|u) )?(?:outside|at|by)(?: [\w']+){0,12} "
    r"(?:you know (?:which|where)|alone|don'?t bring anyone|come alone)",
    rf"i (?:always|can always) (?:know|tell|see) when {YOU}(?:'re| are| r|re)? (?:online|here|home|"
    r"on|awake|alone|in)",
    r"(?:kind|type|sort) of (?:person|woman|man|mother|wife|husband|parent|friend) (?:who|that) "
    r"(?:drives|drove|pushes|pushed) (?:someone|people|their \w+|a \w+|him|her|them|others) to "
    r"(?:suicide|drink|drinking|relapse|kill (?:himself|herself|themselves)|an early grave|their "
    r"death)",
    rf"bet {YOU} (?:used|drank|relapsed|were drinking|were using|gambled|placed a bet|had a "
    r"drink)(?: [\w']+){0,3} (?:last night|again|today|this week|at the weekend)",
    r"remember me(?: [\w']+){0,6} (?:always|still) (?:reading|watching|here|around|lurking|in "
    r"these rooms)",
    # Batches 54 and 55: waiting outside "we need to talk", an ex told where they are, texts
    # "whether you like it or not", "and so are you", blame for a husband's drinking.
    r"(?:i'?ll|ill|i will) be (?:waiting )?(?:outside|at)(?: [\w']+){0,8} (?:we need to talk|we "
    r"can (?:have a proper chat|talk properly|sort this|have a word)|we'?ll talk|proper chat)",
    r"(?:i'?m|im|i am) (?:right )?outside(?: [\w']+){0,4} (?:wave|look out (?:the|your) window|come"
    r" out|open (?:up|the door))",
    r"make sure (?:your|ur) (?:ex|husband|wife|family|boss|mum|mom|dad|kids|partner|church|"
    r"employer|po|probation officer) (?:finds out|knows|hears|sees)",
    r"(?:texting|calling|ringing|messaging|visiting|coming (?:round|over))(?: [\w']+){0,4} whether "
    r"(?:you|u) like it or not",
    r"(?:spineless|useless|pathetic|clowns|idiots|a joke|cowards|weak|losers|a disgrace)"
    r"(?: [\w']+){0,2} and so (?:are|r|is) (?:you|u)",
    r"who (?:are )?(?:you|u|ya) (?:gonna|going to) (?:guilt trip|manipulate|cry at|whine at|"
    r"sob at)",
    r"if (?:you'?d|you had|u had|you were|u were|you'?d been|you had been) (?:been )?a better "
    r"(?:wife|husband|mother|mum|mom|father|dad|parent|partner|daughter|son|sister|brother)",
    r"if (?:you|u) stopped (?:crying|whining|moaning|nagging|complaining)(?: [\w']+){0,6} (?:your|"
    r"ur) (?:husband|wife|partner|son|daughter|kids|family) (?:might|would|will|'d) (?:come home|"
    r"come back|stay|talk to you|love you|stop drinking)",
    r"(?:you'?ll|you will|youll|u'?ll|u will) regret (?:posting|writing|sharing|reporting|"
    r"blocking|talking about)",
    r"(?:wish|should have|should of|shoulda)(?: it)?(?: had)? been (?:you|u) instead of "
    r"(?:your|ur)",
    r"(?:was|were) (?:fine|great|lovely|better|nice|peaceful|good)(?: [\w']+){0,2} (?:till|until|"
    r"before|til) (?:you|u) (?:waddled|crawled|slithered|stumbled|showed up|turned up|came along|"
    r"walked in|rocked up)",
    r"(?:nobody|no one|noone) (?:would|will|'d|is gonna|is going to) (?:stop|try to stop) "
    r"(?:you|u)(?= ?$| if| lol)",
    r"(?:been )?(?:watching|checking|tracking|monitoring|stalking) (?:your|ur) (?:status|online "
    r"status|last seen|activity|location)",
    r"(?:ya|you|u|ye|yer) (?:stupid |fat |dumb |silly |little |lying )?(?:bitch|biatch|bish)(?! "
    r"(?:of a|about))",
    # Batches 56 to 59: screenshots sent to someone's spouse, church or lawyer; a member's
    # stories, secrets or full name offered to the room; "I'll find the new one"; doors to
    # lock; new names until someone leaves; gaslighting; sneers at grief and sobriety.
    r"(?:screenshot\w*|screen shot\w*|screengrab\w*|recorded|copied|saved)(?: [\w']+){0,12} "
    r"(?:send|sending|sent|show|showing|forward\w*|post|posting|email\w*) (?:it |them |this |"
    r"that |everything |all of it )?(?:straight )?to (?:his|her|their|your|ur|[a-z]+'s) (?:\w+'?s? "
    r")?(?:wife|husband|ex|boss|church|pastor|lawyer|employer|family|mum|mom|dad|kids|partner|"
    r"work|probation officer|po|parole officer|solicitor|manager|girlfriend|boyfriend)",
    r"(?:ex|wife|husband|sister|brother|mum|mom|cousin|neighbou?r|friend) told me (?:some |a few |"
    r"all sorts of |loads of )?(?:stories|things|stuff|secrets) about (?:her|him|you|them)"
    r"(?: [\w']+){0,3} (?:want|wanna|who wants|shall i|should i)",
    r"thought (?:you|everyone|the group|y'?all|you all|people) (?:all )?should know what kind of "
    r"(?:parent|mother|mum|mom|father|dad|person|wife|husband|woman|man)",
    r"(?:is|'s) (?:actually|really) [a-z]+ [a-z]+(?: [\w']+){0,8} look (?:her|him|them) up",
    r"(?:know|knew|heard|saw) (?:you|u) changed (?:your|ur) (?:number|email|address|name|account)"
    r"(?: [\w']+){0,4} (?:i'?ll|ill|i will|i'?m gonna|im gonna) find",
    r"(?:i'?d|id|i would) (?:lock|bolt|check) (?:my|your|ur) (?:doors?|windows?)(?: \w+)? if "
    r"(?:i was|i were) (?:you|u)",
    r"remember what happened (?:the )?last time (?:you|u) (?:talked|spoke|told|said|wrote|posted|"
    r"shared)",
    r"keep (?:joining|coming back|making (?:new )?accounts|signing up)(?: [\w']+){0,3} until "
    r"(?:you|u|she|he|they) (?:leave|leaves|quit|quits|go|goes|give up|gives up)",
    r"(?:you|u) (?:remember|remembered) (?:it|that|things|everything) wrong because (?:you|u) "
    r"(?:were|was) (?:drunk|high|wasted|hammered|off your face)",
    r"(?:you'?re|youre|ur|you are) (?:just )?imagining things again",
    r"(?:no ?one|no-one|nobody) (?:here )?(?:finds|thinks) (?:her|him|you|u|them) (?:\w+ )?"
    r"(?:interesting|funny|worth listening to|worth hearing)",
    r"from (?:a|an|some) (?:stupid|dumb|thick|pathetic|useless|worthless|fat|old) (?:woman|man|cow|"
    r"bitch|person|girl|boy|drunk|addict|idiot|loser)(?= ?$| lol| haha| smh)",
    r"(?:sober|clean|days|weeks|months)(?: [\w']+){0,4}(?<!not)(?<!never)(?<!won't)(?<!wont) see "
    r"(?:you|u|ya) (?:at|down|in) the "
    r"(?:pub|bar|bookies|casino|offie|offy|liquor store|off licence)",
    r"(?:suicide|overdose|death|drinking|relapse|leaving)(?: [\w']+){0,3} makes (?:total |perfect |"
    r"complete |so much )?sense now (?:that )?(?:i'?ve|ive|i have) met (?:you|u)",
    r"how little (?:anyone|anybody|any of us|we|people here|everyone) (?:cares?|gives? a \w+) "
    r"about",
    r"(?:your|ur) (?:kids|children|son|daughter|boys|girls) (?:will|are gonna|are going to|'ll) "
    r"(?:be|end up|turn out|grow up) (?:\w+ )?(?:drunks|addicts|alcoholics|junkies|gamblers|losers|"
    r"just like (?:you|u))",
    # (Not a saying someone else used: "Mom would say, you made your bed".)
    r"(?<!say )(?<!said )(?<!says )(?<!saying )(?:you|u) made (?:your|ur) bed(?: [\w']+){0,2} lie "
    r"in it",
    r"(?:your|ur) (?:grief|pain|sobriety|recovery|share|story|tears|trauma|sadness|crying) is "
    r"(?:so |just |all )?(?:performative|boring|fake|an act|a performance|attention seeking|"
    r"tedious|exhausting|pathetic|a joke)",
    r"not every(?:one|body) gets a (?:trophy|medal|gold star|cookie) for",
    r"(?:gays?|queers?|homos?|lesbians?|trannies|immigrants|foreigners|muslims|jews|blacks|"
    r"mexicans|asians|women|feminists) like (?:you|u|her|him) (?:are|is) (?:exactly |precisely |"
    r"just |the )?(?:why|reason|problem|what'?s wrong|ruining|destroying)",
    r"(?:this|that) is (?:exactly )?why (?:your|ur) (?:wife|husband|partner|kids|family|girlfriend|"
    r"boyfriend|children) (?:left|walked out|don'?t talk to (?:you|u))",
    r"(?:letting|let) (?:this|that) (?:junkie|crackhead|drunk|druggie|alkie|addict|loser|smackhead|"
    r"degenerate|gambler) (?:speak|talk|share|post)",
    r"as brave as (?:abandon|leav|ditch|walk\w* out on|desert)\w* (?:your|ur) (?:kids|children|"
    r"family|wife|husband|son|daughter|baby)",
    r"get (?:a|yourself a) new (?:wife|husband|partner|man|woman|girlfriend|boyfriend) and move on",
    r"(?:you people|you lot|y'?all|you all|you guys)(?: [\w']+){0,4} (?:are|r) (?:just |all |"
    r"nothing but )?(?:\w+ )?(?:fucks|pricks|cunts|twats|wankers|bastards|tossers)",
    # Batches 60 to 63: a beating blamed on its victim; "you'll never make it"; a member's
    # secrets told "since she won't", an arrest to look up, sobriety called a lie; a changed
    # name seen through; "did mummy not love you enough"; too much for everyone; "sit down
    # and listen"; a share called untrue; "finish the job properly"; "your kind"; mocking
    # names; "should be locked up".
    r"(?:hits|hit|beats|beat|slaps|slapped|hurts|hurt) (?:her|him|you|u) because (?:she|he|you|u) "
    r"(?:asks for it|asked for it|deserves it|deserved it|winds him up|winds her up|provokes)",
    r"(?:you'?ll|you will|youll|u'?ll|u will|ull) never make it(?! (?:alone|on your own|without))",
    r"let me tell (?:you all|y'?all|everyone|everybody|the group|you guys|you)(?: all)? about "
    r"(?:[\w']+ ){1,4}since (?:she|he|they) (?:won'?t|wont|will not|is too scared|never will)",
    r"(?:arrested|convicted|charged|jailed|locked up) for (?:[\w']+ ){1,5}(?:look it up|google it|"
    r"google (?:him|her))",
    r"(?:is|'s|are) lying about (?:her|his|their|your|ur) (?:sobriety|clean time|days|recovery|"
    r"chip)",
    r"(?:change|changed) (?:your|ur) (?:name|username|account)(?: [\w']+){0,4} (?:i'?d|i would|"
    r"i'?ll|i will|i can) (?:still )?(?:know|recogni[sz]e|find|spot)",
    r"(?:mummy|mommy|mum|mom|daddy|dad|mumsy)(?: [\w']+){0,2} (?:not |never )?love (?:you|u) "
    r"enough",
    r"(?:you|u) (?:really |honestly |just )?(?:are|r) (?:just )?too much for (?:everyone|everybody|"
    r"all of us|this group|us|anyone)",
    r"sit down and (?:listen|shut up|be quiet)(?: for once| to your elders| and learn)?(?= ?$)",
    r"(?:share|story)(?: [\w']+){0,3} (?:shame|pity|too bad) none of (?:it|that) (?:was|is) true",
    r"(?:you|u|go)(?: [\w']+){0,5} finish the job (?:properly|right|for real|this time)",
    r"(?:your|ur) kind (?:is|isn'?t|isnt|are|aren'?t|arent|is not|are not) (?:not )?(?:welcome|"
    r"wanted|allowed)",
    r"go back to (?:your|ur) (?:own )?(?:mosque|temple|synagogue|church|reservation|country|"
    r"village|jungle|caravan)",
    r"(?:muslims|jews|gays|immigrants|blacks|foreigners|trannies|lesbians|queers|asians|mexicans|"
    r"africans|polish|pakis) (?:should not|shouldn'?t|should never|must not) be allowed",
    r"let'?s (?:all )?(?:mute|block|kick out|freeze out|gang up on|report) (?!our|your|the|my|"
    r"phones|mics)\w+ (?:she'?s|he'?s|shes|hes|they'?re) (?:a|an|so|such)",
    r"(?:oi|hey|shut up|stop) (?:you )?(?:fatso|fatty|lardass|lard ?arse|porky|fat boy|fat girl)",
    r"(?:eejit|idiot|fool|moron|muppet|numpty|clown|imbecile)(?: [\w']+){0,2} (?:you|u) know "
    r"nothing",
    r"(?:you|u|you'?re|youre|ur)(?: [\w']+){0,5} should be (?:locked up|sectioned|committed|put "
    r"away|put down)(?! (?:as|for|on|in)(?![\w']))",
    r"(?:you|u)(?: [\w']+){0,10} just shut it(?= ?$| already| mate| lol)",
    # Batches 64 and 65: people by group let in, blamed or mocked; a sneer at a widow's
    # nails, tedious grief, the mess someone has become; a family's silence explained;
    # downstairs talk promised; a death in a ditch foretold; "another excuse, another
    # bender"; a son's overdose laid on a parent; a bad name for the groups; people where
    # you live; "you're the problem", "who raised you"; "you deserve what he did to you".
    r"(?:let|letting|allow|allowing) (?:the |these |those )?" + PEOPLE_BY_GROUP + r" (?:in|share|"
    r"speak|join|come in|into)",
    r"(?:the |these |those |all )" + PEOPLE_BY_GROUP + r" (?:always|never|all|make everything|"
    r"ruin|ruined|bring)",
    r"(?:polish|irish|nigerian|indian|black|muslim|jewish|gay|foreign|scottish|welsh|romanian) "
    r"(?:one|bloke|guy|woman|lady|lad)(?:'?s| is) (?:the|an?) (?:alcoholic|drunk|addict|junkie|"
    r"thief|gambler|liar)",
    r"(?:you lot|your lot|you people|y'?all) from [a-z]+ (?:are|r) (?:all )?(?:scammers|thieves|"
    r"criminals|drunks|liars|animals|savages|junkies)",
    r"funny how (?:she|he|you|u|the [\w']+(?: [\w']+)?) (?:found|finds|always finds|had|has) "
    r"(?:time|money|the energy|the cash)",
    r"(?:your|ur) (?:grief|pain|sobriety|recovery|share|story|tears|sadness|crying) is (?:getting|"
    r"becoming) (?:so |really |very )?(?:tedious|boring|old|tiresome|exhausting|pathetic|a joke)",
    r"(?:mess|joke|disgrace|embarrassment|failure|wreck) (?:you'?ve|you have|youve|u have) become",
    r"(?:there'?s a reason|no wonder) (?:nobody|no one|none of) (?:in )?(?:your|ur) (?:family|kids|"
    r"friends|children)(?: [\w']+){0,2} (?:talks?|speaks?|visits?|calls?) to (?:you|u)",
    r"we'?ll (?:talk|have a chat|have words) about (?:your|ur) (?:little )?(?:shares|posts|"
    r"messages|chat|meeting) when (?:you|u) (?:come|get) (?:downstairs|home|back|off|in)",
    r"(?:you'?ll|you will|youll|u'?ll|u will) be dead (?:in a ditch|within a year|by \w+|before)",
    r"no ?one (?:will|'ll|is going to|is gonna) (?:go|come|turn up|show up) to (?:your|ur) "
    r"funeral",
    r"let me guess(?: [\w']+){0,4} another (?:excuse|relapse|bender|sob story|drama|meltdown)",
    r"(?:overdose|overdosed|died|killed himself|killed herself|left|drank|od'?d)(?: [\w']+){0,8} "
    r"(?:wanted|needed) to get away from (?:you|u)",
    r"like (?:you|u)(?: [\w']+){0,4} why (?:these|this|our) (?:groups?|meetings?|rooms?|programs?) "
    r"(?:have|has|get|gets) (?:such )?a bad (?:reputation|name)",
    r"(?:i know|i'?ve got) (?:people|friends|mates|lads) (?:where (?:you|u) live|in (?:your|ur) "
    r"(?:area|town|street|estate))",
    r"(?<!if )(?<!maybe )(?<!like )(?<!think )(?<!thinks )(?<!says )(?<!said )(?<!feel )"
    r"(?:you'?re|youre|you are|ur) (?:the|the real|the only) problem",
    r"who raised (?:you|u)(?= ?$| lol| honestly| seriously)",
    r"(?:you|u) deserved? (?:every bit of |everything |all of |whatever )?(?:what )?(?:he|she|they|"
    r"your \w+) (?:did|does|do|gave|gives) to (?:you|u)",
    # Batches 66 to 69: a member frozen out until they leave; a relapse foretold or bet on, a
    # day sober mocked with a medal, the tries counted; sobriety watched as a show; a night
    # passed out remembered for the room; quiet praised, "articulate for someone with your
    # background"; people by group said to bring drugs and drama, women "all the same"; the
    # dead glad or happier away from the member, a loss called not real; the pills in the
    # cupboard and "you know what to do", a bottle and a nap in the garage; a partner right
    # to leave; "deserve to lose everything"; a report answered with a threat; a visit
    # tonight; a share nobody wants to hear; a member's rent bet for them.
    r"(?:let'?s|lets|can we|we should|we could|why don'?t we|everyone)(?: all)?(?: just)? ignore "
    r"(?:her|him|them|[a-z]+)(?: [\w']+){0,3} (?:until|till|til|untill) (?:she|he|they) (?:leaves|"
    r"quits|goes|gives up|gets the hint|stops coming|stops showing up|takes the hint|leave|quit)",
    r"(?<!said )(?<!thought )(?<!think )(?<!told me )(?:you'?ll|you will|youll|u'?ll|u will|ull|"
    r"(?:someone|somebody|anyone) who'?ll|(?:someone|somebody|anyone) who will) be (?:back on the "
    r"(?:pokies|bottle|booze|drink|gear|slots|horses|pills|juice|sauce|piss|sesh|bets?)|back (?:at|"
    r"in|down) the (?:bookies|pub|casino|bar|offy|offie)|using again|drinking again|gambling "
    r"again|betting again|relapsing|on the bottle again)(?: [\w']+){0,3} (?:by|before|within|come|"
    r"next)",
    r"(?:sober|clean|days?|weeks?|months?|share|sharing|recovery|abstinent|without a drink|"
    r"without a bet)(?: [\w']+){0,3} (?:do )?(?:you |u |ya )?want (?:a|an) (?:medal|trophy|gold "
    r"star|cookie|prize|award|round of applause)",
    r"only took (?:you|u|her|him|ya) (?:what )?(?:\w+ )?(?:tries|goes|attempts|relapses|rehabs|"
    r"times)",
    r"(?:watching|watch|seeing|see) (?:you|u|her|him|them) pretend(?:ing)? to be (?:sober|clean|"
    r"in recovery|recovered)",
    r"remember when (?:you|u) (?:were|was) (?:passed out|wasted|off your face|off ur face|pissed|"
    r"hammered|puking|throwing up|arrested|begging (?:for|on))",
    r"(?:prettier|nicer|better|more tolerable|more bearable|easier to (?:like|listen to)|more "
    r"likeable) when (?:you'?re|you are|youre|u r|ur|u are) (?:not (?:talking|sharing|here|"
    r"typing)|quiet|silent|muted|gone|away|absent)",
    r"(?:articulate|smart|clever|pretty|well spoken|intelligent|good looking|brave|sober|clean) "
    r"for (?:someone|somebody|a \w+|one) (?:with your|like you|of your|from your|your)",
    r"all (?:you |of you |these |those |the )?" + PEOPLE_BY_GROUP + r" (?:come|bring|are|do|want|"
    r"ever|just|always)",
    r"(?:black|white|brown|asian|muslim|jewish|gay|trans|indian|mexican|polish|foreign|arab|"
    r"african) (?:folks|people|men|women|guys|lot|ones) (?:always|never|are all|all|bring|"
    r"bringing|ruin|ruining|can'?t|are always|are the ones)",
    r"(?:women|men|females|blokes|wives|husbands|girls|lads) (?:in (?:these|this|the) (?:groups?|"
    r"rooms?|meetings?|chats?)|here|like you) are all (?:the same,? )?(?:manipulative|crazy|liars|"
    r"gold diggers|psychos?|nuts|mental|users|attention seekers|drama queens|whiny|useless|"
    r"hysterical|the problem)",
    r"(?:your|ur) (?:[\w']+ ){1,2}(?:died|passed|passed away|is dead|went)(?: [\w']+){0,2} "
    r"(?:before|so) (?:he|she|they) (?:had to|didn'?t have to|doesn'?t have to|never had to|"
    r"wouldn'?t have to) (?:see|watch|witness)",
    r"(?:happier|better off|relieved) (?:dead|gone|in the ground|six feet under)(?: [\w']+){0,3} "
    r"than (?:having to )?(?:listen|listening|be|being|deal|dealing|live|living|put up|putting up) "
    r"(?:to|with|around) (?:you|u)",
    r"(?<!said )(?<!says )(?<!told me )(?<!like )(?<!think )(?<!thinks )(?<!said it )"
    r"(?<!says it )(?<!told me it )(?<!like it )(?<!think it )(?<!thinks it )(?:wasn'?t|was not|"
    r"isn'?t|is not) (?:even )?a real (?:baby|child|loss|person|death)",
    r"think about (?:the|those|your|ur) (?:pills|tablets|rope|razor|bridge|meds|bottle|blades?)"
    r"(?: [\w']+){0,6} (?:you|u) know what to do",
    r"(?:bottle|pills|tablets)(?: [\w']+){0,4} and a (?:long |nice |little )?(?:nap|sleep|kip|lie "
    r"down) in the (?:garage|car)",
    r"(?:your|ur) (?:husband|wife|partner|ex|boyfriend|girlfriend|kids|family|son|daughter|mum|"
    r"mom|dad)(?: [\w']+){0,2} (?:did the right thing|was right|were right|had the right idea|"
    r"made the right (?:call|choice)) (?:leaving|to leave|walking out on|ditching|dumping|cutting "
    r"off|getting away from) (?:you|u)",
    r"(?<!think )(?<!thought )(?<!believe )(?<!believed )(?:anyone|anybody|people|those|everyone) "
    r"who (?:gambles?|drinks?|uses?|relapses?|bets?)(?: [\w']+){0,5} deserves? to (?:lose|die|"
    r"suffer|rot|be alone)",
    r"if (?:you|u) (?:report|block|flag|mute|tell on|grass on|snitch on) me(?: [\w']+){0,3} "
    r"(?:i'?ll|i will|ill) (?:make sure|make you|ruin|find|get|come|end)",
    r"(?:i'?ll|i will|ill) make sure (?:you'?re|you are|youre|u r|ur|you|u) (?:sorry|regret)",
    r"(?:stopping|stop|dropping|drop|popping|pop|swinging|swing|coming|come) (?:by|round|past|over "
    r"to) (?:your|ur) (?:place|house|flat|home|door)(?: [\w']+){0,4} (?:tonight|later|sometime|"
    r"one of these nights|when (?:you|u) least expect)",
    r"(?:thinking|thinks|think) (?:anyone|anybody|people|we|everyone|someone) (?:wants?|cares?) "
    r"to (?:hear|listen to|read)",
    r"tell (?:\w+) to (?:go )?(?:bet|gamble|put|blow|drink) (?:his|her|their) (?:rent|wages|"
    r"savings|house|mortgage|benefits|paycheck|pay|giro|pension)",
    r"(?:you'?re|youre|you are|ur|u r) (?:honestly |literally |genuinely |easily |by far )?the "
    r"(?:most|single most) (?:[\w'-]+ ){0,2}(?:tedious|boring|pathetic|annoying|irritating|"
    r"self[- ]?pitying|selfish|useless|miserable|whiny|insufferable|exhausting|unbearable|vile|"
    r"disgusting|repulsive|tiresome|draining|self[- ]?absorbed|ungrateful|stupid|dense)",
    # Batches 70 and 71: "if I were you I'd have jumped already"; people by group "and their
    # hypocrisy"; "keep cutting, maybe you'll get it right"; stupidity "proved" hereditary; a
    # member's socials watched down to their home.
    r"if i (?:were|was) (?:you|u|in (?:your|ur) shoes)(?: [\w']+){0,2} i'?d (?:have )?(?:jumped|"
    r"ended it|killed myself|topped myself|hanged myself|hung myself|overdosed|taken the pills|"
    r"stepped in front)",
    PEOPLE_BY_GROUP + r" and their (?:hypocrisy|lies|drama|nonsense|excuses|sob stories|fake)",
    r"keep (?:cutting(?! back| down| out| it)|starving|drinking|using|gambling|betting)(?: [\w']+)"
    r"{0,3} (?:maybe|might|and) (?:you'?ll |u'?ll |you will )?(?:get it right|finally (?:do it|"
    r"manage)|succeed|do it properly)",
    r"proving that (?:stupidity|idiocy|uselessness|ugliness|failure|being useless) (?:is|runs)",
    r"(?:been |i'?ve been |i was |i'?m )(?:watching|stalking|looking at|checking|going through) "
    r"(?:your|ur) (?:instagram|insta|facebook|fb|tiktok|socials|profile|posts|stories|photos)"
    r"(?: [\w']+){0,6} (?:your|ur) (?:little )?(?:flat|house|place|home|street|car|kids?|door|"
    r"garden)",
    # Batches 74 to 77: sobriety mocked with "adorable"; "watch what you say" and how near one
    # lives; a nude demanded for silence; dead baby jokes for a share; "you'll be joining your
    # brother soon enough"; "which you'll never do"; a secret safe "for now"; a father dead so
    # as not to listen; a round at the casino on me; "you won't see a year", "people like you
    # never do"; a car seen and "just saying hi"; not worth sobering up for; "shame none of it's
    # true"; what everyone will soon know; not everyone needs to survive grief; all night.
    r"(?:couldn'?t|could not|can'?t|cannot|never) (?:stay|stayed|keep|kept) (?:clean|sober|dry|off "
    r"it)(?: [\w']+){0,7} adorable(?= ?$)",
    r"already (?:think|thinks|thinking) (?:you'?re|youre|you are|ur|u r|u are) (?:a saint|"
    r"an expert|a guru|cured|better than (?:us|everyone)|so special|the messiah)",
    r"(?:i'?d|you'?d better|you better|better|i would) watch (?:what (?:you|u) say|(?:your|ur) "
    r"(?:mouth|back|tongue))(?! (?:around|with|when|in front of|at|on))",
    r"^(?:ur |you |u |you'?re |youre |what a |such a |dirty |stupid |fat )?hoes?$",
    r"(?:you|u|ur|you'?re|youre|such a|what a|dirty|stupid|fat) hoes?"
    r"(?![\w'])(?! (?:down|the|it|up|in|for|and|from))",
    r"send (?:me |us )?(?:a |some |your |ur )?(?:nudes?|noodz|n00dz|naked (?:pics?|photos?|"
    r"pictures?|selfies?)|sexy (?:pics?|photos?|pictures?))",
    r"(?:i'?ll|i will|ill) stop telling (?:people|everyone|the group|them) (?:what (?:you|u) did|"
    r"about (?:you|u)|(?:your|ur) )",
    r"dead (?:baby|babies|kid|kids|child|son|daughter|mum|mom|dad|brother|sister) jokes?"
    r"(?: [\w']+){0,4} (?:(?:your|ur) (?:share|loss|story|baby|post|kid|son|daughter)|(?:for|about|"
    r"at|to) (?:you|u))",
    r"(?:you'?ll|you will|youll|u'?ll|u will) (?:be )?(?:joining|join|be with|be seeing) "
    r"(?:your|ur) "
    r"(?:dead )?(?:brother|sister|mum|mom|dad|father|mother|son|daughter|baby|husband|wife|kid|"
    r"child|friend|mate|nan|gran) (?:soon enough|before long|the way (?:you'?re|youre|you are|ur) "
    r"going)",
    r"(?:which|something|what) (?:you'?ll|you will|youll|u'?ll|u will) never (?:do|manage|achieve|"
    r"pull off|have)(?! to| alone| again| on your own| by yourself)",
    r"secrets?(?: [\w']+){0,4} (?:is|are|'s) safe with me(?: [\w']+){0,2} (?:for now|for the "
    r"moment|"
    r"as long as|unless|until|for a while)",
    r"(?:your|ur) (?:[\w']+ ){1,2}(?:died|passed|passed away|is dead|went)(?: [\w']+){0,2} "
    r"(?:before|so) (?:he|she|they) (?:had to|didn'?t have to|doesn'?t have to|never had to|"
    r"wouldn'?t have to) (?:listen to|hear|deal with|put up with|look at|talk to)",
    r"(?:come|join me|let'?s go|lets go) (?:to|down) the (?:casino|pub|bar|bookies|track|tables|"
    r"slots|offy|club)(?: [\w']+){0,6} (?:first|next) (?:round|drink|bet|pint|shot)'?s? (?:is )?on "
    r"me",
    r"(?:you|u) (?:won'?t|will not|wont|aren'?t going to|are not going to|ain'?t gonna) (?:see|"
    r"make|reach|last|get to) (?:a|one|another|your first|the) (?:year|month|week|chip|coin|"
    r"anniversary|birthday)(?![\w'-])(?! (?:go by|pass|without|of|party|parties|cake|card|dinner|"
    r"do|celebration|meeting|review|end))",
    r"people like (?:you|u) never (?:do|make it|change|last|stay (?:sober|clean)|get better|"
    r"recover)",
    r"saw (?:your|ur) (?:car|house|flat|kids?|wife|husband|daughter|son|front door)(?: [\w']+)"
    r"{0,12} just saying (?:hi|hello|hey)",
    r"(?:aren'?t|are not|isn'?t|is not|not) worth (?:sobering up|getting sober|staying sober|"
    r"saving|the effort|the air|knowing)(?: [\w']+){0,3} (?:you'?re|youre|you are|ur|u r) one of "
    r"them",
    r"(?:shame|pity|too bad|a shame) (?:none|not a word|not one word|nothing) of it(?:'?s| is| "
    r"was) (?:true|real)",
    r"(?:i do|i know|i remember|i saw it|i'?ve seen it)(?: [\w']+){0,3} so will (?:everyone|"
    r"everybody|the (?:whole )?group|your \w+)(?: else)? (?:soon|shortly|once)",
    r"not (?:everyone|everybody) (?:needs|has|deserves|is meant|gets) to (?:survive|make it "
    r"through|live through) (?:their|your|ur|this|the) (?:grief|loss|pain)",
    r"sweet dreams(?: [\w']+){0,6} all night(?= ?$)",
    # Batches 78 to 81: grief mocked ("still whinging about your brother", "grieving two years
    # over a baby is a bit much", a dog); "I'd love to see you fall off the wagon"; the dead
    # "in a box because…"; "if I were your kids I'd have cut contact"; sexual remarks; "better
    # at losing money than talking"; "take the whole bottle, see if anyone notices"; photos
    # held over someone; the truth shared; a memorial photo mocked; why a son stopped
    # speaking; "k*s, do it"; cutting "works for you"; the church told; dead in five years
    # anyway; the liver "not long now"; prayers to a bookie.
    r"(?:still|keep|always|forever) (?:whinging|whining|crying|moaning|going on|banging on|"
    r"bleating) about (?:your|ur) (?:dead )?(?:brother|sister|mum|mom|dad|son|daughter|baby|"
    r"husband|wife|dog|cat|kid|child|friend|nan|gran)",
    r"(?:he'?s|she'?s|they'?re) not coming back(?: [\w']+){0,2} (?:move on|get over it|get a grip)",
    r"(?:i'?d|i would|we'?d|we would) love to see (?:you|u) (?:fall off the wagon|relapse|slip|"
    r"fail|drink again|use again|gamble again|lose it all|lose everything|crash)",
    r"(?:he'?s|she'?s|they'?re) in (?:a box|the ground|a coffin|an urn) because (?:he|she|they) "
    r"(?:couldn'?t|could not|wouldn'?t|was too|were too)",
    r"if i (?:were|was) (?:your|ur) (?:kids?|son|daughter|wife|husband|partner|family|mum|mom|"
    r"dad|children|parents) i'?d (?:have )?(?:cut contact|left|gone|run|walked|stopped speaking|"
    r"disowned|cut (?:you|u) off|moved out|divorced)",
    r"touch (?:yourself|urself)(?: [\w']+){0,3} (?:thinking|think) (?:of|about) me",
    r"(?:love|like|want|wanna|dying) to see (?:what'?s|whats|what is) under (?:that|your|ur|those)",
    r"(?:you'?re|youre|you are|ur|u r) better at (?:losing|drinking|gambling|crying|failing|"
    r"relapsing|lying)(?: [\w']+){0,3} than",
    r"take the (?:whole|entire) (?:bottle|packet|box|lot|pack)(?: [\w']+){0,5} (?:anyone|anybody|"
    r"nobody|no one) (?:notices|cares|misses|would notice|would care|will notice)",
    r"(?:photos|pics|pictures|screenshots|messages|videos|nudes)(?: [\w']+){0,8} or (?:they|it|"
    r"these|those) (?:go|goes|get sent|gets sent|get posted|gets posted) to (?:your|ur|everyone|"
    r"everybody|the (?:whole )?group|the internet|facebook|insta|all)",
    r"(?:some of us|we all|i|we) know the truth(?: [\w']+){0,3} (?:and )?(?:we'?ll|i'?ll|we will|"
    r"i will|gonna) (?:share|tell|post|expose|spread) it",
    r"(?:looks?|looked|seems?|seemed) (?:so )?(?:relieved|glad|happy|happier) to be (?:out of it|"
    r"gone|dead|away from (?:you|u))",
    r"over a (?:dog|cat|pet|hamster|fish|bird|goldfish|rabbit)(?: [\w']+){0,1} (?:get a life|grow "
    r"up|get a grip|seriously|come on|lol|lmao)",
    r"(?:understand|see|get|know) why (?:your|ur) (?:son|daughter|kids?|wife|husband|family|"
    r"partner|ex|mum|mom|dad|parents|children|friends) (?:stopped speaking|stopped talking|left|"
    r"cut (?:you|u) off|won'?t speak|won'?t talk|doesn'?t speak|don'?t speak|walked out|gave up "
    r"on|never calls?|moved away)",
    r"k s(?: [\w']+){0,2} do it",
    r"(?:grieving|crying|mourning|moping) for (?:\w+ ){0,2}(?:years?|months?) (?:over|about|for) "
    r"(?:a|your|ur)(?: [\w']+){0,2} (?:is|seems|'s) (?:a bit|kinda|a little|way|too|rather|"
    r"getting a bit) (?:much|over the top|dramatic|excessive|long)",
    r"(?:cutting|starving|drinking|purging|self harm|gambling|using)(?: [\w']+){0,2} (?:seems to|"
    r"must|does) work for (?:you|u)(?: [\w']+){0,2} keep (?:at it|going|it up)",
    r"(?:i'?m going to|i'?m gonna|i will|i'?ll|gonna|going to) (?:tell|show|send|forward) (?:your|"
    r"ur) (?:church|pastor|boss|employer|work|wife|husband|family|kids|mum|mom|dad|parents|school|"
    r"priest|congregation|neighbours|neighbors)(?: [\w']+){0,3} (?:what (?:you'?ve|you have|you) "
    r"(?:shared|said|posted|told us)|everything (?:you'?ve|you) (?:shared|said))",
    r"(?:you'?ll|you will|youll|u'?ll|u will) be dead (?:in|within|before|by) (?:\w+ ){1,3}"
    r"(?:anyway|regardless|either way|lol)",
    r"(?:how'?s|how is|hows|how are) (?:the|your|ur) (?:liver|kidneys?|lungs?|heart)(?: [\w']+)"
    r"{0,5} not long (?:now|left)",
    r"(?:thoughts and prayers|condolences|sympathy|sympathies) to (?:your|ur) (?:bookie|dealer|"
    r"bartender|barman|off licence|offy|liquor store|casino|bookmaker|pub)",
    # Batches 110 to 113: a ban boasted about to the moderators ("ban me all you want", "new
    # name same me, you can't block all of us"), and a member's words kept to be shown to
    # the people in their life ("your church is going to love reading these").
    r"(?:ban|block|kick|mute|report) (?:me|us)(?: [\w']+){0,2} (?:all you (?:want|like)|as much as "
    r"(?:you|u) (?:like|want)|\d+ times|a hundred times|a thousand times|all day|all night)",
    r"(?:you|u|ya|yall|mods|chair)(?: [\w']+)? (?:can'?t|cant|cannot|will never|won'?t|wont) "
    r"(?:block|ban|kick|stop|mute|keep out) (?:all of us|us all|every (?:one of us|account)|me "
    r"(?:forever|for long|for ever|out))",
    r"(?:new|another|different) (?:name|account|email|profile) (?:same|still) (?:me|us|old me)",
    r"(?:your|ur) (?:church|pastor|boss|employer|wife|husband|kids|family|mum|mom|dad|parents|"
    r"neighbours|neighbors|colleagues|congregation|mosque|friends)(?: [\w']+){0,6} (?:are|is|will|"
    r"'?ll|gonna|going to|would) (?:\w+ )?(?:love|enjoy|be interested in) (?:reading|seeing|"
    r"hearing|watching) (?:these|this|them|it|all)",
    # Batches 202 to 217 (docs/moderation.md, "Batches 202 to 217"): the member reported to a
    # power over their life ("i'll call immigration on you", "one call to the clearinghouse and
    # your licence is toast", "see how fast they deport you"). Only a report aimed at "you":
    # calling the police on him, or social services about the neighbours' children, is help.
    rf"(?:i'?ll|ill|i will|i'?m (?:gonna|going to|calling|ringing|reporting)|im (?:gonna|calling|"
    rf"ringing)|imma|ima|gonna|about to|watch me|we'?ll|we will) (?:\w+ )?(?:call|ring|phone|"
    rf"report (?:{YOU}|ur|your \w+) to|tip off|email|text|let|dob (?:{YOU} )?in to|grass (?:{YOU} "
    rf")?up to|snitch to) (?:ice|cbsa|immigration|border (?:force|patrol|services)|homeland "
    rf"security|the home office|the feds|the cops|the police|the law|the gardai|the guards|cps|"
    rf"cfs|dcfs|social services|child services|children'?s services|the (?:fmcsa|dvla|dmv|"
    rf"clearinghouse|licensing board|nursing board|medical board|bar association|union|agency|"
    rf"venue|venue owner|owner|landlord|club|site manager|hospital|school|university|dean|"
    rf"college)|(?:your|ur|yer) (?:po|parole officer|probation officer|boss|employer|manager|"
    rf"foreman|supervisor|dispatcher|hr|agency|client|clients|landlord|school|dean|supervisor|"
    rf"union|licensing board|nursing board|medical board|bishop|pastor|imam|church|visa "
    rf"sponsor))(?: (?!to |for |check)[\w']+){{0,3}} (?:on (?:{YOU}|your|ur)(?! behalf)|about "
    rf"{YOU}(?![\w'])|and tell (?:them|him|her)(?: [\w']+){{0,2}} (?:{YOU}|you'?ve|youve|"
    rf"you'?re|youre|ur|about (?:{YOU}|your|ur))|(?:exactly )?"
    rf"(?:where|which (?:\w+ )?(?:you'?re|youre|ur|u r)|what (?:you|u) (?:did|do|said|take))|"
    rf"(?:tomorrow|tonight|today|now|right now|first thing)[,.!]* (?:enjoy|see how|good luck|have "
    rf"fun|bye|watch|let'?s see)(?![\w']))",
    r"one (?:call|phone call|email|text|word|tip|report|message) to (?:the |your |ur )?(?:[\w']+ )"
    rf"{{0,3}}and (?:{YOU}'?re|youre|ur|u r|{YOU} are|your|ur) (?:[\w']+ )?(?:is |are |'?s |'?re "
    r")?(?:toast|done|finished|gone|over|history|deported|fired|sacked|back inside|screwed|"
    r"fucked|out)",
    rf"(?:see|watch|let'?s see|lets see) how (?:fast|quick|quickly|long) (?:they|{YOU}|ice|the "
    r"cops|immigration)(?: [\w']+)? (?:deport|fire|sack|lock up|kick out|arrest|evict|pull|"
    rf"take|revoke)(?: [\w']+){{0,2}} (?:{YOU}|your|ur)",
    # The room's relief wished at a member's absence ("we'd all be relieved if you didn't come
    # next week"); relief that someone stays home with a cold, or off the road, is care.
    rf"(?:we'?d|we would|everyone would|everybody would|the group would|people would) (?:all )?"
    rf"(?:be )?(?:so |really |honestly )?(?:relieved|happier|glad|better off|grateful) if {YOU} "
    r"(?:didn'?t|did not|never|stopped|quit|just) (?:come|came|come back|showed up|show up|turn "
    r"up|turned up|return|returned|posted|post|shared|share|spoke|speak|coming|showing up|left|"
    r"disappeared|went away)(?!(?: [\w']+){0,3} (?:with|because|cos|until|till|while|if|when|"
    r"for (?:a|the) (?:day|night|week)|tonight|home|to work))",
    # Batches 242 to 245, 248 and 249 (docs/moderation.md, "Batches 242 to 251").
    # Death wished on "some people here" without a name: "some folk are better off not waking
    # up in a morning", "not everyone deserves another morning".
    r"(?:some (?:people|folk|folks|members|of (?:you|yous|yall|ya'?ll|you lot))|certain (?:people|"
    r"folk|members)|a few (?:people|folk|of (?:you|yous)))(?: (?:in|on|round|around) (?:this |the |"
    r"here )?(?:group|room|meeting|chat|zoom|here))?(?: here)? (?:(?:would|'d|might|will) (?:"
    r"honestly |really |probably |just |all )?be|are|'re) better off (?:not waking up|dead|gone|"
    r"six feet under|not (?:here|around|alive|breathing|living))",
    r"not (?:everyone|everybody|every one of (?:you|us)) deserves (?:another|to see (?:another|the)"
    r"|to wake up (?:to )?(?:another|tomorrow)) (?:morning|day|tomorrow|sunrise|dawn)",
    # No one would miss them: "nobody here will miss you when you stop coming". A kind denial
    # ("don't think nobody would miss you") is not.
    NOT_SAID_TO + rf"(?:nobody|no one|no-one|noone|not one"
    rf" (?:person|soul)|not a single (?:person|soul))(?: (?:here|in here|in this (?:group|room)|in "
    rf"the (?:group|room)))? (?:will|would|is gonna|is going to|'?ll|'?d|is ever going to|would "
    rf"ever|will ever) (?:even |ever |really )?(?:miss|notice|care about|remember|mourn) {YOU}(?! "
    rf"(?:if|as much|more|less|like|the way))(?= ?$| (?:when|once|after|if you|i promise|love|"
    rf"thats|that'?s|trust|honestly|mate|pet|hun|promise))",
    # A family better without them: "your mother would sleep better without you".
    rf"(?:{YOUR} (?:\w+ )?(?:mother|mum|mom|mam|ma|dad|father|da|kids|children|family|wife|"
    rf"husband|partner|son|daughter|grandkids|parents)|everyone|everybody|we|the group|this group|"
    rf"the room) (?:would|'d|will|'ll) (?:honestly |probably |all |finally |surely )?(?:sleep|rest|"
    rf"breathe|live|cope|manage|be) (?:so |much |a lot |far )?(?:easier|better|happier|better "
    rf"off|fine|lighter) without {YOU}(?! (?:drinking|using|gambling|lying|shouting|in (?:a|the) "
    rf"(?:mood|state)))",
    # Gone, and the sooner the better: "it will work fine after you've gone. Sooner is better."
    rf"(?:after|once|when) (?:you'?ve|you have|{YOU}) (?:gone|left|leave|go|quit)"
    rf"(?: [\w']+){{0,3}} (?:sooner is better|the sooner the better|sooner the better|"
    r"can'?t come soon enough)",
    # Relapse urged as kindness: "the kindest thing you could do for this group is pick the
    # bottle back up", "a drink would do you the world of good".
    rf"(?:kindest|best|nicest|most helpful|only decent) thing {YOU} (?:could|can|could ever|can "
    rf"ever) do(?: for [\w']+(?: [\w']+){{0,3}})? (?:is|would be) (?:to )?(?:just )?(?:pick (?:the|"
    rf"a) bottle back up|pick up (?:the|a) bottle again|relapse|use again|drink again|gamble again|"
    rf"disappear|die|end it|stop coming|never come back|vanish|kill {YOURSELF}|top {YOURSELF}|"
    rf"leave (?:us|this group|the group|for good))",
    rf"(?<!of )a (?:drink|pint|bevvy|bevy|dram|drop|cold one|beer|wine|line|hit|bet|flutter|joint|"
    rf"spliff|toke|bump) (?:would|'d|will|might) (?:do {YOU} (?:the world of |a world of |some |a "
    rf"lot of )?good|sort {YOU} (?:right )?out|calm {YOU} down|loosen {YOU} up)",
    rf"i hope {YOUR} (?:\w+ )?(?:son|grandson|daughter|granddaughter|kids|children|boy|girl|"
    rf"grandkids|husband|wife|baby) (?:also |too |ends up |grows up (?:to )?)?(?:becomes?|turns? "
    rf"into|ends? up|grows? up) (?:(?:a|an|just) )?(?:(?:\w+ )?(?:gambler|drunk|alcoholic|addict|"
    rf"junkie|crackhead|druggie|user|wino|alkie|alky)|like (?:his|her|their|you|u))",
    r"next time (?:the|your|ur) (?:overdose|od|pills|rope|drink|bottle|cut) (?:might|will|could|"
    r"may) (?:take|work|do it|do the job|finish (?:it|you|the job)|stick)",
    r"(?:some|a few|most|all) of us (?:are|were) (?:hoping|praying|rooting|waiting)(?: for it)?$",
    # Grief blamed on them: "your baby died cos of you lot", "no wonder the social took them".
    NOT_SAID_TO
    + rf"{YOUR} (?:\w+ )?(?:baby|son|daughter|child|kid|boy|girl|mum|mom|mam|dad|husband|wife|"
    rf"brother|sister|partner|grandson|granddaughter|bairn|wean) (?:died|is dead|passed|od'?d|"
    rf"overdosed|killed (?:himself|herself)|hung (?:himself|herself)) (?:cos|coz|because|cause|"
    rf"'cause|bc|cuz|thanks to)(?: of)? (?:you|u|ya|yer|yous)(?![\w'])",
    rf"no wonder (?:(?:the social|social services|cps|dcfs|children'?s services) took (?:them|him|"
    rf"her|{YOUR} )|(?:they|the council|the state|the courts?) took {YOUR} )(?:kids|children|"
    rf"baby|bairns|weans|son|daughter|little ones|wee ones)?(?! (?:for|to|on|out|in|into|back|"
    rf"away for))",
    # Stalking: the house watched, a child's school day known, the bus seat noted.
    rf"(?:check|checking|look|looking|see|seeing) (?:who'?s|whos|who is|what'?s|whats|who'?ll be|"
    rf"what car is) (?:outside|parked outside|waiting outside|sat outside|at) {YOUR} (?:house|door|"
    rf"front door|flat|window|place|gate|work|school)",
    rf"{YOUR} (?:little one|little ones|wee one|wee ones|kid|kids|son|daughter|boy|girl|lad|lass|"
    rf"children|youngest|eldest|bairn|bairns|weans) (?:finish(?:es)?|gets? out|comes? out|leaves?|"
    rf"is picked up|gets? picked up)(?: [\w']+){{0,9}} (?:yes|right|innit|isn'?t it|don'?t (?:they|"
    rf"he|she)|doesn'?t (?:he|she)|i like to know|i know|good to know)",
    rf"i know {YOU} (?:now )?(?:stay|stop|reside|live|are staying|r staying)(?: at| in| on| near| "
    rf"by| over| round)(?: [\w']+){{1,12}} (?:see (?:you|u|ya) (?:soon|there|around|tonight|later)|"
    rf"the (?:red|blue|white|black|silver|grey|gray|green) [\w']+)",
    # Exposed with a photo: "posting your photo on the Luton page with THIEF under it".
    rf"(?:^|i'?m |im |i am |i'?ll |ill |i will |gonna |imma |ima |going to |about to |off to )"
    rf"(?:post|posting|put|putting|share|sharing|upload|uploading|plaster|plastering|stick|"
    rf"sticking) {YOUR} (?:picture|pic|photo|face|mugshot|name|address|number|screenshots?) (?:on|"
    rf"in|all over|up on|to|round) (?:the |a |every )?(?:[\w']+ ){{0,5}}(?:page|group|comments|"
    rf"facebook|fb|instagram|insta|tiktok|twitter|whatsapp|community|noticeboard|forum|church|"
    rf"mosque|masjid|school|estate|street|chat)",
    # A member's looks in their picture: "lovely legs in that profile pic".
    rf"(?:lovely|nice|great|sexy|fit|hot|tasty|fine|peng|juicy) (?:legs|tits|boobs|arse|ass|bum|"
    rf"body|figure|thighs|rack|booty|cleavage) (?:in|on) (?:that|{YOUR}|the) (?:new |profile )?"
    rf"(?:pic|picture|photo|pfp|avatar|selfie|profile)",
    # Insults: in Hokkien and Malay, in Nyanja and Swahili; a people cursed; a carer mocked.
    r"cibai|chibai|pukimak|puki mak|lanjiao|lan jiao|lancau|mwana wa hule|mwana wehure|"
    r"mwana wa hure|mwanawahule",
    r"bloody (?:bengalis|pakis|pakistanis|indians|poles|romanians|africans|nigerians|zimbos|"
    r"zimbabweans|somalis|muslims|mexicans|gypsies|pikeys|foreigners|immigrants|asians|blacks|"
    r"jews|arabs|catholics|prods|taigs|fenians|huns|malays|chinese|filipinos|maoris|islanders)",
    rf"go (?:and |n )?wipe {YOUR} (?:old |own |rich |boss'?s? )?(?:[\w']+'?s? ){{0,2}}(?:backside|"
    rf"arse|ass|bum|bottom)",
    r"bbc worker|british bum cleaner",
    # Batches 252 to 255: a child's school or face known, a home walked past, a number found;
    # exposure promised sideways; death wished as kindness; slurs in Singlish, Tamil and
    # Nepali; a threat to find someone "count on it".
    rf"{YOUR} (?:girl|boy|daughter|son|kid|kids|little one|young one|children|youngest|eldest) "
    r"(?:goes|go|attends|is|are) (?:to|at) (?:the |a )?(?:[\w']+ ){0,5}(?:school|primary|"
    r"nursery|"
    rf"kindergarten|kindy|daycare|creche)(?: [\w']+){{0,8}} (?:right|yes|no|innit|isn'?t it|just "
    rf"asking|i think|correct)",
    rf"(?:saw|seen|spotted|watched|watching) {YOUR} (?:\w+ )?(?:girl|boy|daughter|son|kid|kids|"
    rf"little one|young one|children|wee one|grandson|granddaughter)(?: [\w']+){{0,12}} (?:sweet|"
    rf"pretty|cute|lovely) (?:little )?(?:thing|girl|boy|one)",
    rf"{YOUR} (?:\w+ )?(?:daughter|son|girl|boy|kid|little one)(?: [\w']+){{0,12}} (?:go for a "
    rf"(?:drive|ride|walk)|come (?:out )?with me|meet me|spend time with me|sit on my)",
    rf"{YOUR} (?:block|house|flat|building|place|street|shop|apartment|unit|room|home|estate)"
    rf"(?: [\w']+){{0,12}} i (?:walked|drove|went|came|passed|was) (?:past|by|round|outside) "
    rf"(?:it |there )?(?:yesterday|today|last night|this morning|tonight|earlier)",
    rf"i know (?:{YOUR}|the) (?:room|flat|house|door|unit|apartment|block) number|i know {YOUR} "
    rf"(?:shift (?:timing|times|pattern)|new number|new address|route home)",
    r"(?:i )?(?:got|have|found) the new (?:one|number) (?:also|too|as well)",
    rf"{YOUR} (?:[\w']+'?s )?(?:shop|house|flat|place|home|stall|restaurant|"
    r"salon)(?: [\w']+){0,10} "
    rf"(?:isn'?t it|is it not|right|no)(?: [\w']+){{0,2}} (?:such a |very |really )?(?:nice|"
    rf"lovely|cute|pretty|sweet) (?:little )?(?:shop|house|place|flat|home|stall|restaurant|salon)",
    rf"(?:taking|making|keeping) notes for {YOUR} (?:\w+ )?(?:[\w-]+'s )?(?:lawyer|solicitor|"
    rf"attorney|boss|wife|husband|ex|po|caseworker|social worker|employer|family)",
    rf"(?:forwarded|sent|passed|shown|showed|given|handed) {YOUR} (?:share|shares|post|posts|"
    r"message|messages|words|screenshots?) (?:on )?to (?:the |"
    rf"{YOUR} )?(?:[\w']+ ){{0,3}}(?:committee|"
    rf"boss|employer|family|wife|husband|church|temple|mosque|masjid|elders|council|police|lawyer|"
    rf"agency|hr|pastor|imam|priest|sangam|association|union)",
    rf"as long as (?:nobody|no one|no-one) tells (?:the|{YOUR}|her|his|their)(?: [\w']+){{0,4}} "
    rf"(?:what|about)",
    rf"(?:photos|pics|pictures|selfies) (?:on|from|in) {YOUR} (?:profile|page|insta|instagram|"
    rf"facebook|fb|account)(?: [\w']+){{0,4}} (?:saved|screenshotted|downloaded|on my phone)",
    rf"what {YOU} (?:said|did|wrote|posted)(?: about me)? (?:will|is going to|gonna) have "
    rf"consequences",
    r"not everyone (?:in|here|on)(?: [\w']+){0,4} is who (?:they|he|she) (?:say|says|claim|"
    r"claims)(?: [\w']+){0,4} sleep (?:well|tight)",
    rf"(?:kinder|better|easier) (?:to|for) (?:everyone|everybody|all of us|us all|{YOUR} "
    rf"\w+)(?: [\w']+){{0,2}} if {YOU} (?:didn'?t|did not|never|don'?t|do not|wouldn'?t) (?:see|"
    rf"make it to|live to see|wake up)",
    rf"spare {YOUR} (?:family|kids|children|wife|husband|mum|mom|mother|parents|everyone) the "
    rf"(?:trouble|bother|cost|burden|expense|misery)",
    rf"{YOUR} so ?called (?:recovery|sobriety|sober time|clean time|program|programme)",
    rf"(?:know|knows) (?:people|someone|somebody|a guy|friends) (?:in|at) (?:the )?[\w']+"
    rf"(?: [\w']+){{0,6}} {YOUR} (?:work permit|visa|permit|iqama|lease|tenancy|contract|"
    r"licen[cs]e)",
    rf"let'?s see (?:who|if anyone|how) (?:helps|will help|can help|is there for) {YOU} then",
    r"chee+ ?ba+i+|chee+ ?bye|thevdiya|thevidiya|thevudiya|machikne|machikney|randi ko|"
    r"(?:you|u|ur|you'?re|youre) (?:a |an |such a )?(?:kukur|paithiyam|boot ?licker)",
    r"licks? (?:the|his|her|your|their) [\w']+ boots",
    r"go (?:and )?see a (?:mental|mad|psych|head) doctor|boat people|refugee scum",
    r"milk(?:ing)? it (?:some )?more|milking (?:it|your|the|her|his) (?:grief|trauma|war|death|"
    r"story|loss)",
    rf"(?:find|catch|see) {YOU}(?: [\w']+){{0,6}} (?:and|n) (?:break|smash|bust|snap) {YOUR} "
    rf"(?:legs|arms|face|neck|head|jaw|knees|fingers)",
    rf"i'?ll show {YOU} what a real man (?:does|is|can do)",
    rf"i'?ll (?:find|get|catch) {YOU}(?: [\w']+){{0,4}} (?:count on it|mark my words|just wait|"
    rf"you'?ll see)",
    rf"cry harder|cry me a river|{YOU} (?:daft|stupid|silly|thick|dozy|dopey|fat|ugly|useless|"
    rf"lazy|miserable|pathetic|sad) (?:cow|mare|sow|bint|slag)$",
)
# Batches 226 to 233 (docs/moderation.md): a member's secret to be carried to someone with
# power over their life. Its three parts: who (REPORT_POWER), what they did (REPORT_MISDEED) and
# the speaker's hand in it (REPORT_HAND: "I took pictures", "before I do", "just so you know").
# Read apart from HARASSMENT so that the same words said as help are left alone
# (REPORTED_TO_POWER_KIND: "maybe tell your PO yourself, before he hears it elsewhere", "I
# could ring your caseworker with you").
REPORT_POWER = (
    r"(?:po|probation officer|parole officer|parole board|case ?worker|case manager|social "
    r"worker|social work|the social|cas worker|cps worker|dcfs worker|care coordinator|boss|"
    r"employer|manager|supervisor|foreman|team lead|line manager|hr|human resources|landlord|"
    r"landlady|housing officer|council|pastor|priest|bishop|imam|minister|chapel|church|mosque|"
    r"temple|congregation|elders|wife|husband|missus|partner|in-laws|inlaws|in laws|mum|mom|"
    r"mother|mam|dad|father|family|parents|kids|children|nursing board|medical board|licensing "
    r"(?:board|office|body|authority)|union|judge|lawyer|solicitor|agency|recruiter|embassy|"
    r"consulate|visa sponsor|ex|girlfriend|boyfriend|fiance|fiancee|school|teacher|principal|"
    r"dean|client|clients|customers|neighbou?rs|commanding officer|first sergeant|chain of "
    r"command|chaplain|unit)"
)
# Authorities and a community's own, named with "the": "the PSNI", "the Home Office", "the
# masjid committee", "the family WhatsApp group".
AUTHORITY = (
    r"(?:police|psni|cops|feds|guards|gardai|garda|polis|home office|immigration|border force|"
    r"ukvi|ice|dwp|jobcentre|job centre|benefits office|centrelink|winz|hmrc|irs|tax office|"
    r"social|social services|cps|dcfs|council|housing executive|housing office|housing|nhs "
    r"trust|trust|hospital|practice|pharmacy|agency|embassy|consulate|court|courts|magistrates|"
    r"school|church|mosque|masjid|temple|gurdwara|committee|elders|congregation|imam|pastor|"
    r"whatsapp group|facebook group|fb group|group chat|family chat|union|licensing board|"
    r"nursing board|medical board|regulator|boss|employer|manager|hr|landlord|university|uni|"
    r"college|visa office|sponsor company|recruitment agency|child safety|child services|child "
    r"protection|docs|facs|cbsa|club)"
)
REPORT_MISDEED = (
    rf"(?:{YOU}(?:'re| are|re| r| were| was|'ve been| have been| been)? (?:(?:still|back|out|"
    r"always|secretly) )?(?:drinking|drunk|pissed|using|high|stoned|gambling|betting|on the "
    r"(?:drink|booze|gear|pokies|bets|pipe|ice|piss)|back on|at the (?:casino|pub|bar|bookies|"
    r"track|races|tables|liquor store|rum shop)|in the (?:casino|pub|bar|bookies)|hungover|"
    r"relapsing|relapsed|slipped|using again|drinking again|gambling again|taking loans|in "
    r"debt|show(?:ing)? up (?:\w+ )?(?:drunk|hungover|high|to \w+ hungover)|turn(?:ing)? up "
    r"(?:\w+ )?(?:drunk|hungover|high))|about (?:the|your|ur|yer|that|this|those|these) "
    r"(?:[\w']+ )?(?:drinking|drink|drunk|betting|bets|gambling|relapse|relapses|slip|loans?|"
    r"debts?|casino|pokies|drugs|binge|bender|arrest|dui|weekend|night out|affair|texts|"
    r"messages|posts)|about (?:you|u)(?![\w'])|what (?:you|u) (?:get up to|got up to|did|said|"
    r"wrote|shared|told us|posted|really are))"
)
REPORT_HAND = (
    r"(?:i (?:have|got|'?ve got|kept|saved|took|grabbed)(?: (?:his|her|their|the|all the|some|a "
    r"few|plenty of|screenshots of|pictures of))? (?:number|email|name|address|pictures|photos|"
    r"pics|screenshots|receipts|proof|evidence|video|recording)|just so (?:you|u) know|i'?m "
    r"(?:filing|sending|writing|making)|i can help with that|i promise(?: you| u)?|trust me|mark "
    r"my words|believe me|count on it|from me|i'?ll make sure|i swear)"
)
REPORTED_TO_POWER = compile_any(
    # Batches 264 to 269: someone with power sure to want to hear; folks somewhere interested
    # in what a member shares; how a board would feel; a landlord who is a cousin, and a lease
    # that is up; a whole congregation to know; a regulator that would want to know; a
    # mother's number found, and a call to her.
    rf"(?:i'?m sure|i bet|bet|no doubt|surely|i'?m certain) (?:he|she|they)(?:'d| would|'ll| "
    rf"will) (?:want|love|like|be (?:very |really |real |so )?(?:interested|keen|glad)) to "
    rf"(?:hear|know|learn|read|find out) {REPORT_MISDEED}",
    rf"(?:folks|people|everyone|everybody|the (?:lads|boys|girls|guys|ladies|men|women)) (?:at|in|"
    rf"down at|over at|from) (?:the )?[\w'-]+(?: [\w'-]+)? (?:would|will|'?d|might) be (?:real |"
    rf"really |very |so |awful )?(?:interested|keen|fascinated) (?:in|to (?:hear|know|read|see|"
    rf"learn)) (?:what|how|all|everything) {YOU}(?:'ve| have|ve)? (?:been )?(?:sharing|saying|"
    rf"posting|writing|telling|doing)",
    rf"(?:wonder|i wonder|imagine) how (?:the|{YOUR}) (?:[\w']+ ){{0,2}}(?:{AUTHORITY}|"
    rf"{REPORT_POWER})(?: [\w']+){{0,2}} (?:would|will|'?d) (?:feel|react|take it|respond)"
    r"(?: [\w']+){0,10} (?:drinking|gambling|betting|drunk|high|using|at the (?:casino|pub|bar|"
    r"bookies|track|races|tables|liquor store))",
    rf"{YOUR} (?:{REPORT_POWER})(?:'s| is|s) my (?:cousin|brother|sister|mate|best mate|friend|"
    r"buddy|uncle|aunt|auntie|neighbou?r|brother-in-law|sister-in-law|golf buddy|old friend|"
    r"fishing buddy)[ .,!]+(?:[\w']+ ){0,2}(?:lease|contract|visa|permit|tenancy|probation|"
    r"licen[cs]e|job|shift|hours|rent)(?:'s| is|s)? (?:up|due|ending|ends|renews?|runs out|"
    r"coming up|up for renewal)",
    r"(?:let'?s just say|mark my words|trust me|believe me|just so (?:you|u) know|you watch|"
    r"you'?ll see)[ ,]+(?:the )?(?:whole|entire) (?:congregation|church|parish|mosque|temple|"
    r"town|village|county|ward|hospital|team|school|family|community|street|estate|site|rig|"
    r"camp|group) (?:will|'ll|is going to|gonna|is gonna) (?:know|hear|find out)",
    rf"the (?:{AUTHORITY}|nmc|gmc|hcpc|cqc|ahpra|dvla|dmv|bar|school board|co-?op) (?:would|will|"
    rf"'?d|might|may) (?:want|like|love|need) to (?:know|hear|find out)(?: that| about)? "
    rf"{REPORT_MISDEED}",
    rf"{YOUR} (?:mum|mom|mam|ma|dad|mother|father|wife|husband|missus|sister|brother|nan|gran|"
    rf"grandma|boss|manager|pastor|sponsor|landlord|po)'?s? (?:number|address|email|work number|"
    rf"home number|mobile)(?: [\w']+){{0,12}} (?:might|may|could|i'?ll|ill|gonna|think i'?ll|"
    rf"will|i might) (?:give (?:her|him|them) a (?:ring|call|bell|buzz|text|message)|call|ring|"
    rf"text|message|dm|email|visit|pop round|drop (?:her|him|them) a (?:line|message|text))",
    # "One call to immigration about you." "One word to your PO is all it takes."
    r"one (?:call|phone call|email|word|text|tip|message|letter) to (?:the |your |ur |yer )?"
    rf"(?:{AUTHORITY}|{REPORT_POWER}) (?:about {YOU}(?![\w'])|and {YOU}(?:'re| are|re| will|'ll|"
    r" ll)|is all it takes)",
    # "Your PO would love to know you were at the casino Saturday."
    rf"{YOUR} (?:\w+ )?{REPORT_POWER}(?: (?:at|in|from|down at|over at|on) [\w']+"
    r"(?: [\w']+){0,2})? (?:would|will|'?d|might|must) (?:really |surely |definitely |just |"
    r"absolutely )?(?:love|like|enjoy|be (?:very |so |really )?(?:interested|keen|fascinated|"
    r"thrilled|delighted)) (?:to|in) (?:know|hear|read|see|learn|find out|knowing|hearing|"
    rf"reading|seeing)(?: (?:that|how|all|everything|more))? (?:{REPORT_MISDEED}|(?:this|the) "
    rf"chat|{YOUR} (?:posts|messages|shares|screenshots))",
    # "Your nursing board should know you show up to shifts hungover. I'm filing tomorrow."
    rf"{YOUR} (?:\w+ )?{REPORT_POWER}(?: (?:at|in|from) [\w']+(?: [\w']+){{0,2}})? (?:should|"
    r"needs? to|deserves? to|ought to|has a right to|have a right to) (?:know|hear|see|find "
    rf"out)(?: (?:that|how))? {REPORT_MISDEED}(?: [\w']+){{0,10}} {REPORT_HAND}",
    # "Might be worth checking in with your parole officer before I do."
    r"(?:tell|telling|check in with|checking in with|talk to|talking to|call|calling|ring|"
    rf"ringing|speak to|speaking to|email|emailing|text|texting) {YOUR} (?:\w+ )?{REPORT_POWER}"
    r"(?: [\w']+){0,6} before (?:i|we|me) (?:do|does|get to|tell|call|ring)(?![\w'])",
    # "Keep it up and your caseworker will hear about the betting."
    r"(?:keep (?:it )?up|keep (?:talking|going|posting|lying|pushing|it going)|carry on|one "
    r"more (?:word|post|comment|message|lie|share)(?: [\w']+){0,4}|say (?:that|it) again|try "
    rf"me) and (?:{YOUR}|the) (?:[\w']+ ){{0,4}}(?:will|'?ll|is gonna|is going to|gonna|are "
    r"gonna|are going to) (?:hear|know|find out|read|be told)(?! (?:how|what) (?:well|much|far|"
    r"proud|good))",
    rf"{YOUR} (?:\w+ )?{REPORT_POWER}(?: [\w']+){{0,3}} (?:will|'?ll|is going to|gonna|is "
    r"gonna|are gonna|are going to) (?:hear|know|find out|learn|read|see)(?: all)? about "
    rf"(?:the|{YOUR}|this|that|it|{YOU}|everything)(?: [\w']+){{0,6}} {REPORT_HAND}",
    r"the (?:judge|court|magistrate|parole board|licensing board|nursing board|medical board|"
    r"agency|embassy) (?:will|'?ll|is going to|gonna|is gonna) (?:hear|know|learn|find out)"
    rf"(?: all)? about (?:that|this|it|everything|all of it|{YOU}|{YOUR})",
    # "Does the taxi licensing office know you're back on it? I could always let them know."
    rf"(?:does|do|did) (?:{YOUR}|the) (?:[\w']+ ){{1,4}}know (?:that )?(?:{YOU}(?:'re| are|re| "
    rf"were| was|'ve| have)?|about)(?: [\w']+){{0,8}} (?:i could|i can|i might|maybe i should|"
    r"should i|shall i|i'?ll|i will|want me to|happy to)(?: always| just| easily| gladly)? "
    r"(?:let (?:them|him|her) know|tell (?:them|him|her)|fill (?:them|him|her) in|tip (?:them|"
    r"him|her) off|remind (?:them|him|her))",
    # Batches 252 to 255: the same asked with "I wonder if", or answered "he will by Monday";
    # an officer who is family and "one message from me"; a husband's work named with what he
    # would love to hear.
    rf"(?:does|do|did|i wonder if|wonder if|wonder whether) {YOUR} (?:[\w']+ ){{1,4}}know "
    rf"(?:about )?(?:that |the |{YOU})(?: [\w']+){{0,12}} (?:maybe i|perhaps i|i might|i could|"
    rf"i'?ll|i will) (?:remind|tell|inform|let) (?:them|him|her)",
    rf"(?:does|do|did) {YOUR} (?:[\w']+ ){{1,5}}know about(?: [\w']+){{1,6}} (?:he|she|they)"
    rf"(?:'ll| will) (?:by|before|soon|tomorrow|tonight|after)",
    rf"{YOUR} (?:\w+ )?(?:[\w']+ )?(?:officer|manager|boss|supervisor|landlord|employer|hr) is my "
    rf"(?:[\w']+ ){{0,2}}(?:cousin|brother|husband|wife|friend|mate|uncle|aunt|sister|in-law)"
    rf"(?: [\w']+){{0,6}} one (?:message|word|call|phone call|text) from me",
    rf"{YOUR} (?:\w+ )?(?:husband|wife|partner|boss|mum|mom|dad|family) works? (?:at|in|for)"
    rf"(?: [\w']+){{1,12}} (?:he|she|they)(?:'d| would| will) (?:love|like|want|be (?:glad|"
    rf"happy|interested)) to (?:hear|know|read|see) what {YOU}",
    # "I'll be having a word with the chapel about what you get up to."
    r"(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|gonna|imma|ima|i'?ma) (?:be )?"
    rf"(?:havin|having|have) a (?:wee |little |quiet )?(?:word|chat|talk) (?:wi|with|w) "
    rf"(?:{YOUR} |the )?(?:[\w']+ ){{0,3}}(?:about|aboot|regarding) (?:what {YOU}|{YOU}"
    rf"(?![\w'])|{YOUR} (?:drinking|betting|gambling|habit|relapse|secret))",
    rf"(?:i'?ll|ill|i will) be (?:letting|telling|informing|warning|alerting) (?:the |{YOUR} )?"
    rf"(?:[\w']+ ){{0,4}}(?:know )?(?:exactly )?(?:who {YOU} (?:are|really are)|what {YOU} "
    r"(?:did|do|are|get up to))",
    # Batches 258 to 262: "i can tell him all about your drinking before the committee
    # elections"; "every message is another screenshot for the family whatsapp group".
    r"(?:i can|i could|i'?ll|ill|i will|i might|i may) (?:just |easily |always )?tell (?:him|her|"
    rf"them|everyone|the \w+)(?: all)? about {YOUR} (?:little )?(?:drinking|gambling|betting|using|"
    r"habit|relapse|relapses|past|secret|secrets|problem|addiction|debts?)",
    r"(?:every|each) (?:message|post|word|share|comment|reply) (?:is|'s|=) (?:another|one more|a|"
    r"more) (?:screenshot|screen shot|screengrab) (?:for|to|in|on) (?:the |your |ur )?(?:[\w']+ )?"
    r"(?:family|whatsapp|group chat|gc|boss|wife|husband|mum|mom|church|committee|employer|"
    r"lawyer|solicitor|gurdwara|mosque|temple|in-?laws)",
    # "I'll tell your wife about the casino", "gonna ring your PO and tell him you're using".
    r"(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|gonna|imma|ima|i'?ma|i could|"
    r"should i|shall i|maybe i should|i might|we'?ll|i'?m|im) (?:just |happily |gladly |"
    r"personally |definitely )?(?:tell|telling|call|calling|ring|ringing|email|emailing|text|"
    r"texting|message|messaging|inform|informing|show|showing|send|sending|forward|forwarding|"
    r"print|printing|dm|contact|contacting|hand|handing)(?: (?:it|them|this|these|all|your|ur|"
    rf"it all|everything)(?: (?:posts|messages|shares|screenshots))?(?: out)?)? (?:to )?{YOUR} "
    rf"(?:\w+ )?{REPORT_POWER}(?:'s)?(?: [\w']+){{0,4}}? (?:{REPORT_MISDEED}|everything(?! is)|"
    rf"all about|the truth about|exactly what|who {YOU} really)",
    # "Reporting you to HR for taking loans during office time."
    rf"(?:i'?m |im |i am |am )?(?:reporting|gonna report|going to report) {YOU} to (?:the |"
    r"your |ur )?(?!pun |grammar |fashion |fun |spelling |meme |mods? |moderators? |admins? )"
    r"(?:[\w']+ )?(?:hr|human resources|boss|manager|employer|board|landlord|council|police|"
    r"cops|po|probation|parole|caseworker|case worker|social services|immigration|licensing|"
    r"union|school|church|agency|embassy|family|wife|husband|judge|court)",
    # "Your landlord is my cousin, you know. Funny how small Flatbush is."
    rf"{YOUR} (?:\w+ )?{REPORT_POWER} (?:is|'s|s) my (?:cousin|brother|bro|mate|friend|uncle|"
    r"aunt|auntie|sister|neighbou?r|boy|pal|bestie|godfather|in-law|brother in law)"
    r"(?: [\w']+){0,10} (?:small|tiny) (?:world|town|place|community|island|[\w']+ is)",
    # "Your landlord in Kabulonga is my uncle. Renewals are coming up, aren't they?"
    rf"{YOUR} (?:\w+ )?{REPORT_POWER}(?: (?:in|at|from|down in|back in) [\w']+)? (?:is|'s|s) (?:a "
    r"(?:good |close |old |dear )?(?:friend|mate|pal) of mine|my (?:cousin|brother|bro|mate|friend|"
    r"uncle|aunt|auntie|sister|neighbou?r|pal|bestie|godfather|in-law|brother in law))(?: [\w']+)"
    r"{0,12} (?:(?:is|are) coming up|(?:glad|happy|pleased|interested|keen|grateful) to (?:know|"
    r"hear|learn)|(?:aren'?t|isn'?t) (?:they|it)$)",
    # Batches 242 to 245, 248 and 249: the authorities or a community's own told, said
    # sideways. "The PSNI might be interested in where you were getting your tablets", "the
    # family WhatsApp group would enjoy hearing this story", "Home Office will hear from me".
    rf"(?:the |{YOUR} )?(?:[\w']+ ){{0,2}}{AUTHORITY}(?: (?:in|at|of|back in|back home in) "
    r"[\w']+)? (?:might|would|will|'?d|may|could) (?:surely |definitely |really |certainly |"
    r"probably |very much )?(?:be (?:very |most |quite |rather |really )?interested (?:in|to "
    r"(?:hear|know|learn|see))|enjoy (?:hearing|reading|seeing|knowing)|love (?:to )?(?:hear|know|"
    r"read|see)(?:ing)?|like to (?:know|hear|see)|want to (?:know|hear|see))(?: [\w']+){0,2} "
    rf"(?:(?:where|what|when) {YOU}(?:'?re| are| r| were| was| have| 've| been)?(?= (?!(?:ok|"
    r"okay|safe|well|alright|doing|home|back|think|need|want|feel|like|love)(?![\w'])))|about (?:"
    rf"this|that|it|{YOU}|what|where)(?![\w'])|what goes on (?:at|in) {YOUR}|(?:this|that|the "
    r"whole) (?:little )?(?:story|tale|"
    r"business|chat|thread|conversation)|everything(?! (?:is|will|you'?ve achieved))|all (?:of )?"
    r"(?:this|that|it))",
    rf"{AUTHORITY} (?:will|'?ll|is going to|gonna|is gonna|are gonna|are going to) (?:be )?"
    r"hear(?:ing)? from me",
    # "Every word is going in a folder for the masjid committee."
    r"(?:every word|everything|all of (?:this|it)|every (?:message|post|share|screenshot)|all "
    r"(?:your|ur) (?:messages|posts|shares))(?: [\w']+){0,4} (?:is|are|'?s) going (?:in|into|"
    r"straight to|right to|to) (?:a |the )?(?:folder|file|dossier|report|pile|envelope)(?: [\w']+)"
    r"{0,2} (?:for|to)(?= [\w'])",
    # "I just need to mention your name to the right people in JB."
    rf"(?:i (?:only|just) (?:need|have|got) to|all i (?:need|have|got) to do is|i could (?:easily|"
    rf"just)|one word from me|i only gotta|i just gotta) (?:mention|say|drop|give|whisper|pass on)"
    rf" {YOUR} name (?:to|at|in|around|round)",
    # "I'm sending everything you've said to your probation officer."
    rf"(?:i'?m|im|i am|i'?ll|ill|i will|gonna|imma|i'?m gonna|going to) (?:just )?(?:sending|send|"
    rf"forwarding|forward|showing|show|printing|print|passing|pass|handing|hand) (?:everything|"
    rf"every word|all|all of it|whatever) (?:{YOU}'?ve|{YOU} have|{YOU}) (?:said|written|posted|"
    rf"shared|typed|told us|put)(?: [\w']+){{0,3}} (?:to|on to|onto) {YOUR} (?:\w+ )?"
    rf"{REPORT_POWER}",
    # "Does the NHS trust know their pharmacist spends his wages in the bookies? Someone ought
    # to mention it."
    rf"(?:does|do|did) (?:{YOUR}|the|his|her|their) (?:[\w']+ ){{1,4}}know(?: [\w']+){{1,14}} "
    r"(?:someone|somebody|i) (?:ought to|oughta|should|might|could|may|really should) (?:mention "
    r"it|tell (?:them|him|her)|let (?:them|him|her) know|say something|have a word)",
)
REPORTED_TO_POWER_KIND = re.compile(
    r"(?<![\w'])(?:from (?:you|u)|coming from (?:you|u)|(?:you|u)rself|before (?:he|she|they|it|"
    r"someone|somebody|anyone|anybody) (?:hears?|finds? out|sees?|reads?)|be honest|honesty|come "
    r"clean|be upfront|they can help|for help|support (?:you|u)|on (?:your|ur) side|if (?:you|u) "
    r"(?:want|like|need)|with (?:you|u)(?![\w'])|for (?:you|u)(?![\w'])|together)"
)
# Watched on one's way, or met off the plane: "You take the 6am bus from camp every morning,
# don't you.", "I know what time your flight lands on Thursday. I'll be there."
WATCHED_ROUTE = compile_any(
    # Batches 264 to 269: people owed asking where a member stays, and the speaker might tell
    # them; "funny how you always …, I notice things"; a member's uni and halls known, and a
    # meeting proposed; a car described and "thought so"; a house described and "nice place".
    rf"(?:asking|asked|asks|wondering|want to know|wanna know) where {YOU} (?:stay|live|are "
    rf"staying|sleep|work|hang out|drink|are)(?: [\w']+){{0,8}} (?:i might|i may|i could|i'?ll|"
    rf"ill|might|maybe i'?ll|i just might|i may just|i might just) (?:just )?(?:tell|show|give|"
    rf"point|let)",
    rf"(?:funny|interesting|curious|cute) how {YOU} always(?: [\w']+){{1,14}}[ .,!]+i (?:notice|"
    rf"see|clock|remember|keep track of|know) (?:things|everything|a lot|stuff)",
    rf"i know (?:which|what|where) (?:uni|university|school|college|halls|ward|hospital|office|"
    rf"gym|church|mosque|temple|job|shift|street|estate|building|floor|class|site|rig|yard|"
    rf"depot)(?: [\w']+){{0,2}} {YOU}(?:'re| are| r|re)?(?: [\w']+){{0,8}}[ .,!]+(?:we should|"
    rf"i might|might|i could|i'?ll|maybe i'?ll|see {YOU}) (?:meet|pop|swing|drop|come|stop|visit|"
    rf"say|soon|around|there)",
    r"(?:sticker|plates?|number plate|reg|parked|car park|parking lot|parking|driveway|level \d)"
    r"(?: [\w']+){0,4}[ .,!]+(?:thought so|knew it|nice (?:car|ride|motor|truck))\W*$",
    r"(?:house|shed|barn|gate|fence|porch|driveway|mailbox|road|lane|church|silo)(?: [\w']+)"
    r"{0,12}[ .,!]+nice (?:place|house|home|farm|spot|setup|spread) (?:you'?ve|you|ya|youve) got"
    r"(?: there)?\W*$",
    rf"{YOU} always (?:take|get|catch|sit|park|walk|leave|use|ride|sit in)(?: [\w']+){{1,8}} "
    r"(?:don'?t|dont|do) (?:you|u|ya) (?:same|usual) (?:seat|spot|table|route|bus|time|way|place|"
    r"stop|corner)",
    rf"{YOU} (?:take|catch|get|ride|drive|walk|leave|park)(?: [\w']+){{1,8}} (?:every|each) "
    r"(?:morning|night|evening|day|week|sunday|saturday|friday|shift)(?: [\w']+){0,3} "
    r"(?:don'?t|dont|do|doesn'?t) (?:you|u|ya)$",
    r"i know (?:what time|when|where|which (?:bus|train|flight|shift|gate|door|car park|route|"
    rf"entrance)) (?:{YOUR}|{YOU})(?: [\w']+){{1,8}} (?:i'?ll|ill|i will|i'?m gonna|we'?ll) be "
    r"(?:there|waiting|around|outside)(?! (?:early|with|to|for|if|hun|love|babe|in the car))",
    # A relapse counted and clapped: "relapse number six, we're that proud of you",
    # "congrats on the 3rd relapse 👏", "Still not managed a full week? Shocker."
    r"(?:relapse|slip|bender) (?:number|no|#) ?\w+(?: [\w']+){0,2} (?:we'?re|we are|i'?m|im|"
    r"everyone'?s|everyone is|so|that|aw|all) (?:\w+ )?(?:\w+ )?proud",
    r"(?:congrats|congratulations|well done|bravo|gold star|round of applause|clap clap) (?:on|"
    r"for) (?:the |your |ur |yer )?(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|hundredth|umpteenth|millionth|latest|next|another) (?:relapse|"
    r"slip|bender|binge|rehab)",
    r"(?:still )?(?:no|not|never|haven'?t|hasn'?t|havent|hasnt|didn'?t) (?:managed|made it|"
    r"lasted|got|gone|done)(?: [\w']+){0,5} (?:shocker|shock horror|what a (?:surprise|shock)|"
    r"big surprise|colou?r me (?:shocked|surprised)|who could have (?:guessed|known)|quelle "
    r"surprise)",
)
# Phrases that only look like harassment: everyday kindness and talk about the speaker.
HARASSMENT_IDIOMS = compile_any(
    # Anger at a government or a system, not a member (batch 267): "this government can go to
    # hell, nurses using food banks".
    r"(?:the|this|that|our|their) (?:government|gov|govt|council|system|nhs|trust|tories|"
    r"management|company|bank|insurance|economy|disease|cancer|addiction|bottle|casino|"
    r"bookies|app|rota|hospital|ministry|regime|party)(?: [\w']+){0,2} (?:can|should|may|could) "
    r"(?:go to hell|go to the devil|get stuffed|rot|burn|do one)",
    # Dragged to a meeting out of love (batches 258 to 262): "ill hunt you down and drag you
    # to the next meeting", "ill kill you if you skip thursday again lol", "ill come find you
    # and give you the biggest hug".
    r"(?:hunt|track|come find|come and find|come get|come and get) (?:you|u|ya)(?: all)?(?: down)?"
    r"(?: [\w']+){0,5} (?:and )?(?:give (?:you|u|ya) (?:a|the|the biggest|a big|a massive) "
    r"(?:[\w']+ )?(?:hug|cuddle)|drag (?:you|u|ya) (?:to|home|back|along))",
    r"drag(?:ging)? (?:you|u|ya)(?: all)? (?:home|along|back|to (?:the |a |next |the next )?"
    r"(?:meeting|group|hall|session|church|rooms))",
    r"(?:kill|murder|strangle) (?:you|u|ya) (?:myself )?if (?:you|u|ya) (?:skip|miss|bail|"
    r"don'?t (?:come|show)|stop coming|give up|leave early)",
    # The way to a meeting known: "I know the hall, I know the way, see you there".
    r"i know (?:the|my) (?:way|hall|place|building|venue|church|centre|center|room|address)"
    r"(?: (?:well|now|by heart|there))?",
    r"i know where (?:it|the (?:hall|meeting|room|church|venue|centre|center|place)) is",
    # Self-care urged: "the kindest thing you could do for yourself is go to a meeting".
    r"(?:the )?(?:kindest|best|nicest|most loving|bravest) thing (?:you|u) (?:could|can) (?:ever )?"
    r"do (?:for (?:yourself|urself|your ?self|your (?:recovery|health))|is "
    r"(?:to )?(?:go to|call|ring|reach out|ask|talk|rest|sleep|eat|get help|take care|be gentle))",
    # One's own dislike of a kind of joke: "can't stand dead baby jokes, you know?".
    r"(?:i )?(?:can'?t stand|cant stand|hate|don'?t like|dont like|am sick of|i'?m sick of|so "
    r"sick of) (?:[\w']+ ){1,3}jokes",
    # The gambler at home named for what he did: "the bastard drained our joint account".
    r"the (?:bastard|git|sod|prick|fool|arsehole|asshole|idiot)(?= (?:drained|took|spent|lost|"
    r"sold|pawned|stole|gambled|drank|emptied|blew|cleared|maxed))",
    # One's own introduction: "Gambling addict, 200 days, still buying scratch cards".
    r"^(?:hi |hello |hey )?(?:i'?m |im |i am )?(?:an? )?(?:[\w']+ )?(?:addict|alcoholic|gambler|"
    r"codependent|co dependent)(?: [\w']+)? \d+ (?:days?|weeks?|months?|years?)",
    # A member's share remembered kindly: "thought of your mum's story", "drove past your old
    # street and thought of your mum's story" (batches 74 to 76's model).
    r"(?:(?:drove|walked|went|passed) (?:past|by) (?:your|ur) (?:old )?\w+ and )?(?:thought of|"
    r"thinking of|thought about|reminded me of|remembered) (?:you|u|your|ur)"
    r"(?: [\w']+){0,2} (?:story|share|words|advice)",
    # A tease signed off with love: "you're so annoying, shut up ily".
    r"(?:annoying|an idiot|a dork|a weirdo|a nerd|a muppet|a numpty|a goof|a menace|a nightmare|"
    r"shut up)(?: [\w']+){0,3} (?:ily|ilysm|love (?:you|ya|u)|luv (?:you|ya|u)|xx+)(?= ?$)",
    # Batches 66 to 69's model: the drinker at home back on it, told by their family ("I bet
    # he's back on the bottle by now").
    r"(?:he'?s|she'?s|hes|shes|he is|she is|they'?re|they are|my [\w']+ is|my [\w']+'s) "
    r"(?:probably |prob |definitely |already )?(?:back on the (?:bottle|booze|drink|gear|pokies|"
    r"horses|slots)|drinking again|gambling again|betting again|using again)",
    # Thanks in the shape of a sneer: "people like you are why this group works".
    r"(?:people|folks|friends|members|women|men) like (?:you|u)(?: all| guys)? (?:are|r) "
    r"(?:exactly |precisely |the reason )?why (?:this (?:group|room|meeting|program) works|i keep "
    r"coming back|i'?m still (?:here|sober|clean)|i come back)",
    # Goodbye to the old drinking mates: "I won't see you at the pub again".
    r"(?:won'?t|wont|will not|never) see (?:you|u|ya)(?: all)? (?:at|down|in) the (?:pub|bar|"
    r"bookies|casino|club)",
    # A recovery saying: "you'll never make it alone, that's why we have each other".
    r"(?:you'?ll|you will|youll|we'?ll|we will|nobody|no one|no-one) (?:never )?makes? it alone",
    # Laughing at a friend: "😂😂 Grace you're a menace".
    r"(?:lol|lmao|haha\w*|hehe\w*|rofl)(?: [\w']+){0,3} (?:you'?re|youre|ur|you are) (?:such |"
    r"an absolute |a total )?an? (?:menace|nightmare|troublemaker|pest|rascal|muppet|numpty|"
    r"goose|eejit|dork|nerd|weirdo|clown|legend|terror|case)",
    r"(?:you'?re|youre|ur|you are) (?:such |an absolute |a total )?an? (?:menace|nightmare|"
    r"troublemaker|pest|rascal|muppet|numpty|goose|eejit|dork|nerd|weirdo|clown|legend|terror|"
    r"case)(?: [\w']+){0,2} (?:lol|lmao|haha\w*|hehe\w*|rofl)",
    # "No shame in going back to day one".
    r"no shame in(?: [\w']+){1,5}",
    # Greetings passed on: "I'll tell your sponsor you said hi".
    r"tell (?:your|ur) (?:\w+ ){1,2}(?:you|u) said (?:hi|hello|hey)",
    # Nobody wants them alone in it: "nobody here wants you to struggle alone".
    r"(?:nobody|no one|noone) (?:here |in (?:this|the) (?:group|room) )?wants (?:you|u|ya) to "
    r"(?:feel|suffer|struggle|go through|worry|hurt|carry|blame|be alone|be sad|be lonely|give "
    r"up|leave|go|do this alone|be on your own)",
    # Watching someone grow: "loved watching you grow this year".
    r"watching (?:you|u|ya) (?:grow|heal|change|blossom|get stronger|come out of your shell|shine|"
    r"find your feet|find your voice|flourish|thrive)",
    # Blame feared, not laid: "you worry your son used because of you, but".
    r"(?:worry|worried|worrying|think|thinking|feel|feeling|fear|believe|convinced|blame "
    r"yourself|blaming yourself|tell yourself|telling yourself|wonder if)(?: that)? (?:your|ur)"
    r"(?: [\w']+){1,4} because of (?:you|u)",
    # Blame lifted, and credit given: "don't ever think she relapsed because of you", "you
    # were the reason he got sober".
    r"(?:don'?t|dont|do not|never) (?:ever )?(?:think|believe|let (?:anyone|them|him|her) tell "
    r"(?:you|u))(?: [\w']+){0,4} because of (?:you|u)",
    r"(?:you|u) (?:didn'?t|did not|never|couldn'?t have|could not have) (?:drive|make|push|"
    r"cause) (?:your|ur|him|her|them)(?: \w+)? (?:to )?(?:drink|use|relapse|gamble|die|do it)",
    r"(?:you|u) (?:were|are|r) the (?:only |main |whole )?reason (?:he|she|they|i|we) (?:got|"
    r"stayed|is|am|are|kept|keep|keeps|came|come|made it) (?:\w+ )?(?:sober|clean|alive|going|"
    r"here|back|through|well)",
    # Grief defended: "nobody can tell you you don't get to grieve him".
    r"(?:nobody|no one|noone|don'?t let (?:anyone|them|him|her)|who says) (?:can |gets to |"
    r"should |will |has the right to )?(?:tell|tells|say to|says to|say|says) (?:you|u)?(?: that)? "
    r"?(?:you|u) (?:don'?t|dont|do not|can'?t|cant) (?:get to|have the right to|deserve to) "
    r"(?:grieve|mourn|miss|cry)(?: (?:him|her|them|your \w+))?",
    # Teasing with its warmth said: "you're such a drama queen, love you tho", "shut up you 😂
    # you're too kind".
    r"(?:oh |omg |lol |haha\w* )?shut (?:up|it)(?: you)?(?=(?: [\w']+){0,6} (?:lol|haha\w*|lmao|"
    r"too kind|stop it|love you|love ya|love u|making me (?:cry|laugh|blush)))",
    r"(?:you'?re|youre|ur|you are|u r) (?:such |a |an |such a |an absolute |a total |a proper "
    r"|an utter )?(?:menace|drama queen|muppet|numpty|eejit|nutter|dork|dummy|goose|weirdo|clown|"
    r"idiot|nightmare|pain|wind up|div|plonker|wally|melt|nerd|sap|softie|loon|know it all|"
    r"smart arse|smartarse|smart ass|show off)(?=(?: [\w']+){0,4}"
    r" (?:love (?:you|ya|u|it|that|this)|too kind|tho x|bless (?:you|ya|him|her)|my friend|mate "
    r"lol|hun lol))",
    r"touch base",
    r"drop dead (?:gorgeous|beautiful|funny|stunning|handsome|brilliant|lovely|perfect|good|sexy|"
    r"cool|amazing|hilarious|fit|fabulous|glamorous|elegant|smart|pretty|cute|adorable)",
    # Surprise at good news: "shut up, you got the job?! that's brilliant", "shut up no way".
    r"(?:oh |omg |lol |ohh+ )?shut (?:up|it|the front door)(?: (?:shut up|no way))*"
    r"(?=(?: (?!nobody|no one|cares|boring|pathetic|sad|whining|moaning)[\w']+){0,12} "
    r"(?:congrat\w*|amazing|"
    r"brilliant|huge|incredible|so proud|proud of (?:you|u|ya)|well done|no way|are you serious|"
    r"so happy for|so sweet|gorgeous|fantastic|wonderful|that'?s (?:so )?(?:great|lovely|"
    r"massive|awesome|class|mint|deadly|unreal)|(?:you'?re|youre|ur|you are) (?:literally |"
    r"honestly |actually )?the (?:strongest|bravest|best|kindest|funniest|sweetest|loveliest|"
    r"most \w+))(?![\w']))",
    r"shut up and (?:take|accept) (?:the|a|my|your|this) compliment",
    # A laugh given credit: "you're a joke Jamal 😂 the whole room was in tears".
    r"(?:you'?re|youre|ur|you are|u r|you|u) (?:such |a |an |such a |an absolute |a total |a "
    r"proper |absolute |total |utter |proper |daft |silly |big )?(?:joke|clown|comedian|case|"
    r"character|riot|scream|hoot|tonic|muppet|numpty|wally|eejit|plonker|goose)(?=(?: [\w']+)"
    r"{0,12} (?:proud of (?:you|u|ya)|in the "
    r"best way|i laughed(?! at)|made me laugh|had (?:me|us|the (?:whole )?(?:room|group|meeting)) "
    r"(?:laughing|crying|in stitches|in tears|cracking up)|crying laughing|best laugh|never change|"
    r"made my (?:day|night|week)|love (?:you|ya|u)|funniest)(?![\w']))",
    r"(?:sneaks|creeps|sneak|creep) up on (?:you|u|ya)",
    r"(?:you and your|with your|and your) (?:[\w']+ ){0,3}(?:jokes|puns|singing|spoilers)"
    r"(?: again)? (?:i'?ll|ill|i will|gonna|i'?m gonna) kill (?:you|u|ya)",
    r"(?:love|luv) (?:you|ya|u) (?:really|to bits|loads|lots)(?: (?:x+|kissface|kiss))*$",
    rf"(?:don'?t|do not|never|try not to|careful not to|please don'?t) (?:be so hard on |beat |"
    rf"hurt |push |blame |overdo |kill |burn |judge ){YOURSELF}",
    rf"{YOU}(?:'re| are|re) (?:not|never|no) (?:a |an )?(?:failure|burden|mistake|worthless|"
    r"stupid|useless|disgrace|embarrassment|joke|idiot|loser|trash)",
    rf"{YOU} (?:aren'?t|arent|are not|were never|are never) (?:a |an )?(?:failure|burden|"
    r"mistake|worthless|stupid|useless|disgrace|embarrassment|joke|idiot|loser|trash)",
    r"(?:felt|feel|feels|feeling|made me feel|calls? me|called me|told me i (?:was|am)|said i "
    r"(?:was|am)|i'?m|i am|i was|i felt like|like i'?m|like i was|like a) (?:such )?(?:a |an )?"
    r"(?:failure|burden|mistake|worthless|stupid|useless|disgrace|embarrassment|joke|idiot|"
    r"loser|trash|burden to)",
    r"(?:you'?re|you are|ur) (?:a |an )?(?:absolute |total |complete )?(?:legend|star|gem|"
    r"rockstar|champ|hero)",
    r"(?:dumb|stupid) (?:question|mistake|thing|idea|joke|luck)",
    r"kill (?:time|the lights|the engine|the music|two birds)",
    r"(?:that|it|this) (?:joke|film|movie|show|comedian) (?:killed|kills)",
    r"shut up and (?:listen|take my money|dance)",
    r"(?:no one|nobody) (?:asked|cares) (?:me|about me|how i|if i|what i|whether i)",
    # Someone else's words reported to the group: "my son said kys to his brother".
    r"(?:my|his|her|their|a|the) (?:[\w']+ ){0,2}(?:said|says|told|tells|texted|wrote|yelled|typed|"
    r"posted|shouted|screamed) (?:\w+ ){0,4}(?:to (?:his|her|their|my|a|the) \w+|to (?:him|her|"
    r"them|me))",
    # Batches 74 to 77: the disease told to go to hell or drop dead; a joke on oneself
    # announced.
    r"(?:addiction|the addiction|my addiction|the disease|this disease|my disease|alcoholism|"
    r"gambling|cancer|the drink|the booze|booze|depression|grief|anxiety|the bottle|this illness|"
    r"my illness|the illness|dementia|the pokies|the slots)(?! addicts?| people| folks?| users?| "
    r"junkies| drinkers| gamblers| lot)(?: [\w']+){0,2} (?:can|could|should|"
    r"may|would|will|to) (?:just )?(?:go to hell|drop dead|get fucked|rot in hell|burn in hell|"
    r"rot)",
    r"self[- ]?(?:deprecating|de pre ca ting) (?:joke|humou?r|comment|moment|bit)s?(?: incoming| "
    r"alert| time)?",
    # Batches 74 to 77's model: a warning about someone else's feelings, someone called
    # fragile; a kind "people like you never give up"; a share or post seen and a hello.
    r"watch what (?:you|u) say (?:around|in front of|to|with|near) (?:him|her|them|the kids|the "
    r"children|your \w+|my \w+)",
    r"people like (?:you|u) never (?:give up|quit|stop trying|lose hope|stop fighting)",
    r"(?:he'?s|she'?s|they'?re|he is|she is|they are|(?:he|she|they) (?:seems?|feels?)) (?:a bit "
    r"|very |so |really |quite |pretty )?fragile",
    r"saw (?:your|ur) (?:post|share|message|comment|name|photo|note)(?: [\w']+){0,4} just saying "
    r"(?:hi|hello|hey)",
    # Batches 78 to 81: the addiction sworn at, and called a liar; cruelty quoted from home with
    # "I can still hear it" or "that's what my teacher told me" after it, or a parent's voice in
    # one's head; "I'd rather eat glass"; a laptop that just died; relapse "not a dirty word";
    # for the model, telling one's pastor suggested.
    r"(?:f|fuck|fk|screw|damn|i hate) (?:you|u),? (?:gambling|addiction|booze|alcohol|cancer|"
    r"disease|drink|the drink|bottle|the bottle|depression|anxiety|grief|pokies|slots|vodka|wine|"
    r"beer|cocaine|coke|weed|heroin|meth|casino|bookies|betting)(?! addicts?| degenerates?| "
    r"junkies?| losers?| scum| idiots?| freaks?| whores?| bitch| ?heads?| fiends?| rats?| pigs?)"
    r"(?: (?:you|u) (?:[\w']+ ){0,2}"
    r"(?:liar|thief|bastard|monster|parasite|devil|thing))?",
    r"(?:[\w']+ ){0,12}(?:i can still hear (?:it|him|her|them|that|his voice|her voice)|(?:that'?s|"
    r"thats) what (?:my|his|her) (?:\w+ )?(?:told|said to|used to tell|used to say to|would tell|"
    r"would say to) me)",
    r"(?:my (?:\w+'?s )?voice|(?:his|her|their) voice)(?: [\w']+){0,4} in my head(?: [\w']+){0,8}",
    r"i'?d (?:rather|sooner) (?:eat|chew|swallow) glass",
    r"(?:my|the|anyone'?s|anyone else'?s|your|ur|our|his|her) (?:laptop|phone|battery|computer|pc|"
    r"screen|internet|wifi|connection|car|tablet|ipad|mic|headphones|headset|charger|zoom|app|tv|"
    r"router)(?: [\w']+){0,2} just die(?! already)",
    r"(?:relapse|relapsing|slipping|a slip)(?:'s| is) not a dirty word",
    r"(?:you could|you should|you might|maybe|why not|might help to|could help to) (?:tell|talk to|"
    r"share with|show) (?:your|ur) (?:pastor|priest|sponsor|doctor|therapist|gp|counsell?or|"
    r"counselor|wife|husband|partner|family|mum|mom|dad|vicar|imam|rabbi)",
)

# Contact off the platform: a messaging platform with a way to be reached there, a handle,
# or asking for or offering private contact.
# Names that are nothing but a platform ("signal", "snap" and "line" are also words).
PLATFORM_NAME = (
    r"(?:whatsapp|whats app|telegram|snapchat|instagram|insta|ig|kik|discord|facebook|fb|"
    r"tiktok|wechat|viber|skype|wickr|threema|snap|venmo|cashapp|cash app|paypal|zelle|"
    r"revolut|linkedin|reddit)"
)
PLATFORM = (
    r"(?:whatsapp|whats app|whatsap|watsapp|wa|telegram|tg|tele|signal|snapchat|snap|sc|"
    r"venmo|cashapp|cash app|paypal|zelle|revolut|"
    r"instagram|insta|ig|kik|discord|facebook|fb|messenger|tiktok|twitter|wechat|viber|skype|"
    r"line app|wickr|threema|session app|element|teams|hangouts|reddit|tumblr)"
)
CONTACT_CUE = (
    r"come (?:over )?(?:to|on|onto)|"
    r"(?:add|message|msg|text|find|follow|dm|pm|reach|contact|ping|chat with|"
    r"talk to|talk with|friend|look) me(?: up)?|hmu|hit me up|(?:my|here'?s my|here is my) "
    r"(?:handle|username|"
    r"user name|user|name|id|account|number|acc|profile|tag|page|group)|i'?m on|i am on|im on|"
    r"join (?:my|our|me)|(?:add|follow|find|message|dm|msg) (?:us|each other)|let'?s (?:talk|"
    r"chat|connect|move|continue|take this|take it)|we (?:can|could|should) (?:talk|chat|"
    r"connect)|(?:hop|move|"
    r"switch|jump) (?:over )?(?:on|to|onto)"
)
OFF_PLATFORM = compile_any(
    # Meeting away from the people who keep the group safe: "no need for the facilitator to
    # know", "just us".
    r"(?:no need|don'?t need|dont need|no reason) (?:for )?(?:the |our )?(?:facilitators?|mods?|"
    r"moderators?|hosts?|chair|admins?|group|rest of the group|others|anyone else) (?:to know|"
    r"to find out|knowing|to see)",
    r"(?:meet me|meet up|let'?s meet|lets meet|wanna meet|want to meet|come and meet|meet you)"
    r"(?: [\w']+){0,10} just (?:us|the two of us|you and me|me and you)",
    rf"(?:{CONTACT_CUE}) (?:\w+ ){{0,4}}(?:on |at |via |through |in )?{PLATFORM}",
    rf"{PLATFORM} (?:me|handle|username|user name|id|same name|same as here)",
    rf"{PLATFORM} (?:channel|group|chat|server)(?: [\w']+){{0,3}} (?:without|no) (?:the |any )?"
    r"(?:mods?|moderators?|admins?|facilitators?|rules)",
    rf"(?:my|our|here'?s my|heres my) {PLATFORM_NAME} (?:is|handle|name|username|id|account|"
    r"group)",
    rf"(?:on|at|via) {PLATFORM} (?:at|is|it'?s|as)",
    r"(?:dm|pm|inbox|whatsapp|telegram|snap|kik|msg) me",
    # A call asked for, off the platform: "give us a bell after".
    r"(?:give|gimme) (?:us|me) a (?:bell|ring|buzz|tinkle|call)(?! (?:if|when) (?:you|u) need)",
    r"(?:send|slide into|check) (?:me a |my |your )?(?:dm|dms|pm|pms|private message|inbox)",
    r"(?:take|move) (?:this|it|the chat|this chat|the conversation) to (?:dms?|pms?|private|"
    r"(?:my |the )?inbox|whatsapp|telegram|snap|insta|discord|signal)",
    rf"(?:(?:can|could|shall|should) we|we (?:can|could|should)) (?:\w+ )?(?:chat|talk|continue|"
    rf"connect|move|speak) (?:\w+ )?"
    rf"(?:on|over|via|in) {PLATFORM}",
    r"(?:private|direct) (?:message|msg|chat) me",
    r"message me (?:privately|in private|directly|on the side|separately|outside)",
    r"(?:my|here'?s my|here is my|heres my) (?:number|phone number|cell|mobile|email|"
    r"e mail|address|home address|handle|username|snap|insta|discord|contact|contact details|"
    r"details) (?:is|it'?s|if|for|below|in case|so)",
    r"(?:give|send|dm|text|pm|share|leave) (?:me|us) (?:your|ur) (?:number|email|address|"
    r"handle|phone|snap|insta|details|contact|digits|socials|whatsapp|telegram|discord|ig)",
    r"(?:what'?s|whats|what is|can i (?:get|have)|could i (?:get|have)) (?:your|ur) (?:number|"
    r"email|address|snap|insta|ig|handle|discord|socials|whatsapp|telegram|contact|digits)",
    r"(?:let'?s|lets|we (?:should|could|can)|we'?ll|we will|i'?d love to|want to|wanna) "
    r"(?:talk|chat|meet|"
    r"connect|continue this|move this|take this|catch up|hang out) (?:\w+ )?(?:privately|in "
    r"private|offline|outside (?:of )?(?:here|the group|the meeting)|elsewhere|somewhere else|"
    r"one on one|1 on 1|irl|in person|off here|off the app|off this site|alone)",
    r"(?:meet|meet up|hang out|get together) (?:\w+ ){0,3}(?:irl|in person|offline)(?: \w+){0,3} "
    r"(?:just (?:the two of us|you and me|us two)|alone|one on one|privately|without the group)",
    r"(?:meet|meet up|hang out|get together|grab (?:a )?coffee|grab a drink|get coffee|have "
    r"coffee) (?:\w+ ){0,3}(?:at my (?:place|house|flat)|alone|"
    r"one on one|just (?:the two of us|you and me))",
    r"meet (?:me|up with me) (?:irl|in person|offline|alone|privately)",
    r"(?:come|join) (?:my|our) (?:server|group chat|groupchat|channel|discord|telegram|chat "
    r"group|whatsapp group)",
    rf"(?:let'?s|lets|we can|we could|we should|shall we) (?:go|move|switch|head|jump|hop|"
    rf"continue|chat|talk) (?:over )?(?:to|on|onto|in) {PLATFORM}",
    r"(?:come|move|switch|go|head|jump) (?:over )?(?:to|on|onto) (?:my|our|the) (?:discord|"
    r"telegram|whatsapp|signal|snapchat|snap|insta|instagram|facebook|server|group chat|"
    r"groupchat|channel)(?! (?:\w+ ){0,2}(?:deleted|gone|down|broken|dead|closed))",
    r"inbox me",
    # A meeting or a group kept away from this one.
    r"(?:keep|keeping) (?:it|this) (?:off (?:here|the site|the app|the chat|this group|the group)|"
    r"between (?:us|ourselves) and off here)",
    rf"(?:{PLATFORM_NAME}|signal) (?:group|chat|gc|group chat)(?: [\w']+){{0,8}} "
    r"(?:ping|message|dm|text|msg|pm) me (?:and|&|n) (?:i'?ll|ill|i will|i can) add (?:you|u|ya)",
    r"no (?:mods|moderators|admins|chair)(?: \w+)? (?:watching|around|listening|reading|to see|"
    r"looking)",
    r"(?:meet|coffee|call|zoom|message|dm|text|chat|drink|lunch|catch up|visit|come round|come "
    r"over|host|my place|mine)(?: [\w']+){0,10} (?:no need to|don'?t|dont|do not) (?:tell|mention "
    r"it to|say anything to|let on to) (?:the group|anyone here|the mods|the others|the "
    r"moderators|the chair)",
    r"(?:hop on|jump on|do|have) (?:a )?(?:zoom|call|video call|facetime|phone call)(?: \w+){0,2} "
    r"just (?:us|you and me|the two of us|me and you)",
    r"(?:anyone|anybody|who|any of you)(?: \w+){0,2} (?:fancy|wanna|want to|up for|keen (?:to|on|"
    r"for)|like to) (?:meeting up|meet up|meet|catching up|catch up|grabbing|getting together|a "
    r"meetup|a meet up)(?! (?:here|online|on here|in the room|at the meeting|before the meeting|"
    r"after the meeting|on zoom))",
    r"(?:video call|video chat|facetime|zoom|phone call|voice call|call)(?: [\w']+){0,3} just "
    r"(?:the two of us|us two|you and me|me and you)",
    r"(?:meet|meet up|catch up|get together|hang out|coffee|cafe|pub|drinks)(?: [\w']+){0,12} "
    r"(?:not through|outside|off|away from|without) (?:of )?(?:the|this) (?:site|app|platform|"
    r"website)",
    # "id rather chat on signal, the mods read everything on here".
    rf"(?:i'?d|id|i would) rather (?:chat|talk|speak|message|text|continue) (?:on|over|via|in) "
    rf"{PLATFORM}",
    r"(?:mods?|moderators?|admins?) (?:read|see|watch|check|monitor|can see) (?:everything|all of "
    r"it|every word)",
    # "we should meet up without the group, I can pick you up after work".
    r"(?:meet|meet up|catch up|get together|hang out|go for (?:a )?(?:coffee|drink|walk)|"
    r"(?:fancy|want|wanna|grab) (?:a )?(?:coffee|drink|cuppa|brew|lunch|walk))"
    r"(?: [\w']+){0,3} (?:without|away from|outside(?: of)?) (?:the group|the others|everyone|"
    r"the mods|this group|the rest of (?:them|the group|you)|anyone else)",
    # A room of one's own elsewhere: a private call or group, just the two of us.
    r"(?:let'?s|lets|we (?:could|should|can)|wanna|want to|shall we|join|come to|i run|"
    r"i started|i made|invite you to|add you to) (?:do |have |start |make |hop on |to )?"
    r"(?:a |an |my |our )?(?:private|separate|secret|own) (?:zoom|google meet|facetime|video call|"
    r"facebook group|fb group|whatsapp group|telegram group|discord|group chat|groupchat|chat "
    r"group|server)(?! (?:\w+ ){0,2}(?:for (?:the|our) (?:committee|service)|closed|ended))",
    r"just (?:the two of us|us two|you and me)(?: \w+){0,4} (?:message|dm|text|pm|inbox) me",
    # A group of one's own elsewhere, with the way in: "i started a facebook group … search X".
    r"(?:i|we) (?:started|made|created|set up|run|opened|have|got) (?:a|an|my|our) "
    rf"(?:new |little |private )?{PLATFORM_NAME} (?:group|chat|server|page|channel)"
    r"(?: [\w']+){0,10} (?:search|join|come|add|look (?:it|us|me) up|find (?:it|us|me)|link|dm|"
    r"pm|message|inbox)",
    r"(?:on|at|via) line (?:as|at) (?!usual|always|normal|well|before|ever|long|soon|much|fast|"
    r"quickly|early|late)[a-z0-9_.]{4,}",
    rf"(?:wanna|want to|shall we|let'?s|lets|we could|could we|can we|up for a) (?:\w+ )?(?:chat|"
    rf"talk|text|message|call|video) (?:\w+ )?(?:on|over|via|in) {PLATFORM}",
    rf"(?:start|make|set up|create) (?:our|a|my) own {PLATFORM_NAME} (?:group|chat|server|page)",
    r"(?:dm|text|send|give|message|pm|email|whatsapp) (?:you|u|ya) my (?:number|email|address|"
    r"snap|insta|handle|details|contact|digits|socials|whatsapp|telegram|discord)",
    r"(?:drop|leave|post|put|share|send|dm|pm) (?:your|ur) (?:number|email|address|snap|insta|"
    r"handle|contact|details|digits|socials|whatsapp|telegram|discord|ig|numbers|emails)",
    r"(?:^|please |pls |plz |just |you can |u can |feel free to |free to |anyone can |"
    r"anybody can |can someone |someone please )(?:call|text|email|e mail|ring|phone|"
    r"facetime|message|msg) me(?! (?:crazy|old fashioned|a |an |whatever|what you|selfish|"
    r"naive|stupid|paranoid|cynical|weird|silly|sentimental|back|when|if|later|out))",
    r"(?:call|text|email|ring|phone|message|reach) me (?:on|at|anytime|any time|privately|"
    r"directly|after (?:the )?(?:meeting|this))",
    r"(?:keep|carry on|continue|go on) (?:talking|chatting|this|the chat|the conversation) "
    r"(?:\w+ )?(?:outside (?:of )?(?:here|the group|the meeting|this)|off here|elsewhere|"
    r"somewhere else|privately|in private)",
    r"(?:come|coming) (?:round|over|to) (?:mine|my (?:place|house|flat))(?: [\w']+){0,8} "
    r"(?:don'?t mention it|keep it between us|between us|our secret|don'?t tell (?:the|anyone))",
    r"(?:don'?t|do not|dont) need to (?:do|say|talk about|discuss) (?:it|this|that) (?:in )?here",
    r"(?:come|coming|meet|call|ring|dm|message|pm)(?: [\w']+){0,8} (?:things|stuff|what) i "
    r"(?:can'?t|cannot|won'?t|couldn'?t) (?:say|share|tell (?:you|u)|talk about|discuss) (?:in |on "
    r")?"
    r"here",
    r"(?:our own|a private|a separate|a proper) (?:meeting|group)(?: [\w',]+){0,4} (?:no|without "
    r"(?:the|any)) (?:moderators|mods|facilitators?|chair|admins)",
    r"(?:meet|meeting|coffee|get together|catch up)(?: [\w']+){0,6} without the (?:facilitator|"
    r"moderators?|mods|chair|admins?)",
    rf"(?:i|we) (?:run|started|made|have) (?:a|an|my|our) {PLATFORM_NAME} (?:group|chat|server)"
    r"(?: [\w']+){0,4} (?:for (?:people|those|anyone) who (?:left|quit|got banned|were banned)|"
    r"(?:much )?better support|no moderators|no mods)",
    # Away from the meeting, in secret: "come to my place instead, nobody from here needs to
    # know".
    r"(?:come|coming) (?:to|round to|over to|round|over) (?:my|mine)(?: (?:place|house|flat|gaff|"
    r"home))?(?: [\w']+){0,8} (?:nobody|no one|noone) (?:from |in |at )?(?:here|the group|this "
    r"group|the meeting)(?: [\w']+)? (?:needs|has|need|have) to know",
    # Batch 65: round to one's home after, "just you though".
    r"come (?:round|over) to (?:mine|my place|my house|my flat)(?: [\w']+){0,8} just (?:you|u|the "
    r"two of us)",
)
# Platforms named for keeping up with one's own family, and an ask taken back as a joke: the
# model's reading of them alone is set aside ("showed me how to do WhatsApp video so I can call
# my sister", "text me later? jk we can't do that here").
OFF_PLATFORM_FAMILY = compile_any(
    r"(?:jk|just kidding|just joking|lol|haha\w*)(?: [\w']+){0,3} (?:we )?(?:can'?t|cannot|"
    r"aren'?t allowed to|are not allowed to|not allowed to) do that (?:here|in here|on here)",
    r"give my (?:\w+ )?(?:sister|brother|mum|mom|mam|dad|son|daughter|nan|gran|aunt|uncle|"
    r"cousin|sponsor|friend) a (?:bell|ring|call|buzz|text)",
    r"(?:call|ring|video call|video|facetime|talk to|chat to|chat with|message|text|see|keep in "
    r"touch with) my (?:\w+ )?(?:sister|brother|mum|mom|mam|mother|dad|father|son|daughter|kids|"
    r"children|grandkids|grandchildren|grandson|granddaughter|family|husband|wife|nan|gran|"
    r"grandma|grandad|aunt|auntie|uncle|cousin|niece|nephew|sponsor|partner)",
)
OFF_PLATFORM_IDIOMS = compile_any(
    r"(?:he|she|they|he'?d|she'?d|they'?d|would|will|could|can'?t|couldn'?t|might|mum|mom|dad|"
    r"boss|ex|sponsor|husband|wife|partner|daughter|son|sister|brother|friend|doctor|nurse|"
    r"therapist|kids|people|nobody|no one|someone) (?:still |always |just |even |never |"
    r"constantly |keeps? |kept |would |will |to |finally )*(?:call|text|message|email|ring|"
    r"phone)(?:s|ed)? me",
    r"signal (?:to|that|of|for|from|me that|my|a|the|strength)",
    r"(?:my|the|her|his|a|our) sponsor'?s? (?:number|phone)",
    r"(?:didn'?t|never|won'?t|doesn'?t|wouldn'?t|stopped|used to|always|don'?t) (?:\w+ )?"
    r"(?:call|text|message|email|ring) me",
    r"(?:deleted|deleting|quit|quitting|left|leaving|off|stopped using|addicted to|scrolling|"
    r"doom scrolling|time on|hours on) (?:\w+ )?(?:instagram|insta|facebook|fb|tiktok|twitter|"
    r"snapchat|reddit|whatsapp)",
    r"meet (?:in person|irl) (?:next|this|on|at) (?:week|month|the|our) (?:meeting|group)",
    r"in person meeting",
    rf"(?:i'?m|im|i am) on {PLATFORM} (?:way |far |so |too )*(?:much|a lot|all day|too long|"
    r"constantly|every day|less|with my|talking to my|chatting with my)",
    r"my (?:email|phone|number|snap|insta|account|whatsapp|telegram|messenger|signal|discord|"
    r"facebook|fb|texts|inbox|notifications|group chat) (?:is|was|'s|has been|keeps) (?:broken|"
    r"down|not working|dead|full|hacked|playing up|acting up|blocked|locked|off|out|dying|new|"
    r"blowing up|buzzing|going off|going mad|going crazy|exploding|pinging|on silent|muted)",
)

SPAM_STRONG = compile_any(
    r"free (?:bets?|spins?|money|credit|crypto)(?: [\w']+){0,4} (?:use|enter|with) (?:my |the |"
    r"promo |bonus )?code",
    r"(?:join|buy|get in on|ape into) (?:the |our )?(?:presale|pre-sale|airdrop|ico|whitelist)",
    r"(?:recovered|recover|got back) (?:my |your |all my )?(?:lost |stolen |scammed )?(?:funds|"
    r"money|crypto|bitcoin|btc|investment)(?: [\w']+){0,6} (?:hacker\w*|recovery expert|contact "
    r"him|contact her|on telegram|on whatsapp)",
    r"(?:account|password|card)(?: [\w']+){0,4} (?:will be |has been |is )?(?:suspended|locked|"
    r"closed|deactivated|frozen|flagged|compromised|restricted|limited|on hold)(?: [\w',]+){0,4} "
    r"(?:verify|confirm|log ?in|click|update)",
    # A testimonial of money made trading, with whoever "helped".
    r"(?:i|we) (?:made|earned|make|earn|got) (?:over )?[$£€]?[\d,.]+k? (?:\w+ ){0,4}(?:trading|"
    r"investing|in crypto|with (?:bitcoin|crypto|forex)|with (?:mr|mrs|ms|dr|madam|sir) \w+|"
    r"with (?:my|a|an|this) (?:mentor|broker|account manager|trader|expert))",
    # Offered, not owed: "the payday loans" and "her payday loans" are someone's debts.
    r"(?<!the )(?<!her )(?<!his )(?<!my )(?<!our )(?<!their )(?<!your )(?:payday loans?|instant "
    r"loans?)|loans? (?:with )?no credit check",
    r"(?:no|without|without a|without any|no need for a?) (?:prescription|rx|script)",
    r"online (?:pharmacy|pharmacie|drugstore|meds)",
    r"(?:cheap|discount|discounted|selling|sell|we sell|i sell) (?:\w+ )?(?:xanax|oxy|oxycodone|"
    r"oxycontin|percocet|adderall|valium|tramadol|viagra|cialis|pills|meds|benzos|fentanyl|"
    r"codeine|ozempic|ambien|modafinil|diazepam|klonopin|hydrocodone|vicodin|lean|kratom|weed|"
    r"edibles|steroids)",
    r"buy (?:\w+ )?(?:xanax|oxy|oxycodone|percocet|adderall|valium|tramadol|viagra|cialis|"
    r"pills|meds|benzos|ozempic|ambien|modafinil|diazepam|steroids) (?:online|here|now|cheap|"
    r"fast|today|without|no)",
    r"(?:xanax|oxy|oxycodone|percocet|adderall|valium|tramadol|viagra|cialis|benzos|fentanyl|"
    r"ambien|pills|meds|weed) (?:for sale|available|in stock|no rx|without rx|delivered|"
    r"delivery|shipped|overnight|discreet shipping|at low prices|cheap)",
    r"buy (?:followers|likes|views|subscribers)",
    r"(?:get|buy|gain|grow|instant|real) (?:\w+ ){0,3}(?:followers|likes|views|subscribers) "
    r"(?:\w+ ){0,2}(?:for|from|only|at) (?:just |only )?(?:\$|£|€|usd|\d)",
    r"crypto (?:giveaway|airdrop|signals|doubler|mining|investment|opportunity|expert|profit)",
    r"(?:bitcoin|btc|usdt|eth|crypto|forex|binary options?) (?:investment|mining|trading "
    r"signals|signals|profit|profits|giveaway|doubler|opportunity|expert|mentor|platform|"
    r"account manager)",
    r"(?:double|triple|10x|multiply) your (?:money|bitcoin|crypto|investment|income|btc)",
    r"guaranteed (?:returns?|profits?|income|results|weight loss|payout)",
    r"(?:earn|make|making|earning) (?:up to )?(?:\$|£|€|usd )?\d[\d,\.]*k? (?:a|per|every|each) "
    r"(?:day|week|month|hour)",
    r"(?:work|working) from home and (?:earn|make)",
    r"passive income",
    r"(?:herbal|miracle|natural|guaranteed|spiritual|secret) (?:cure|remedy|treatment|healer|"
    r"spell|medicine)",
    r"(?:dr|doctor|prophet|priest|spell caster|pastor) \w+'?s? (?:cure|remedy|herbs|spell|"
    r"medicine|herbal)",
    r"contact (?:him|her|them) (?:on|via|through|at) (?:whatsapp|telegram|email|instagram|"
    r"facebook|signal|wechat)",
    r"get paid to (?:chat|like|watch|click|type|talk|post|share)",
    r"(?:with|use|using|via|through|click) my (?:referral|affiliate|invite) link",
    r"(?:bitcoin|crypto|forex|trading|investment|btc|this bot|the bot) (?:\w+ ){0,3}"
    r"(?:doubled|tripled|grew|multiplied|10x) my (?:savings|money|income|investment|pension)",
    r"(?:contact|message|text|reach|whatsapp|telegram) (?:mr|mrs|ms|miss|dr|sir|madam|agent|"
    r"coach|expert|manager) \w+",
    r"(?:bot|platform|app|system) (?:that )?pays me (?:daily|weekly|every day)",
    r"link in (?:my )?bio",
    r"(?:click|tap|open|visit) (?:the|my|this|on the|on my) link",
    r"(?:use|with|enter) (?:my )?(?:promo|referral|discount|coupon|invite) code",
    r"(?:limited|exclusive|special) (?:time )?(?:offer|deal|discount)",
    r"(?:dm|pm|message|inbox|contact|text|whatsapp|telegram|email) (?:me |us )?(?:now )?for "
    r"(?:details|info|information|more|prices|price|the link|a discount|orders|a quote|"
    r"rates|the menu|the plug|more info)",
    r"investment (?:platform|manager|expert|coach)",
    r"send (?:me )?(?:\$|£|€)?\d+ (?:and|&) (?:i'?ll|get|receive|you'?ll get) (?:send )?(?:back )?"
    r"(?:\$|£|€)?\d+",
    r"(?:my|an|our|the) (?:account|trading|investment) manager",
    r"sugar (?:daddy|mommy|baby)",
    r"onlyfans",
    r"free (?:gift cards?|iphones?|followers|money|crypto|bitcoin|giveaway|trial|likes|"
    r"vouchers?)",
    r"\d+ ?% (?:free|guaranteed|legit|safe|off|discount|return|returns|profit)",
    r"(?:visit|check out|go to|subscribe to|follow) (?:my|our) (?:site|website|page|store|shop|"
    r"channel|profile|blog|youtube|course|link)",
    r"(?:100|totally|completely) legit",
    r"(?:loan|loans) (?:approved|available|offer|with no)",
    r"(?:betting|casino|gambling) (?:tips|bonus|site|odds boost|signals)",
    r"(?:get|become) rich (?:quick|fast)",
    r"(?:hot |lonely |local |sexy )?singles (?:in|near|around) (?:your|you|ur)",
    r"(?:hot|sexy|lonely|horny|single|local) (?:\w+ )?(?:milfs?|girls|women|ladies|moms|mums|"
    r"guys|men|singles) (?:near|in|around) (?:you|your|ur)",
    r"(?:doubled|tripled|multiplied|x2|x10) in (?:\d+|a few|twenty four) (?:hours|hrs|h|days|"
    r"minutes|mins)",
    r"get your (?:crypto|bitcoin|money|btc|investment|cash|savings) (?:doubled|tripled|"
    r"multiplied|back)",
    r"(?:bad|poor|no) credit (?:loans?|ok|no problem|accepted|welcome)|loans? for (?:bad|poor|no) "
    r"credit|instant (?:approval|loans?|cash|payout)|approved in (?:minutes|seconds|\d+ "
    r"(?:minutes|hours|seconds))",
    r"(?:text|dm|message|pm|ask|hmu) (?:me )?for (?:the |my )?(?:menu|plug|prices|price list)|"
    r"menu available",
    r"\d+ free (?:spins|bets?|chips)|free spins",
    r"(?:\d+ ?% |deposit |sign ?up |first deposit )?welcome bonus|\d+ ?% (?:deposit )?bonus",
    r"memecoin|meme coin|(?:about to|going to|gonna|will) (?:100|1000|10)x|(?:before|till|until) "
    r"it moons",
    r"(?:pay|pays|paying|give|offer) (?:you )?\$?\d[\d,]* (?:\w+ )?(?:for every|per|for each) "
    r"(?:patient|referral|client|person|family member|addict) (?:you )?(?:refer|send|bring)",
    r"best (?:online )?(?:casino|betting site|sportsbook|slots site)(?! i | was| is| ever| in my)",
    r"(?:sell|buy|cash out|exchange|trade) (?:your |my |unused )?gift ?cards?",
    r"(?:made|earned|making|earning|make|earn) (?:over |about |like |up to )?(?:\d[\d,.]*k?|"
    r"\d+ (?:grand|thousand|k)) (?:\w+ ){0,4}(?:with|from|using|on|through) (?:this|my|an|a|the) "
    r"(?:\w+ )?(?:app|platform|bot|system|method|program|site|website|course)",
    r"(?:lose|lost) \d+ ?(?:kg|lbs|pounds) in \d+ (?:days|weeks)",
    # Batches 56 to 59: a coin's presale live now.
    r"(?:presale|pre-sale|pre sale|ico|airdrop|token sale) (?:is )?(?:live|open|now live|starts)",
    # Batches 60 to 63: love spells.
    r"(?:love|powerful|money|marriage|binding|return (?:your|ur) lover) spells?|spell ?casters?",
)
SPAM_ACTION = compile_any(
    r"dm me",
    r"(?:invest|book|enrol|enroll) (?:now|today)|book (?:your|a) (?:spot|place|call|session|seat)",
    r"thank me later|limited (?:spaces|spots|places|time|offer)|today only|while stocks last",
    r"\d+ ?% off",
    r"no credit checks?",
    r"pm me",
    r"(?:message|msg|contact|text|inbox|email) (?:me|us)",
    r"apply (?:now|today|here|online)",
    r"(?:click|tap|visit|sign up|signup|register now|subscribe|join now|order now|buy now|"
    r"act now|hurry|don'?t miss (?:out|this|it))",
    r"(?:whatsapp|telegram) (?:me|us|\+|\d)",
    r"ask me how|link (?:below|above|in (?:the )?comments)|see link|check (?:the )?link",
)
SPAM_TOPIC = compile_any(
    r"(?:singles|hookups?|hook up|dating site|xxx|webcam|cam girls|nudes|adult content|"
    r"marijuana|cannabis|thc|medical card|gift cards?|for cash|trading app|selling|for sale|"
    r"ebook|e book|course|masterclass|"
    r"crypto|bitcoin|btc|forex|usdt|invest|investment|investing|profit|profits|earn|"
    r"earning|income|pills|meds|pharmacy|followers|giveaway|cheap|discount|loan|loans|"
    r"casino|betting|offer|promo|bonus|guaranteed|returns|trading|xanax|adderall|viagra|"
    r"weight loss|rich|make money|making money|money online|\d+ ?(?:usd|dollars|k)|cbd|gummies|"
    r"supplements?|payday|coaching|programme|cure|cures|reverses?|miracle)",
)
