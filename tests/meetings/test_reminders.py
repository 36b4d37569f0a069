"""Reminders go out exactly once, through the real database task worker."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.db import connection
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from meetings import occurrences, services
from meetings.models import ReminderSent
from meetings.reminders import reminders_send_due
from meetings.tasks import reminders_schedule, send_reminders

pytestmark = pytest.mark.django_db(transaction=True)


def run_worker_batch():
    """Run django_tasks_db's own worker loop until no task is ready (``--batch``)."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


@pytest.fixture
def soon(group_factory, series_factory):
    """A group whose meeting starts in 30 minutes (and its stored occurrence)."""
    group = group_factory(name="Gamblers Anonymous Harbour", timezone="UTC")
    start = (datetime.now(UTC) + timedelta(minutes=30)).replace(second=0, microsecond=0)
    series = series_factory(
        group,
        title="Harbour step study",
        weekdays=[start.weekday()],
        start_time=start.time(),
        start_date=start.date() - timedelta(days=7),
    )
    occurrence = occurrences.occurrence_materialize(series=series, original_start=start)
    return group, occurrence


def test_reminder_sent_once_by_the_worker_even_when_the_task_runs_twice(soon, member_factory):
    group, occurrence = soon
    person = member_factory(group, reminder_minutes=60, email="going@example.org")
    services.rsvp_set(user=person, occurrence=occurrence, answer="going")
    send_reminders.enqueue()
    run_worker_batch()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["going@example.org"]
    # Discreet: neither the group nor the meeting is named, nor what kind of group it is.
    first_line = message.body.splitlines()[0]
    for text in (message.subject, first_line, message.body):
        assert "Gambl" not in text and "Harbour" not in text and "step" not in text.lower()
    assert f"/meetings/occurrence/{occurrence.pk}/" in message.body

    # The task re-enqueued itself for later; running it (and another copy) again sends nothing.
    queued = DBTaskResult.objects.filter(status="READY")
    assert queued.count() == 1
    assert queued.get().run_after > datetime.now(UTC)
    queued.update(run_after=datetime.now(UTC))
    send_reminders.enqueue()
    run_worker_batch()
    assert len(mail.outbox) == 1
    assert ReminderSent.objects.count() == 1
    # And the two runs merged back into one queued run.
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert DBTaskResult.objects.filter(status="FAILED").count() == 0


def test_a_reminder_another_worker_already_sent_is_not_sent_again(soon, member_factory):
    group, occurrence = soon
    person = member_factory(group, reminder_minutes=60)
    services.rsvp_set(user=person, occurrence=occurrence, answer="going")
    ReminderSent.objects.create(occurrence=occurrence, user=person, kind="reminder")
    assert reminders_send_due() == 0
    assert mail.outbox == []


def test_concurrent_runs_send_one_email(soon, member_factory):
    """Two workers at the same moment: the unique constraint lets one insert win. (The
    in-memory SQLite test database cannot be shared by threads: there the two runs go one
    after the other, which is what SQLite's single writer does anyway.)"""
    group, occurrence = soon
    person = member_factory(group, reminder_minutes=60)
    services.rsvp_set(user=person, occurrence=occurrence, answer="going")
    if connection.vendor != "postgresql":
        assert reminders_send_due() + reminders_send_due() == 1
        assert len(mail.outbox) == 1
        return
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(reminders_send_due())
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(results) == [0, 1]
    assert len(mail.outbox) == 1


def test_names_the_group_only_when_asked(soon, member_factory):
    group, occurrence = soon
    person = member_factory(group, reminder_minutes=60, reminder_names_group=True)
    services.rsvp_set(user=person, occurrence=occurrence, answer="going")
    assert reminders_send_due() == 1
    assert "Harbour step study" in mail.outbox[0].subject
    assert group.name in mail.outbox[0].subject


def test_not_yet_due_off_or_not_going_sends_nothing(soon, member_factory):
    group, occurrence = soon
    later = member_factory(group, reminder_minutes=10)
    off = member_factory(group, reminder_minutes=None)
    maybe = member_factory(group, reminder_minutes=60)
    for person, answer in ((later, "going"), (off, "going"), (maybe, "maybe")):
        services.rsvp_set(user=person, occurrence=occurrence, answer=answer)
    assert reminders_send_due() == 0
    assert mail.outbox == []


def test_cancellation_notice_instead_of_reminder(soon, member_factory, owner_of):
    group, occurrence = soon
    going = member_factory(group, reminder_minutes=60, email="g@example.org")
    services.rsvp_set(user=going, occurrence=occurrence, answer="going")
    services.occurrence_cancel(actor=owner_of(group), occurrence=occurrence)
    assert reminders_send_due() == 1
    assert reminders_send_due() == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith("Cancelled:")
    assert "Gambl" not in mail.outbox[0].subject
    assert ReminderSent.objects.get().kind == ReminderSent.Kind.CANCELLATION


def test_remind_me_of_every_meeting_of_the_group(soon, member_factory):
    group, occurrence = soon
    every = member_factory(group, reminder_minutes=60, email="every@example.org")
    declined = member_factory(group, reminder_minutes=60)
    services.group_reminders_set(user=every, group=group, enabled=True)
    services.group_reminders_set(user=declined, group=group, enabled=True)
    services.rsvp_set(user=declined, occurrence=occurrence, answer="not_going")
    assert reminders_send_due() == 1
    assert reminders_send_due() == 0
    assert [m.to for m in mail.outbox] == [["every@example.org"]]


def test_schedule_command_queues_one_run(capsys):
    from django.core.management import call_command

    call_command("schedule_reminders")
    call_command("schedule_reminders")
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert not reminders_schedule()
    assert "already queued" in capsys.readouterr().out
