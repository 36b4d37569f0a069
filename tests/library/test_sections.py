"""Moving through a meeting's script, and what the current section lets people post."""

import pytest

from kindred.errors import Conflict, NotAllowed, NotFound
from library.models import LiveSection, Script, ScriptSection
from library.selectors import section_current
from library.services import section_move, section_posting_check


@pytest.fixture
def sent(monkeypatch):
    """Room events the services hand to kindred.events (after commit)."""
    events = []
    monkeypatch.setattr(
        "library.services.room_event_on_commit",
        lambda occurrence_id, event: events.append((occurrence_id, event)),
    )
    return events


def test_chair_moves_to_a_section_and_everyone_is_told(scripted, sent):
    reading = scripted.sections[1]
    live = section_move(
        actor=scripted.people.member, occurrence=scripted.occurrence, section_id=reading.pk
    )
    assert live.section == reading
    assert live.changed_by == scripted.people.member
    assert len(sent) == 1
    occurrence_id, event = sent[0]
    assert occurrence_id == scripted.occurrence.pk
    assert event["type"] == "room.section"
    assert event["section"]["id"] == reading.pk
    assert event["section"]["kind"] == "reading"
    assert event["section"]["who_may_post"] == "nobody"
    assert event["section"]["reading_title"] == "Just for today"


def test_late_joiner_gets_the_current_section(scripted, sent):
    assert section_current(occurrence_id=scripted.occurrence.pk) is None
    section_move(
        actor=scripted.people.member,
        occurrence=scripted.occurrence,
        section_id=scripted.sections[2].pk,
    )
    current = section_current(occurrence_id=scripted.occurrence.pk)
    assert current == sent[-1][1]["section"]
    assert current["title"] == "Sharing"


def test_moderator_who_is_not_chair_may_move(scripted, sent):
    section_move(
        actor=scripted.people.moderator,
        occurrence=scripted.occurrence,
        section_id=scripted.sections[0].pk,
    )
    assert LiveSection.objects.get(occurrence=scripted.occurrence).section == scripted.sections[0]


@pytest.mark.parametrize("who", ["reader", "stranger"])
def test_people_who_do_not_run_the_meeting_cannot_move(scripted, sent, who):
    with pytest.raises(NotAllowed) as caught:
        section_move(
            actor=getattr(scripted.people, who),
            occurrence=scripted.occurrence,
            section_id=scripted.sections[1].pk,
        )
    assert caught.value.code == "not_chair"
    assert not LiveSection.objects.exists()
    assert sent == []


def test_a_plain_member_who_is_not_chair_cannot_move(scripted, member_factory, sent):
    other = member_factory(scripted.people.group)
    with pytest.raises(NotAllowed):
        section_move(
            actor=other, occurrence=scripted.occurrence, section_id=scripted.sections[1].pk
        )
    assert sent == []


@pytest.mark.parametrize("bad", [999_999, "abc", None, -1, "1; drop table"])
def test_a_section_that_does_not_exist_is_refused(scripted, sent, bad):
    section_move(
        actor=scripted.people.member,
        occurrence=scripted.occurrence,
        section_id=scripted.sections[0].pk,
    )
    with pytest.raises(NotFound) as caught:
        section_move(actor=scripted.people.member, occurrence=scripted.occurrence, section_id=bad)
    assert caught.value.code == "no_such_section"
    assert LiveSection.objects.get(occurrence=scripted.occurrence).section == scripted.sections[0]
    assert len(sent) == 1


def test_a_section_of_another_script_is_refused(scripted, sent):
    other = Script.objects.create(group=scripted.people.group, title="Another")
    stray = ScriptSection.objects.create(script=other, title="Stray")
    with pytest.raises(NotFound) as caught:
        section_move(
            actor=scripted.people.member, occurrence=scripted.occurrence, section_id=stray.pk
        )
    assert caught.value.code == "no_such_section"
    assert not LiveSection.objects.exists()
    assert sent == []


def test_an_ended_meeting_cannot_move(scripted, sent):
    from django.utils import timezone

    scripted.occurrence.ended_at = timezone.now()
    scripted.occurrence.save()
    with pytest.raises(Conflict) as caught:
        section_move(
            actor=scripted.people.member,
            occurrence=scripted.occurrence,
            section_id=scripted.sections[0].pk,
        )
    assert caught.value.code == "meeting_not_running"
    assert sent == []


def test_a_meeting_still_in_its_lobby_cannot_move(scripted, sent):
    import datetime as dt

    from django.utils import timezone

    occurrence = scripted.occurrence
    occurrence.start = timezone.now() + dt.timedelta(minutes=5)
    occurrence.end = occurrence.start + dt.timedelta(hours=1)
    occurrence.started_at = None
    occurrence.save()
    with pytest.raises(Conflict) as caught:
        section_move(
            actor=scripted.people.member,
            occurrence=occurrence,
            section_id=scripted.sections[0].pk,
        )
    assert caught.value.code == "meeting_not_running"
    assert "has not started yet" in caught.value.detail
    assert not LiveSection.objects.exists()
    assert sent == []


def test_two_chairs_asking_for_the_same_part_move_the_meeting_once(scripted, sent):
    for _ in range(2):
        _move(scripted, 1)
    live = LiveSection.objects.get(occurrence=scripted.occurrence)
    assert live.section == scripted.sections[1]
    assert section_current(occurrence_id=scripted.occurrence.pk)["id"] == scripted.sections[1].pk


def _move(scripted, index):
    section_move(
        actor=scripted.people.moderator,
        occurrence=scripted.occurrence,
        section_id=scripted.sections[index].pk,
    )


def test_everyone_may_post_before_the_script_starts(scripted):
    section_posting_check(occurrence=scripted.occurrence, user=scripted.people.reader)


def test_nobody_shares_during_a_reading(scripted, sent):
    _move(scripted, 1)
    for who in ("member", "moderator", "owner"):
        with pytest.raises(NotAllowed) as caught:
            section_posting_check(
                occurrence=scripted.occurrence, user=getattr(scripted.people, who)
            )
        assert caught.value.code == "section_closed"


def test_the_chair_may_announce_during_a_reading(scripted, sent):
    _move(scripted, 1)
    section_posting_check(
        occurrence=scripted.occurrence, user=scripted.people.member, kind="announcement"
    )


def test_only_chair_and_moderators_post_in_a_moderated_section(scripted, sent, member_factory):
    _move(scripted, 0)
    section_posting_check(occurrence=scripted.occurrence, user=scripted.people.member)  # chair
    section_posting_check(occurrence=scripted.occurrence, user=scripted.people.moderator)
    with pytest.raises(NotAllowed) as caught:
        section_posting_check(
            occurrence=scripted.occurrence, user=member_factory(scripted.people.group)
        )
    assert caught.value.code == "section_closed"


def test_everyone_shares_in_the_share_round(scripted, sent, member_factory):
    _move(scripted, 2)
    section_posting_check(
        occurrence=scripted.occurrence, user=member_factory(scripted.people.group)
    )


def test_the_current_section_read_gives_what_the_broadcast_gives(scripted, sent):
    """A late joiner's welcome (section_current, one compiled read) says what the people
    already there were sent when the chair moved (section_payload), a reading's title too."""
    from library.selectors import section_payload

    for section in scripted.sections:
        section_move(
            actor=scripted.people.member,
            occurrence=scripted.occurrence,
            section_id=section.pk,
        )
        live = LiveSection.objects.select_related("section__library_item").get(
            occurrence=scripted.occurrence
        )
        assert section_current(occurrence_id=scripted.occurrence.pk) == section_payload(live)
    assert section_current(occurrence_id=scripted.occurrence.pk + 999) is None
