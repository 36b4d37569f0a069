"""Screening through the pages: a moderator tries a sentence on the rules page and makes
spam refused, and a member's disguised spam is refused in the room; a member's crisis
message reaches them with resources and a moderator in another browser with an alert;
contact and spam that only the screening model reads are held from the others."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from groups.demo import OPEN_GROUP_SLUG
from groups.models import Group
from meetings.demo import DROP_IN
from meetings.models import Occurrence
from tests.browser.conftest import _open_page
from tests.browser.screening_flow import screened_in_three_browsers
from tests.browser.support import axe_check, screenshot, wait_until_room_is_empty
from tests.browser.support import outside_browser_loop as elsewhere
from tests.browser.test_moderator_queue import log_in, say
from tests.demo import load_demo


@pytest.fixture
def demo_room(live_site):
    elsewhere(load_demo)
    live = Occurrence.objects.get(series__group__slug=OPEN_GROUP_SLUG, series__title=DROP_IN)
    return live, live_site(reverse("chat:room", kwargs={"pk": live.pk}))


@pytest.fixture
def three_in_the_room(live_site, browser, browser_problems, page, another_page, demo_room):
    """Mira (a moderator), Sam (a member) and Ash (a reader, in a third browser) in the
    demo room; all leave at the end. Yields them and the list of shares Ash sees."""
    live, room = demo_room
    mira, sam = page, another_page
    ash_context, ash = _open_page(browser, browser_problems)
    for person, key in ((mira, "moderator"), (sam, "member"), (ash, "reader")):
        log_in(person, live_site, key)
        person.goto(room)
        expect(person.locator("#room-connection")).to_have_text("Connected")
    try:
        yield mira, sam, ash, ash.get_by_role("list", name="Shares in this meeting")
    finally:
        for person in (sam, mira, ash):
            person.goto(live_site(reverse("home")))
        ash_context.close()
        wait_until_room_is_empty(page, live)


@pytest.mark.browser
def test_moderator_tries_a_sentence_and_refuses_spam_which_a_member_then_cannot_post(
    live_site, page, another_page, demo_room
):
    live, room = demo_room
    group = Group.objects.get(slug=OPEN_GROUP_SLUG)
    log_in(page, live_site, "moderator")
    page.goto(live_site(reverse("moderation:rules", kwargs={"slug": group.slug})))

    # Try a sentence: what would happen, and why; nothing is posted.
    page.get_by_label("A sentence to try").fill("add me on snap: bigdave99")
    page.get_by_role("button", name="Try it").click()
    result = page.get_by_role("status")
    expect(result).to_contain_text("It would be held")
    expect(result).to_contain_text("Moving the conversation off the platform")
    box = page.get_by_label("A sentence to try")
    box.fill("My dad died two years ago, this week is killing me")
    page.get_by_role("button", name="Try it").click()
    expect(page.get_by_role("status")).to_contain_text("No rule matched.")
    axe_check(page)
    screenshot(page, "moderation-rules")

    # Spam is now refused outright in this group.
    page.get_by_label("What happens with spam").select_option("block")
    page.get_by_role("button", name="Save spam").click()
    expect(page.locator(".messages")).to_contain_text("Rule set saved.")
    page.get_by_label("A sentence to try").fill("ch3ap x4nax, no prescr1ption")
    page.get_by_role("button", name="Try it").click()
    expect(page.get_by_role("status")).to_contain_text("It would not be posted")

    # Sam, in the live room, is refused with the reason; nobody else sees it.
    sam = another_page
    log_in(sam, live_site, "member")
    sam.goto(room)
    expect(sam.locator("#room-connection")).to_have_text("Connected")
    say(sam, "ch3ap x4nax, no prescr1ption, dm me")
    expect(sam.locator("#room-notices")).to_contain_text("advertising or a scam")
    expect(sam.get_by_role("list", name="Shares in this meeting")).not_to_contain_text("x4nax")
    sam.goto(live_site(reverse("home")))
    wait_until_room_is_empty(page, live)


@pytest.mark.browser
def test_crisis_message_sends_resources_and_alerts_a_moderator_in_another_browser(
    live_site, page, another_page, demo_room
):
    live, room = demo_room
    mira, sam = page, another_page
    log_in(mira, live_site, "moderator")
    mira.goto(room)
    expect(mira.locator("#room-connection")).to_have_text("Connected")
    log_in(sam, live_site, "member")
    sam.goto(room)
    expect(sam.locator("#room-connection")).to_have_text("Connected")

    # Slang the old phrase list missed; the share is posted, never dropped.
    say(sam, "honestly im so done, gonna kms tonight")
    expect(sam.locator("#room-notices")).to_contain_text("988")
    expect(mira.locator("#room-notices")).to_contain_text("may be at risk")
    expect(mira.get_by_role("list", name="Shares in this meeting")).to_contain_text(
        "gonna kms tonight"
    )
    # Talk about someone else is not an alert.
    say(sam, "my brother attempted suicide last year and I still worry")
    expect(mira.get_by_role("list", name="Shares in this meeting")).to_contain_text("I still worry")
    expect(mira.locator("#room-notices .notice")).to_have_count(1)
    screenshot(mira, "room-crisis-alert")
    sam.goto(live_site(reverse("home")))
    mira.goto(live_site(reverse("home")))
    wait_until_room_is_empty(page, live)


@pytest.mark.browser
def test_spanish_crisis_message_gets_spanish_resources_and_alerts_a_moderator(
    live_site, page, another_page, demo_room
):
    live, room = demo_room
    elsewhere(lambda: Group.objects.filter(pk=live.series.group_id).update(language="es"))
    mira, sam = page, another_page
    log_in(mira, live_site, "moderator")
    mira.goto(room)
    expect(mira.locator("#room-connection")).to_have_text("Connected")
    log_in(sam, live_site, "member")
    sam.goto(room)
    expect(sam.locator("#room-connection")).to_have_text("Connected")

    say(sam, "ya no aguanto más, me quiero morir")
    expect(sam.locator("#room-notices")).to_contain_text("No estás solo")
    expect(sam.locator("#room-notices")).to_contain_text("024")
    expect(mira.locator("#room-notices")).to_contain_text("may be at risk")
    # An everyday figure of speech is not an alert.
    say(sam, "me muero de ganas de ver a mis hijos")
    expect(mira.get_by_role("list", name="Shares in this meeting")).to_contain_text("mis hijos")
    expect(mira.locator("#room-notices .notice")).to_have_count(1)
    sam.goto(live_site(reverse("home")))
    mira.goto(live_site(reverse("home")))
    wait_until_room_is_empty(page, live)


@pytest.mark.browser
def test_harassment_without_a_fixed_phrase_is_held_and_kindness_is_not(three_in_the_room):
    mira, sam, ash, ash_shares = three_in_the_room
    # Kindness in the words the model weighs ("you", "deserve", "yourself") goes through.
    say(sam, "you deserve a break, go easy on yourself")
    expect(ash_shares).to_contain_text("go easy on yourself")
    # Contempt no phrase list names, read by the screening model: held for a moderator,
    # and Sam is told so privately.
    say(sam, "bet your sponsor is sick of hearing you whine")
    expect(sam.locator("#room-notices")).to_contain_text(
        "will appear for others once a moderator has looked"
    )
    expect(mira.locator("#room-held li")).to_contain_text("sick of hearing you whine")
    say(sam, "sorry, that was out of line")
    expect(ash_shares).to_contain_text("out of line")
    expect(ash_shares).not_to_contain_text("sick of hearing")
    screenshot(ash, "room-harassment-held-for-a-reader")


@pytest.mark.browser
def test_contact_and_spam_no_phrase_names_are_held_and_group_talk_is_not(three_in_the_room):
    mira, sam, _ash, ash_shares = three_in_the_room
    # Moving someone off the platform and a scam in words no phrase list names, read by the
    # screening model's contact and spam classes: held for a moderator, never shown to Ash.
    say(sam, "what area are you in? maybe we could meet up somewhere quiet")
    expect(sam.locator("#room-notices")).to_contain_text(
        "will appear for others once a moderator has looked"
    )
    say(sam, "my cousin made 40k with a forex coach, happy to introduce you")
    held = mira.locator("#room-held li")
    expect(held.filter(has_text="meet up somewhere quiet")).to_have_count(1)
    expect(held.filter(has_text="forex coach")).to_have_count(1)
    # The group's own talk of its phone list goes through.
    say(sam, "the phone list is in the group folder if you need it")
    expect(ash_shares).to_contain_text("the phone list is in the group folder")
    expect(ash_shares).not_to_contain_text("somewhere quiet")
    expect(ash_shares).not_to_contain_text("forex")


@pytest.mark.browser
def test_teasing_and_kind_words_on_hard_subjects_go_through_and_cruelty_on_them_is_held(
    three_in_the_room,
):
    mira, sam, _ash, ash_shares = three_in_the_room
    # Teasing between friends, credit given and grief defended reach everyone at once.
    say(sam, "you're such a drama queen, love you tho")
    say(sam, "you were the reason he got sober, never forget that")
    say(sam, "nobody can tell you you don't get to grieve him")
    for kind in ("drama queen", "reason he got sober", "nobody can tell you"):
        expect(ash_shares).to_contain_text(kind)
    # A stated reason for being away is no goodbye: no alert for Mira.
    say(sam, "you won't see me next week, I'm on holiday! bye everyone")
    expect(ash_shares).to_contain_text("on holiday")
    # The same subjects turned on a member are held for Mira, and never reach Ash.
    say(sam, "you don't get to mourn her, you left")
    say(sam, "she relapsed because of you and we all know it")
    held = mira.locator("#room-held li")
    expect(held.filter(has_text="mourn her")).to_have_count(1)
    expect(held.filter(has_text="relapsed because of you")).to_have_count(1)
    say(sam, "sorry, I'm just angry tonight")
    expect(ash_shares).to_contain_text("just angry tonight")
    expect(ash_shares).not_to_contain_text("mourn her")
    expect(ash_shares).not_to_contain_text("relapsed because")
    expect(mira.locator("#room-notices")).not_to_contain_text("may be at risk")
    screenshot(mira, "room-held-cruelty-kind-words-through", bottom="#room-held")


@pytest.mark.browser
def test_a_relapse_offered_and_a_member_watched_are_held_a_venue_and_a_quiet_plan_are_not(
    three_in_the_room,
):
    mira, sam, _ash, ash_shares = three_in_the_room
    # The hall's address for those coming in person is nobody's personal details.
    say(sam, "the hall is at 14 Church Street, round the back by the car park")
    expect(ash_shares).to_contain_text("14 Church Street")
    # A drink laid on for someone in recovery, and a member's home watched: held for Mira,
    # never shown to Ash.
    say(sam, "got a bottle of vodka with your name on it at mine, one won't hurt")
    say(sam, "noticed your bedroom light was on at 3am")
    held = mira.locator("#room-held li")
    expect(held.filter(has_text="your name on it")).to_have_count(1)
    expect(held.filter(has_text="bedroom light")).to_have_count(1)
    # A plan said quietly alerts Mira, and Sam is given the crisis lines privately.
    say(sam, "booked a b&b for friday, paid cash. not checking out.")
    expect(sam.locator("#room-notices")).to_contain_text("988")
    expect(mira.locator("#room-notices")).to_contain_text("may be at risk")
    expect(ash_shares).to_contain_text("not checking out")
    expect(ash_shares).not_to_contain_text("your name on it")
    expect(ash_shares).not_to_contain_text("bedroom light")
    screenshot(mira, "room-held-relapse-offer-watching", bottom="#room-held")


def _passed_held_and_alerted(room, *, passed, held, crisis, shot):
    """Sam says the ``passed`` shares (kind words in the shapes of the held ones): they reach
    Ash. He says the ``held`` ones: they wait in Mira's held list and never reach Ash. He
    says ``crisis``: he is given the crisis lines privately and Mira is alerted."""
    mira, sam, ash, _ash_shares = room
    screened_in_three_browsers(
        sam,
        mira,
        ash,
        say_as=say,
        passes=passed,
        held=held,
        risk=crisis,
        notice=("988",),
        shots=((mira, shot, "#room-held"),),
    )


@pytest.mark.browser
def test_a_sneer_and_a_member_shamed_are_held_kindness_and_a_boundary_are_not(
    three_in_the_room,
):
    _passed_held_and_alerted(
        three_in_the_room,
        passed=[
            "nobody here wants you to struggle alone, Ash",
            "decided I'm not visiting him in prison anymore. it's too much for me",
        ],
        # A sneer dressed as a blessing, and a member shamed before the room.
        held=[
            "bless your heart, you actually believe ninety days means something",
            "everybody wave hello to the man who gambled his kids' savings",
        ],
        crisis="drowning seems the easiest way now",  # a way of dying weighed
        shot="room-held-sneer-shaming",
    )


@pytest.mark.browser
def test_screenshots_sent_to_a_boss_and_a_childs_school_are_held_the_meeting_times_are_not(
    three_in_the_room,
):
    _passed_held_and_alerted(
        three_in_the_room,
        # A screenshot for one's own sister; a school year with no school named.
        passed=[
            "took a screenshot of the meeting times to send to my sister",
            "my son goes to high school next year, can't believe it",
        ],
        # A member's words carried to their boss; a child's school by name.
        held=[
            "I took screenshots of all your posts and I'm sending them to your boss",
            "my son goes to Hillside Academy",
        ],
        crisis="necked the whole bottle and all my pills an hour ago",
        shot="room-held-screenshots-school",
    )


@pytest.mark.browser
def test_your_kind_and_a_member_mocked_are_held_a_request_to_mute_phones_is_not(
    three_in_the_room,
):
    _passed_held_and_alerted(
        three_in_the_room,
        passed=[
            "let's all mute our phones for the reading please",
            "I had to sit down and listen to my body today",
        ],
        held=["your kind isn't welcome here", "Poor little Ash, did mummy not love you enough"],
        crisis="sui thoughts really loud tonight",
        shot="room-held-your-kind",
    )


@pytest.mark.browser
def test_a_freeze_out_and_a_relapse_foretold_are_held_a_tease_with_love_is_not(
    three_in_the_room,
):
    _passed_held_and_alerted(
        three_in_the_room,
        # Teasing between friends; one's own crying.
        passed=[
            "Ash you're so annoying, shut up ily",
            "gonna go cry in the shower and then make dinner",
        ],
        # The room asked to freeze Ash out; his relapse foretold.
        held=[
            "can we all just ignore Ash until he gets the hint",
            "you'll be back on the bottle by christmas Ash",
        ],
        crisis="all my things are given away. last message from me, thank you all",
        shot="room-held-freeze-out",
    )


@pytest.mark.browser
def test_praise_with_a_sting_is_held_and_praise_meant_goes_through(three_in_the_room):
    _passed_held_and_alerted(
        three_in_the_room,
        # Praise meant, in the same words as the sneers.
        passed=[
            "Lovely share Ash, it really helped me this time",
            "Well done on day 9 Ash, so proud of you",
        ],
        # Praise with a sting in its tail; tears mocked.
        held=["Lovely share Ash, almost believable this time", "Ash crying again, what a surprise"],
        crisis="I'm only on tonight to say goodbye before I go",
        shot="room-held-praise-with-a-sting",
    )


@pytest.mark.browser
def test_grief_mocked_and_a_secret_held_over_someone_are_held_the_addiction_sworn_at_is_not(
    three_in_the_room,
):
    _passed_held_and_alerted(
        three_in_the_room,
        # The addiction sworn at; cruelty from home remembered.
        passed=[
            "screw you booze, you stole my thirties",
            "'you're useless' - I can still hear it, decades on",
        ],
        # Grief mocked by its length; a secret kept "for now".
        held=[
            "two years on and still moaning about your dad Ash? move on",
            "your secret is safe with me Ash. for now",
        ],
        crisis="dad hits me when he's drunk, he's drunk now and mum's at work",
        shot="room-held-grief-mocked",
    )


@pytest.mark.browser
def test_harm_urged_on_the_room_is_held_kind_replies_by_name_are_not(three_in_the_room):
    _passed_held_and_alerted(
        three_in_the_room,
        # Kind replies to a member by name, the shape the model once held for the name.
        passed=[
            "Ash how's the house move going?",
            "Ash are you still there? think you dropped off",
        ],
        # A way to die told to the room; violence wished on a member.
        held=[
            "step in front of a train, the lot of you",
            "hope you get stabbed on the way home Ash",
        ],
        # The same kind of words said of oneself: an alert, never held.
        crisis="might just walk into the river tonight",
        shot="room-held-harm-urged",
    )
    _mira, _sam, _ash, ash_shares = three_in_the_room
    expect(ash_shares).to_contain_text("might just walk into the river tonight")


@pytest.mark.browser
def test_death_wished_in_other_words_is_held_and_its_kind_twins_pass(three_in_the_room):
    _passed_held_and_alerted(
        three_in_the_room,
        # Kind wishes in the same words.
        passed=[
            "Ash may your kidney transplant go smoothly",
            "see you in the morning Ash",
        ],
        # Death wished, and life switched off like a program.
        held=[
            "hope u bleed out",
            "uninstall yourself from life",
        ],
        # The same means said of oneself, with the "I" left out: an alert, never held.
        crisis="sitting in the garage with the engine running",
        shot="room-held-death-wished",
    )
    _mira, _sam, _ash, ash_shares = three_in_the_room
    expect(ash_shares).to_contain_text("sitting in the garage with the engine running")


@pytest.mark.browser
def test_death_hinted_is_held_and_warm_words_in_its_shape_pass(three_in_the_room):
    _passed_held_and_alerted(
        three_in_the_room,
        # Surprise and a laugh given credit, in the words sneers use.
        passed=[
            "shut up Ash, you got the job?! that's brilliant",
            "your dad's funeral was beautiful, Ash",
        ],
        # Death wished in hints: the breath grudged, a funeral looked forward to.
        held=[
            "oxygen thief, the lot of you",
            "can't wait for your funeral Ash",
        ],
        # A threat at home, told with its danger present.
        crisis="he said he'll break my legs if I tell anyone and he's in the next room right now",
        shot="room-held-death-hinted",
    )


@pytest.mark.browser
def test_means_said_quietly_alert_a_moderator_and_their_kind_twins_do_not(three_in_the_room):
    # Batches 138 to 161 (docs/moderation.md, "Batches 138 to 201"): the means, and what they
    # are not for; a holiday and a tyre swing in the same words pass without an alert.
    mira, sam, _ash, ash_shares = three_in_the_room
    kind = (
        "won't be at tuesday's meeting or the week after, I'm in Spain",
        "got a rope for the tyre swing, the kids love it",
    )
    for text in kind:
        say(sam, text)
    for text in kind:
        expect(ash_shares).to_contain_text(text)
    expect(mira.locator("#room-notices")).not_to_contain_text("may be at risk")
    say(sam, "got a rope from the hardware shop. not for the garden")
    expect(sam.locator("#room-notices")).to_contain_text("988")
    alert = mira.locator("#room-notices")
    expect(alert).to_contain_text("may be at risk")
    expect(alert).to_contain_text("Sam's message")
    # Crisis language is never held: the others read it, and can reach out.
    expect(ash_shares).to_contain_text("not for the garden")
    screenshot(mira, "room-crisis-said-quietly", bottom="#room-notices")
    screenshot(sam, "room-crisis-said-quietly-resources", bottom="#room-notices")


@pytest.mark.browser
def test_a_meeting_number_and_advice_pass_a_report_threat_and_an_id_are_held(three_in_the_room):
    # Batches 202 to 217 (docs/moderation.md): a host's meeting number and advice about a
    # member's manager reach the room; a member threatened with immigration and a Medicaid
    # number wait for a moderator; an overdose told by what it was taken with alerts Mira.
    _passed_held_and_alerted(
        three_in_the_room,
        passed=[
            "Meeting ID for Thursday is 884 2219 0673, passcode is the usual",
            "Ash, tell your manager you're in recovery, mine was brilliant about it",
        ],
        held=[
            "i'll call ICE on you tomorrow Ash",
            "my medicaid id is 88210456B if the case worker asks",
        ],
        crisis="took all my klonopin with a couple of shift drinks",
        shot="room-held-report-threat",
    )
    _mira, _sam, _ash, ash_shares = three_in_the_room
    expect(ash_shares).to_contain_text("couple of shift drinks")


@pytest.mark.browser
def test_powers_told_sideways_are_held_and_a_wish_said_on_its_own_alerts(three_in_the_room):
    # Screening of what members from many communities write (docs/moderation.md, "Batches 242
    # to 251"): advice and a kind push in the shapes of threats reach Ash; a threat to tell the
    # police and a "nobody here will miss you" wait in Mira's held list; Sam's own wish to die,
    # said in a sentence of its own before the day's news, alerts Mira.
    mira, sam, ash, _ash_shares = three_in_the_room
    screened_in_three_browsers(
        sam,
        mira,
        ash,
        say_as=say,
        passes=(
            "the church would love to hear your story one day",
            "the kindest thing you could do for yourself is go to a meeting tonight",
        ),
        held=(
            "the police might be very interested in where you get your gear",
            "nobody in this group will miss you when you stop coming",
        ),
        risk="swear to god I want to die. the bailiffs came again today",
        notice=("You are not alone",),
        shots=(
            (sam, "room-community-crisis-notice", "#room-notices"),
            (mira, "room-community-held-and-alert", "#room-held"),
        ),
    )


def test_a_meeting_threatened_with_love_passes_a_disaster_wished_and_a_power_are_held(
    three_in_the_room,
):
    # Batches 258 to 263 (docs/moderation.md): a member dragged to the meeting with love and a
    # workplace known warmly reach Ash; one call to the home office and a disaster wished on a
    # member wait in Mira's held list; Sam's voice to end it, winning, alerts Mira.
    mira, sam, ash, _ash_shares = three_in_the_room
    screened_in_three_browsers(
        sam,
        mira,
        ash,
        say_as=say,
        passes=(
            "ill hunt you down after group and give you the biggest hug",
            "i know you work nights at the hospital, see you at the meeting",
        ),
        held=(
            "one call to the home office about you and that's your visa gone",
            "you should have been on that plane, would have done us all a favour",
        ),
        risk="the voice telling me to end it is winning tonight",
        notice=("You are not alone",),
        shots=(
            (sam, "room-pulls-crisis-notice", "#room-notices"),
            (mira, "room-pulls-held-and-alert", "#room-held"),
        ),
    )


def test_a_team_and_a_government_pass_a_lease_and_a_stash_are_held_kreyol_alerts(
    three_in_the_room,
):
    # Batches 264 to 269 (docs/moderation.md): a team that will be the death of a fan and anger
    # at a government reach Ash; a landlord's cousin with a lease that is up, and a stash of
    # pills and what to do with it, wait in Mira's held list; Sam's wish to die, written in
    # Haitian Kreyol, gives him the notice and alerts Mira.
    mira, sam, ash, _ash_shares = three_in_the_room
    screened_in_three_browsers(
        sam,
        mira,
        ash,
        say_as=say,
        passes=(
            "the leafs are gonna kill me this season",
            "this government can go to hell, nurses using food banks",
        ),
        held=(
            "your landlord's my cousin. lease is up in march, isn't it",
            "you know what you should do with those pills you keep talking about",
        ),
        risk="mwen pa vle viv anko, tout bagay twop",
        notice=("You are not alone",),
        shots=(
            (sam, "room-kreyol-crisis-notice", "#room-notices"),
            (mira, "room-lease-held-and-alert", "#room-held"),
        ),
    )


@pytest.mark.browser
def test_disguised_taunts_are_held_a_reported_insult_and_a_busy_app_pass_the_night_alerts(
    three_in_the_room,
):
    # Batches 280 to 287 (docs/moderation.md): an insult Sam reports to the moderators, quoted,
    # and his family's group chat reach Ash; a taunt with a 1 for an l and one dotted apart
    # word by word wait in Mira's held list; his doubt that he will see the morning alerts her.
    _passed_held_and_alerted(
        three_in_the_room,
        passed=[
            'mods, someone sent me "u r w0rthless" in a DM, I screenshotted it',
            "my WhatsApp is blowing up with family drama, muting it for the meeting",
        ],
        held=["ki11 yourse1f", "d.r.i.n.k u.p, u kno u want 2"],
        crisis="Not sure I'll make it through the night tbh",
        shot="room-held-disguised-taunts",
    )
