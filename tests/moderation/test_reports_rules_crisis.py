"""Reports and the review queue, automatic rules, crisis language."""

import pytest

from chat.models import Message
from groups.models import Ban
from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError
from moderation import posting, review, rulebook, screened
from moderation.crisis import crisis_match
from moderation.models import (
    AllowedTerm,
    AuditAction,
    AuditEntry,
    CrisisAlert,
    Flag,
    ReviewItem,
    Rule,
)
from moderation.rules import clean_pattern
from moderation.selectors import active_mute, review_queue

pytestmark = pytest.mark.django_db


# --- reports


def test_anyone_in_group_flags_once_and_item_enters_queue(room, message_factory, events):
    message = message_factory(room.occurrence, room.member)
    flag = review.message_flag(actor=room.reader, message=message, reason="crosstalk")
    assert flag.item.message == message
    with pytest.raises(Conflict):
        review.message_flag(actor=room.reader, message=message, reason="spam")
    review.message_flag(actor=room.member2, message=message, reason="harmful", note="hurtful")
    assert list(review_queue(group=room.group)) == [flag.item]
    assert Flag.objects.filter(message=message).count() == 2
    assert not AuditEntry.objects.exists()  # a report is not a moderator action


def test_outsider_flags_only_when_in_room(room, message_factory):
    message = message_factory(room.occurrence, room.member)
    with pytest.raises(NotAllowed):
        review.message_flag(actor=room.outsider, message=message, reason="spam")
    review.message_flag(actor=room.outsider, message=message, reason="spam", in_room=True)


def test_listener_with_an_open_socket_counts_as_in_room(room, message_factory):
    from chat.models import RoomPresence

    message = message_factory(room.occurrence, room.member)
    RoomPresence.objects.create(
        channel_name="test.chan", occurrence=room.occurrence, user=room.outsider, listening=True
    )
    flag = review.message_flag(actor=room.outsider, message=message, reason="spam")
    assert flag.reporter == room.outsider


@pytest.mark.parametrize("reason", ["", "rude", None, "HARMFUL"])
def test_flag_needs_a_known_reason(room, message_factory, reason):
    message = message_factory(room.occurrence, room.member)
    with pytest.raises(ServiceError) as err:
        review.message_flag(actor=room.member2, message=message, reason=reason)
    assert err.value.code == "invalid_reason"
    assert not ReviewItem.objects.exists()


def test_own_message_cannot_be_flagged(room, message_factory):
    message = message_factory(room.occurrence, room.member)
    with pytest.raises(ServiceError):
        review.message_flag(actor=room.member, message=message, reason="spam")


def test_author_never_learns_who_flagged(
    room, message_factory, events, django_capture_on_commit_callbacks
):
    message = message_factory(room.occurrence, room.member)
    with django_capture_on_commit_callbacks(execute=True):
        review.message_flag(actor=room.member2, message=message, reason="harmful")
    assert all(group != f"user.{room.member.pk}" for group, _ in events)
    assert all("Member Two" not in str(event) for _, event in events)
    assert {group for group, _ in events} >= {f"user.{room.moderator.pk}", f"user.{room.owner.pk}"}


def test_queue_is_oldest_first_held_and_flagged(room, message_factory):
    first = message_factory(room.occurrence, room.member)
    held = message_factory(room.occurrence, room.member2, status=Message.Status.HELD)
    review.message_flag(actor=room.reader, message=first, reason="spam")
    screened.message_screened(message=held, screening=posting.Screening(action="hold"))
    assert [item.message for item in review_queue(group=room.group)] == [first, held]


def test_review_dismiss_keeps_message_and_is_audited_once(room, message_factory):
    message = message_factory(room.occurrence, room.member)
    item = review.message_flag(actor=room.reader, message=message, reason="spam").item
    review.review_resolve(actor=room.moderator, item=item, decision="dismiss", note="fine")
    message.refresh_from_db()
    assert message.status == Message.Status.VISIBLE
    assert [e.action for e in AuditEntry.objects.all()] == [AuditAction.REVIEW_DISMISS]
    with pytest.raises(Conflict):
        review.review_resolve(actor=room.moderator, item=item, decision="dismiss")
    assert AuditEntry.objects.count() == 1


def test_review_delete_and_mute(room, message_factory):
    message = message_factory(room.occurrence, room.member)
    item = review.message_flag(actor=room.reader, message=message, reason="harmful").item
    review.review_resolve(
        actor=room.moderator, item=item, decision="delete_and_mute", mute_minutes=15, note="n"
    )
    message.refresh_from_db()
    assert message.status == Message.Status.REMOVED
    assert active_mute(occurrence=room.occurrence, user=room.member).occurrence is None
    assert sorted(AuditEntry.objects.values_list("action", flat=True)) == sorted(
        [AuditAction.MESSAGE_REMOVE, AuditAction.MEMBER_MUTE]
    )


def test_review_delete_and_ban(room, message_factory):
    message = message_factory(room.occurrence, room.member)
    item = review.message_flag(actor=room.reader, message=message, reason="harmful").item
    review.review_resolve(actor=room.owner, item=item, decision="delete_and_ban", note="abuse")
    assert Ban.objects.active().filter(user=room.member).exists()
    item.refresh_from_db()
    assert item.decision == "delete_and_ban"


def test_review_delete_and_ban_of_moderator_by_moderator_changes_nothing(room, message_factory):
    message = message_factory(room.occurrence, room.moderator2)
    item = review.message_flag(actor=room.reader, message=message, reason="harmful").item
    with pytest.raises(NotAllowed):
        review.review_resolve(actor=room.moderator, item=item, decision="delete_and_ban")
    message.refresh_from_db()
    item.refresh_from_db()
    assert message.status == Message.Status.VISIBLE
    assert item.is_open
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize("role", ["member", "reader", "chair"])
def test_only_moderators_resolve_reviews(room, message_factory, role):
    message = message_factory(room.occurrence, room.member2)
    item = review.message_flag(actor=room.owner, message=message, reason="spam").item
    with pytest.raises(NotAllowed):
        review.review_resolve(actor=getattr(room, role), item=item, decision="delete")
    assert not AuditEntry.objects.exists()


def test_review_bad_decision(room, message_factory):
    message = message_factory(room.occurrence, room.member)
    item = review.message_flag(actor=room.reader, message=message, reason="spam").item
    with pytest.raises(ServiceError) as err:
        review.review_resolve(actor=room.moderator, item=item, decision="explode")
    assert err.value.code == "invalid_decision"


def test_held_message_approved_gets_new_seq_and_is_broadcast(
    room, message_factory, events, django_capture_on_commit_callbacks
):
    held = message_factory(room.occurrence, room.member, status=Message.Status.HELD)
    later = message_factory(room.occurrence, room.member2)
    screened.message_screened(message=held, screening=posting.Screening(action="hold"))
    with django_capture_on_commit_callbacks(execute=True):
        review.held_message_approve(actor=room.chair, message=held)
    held.refresh_from_db()
    assert held.status == Message.Status.VISIBLE
    assert held.seq > later.seq
    [(_, event)] = [e for e in events if e[0] == f"room.{room.occurrence.pk}"]
    assert (event["type"], event["seq"], event["message"]["status"]) == (
        "room.message",
        held.seq,
        "visible",
    )
    moved = [g for g, e in events if e.get("kind") == "approved" and e["old_seq"] < held.seq]
    assert f"user.{room.member.pk}" in moved
    assert not ReviewItem.objects.open().exists()
    assert AuditEntry.objects.get().action == AuditAction.MESSAGE_APPROVE
    with pytest.raises(Conflict):
        review.held_message_approve(actor=room.chair, message=held)


def test_member_cannot_approve(room, message_factory):
    held = message_factory(room.occurrence, room.member, status=Message.Status.HELD)
    with pytest.raises(NotAllowed):
        review.held_message_approve(actor=room.member2, message=held)


# --- rules


def screen(room, body, author=None):
    return posting.message_screen(
        occurrence=room.occurrence, author=author or room.member, body=body
    )


def test_word_rule_matches_whole_words_only(room):
    rulebook.rule_create(actor=room.moderator, group=room.group, pattern="kill", action="hold")
    assert screen(room, "You are so skilled at this").action == "allow"
    assert screen(room, "Killing time").action == "allow"
    held = screen(room, "I will KILL the plant")
    assert held.action == "hold"
    assert "kill" in held.review_reason


def test_allowed_term_keeps_phrase_out_of_rule(room):
    rulebook.rule_create(actor=room.moderator, group=room.group, pattern="kill", action="block")
    rulebook.allowed_term_add(actor=room.moderator, group=room.group, term="kill time")
    assert screen(room, "we kill time here").action == "allow"
    blocked = screen(room, "kill")
    assert (blocked.action, blocked.code) == ("block", "blocked")
    assert "kill" in blocked.reason


def test_phrase_and_flag_rules(room):
    rulebook.rule_create(
        actor=room.moderator, group=room.group, pattern="group hug", kind="phrase", action="flag"
    )
    result = screen(room, "Group   hug, friends")
    assert (result.action, result.flag) == ("allow", True)


def test_site_wide_rules_apply_and_other_groups_rules_do_not(room, group_factory):
    Rule.objects.create(group=None, pattern="sitebad", action="block")
    other = group_factory()
    Rule.objects.create(group=other, pattern="otherbad", action="block")
    assert screen(room, "sitebad").action == "block"
    assert screen(room, "otherbad").action == "allow"


@pytest.mark.parametrize(
    ("pattern", "kind", "code"),
    [
        ("", "word", "pattern_empty"),
        ("   ", "word", "pattern_empty"),
        ("!!!", "word", "pattern_no_letters"),
        (". , ;", "phrase", "pattern_no_letters"),
        ("ab", "word", "pattern_too_short"),
        ("x" * 101, "word", "pattern_too_long"),
        ("two words", "word", "pattern_not_a_word"),
        ("a b c d e f g h i", "phrase", "pattern_too_long"),
    ],
)
def test_absurd_patterns_refused_and_not_audited(room, pattern, kind, code):
    with pytest.raises(ServiceError) as err:
        rulebook.rule_create(actor=room.moderator, group=room.group, pattern=pattern, kind=kind)
    assert err.value.code == code
    assert not Rule.objects.filter(group__isnull=False).exists()
    assert not AuditEntry.objects.exists()


def test_clean_pattern_normalizes():
    assert clean_pattern("  Buy   NOW ", kind="phrase") == "buy now"


def test_members_cannot_create_rules(room):
    with pytest.raises(NotAllowed):
        rulebook.rule_create(actor=room.member, group=room.group, pattern="spam")


def test_rule_disable_audited_and_site_rules_untouchable(room):
    rule = rulebook.rule_create(actor=room.moderator, group=room.group, pattern="spam")
    rulebook.rule_set_enabled(actor=room.moderator, rule=rule, enabled=False)
    assert screen(room, "spam").action == "allow"
    site = Rule.objects.create(pattern="sitewide")
    with pytest.raises(NotAllowed):
        rulebook.rule_set_enabled(actor=room.moderator, rule=site, enabled=False)
    assert list(AuditEntry.objects.values_list("action", flat=True).order_by("pk")) == [
        AuditAction.RULE_CREATE,
        AuditAction.RULE_DISABLE,
    ]


def test_links_held_for_recent_members_only(room, member_factory, message_factory):
    room.group.link_hold_days = 7
    room.group.save()
    assert screen(room, "see https://example.org/x").action == "hold"
    assert screen(room, "see example.com").action == "hold"
    assert screen(room, "no link here. really").action == "allow"
    assert screen(room, "see https://example.org", author=room.moderator).action == "allow"
    from django.utils import timezone

    room.group.memberships.filter(user=room.member2).update(
        joined_at=timezone.now() - timezone.timedelta(days=30)
    )
    for _ in range(3):  # past the first messages, whose links are held whatever the days
        message_factory(room.occurrence, room.member2)
    assert screen(room, "https://example.org", author=room.member2).action == "allow"


def test_first_messages_of_new_member_held(room, message_factory):
    room.group.new_member_hold_count = 2
    room.group.save()
    assert screen(room, "hello").action == "hold"
    message_factory(room.occurrence, room.member)
    assert screen(room, "hello").action == "hold"
    message_factory(room.occurrence, room.member)
    assert screen(room, "hello").action == "allow"


def test_new_member_hold_is_off_by_default_but_first_links_are_held(room, message_factory):
    assert screen(room, "hello").action == "allow"
    held = screen(room, "hello https://example.org")
    assert held.action == "hold"
    assert "first 3 messages" in held.review_reason
    for _ in range(3):
        message_factory(room.occurrence, room.member)
    assert screen(room, "hello https://example.org").action == "allow"
    assert screen(room, "see https://example.org", author=room.moderator).action == "allow"


# --- crisis


@pytest.mark.parametrize(
    "text",
    [
        "I want to die",
        "Sometimes I think about suicide",
        "i don\u2019t want to live anymore",
        "I might hurt   myself tonight",
        "everyone would be better off without me",
    ],
)
def test_crisis_phrases_match(text):
    assert crisis_match(text)


@pytest.mark.parametrize(
    "text",
    [
        "I would kill myself laughing at that",
        "we watched suicide squad",
        "the diet is killing my mood",
        "I am skilled at this",
        "I will survive",
    ],
)
def test_crisis_guards_and_non_matches(text):
    assert crisis_match(text) is None


def test_crisis_message_posted_author_gets_resources_and_moderators_alerted(
    room, message_factory, events, django_capture_on_commit_callbacks
):
    room.group.crisis_resources = "Our group phone: **555 0100**"
    room.group.save()
    result = screen(room, "I want to die")
    assert (result.action, result.crisis) == ("allow", True)
    message = message_factory(room.occurrence, room.member, body="I want to die")
    with django_capture_on_commit_callbacks(execute=True):
        screened.message_screened(message=message, screening=result)
    alert = CrisisAlert.objects.get()
    assert (alert.author, alert.message, alert.group) == (room.member, message, room.group)
    [notice] = [e for g, e in events if g == f"user.{room.member.pk}"]
    assert notice["type"] == "user.notice"
    assert notice["kind"] == "crisis"
    assert "988" in notice["html"]
    assert "116 123" in notice["html"]
    assert "findahelpline.com" in notice["html"]
    assert "<strong>555 0100</strong>" in notice["html"]
    alerted = {g for g, e in events if e.get("kind") == "crisis_alert"}
    assert alerted == {
        f"user.{room.moderator.pk}",
        f"user.{room.moderator2.pk}",
        f"user.{room.owner.pk}",
        f"user.{room.chair.pk}",
    }
    message.refresh_from_db()
    assert message.status == Message.Status.VISIBLE


# A group meeting in another language: what its member says, and what its notice must hold.
GROUP_LANGUAGE_NOTICES = [
    pytest.param(
        "es",
        "ya no aguanto más, me quiero morir",
        ("No estás solo", "024", "717 003 717", "findahelpline.com"),
        "024",
        id="spanish",
    ),
    pytest.param(
        "pt",
        "não aguento mais, quero morrer",
        ("Você não está sozinho", "188", "808 24 24 24", "findahelpline.com"),
        "188",
        id="portuguese",
    ),
    pytest.param(
        "ar",
        # "I'm done, I want to die tonight", in Levantine Arabic.
        "\u062e\u0644\u0627\u0635 \u0628\u062f\u064a \u0645\u0648\u062a "
        "\u0627\u0644\u0644\u064a\u0644\u0629",
        # "you are not alone", and Lebanon's line.
        ("\u0644\u0633\u062a \u0648\u062d\u062f\u0643", "1564", "findahelpline.com"),
        "1564",
        id="arabic",
    ),
]


@pytest.mark.parametrize(("language", "text", "shown", "told"), GROUP_LANGUAGE_NOTICES)
def test_group_crisis_notice_in_its_language_with_its_lines(
    room, message_factory, events, django_capture_on_commit_callbacks, language, text, shown, told
):
    room.group.language = language
    room.group.save()
    result = screen(room, text)
    assert (result.action, result.crisis) == ("allow", True)
    message = message_factory(room.occurrence, room.member, body=text)
    with django_capture_on_commit_callbacks(execute=True):
        screened.message_screened(message=message, screening=result)
    [notice] = [e for g, e in events if g == f"user.{room.member.pk}"]
    assert notice["kind"] == "crisis"
    for words in shown:
        assert words in notice["html"]
    assert "Samaritans" not in notice["html"]
    assert told in notice["detail"]
    assert CrisisAlert.objects.filter(message=message).exists()


def test_crisis_message_never_silently_blocked(room):
    Rule.objects.create(pattern="die", action="block")
    result = screen(room, "I want to die")
    assert (result.action, result.crisis) == ("hold", True)


def test_crisis_alert_acknowledged_by_moderator_once(room, message_factory):
    message = message_factory(room.occurrence, room.member, body="suicidal")
    alert = screened.crisis_alert_create(message=message)
    with pytest.raises(NotAllowed):
        review.crisis_alert_acknowledge(actor=room.member2, alert=alert)
    review.crisis_alert_acknowledge(actor=room.moderator, alert=alert)
    with pytest.raises(Conflict):
        review.crisis_alert_acknowledge(actor=room.moderator, alert=alert)
    assert AuditEntry.objects.get().action == AuditAction.CRISIS_ACKNOWLEDGE


def test_retention_set_validates_and_audits(room):
    with pytest.raises(ServiceError):
        rulebook.retention_set(actor=room.moderator, group=room.group, hours=-1)
    with pytest.raises(ServiceError):
        rulebook.retention_set(actor=room.moderator, group=room.group, hours=10**6)
    with pytest.raises(NotAllowed):
        rulebook.retention_set(actor=room.member, group=room.group, hours=0)
    rulebook.retention_set(actor=room.moderator, group=room.group, hours=0)
    room.group.refresh_from_db()
    assert room.group.chat_retention_hours == 0
    assert AuditEntry.objects.get().reason == "24 → 0 hours"


def test_private_group_rule_create_by_stranger_not_found(group_factory, user_factory):
    group = group_factory(visibility="private")
    with pytest.raises(NotFound):
        rulebook.rule_create(actor=user_factory(), group=group, pattern="spam")
    assert not AllowedTerm.objects.exists()


def test_site_defaults_are_seeded_and_whole_word(room):
    import importlib

    from django.apps import apps

    # Idempotent; a transactional test elsewhere may have flushed the migrated rows.
    importlib.import_module("moderation.migrations.0002_site_default_rules").seed(apps, None)
    assert screen(room, "crypto giveaway today").action == "block"
    assert screen(room, "whatsapp me later").action == "hold"
    assert screen(room, "skys are grey").action == "allow"
