"""The screening engine: one function reads a message once and says what each rule set and
each of the group's own rules finds in it.

``compile_rules`` turns a group's settings, word and phrase rules and allowed terms into a
``GroupRules`` once; moderation.selectors keeps that per group in each worker, so a message
costs only the matching. ``screen`` returns the findings, most severe first; the caller
(moderation.posting.message_screen) turns them into an outcome.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain

from django.utils.translation import gettext_lazy as _

from kindred.normalize import fold, words
from moderation.screening import (
    arabic,
    arabic_model,
    detectors,
    intent,
    patterns,
    portuguese,
    spanish,
    tagalog,
)
from moderation.screening import model as screening_model

# The shipped rule sets, in the order their findings are reported.
HARASSMENT = "harassment"
PERSONAL = "personal_information"
OFF_PLATFORM = "off_platform"
SPAM = "spam"
CRISIS = "crisis"
# The screening model's harassment class read without function words (model.FUNCTION_WORDS).
HARASSMENT_WORDS = "harassment_words"
# Below this crisis score the model overrules the phrase lists (docs/moderation.md, "Batches
# 17 to 21"): over the twenty held-out batches, each scored by a model that had not learnt it,
# it set aside none of 841 crisis sentences; at 0.01 it set aside a goodbye.
CRISIS_VETO = 0.005
# A crisis score this high, short of the model's own threshold, alerts when the message also
# says a last goodbye (patterns.CRISIS_FINAL): a goodbye in a community's own words ("going
# 10-8 on one last run and it's a one way trip") that the model half reads (docs/moderation.md,
# "Batches 202 to 217").
CRISIS_WITH_FINALITY = 0.7
# And at this score when the speaker sets it in the hours to come ("i going drive up kolekole
# pass tonight", "fingers crossed i dont wake up tomorrow lol. not joking":
# patterns.CRISIS_SOON).
CRISIS_WITH_SOON = 0.85
CATEGORIES = (CRISIS, HARASSMENT, PERSONAL, OFF_PLATFORM, SPAM)

# What each set does when a group has not changed it, and what a group may choose.
DEFAULT_OUTCOMES = {
    CRISIS: "alert",
    HARASSMENT: "hold",
    PERSONAL: "hold",
    OFF_PLATFORM: "hold",
    SPAM: "hold",
}
OUTCOME_CHOICES = {
    # Crisis language is never blocked: the author gets resources and moderators an alert;
    # a group may also hold it for a moderator first.
    CRISIS: ("alert", "hold"),
    HARASSMENT: ("block", "hold", "flag"),
    PERSONAL: ("hold", "flag"),
    OFF_PLATFORM: ("hold", "flag"),
    SPAM: ("block", "hold", "flag"),
}
SEVERITY = {"allow": 0, "alert": 0, "flag": 1, "hold": 2, "block": 3}

# Sentences and clauses: a stop, "!" or "?" before a space (not inside "k.y.s" or "d!e"),
# "but", and a turn to the present after a comma ("when I was 15 I wanted to die, now I'm
# grateful").
_CLAUSES = re.compile(
    r"[.!?;]+(?=\s|$)|\n+|\s(?:but|however|though)\s|,\s*(?:now|these days|nowadays|today)\s"
)
_CUT = " | "


@dataclass(frozen=True)
class Finding:
    """One thing screening found: which rule set or rule (``source``), what it is in
    plain words (``what``), what it does (``outcome``) and the words it matched."""

    source: str
    what: str
    outcome: str
    matched: str = ""


@dataclass(frozen=True)
class CustomRule:
    pattern: str
    outcome: str
    regex: re.Pattern


@dataclass(frozen=True)
class GroupRules:
    """A group's screening, ready to match: the outcome of each shipped set ("" when the
    group turned it off), its own enabled rules and the allowed terms."""

    outcomes: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_OUTCOMES))
    rules: tuple[CustomRule, ...] = ()
    allowed: re.Pattern | None = None


def _phrase_regex(text: str) -> re.Pattern | None:
    reading = words(fold(text))[0]
    if not reading.strip():
        return None
    body = r"\s+".join(re.escape(word) for word in reading.split(" "))
    return re.compile(r"(?<![\w'])" + body + r"(?![\w'])")


def compile_rules(
    *,
    outcomes: dict[str, str] | None = None,
    rules: Iterable[tuple[str, str]] = (),
    allowed: Iterable[str] = (),
) -> GroupRules:
    """``outcomes``: a group's choice per shipped set (missing: the default); ``rules``:
    enabled ``(pattern, outcome)``; ``allowed``: terms no rule may match inside."""
    chosen = dict(DEFAULT_OUTCOMES)
    chosen.update(outcomes or {})
    chosen[CRISIS] = chosen[CRISIS] or "alert"  # never off
    compiled = []
    for pattern, outcome in rules:
        regex = _phrase_regex(pattern)
        if regex is not None:
            compiled.append(CustomRule(pattern=pattern, outcome=outcome, regex=regex))
    compiled.sort(key=lambda rule: -SEVERITY[rule.outcome])
    terms = [r.pattern for t in allowed if (r := _phrase_regex(t)) is not None]
    allowed_re = re.compile("|".join(terms)) if terms else None
    return GroupRules(outcomes=chosen, rules=tuple(compiled), allowed=allowed_re)


def _first(regex: re.Pattern, idioms: re.Pattern | None, readings: Iterable[str]) -> str:
    for reading in readings:
        if idioms is not None:
            reading = idioms.sub(_CUT, reading)
        if (found := regex.search(reading)) is not None:
            return found.group(0)
    return ""


def _first_person_risk(reading: str) -> str:
    """Dying or self-harm, and a wish, plan or hopelessness, in a first-person sentence, with
    no negation just before the dying ("I don't want to die")."""
    death = patterns.CRISIS_DEATH.search(reading)
    if death is None or patterns.CRISIS_FIRST_PERSON.search(reading) is None:
        return ""
    if patterns.CRISIS_INTENT.search(reading) is None:
        return ""
    if patterns.CRISIS_NEGATED.search(reading[: death.start()]):
        return ""
    return death.group(0)


def crisis_words(text: str) -> str:
    """The words that read as first-person risk in ``text``, in English and Spanish
    (_crisis_lists), in Arabic or in Tagalog, or ""."""
    unquoted = intent.unquote(fold(text))
    return _crisis_lists(text) or _unread_crisis(unquoted)


def _unread_crisis(unquoted: str) -> str:
    """First-person risk in Arabic, Tagalog or Portuguese, which the model has not learnt:
    its score says nothing either way, so it sets none of them aside."""
    return (
        arabic.crisis_words(unquoted)
        or tagalog.crisis_words(unquoted)
        or portuguese.crisis_words(unquoted)
    )


def _crisis_lists(text: str) -> str:
    """The words that read as first-person risk in ``text``, or "". Each sentence is read
    on its own: everyday idioms are cut out, a negation just before a phrase cancels it,
    and a sentence about someone else or about the past does not count unless it comes
    back to the speaker now."""
    folded = intent.unquote(fold(text))
    for clause in _CLAUSES.split(folded):
        for reading in words(clause):
            reading = patterns.CRISIS_IDIOMS.sub(_CUT, reading)
            now = patterns.CRISIS_NOW.search(reading) is not None
            past = not now and patterns.CRISIS_PAST.search(reading) is not None
            if not past and (
                found := patterns.DANGER.search(reading) or intent.DANGER.search(reading)
            ):
                return found.group(0).strip()
            if found := intent.squashed(intent.SQUASHED_CRISIS, reading):
                return found
            if past:
                continue
            cue = None if now else patterns.CRISIS_ELSEWHERE.search(reading)
            elsewhere = cue is not None
            for found in chain(patterns.CRISIS.finditer(reading), intent.CRISIS.finditer(reading)):
                before = reading[: found.start()]
                if patterns.CRISIS_NEGATED.search(before) or intent.REPORTED.search(before):
                    continue
                # Someone else named after the speaker's own words about themselves does not
                # make them someone else's ("better off without me, my wife said it herself").
                if elsewhere and (
                    cue.start() < found.start()
                    or not patterns.CRISIS_FIRST_PERSON.search(found.group(0))
                ):
                    continue
                return found.group(0).strip()
            if not elsewhere and (found := _first_person_risk(reading)):
                return found
    # Read over the whole message: a threat at home with its danger present
    # (intent.threatened_now); a farewell with despair anywhere in the message ("I can't do
    # this anymore. Goodbye."), or with an apology or love as a last word ("bye everyone, love
    # you all, im sorry").
    for reading in words(folded):
        if found := intent.threatened_now(reading):
            return found
        if (across := patterns.CRISIS_ACROSS.search(reading)) and not (
            patterns.CRISIS_NEGATED.search(reading[: across.start()])
        ):
            return across.group(0).strip()
        despair = patterns.CRISIS_DESPAIR.search(reading)
        if despair is not None and patterns.CRISIS_FAREWELL.search(reading) is not None:
            return despair.group(0).strip()
        farewell = intent.FAREWELL.search(reading)
        if farewell is not None and (weight := intent.FAREWELL_WEIGHT.search(reading)):
            return f"{farewell.group(0)} … {weight.group(0)}"
    return spanish.crisis_words(folded)


# Where the model's two harassment readings (the whole message, and its content words alone)
# agree enough to hold a message, besides each reaching its own threshold: one all but
# certain and the other leaning clearly. Chosen on batches 48 to 63 with a model that had
# learnt none of them, and on 59 to 63 with the shipped one (docs/moderation.md, "Batches
# 56 to 65"): 6 more of 300 unseen harassment sentences held, 2 more of 2,400 ordinary
# shares flagged. The third, the whole certain and the content words leaning a little, was
# chosen on batches 74 to 81 with a model and phrases that had read none of them (5 more of
# their 40 misses held, none of 1,200 ordinary shares flagged) and checked on every line of
# the corpus, the training sets and the quiet measures (docs/moderation.md, "Batches 82 to
# 85"): "why are you flagging it?" (0.98, 0.22) stays under it.
HARASSMENT_AGREEMENTS = ((0.8, 0.9), (0.97, 0.4), (0.99, 0.2))


def harassment_agreed(whole: float, content: float, thresholds: tuple[float, float]) -> bool:
    """Whether the model's reading of the whole message (``whole``) and of its content words
    (``content``) hold it: each reaching its class's threshold (``thresholds``), or one of
    HARASSMENT_AGREEMENTS."""
    return any(whole >= w and content >= c for w, c in (thresholds, *HARASSMENT_AGREEMENTS))


def _certain(folded: str, readings: Iterable[str]) -> bool:
    """Whether the message says risk that only the speaker's own now can mean
    (patterns.CRISIS_CERTAIN), read over the whole message and over each of its sentences
    ("honest to god I want to die. lost the whole Universal Credit in the bookies")."""
    if any(patterns.CRISIS_CERTAIN.search(r) for r in readings):
        return True
    clauses = _CLAUSES.split(folded)
    return len(clauses) > 1 and any(
        patterns.CRISIS_CERTAIN.search(r) for clause in clauses for r in words(clause)
    )


def _unread_by_model(folded: str) -> bool:
    """Whether ``folded`` is chat Arabic in Latin letters or Tagalog: the model learnt English,
    and reads their words as noise (a Tagalog "ka" or "kanina" landing where English hostility
    or risk was learnt); their own patterns read them."""
    return arabic.arabizi(folded) or tagalog.is_tagalog(folded)


def _reported_to_power(readings: Iterable[str]) -> str:
    """A member's secret to be carried to someone with power over their life, or a member
    watched on their way or clapped for relapsing (patterns.REPORTED_TO_POWER,
    patterns.WATCHED_ROUTE); the same words said as help are left alone."""
    for reading in readings:
        if found := patterns.WATCHED_ROUTE.search(reading):
            return found.group(0)
        found = patterns.REPORTED_TO_POWER.search(reading)
        if found and not patterns.REPORTED_TO_POWER_KIND.search(reading):
            return found.group(0)
    return ""


def _harassment(readings: tuple[str, ...], folded: str, *, model_reads: bool = True) -> str:
    """Harassment in the phrase lists, then composed (who is addressed and what is said of
    them), then in Spanish, Tagalog and Arabic, then by the model unless ``model_reads`` is
    False (_unread_by_model). Quoted words that the message reports are someone else's."""
    unquoted = intent.unreport(intent.unquote(folded))
    if unquoted != folded:
        readings = words(unquoted)
    # The everyday idioms are cut once, for the phrase lists, the composed reading and the
    # model alike.
    cut = tuple(patterns.HARASSMENT_IDIOMS.sub(_CUT, r) for r in readings)
    if found := _first(patterns.HARASSMENT, None, cut):
        return found
    if found := intent.WATCHING.search(unquoted):
        return found.group(0)
    if found := _reported_to_power(cut):
        return found
    for reading in cut:
        reading = intent.HARASSMENT_KIND.sub(_CUT, reading)
        if found := (
            intent.first_unnegated(intent.HARASSMENT, reading)
            or intent.urged(reading)
            or intent.squashed(intent.SQUASHED_HARASSMENT, reading)
        ):
            return found
    if found := (
        spanish.harassment_words(readings)
        or tagalog.harassment_words(readings)
        or portuguese.harassment_words(readings)
        or arabic.harassment_words(unquoted)
    ):
        return found
    # The trained model reads what the phrase lists miss, in the same words they read (the
    # allowed terms, the words the message reports and the everyday idioms cut out).
    # The score counts only when the message's words beyond "you", "why" or "already" lean
    # hostile too (model.FUNCTION_WORDS): a plain question or a form's label is not held on
    # its shape.
    shipped = screening_model.shipped()
    if not shipped or HARASSMENT not in shipped.classes or not model_reads:
        return ""
    # A way to die told of oneself ("might go jump off the cliff later") is crisis language,
    # alerted and never held: the model, which learnt those words from harm urged, is not asked.
    if any(intent.own_aimed(r) for r in cut):
        return ""
    whole = shipped.score(HARASSMENT, cut)
    has_words = HARASSMENT_WORDS in shipped.classes
    content = shipped.score(HARASSMENT_WORDS, cut) if has_words else 1.0
    lean = shipped.classes[HARASSMENT_WORDS].threshold if has_words else 0.0
    if not harassment_agreed(whole, content, (shipped.classes[HARASSMENT].threshold, lean)):
        return ""
    # The words named to a moderator are the ones that say something.
    return (shipped.heaviest(HARASSMENT_WORDS, cut) if has_words else "") or "…"


def _model_hit(shipped, name: str, readings: tuple[str, ...]) -> str:
    """The words that weighed most when the model's class ``name`` reads the message as its
    kind (crisis, moving people off the platform, spam: the phrasings no list foresaw), else
    ""."""
    if shipped is None or name not in shipped.classes:
        return ""
    return shipped.hit(name, readings)


def _half_read_risk(shipped, readings: tuple[str, ...]) -> str:
    """A last goodbye's words when the model half reads the message as risk (at least
    CRISIS_WITH_FINALITY), or the speaker's own tonight when it reads it so at
    CRISIS_WITH_SOON, else "". The model is asked only when one of them is there."""
    if shipped is None or CRISIS not in shipped.classes:
        return ""
    cues = ((patterns.CRISIS_FINAL, CRISIS_WITH_FINALITY), (patterns.CRISIS_SOON, CRISIS_WITH_SOON))
    found = [(m, floor) for cue, floor in cues for r in readings if (m := cue.search(r))]
    if not found:
        return ""
    score = shipped.score(CRISIS, readings)
    return next((m.group(0).strip() for m, floor in found if score >= floor), "")


def _off_platform_model(shipped, readings: tuple[str, ...]) -> str:
    """The model's reading of a message as moving people off the platform, unless the
    platform is named for keeping up with the speaker's own family, or the ask is taken back
    as a joke (patterns.OFF_PLATFORM_FAMILY)."""
    found = _model_hit(shipped, OFF_PLATFORM, readings)
    if found and any(patterns.OFF_PLATFORM_FAMILY.search(r) for r in readings):
        return ""
    return found


def _spam(readings: tuple[str, ...], folded: str) -> str:
    if found := _first(patterns.SPAM_STRONG, None, readings) or _first(intent.SPAM, None, readings):
        return found
    if found := intent.SHORT_LINK.search(folded):
        return found.group(0)
    if found := intent.flood(folded):
        return found
    if found := arabic.spam_words(folded):
        return found
    # A premium-rate text: "Text LUCKY to 88123".
    if found := intent.PREMIUM_TEXT.search(folded):
        return found.group(0)
    if (money := intent.MONEY_RATE.search(folded) or intent.PERCENT.search(folded)) and (
        found := _first(intent.PAYS, None, readings)
    ):
        return f"{money.group(0)} … {found}"
    link = detectors.LINK.search(folded) or detectors.SPELLED_LINK.search(folded)
    if link and (found := _first(intent.SELLING, None, readings)):
        return f"{link.group(0)} … {found}"
    for reading in readings:
        topic = patterns.SPAM_TOPIC.search(reading)
        if topic is None:
            continue
        action = patterns.SPAM_ACTION.search(reading)
        if action is not None:
            return f"{action.group(0)} … {topic.group(0)}"
        if link:
            return f"a link … {topic.group(0)}"
    return ""


def prepare() -> None:
    """Load the screening model and read one message through every step, so that a worker
    pays for it before it takes sockets: loaded on the first message instead, the model's
    quarter of a second of CPU stalled every room of a freshly started worker, just as a
    restart's reconnects arrived (docs/performance.md)."""
    screen("warming up: you're all lovely, see you next week", compile_rules())
    arabic_model.shipped()


def screen(text: str, group_rules: GroupRules) -> list[Finding]:
    """Everything the shipped sets and the group's rules find in ``text``, most severe
    first. Allowed terms are cut out before the group's rules and the shipped sets read
    the text, except crisis language, which nothing switches off."""
    outcomes = group_rules.outcomes
    findings: list[Finding] = []
    folded = fold(text)
    readings = words(folded)
    # The trained model (moderation/screening/model.py) reads for crisis language the phrase
    # lists miss; for harassment, see _harassment.
    shipped = screening_model.shipped()
    # Arabic in Latin letters and Tagalog: the model learnt English and reads their risk and
    # hostility as noise; their own patterns read them (the model still reads an app or a
    # shop named).
    model_unread = _unread_by_model(folded)
    if shipped is not None and shipped.known:
        # Words run together read apart too: "uselessdrunkwhore" as "useless drunk whore".
        readings = screening_model.unglued(readings, shipped.known)
    found = _crisis_lists(text)
    certain = bool(found) and _certain(folded, readings)
    if (
        found
        and shipped
        and not model_unread
        and shipped.score(CRISIS, readings) < CRISIS_VETO
        and not certain
    ):
        # The phrase lists read a past or someone else's death as now ("I was suicidal in
        # early sobriety but …"); the model, all but certain it is not risk, sets it aside.
        found = ""
    if (
        found
        and patterns.CRISIS_GOODBYE_WORDS.search(found)
        and any(patterns.CRISIS_EVERYDAY_REASON.search(r) for r in readings)
        and not certain
    ):
        # A goodbye with its everyday reason: a new job, a move, a role handed over.
        found = ""
    # Arabic, Tagalog and Portuguese, which the model has not learnt.
    if not found:
        found = _unread_crisis(intent.unquote(folded))
    # The model's reading alone is set aside when the message gives an everyday reason
    # (patterns.CRISIS_EVERYDAY_REASON): for being away, for a plan, for a blade.
    if not found:
        risk_model = None if model_unread else shipped
        found = _model_hit(risk_model, CRISIS, readings) or _half_read_risk(risk_model, readings)
        if found and (
            any(patterns.CRISIS_EVERYDAY_REASON.search(r) for r in readings)
            or portuguese.everyday(folded)
        ):
            found = ""
    if found:
        findings.append(
            Finding(CRISIS, _("words that suggest someone may be at risk"), outcomes[CRISIS], found)
        )
    if group_rules.allowed is not None:
        readings = tuple(group_rules.allowed.sub(_CUT, r) for r in readings)
        folded = group_rules.allowed.sub(_CUT, folded)
    for rule in group_rules.rules:
        for reading in readings:
            if rule.regex.search(reading):
                findings.append(
                    Finding(
                        "rule",
                        _("the group's rule “%(pattern)s”") % {"pattern": rule.pattern},
                        rule.outcome,
                        rule.pattern,
                    )
                )
                break
    if outcome := outcomes.get(HARASSMENT):
        # A message in Portuguese is not held on the model's reading either ("vou ali matar a
        # fome" was), but its risk is still read by it: the model alerts on the Portuguese
        # words for a bridge or a gun that earlier sets taught it, and an alert holds nothing.
        model_reads = not (model_unread or portuguese.is_portuguese(folded))
        found = _harassment(readings, folded, model_reads=model_reads)
        if found:
            findings.append(
                Finding(
                    HARASSMENT, _("harassment or urging someone to harm themselves"), outcome, found
                )
            )
    if outcome := outcomes.get(PERSONAL):
        for what, detect in (
            (_("a phone number"), detectors.phone_number),
            (_("a phone number"), detectors.spelled_phone_number),
            (_("a phone number"), detectors.local_phone_number),
            (_("an email address"), detectors.email_address),
            (_("a street address or postcode"), detectors.street_address),
            (_("a full name"), detectors.full_name),
        ):
            if found := detect(text):
                findings.append(Finding(PERSONAL, what, outcome, found))
                break
        else:
            if found := arabic.personal_words(folded):
                findings.append(
                    Finding(PERSONAL, _("a street address or a named person"), outcome, found)
                )
    if outcome := outcomes.get(OFF_PLATFORM):
        found = (
            detectors.messaging_handle(text)
            or _first(patterns.OFF_PLATFORM, patterns.OFF_PLATFORM_IDIOMS, readings)
            or arabic.off_platform_words(folded)
            or portuguese.off_platform_words(folded)
            or _off_platform_model(shipped, readings)
        )
        if found:
            findings.append(
                Finding(OFF_PLATFORM, _("moving the conversation off the platform"), outcome, found)
            )
    if (outcome := outcomes.get(SPAM)) and (
        found := _spam(readings, folded)
        or portuguese.spam_words(folded)
        or _model_hit(shipped, SPAM, readings)
    ):
        findings.append(Finding(SPAM, _("advertising or a scam"), outcome, found))
    findings.sort(key=lambda f: -SEVERITY[f.outcome])
    return findings
