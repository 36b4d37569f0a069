from meetings.lifecycle import OccurrenceState, occurrence_state
from meetings.models import MeetingSeries, Occurrence


def test_demo_is_idempotent_and_has_a_live_room(db):
    from accounts.demo import create_demo as accounts_demo
    from groups.demo import create_demo as groups_demo
    from meetings.demo import create_demo

    accounts_demo()
    groups_demo()
    create_demo()
    series = MeetingSeries.objects.count()
    occurrences = Occurrence.objects.count()
    create_demo()
    assert MeetingSeries.objects.count() == series >= 6
    assert Occurrence.objects.count() == occurrences
    states = [occurrence_state(o) for o in Occurrence.objects.select_related("series")]
    assert OccurrenceState.LIVE in states
    assert MeetingSeries.objects.filter(is_open=True).exists()
