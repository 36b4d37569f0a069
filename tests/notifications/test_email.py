"""Every kind of email notification: sent once by the task worker, to exactly the right
people, discreet unless asked otherwise, with the preference and unsubscribe respected."""

from datetime import timedelta

import pytest
from allauth.mfa.signals import authenticator_added
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from accounts.notifications import Kind
from accounts.notifications.kinds import PUSH_ONLY
from accounts.notifications.models import NotificationPreference, NotificationSent
from accounts.notifications.services import preferences_set
from accounts.notifications.tasks import review_digests_send, send_notification
from chat.models import RoomPresence
from groups import joining as group_joining
from groups import member_actions as group_member_actions
from groups import services as group_services
from groups.models import JoinPolicy, Role
from meetings import services as meeting_services
from moderation import screened as moderation_screened
from moderation.models import ReviewItem

pytestmark = pytest.mark.django_db(transaction=True)

GROUP_WORDS = ("Gamblers", "Harbour", "gambling")


def to(address: str) -> list:
    return [m for m in mail.outbox if m.to == [address]]


def recipients() -> list[str]:
    return sorted(address for m in mail.outbox for address in m.to)


def assert_discreet(message) -> None:
    preview = message.body.splitlines()[0]
    for word in GROUP_WORDS:
        assert word not in message.subject
        assert word not in preview
    html = message.alternatives[0]
    assert html.mimetype == "text/html"
    for word in GROUP_WORDS:
        assert word not in html.content.split("</p>")[0]


def assert_one_click(message, settings) -> str:
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith(f"<{settings.SITE_URL}/accounts/unsubscribe/")
    assert "mailto:" not in header
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    return header.strip("<>").removeprefix(settings.SITE_URL)


def test_join_request_goes_to_the_moderators_once_discreetly(
    circle, user_factory, run_worker, settings
):
    settings.SITE_URL = "https://kindred.example.org"
    group, _, _moderator, _ = circle
    group_services.group_update(actor=circle[1], group=group, join_policy=JoinPolicy.APPROVAL)
    asker = user_factory(display_name="Asker Ann", email="asker@example.org")
    group_joining.join_request_create(user=asker, group=group, accept_guidelines=True)
    run_worker()
    assert recipients() == ["mod@example.org", "owner@example.org"]
    for message in mail.outbox:
        assert_discreet(message)
        assert "Asker Ann" not in message.subject
        assert message.subject == "Someone asks to join a group you moderate"
        assert f"https://kindred.example.org/groups/{group.slug}/members/" in message.body
        assert_one_click(message, settings)
    # The same event delivered again (a retried or duplicated task) sends nothing more.
    send_notification.enqueue(Kind.JOIN_REQUEST, {"request": asker.join_requests.get().pk})
    run_worker()
    assert len(mail.outbox) == 2
    assert NotificationSent.objects.filter(kind=Kind.JOIN_REQUEST).count() == 2


def test_a_moderator_who_opted_in_sees_the_group_and_the_person(circle, user_factory, run_worker):
    group, owner, moderator, _ = circle
    moderator.reminder_names_group = True
    moderator.save()
    group_services.group_update(actor=owner, group=group, join_policy=JoinPolicy.APPROVAL)
    asker = user_factory(display_name="Asker Ann")
    group_joining.join_request_create(user=asker, group=group, accept_guidelines=True)
    run_worker()
    (named,) = to("mod@example.org")
    assert named.subject == "Asker Ann asks to join Gamblers Anonymous Harbour"
    (discreet,) = to("owner@example.org")
    assert_discreet(discreet)


def test_a_withdrawn_request_notifies_nobody(circle, user_factory, run_worker):
    group, owner, _, _ = circle
    group_services.group_update(actor=owner, group=group, join_policy=JoinPolicy.APPROVAL)
    asker = user_factory()
    request = group_joining.join_request_create(user=asker, group=group, accept_guidelines=True)
    group_joining.join_request_withdraw(user=asker, join_request=request)
    run_worker()
    assert mail.outbox == []


@pytest.mark.parametrize("approve", [True, False])
def test_the_decision_goes_to_the_person_who_asked(circle, user_factory, run_worker, approve):
    group, owner, moderator, _ = circle
    group_services.group_update(actor=owner, group=group, join_policy=JoinPolicy.APPROVAL)
    asker = user_factory(email="asker@example.org")
    request = group_joining.join_request_create(user=asker, group=group, accept_guidelines=True)
    run_worker()
    mail.outbox.clear()
    if approve:
        group_joining.join_request_approve(actor=moderator, join_request=request)
    else:
        group_joining.join_request_decline(actor=moderator, join_request=request)
    run_worker()
    (message,) = mail.outbox
    assert message.to == ["asker@example.org"]
    assert_discreet(message)
    if approve:
        assert message.subject == "Your request was approved"
        assert "was approved" in message.body
    else:
        assert message.subject == "Your request was answered"
        assert "was not approved this time" in message.body


def test_invite_accepted_goes_to_the_inviter_or_else_the_moderators(
    circle, user_factory, run_worker
):
    group, owner, moderator, _ = circle
    invite = group_joining.invite_create(actor=moderator, group=group)
    joiner = user_factory(display_name="Newcomer Nia")
    group_joining.invite_accept(user=joiner, token=invite.token, accept_guidelines=True)
    run_worker()
    assert recipients() == ["mod@example.org"]
    assert mail.outbox[0].subject == "Someone joined with an invite"
    assert_discreet(mail.outbox[0])

    # The inviter is no longer a moderator: the group's moderators hear instead.
    mail.outbox.clear()
    invite = group_joining.invite_create(actor=moderator, group=group)
    invite.max_uses = 2
    invite.save()
    group_member_actions.membership_change_role(
        actor=owner, group=group, user=moderator, role=Role.MEMBER
    )
    group_joining.invite_accept(user=user_factory(), token=invite.token, accept_guidelines=True)
    run_worker()
    assert recipients() == ["owner@example.org"]


def test_meeting_moved_reaches_who_answered_or_follows_and_nobody_else(
    circle, user_factory, member_factory, upcoming, run_worker
):
    group, owner, _moderator, _member = circle
    occurrence = upcoming(group)
    going = member_factory(group, email="going@example.org")
    maybe = member_factory(group, email="maybe@example.org")
    not_going = member_factory(group, email="not-going@example.org")
    follower = member_factory(group, email="follower@example.org")
    for person, answer in ((going, "going"), (maybe, "maybe"), (not_going, "not_going")):
        meeting_services.rsvp_set(user=person, occurrence=occurrence, answer=answer)
    meeting_services.group_reminders_set(user=follower, group=group, enabled=True)
    meeting_services.rsvp_set(user=owner, occurrence=occurrence, answer="going")  # the actor

    meeting_services.occurrence_move(
        actor=owner, occurrence=occurrence, start=occurrence.start + timedelta(hours=1)
    )
    run_worker()
    assert recipients() == ["follower@example.org", "going@example.org", "maybe@example.org"]
    for message in mail.outbox:
        assert message.subject == "A meeting you planned to attend moved"
        assert_discreet(message)
        assert "now starts" in message.body
        assert occurrence.get_absolute_url() in message.body


def test_meeting_cancelled_and_restored(circle, member_factory, upcoming, run_worker):
    group, owner, _, _ = circle
    occurrence = upcoming(group)
    going = member_factory(group, email="going@example.org", reminder_minutes=None)
    maybe = member_factory(group, email="maybe@example.org")
    meeting_services.rsvp_set(user=going, occurrence=occurrence, answer="going")
    meeting_services.rsvp_set(user=maybe, occurrence=occurrence, answer="maybe")

    meeting_services.occurrence_cancel(actor=owner, occurrence=occurrence)
    run_worker()
    # "Going" already gets the reminders' cancellation notice; this kind adds "maybe".
    cancellations = [m for m in mail.outbox if "off" in m.subject]
    assert [m.to for m in cancellations] == [["maybe@example.org"]]
    assert [m.to for m in mail.outbox if m.subject.startswith("Cancelled")] == [
        ["going@example.org"]
    ]
    mail.outbox.clear()

    meeting_services.occurrence_restore(actor=owner, occurrence=occurrence)
    run_worker()
    assert recipients() == ["going@example.org", "maybe@example.org"]
    assert {m.subject for m in mail.outbox} == {"A meeting you planned to attend is on"}


def test_review_digest_after_a_wait_once_per_batch(
    circle, live_occurrence, message_factory, run_worker, settings
):
    settings.KINDRED_REVIEW_DIGEST_MINUTES = 30
    group, _, _, member = circle
    occurrence = live_occurrence(group)

    def waiting(minutes):
        message = message_factory(occurrence, member)
        return ReviewItem.objects.create(
            group=group,
            occurrence=occurrence,
            message=message,
            created_at=timezone.now() - timedelta(minutes=minutes),
        )

    waiting(5)
    assert review_digests_send() == 0  # not waiting long enough yet
    waiting(45)
    waiting(40)
    assert review_digests_send() == 2
    assert recipients() == ["mod@example.org", "owner@example.org"]
    assert mail.outbox[0].subject == "Messages are waiting for review"
    assert "2 messages are waiting" in mail.outbox[0].body
    assert_discreet(mail.outbox[0])
    assert review_digests_send() == 0  # the same backlog: no second digest
    waiting(31)
    assert review_digests_send() == 2  # newer messages waited long too: one more


def test_crisis_alert_reaches_moderators_not_in_the_room(
    circle, live_occurrence, message_factory, run_worker, member_factory
):
    group, _owner, _moderator, member = circle
    occurrence = live_occurrence(group)
    present = member_factory(group, Role.MODERATOR, email="present@example.org")
    RoomPresence.objects.create(channel_name="c-present", occurrence=occurrence, user=present)
    message = message_factory(occurrence, member, body="I want to die")
    moderation_screened.crisis_alert_create(message=message)
    run_worker()
    assert recipients() == ["mod@example.org", "owner@example.org"]
    for sent in mail.outbox:
        assert sent.subject == "A moderator is needed"
        assert_discreet(sent)
        assert "I want to die" not in sent.body
        assert f"/groups/{group.slug}/moderation/alerts/" in sent.body


def test_a_moderator_who_wrote_it_is_not_alerted_about_themselves(
    circle, live_occurrence, message_factory, run_worker
):
    group, _owner, moderator, _ = circle
    occurrence = live_occurrence(group)
    message = message_factory(occurrence, moderator, body="I want to die")
    moderation_screened.crisis_alert_create(message=message)
    run_worker()
    assert recipients() == ["owner@example.org"]


def test_new_sign_in_and_two_factor_change_reach_the_person(
    client, user_factory, password, run_worker
):
    person = user_factory(email="me@example.org")
    response = client.post(
        reverse("account_login"),
        {"login": "me@example.org", "password": password},
        headers={"user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Firefox/140.0"},
    )
    assert response.status_code == 302
    run_worker()
    (signin,) = mail.outbox
    assert signin.subject == "New sign-in to your Kindred account"
    assert "Firefox on Linux" in signin.body
    mail.outbox.clear()
    from django.db import transaction

    with transaction.atomic():
        authenticator_added.send(sender=type(person), request=None, user=person, authenticator=None)
    run_worker()
    (changed,) = mail.outbox
    assert changed.to == ["me@example.org"]
    assert changed.subject == "Two-factor authentication was turned on"


def test_signing_up_is_not_reported_as_a_new_sign_in(client, run_worker, settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "none"
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new@example.org",
            "display_name": "New",
            "password1": "a calm and long passphrase 42",
            "password2": "a calm and long passphrase 42",
        },
    )
    assert response.status_code == 302
    run_worker()
    assert [m for m in mail.outbox if "sign-in" in m.subject] == []


def test_turning_email_off_for_a_kind_stops_only_that_kind(circle, user_factory, run_worker):
    group, owner, moderator, _ = circle
    preferences_set(user=moderator, choices={Kind.JOIN_REQUEST: (False, True)})
    group_services.group_update(actor=owner, group=group, join_policy=JoinPolicy.APPROVAL)
    asker = user_factory()
    group_joining.join_request_create(user=asker, group=group, accept_guidelines=True)
    invite = group_joining.invite_create(actor=moderator, group=group)
    group_joining.invite_accept(user=user_factory(), token=invite.token, accept_guidelines=True)
    run_worker()
    assert [m.subject for m in to("mod@example.org")] == ["Someone joined with an invite"]
    assert len(to("owner@example.org")) == 1


def test_profile_saves_the_choices(client, user_factory):
    person = user_factory()
    client.force_login(person)
    page = client.get("/accounts/profile/").content.decode()
    assert 'name="email_crisis_alert"' in page and 'name="push_security"' in page
    data = {f"email_{k}": "on" for k in Kind.values} | {f"push_{k}": "on" for k in Kind.values}
    del data["email_review_waiting"]
    del data["push_security"]
    response = client.post("/accounts/notifications/", data)
    assert response.status_code == 302
    rows = {p.kind: (p.email, p.push) for p in NotificationPreference.objects.filter(user=person)}
    assert rows == {"review_waiting": (False, True), "security": (True, False)}


def test_one_click_unsubscribe_works_once_and_refuses_replays_and_forgeries(
    client, circle, user_factory, run_worker, settings
):
    group, owner, moderator, _ = circle
    group_services.group_update(actor=owner, group=group, join_policy=JoinPolicy.APPROVAL)
    group_joining.join_request_create(user=user_factory(), group=group, accept_guidelines=True)
    run_worker()
    (message,) = to("mod@example.org")
    path = assert_one_click(message, settings)

    # Opening the link changes nothing (mail scanners follow links); it asks first.
    page = client.get(path)
    assert page.status_code == 200
    assert not NotificationPreference.objects.filter(user=moderator).exists()

    # RFC 8058: the mail provider POSTs "List-Unsubscribe=One-Click", without cookies.
    response = client.post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    pref = NotificationPreference.objects.get(user=moderator, kind=Kind.JOIN_REQUEST)
    assert (pref.email, pref.push) == (False, True)

    # The person turns these emails back on; the old link cannot undo that.
    preferences_set(user=moderator, choices={Kind.JOIN_REQUEST: (True, True)})
    replay = client.post(path, "List-Unsubscribe=One-Click", content_type="text/plain")
    assert replay.status_code == 409
    assert "already used" in replay.content.decode()
    assert NotificationPreference.objects.get(user=moderator, kind=Kind.JOIN_REQUEST).email

    token = path.split("/")[-2]
    for bad in (token[:-2] + "xx", token.replace(":", ";"), "garbage", token[::-1]):
        forged = client.post(f"/accounts/unsubscribe/{bad}/")
        assert forged.status_code == 400
        assert "not valid" in forged.content.decode()
    assert NotificationPreference.objects.get(user=moderator, kind=Kind.JOIN_REQUEST).email


def test_a_failed_send_is_retried_by_the_worker_and_sent_once(
    circle, user_factory, run_worker, monkeypatch
):
    group, owner, _moderator, _ = circle
    group_services.group_update(actor=owner, group=group, join_policy=JoinPolicy.APPROVAL)
    from django.core.mail import EmailMultiAlternatives

    real_send = EmailMultiAlternatives.send
    failures = {"left": 1}

    def flaky(self, *args, **kwargs):
        if self.to == ["owner@example.org"] and failures["left"]:
            failures["left"] -= 1
            raise ConnectionRefusedError("the mail server is down")
        return real_send(self, *args, **kwargs)

    monkeypatch.setattr(EmailMultiAlternatives, "send", flaky)
    group_joining.join_request_create(user=user_factory(), group=group, accept_guidelines=True)
    run_worker()
    assert recipients() == ["mod@example.org"]
    retry = DBTaskResult.objects.get(
        task_path="accounts.notifications.tasks.send_notification", status="READY"
    )
    assert retry.run_after > timezone.now()
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    assert recipients() == ["mod@example.org", "owner@example.org"]


def _trigger_for(
    kind, *, circle, user_factory, member_factory, upcoming, live_occurrence, message_factory
):
    """(a function that makes one new event of ``kind``, the person it reaches, a way to
    run what sends it)."""
    group, owner, moderator, member = circle
    if kind == Kind.JOIN_REQUEST:
        group_services.group_update(actor=owner, group=group, join_policy=JoinPolicy.APPROVAL)

        def trigger():
            group_joining.join_request_create(
                user=user_factory(), group=group, accept_guidelines=True
            )

        return trigger, owner
    if kind == Kind.JOIN_DECISION:
        group_services.group_update(actor=owner, group=group, join_policy=JoinPolicy.APPROVAL)
        asker = user_factory(email="asker@example.org")

        def trigger():
            request = group_joining.join_request_create(
                user=asker, group=group, accept_guidelines=True
            )
            group_joining.join_request_decline(actor=owner, join_request=request)

        return trigger, asker
    if kind == Kind.INVITE_ACCEPTED:

        def trigger():
            invite = group_joining.invite_create(actor=moderator, group=group)
            group_joining.invite_accept(
                user=user_factory(), token=invite.token, accept_guidelines=True
            )

        return trigger, moderator
    if kind == Kind.MEETING_CHANGED:
        occurrence = upcoming(group)
        meeting_services.rsvp_set(user=member, occurrence=occurrence, answer="maybe")

        def trigger():
            occurrence.refresh_from_db()
            meeting_services.occurrence_move(
                actor=owner, occurrence=occurrence, start=occurrence.start + timedelta(minutes=5)
            )

        return trigger, member
    if kind == Kind.REVIEW_WAITING:
        occurrence = live_occurrence(group)

        def trigger():
            ReviewItem.objects.create(
                group=group,
                occurrence=occurrence,
                message=message_factory(occurrence, member),
                created_at=timezone.now() - timedelta(hours=1),
            )
            review_digests_send()

        return trigger, owner
    if kind == Kind.CRISIS_ALERT:
        occurrence = live_occurrence(group)

        def trigger():
            message = message_factory(occurrence, member, body="I can't go on")
            moderation_screened.crisis_alert_create(message=message)

        return trigger, owner
    assert kind == Kind.SECURITY

    def trigger():
        from django.db import transaction

        with transaction.atomic():
            authenticator_added.send(
                sender=type(member), request=None, user=member, authenticator=None
            )

    return trigger, member


@pytest.mark.parametrize("kind", [k for k in Kind if k not in PUSH_ONLY])
def test_every_kind_is_sent_once_and_respects_the_choice_and_the_unsubscribe_link(
    kind,
    client,
    circle,
    user_factory,
    member_factory,
    upcoming,
    live_occurrence,
    message_factory,
    run_worker,
    settings,
):
    trigger, person = _trigger_for(
        kind,
        circle=circle,
        user_factory=user_factory,
        member_factory=member_factory,
        upcoming=upcoming,
        live_occurrence=live_occurrence,
        message_factory=message_factory,
    )
    trigger()
    run_worker()
    run_worker()
    if kind == Kind.REVIEW_WAITING:
        review_digests_send()  # the same backlog again
    (message,) = to(person.email)
    assert NotificationSent.objects.filter(kind=kind, user=person, channel="email").count() == 1
    assert message.alternatives and message.alternatives[0].mimetype == "text/html"
    if kind != Kind.SECURITY:
        assert_discreet(message)

    # One click on the link in that email: no more emails of this kind.
    path = assert_one_click(message, settings)
    assert (
        client.post(path, "List-Unsubscribe=One-Click", content_type="text/plain").status_code
        == 200
    )
    mail.outbox.clear()
    trigger()
    run_worker()
    assert to(person.email) == []

    # Turned back on from the profile: they come again; email off: they stop.
    preferences_set(user=person, choices={kind: (True, True)})
    trigger()
    run_worker()
    assert len(to(person.email)) == 1
    preferences_set(user=person, choices={kind: (False, True)})
    mail.outbox.clear()
    trigger()
    run_worker()
    assert to(person.email) == []


def test_the_digest_task_renews_itself_and_forgets_old_delivery_records(
    circle, run_worker, settings
):
    from accounts.notifications.tasks import digests_schedule

    _, owner, _, _ = circle
    old = NotificationSent.objects.create(
        user=owner, kind=Kind.SECURITY, event_key="old", channel="email"
    )
    NotificationSent.objects.filter(pk=old.pk).update(sent_at=timezone.now() - timedelta(days=91))
    recent = NotificationSent.objects.create(
        user=owner, kind=Kind.SECURITY, event_key="recent", channel="email"
    )
    assert digests_schedule() is True
    assert digests_schedule() is False  # one chain only
    run_worker()
    assert list(NotificationSent.objects.values_list("pk", flat=True)) == [recent.pk]
    queued = DBTaskResult.objects.filter(
        task_path="accounts.notifications.tasks.send_review_digests", status="READY"
    )
    assert queued.count() == 1 and queued.get().run_after > timezone.now()
