"""The rules page: Try a sentence, rule sets, editing and deleting rules, removing allowed
terms, and clear refusals that change nothing."""

import pytest
from django.urls import reverse

from moderation import rulebook
from moderation.models import AllowedTerm, AuditEntry, Rule, RuleSet


def url(name, room, **kwargs):
    return reverse(f"moderation:{name}", kwargs={"slug": room.group.slug, **kwargs})


@pytest.fixture
def mod_client(client, room):
    client.force_login(room.moderator)
    return client


def test_try_a_sentence_says_what_would_happen_and_why(mod_client, room):
    response = mod_client.post(url("rule_try", room), {"sentence": "add me on snap: bigdave99"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "It would be held" in page
    assert "Moving the conversation off the platform" in page
    assert not AuditEntry.objects.exists()


def test_try_a_crisis_sentence_says_resources_and_alert(mod_client, room):
    page = mod_client.post(url("rule_try", room), {"sentence": "I want to die"}).content.decode()
    assert "It would be posted." in page
    assert "crisis resources" in page


def test_try_an_ordinary_sentence(mod_client, room):
    page = mod_client.post(
        url("rule_try", room), {"sentence": "My dad died two years ago"}
    ).content.decode()
    assert "It would be posted." in page
    assert "No rule matched." in page


def test_try_needs_a_sentence_and_members_cannot(client, mod_client, room):
    assert mod_client.post(url("rule_try", room), {"sentence": ""}).status_code == 400
    client.force_login(room.member)
    assert client.post(url("rule_try", room), {"sentence": "hi"}).status_code == 403


def test_rule_set_saved_from_the_page_and_bad_choice_refused(mod_client, room):
    response = mod_client.post(
        url("rule_set", room, category="spam"), {"action": "block", "enabled": "on"}
    )
    assert response.status_code == 302
    assert RuleSet.objects.get().action == "block"
    response = mod_client.post(url("rule_set", room, category="crisis"), {"action": "alert"})
    assert response.status_code == 400
    assert "be turned off" in response.content.decode()
    response = mod_client.post(
        url("rule_set", room, category="personal_information"), {"action": "block", "enabled": "on"}
    )
    assert response.status_code == 400
    assert RuleSet.objects.count() == 1


def test_rule_edited_and_deleted_from_the_page(mod_client, room):
    rule = rulebook.rule_create(actor=room.moderator, group=room.group, pattern="spamword")
    assert mod_client.get(url("rule_edit", room, pk=rule.pk)).status_code == 200
    response = mod_client.post(
        url("rule_edit", room, pk=rule.pk), {"pattern": "!!", "kind": "word", "action": "hold"}
    )
    assert response.status_code == 400
    assert "punctuation" in response.content.decode()
    response = mod_client.post(
        url("rule_edit", room, pk=rule.pk), {"pattern": "hamword", "kind": "word", "action": "flag"}
    )
    assert response.status_code == 302
    rule.refresh_from_db()
    assert (rule.pattern, rule.action) == ("hamword", "flag")
    assert mod_client.post(url("rule_delete", room, pk=rule.pk)).status_code == 302
    assert not Rule.objects.filter(group=room.group).exists()


def test_site_rules_cannot_be_edited_from_a_group_page(mod_client, room):
    site = Rule.objects.create(pattern="sitewide")
    assert mod_client.post(url("rule_delete", room, pk=site.pk)).status_code == 404
    assert Rule.objects.filter(pk=site.pk).exists()


def test_allowed_term_removed_from_the_page(mod_client, room):
    term = rulebook.allowed_term_add(actor=room.moderator, group=room.group, term="kill time")
    page = mod_client.get(url("rules", room)).content.decode()
    assert "Remove<span" in page
    assert mod_client.post(url("allowed_remove", room, pk=term.pk)).status_code == 302
    assert not AllowedTerm.objects.exists()
