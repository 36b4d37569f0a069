"""Emails go out in the recipient's language: their profile's, else the site's."""

import pytest
from django.core import mail

from groups import joining as group_joining
from groups import services as group_services
from groups.models import JoinPolicy

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = {
    "es": ("Tu solicitud fue aprobada", "fue aprobada. Te damos la bienvenida.", "Recibes este"),
    "ar": ("قُبل طلبك", "أهلًا بك.", "تصلك هذه الرسالة"),
    "": ("Your request was approved", "was approved. Welcome.", "You get this email"),
}


def test_each_person_gets_the_decision_in_their_own_language(circle, user_factory, run_worker):
    group, owner, moderator, _ = circle
    group_services.group_update(actor=owner, group=group, join_policy=JoinPolicy.APPROVAL)
    askers = {}
    for language in WORDS:
        asker = user_factory(email=f"asker-{language or 'none'}@example.org")
        asker.language = language
        asker.save(update_fields=["language"])
        askers[language] = group_joining.join_request_create(
            user=asker, group=group, accept_guidelines=True
        )
    run_worker()
    mail.outbox.clear()
    for request in askers.values():
        group_joining.join_request_approve(actor=moderator, join_request=request)
    run_worker()
    for language, (subject, first, footer) in WORDS.items():
        (message,) = [m for m in mail.outbox if m.to == [f"asker-{language or 'none'}@example.org"]]
        assert message.subject == subject
        assert first in message.body and footer in message.body
        html = message.alternatives[0].content
        assert first in html
        assert f'lang="{language or "en"}"' in html
    english = next(m for m in mail.outbox if m.to == ["asker-none@example.org"])
    assert "Tu solicitud" not in english.body and "طلبك" not in english.body


def test_a_moderator_reading_arabic_gets_the_join_request_in_arabic(
    circle, user_factory, run_worker
):
    group, owner, moderator, _ = circle
    moderator.language = "ar"
    moderator.save(update_fields=["language"])
    group_services.group_update(actor=owner, group=group, join_policy=JoinPolicy.APPROVAL)
    group_joining.join_request_create(user=user_factory(), group=group, accept_guidelines=True)
    run_worker()
    (arabic,) = [m for m in mail.outbox if m.to == ["mod@example.org"]]
    assert arabic.subject == "شخص يطلب الانضمام إلى مجموعة تشرف عليها"
    assert "طلب بانتظار أحد المشرفين." in arabic.body
    (english,) = [m for m in mail.outbox if m.to == ["owner@example.org"]]
    assert english.subject == "Someone asks to join a group you moderate"
