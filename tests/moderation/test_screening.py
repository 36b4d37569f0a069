"""The screening engine: its reading of disguised text, its detectors, the shipped rule
sets against the labelled corpus, and each group's choices."""

import os
import random
import subprocess
import sys
from datetime import timedelta

import pytest
from django.utils import timezone

from kindred.errors import Conflict, NotAllowed, ServiceError
from kindred.normalize import fold, name_key, words
from moderation import posting, rulebook
from moderation.models import AllowedTerm, AuditAction, AuditEntry, Rule, RuleSet
from moderation.screening import compile_rules, crisis_words, intent, patterns, screen
from moderation.screening.detectors import (
    email_address,
    full_name,
    local_phone_number,
    messaging_handle,
    phone_number,
    street_address,
)
from moderation.screening.model import readings
from tests.moderation.corpus.evaluate import GOAL_BATCHES, HELD_OUT, NEW_TEXT, evaluate

# --- the labelled corpus: the floors the product promises


@pytest.fixture(scope="module")
def corpus():
    return evaluate()


def _rate(result) -> float:
    hits, total, _ = result
    return hits / total


def test_corpus_is_several_hundred_sentences(corpus):
    assert sum(total for _, total, _ in corpus.values()) >= 600
    assert corpus["ordinary"][1] >= 200


def test_crisis_recall_at_least_90_percent(corpus):
    assert _rate(corpus["crisis"]) >= 0.90, corpus["crisis"][2]


def test_harassment_held_or_refused_at_least_95_percent(corpus):
    assert _rate(corpus["harassment"]) >= 0.95, corpus["harassment"][2]


@pytest.mark.parametrize("kind", ["personal_information", "off_platform", "spam"])
def test_personal_information_contact_and_spam_held_at_least_90_percent(corpus, kind):
    assert _rate(corpus[kind]) >= 0.90, corpus[kind][2]


def test_ordinary_shares_flagged_at_most_2_percent(corpus):
    assert _rate(corpus["ordinary"]) <= 0.02, corpus["ordinary"][2]


def test_corpus_includes_every_held_out_batch(corpus):
    """The held-out batches were scored untouched first (docs/moderation.md), then joined
    the corpus: the floors hold on them too."""
    sizes = {}
    for batch in HELD_OUT:
        held_out = evaluate(batch)
        sizes[batch] = sum(total for _, total, _ in held_out.values())
        for kind, (_, total, _) in held_out.items():
            assert total <= corpus[kind][1]
    assert min(sizes.values()) >= 90, sizes
    assert sum(sizes.values()) >= 800, sizes
    assert sum(total for _, total, _ in corpus.values()) >= 1346 + sum(sizes.values())


@pytest.mark.parametrize("batch", GOAL_BATCHES + NEW_TEXT)
def test_each_later_batch_meets_the_goal_on_its_own(batch):
    """Each later batch, and each batch of new text written as the issue measures, alone:
    crisis alerted 90%, harassment held or refused 95%, personal information, contact and spam
    held 90% together, ordinary shares flagged 2% at most."""
    result = evaluate(batch)
    assert result["crisis"][1] >= 30 and result["harassment"][1] >= 30
    assert result["ordinary"][1] >= 55
    assert _rate(result["crisis"]) >= 0.90, result["crisis"][2]
    assert _rate(result["harassment"]) >= 0.95, result["harassment"][2]
    kinds = ("personal_information", "off_platform", "spam")
    held = sum(result[kind][0] for kind in kinds)
    total = sum(result[kind][1] for kind in kinds)
    assert total >= 30
    assert held / total >= 0.90, [line for kind in kinds for line in result[kind][2]]
    assert _rate(result["ordinary"]) <= 0.02, result["ordinary"][2]


# --- Spanish: the same floors on its own corpus and held-out batch


@pytest.fixture(scope="module")
def spanish():
    return evaluate("spanish")


def test_spanish_corpus_covers_crisis_harassment_and_ordinary_shares(spanish):
    assert spanish["crisis"][1] >= 80
    assert spanish["harassment"][1] >= 40
    assert spanish["ordinary"][1] >= 80


def test_spanish_crisis_recall_at_least_90_percent(spanish):
    assert _rate(spanish["crisis"]) >= 0.90, spanish["crisis"][2]


def test_spanish_harassment_held_or_refused_at_least_95_percent(spanish):
    assert _rate(spanish["harassment"]) >= 0.95, spanish["harassment"][2]


def test_spanish_ordinary_shares_flagged_at_most_2_percent(spanish):
    assert _rate(spanish["ordinary"]) <= 0.02, spanish["ordinary"][2]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("me quiero morir", True),
        ("ya no quiero vivir", True),
        ("tengo las pastillas aquí", True),
        ("no quiero morir, quiero recuperarme", False),
        ("mi hermano intentó suicidarse el año pasado", False),
        ("cuando tenía 15 años quería morir", False),
        ("me muero de ganas de verte", False),
    ],
)
def test_spanish_crisis_is_first_person_and_now(text, wanted):
    assert bool(crisis_words(text)) is wanted


# --- reading disguised text


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("KILL", "kill"),
        ("\uff2b\uff29\uff2c\uff2c", "kill"),  # full-width
        ("k\u0456ll", "kill"),  # Cyrillic i
        ("\u03bfk", "ok"),  # Greek omicron
        ("k1ll", "kill"),
        ("g0 d1e", "go die"),
        ("k y s", "kys"),
        ("k.y.s", "kys"),
        ("d\u200bie", "die"),  # zero-width space
        ("I don\u2019t", "i don't"),
        ("24/7 and 2 kids", "24 7 and 2 kids"),
        ("10kg by 5pm", "10kg by 5pm"),
        ("\u043aill", "kill"),  # Cyrillic ka
        ("thinkin about killin", "thinking about killing"),
        ("out of \U0001f48a", "out of pills"),
        ("k!ll ur 5elf", "kill yourself"),
        ("c=44 t=1733330812.5", "c 44 t 1733330812 5"),
        ("\U0001f921\U0001f921 all of you", "clown clown all of you"),
        ("cheers \U0001f37a\U0001f37e", "cheers booze booze"),
        ("\u26b0\ufe0f soon", "coffin soon"),
        ("kiII yourseIf", "kill yourself"),  # capital I for l
        ("try the \U0001f309", "try the bridge"),
    ],
)
def test_words_undo_disguises(text, reading):
    assert words(fold(text))[0] == reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("kill yourse1f", "kill yourself"),  # a 1 after a vowel
        ("ki11 urself", "kill urself"),  # doubled
        ("k1ll yourse1f", "kill yourself"),  # an i and an l in one message
        ("ki|| yourse|f", "kill yourself"),
        ("k\u0456II yourseIf", "kill yourself"),  # capital I after a Cyrillic small i
    ],
)
def test_a_one_or_bar_is_read_as_an_l_too(text, reading):
    assert reading in words(fold(text))


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("d.r.i.n.k u.p", "drink up"),  # each dotted run a word
        ("g.o d.i.e", "go die"),
        ("k.y.s.", "kys"),
        ("u kno u want 2", "u know u want to"),
        ("e.g. at 9 a.m.", "eg at 9 am"),
    ],
)
def test_letters_dotted_apart_are_read_as_words(text, reading):
    assert words(fold(text))[0] == reading


def test_dotted_letters_leave_addresses_and_names_alone():
    readings = words(fold("www.kindred.example and j.smith@mail.example"))
    assert all(r.endswith(" kindred example and j smithamail example") for r in readings)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("k1ll", ("kill",)),  # after a consonant: an i only
        ("d1e", ("die",)),
        ("I left ILL and SHIELDED", ("i left ill and shielded",)),  # capitals stay letters
        ("b12 at 10:15", ("bi2 at 10 15",)),
    ],
)
def test_a_one_read_as_an_l_only_where_it_can_be(text, reading):
    assert words(fold(text)) == reading


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("kill yourse1f", True),
        ("ki11 yourse1f nobody wants you", True),
        ("k\u0456II yourseIf", True),
        ("he11 yeah, day 100 sober", False),
        ("d.r.i.n.k u.p, u kno u want 2", True),
        ("s u i c i d e is the only recovery you'll get", True),
        ("an overdose is your best option mate", True),
        ("death is the only certainty, my gran used to say", False),
        ("recovery is the only option for me now, and I'm taking it", False),
        ("fee1ing a1one but ok", False),
    ],
)
def test_harassment_disguised_or_naming_death_as_the_cure_is_held(text, held):
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome in ("hold", "block") for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Abuse reported, a dose at its usual hour, an app busy: untouched.
        ("someone in breakout room 2 called me a pathetic drunk, can a mod handle it?", False),
        ('mods, someone sent me "u r w0rthless" in a DM', False),
        ('reporting: the user happyguy keeps posting "relapse you idiots" in the chat', False),
        ("just took my evening meds, lithium and quetiapine, feeling calm", False),
        ("my WhatsApp is blowing up with family drama, muting it for the meeting", False),
        # Their unkind twins.
        ("took my evening meds all at once, goodbye everyone", True),
        ("my whatsapp is mira_22, message me there", True),
        ('lol your "job" is posting on tiktok', True),
    ],
)
def test_reports_doses_and_busy_apps_pass_and_their_twins_do_not(text, flagged):
    assert bool(screen(text, compile_rules())) is flagged


def test_letters_spaced_apart_after_short_words_join_after_them():
    assert "u r a whore" in words(fold("u r a w h o r e"))
    assert "you're a whore" in words(fold("you're a w h o r e"))
    assert words(fold("k y s"))[0] == "kys"


def test_repeated_letters_read_as_one_and_as_two():
    assert words(fold("diiie")) == ("die", "diie")
    assert "kill yourself" in words(fold("killllll yourself"))


def test_name_key_ignores_case_look_alikes_and_symbols():
    assert name_key("Mira") == name_key("M\u0456ra") == name_key("mira") == name_key("M1ra")
    assert name_key("Mira") != name_key("Maya")


# --- detectors


@pytest.mark.parametrize(
    "text",
    ["+44 7700 900123", "(212) 555-0142", "020 7946 0018", "0412 345 678", "06 12 34 56 78"],
)
def test_phone_numbers_found_in_international_and_national_forms(text):
    assert phone_number(f"call me on {text} tonight")


@pytest.mark.parametrize(
    "text", ["sober since 2019-03-14", "I was born in 1987", "2,345 days", "page 86", "12/03/2021"]
)
def test_years_dates_and_counts_are_not_phone_numbers(text):
    assert phone_number(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Meeting ID for Thursday is 884 2219 0673, passcode is the usual",
        "host here: next meeting tuesday 8pm eastern, meeting ID 662 104 8837",
        "the meeting number is 7750 1123 same as always",
        "zoom id: 812 4471 9036, passcode 0412",
    ],
)
def test_a_meeting_id_announced_is_not_a_phone_number(text):
    # Batches 202 to 217 (docs/moderation.md): hosts give a meeting's number by name.
    assert phone_number(text) is None
    assert local_phone_number(text) is None
    assert not [f for f in screen(text, compile_rules()) if f.source == "personal_information"]


def test_a_phone_number_near_a_meeting_is_still_one():
    assert phone_number("after the meeting call me on 07700 900123") == "07700 900123"
    assert phone_number("my number for the meeting is 07700 900123") == "07700 900123"


@pytest.mark.parametrize(
    "text",
    [
        "my medicaid id is 88210456B if the case worker asks",
        "my DOB is 03/14/1994",
        "DOT 2931457 in case anyone wants to check my outfit",
        "this is my dad's address, 18 maple ct, dayton oh 45402",
        "my dorm is harlan hall room 214 at ohio state",
    ],
)
def test_identity_numbers_and_lower_case_us_addresses_are_personal(text):
    # Batches 202 to 217 (docs/moderation.md, "Batches 202 to 217").
    assert street_address(text)


@pytest.mark.parametrize(
    "text",
    [
        "step 4 took me 2 years",
        "day 214 today",
        "in case 1234 people show up",
        "the meeting is room 214 in the church hall",
        "the account number thing was a scam lol",
    ],
)
def test_counts_and_rooms_are_not_identity_numbers(text):
    assert street_address(text) is None


def test_a_number_ending_a_clause_is_still_a_phone_number():
    assert phone_number("here's my cell 555-201-3344, I'm in Ohio") == "555-201-3344"
    assert phone_number("we raised 1,000,000 for the hospice") is None


def test_full_name_given_as_ones_own():
    assert full_name("I'm Jane Doe, I work at Tesco in Croydon") == "Jane Doe"
    assert full_name("my real name is Tom, don't tell anyone")
    assert full_name("Hi I'm Jane, I work at a school") is None
    assert full_name("I'm Feeling Really Down today, I work from home") is None
    # Someone else's: a full name with where they work.
    assert full_name("my boss is Dana Whitfield and she works at the Co-op on Mill Lane")
    assert full_name("my husband is Dave, he works at the garage") is None
    assert full_name("Kevin Brady, works days at the Lidl on Quay St") == "Kevin Brady"
    assert full_name("my son Jamie Cole is in year 8 at Park View Academy")
    assert full_name("the counsellor is Ruth Adams, she works at the clinic on Bell St")
    assert full_name("my name's Ana Silva and I teach science at Hillside School")


def test_handle_with_a_word_that_asks_to_be_reached():
    assert messaging_handle("hmu @jaymac_77 i'm always online") == "@jaymac_77"
    assert messaging_handle("follow me @quietfox") == "@quietfox"
    assert messaging_handle("thanks @quietfox, that helped") is None


@pytest.mark.parametrize(
    "text",
    [
        "text me later and we'll keep talking outside the meeting",
        "let's carry on this chat elsewhere",
        "wanna chat on telegram instead? easier there",
        "we should start our own whatsapp group, just us",
        "join my private discord, the chat here is too slow",
        "just you and me after the meeting ok? inbox me",
        "I'm on Line at quietriver_22",
        "we made a whatsapp group for the ones who want more, just search Sober Sundays",
        "a few of us could meet for coffee on Saturday, not through the site",
        "anyone in Leeds fancy meeting up for a walk on Sunday?",
        "let's do a video call, just you and me",
        "message me later, no mods watching there",
        "grab a coffee with me on friday, just you and me, don't tell the group",
        "come over to mine on saturday, don't mention it to the group",
    ],
)
def test_carrying_on_elsewhere_is_off_platform(text):
    assert [f.source for f in screen(text, compile_rules())] == ["off_platform"]


@pytest.mark.parametrize(
    "text",
    [
        "my sponsor and I have a private zoom call every sunday, it helps",
        "the private facebook group for the committee closed last year",
        "I stood on line as usual at the pharmacy",
        "my sister started a facebook group for her book club",
    ],
)
def test_private_calls_and_lines_told_about_are_not_off_platform(text):
    assert screen(text, compile_rules()) == []


@pytest.mark.parametrize(
    "text",
    [
        "20% first deposit bonus tonight only, link in my bio",
        "this meme coin is about to 10x, get in now",
        "our treatment centre will pay $300 per client you refer",
        "1000 real tiktok followers for just $5, check quickgrow dot com",
        "I earned $3,200 in a week trading with my mentor, message me",
        "payday loans approved in minutes, no credit check",
        "natural gummies that cure cravings, 40% off today only",
    ],
)
def test_bonuses_coins_and_paid_referrals_are_spam(text):
    assert [f.source for f in screen(text, compile_rules())] == ["spam"]


def test_emails_addresses_and_handles():
    assert email_address("write to sam@example.org")
    assert email_address("sam at gmail dot com")
    assert email_address("I met her at the meeting") is None
    assert street_address("I live at 221B Baker Street")
    assert street_address("post to SW1A 1AA")
    assert street_address("it took 2 hours down the road") is None
    assert messaging_handle("snap: bigdave99")
    assert messaging_handle("@quietfox on snapchat")
    assert messaging_handle("thanks @quietfox, that helped") is None


# --- crisis: first-person risk, not others or the past


@pytest.mark.parametrize(
    "text",
    [
        "I want to die",
        "im gonna end it tonight",
        "kms",
        "I have the pills ready",
        "this is goodbye",
        "been thinkin about killin myself",
        "ngl been wanting to die for days",
        "i'm ending it tomorrow",
        "please just let me die",
        "i have the rope out again",
        "standing on the railway line now",
        "im on the ledge of the car park and its windy",
        "swallowed everything i had at once, feel sick",
        "i think im overdosing, not calling an ambulance",
        "i keep dragging the razor across my wrist, deeper each time",
        "leaving my cat to my neighbour, she'll look after her better than i can",
        "if anybody finds this in the morning, i'm sorry",
        "I won't be at Sunday's meeting or any meetings after that",
        "if i'm not back on friday, now you know why",
        "dad, if you ever read this message, i'm sorry",
        "gave my cat to my neighbour. she's happier with her honestly",
        "last post from me. don't blame yourselves",
        "it's not a cry for help, i just wanted someone to know",
        "my final message. thank you all",
        "whats the most painless way to go, asking for me",
        "sitting on the bridge again. been here since midnight",
        "finished my letter. i love you all, sorry",
        "i've saved up enough sleeping pills and i'm ready",
        "my sh urges are back tonight",
        "took the sharpener apart again",
        "left my cat with mum. said it was only for a week",
        "i miss her too much to keep living here",
        "the plan is set, just waiting until everyone is out on friday",
        "almost stepped onto the tracks at the station this morning",
        "im after taking a handful of pills, room is spinning",
        "still have the razor on me",
        "pills and vodka tonight, that's it",
        "fed up of existing tbh",
        "no point keeping the dentist appointment, i won't be around",
        "got it all set up in the shed. need to find the courage",
        "wish i could fall asleep and never wake up",
        "sorry for what i'm going to do tonight",
        "suicidal thoughts are back and getting worse",
        "i want to do something worse to myself",
        "she says she'll drive us into the canal if I leave",
    ],
)
def test_first_person_risk(text):
    assert crisis_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "my dad died last spring",
        "this week is killing me",
        "dying to see you all",
        "I'm done with people-pleasing",
        "when my brother attempted suicide last year",
        "I used to want to die, not anymore",
        "I would never kill myself",
        "i need to cut back on sugar",
        "i'm dying with this flu",
        "my sister jokes she'll kill me if i'm late",
        "i bought a rope for the tent",
        "i'm going to stop living in fear",
        "my phone is dying, might drop off soon",
        "my boss is going to kill me if I miss this deadline",
        "mum's gonna kill me if I'm late again",
        "laptop battery about to die, back in a sec",
        "it took everything i had not to drink at the wedding",
        "I'm at the train station, see you all at 7",
        "I won't be at Thursday's meeting, I'm away with work",
        "I'm not calling anyone tonight, just an early night",
        "my dog is going to my sister's while we're on holiday",
        "if I don't show up next week, it's because of my surgery",
        "final message from me tonight, sleep well all",
        "gave my dog to my sister for the weekend, she's spoiling him",
        "my last message got held, what did I say?",
        "I'm putting my affairs in order because we're buying a house",
        "how long does it take for the bruising to fade, asking for my mum",
        "I'm at the bridge club, won't be back till late",
        "finished my letter to the council about the bins, sorry for the rant",
        "asked my neighbour to feed the cat just in case the flight is late",
        "feeling final exam nerves today",
        "i've taken all my meds for today, feeling better",
        "the plan is set for the picnic, just waiting for the rain to stop",
    ],
)
def test_others_past_and_idioms_are_not_crisis(text):
    assert crisis_words(text) == ""


def test_words_run_together_are_read_apart():
    [finding] = screen("pathetichopelessdrunk", compile_rules())
    assert (finding.source, finding.matched) == ("harassment", "pathetic … hopeless … drunk")
    for kind in ("thanksgiving was lovely", "wholeheartedly agree", "newcomerfriendly tonight"):
        assert screen(kind, compile_rules()) == [], kind


@pytest.mark.parametrize(
    "text",
    [
        "bench c=44 n=4 t=1796401996.802867",
        "user=7 seq=12 ref=ab12cd",
        "sgbma8vj28og",
        "[3:17] fhqa kzswufobeaiifmwxwihaikht",
    ],
)
def test_machine_text_is_not_held(text):
    # Ids, counters and letters nobody uses to mean anything: the content-only reading
    # knows none of their words, and "c=44" is two words, not "caa".
    assert screen(text, compile_rules()) == []


def test_numbers_weigh_by_their_shape_not_their_digits():
    # Which digits a count or a timestamp holds says nothing; read digit by digit, their
    # hashed pieces added up to a hold for one message in thirty of S6's own.
    rng = random.Random(23)
    rules = compile_rules()
    texts = [
        f"bench c={rng.randrange(1000)} n={rng.randrange(300)} t={rng.uniform(1.7e9, 1.9e9):.6f}"
        for _ in range(300)
    ]
    assert [t for t in texts if screen(t, rules)] == []


def test_the_model_sets_aside_past_risk_the_phrase_lists_read_as_now():
    text = "I was suicidal in my first year sober, the meetings got me through"
    assert crisis_words(text)  # the phrase lists alone would alert
    assert screen(text, compile_rules()) == []
    # Risk now is never set aside, whatever the phrase.
    for now in ("i want to die", "he's going to kill me if I leave", "kms tonight"):
        assert [f.source for f in screen(now, compile_rules())] == ["crisis"], now


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("my dad would say you're useless every day", False),
        ("the kids at school told my son to kys", False),
        ("he texted me kys last night and i blocked him", False),
        ("he said that to me once. you're useless", True),
        ("you're all a bunch of whining losers", True),
        ("stop talking you braindead moron", True),
    ],
)
def test_insults_told_about_are_not_insults_given(text, held):
    findings = [f for f in screen(text, compile_rules()) if f.source == "harassment"]
    assert bool(findings) == held


@pytest.mark.parametrize(
    "text",
    [
        "nobody in this group would notice if you vanished tbh",
        "bet your sponsor is sick of hearing you whine",
        "pathetic, the lot of you, crying over spilt gin",
    ],
)
def test_harassment_without_a_fixed_phrase_is_held_by_the_model(text):
    [finding] = [f for f in screen(text, compile_rules()) if f.source == "harassment"]
    assert finding.outcome == "hold" and finding.matched


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("gonna leak your address and your addiction to your church group", True),
        ("i'll email your employer about what you share in here", True),
        ("we'll post her real name on every forum", True),
        ("\U0001faa2 4 u", True),
        ("go on, carry on whining, it's funny \U0001f602", True),
        ("I'll send you my number after the meeting", False),
        ("I'm going to tell my boss about my recovery", False),
        ("keep crying if it helps, tears are allowed here", False),
        ("I bought a knife for you, the one you liked for the kitchen", False),
        ("I'll tell your sponsor you said hi", False),
        ("keep it up and i'm posting your address in here", True),
        ("i know your son's school and where your wife works", True),
        ("nobody's gonna miss u when u finally relapse", True),
        ("go on, just swallow all the pills, no one's stopping you", True),
        ("i'd bet money you're back on the bottle by spring", True),
        ("your husband must be so relieved he doesn't have to see you", True),
        ("\U0001f52a for dana", True),
        ("I know your name is Sam, welcome!", False),
        ("I bet you're back on your feet by spring", False),
        ("I bet he's back on the bottle by now, he always is", False),
        ("your kids must be so glad to have you back", False),
        ("\U0001f52a for the cake please", False),
        ("I cycle past your house every morning. Lovely roses.", True),
        ("we know which school your kids go to", True),
        ("if i ever run into you at a meeting i'll teach you a lesson", True),
        ("ur mum drank herself to death to get away from u", True),
        ("why not try the rope next time, lol", True),
        ("everyone agree Priya should be kicked? yeah", True),
        ("I drove past your old street and thought of your mum's story", False),
        ("if I ever see you at the Tuesday meeting I'll give you a hug", False),
        ("everyone agree we should move the meeting to 7?", False),
        ("my dad drank himself to death, I'm still angry at him", False),
        ("shall i tell your mum what you said in here", True),
        ("go to sleep and don't wake up", True),
        ("she'd sleep with anyone, that one", True),
        ("you look like a walking corpse lol", True),
        ("I'll be calling your pastor tomorrow", True),
        ("place a bet on yourself relapsing", True),
        ("shall i tell your sponsor you're doing well? she'd love that", False),
        ("careful, i know which road your kids live on", True),
        ("recording this and forwarding it to your boss", True),
        ("gonna tell everyone at your church what you drink", True),
        ("an overdose is ur best option", True),
        ("ur family will be better off once you're gone", True),
        ("keep crying, i'll send you to join her", True),
        ("everyone pile on dave tonight", True),
        ("bet you're back on it by the weekend", True),
        ("my kids were better off when I was gone to rehab, honestly", False),
        ("I know which road you mean, the one by the park", False),
        ("suicide is never the only option, please call someone", False),
        ("I'm calling my mum after the meeting", False),
    ],
)
def test_threats_to_expose_and_taunts(text, held):
    assert any(f.source == "harassment" for f in screen(text, compile_rules())) == held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Advances: what someone is wearing, getting them alone, company in bed.
        ("what kind of knickers are you wearing tonight", True),
        ("wanna get u alone after group 😏", True),
        ("let me show you what you're missing babe", True),
        ("i could keep you warm in bed tonight x", True),
        ("i love it when you say you're lonely", True),
        ("what colour bra should i wear to the wedding lol", False),
        ("can we get you alone for a chat after, just to check you're ok", False),
        ("your dog kept me company at night when i was sick", False),
        # A means of dying commended by what it did to someone's own.
        ("pills worked for your sister didnt they", True),
        ("the rope swing worked for my son's party", False),
        # Someone's death looked forward to.
        ("cant wait for your funeral", True),
        ("u r gonna end up dead in a ditch like ur dad, can't wait", True),
        ("my nan is in the ground 10 years now, cant wait to see her again one day", False),
        ("can't wait to see you at the meeting", False),
        # Someone's loss turned on them.
        ("your wife chose the bottle over you, that tells us all we need to know", True),
        ("says a lot about you tbh", True),
        ("my son chose drugs over me for ten years and it broke my heart", False),
        ("your dad chose the bottle over you, and that is not your fault", False),
        ("that says a lot about you in a good way", False),
        # A member's life found out and listed back to them.
        ("tracked down your fb. your husband's called Dave and you live in Leeds", True),
        ("i found your facebook page and sent a friend request x", False),
        ("i found your share about your kids so moving, thank you", False),
    ],
)
def test_advances_deaths_looked_forward_to_and_lives_found_out(text, held):
    assert any(f.source == "harassment" for f in screen(text, compile_rules())) == held


@pytest.mark.parametrize(
    ("text", "alert"),
    [
        ("everyone would be better off without me, my husband said so himself", True),
        ("the tablets in the drawer would do it and nobody's back till sunday", True),
        ("googled the highest bridge near me. i know which side", True),
        ("🔪🩸 again tonight", True),
        ("my sister said everyone would be better off without her, I'm so worried", False),
        ("the painkillers would do it for the pain, the doctor said", False),
        ("i looked up the tallest building in dubai for my son's project", False),
        ("cut my finger chopping onions, knife blood everywhere again lol", False),
    ],
)
def test_means_at_hand_a_place_chosen_and_the_speakers_own_words(text, alert):
    assert any(f.source == "crisis" for f in screen(text, compile_rules())) == alert


@pytest.mark.parametrize(
    ("text", "alert"),
    [
        ("spent all night googling ways. i think i found the one", True),
        ("nobody will hear from me after tonight. goodbye, love you all", True),
        ("researching methods for teaching my kid to read, found one that works", False),
        ("you won't see me next week, I'm on holiday! goodbye everyone, love you all", False),
        ("saying goodbye now, got to put the kids to bed, thanks everyone", False),
        ("gonna have to jump off early tonight, work in the morning", False),
    ],
)
def test_ways_settled_on_and_goodbyes_without_a_reason(text, alert):
    assert any(f.source == "crisis" for f in screen(text, compile_rules())) == alert


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("you lot are all going straight to hell", True),
        ("die die die die", True),
        ("ur sons overdose was karma tbh", True),
        ("your husband's death was a blessing with a wife like you", True),
        ("we're all going to hell for laughing at that lol", False),
        ("you're not going to hell for having a drink, be gentle with yourself", False),
        ("your mum's passing was a mercy after all that pain, I'm so sorry", False),
        ("my dad's death was a relief in the end, he was suffering", False),
    ],
)
def test_hell_wished_and_a_death_called_deserved(text, held):
    assert any(f.source == "harassment" for f in screen(text, compile_rules())) == held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("jenny's husband is Craig Mathews, he's a branch manager at Barclays", True),
        ("my husbands name is Gary Whitfield and he works at the Asda in Bootle", True),
        ("my sisters husband Mark Oduya, drives for the council in Lekki", True),
        ("Kathryn Bell-Stuart, nurse at the Fitzroy Hospital, she's his new gf", True),
        ("Jenny's husband is lovely, he's a nurse", False),
        ("Mary Anne, lovely at the Tuesday meeting as ever", False),
        ("My sister's husband is Craig, he works at the bank", False),
    ],
)
def test_someone_elses_full_name_with_their_work(text, held):
    found = [f for f in screen(text, compile_rules()) if f.source == "personal_information"]
    assert bool(found) == held


@pytest.mark.parametrize(
    "text",
    [
        "Find a group",
        "Alcohol and relapse",
        "Why are you flagging it?",
        "waiting for your answer",
        "we gamblers have to stick together",
        "addicts like us deserve recovery",
    ],
)
def test_labels_questions_and_the_communitys_words_are_not_held(text):
    # The model's harassment score holds a message only when its words beyond "you", "why"
    # and "already" lean hostile too (model.FUNCTION_WORDS), and it has learnt the members'
    # own words from kind uses of them.
    assert screen(text, compile_rules()) == []


def test_crisis_ignores_allowed_terms_and_a_group_cannot_turn_it_off():
    rules = compile_rules(outcomes={"crisis": ""}, allowed=["want to die"])
    [finding] = screen("I want to die", rules)
    assert (finding.source, finding.outcome) == ("crisis", "alert")


# --- the group's own rules, allowed terms and rule sets


def test_group_rule_matches_disguised_words(room):
    rulebook.rule_create(actor=room.moderator, group=room.group, pattern="kill", action="hold")
    held = posting.message_screen(occurrence=room.occurrence, author=room.member, body="K1LL")
    assert held.action == "hold"
    assert held.findings[0].source == "rule"


def test_harassment_held_with_a_kind_reason_and_a_review_reason(room):
    result = posting.message_screen(
        occurrence=room.occurrence, author=room.member, body="Go kill yourselves"
    )
    assert (result.action, result.code) == ("hold", "held")
    assert "harassment" in result.reason
    assert "go kill yourselves" in result.review_reason


def test_rule_set_can_block_flag_or_be_turned_off_and_is_audited(room):
    body = "you're worthless"
    rulebook.rule_set_change(
        actor=room.moderator, group=room.group, category="harassment", action="block", enabled=True
    )
    blocked = posting.message_screen(occurrence=room.occurrence, author=room.member, body=body)
    assert (blocked.action, blocked.code) == ("block", "blocked")
    assert "harassment" in blocked.reason
    rulebook.rule_set_change(
        actor=room.moderator, group=room.group, category="harassment", action="block", enabled=False
    )
    allowed = posting.message_screen(occurrence=room.occurrence, author=room.member, body=body)
    assert allowed.action == "allow" and not allowed.findings
    assert list(AuditEntry.objects.values_list("action", flat=True)) == [
        AuditAction.RULE_SET_CHANGE,
        AuditAction.RULE_SET_CHANGE,
    ]


@pytest.mark.parametrize(
    ("category", "action", "enabled", "error", "code"),
    [
        ("crisis", "alert", False, NotAllowed, "crisis_always_on"),
        ("crisis", "block", True, ServiceError, "invalid_action"),
        ("personal_information", "block", True, ServiceError, "invalid_action"),
        ("nonsense", "hold", True, ServiceError, "invalid_category"),
        ("spam", "hold", True, Conflict, "unchanged"),
    ],
)
def test_rule_set_bad_choices_refused_and_change_nothing(
    room, category, action, enabled, error, code
):
    with pytest.raises(error) as raised:
        rulebook.rule_set_change(
            actor=room.moderator,
            group=room.group,
            category=category,
            action=action,
            enabled=enabled,
        )
    assert raised.value.code == code
    assert not RuleSet.objects.exists()
    assert not AuditEntry.objects.exists()


def test_members_cannot_change_rule_sets(room):
    with pytest.raises(NotAllowed):
        rulebook.rule_set_change(
            actor=room.member, group=room.group, category="spam", action="flag", enabled=True
        )


def test_crisis_can_be_held_first_but_still_alerts(room):
    rulebook.rule_set_change(
        actor=room.moderator, group=room.group, category="crisis", action="hold", enabled=True
    )
    result = posting.message_screen(
        occurrence=room.occurrence, author=room.member, body="I want to die"
    )
    assert (result.action, result.crisis) == ("hold", True)


def test_rule_edit_and_delete_audited_and_applied(room):
    rule = rulebook.rule_create(actor=room.moderator, group=room.group, pattern="spamword")
    rulebook.rule_update(
        actor=room.moderator, rule=rule, pattern="hamword", kind="word", action="block"
    )
    assert (
        posting.message_screen(
            occurrence=room.occurrence, author=room.member, body="hamword"
        ).action
        == "block"
    )
    assert (
        posting.message_screen(
            occurrence=room.occurrence, author=room.member, body="spamword"
        ).action
        == "allow"
    )
    rulebook.rule_delete(actor=room.moderator, rule=rule)
    assert not Rule.objects.filter(group=room.group).exists()
    assert (
        posting.message_screen(
            occurrence=room.occurrence, author=room.member, body="hamword"
        ).action
        == "allow"
    )
    assert list(AuditEntry.objects.order_by("pk").values_list("action", flat=True)) == [
        AuditAction.RULE_CREATE,
        AuditAction.RULE_UPDATE,
        AuditAction.RULE_DELETE,
    ]


def test_rule_edit_bad_input_changes_nothing(room):
    rule = rulebook.rule_create(actor=room.moderator, group=room.group, pattern="spamword")
    with pytest.raises(ServiceError) as raised:
        rulebook.rule_update(
            actor=room.moderator, rule=rule, pattern="!!", kind="word", action="hold"
        )
    assert raised.value.code == "pattern_no_letters"
    with pytest.raises(ServiceError):
        rulebook.rule_update(
            actor=room.moderator, rule=rule, pattern="spamword", kind="word", action="explode"
        )
    rule.refresh_from_db()
    assert (rule.pattern, rule.action) == ("spamword", "hold")
    site = Rule.objects.create(pattern="sitewide")
    with pytest.raises(NotAllowed):
        rulebook.rule_delete(actor=room.moderator, rule=site)
    with pytest.raises(NotAllowed):
        rulebook.rule_delete(actor=room.member, rule=rule)
    assert AuditEntry.objects.count() == 1


def test_allowed_term_removed_and_rule_matches_again(room):
    rulebook.rule_create(actor=room.moderator, group=room.group, pattern="kill", action="hold")
    term = rulebook.allowed_term_add(actor=room.moderator, group=room.group, term="kill time")
    assert (
        posting.message_screen(
            occurrence=room.occurrence, author=room.member, body="we kill time"
        ).action
        == "allow"
    )
    with pytest.raises(NotAllowed):
        rulebook.allowed_term_remove(actor=room.member, term=term)
    rulebook.allowed_term_remove(actor=room.moderator, term=term)
    assert not AllowedTerm.objects.exists()
    assert (
        posting.message_screen(
            occurrence=room.occurrence, author=room.member, body="we kill time"
        ).action
        == "hold"
    )
    assert AuditEntry.objects.order_by("-pk").first().action == AuditAction.ALLOWED_TERM_REMOVE


# --- raids


def test_a_wave_of_joins_switches_the_group_to_approval_and_alerts_moderators(
    room, user_factory, events, settings, mailoutbox, django_capture_on_commit_callbacks
):
    from groups.joining import group_join
    from groups.models import JoinPolicy

    settings.KINDRED_JOIN_WAVE_COUNT = 3
    room.group.join_policy = JoinPolicy.OPEN
    room.group.save()
    # The room's own people joined long ago.
    room.group.memberships.update(joined_at=timezone.now() - timedelta(days=30))
    room.moderator2.language = "es"
    room.moderator2.save(update_fields=["language"])
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            group_join(user=user_factory(), group=room.group, accept_guidelines=True)
    room.group.refresh_from_db()
    assert room.group.join_policy == JoinPolicy.APPROVAL
    entry = AuditEntry.objects.get(action=AuditAction.JOIN_WAVE)
    assert entry.reason == "3 people joined within 10 minutes"
    told = {g for g, e in events if e.get("kind") == "join_wave"}
    assert told == {f"user.{u.pk}" for u in (room.moderator, room.moderator2, room.owner)}
    # One email each, in each moderator's language.
    mails = {m.to[0]: m for m in mailoutbox}
    assert sorted(mails) == sorted(u.email for u in (room.moderator, room.moderator2, room.owner))
    assert "many new people" in mails[room.moderator.email].subject
    spanish = mails[room.moderator2.email]
    assert "muchas personas nuevas" in spanish.subject
    assert "3 personas se unieron en 10 minutos" in spanish.body
    with pytest.raises(NotAllowed) as raised:
        group_join(user=user_factory(), group=room.group, accept_guidelines=True)
    assert raised.value.code == "approval_required"


def test_a_few_joins_change_nothing(room, user_factory, settings):
    from groups.joining import group_join
    from groups.models import JoinPolicy

    settings.KINDRED_JOIN_WAVE_COUNT = 3
    room.group.join_policy = JoinPolicy.OPEN
    room.group.save()
    room.group.memberships.update(joined_at=timezone.now() - timedelta(days=30))
    for _ in range(2):
        group_join(user=user_factory(), group=room.group, accept_guidelines=True)
    room.group.refresh_from_db()
    assert room.group.join_policy == JoinPolicy.OPEN
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize("text", ["t=1796322429.152", "66.102.7.147", "pi is 3.14159265358"])
def test_decimals_and_ip_addresses_are_not_phone_numbers(text):
    assert phone_number(text) is None


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("goodbye all, you were the only people who ever listened to me", "crisis", True),
        ("if i'm not on here next week you all know why", "crisis", True),
        ("been looking up methods all night. i know which one now", "crisis", True),
        ("new ones again tonight, couldn't stop", "crisis", True),
        ("how much would an overdose of my pills take, need to know tonight", "crisis", True),
        ("he's got his hands round my mum's throat right now what do i do", "crisis", True),
        ("if i'm not on next week you all know why, it's my daughter's wedding!", "crisis", False),
        ("\"I can't go on, I'll go on\" is on my fridge", "crisis", False),
        ("my wife says she'll kill me if i post that photo 😂", "crisis", False),
        ("we know where you park after group", "harassment", True),
        ("finish the job your overdose started", "harassment", True),
        ("u should have been the one who died", "harassment", True),
        ("do us all a favour and never come back", "harassment", True),
        ("keep crying, it's so entertaining", "harassment", True),
        ("drop dead gorgeous photo of the grandkids", "harassment", False),
        ("do us all a favour and bring biscuits next week", "harassment", False),
        (
            "made a signal group for the thursday girls, text me and i'll add you",
            "off_platform",
            True,
        ),
        ("lets keep it off here, pub saturday", "off_platform", True),
        ("keep it off here please, the rules say no selling", "off_platform", True),
    ],
)
def test_batch_31_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("hahaha you're such a drama queen, love you tho", "harassment", False),
        ("oh shut up you, you're making me blush", "harassment", False),
        ("ur a proper muppet, love ya", "harassment", False),
        ("you're such a drama queen, everyone's sick of it", "harassment", True),
        ("shut up, nobody asked you", "harassment", True),
        ("I won't bail her out of the payday loans again", "spam", False),
        ("payday loans approved in 5 minutes, apply now", "spam", True),
    ],
)
def test_teasing_with_its_warmth_said_and_debts_that_are_someones(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("mi waan dead fi real", "crisis", True),
        ("swallowed a handful of whatever was in the cupboard", "crisis", True),
        ("this is the last time i'll post. thank you all", "crisis", True),
        ("when i'm gone can someone tell the tuesday lot", "crisis", True),
        ("i'll be dead by tomorrow hopefully", "crisis", True),
        (
            "this is the last time i'll log on from the library, got wifi at home now!",
            "crisis",
            False,
        ),
        ("when I'm gone on holiday can someone feed the cat", "crisis", False),
        ("my phone will be dead by tomorrow, forgot the charger", "crisis", False),
        ("i can see when you're online. every night", "harassment", True),
        ("i always see you", "harassment", True),
        ("your son's school, good to know. noted", "harassment", True),
        ("i'd be gambling too if i had to live with you", "harassment", True),
        ("you're such a spaz", "harassment", True),
        ("I can see when you're online, lovely to have you here", "harassment", False),
        ("your daughter's school? noted, I'll send her a card for her exams", "harassment", False),
        ("i'd be drinking too if i was married to my ex lol", "harassment", False),
    ],
)
def test_batch_32_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("ending it all after tonight's meeting. love you", "crisis", True),
        ("kill myself is what i keep telling myself lately", "crisis", True),
        ("the voices keep telling me to jump", "crisis", True),
        ("don't call my sister, i've made up my mind", "crisis", True),
        ("I'm ending things with him tonight, wish me luck", "crisis", False),
        ("my mum's voice keeps saying 'do it properly' when I iron", "crisis", False),
        ("I'd stop posting if I were you", "harassment", True),
        ("secrets have a way of getting out, just saying", "harassment", True),
        ("I'd stop apologising if I were you, you've done nothing wrong", "harassment", False),
    ],
)
def test_batch_33_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("writing a goodbye note to my kids now, doing it tonight", "crisis", True),
        ("everyone said kys so many times, i'm actually gonna do it", "crisis", True),
        ("never had the courage to end it before, i finally do now", "crisis", True),
        ("writing my will this week, doing it tomorrow with the solicitor", "crisis", False),
        ("your daughter goes to Oakfield Primary doesn't she", "harassment", True),
        ("interesting that your kids go to Hillcrest", "harassment", True),
        ("you don't get to mourn her, you left", "harassment", True),
        ("wud be hilarious if u got hit by a bus lol", "harassment", True),
        ("she relapsed because of you and we all know it", "harassment", True),
        ("you were the reason he drank, everyone says so", "harassment", True),
        ("nobody can tell you you don't get to grieve him", "harassment", False),
        ("would be funny if you fell asleep during the reading lol", "harassment", False),
        ("don't ever think she relapsed because of you", "harassment", False),
        ("you were the reason he got sober, never forget that", "harassment", False),
        ("my kids go to Hillcrest too, small world", "harassment", False),
        (
            "the one calling herself Moonlight is actually Joanne Fletcher",
            "personal_information",
            True,
        ),
        ("her real name is Priya Raman and she's lovely", "personal_information", True),
        ("Bill W. is actually William Wilson, the co-founder", "personal_information", False),
        ("lets meet at the park saturday, just the two of us", "off_platform", True),
        ("no need for the mods to know, we can sort it ourselves", "off_platform", True),
        ("we met up for coffee last week, just us two, it was lovely", "off_platform", False),
    ],
)
def test_batch_35_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("wrote my goodbye letters last night and picked the day", "crisis", True),
        ("gave the cat to my neighbour. told her i'm off travelling. i'm not", "crisis", True),
        ("when i'm gone you'll see, i've already decided where", "crisis", True),
        ("made my will last month, set the date for the signing", "crisis", False),
        ("I'm not going to let resentment poison me any more", "crisis", False),
        ("everybody here should just kill themselves", "harassment", True),
        ("🔪🔪 Dave", "harassment", True),
        ("☠️☠️☠️ coming for you", "harassment", True),
        ("your dad relapsed because he couldn't stand being around you", "harassment", True),
        ("I'll read out what you told me in private, every word", "harassment", True),
        ("screenshotted all of it, sending it to your husband tonight", "harassment", True),
        ("yuh fi dead", "harassment", True),
        ("💀💀💀 I can't, stop", "harassment", False),
        ("lmao Tom you're a menace", "harassment", False),
        ("I'll tell my sponsor what you said, it really helped", "harassment", False),
        ("That's Aoife Byrne, she works at the Lidl in Tallaght", "personal_information", True),
        ("That's Ruth from Leeds, she's lovely", "personal_information", False),
    ],
)
def test_batch_36_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("if i'm not at group on friday, that's why. thank you all", "crisis", True),
        ("see ya never. the tablets are counted out", "crisis", True),
        ("once the house is quiet i'm swallowing the whole bottle", "crisis", True),
        ("took an overdose last spring, next time i'll do it properly", "crisis", True),
        ("just took most of the pills, sorry", "crisis", True),
        ("my pills are laid out in the organiser for the week", "crisis", False),
        ("I'm taking the lot to the charity shop tomorrow", "crisis", False),
        ("already took half the bottle of cough syrup and still coughing", "crisis", False),
        ("If I'm not on tomorrow's call it's because of the dentist", "crisis", False),
        ("her death is on you and you know it", "harassment", True),
        ("you drove your husband to the bottle, everyone can see it", "harassment", True),
        ("ur dad was an alcoholic and so are u", "harassment", True),
        (
            "your son's a sweetheart, spotted him outside the school gates friday",
            "harassment",
            True,
        ),
        ("His overdose is not on you, love. You did everything you could.", "harassment", False),
        ("I used to think I drove my dad to drink, I know now I didn't", "harassment", False),
        ("you didn't drive your mum to drink, she was ill long before you", "harassment", False),
        ("my mum was a drunk and so am I, that's why I'm here", "harassment", False),
        ("Saw my granddaughter at the park on Saturday, she's getting so big", "harassment", False),
        ("you're such a know-it-all, love you really x", "harassment", False),
        ("come round to mine after, nobody from the group needs to know", "off_platform", True),
        ("nobody from here needs to know your surname, that's the point", "off_platform", False),
        ("I video call my sister on WhatsApp every Sunday", "off_platform", False),
        ("cheap meds, no prescription, pi11sh0p . net", "spam", True),
    ],
)
def test_batch_37_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("cut deeper than I meant to last night, it's still bleeding a bit", "crisis", True),
        ("if a bus hit me I'd be fine with it, that's how tired I am of this", "crisis", True),
        ("she's smashing plates again, i'm hiding in the bathroom with the baby", "crisis", True),
        (
            "gave away the dog, closed my accounts. i feel so peaceful now i've decided",
            "crisis",
            True,
        ),
        ("I cut my thumb on a tin, should've got stitches honestly", "crisis", False),
        (
            "sold my car, paid off the loan, feels calm now that I've decided to retire",
            "crisis",
            False,
        ),
        ("the kids are throwing things again, toddlers eh", "crisis", False),
        ("I just want to disappear under my duvet until monday", "crisis", False),
        ("If I were you I'd just stop existing, honestly", "harassment", True),
        (
            "just have a couple of drinks and forget it, that's what you're good at",
            "harassment",
            True,
        ),
        ("na your fault say your mama dey drink", "harassment", True),
        ("👀🏠", "harassment", True),
        ("If I were you I'd stop apologising so much", "harassment", False),
        ("you're good at listening, that's what you're good at", "harassment", False),
        ("my new 🏠 is lovely, come see pics 👀", "harassment", False),
        (
            "My sister is Siobhan Kelly from Galway, works at the hospital",
            "personal_information",
            True,
        ),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "spam", True),
        ("hahahaha oh that's made my day", "spam", False),
    ],
)
def test_batch_38_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("took the whole box of my mum's sleeping pills, waiting now", "crisis", True),
        ("no point me staying alive anymore, the kids will get the insurance", "crisis", True),
        ("30 paracetamol and the diazepam, would that be enough? seriously", "crisis", True),
        ("lol what if i didn't wake up tomorrow. honestly i'd like that", "crisis", True),
        ("the dog ate the whole packet of biscuits", "crisis", False),
        ("is that enough paracetamol for the week, the box says 32", "crisis", False),
        ("I could sleep forever after that walk", "crisis", False),
        (
            "I take my insulin and my heart tablets every day now, looking after myself",
            "crisis",
            False,
        ),
        ("my brother hid the bottle again but I stayed calm", "crisis", False),
        ("your wife's drinking is your fault, you pushed her to it", "harassment", True),
        ("one drink won't hurt you, go on", "harassment", True),
        ("you'll get what's coming to you", "harassment", True),
        ("I'm the wrong person you want to mess with", "harassment", True),
        ("we could find you in an hour with what you post", "harassment", True),
        ("shall I tell your husband about the weekend", "harassment", True),
        ("I know your street, I know your car. think about it", "harassment", True),
        ("recovery this recovery that, your dad was a drunk, get over it", "harassment", True),
        ("interesting that you park on Mill Road, very interesting", "harassment", True),
        ("ur such a r e t a r d honestly", "harassment", True),
        ("one missed meeting won't hurt you, rest up", "harassment", False),
        ("I could find you a copy of the leaflet if you like", "harassment", False),
        ("should I tell my sponsor what I did at the weekend?", "harassment", False),
        ("I know the hall, I know the way, see you there", "harassment", False),
        ("my nan was ancient when she passed, I still can't get over it", "harassment", False),
        ("my husband's drinking is not your fault, you know that", "harassment", False),
        ("interesting that you work nights too, must be hard", "harassment", False),
        ("her name is Tess Adebayo, from my old school", "personal_information", True),
        ("her name is Amy, she's my sponsor", "personal_information", False),
        (
            "The meeting is at 12 Albert Road, the hall behind the library",
            "personal_information",
            False,
        ),
        ("I live at 12 Albert Road, come by", "personal_information", True),
    ],
)
def test_batch_39_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("they said they'd batter me, they're still sitting outside in the car", "crisis", True),
        ("booked a b&b for friday, paid cash. not checking out.", "crisis", True),
        ("gg everyone, logging off life", "crisis", True),
        ("scratched my legs up with the compass again", "crisis", True),
        ("the kids would be better aff wioot me", "crisis", True),
        (
            "would half a bottle of vodka with my tablets stop my heart? need to know tonight",
            "crisis",
            True,
        ),
        ("what if I just didn't go home after this. would anyone notice", "crisis", True),
        ("thank you all for everything. I've left instructions for my funeral", "crisis", True),
        (
            "booked a hotel room for one night and that's the point, a night off from the kids!",
            "crisis",
            False,
        ),
        ("what if I didn't go home for Christmas this year, would it matter?", "crisis", False),
        ("I scratched my arm on the bramble with the secateurs, ouch", "crisis", False),
        (
            "I was suicidal at 19 and couldn't imagine being 40, turned 40 on Saturday",
            "crisis",
            False,
        ),
        (
            "I'm leaving the group because life's better than it's been in years, thank you all",
            "crisis",
            False,
        ),
        ("Bye everyone, thanks for having me. Take care of yourselves.", "crisis", False),
        ("I'm putting my affairs in order, as in I finally did my tax return", "crisis", False),
        ("I might just send your boss what you told us about the debts", "harassment", True),
        ("your probation officer would be very interested in tonight's share", "harassment", True),
        ("I'm keeping a list of everything you post", "harassment", True),
        ("noticed your bedroom light was on at 3am", "harassment", True),
        ("still got your spare key", "harassment", True),
        ("drove past your mum's again this morning", "harassment", True),
        ("got a bottle of vodka with your name on it", "harassment", True),
        ("put twenty quid on the match for you", "harassment", True),
        ("your family would be so much happier without you", "harassment", True),
        ("you deserved every slap", "harassment", True),
        ("aww is the ickle drunk crying again", "harassment", True),
        ("y o u  a r e  a  l o s e r", "harassment", True),
        ("you know what happens to snitches", "harassment", True),
        (
            "you could tell your husband what you told us tonight, he might understand",
            "harassment",
            False,
        ),
        ("I still have your spare key from when I fed the cat, want it back?", "harassment", False),
        ("saw your car on the video call, is that a new one?", "harassment", False),
        (
            "there's a bottle of wine with my name on it at home and I'm not opening it",
            "harassment",
            False,
        ),
        ("you deserve every bit of this happiness", "harassment", False),
        ("Ha, Steve, you and your dad jokes again, I'll kill you", "harassment", False),
        (
            "I know what time you finish work hun, I'll pick you up in this rain",
            "harassment",
            False,
        ),
        ("My lad's at St Joseph's Primary, Mrs Kelly's class", "personal_information", True),
        ("Tom's daughter goes to St Brigid's National School", "personal_information", True),
        ("I work at the Co-op on Mill Road, come say hi", "personal_information", True),
        ("that's Jane Mary Stone, the one who shares about her son", "personal_information", True),
        ("My lad's at St Joseph's now, he loves it", "personal_information", False),
        ("Postcode for the hall is on the leaflet", "personal_information", False),
        ("The venue's postcode is BT7 1NN, the community centre", "personal_information", False),
        ("come round mine friday, keep it between us", "off_platform", True),
        ("BEST ODDS BEST ODDS at luckyspin dot win", "spam", True),
    ],
)
def test_batch_40_and_41_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("does the multistorey on king st have cctv? asking for no reason", "crisis", True),
        ("anyone want my dog? I won't be able to walk him after sunday", "crisis", True),
        ("does life insurance pay out if it was an accident? asking properly", "crisis", True),
        ("bought a rifle this morning. not for hunting", "crisis", True),
        ("gonna get enough tonight to never wake up", "crisis", True),
        ("tired of being here", "crisis", True),
        ("i keep running the bath and thinking about staying under", "crisis", True),
        ("is it bad that i'm looking forward to dying", "crisis", True),
        (
            "my ex is outside saying he'll torch the house down, he's still out there",
            "crisis",
            True,
        ),
        ("wrote cards for all of you, you'll get them after", "crisis", True),
        ("I'm gonna be dead on my feet tomorrow, night shift", "crisis", False),
        ("lol my sponsor is gonna kill me when she hears I skipped my reading", "crisis", False),
        ("I won't be able to feed her after Friday because I'm in hospital", "crisis", False),
        ("the baby's asleep, quiet enough to not wake up the house", "crisis", False),
        ("just a reminder the bookies opens at 9 😉 go on", "harassment", True),
        ("there's a lovely high bridge near your work, just saying", "harassment", True),
        ("it'd be easier for everyone if you just didn't wake up", "harassment", True),
        ("her blood is on your hands", "harassment", True),
        ("I'll make sure your wife finds out", "harassment", True),
        ("you should have a pint tonight, you've earned it", "harassment", True),
        ("you might want to check your locks tonight", "harassment", True),
        ("your recovery is a joke", "harassment", True),
        ("I hope the cancer comes back", "harassment", True),
        ("good job she's dead, she'd be ashamed of you", "harassment", True),
        ("someone should squash you", "harassment", True),
        ("her blood is not on your hands, you did everything you could", "harassment", False),
        ("the pub opens at 11 and I'll be at the meeting instead", "harassment", False),
        ("I'd have said you'll be back on it by friday, now look at me", "harassment", False),
        ("Her real name is Ann Marie Doyle, she posts as Skylark", "personal_information", True),
        ("my little girl goes to Hillside Primary, pick up is 3.15", "personal_information", True),
        ("I'm in the 60614 zip, anyone nearby?", "personal_information", True),
        (
            "Is the meeting room at 221 Hope Street accessible? My mum uses a chair",
            "personal_information",
            False,
        ),
        ("our meeting is at my house, 221 oak avenue, come by", "personal_information", True),
        ("Sarah's house is next to the church at 14 Oak Street", "personal_information", True),
        ("The meeting room at 12 Hope Street is up the ramp", "personal_information", False),
        ("come over Saturday, I'll tell you things I can't say here", "off_platform", True),
        ("i'll give you a ring when i've got the dates for the retreat", "off_platform", False),
    ],
)
def test_batch_42_and_43_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        (
            "do paracetamol actually work or do you just suffer, need to know tonight",
            "crisis",
            True,
        ),
        ("how far down is the river from the bridge. asking for masel", "crisis", True),
        ("if i stop replying can someone check on my cat", "crisis", True),
        ("what's the easiest way to not wake up", "crisis", True),
        ("cant do this anymore", "crisis", True),
        ("lol can't wait to be dead", "crisis", True),
        ("been holding the blade for an hour now", "crisis", True),
        ("I can't do this diet anymore, pass the biscuits", "crisis", False),
        ("The kids are going to be the death of me this half term", "crisis", False),
        ("I spent years wishing I was dead. Now I want to live.", "crisis", False),
        ("share your notes or I'll tell everyone about your affair", "harassment", True),
        ("got a free bet for you, go on, you know you want to", "harassment", True),
        ("been driving past your house every night", "harassment", True),
        ("you'll regret talking to me like that", "harassment", True),
        ("why don't you just do it, you've been talking about it for months", "harassment", True),
        ("you blocked me so i made a new account", "harassment", True),
        ("funny that you think anyone here would miss you", "harassment", True),
        ("Fancy a cuppa? go on, you know you want to", "harassment", False),
        ("you'll regret skipping the chips, they're amazing", "harassment", False),
        (
            "I teach year 6 at Oakfield Primary, come find me at the fair",
            "personal_information",
            True,
        ),
        ("zip's 90210", "personal_information", True),
        ("come to mine, our own meeting, no mods", "off_platform", True),
        ("I run a WhatsApp group for people who left this group", "off_platform", True),
        ("Gonna give my sister a bell after this", "off_platform", False),
        ("your account will be suspended, verify at secure-login[.]com", "spam", True),
        ("Text WIN to 80085 for lucky numbers", "spam", True),
    ],
)
def test_batch_44_and_45_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("can someone feed my dog if anything happens to me", "crisis", True),
        ("told my sister who gets the cat. that was the last thing on my list", "crisis", True),
        ("what's the lethal dose of citalopram, just curious", "crisis", True),
        ("can you od on tramadol, i've got three boxes", "crisis", True),
        ("my plan is sorted, i just need to get through sunday", "crisis", True),
        ("he's at the back door now kicking it in, the kids are upstairs", "crisis", True),
        ("we're locked in the bathroom, he has a knife, please help", "crisis", True),
        ("bought rope this morning. not for the garden", "crisis", True),
        ("can someone mind my dog if anything happens to me at the surgery", "crisis", False),
        ("the end of the month can't come soon enough, payday is Friday", "crisis", False),
        ("the orchid from the funeral is somehow still alive", "crisis", False),
        ("just do it then, stop going on about it", "harassment", True),
        ("your kind always end up back on the drink", "harassment", True),
        ("we'd all be relieved if you didn't come next week", "harassment", True),
        ("your depression is just laziness", "harassment", True),
        ("a couple of drinks never hurt anyone, you're so boring sober", "harassment", True),
        ("you won't like it when I stop being nice", "harassment", True),
        ("cancer suits you, hope it spreads", "harassment", True),
        ("I'd be glad to read your obituary", "harassment", True),
        ("I've saved everything you ever wrote in here", "harassment", True),
        ("the kindest thing you could do is disappear", "harassment", True),
        ("answer me or I'll turn up at your work again", "harassment", True),
        ("you are the most insufferable person in this group", "harassment", True),
        ("more d*ke drama", "harassment", True),
        ("your kind words got me through the week", "harassment", False),
        ("I'd love to read your poem at the next meeting", "harassment", False),
        ("grief sneaks up on you in the supermarket, doesn't it", "harassment", False),
        ("Our Amy's at Hillside Primary, Year 2, Mrs Patel's class", "personal_information", True),
        ("I'm Jo Kemp, nurse on ward 4 at St Mary's, come say hello", "personal_information", True),
        ("I work at the Co-op on Mill Road, ask for Dee", "personal_information", True),
        ("Our Amy's loving Year 2", "personal_information", False),
        ("free spins tonight, use my code LUCKY", "spam", True),
    ],
)
def test_batch_46_and_47_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("honestly drowning seems the easiest way now", "crisis", True),
        ("tested the rafter in the garage, it will hold my weight", "crisis", True),
        ("the dressing gown cord is already round the banister", "crisis", True),
        ("blades are out again, 2 years clean gone", "crisis", True),
        ("got 30 of my mum's sleeping pills on me, going for a drive", "crisis", True),
        ("handed my watch to my brother, he has no idea why", "crisis", True),
        ("rehoming the cat with my aunt, told her it's for a holiday", "crisis", True),
        ("can't stop thinking about the train that thunders past the garden", "crisis", True),
        ("how far does a fall have to be to make sure", "crisis", True),
        ("the hosepipe is in the garage, just need to pick the day", "crisis", True),
        ("took all my tablets. im sorry", "crisis", True),
        ("hanging the washing out seems easiest in the morning", "crisis", False),
        ("checked the beam in the loft, the builder says it's sound", "crisis", False),
        ("my belt's on the hook by the door", "crisis", False),
        ("the razor's out again for the beard trim", "crisis", False),
        ("handed my watch to my brother, he'd always wanted it", "crisis", False),
        ("I keep thinking about the train journey to see my nan", "crisis", False),
        ("took my tablets, sorry I was late logging on", "crisis", False),
        ("bless your little heart, you actually believe that works", "harassment", True),
        ("you lot should go back where you came from", "harassment", True),
        ("friendly reminder that nobody here actually wants you", "harassment", True),
        ("you're clearly too dense to be helped", "harassment", True),
        ("you're not depressed, you're just lazy", "harassment", True),
        ("nobody asked", "harassment", True),
        ("everybody wave hello to the man who gambled his kids' savings", "harassment", True),
        ("bet what your boss would say if I sent her a screenshot", "harassment", True),
        ("new account but I'd still recognise you anywhere", "harassment", True),
        ("your daughter probably drinks because of you", "harassment", True),
        ("I'm watching you closely", "harassment", True),
        ("watching u 👀 always", "harassment", True),
        ("bless your heart, you really thought of everyone tonight", "harassment", False),
        ("I had to go back where I came from for the funeral", "harassment", False),
        ("nobody wants you to feel alone in this", "harassment", False),
        ("you're too kind to me", "harassment", False),
        ("nobody asked me how I was for years", "harassment", False),
        ("everyone say hi to the woman who just joined", "harassment", False),
        ("what would your mum say if you told her how you feel", "harassment", False),
        ("you worry your son used because of you, but it isn't true", "harassment", False),
        ("loved watching you grow this year", "harassment", False),
        ("Kev works lates at the Asda on Ferry Drive", "personal_information", True),
        (
            "my daughter goes to Oakwood Secondary, come say hi at the fair",
            "personal_information",
            True,
        ),
        (
            "I work at the Central Library on Elm Street if anyone wants to visit me",
            "personal_information",
            True,
        ),
        ("my daughter loves her secondary school", "personal_information", False),
        ("fancy a coffee without the others some time?", "off_platform", True),
        (
            "your card has been restricted, confirm your details at help-desk-secure.net",
            "spam",
            True,
        ),
    ],
)
def test_batch_48_and_49_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("drinking myself to death right now, third bottle", "crisis", True),
        ("got some rope yesterday. draw your own conclusions", "crisis", True),
        ("noose is in the garage. tested it this morning", "crisis", True),
        ("the voices keep telling me to kill myself", "crisis", True),
        ("already swallowed the first handful", "crisis", True),
        ("picked up two packs of blades just for tonight", "crisis", True),
        ("I might just step in front of a lorry on the way home", "crisis", True),
        ("want to disappear for good", "crisis", True),
        ("someone please feed my cat. i'm done", "crisis", True),
        ("spent all night reading about painless ways. found one", "crisis", True),
        ("ready to join my son. i know how he did it and i could do the same", "crisis", True),
        ("he choked me again and said it'll be worse tonight", "crisis", True),
        ("gave away my bike and my records, told everyone i was downsizing", "crisis", True),
        ("bored to death in this waiting room", "crisis", False),
        ("got a new rope for the tent, tested it this morning", "crisis", False),
        ("reading about painless ways to get my cat to take her tablets", "crisis", False),
        ("i'm starving, going to make dinner before the meeting", "crisis", False),
        ("she'll drink herself into the grave and I can't stop her", "crisis", False),
        ("nobody in this group would even come to your funeral", "harassment", True),
        ("hope your house burns with you still in it", "harassment", True),
        ("get back on the bookies, it's all you're good for", "harassment", True),
        ("must be exhausting being this thick", "harassment", True),
        (
            "your husband would be very interested to hear about your little slip",
            "harassment",
            True,
        ),
        ("one phone call from me and you lose the kids", "harassment", True),
        ("I know more than you think about you", "harassment", True),
        ("saved your address from when you shared that photo", "harassment", True),
        ("you're so irritating, shut up", "harassment", True),
        ("do us all a favour and just relapse", "harassment", True),
        ("word of advice: the cliff at Beachy Head is quiet on weekdays", "harassment", True),
        ("my wife would love to hear how well the group is going", "harassment", False),
        ("you're so annoying, shut up ily", "harassment", False),
        ("do us all a favour and bring the biscuits", "harassment", False),
        ("get back on the horse, you can do this", "harassment", False),
        (
            "my son goes to St Mark's primary on Hill Road, he's in year 3",
            "personal_information",
            True,
        ),
        (
            "she works at the Spar on the corner of Main St, ask for Aoife",
            "personal_information",
            True,
        ),
        ("his son goes to Westfield Academy, year 9", "personal_information", True),
        ("his son goes to school nearby", "personal_information", False),
    ],
)
def test_batch_50_and_51_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("drowning is starting to look like the answer", "crisis", True),
        ("thinking about stepping in front of the 6:15", "crisis", True),
        ("wrote my will, the cat goes to my neighbour. strangely calm about it", "crisis", True),
        ("giving my medals to my grandson so he has something to remember me", "crisis", True),
        ("please don't ring the police, I just wanted someone to know before I go", "crisis", True),
        ("going to mix my sleepers with the gin and drift off", "crisis", True),
        ("I won't see the morning and I'm at peace", "crisis", True),
        ("god forgive me, I'm ready to go", "crisis", True),
        ("gave away all my records. everyone keeps asking why", "crisis", True),
        ("practised tying one last night. just in case", "crisis", True),
        ("this is it tonight. don't try to stop me", "crisis", True),
        ("my stepdad punched me again and said it gets worse tonight", "crisis", True),
        ("never mix methadone with vodka, it nearly killed my brother", "crisis", False),
        ("knitted a scarf for my niece so she has something made by me", "crisis", False),
        ("got the flu, voice gone, just reading tonight", "crisis", False),
        ("cut myself shaving when I was 14, I'm 40 now and laugh about it", "crisis", False),
        ("I'd be embarrassed to be you", "harassment", True),
        ("the wrong one died that night", "harassment", True),
        ("should have been you under that bus", "harassment", True),
        ("your sister was the lucky one", "harassment", True),
        ("saw your facebook, cute kids. what school does your son go to", "harassment", True),
        ("man up or log off", "harassment", True),
        ("no one signed up to listen to you crying every week", "harassment", True),
        ("I'll be waiting by the car park after. you know where", "harassment", True),
        ("I always know when you're online", "harassment", True),
        ("you're the type of person who drives people to drink", "harassment", True),
        ("bet you drank again at the weekend", "harassment", True),
        ("remember me? still watching", "harassment", True),
        ("no shame in starting again", "harassment", False),
        ("what school is she at now? hope she's settling in", "harassment", False),
        (
            "my daughter goes to st marys primary, mrs okafor's class",
            "personal_information",
            True,
        ),
        ("she works weekends at the Tesco on Mill Lane", "personal_information", True),
        ("I'd rather talk on WhatsApp, the mods see everything here", "off_platform", True),
    ],
)
def test_batch_52_and_53_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("paid for a cabin till Monday. no one will find me til then", "crisis", True),
        ("one more night and then I'm free", "crisis", True),
        ("no more anything", "crisis", True),
        ("looked up how many it takes. I know now", "crisis", True),
        ("the baby is young enough to forget me", "crisis", True),
        ("I just want it all to be over", "crisis", True),
        ("drafted my own obituary tonight", "crisis", True),
        ("he left a bag behind. thinking of taking the lot", "crisis", True),
        ("the 3rd. that's when. the day he died", "crisis", True),
        ("can someone take my dog. i'm serious", "crisis", True),
        ("he's screaming he'll set fire to the flat with us inside", "crisis", True),
        ("researching how much it takes to run a half marathon", "crisis", False),
        ("I just want it over with, this exam is killing me", "crisis", False),
        ("one more sleep and then I'm free of the cast!", "crisis", False),
        ("can someone take my dog next weekend? serious question", "crisis", False),
        ("he used to threaten to burn the house down with me in it", "crisis", False),
        ("I'll be waiting at the bus stop after. we need to talk", "harassment", True),
        ("I'm right outside, come out", "harassment", True),
        ("I'll make sure your husband finds out", "harassment", True),
        ("calling you tonight whether you like it or not", "harassment", True),
        ("the mods are useless and so are you", "harassment", True),
        ("who are you gonna guilt trip today", "harassment", True),
        ("if you'd been a better mother he'd still be alive", "harassment", True),
        ("if you stopped whining your kids might talk to you", "harassment", True),
        ("you'll regret posting that", "harassment", True),
        ("wish it had been you instead of your sister", "harassment", True),
        ("this place was lovely till you crawled in", "harassment", True),
        ("nobody would stop you", "harassment", True),
        ("been checking your last seen all night", "harassment", True),
        ("ya lying bitch", "harassment", True),
        ("life's a bitch sometimes", "harassment", False),
        ("I'll regret skipping the gym tomorrow", "harassment", False),
        ("got your number from the phone list, ok if I text?", "harassment", False),
        ("my brother joked he'd kill me if I was late again", "harassment", False),
        ("Dave works days at the Spar on Leith Walk", "personal_information", True),
        ("her son's at Hillcrest High, year 10", "personal_information", True),
        ("our Tom goes to St Paul's primary in Leeds", "personal_information", True),
        ("his school is Westfield Academy", "personal_information", True),
        ("I'm a porter on Ward 3 at the General, come find me", "personal_information", True),
        ("join the presale now before it moons", "spam", True),
        ("recovered my lost crypto with a hacker on telegram, contact him", "spam", True),
    ],
)
def test_batch_54_and_55_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("after tonight I won't be a problem for anyone", "crisis", True),
        ("tonight is the night I stop being a burden on everyone", "crisis", True),
        ("tonight's the night I stop being a doormat for my family", "crisis", False),
        ("I know exactly how many it would take and I have them here", "crisis", True),
        (
            "I'm a nurse, I know exactly how much paracetamol is safe, so I keep it locked away",
            "crisis",
            False,
        ),
        ("texted my sister goodbye and blocked her number", "crisis", True),
        ("said goodbye to my sponsor today, she's moving to Leeds", "crisis", False),
        ("I owe so much, my life insurance will cover it once I'm gone", "crisis", True),
        (
            "my life insurance covers the mortgage, my wife and I sorted it out years ago",
            "crisis",
            False,
        ),
        ("necked the whole bottle and all my pills an hour ago", "crisis", True),
        ("drank the whole bottle of water and took my meds on time today", "crisis", False),
        ("if I'm not here next week you'll know why", "crisis", True),
        ("if I'm not here next week it's because I'm on holiday in Spain", "crisis", False),
        ("such a burden to everyone. tonight I'll end it", "crisis", True),
        (
            "I felt like a burden for years. tonight I'll share how I got through it",
            "crisis",
            False,
        ),
        (
            "kill myself is what my head keeps screaming and I'm beginning to believe it",
            "crisis",
            True,
        ),
        (
            "my head keeps telling me I'm not good enough and I'm starting to believe otherwise",
            "crisis",
            False,
        ),
        ("if I'm not on next time, don't worry, I'll finally be with my wife", "crisis", True),
        (
            "if I'm not on next week don't worry, I'll be with my family for christmas",
            "crisis",
            False,
        ),
        ("my stepdad came at me with a bottle, I'm locked in the bathroom", "crisis", True),
        ("he came at me with a knife eleven years ago, I left him that week", "crisis", False),
        ("he's pointing the gun at us right now", "crisis", True),
        ("my son is pointing his toy gun at the cat again lol", "crisis", False),
        ("dad punched my brother and he's coming for me now", "crisis", True),
        ("he kicked the front door in, I'm hiding in the loft", "crisis", True),
        ("the wind blew the back door open, I'm in the loft sorting boxes", "crisis", False),
        (
            "I took screenshots of all your posts and I'm sending them to your boss",
            "harassment",
            True,
        ),
        ("took a screenshot of the meeting times to send to my sister", "harassment", False),
        ("this guy's ex told me some secrets about him, want to hear them?", "harassment", True),
        ("my sponsor told me stories about her early days, so inspiring", "harassment", False),
        ("thought you should all know what kind of mother she is", "harassment", True),
        ("I want my kids to know what kind of parent I am now", "harassment", False),
        ("that woman is actually Jane Smith from the bakery, look her up", "harassment", True),
        ("my sponsor wrote a great book, look her up", "harassment", False),
        ("I know you changed your email, I'm gonna find it", "harassment", True),
        ("I know you changed your number, can you text me the new one", "harassment", False),
        ("I'd check your windows tonight if I were you", "harassment", True),
        ("I'd lock my doors at night if I lived there, says my mum", "harassment", False),
        ("remember what happened last time you posted about me", "harassment", True),
        ("I remember what happened last time I drank, never again", "harassment", False),
        ("I'll keep making accounts until she quits", "harassment", True),
        ("I'll keep coming back until I get it, that's what they say", "harassment", False),
        ("you remembered it wrong because you were wasted", "harassment", True),
        (
            "I remembered it wrong because I was drunk, my sister set me straight",
            "harassment",
            False,
        ),
        ("you're just imagining things again", "harassment", True),
        ("my ex used to say I was imagining things again", "harassment", False),
        ("nobody here finds you funny", "harassment", True),
        ("I got that advice from a stupid man I used to date, never again", "harassment", False),
        ("30 days clean? see ya down the bookies", "harassment", True),
        ("30 days clean and I won't see you at the pub again, old mates", "harassment", False),
        ("your dad's overdose makes so much sense now that I've met you", "harassment", True),
        (
            "my dad's drinking makes sense now that I've learned about his childhood",
            "harassment",
            False,
        ),
        ("it's sad how little anyone cares about your feelings here", "harassment", True),
        ("it's amazing how much everyone cares about each other here", "harassment", False),
        ("your kids will grow up just like you", "harassment", True),
        ("my kids will grow up knowing their mum got well", "harassment", False),
        ("you made your bed, lie in it", "harassment", True),
        (
            "Mom would say, you made your bed now lie in it, whenever anything went wrong",
            "harassment",
            False,
        ),
        ("I made my bed and I'm lying in it, but I'm changing the sheets", "harassment", False),
        ("your sobriety is just an act", "harassment", True),
        ("my sobriety is not an act, it's a daily choice", "harassment", False),
        ("not everyone gets a medal for showing up, sweetheart", "harassment", True),
        ("you deserve a medal for showing up today", "harassment", False),
        ("immigrants like you are ruining this group", "harassment", True),
        ("people like you are exactly why I keep coming back", "harassment", False),
        ("this is why your husband walked out", "harassment", True),
        ("this is why my husband walked out, I see it now", "harassment", False),
        ("why are we letting that drunk share", "harassment", True),
        ("almost as brave as walking out on your family", "harassment", True),
        ("she was so brave walking out of that house with the kids", "harassment", False),
        ("get yourself a new husband and move on", "harassment", True),
        ("my friend said I should get a new hobby and move on", "harassment", False),
        ("you lot are just pathetic wankers", "harassment", True),
        ("you lot are just the best, love you", "harassment", False),
        ("dogecoin presale is live, get in early", "spam", True),
        ("I read about a presale scam on the news, be careful", "spam", False),
        ("my daughter is in year 3 at Oakfield Primary", "personal_information", True),
        ("my daughter is in year 3 now and loving it", "personal_information", False),
        ("my son goes to Hillside Academy", "personal_information", True),
        ("my son goes to high school next year", "personal_information", False),
        ("my husband works nights at the Asda on Mill Road", "personal_information", True),
        ("my husband works nights now, it's hard on the kids", "personal_information", False),
        (
            "I'm at Greenfield College on Mondays if anyone wants to meet",
            "personal_information",
            True,
        ),
        (
            "I'm at the meeting on Tuesday nights too, love that group",
            "personal_information",
            False,
        ),
    ],
)
def test_batch_56_to_59_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("sh relapse tonight after 40 days, my leg is a mess", "crisis", True),
        ("my last sh relapse was two years ago and I'm proud of that", "crisis", False),
        ("idw2live anymore", "crisis", True),
        ("idw2 go to work tomorrow lol", "crisis", False),
        ("sui thoughts really loud tonight", "crisis", True),
        ("my sui thoughts were loud last year, therapy helped so much", "crisis", False),
        ("how much of it is lethal, I need to know tonight", "crisis", True),
        ("how much chocolate is lethal for a dog? she ate a bar, vet says fine", "crisis", False),
        ("I don't see myself being here by next week", "crisis", True),
        (
            "I don't see myself being here by next week, we're moving to Leeds on Friday",
            "crisis",
            False,
        ),
        ("been saving up my tablets for weeks, nearly enough now", "crisis", True),
        ("been saving up for a holiday for weeks, nearly enough now", "crisis", False),
        ("God gave me more than I can handle. I'm handing it back tonight", "crisis", True),
        (
            "that's more than I can handle, I'm handing it back to the shop tomorrow",
            "crisis",
            False,
        ),
        ("at the bridge. don't know why I'm telling you", "crisis", True),
        ("at the bridge club tonight, love it", "crisis", False),
        ("done pretending. hope my kids can forgive me", "crisis", True),
        ("done pretending I'm fine, told my sponsor everything today", "crisis", False),
        ("he's outside my door threatening to kick it down", "crisis", True),
        ("he was outside my door threatening to kick it down, years ago, I moved", "crisis", False),
        ("she beats him because he deserves it", "harassment", True),
        ("he hit me because I wound him up, that's what I used to believe", "harassment", False),
        ("you'll never make it past 30 days", "harassment", True),
        ("I thought I'd never make it to 30 days, and here I am", "harassment", False),
        ("you'll never make it alone, that's why we have each other", "harassment", False),
        ("let me tell you all about Jo's affair since she won't", "harassment", True),
        ("let me tell you all about my first meeting, I was terrified", "harassment", False),
        ("Dave was arrested for assault in 2018, google him", "harassment", True),
        ("I was arrested for drink driving in 2019, it changed everything", "harassment", False),
        ("she's lying about her sobriety", "harassment", True),
        ("I was lying about my sobriety for years", "harassment", False),
        ("you changed your username but I can still spot you", "harassment", True),
        ("I changed my username because of my ex, hope that's ok", "harassment", False),
        ("did mummy not love you enough", "harassment", True),
        ("my mum didn't love me enough, I see that now", "harassment", False),
        ("you are too much for everyone here", "harassment", True),
        ("this week was too much for everyone, be gentle with yourselves", "harassment", False),
        ("sit down and listen for once", "harassment", True),
        ("I had to sit down and listen to my body today", "harassment", False),
        ("lovely story, shame none of it is true", "harassment", True),
        ("go on, finish the job properly", "harassment", True),
        ("I'm going to finish the job at work this week, then holidays", "harassment", False),
        ("your kind isn't welcome here", "harassment", True),
        ("go back to your mosque", "harassment", True),
        ("I went back to church this week, felt good", "harassment", False),
        ("muslims shouldn't be allowed in meetings", "harassment", True),
        ("let's all mute Gary, he's a nutter", "harassment", True),
        ("let's all mute our phones for the reading please", "harassment", False),
        ("oi fatso get off the mic", "harassment", True),
        ("bloody idiot, you know nothing about grief", "harassment", True),
        ("I knew nothing about recovery when I came in", "harassment", False),
        ("you should be locked up", "harassment", True),
        ("he should be locked up for what he did to me", "harassment", False),
        ("every time you talk I want to scream, just shut it", "harassment", True),
        ("the window was open so I just shut it", "harassment", False),
        ("powerful love spell, results in 24 hours", "spam", True),
        ("I felt under a spell for years in that marriage", "spam", False),
        ("my son is at Oakwood High if anyone else goes there", "personal_information", True),
        (
            "Jen works at the Co-op on the high street, if you want to catch her",
            "personal_information",
            True,
        ),
        ("Jen works at the Co-op now, she loves it", "personal_information", False),
    ],
)
def test_batch_60_to_63_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        ("I don't think I'll be here for next week's meeting", "crisis", True),
        (
            "I don't think I'll be here for next week's meeting, I'm on nights all week",
            "crisis",
            False,
        ),
        ("I know exactly what would do it and I've brought it home", "crisis", True),
        ("I know exactly what would do it for my back, brought a heat pad home", "crisis", False),
        ("my family will be relieved, they don't know it yet", "crisis", True),
        ("my family will be relieved, I finally told them I'm 90 days sober", "crisis", False),
        ("goodbye all. you tried. it's not your fault", "crisis", True),
        ("bye all, see you next week, don't forget it's not your fault", "crisis", False),
        ("been planning it for two weeks. friday", "crisis", True),
        ("been planning it for two weeks, the surprise party is friday", "crisis", False),
        ("wish this illness would take me. might help it along", "crisis", True),
        ("my ex is parked outside again and texting he can see me", "crisis", True),
        ("my mum's parked outside, she can see me waving, gotta go", "crisis", False),
        ("they let the immigrants in here now, unbelievable", "harassment", True),
        ("we let the newcomers share first tonight, lovely", "harassment", False),
        ("the gays always make it about themselves", "harassment", True),
        ("my gay friends always make me laugh", "harassment", False),
        ("of course the Polish one's the alcoholic", "harassment", True),
        ("you lot from leeds are all drunks", "harassment", True),
        ("funny how she found time to get her nails done", "harassment", True),
        ("funny how I found time to knit once I stopped drinking", "harassment", False),
        ("your grief is getting really tedious", "harassment", True),
        ("my grief is getting lighter every month", "harassment", False),
        ("look at the mess you've become", "harassment", True),
        ("look at the mess my kitchen has become", "harassment", False),
        ("there's a reason none of my kids call me, and I'm making amends", "harassment", False),
        ("we'll talk about your little posts when you get home", "harassment", True),
        ("you'll be dead in a ditch by spring", "harassment", True),
        ("I thought I'd be dead in a ditch by now, grateful I'm not", "harassment", False),
        ("let me guess, another excuse", "harassment", True),
        ("let me guess, another rainy weekend", "harassment", False),
        ("he overdosed because he wanted to get away from you", "harassment", True),
        ("people like you are why these groups have a bad name", "harassment", True),
        ("people like you are why this group works", "harassment", False),
        ("I know people where you live", "harassment", True),
        ("how do you not see you're the problem", "harassment", True),
        (
            "my family act like you're the problem when you stop covering for them",
            "harassment",
            False,
        ),
        ("who raised you", "harassment", True),
        ("you deserve everything he did to you", "harassment", True),
        ("you didn't deserve what he did to you", "harassment", False),
        ("come round to mine after, just the two of us", "off_platform", True),
        ("come round to mine for the group bbq sunday, everyone welcome", "off_platform", False),
        ("he's at Carter Haulage, extension 214", "personal_information", True),
        ("our meeting room is 214, second floor", "personal_information", False),
        ("Mary from tuesday lives on Elm Street, number 9", "personal_information", True),
        ("Mary from tuesday lives on a farm now", "personal_information", False),
    ],
)
def test_batch_64_and_65_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        (
            "my dad has me locked in the shed and says he'll make me pay, I can't get out",
            "crisis",
            True,
        ),
        ("the flu has me pinned to the sofa, can't move lol", "crisis", False),
        ("he had me pinned against the wall for years and I couldn't get out", "crisis", False),
        ("All my things have been given away. Last message from me, thank you all", "crisis", True),
        (
            "Everything I own is given away to charity before the move. Last share from me tonight",
            "crisis",
            False,
        ),
        ("deleted my browser history and then wrote my note", "crisis", True),
        ("updated my will and cleaned out the garage, big life admin week", "crisis", False),
        ("I'm going to keep coming back, it's the only plan I need", "crisis", False),
        ("I can't hear anyone, is it just me?", "crisis", False),
        ("can we all just ignore him until he gets the hint", "harassment", True),
        ("I ignore my mum's texts until she calms down", "harassment", False),
        ("you'll be back on the bottle by christmas", "harassment", True),
        ("they said I'd be drinking again by christmas and I'm not", "harassment", False),
        ("sober again? want a gold star?", "harassment", True),
        ("you deserve a medal for getting through that week", "harassment", False),
        ("it only took you what, nine relapses", "harassment", True),
        ("it took me six tries to get 30 days and I'm proud", "harassment", False),
        ("love watching her pretend to be clean every week", "harassment", True),
        ("I was pretending to be sober for months before I told anyone", "harassment", False),
        ("remember when you were puking in the car park? classic", "harassment", True),
        ("remember when I was passed out at my own birthday, never again", "harassment", False),
        ("the meeting is so much nicer when you're muted", "harassment", True),
        ("the meeting feels so much better when you're here", "harassment", False),
        ("well spoken for someone from your estate", "harassment", True),
        ("you're well spoken, have you done radio?", "harassment", False),
        ("all the refugees come here and cause trouble", "harassment", True),
        ("all the newcomers come here nervous, it's normal", "harassment", False),
        ("asian people always bringing their family drama in here", "harassment", True),
        ("asian people in my town run a lovely recovery cafe", "harassment", False),
        ("husbands here are all the same, liars", "harassment", True),
        ("the women in this group are all so kind", "harassment", False),
        ("your mum died so she didn't have to watch you fail", "harassment", True),
        ("my mum died before she could see me get sober", "harassment", False),
        ("your sister's better off dead than living with you", "harassment", True),
        ("it wasn't even a real loss, get over it", "harassment", True),
        ("my mother-in-law said it wasn't even a real baby, it broke me", "harassment", False),
        ("think about the tablets in your drawer, you know what to do", "harassment", True),
        ("if the cravings come, you know what to do, call your sponsor", "harassment", False),
        ("grab a bottle of gin and a long sleep in the car", "harassment", True),
        ("my cat loves a long nap in the garage", "harassment", False),
        ("your wife had the right idea leaving you", "harassment", True),
        ("my wife had the right idea leaving the party early", "harassment", False),
        ("people who relapse deserve to lose their kids", "harassment", True),
        (
            "I used to think people who drink deserve to suffer, now I know it's an illness",
            "harassment",
            False,
        ),
        ("if you block me I'll find you", "harassment", True),
        ("I'll make sure you're not alone this Christmas", "harassment", False),
        ("might be dropping by your place tonight 🙂", "harassment", True),
        ("dropping by my sister's place tonight for tea", "harassment", False),
        ("funny her thinking anyone wants to hear that", "harassment", True),
        ("tell Jo to go bet her wages on the horses", "harassment", True),
        ("I told my sponsor I used to bet my wages", "harassment", False),
        ("you're easily the most tiresome person here", "harassment", True),
        ("you're the most patient sponsor I've had", "harassment", False),
        ("you are so insufferable", "harassment", True),
        ("you are not insufferable, you're hurting", "harassment", False),
        ("gonna go cry in the shower and then make dinner", "harassment", False),
        ("My ex is Paul, 38, and he drives me up the wall", "personal_information", False),
        ("My ex is Paul Green, 38, drives for Royal Mail in Leeds", "personal_information", True),
        (
            "My ex is the reason I started coming here, he drives me mad still",
            "personal_information",
            False,
        ),
        ("we live next to the chippy on Park Road, come by", "personal_information", True),
        ("I live above a bakery now, the smell is amazing", "personal_information", False),
        ("Recovering addict, 90 days, still eating too much chocolate", "harassment", False),
        ("you're a pathetic addict, 90 days means nothing", "harassment", True),
        ("I used to want to die, and now I'm here and grateful", "crisis", False),
        ("I used to want to die and now I'm here with the pills", "crisis", True),
        ("I'm only on tonight to say goodbye before I go", "crisis", True),
        ("just on to say thanks before I go to bed", "crisis", False),
        (
            "the men are outside our house right now saying they'll batter whoever opens the door",
            "crisis",
            True,
        ),
        ("my mates are outside right now saying they'll get the drinks in", "crisis", False),
        (
            "dad locks me in and hits me, he's drinking again and I can hear him on the stairs",
            "crisis",
            True,
        ),
        ("my mum's drinking again and I can hear her singing downstairs, ugh", "crisis", False),
        ("goodbye group, you guys were the only ones who listened", "crisis", True),
        (
            "goodbye for now, you were the only ones who cared enough to ask, see you next week",
            "crisis",
            False,
        ),
        ("my phone's on 2% so sorry if I disappear mid share", "crisis", False),
        ("my mum's heart gave out in March and I still can't believe it", "crisis", False),
        ("asian men are always the ones starting fights in here", "harassment", True),
        ("if I were you I'd have overdosed years ago", "harassment", True),
        ("if I were you I'd have called the police", "harassment", False),
        ("immigrants and their sob stories, every week", "harassment", True),
        ("keep drinking, maybe you'll get it right this time", "harassment", True),
        ("keep cutting back on the sugar, you'll get it right eventually", "harassment", False),
        ("thanks for proving that stupidity runs in families", "harassment", True),
        ("my counsellor says addiction runs in the family", "harassment", False),
        (
            "been going through your facebook, your little house with the blue door is sweet",
            "harassment",
            True,
        ),
        (
            "I've been watching your Instagram stories about the allotment, lovely",
            "harassment",
            False,
        ),
        ("the git gambled our holiday money again", "harassment", False),
        (
            "It's Anna Kowalski from the chemist on Queen Street, say hi",
            "personal_information",
            True,
        ),
        ("It's Anna, from the chemist group, hi all", "personal_information", False),
        ("Come by, 12 Rue Victor Hugo, second floor", "personal_information", True),
        ("the meeting hall is at 12 Rue Victor Hugo", "personal_information", False),
        ("I'm at Rua Augusta 45, Lisboa, pop in", "personal_information", True),
        ("we walked down the Rua Augusta on holiday, gorgeous", "personal_information", False),
    ],
)
def test_batch_66_to_71_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        # Batches 74 to 77: harassment, each with a kind twin.
        ("couldn't stay sober a fortnight and preaching at us. adorable", "harassment", True),
        (
            "I couldn't stay sober a fortnight at first either, be gentle with you",
            "harassment",
            False,
        ),
        ("two weeks in and already think you're a guru, cute", "harassment", True),
        ("two weeks in and I already think the steps are working", "harassment", False),
        ("you'd better watch your mouth, I know the area", "harassment", True),
        ("I'd watch what you say around him, he's fragile this week", "harassment", False),
        ("hoe", "harassment", True),
        ("ur such a hoe", "harassment", True),
        ("bought a new hoe for the allotment, sobriety hobby", "harassment", False),
        ("send me nudes or everyone hears about the money", "harassment", True),
        ("send me the link to the reading please", "harassment", False),
        ("I'll stop telling people about you when you pay up", "harassment", True),
        ("I stopped telling people about my drinking, it was easier", "harassment", False),
        ("dead baby jokes feel right after your share lol", "harassment", True),
        ("someone told a dead baby joke at work and I had to leave the room", "harassment", False),
        ("you'll be joining your mum soon enough at this rate", "harassment", True),
        ("you'll be joining your sister soon, how exciting", "harassment", False),
        ("great plan, which you'll never do", "harassment", True),
        ("it's something you'll never do alone again, we're here", "harassment", False),
        ("your secret is safe with me. for now", "harassment", True),
        ("your secret is safe with me, always", "harassment", False),
        ("your dad died so he didn't have to listen to you", "harassment", True),
        ("my dad died before he could hear I got sober", "harassment", False),
        ("come down the pub tonight, first round's on me", "harassment", True),
        ("coffee after the meeting? first round's on me", "harassment", False),
        ("you won't see a month, we all know it", "harassment", True),
        ("you won't see a year go by without hard days, and that's ok", "harassment", False),
        ("people like you never change", "harassment", True),
        ("people like you never give up, it's inspiring", "harassment", False),
        ("saw your house on Elm last night, nice curtains, just saying hi", "harassment", True),
        ("saw your post on the board, just saying hi", "harassment", False),
        ("some folk aren't worth staying sober for. you're one of them", "harassment", True),
        ("shame none of it was true, lovely story though", "harassment", True),
        ("shame none of it's on the website yet", "harassment", False),
        ("I know what you did. so will everyone soon", "harassment", True),
        ("not everyone is meant to survive their grief, just saying", "harassment", True),
        ("not everyone gets through grief the same way", "harassment", False),
        ("sweet dreams. I'll be outside thinking about you all night", "harassment", True),
        ("sweet dreams everyone, see you thursday", "harassment", False),
        ("if I were in your shoes I'd have jumped by now", "harassment", True),
        ("if I were in your shoes I'd have called my sponsor too", "harassment", False),
        ("all the p*kis should get their own group", "harassment", True),
        ("addiction can go to hell, it took my dad", "harassment", False),
        ("I wish this disease would just drop dead", "harassment", False),
        (
            "self-deprecating joke incoming: I'm a professional at ruining birthdays",
            "harassment",
            False,
        ),
        # Crisis and danger at home.
        ("wrote my letters. one for my dad and one for the kids", "crisis", True),
        ("wrote my amends letters, one for my dad and one for my ex", "crisis", False),
        ("tied a cord over the door earlier, been staring at it", "crisis", True),
        ("hung my coat on the door and stared at the rain", "crisis", False),
        ("still carry a razor in my bag. used it today at lunch", "crisis", True),
        ("signing off for good. thank you all", "crisis", True),
        ("signing off for tonight, thank you all", "crisis", False),
        ("tonight's the night I stop feeling anything", "crisis", True),
        ("tonight's the night I stop being a doormat", "crisis", False),
        ("if I'm not around next month it's because I did it", "crisis", True),
        ("said goodbye to my mum. she thinks it's just a holiday", "crisis", True),
        ("said goodbye to my mum at the airport, she's off to spain", "crisis", False),
        ("🔫 that's how I feel tonight", "crisis", True),
        ("my head keeps telling me to end it and tonight I'm listening", "crisis", True),
        ("about to walk in front of a bus after this, whatever", "crisis", True),
        ("just so someone knows why. bye everyone", "crisis", True),
        ("got the shotgun in the truck. not sure I'm driving home", "crisis", True),
        ("dad hits me when he's drunk, he's drunk now and mum's at work", "crisis", True),
        ("dad used to hit me when he drank. he's sober now", "crisis", False),
        ("he took my phone and he's outside the door, help", "crisis", True),
        ("help he's strangling my sister", "crisis", True),
        ("he's choking on his words every time the boss asks", "crisis", False),
        # Personal information and contact.
        ("send it to 4 Main Street, Cork T12 K8N2", "personal_information", True),
        ("the film was rated D14 in the old system", "personal_information", False),
        (
            "my sister in law Rita Byrne, nurse at Beaumont Hospital, drinks on shift",
            "personal_information",
            True,
        ),
        (
            "The man stalking me is Paul Grady, night manager at the Aldi in Leith",
            "personal_information",
            True,
        ),
        (
            "Tara Quinn from the Boots pharmacy on Grafton Street is my neighbour",
            "personal_information",
            True,
        ),
        (
            "the night manager at my work has been kind about my meetings",
            "personal_information",
            False,
        ),
        ("come over to telegram, fewer rules there", "off_platform", True),
        ("come over to the Saturday meeting, it's lovely", "off_platform", False),
    ],
)
def test_batch_74_to_77_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "source", "found"),
    [
        # Batches 78 to 81: harassment, each with a kind twin.
        ("two years on and still moaning about your dad? move on", "harassment", True),
        ("two years on and I'm still crying about my dad, is that normal?", "harassment", False),
        ("she's not coming back, get over it", "harassment", True),
        ("she's not coming back and I'm learning to live with that", "harassment", False),
        ("we'd love to see you relapse, honestly", "harassment", True),
        ("we'd love to see you at the picnic on sunday", "harassment", False),
        ("he's in the ground because he couldn't stop drinking, face it", "harassment", True),
        ("if I was your daughter I'd have cut you off years ago", "harassment", True),
        ("if I was your daughter I'd be so proud of you", "harassment", False),
        ("touch yourself thinking about me tonight", "harassment", True),
        ("touch base with yourself before you share, it helps", "harassment", False),
        ("dying to see what's under your dress", "harassment", True),
        ("dying to see what's under the tree this year", "harassment", False),
        ("you're better at lying than at staying sober", "harassment", True),
        ("you're better at this than you think", "harassment", False),
        ("take the entire packet and see if anybody notices", "harassment", True),
        ("take the whole packet back to the chemist, they'll swap it", "harassment", False),
        ("I kept the screenshots. be nice or they go to your boss", "harassment", True),
        ("some of us know the truth and we'll post it", "harassment", True),
        ("some of us know the truth about grief and we'll share it gently", "harassment", True),
        ("she looked so happy to be gone from you", "harassment", True),
        ("she looked so happy at the wedding", "harassment", False),
        ("three months crying over a cat? grow up", "harassment", True),
        ("three months crying over a cat and I'm not ashamed", "harassment", False),
        ("I see why your wife left", "harassment", True),
        ("I see why my wife left, I was never home", "harassment", False),
        ("k*s. do it", "harassment", True),
        ("starving seems to work for you, keep going", "harassment", True),
        ("journaling seems to work for you, keep going", "harassment", False),
        ("I'll tell your boss everything you've shared", "harassment", True),
        ("you could tell your pastor what you've shared here, might help", "harassment", False),
        ("you'll be dead in two years anyway", "harassment", True),
        ("you'll be dead tired after the night shift", "harassment", False),
        ("how are the kidneys? not long left I reckon", "harassment", True),
        ("condolences to your dealer, he's lost his best customer", "harassment", True),
        ("condolences to your family, he was a lovely man", "harassment", False),
        ("grieving for six months over your hamster is getting a bit much", "harassment", True),
        # Set aside: the addiction sworn at, cruelty remembered, idioms.
        ("screw you booze, you stole my thirties", "harassment", False),
        ("fuck you gambling addict", "harassment", True),
        ("'you're useless' - I can still hear it, decades on", "harassment", False),
        ("I'd sooner eat glass than go to that party", "harassment", False),
        ("did anyone's wifi just die?", "harassment", False),
        ("a slip is not a dirty word in here", "harassment", False),
        # Cruelty quoted in single quotes and reported; the same words said to someone.
        ("'You'll end up dead in a ditch', that's what my dad told me", "harassment", False),
        ("'you're a waste of space' he said to me every night", "harassment", False),
        ("'you're a waste of space' Ash, that's you", "harassment", True),
        ("you're a waste of space, that's what I think of you Ash", "harassment", True),
        # Crisis and danger.
        ("been stockpiling my oxy for weeks, I have enough now", "crisis", True),
        ("been saving my pocket money for weeks, I have enough now", "crisis", False),
        ("dying would be easier than telling my wife about the loans", "crisis", True),
        ("dying of embarrassment would be easier than this meeting lol", "crisis", False),
        ("the pills under the bed keep calling me", "crisis", True),
        ("thinking about turning the gun on myself tonight", "crisis", True),
        ("got a motel room so no one finds me", "crisis", True),
        ("got a motel room so no one wakes me before noon", "crisis", False),
        ("I'm going to be with my son tonight. I miss him too much", "crisis", True),
        ("I'm going to be with my son tonight at his recital", "crisis", False),
        ("he's threatening to shoot me, I'm in the bathroom", "crisis", True),
        ("he used to threaten to shoot me when he drank", "crisis", False),
        # Where this round's phrases stop: kind twins of their looser readings.
        ("bought a hoe for the allotment, cheap hoe but it works", "harassment", False),
        ("I'll stop telling people I'm fine when I'm not", "harassment", False),
        ("that's something you'll never have to face alone", "harassment", False),
        ("you won't make the birthday party if you don't leave now", "harassment", False),
        ("can't stand dead baby jokes, you know?", "harassment", False),
        ("I'm getting better, and so will everyone else soon", "harassment", False),
        ("send me the photos by friday or they go to the printer late", "harassment", False),
        ("my dad's heart is giving up, not long now the nurses say", "harassment", False),
        ("couldn't stay sober at first either, bless you for trying", "harassment", False),
        ("gambling addicts can go to hell", "harassment", True),
        ("fuck you coke head", "harassment", True),
        ("I'm going to be with my daughter today, she's had the baby!", "crisis", False),
        ("my husband's at the pub, I'm going to join him tonight", "crisis", False),
        ("today is the day I do it, I'm telling my boss I quit", "crisis", False),
        ("might run into traffic on the way, may be late", "crisis", False),
        ("my head keeps telling me to rest and today I'm listening", "crisis", False),
        ("tonight's the night. love you all. goodbye", "crisis", True),
        ("wanted to tell someone before I go to bed, love you all", "crisis", False),
        ("bought a new razor for my legs, used it today, so smooth", "crisis", False),
        ("saving up for the end, I have enough pills now", "crisis", True),
        ("needed to say it to someone before I go. love you all", "crisis", True),
        ("the zoom waiting room kicked me out twice, anyone know why?", "crisis", False),
        ("I remember wanting to end it when the house went. I'm still here.", "crisis", False),
        # Personal information and contact.
        ("text my hp 8123 4567 after the meeting", "personal_information", True),
        ("the meeting id is 8123 4567 on the usual page", "personal_information", False),
        (
            "It's Gemma Hart, I work evenings at the Co-op on Mill Lane",
            "personal_information",
            True,
        ),
        ("Dev Patel from reception at Northgate Clinic, hello all", "personal_information", True),
        ("Amy Lowe, art teacher at Hillside Academy, that's me", "personal_information", True),
        (
            "my cousin, Ola Nowak, drives for Uber in Leeds and drinks on shift",
            "personal_information",
            True,
        ),
        ("started a whatsapp group without the mods, message me", "off_platform", True),
    ],
)
def test_batch_78_to_81_families(text, source, found):
    assert any(f.source == source for f in screen(text, compile_rules())) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Harm urged in the imperative (intent.URGED), each with a kind twin or the same
        # words said of oneself, which are crisis language and must not be held.
        ("step in front of a bus, the lot of you", True),
        ("step off the bus a stop early and walk, it helps", False),
        ("go walk into the river Dan", True),
        ("we used to walk into the river every summer", False),
        ("might just walk into the river tonight", False),
        ("jump off a multistorey already", True),
        ("gonna go jump off a multistorey tonight", False),
        ("ill go jump off the bridge tonight", False),
        ("might go jump off the cliff later", False),
        ("pls swallow the whole packet of paracetamol this time", True),
        ("take the whole packet back to the chemist", False),
        ("please take all your meds as prescribed, Ken", False),
        ("pls take all the time you need", False),
        ("swallow em all 💊", True),
        ("swallow your pride and ring your sister", False),
        ("tie a noose and get on with it", True),
        ("drink till your liver gives out", True),
        ("he used to say drink till you drop, now he's sober", False),
        ("go commit sudoku", True),
        ("commit to the bit lol", False),
        # Violence wished or promised (intent.VIOLENCE).
        ("hope you get stabbed on the way home", True),
        ("hope you get shot of that cold soon", False),
        ("hope you get your flu jab sorted", False),
        ("someone should shoot the lot of you", True),
        ("someone should shoot you a message about the rota", False),
        ("you should have been drowned at birth", True),
        ("you should be put down as the emergency contact", False),
        ("I'd happily kick your head in", True),
        ("I'd knock your socks off at bingo", False),
        ("catch u outside w a bat", True),
        ("catch you later with a coffee", False),
        ("you lot should be locked in a shed and left to rot", True),
        ("this whole meeting is a bunch of snivelling maggots", True),
        ("this whole meeting is a bunch of legends", False),
        # Small capitals and a misspelt "yourself".
        ("\u1d0b\u028fs", True),
        ("kil urslef", True),
    ],
)
def test_harm_urged_and_violence_families(text, found):
    findings = screen(text, compile_rules())
    assert any(f.source == "harassment" for f in findings) == found


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Death wished or told as deserved (intent.DEATH_TOLD), and more ways urged
        # (intent.URGED); each with a kind twin, or the same means said of oneself, which is
        # crisis language and must not be held.
        ("hope u bleed out", True),
        ("hope you bleed less after the stitches come out", False),
        ("may your kidneys fail slowly", True),
        ("may your kidney transplant go smoothly", False),
        ("your days are numbered mate", True),
        ("my days of drinking are numbered, thank god", False),
        ("the only recovery you need is six feet under", True),
        ("you'll be six feet under if you keep drinking like this, please get help", False),
        ("see you in the obituaries Duncan", True),
        ("see you in the morning Duncan", False),
        ("uninstall yourself from life", True),
        ("alt f4 your life", True),
        ("you can remove yourself from the rota anytime", False),
        ("whose gonna kill themselves first in this group", True),
        ("the whole lot of you should be lined up and shot", True),
        ("someone should break Kai's fingers so he can't type", True),
        ("you'll break your neck in those heels, be careful", False),
        ("if i ever see you in person you're getting stabbed", True),
        ("you're getting shot of him at last, good for you", False),
        ("hope your new year is your last", True),
        ("wait till i catch you outside the church hall", True),
        ("catch you after the meeting", False),
        ("\U0001f17a\U0001f188\U0001f182", True),
        ("kyfs", True),
        ("an hero it Danny", True),
        ("go sleep forever", True),
        ("I just want to sleep forever", False),
        ("eat lead lol", True),
        ("I could eat a horse", False),
        ("lay down on the train tracks and have a nap", True),
        ("sat on the train and had a nap, bliss", False),
        ("take a nap in the garage with the car running", True),
        ("sitting in the garage with the engine running", False),
        ("go for a swim with rocks in your pockets", True),
        ("go for a swim, it clears your head", False),
        ("cut deeper lol", True),
        ("cut deeper than usual last night", False),
        ("go self harm in the corner", True),
        ("self harm was my first addiction", False),
        ("just swing from a tree", True),
        ("my kids swing from the tree in the garden all day", False),
        ("hang the lanterns from the ceiling with fishing line, looks great", False),
        ("I'm coming for you tomorrow, be ready at 7", False),
        ("I'm coming for you tomorrow", False),
        ("im coming for you Sam", True),
        ("the only thing you need is a box of tissues", False),
        ("get a knife and finish chopping the onions", False),
        ("walk along the railway line to the station, it's quicker", False),
        ("may your heart never stop singing", False),
        ("you should all be rounded up for a group photo", False),
        ("they left him to drink himself to death", False),
        ("hope this year is your last one in that awful job", False),
    ],
)
def test_death_wished_and_more_ways_urged(text, held):
    # The kind twins are read by the phrase lists and the composed reading alone: the model
    # still holds three of them ("six feet under if you keep drinking", "break your neck in
    # those heels", "go for a swim, it clears your head"), known false positives in
    # docs/moderation.md, "Batches 94 to 97".
    findings = _held_or_not_read_as_harassment(text, held)
    if not held and ("garage" in text or "sleep forever" in text):
        assert any(f.source == "crisis" for f in findings)


def _held_or_not_read_as_harassment(text, held):
    """Asserts that ``text`` is held, or (a kind twin) that neither the phrase lists nor the
    composed reading take it for harassment; returns its findings."""
    findings = screen(text, compile_rules())
    if held:
        assert any(f.source == "harassment" and f.outcome == "hold" for f in findings)
        return findings
    for reading in readings(text):
        assert not patterns.HARASSMENT.search(reading), reading
        assert not intent.urged(reading), reading
    return findings


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Death wished in hints (intent.DEATH_HINTED), each beside a kind twin in the same
        # words (docs/moderation.md, "Batches 106 to 109").
        ("oxygen thief, the lot of you", True),
        ("the oxygen mask dropped and I panicked", False),
        ("shame you're still breathing tbh", True),
        ("still breathing, still sober, still here", False),
        ("worried you'll survive the night lol", True),
        ("I'm scared you'll make it worse if you call him", False),
        ("people like you shouldn't be allowed to breathe", True),
        ("just breathe, you're safe here", False),
        ("may god take you tonight", True),
        ("pray the lord calls you home soon", True),
        ("God take care of you tonight", False),
        ("may God carry you through this", False),
        ("can't wait for your funeral", True),
        ("can't wait for your wedding photos", False),
        ("I'll dance on your grave", True),
        ("saving the date for your wake", True),
        ("your dad's funeral was beautiful, Ama", False),
        ("headstone picked out for you already", True),
        ("someone send him a rope for christmas", True),
        ("got a rope swing put up for the kids", False),
        ("hope the next bottle finishes you off", True),
        ("hope the rest does you good", False),
        ("hope a bus flattens you", True),
        ("hope the train gets you home safe", False),
        ("your kids would be better off without you", True),
        ("your kids are so much better off with you sober", False),
        ("sorry it wasn't you", True),
        ("I wish it wasn't you going through this", False),
        ("shame the paramedics got there in time", True),
        ("go feed the worms", True),
        ("hope your liver gives out soon", True),
        ("hope your heart stops racing soon", False),
        ("get well never", True),
        ("get well soon", False),
        ("i'd hold the pillow", True),
        ("hold the pillow under your knees", False),
    ],
)
def test_death_hinted_and_its_kind_twins(text, held):
    _held_or_not_read_as_harassment(text, held)


@pytest.mark.parametrize(
    "text",
    [
        # One's own despair in the same words is crisis language: alerted, never held.
        "I don't deserve to live",
        "i shouldn't be allowed to live after what i did",
        "sometimes i just want to stop breathing",
    ],
)
def test_death_hinted_about_oneself_is_not_held(text):
    findings = screen(text, compile_rules())
    assert not any(f.source == "harassment" for f in findings)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Warm words that hostile messages also use: surprise, a laugh given credit, an idiom,
        # someone else's words reported (patterns.HARASSMENT_IDIOMS, intent.REPORTING).
        ("shut up, you got the job?! that's brilliant", False),
        ("shut up, nobody cares how amazing your life is", True),
        ("shut up and take the compliment, you're doing great", False),
        ("you're a joke, in the best way, never change", False),
        ("you're a joke, everyone's laughing at you", True),
        ("you're a joke, i laughed at you not with you", True),
        ("she looked drop dead perfect in that dress", False),
        ("drop dead, the lot of you", True),
        ('my ex would text "hope you die alone" at 3am. blocked now', False),
    ],
)
def test_warm_words_that_hostile_messages_also_use(text, held):
    findings = screen(text, compile_rules())
    assert any(f.source == "harassment" and f.outcome == "hold" for f in findings) == held


def test_a_worker_loads_the_model_before_it_takes_sockets():
    # Loaded on the first message instead, the model stalled a fresh worker's rooms just as
    # a restart's reconnects arrived.
    code = (
        "import kindred.asgi\n"
        "from moderation.screening import model\n"
        "print(model.shipped.cache_info().currsize)\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "kindred.settings"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "1"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # A last meeting said in other words, and being away for a while.
        ("won't be at tuesday's meeting. or any meeting after. thank you all", True),
        ("not coming to group next week, or ever. look after each other", True),
        ("I will not come on Thursday. Also not on other meetings.", True),
        ("won't be at tuesday's meeting or the week after, I'm in Spain", False),
        ("not coming to group next week or any week after until my shifts change", False),
        # The means, and what they are not for.
        ("got a rope from the hardware shop. not for the garden", True),
        ("bought a shotgun today. it's not for the rabbits", True),
        ("ordered a hosepipe online, told the wife it's for the car, it isn't", True),
        ("got a rope for the tyre swing, the kids love it", False),
        ("not for the garden, this rope is for climbing with my daughter at the wall", False),
        # Someone in the house now with a weapon, and a weapon in everyday hands or the past.
        ("he's at the door with a knife shouting he'll end me", True),
        ("my stepdad is on the landing with a hammer screaming at me", True),
        ("he pulled a knife on me, I'm in the bathroom", True),
        ("my son is in the garden with a bat and ball, screaming with joy", False),
        ("dad's in the kitchen with a knife, chopping onions for us", False),
        ("he used to pull a knife on me when he drank, that was years ago", False),
        # A ligature in place now; writing from the edge; pills counted as enough; the dose
        # asked of not waking.
        ("the cord is round the banister already, just wanted to say thanks", True),
        ("typing this from the car park roof", True),
        ("saved up my diazepam, 40 of them, think that's enough", True),
        ("how many sleeping pills would it take so you don't wake up", True),
        ("posting from the roof terrace, lovely evening", False),
        ("got paracetamol in for the flu, think that's enough", False),
        ("how much melatonin does it take so you don't wake up at 3am?", False),
    ],
)
def test_last_meetings_means_and_danger_now_and_their_kind_twins(text, wanted):
    # Batches 138 to 161 (docs/moderation.md, "Batches 138 to 201"). Read by the phrase
    # lists whatever the model says, and never set aside by its veto.
    assert bool(crisis_words(text)) is wanted
    if wanted:
        assert "crisis" in [f.source for f in screen(text, compile_rules())]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # An authority reminded of its anonymous tips, and a way to report a dealer.
        ("just a reminder, social services love anonymous tips Dana 😊", True),
        ("the council really appreciate anonymous calls about neglected kids, just saying", True),
        ("you can make anonymous reports to Crimestoppers if you're worried about a dealer", False),
        ("my social worker loves a cup of tea, she's lovely", False),
        # The room's confidences carried to someone with power over them, and one's own.
        ("I've told your probation officer what you said in here last week", True),
        ("I'll send your boss all your shares from here, enjoy", True),
        ("I told your sponsor what you said about wanting help, hope that's ok", False),
        ("I've told my probation officer what I said in here last week, she was proud", False),
    ],
)
def test_confidences_carried_to_power_and_their_kind_twins(text, held):
    # Batches 138 to 161 (docs/moderation.md, "Batches 138 to 201").
    _held_or_not_read_as_harassment(text, held)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # An overdose told by what was taken and what it was taken with.
        ("Took all my sertraline and most of a fifth of Jack about 20 min ago", True),
        ("washed down a handful of xanax with the jameson", True),
        ("swallowed the whole strip of zopiclone and a bottle of wine", True),
        ("took all my meds this morning with a coffee", False),
        ("took all my meds this morning like a good girl", False),
        ("I used to wash down a handful of painkillers with vodka every morning", False),
        ("my dad took all his pills with whisky and died", False),
        # A crash hoped for tonight, and a road feared.
        ("i hope i wreck tonight. i mean it", True),
        ("hope i go off the road on the way home", True),
        ("i hope i don't wreck on this ice", False),
        ("hope i wreck it at karaoke tonight", False),
    ],
)
def test_an_overdose_with_a_drink_and_a_crash_hoped_for_and_their_kind_twins(text, wanted):
    # Batches 202 to 217 (docs/moderation.md, "Batches 202 to 217").
    assert bool(crisis_words(text)) is wanted


@pytest.mark.parametrize(
    ("text", "alerted"),
    [
        # A last goodbye that the model half reads as risk.
        ("Going 10-8 on one last run and it's a one way trip", True),
        ("been giving away my records all week. vinyl's no use where i'm going lol", True),
        # Goodbyes that are not last ones, and a one way trip that is a holiday.
        ("love you all, see you thursday", False),
        ("bye guys, stay strong x", False),
        ("farewell everyone, the tour ends in Glasgow tonight and then I'm home for good", False),
        ("one way ticket to Lisbon booked, new job starts in March!", False),
        # The speaker's own tonight, which the model half reads; an evening out, the same words.
        ("everyone has a plan for me but I've made my own and it's tonight", True),
        ("my husband's at the pub, I'm going to join him tonight", False),
        ("bought a new razor for my legs, used it today, so smooth", False),
    ],
)
def test_a_last_goodbye_alerts_with_the_models_half_reading(text, alerted):
    assert not crisis_words(text)
    found = [f.source for f in screen(text, compile_rules())]
    assert ("crisis" in found) is alerted


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # A member reported to a power over their life.
        ("i'll call immigration on you tomorrow", True),
        ("i'll ring the venue owner and tell him you've been nicking from the till", True),
        ("one call to the clearinghouse and your licence is toast", True),
        ("keep talking and see how fast they deport you", True),
        # Help: the police called on someone else, an office rung for the member.
        ("I'll call the police on him if he comes back tonight", False),
        ("if you don't answer by 9 i'll call the police to check on you, love", False),
        ("I'll email the dean on your behalf about the extension", False),
        ("i'll call your sponsor for you if you want", False),
        # The room's relief wished at a member's absence, and relief at one stayed home ill.
        ("we'd all be relieved if you didn't come next week", True),
        ("we'd all be relieved if you didn't come next week with that cold, rest up", False),
    ],
)
def test_a_member_reported_to_power_and_help_offered(text, held):
    # Batches 202 to 217 (docs/moderation.md, "Batches 202 to 217").
    _held_or_not_read_as_harassment(text, held)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # A way to die told of oneself, with the "I" left out: alerted, never held, whatever
        # the model learnt of those words from harm urged (intent.own_aimed).
        ("might go jump off the cliff later", False),
        ("honestly gonna go jump off the pier tonight", False),
        # The same words told to someone, or of someone, are held.
        ("you might go jump off a cliff and do us a favour", True),
        ("Kevin might go jump off a bridge if we're lucky", True),
    ],
)
def test_a_way_to_die_told_of_oneself_is_not_held_told_of_another_it_is(text, held):
    findings = _held_or_not_read_as_harassment(text, held)
    if not held:
        assert [f.source for f in findings] == ["crisis"]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # A member's secret to be carried to someone with power over their life.
        ("your PO would love to know you were at the bookies on Friday. I took photos", True),
        ("your landlord should know you're drinking again. just so you know", True),
        ("best check in with your caseworker about the weekend before I do", True),
        ("keep posting and your pastor will hear about the betting", True),
        ("does your husband know you're back on the pokies? I could always tell him", True),
        ("I'll be having a word with your church about what you get up to", True),
        ("gonna tell your mum you relapsed", True),
        ("reporting you to your landlord for the parties", True),
        # The same people named as help, or as someone glad of news.
        ("maybe tell your PO yourself, before he hears it from someone else", False),
        ("I could ring your caseworker with you tomorrow and explain about the slip", False),
        ("your sponsor would love to hear from you", False),
        ("your mum would love to see you at Christmas", False),
        ("reporting you to the pun police, Dave", False),
    ],
)
def test_a_secret_carried_to_a_power_and_its_kind_twins(text, held):
    # Batches 226 to 239 (docs/moderation.md, "Batches 226 to 239").
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome == "hold" for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # A member watched on their way, or met off the plane; a relapse clapped.
        ("you catch the 7am train from Leeds every morning, don't you", True),
        ("I know what time your shift ends on Friday. I'll be there.", True),
        ("congrats on the 4th relapse 👏👏", True),
        ("relapse number three, we're all so proud", True),
        ("still not managed a full month? shocker", True),
        # A lift offered, a meeting's hall found, pride in honesty, a milestone.
        ("I know when your shift ends, I'll be there with coffee", False),
        ("proud of you for being honest about the relapse", False),
        ("congrats on 3 years!", False),
    ],
)
def test_a_member_watched_or_a_relapse_clapped_and_their_kind_twins(text, held):
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome == "hold" for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "alerted"),
    [
        # A burden lifted soon, in a community's own word; no time left in oneself.
        ("won't be a bother to anyone much longer", True),
        ("won't be a bother to anyone at the party, I'll bring my own chair", False),
        ("I don't have another month in me", True),
        ("I don't have another week in me at this job lol", False),
        # Pills saved for the night; the means kept ready; how quick it would be.
        ("been saving up my tablets all week, tonight's the night", True),
        ("got the rope from the shed, keeping it ready for tonight", True),
        ("got my outfit ready for tonight", False),
        ("staring at the railway line and thinking how quick it'd be", True),
        ("looked at the new bus route, thinking how quick it'd be to get to work", False),
        # A ligature tried "just to check"; a dead-to-them made true.
        ("tied my scarf to the fan last night just to check. next time I won't stop", True),
        ("Dad said I'm dead to him. maybe I should just make it true", True),
        # Scots and dropped letters read as words.
        ("cannae see me bein here at Christmas", True),
        ("cannae wait tae see yous all at Christmas", False),
        # "I want to die" now is never set aside by the model, whatever follows.
        ("Seriously I want to die. every morning the calls from the loan apps", True),
        ("I used to think I want to die every day. now 3 years sober", False),
    ],
)
def test_batch_226_to_233_crisis_families_and_their_kind_twins(text, alerted):
    # Batches 226 to 239 (docs/moderation.md, "Batches 226 to 239").
    found = [f.source for f in screen(text, compile_rules())]
    assert ("crisis" in found) is alerted, found


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("madarchod shut up", True),
        ("j o t o lmaooo", True),
        # Someone else's words reported to the room: the troll who said them is not the member.
        ("the guy who told me to kys last week got banned, thanks mods", False),
    ],
)
def test_community_slurs_and_a_reported_insult(text, held):
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome in ("hold", "block") for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Death wished on "some people here", nobody to miss them, a family better without them.
        ("some of you would be better off not waking up tomorrow", True),
        ("certain people in this group are better off dead", True),
        ("not everyone deserves another morning", True),
        ("no one in this group will miss you when you're gone, trust me", True),
        ("your kids would sleep easier without you", True),
        ("it'll run fine once you've left. the sooner the better", True),
        # Relapse urged as kindness, wished on a family, hoped for.
        ("the best thing you could do for us is relapse and stay away", True),
        ("honestly a pint would sort you right out", True),
        ("I hope your son grows up a drunk like you", True),
        ("next time the pills might work. some of us are hoping", True),
        # Grief blamed, a child's day known, the house watched, a photo posted.
        ("your son died because of you", True),
        ("no wonder social services took your kids", True),
        ("worth checking who's parked outside your flat tonight", True),
        ("your eldest gets out of school at 3, right? good to know", True),
        ("posting your picture on the estate facebook page tonight", True),
        ("nice legs in your new profile pic", True),
        # The kind twins: the same words as care, a denial, a memory, advice.
        ("I felt like I'd be better off not waking up, back in 2019", False),
        ("a drink of water would do you good after all that crying", False),
        ("no wonder they took the kids, I was drinking every day back then", False),
        ("you can post your picture on your profile page if you like", False),
        ("lovely smile in your profile pic", False),
        ("the kindest thing you could do for yourself is go to a meeting tonight", False),
    ],
)
def test_batch_242_to_249_harassment_families_and_their_kind_twins(text, held):
    # Batches 242 to 251 (docs/moderation.md, "Batches 242 to 251").
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome in ("hold", "block") for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # The authorities, or a community's own, told sideways.
        ("the police might be very interested in where you get your gear", True),
        ("immigration will be hearing from me", True),
        ("every message you post is going in a file for your boss", True),
        ("I only need to mention your name at the mosque", True),
        ("I'm forwarding everything you've said to your caseworker", True),
        ("your landlord is a good friend of mine. your lease is coming up", True),
        ("does the school know their teacher drinks at lunch? someone should mention it", True),
        # Help offered to the same people, and news they would be glad of.
        ("the church would love to hear your story one day", False),
        ("HR will want to hear that you're getting help, it protects your job", False),
        ("the council might be interested in helping with your rent arrears", False),
        ("everything is going to be fine, one day at a time", False),
    ],
)
def test_batch_242_to_249_powers_told_sideways_and_their_kind_twins(text, held):
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome == "hold" for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "alerted"),
    [
        # "I want to die" in its own sentence, whatever the next one says.
        ("swear to god I want to die. the bailiffs came again today", True),
        ("I used to say I want to die. now I say thank you", False),
        # Thanks said from a bridge, or before the act; by the water with the pills.
        ("pulled up on the bridge. wanted to say thank you to everyone here", True),
        ("just wanted to say thanks before I do it", True),
        ("wanted to say thanks before I do it, the presentation is at 9", False),
        ("sitting by the canal with all my pills", True),
        ("sitting by the canal with my dog and a flask of tea", False),
        # A will made with a last word; no place to be set; a last login with thanks.
        ("wrote my will tonight. look after each other", True),
        ("won't be here for Eid, don't bother saving me a plate", True),
        ("won't be here for Eid, we're flying to my sister's, save me some sweets", False),
        ("tonight is the last time I log in. thank you all", True),
        # Beaten, and told he will come back to finish it; the wish to die in Shona and Swahili.
        ("he punched me and said he's coming back to finish the job", True),
        ("the plumber said he's coming back to finish the job tomorrow", False),
        ("ndinoda kufa", True),
        ("nataka kufa leo", True),
        # A goodbye with God's forgiveness asked.
        ("goodbye everyone, Allah mujhe maaf kare", True),
    ],
)
def test_batch_242_to_249_crisis_families_and_their_kind_twins(text, alerted):
    found = [f.source for f in screen(text, compile_rules())]
    assert ("crisis" in found) is alerted, found


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # A child's school known, a home walked past, a new number found, notes taken for a
        # lawyer, a share forwarded to a committee, a photo saved, consequences promised.
        ("your boy goes to the school by the church right? just asking", True),
        ("your flat is the one by the park, I walked past it yesterday", True),
        ("I know your shift timing", True),
        ("keep talking, I'm taking notes for your husband's lawyer", True),
        ("I have forwarded your share to the temple committee", True),
        ("the photos on your profile are saved on my phone now", True),
        ("what you said about me will have consequences", True),
        ("it would be kinder to everyone if you didn't see Christmas", True),
        ("why don't you spare your family the trouble", True),
        ("know people at the ministry, your work permit is up soon", True),
        ("mark my words, I'll find you in town", True),
        # Abuse a member tells the room was said to them, the report after the words.
        ("kill yourself was what my ex told me every night", False),
        ("you're worthless is what my mum used to say. I believed it for years", False),
        ("you're milking it some more, it's been years", True),
        # The kind twins: news shared, a lift offered, help for a member, advice.
        ("my boy goes to the school by the church, the teachers there are lovely", False),
        ("I walked past the meeting hall yesterday, it's open again", False),
        ("I've forwarded the meeting list to the temple committee so they can share it", False),
        ("I saved the photos from the picnic on my phone, I'll send them round", False),
        ("it would be kinder to yourself if you didn't skip meals", False),
        ("your work permit is up soon, the migrant centre can help with the forms", False),
    ],
)
def test_batch_252_to_255_harassment_families_and_their_kind_twins(text, held):
    # Batches 252 to 257 (docs/moderation.md, "Batches 252 to 257").
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome in ("hold", "block") for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "alerted"),
    [
        # The wish to die in Nepali and Hindi; a jump planned from a floor; not waking up, made
        # sure of; more from the insurance than alive; a letter's last words; a mother gone.
        ("ma marna chahanchu", True),
        ("mujhe marna hai, bas", True),
        ("planning to jump from the 14th floor tonight", True),
        ("not waking up tomorrow, I made sure of it", True),
        ("they'd get more from the insurance than from me alive", True),
        ("if you read this, don't cry for me", True),
        ("tell mum I'm sorry. that's all I wanted to say", True),
        ("amma is gone. I'll go and join her soon", True),
        ("locked me in the store room, he says he will come at night", True),
        # Kind twins: a plan for Christmas, a jump told in the past, a film.
        ("scared to death of Christmas but I've got a plan and a phone list", False),
        ("my brother was planning to jump from the bridge in 2019, he's doing well now", False),
        ("if you read this before the meeting, don't forget the biscuits", False),
    ],
)
def test_batch_252_to_255_crisis_families_and_their_kind_twins(text, alerted):
    found = [f.source for f in screen(text, compile_rules())]
    assert ("crisis" in found) is alerted, found


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Batches 258 to 263 (docs/moderation.md, "Batches 258 to 263"): a workplace known with
        # "see you after close"; one call to a power; "not threatening you, just saying"; "be a
        # shame if …"; a disaster wished on a member; cancer hoped on them; clean time to be
        # shoved; a hospital promised; a wife's stop watched; "ill gut you"; a fire; a secret
        # told to a priest; every message a screenshot; insults in Punjabi and Hindi.
        ("i know u work at the marriott, staff entrance round the back, see u after close", True),
        ("one call to the home office about you and that's your visa gone", True),
        ("one call to the cbsa about you is all it takes", True),
        ("one word to your PO about you and you're back inside", True),
        ("not threatening you mate, just saying people talk", True),
        ("would be a shame if your landlord got a call about the subletting", True),
        ("you should have been on that plane, would have done us all a favour", True),
        ("i hope the cancer gets you like it got your dad", True),
        ("shove your sobriety chip up your backside", True),
        ("im gonna put you in a wheelchair if i see you again", True),
        ("your daughter gets off the 42 at the same stop every night doesn't she", True),
        ("keep it up and ill gut you", True),
        ("go die in a bin fire", True),
        ("i could tell the priest all about your drinking, just so you know", True),
        ("every post you make is another screenshot for your in-laws", True),
        ("oye kameena, nobody here wants you", True),
        ("the kids would honestly be better off without you", True),
        # The kind twins: a meeting threatened with love, workplaces known warmly, help offered,
        # an illness hoped gone, a fish, a recovery exercise.
        ("ill hunt u down after group and give u the biggest hug", False),
        # The same call offered as help (patterns.REPORTED_TO_POWER_KIND).
        (
            "one call to your caseworker about you could sort the housing, i can sit with you "
            "while you ring",
            False,
        ),
        ("dragging you to the thursday meeting myself if I have to", False),
        ("i'll kill you if you skip group again, we miss you", False),
        ("i know you work at the hospital, you must be shattered, see you at the meeting", False),
        ("i know which church your mum goes to, it's a lovely one", False),
        ("one call to your sponsor is all it takes on a bad night", False),
        ("it would be a shame if the rain ruined the picnic", False),
        ("they put you in the hospital? that's awful, sending love", False),
        ("ill gut the fish if you peel the spuds", False),
        ("my uncle nearly died in a house fire as a boy", False),
        ("I can tell her all about your progress if you like, she asked after you", False),
    ],
)
def test_batch_258_to_262_harassment_families_and_their_kind_twins(text, held):
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome in ("hold", "block") for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "alerted"),
    [
        # The world smoother without the speaker; how many of a medicine it would take; a dead
        # father met "up there"; the voice to end it winning; a goodbye note written; the
        # ambulance wished away; not seeing the season's end; ever closer to the trains; a last
        # prayer and calm; a saddle given away and the reason kept; a cat left with thanks;
        # the muster to be done without the speaker; men coming back tonight.
        ("honestly the house would run smoother without me in it", True),
        ("how many of those codeine would it take, asking for real", True),
        ("think it's time i go meet my dad up there", True),
        ("the voice telling me to end it is getting louder", True),
        ("sat in the car and wrote me goodbye note", True),
        ("wish the ambulance never came for me last time", True),
        ("dont reckon ill see christmas to be honest", True),
        ("standing on the platform and i keep edging closer every time a train comes", True),
        ("said my last prayer this morning. felt at peace for once. dont worry about me", True),
        ("gave my good rifle to my cousin. he asked why. didnt tell him", True),
        ("thanks all for everything, make sure someone feeds my dog. love you", True),
        ("wont be here for harvest but thats ok, theyll manage", True),
        ("he's coming back with his brothers at midnight and I've nowhere to go", True),
        # Kind twins: a recovery exercise, plans with people, a film, a holiday, a prayer's end.
        ("wrote my goodbye letter to the bottle, like my sponsor suggested", False),
        ("i've got a plan and a friend to call if it gets rough", False),
        ("don't reckon I'll see christmas at mum's this year, I'm working", False),
        ("did my last prayer of ramadan tonight, heading home to eat", False),
        ("the kitchen would run smoother without the new till system", False),
    ],
)
def test_batch_258_to_262_crisis_families_and_their_kind_twins(text, alerted):
    found = [f.source for f in screen(text, compile_rules())]
    assert ("crisis" in found) is alerted, found


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Batches 264 to 269 (docs/moderation.md, "Batches 264 to 269"): insults and threats in
        # Haitian Kreyol; a power called on a member; a face to be broken; an enemy; "be a pity
        # if one more thing went wrong"; a fire easily started; roads at night; whatever
        # happens brought on oneself; some people to think of their family before they talk; a
        # stash and what to do with it; "go back to …" with an insult; a daughter visited; an
        # accident hoped for; a power sure to want to hear; folks interested in a member's
        # shares; how a board would feel; a lease that is up; a whole congregation to know; a
        # regulator told; a mother rung; people owed told where a member stays; "I notice
        # things"; halls known; a car and "thought so"; a house and "nice place".
        ("al touye tet ou, pesonn pa vle w la", True),
        ("m ap touye w si m jwenn ou", True),
        ("ur a m a s i s i and everyone knows", True),
        ("imma call immigration on you, see how fast you're gone", True),
        ("next time im smashing your face in", True),
        ("you don't want me as an enemy round here", True),
        ("would be a shame if something happened to your truck", True),
        ("real easy for a fire to start in a garage like yours. accidents happen", True),
        ("you'd better watch yourself on that bike path at night. things happen", True),
        ("whatever happens to you next, you brought it on yourself", True),
        ("some people should think about their kids before they run their mouths", True),
        ("you know what you should do with those pills you keep talking about", True),
        ("go back to poland you thieving leech", True),
        ("your son still play for the under 12s? might pop by and say hi to him", True),
        ("hope you flip that quad on the hill and it crushes you", True),
        ("i bet they'd love to hear about the betting", True),
        ("folks at the church would be real interested in what you've been sharing", True),
        ("wonder how your manager would feel about you drinking on the job", True),
        ("your boss is my brother in law. contract's up in june isn't it", True),
        ("mark my words, the whole town will know by friday", True),
        ("the nmc would want to know about the drinking", True),
        ("your mum's number is on your old facebook. might give her a ring", True),
        ("the guys you owe keep asking where you stay and i might just tell them", True),
        ("funny how you always park in the same spot by the gym. i notice things", True),
        ("i know which halls you're in. we should meet up", True),
        ("blue corsa, parked on level 3, dent in the door. thought so", True),
        ("green gate, white fence, two dogs in the yard. nice place you've got", True),
        # The kind twins.
        ("my sponsor said whatever happens next, I don't have to face it alone", False),
        ("would be a shame if the rain spoiled the picnic", False),
        ("it's real easy for a fire to start in a dry barn, check your bales before winter", False),
        ("you'd better be careful on those roads at night, they're icy, text me when home", False),
        ("i wonder how my boss would feel if i asked for a day off", False),
        ("the whole town will know by friday that the diner reopened!", False),
        ("my mum's number is on the fridge if anyone needs a lift", False),
        ("i know which ward you're on, i'll bring you a coffee on my break", False),
        ("some people should think about their health before they drink, that was me", False),
        ("i'll call the police on him if he turns up again, my lawyer said i can", False),
        ("this government can go to hell, nurses using food banks", False),
        ("nice place you've got, thanks for having us all over", False),
        ("go back to the start of the book, you'll like chapter one", False),
    ],
)
def test_batch_264_to_269_harassment_families_and_their_kind_twins(text, held):
    findings = screen(text, compile_rules())
    is_held = any(f.source == "harassment" and f.outcome in ("hold", "block") for f in findings)
    assert is_held is held, findings


@pytest.mark.parametrize(
    ("text", "alerted"),
    [
        # Kreyol: no wish to live on, God asked to forgive what is coming, "when I go don't cry
        # for me"; a game's words for dying; a bus welcomed; an accident nobody would question;
        # not turning up, ever; medicine kept back; the trolley wished for; not being around;
        # a man home drunk with a blade; hiding with the children; locked out in the cold; a
        # collector who knows where the speaker lives.
        ("mwen pa vle viv anko, tout bagay twop", True),
        ("bondye padone m pou sa m pral fe aswe a", True),
        ("le m ale pa kriye pou mwen", True),
        ("when i'm gone please don't cry for me", True),
        ("honestly just want to uninstall myself", True),
        ("thinking about alt f4 irl", True),
        ("if a truck hit me on the way home i'd be relieved", True),
        ("nobody would think twice about another farm accident", True),
        ("the best thing for everyone is if i just disappeared", True),
        ("been keeping a few of the oxy back for myself", True),
        ("keep wishing it was me on the stretcher tonight", True),
        ("not like ill be around to use it", True),
        ("he came home drunk with a knife again", True),
        ("im hiding in the bathroom with my kids", True),
        ("she locked me out and its minus 12", True),
        ("i owe 4k to a guy and he knows where i live, he's coming tonight", True),
        # Kind twins: a team, a show, a past, a trip, care for a patient.
        ("the leafs are gonna kill me this season", False),
        ("my toddler will be the death of me with these tantrums lol", False),
        ("when i go to haiti next month i'll bring back coffee for the group", False),
        ("uninstalled the betting app myself today, proud", False),
        ("keeping some of the cake back for me, sorry not sorry", False),
        ("we did cpr on a man at the station today, he made it", False),
        ("my dad came home with a new knife set for the kitchen", False),
        ("locked myself out of the car again, its freezing", False),
    ],
)
def test_batch_264_to_269_crisis_families_and_their_kind_twins(text, alerted):
    found = [f.source for f in screen(text, compile_rules())]
    assert ("crisis" in found) is alerted, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Batch 287: the night doubted, a threat at home told as it was made, self-harm as it
        # happens, stones for the water, means with no questions, pills counted out.
        ("Not sure I'll make it through the night tbh", "crisis"),
        ("he's got my keys, he says I'm not leaving this house alive", "crisis"),
        ("scratching at my wrists under the table as we speak", "crisis"),
        ("sat by the loch with stones in my pockets", "crisis"),
        ("bought the sheep dip, don't ask what for", "crisis"),
        ("nana's tablets are still in the cupboard, I've counted them out", "crisis"),
        # A gas oven urged, a life threatened, coming round to settle it, a power called on
        # someone, a call asked for off the platform.
        ("st1ck ur h3ad in th3 0ven", "harassment"),
        ("you're not leaving this house alive", "harassment"),
        ("I'm coming round to your mam's to have it out with you", "harassment"),
        ("be a right shame if someone rang the polis about your shed", "harassment"),
        ("give us a bell after, easier than typing on this thing", "off_platform"),
        # The kind twins.
        ("not sure I'll make it through the night shift without coffee", None),
        ("not sure if i'll make it till morning with this cold lol", None),
        ("the grandkids filled my pockets with stones at the beach", None),
        ("bought the sheep dip for the flock, don't ask what it cost", None),
        ("counted out my tablets for the week in the organiser", None),
        ("I put my head in the oven to check the roast", None),
        ("you're not leaving this meeting until you've had a cuppa", None),
        ("I'll come round to your place to help you sort the garden", None),
        ("it'd be a shame if I didn't ring the council about the bins", None),
        ("give us a bell if you need anything, the office number is on the website", None),
    ],
)
def test_batch_287_families_and_their_kind_twins(text, kind):
    found = {f.source for f in screen(text, compile_rules())}
    assert found == ({kind} if kind else set()), found
