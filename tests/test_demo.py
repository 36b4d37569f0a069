from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command

from accounts.demo import DEMO_PASSWORD, DEMO_PEOPLE
from accounts.models import User
from groups.models import Group, JoinPolicy, Membership, Role, Visibility
from tests.demo import load_demo

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    from django.apps import apps

    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {"accounts", "account", "groups", "meetings", "library", "chat", "moderation"}
    }


def test_demo_creates_people_groups_and_prints_logins():
    text = load_demo()
    for person in DEMO_PEOPLE:
        user = User.objects.get(email=person.email)
        assert user.check_password(DEMO_PASSWORD)
        assert EmailAddress.objects.get(user=user, email=person.email).verified
        assert person.email in text
    assert DEMO_PASSWORD in text
    assert User.objects.get(email="admin@example.org").is_superuser

    groups = Group.objects.all()
    assert {(g.visibility, g.join_policy) for g in groups} >= {
        (Visibility.PUBLIC, JoinPolicy.OPEN),
        (Visibility.PUBLIC, JoinPolicy.APPROVAL),
        (Visibility.PRIVATE, JoinPolicy.INVITE),
    }
    for group in groups:
        roles = set(Membership.objects.filter(group=group).values_list("role", flat=True))
        assert roles == {Role.OWNER, Role.MODERATOR, Role.MEMBER, Role.READER}
        assert group.guidelines


def test_demo_runs_twice_without_errors_or_duplicates():
    load_demo()
    first = _counts()
    load_demo()
    assert _counts() == first


def test_the_demos_live_meeting_follows_a_script_with_a_quiet_reading():
    from library.models import SectionKind, WhoMayPost
    from library.selectors import room_script_for
    from meetings.lifecycle import OccurrenceState, occurrence_state
    from meetings.models import Occurrence

    load_demo()
    live = [
        o
        for o in Occurrence.objects.select_related("series__group")
        if occurrence_state(o) == OccurrenceState.LIVE
    ]
    assert live, "the demo has a meeting on now"
    _script, sections, _ = room_script_for(occurrence=live[0])
    kinds = [(s.kind, s.who_may_post) for s in sections]
    assert (SectionKind.READING, WhoMayPost.NOBODY) in kinds
    assert SectionKind.SHARE_ROUND in [kind for kind, _ in kinds]
    assert kinds[-1][0] == SectionKind.CLOSING
    assert all(s.text or s.library_item for s in sections)  # each part has its text


def test_demo_refuses_to_run_with_debug_off_and_creates_nothing():
    before = _counts()
    with pytest.raises(CommandError, match="Refusing to load the demo with debug off"):
        call_command("demo", stdout=StringIO())
    assert _counts() == before
    assert not User.objects.filter(email="admin@example.org").exists()


def test_demo_command_exits_non_zero_in_production_mode():
    from tests.test_settings import PRODUCTION, run_manage

    result = run_manage(
        "demo", env={**PRODUCTION, "DATABASE_URL": "sqlite:///:memory:", "REDIS_URL": ""}
    )
    assert result.returncode != 0
    assert "Refusing to load the demo with debug off" in result.stderr
    assert "kindred-demo" not in result.stdout + result.stderr


def test_the_demo_has_a_group_that_meets_in_spanish_with_its_library_and_script():
    from library.demo_spanish import SCRIPT_TITLE, SPANISH_GROUP_SLUG
    from library.models import LibraryItem, Script, SeriesScript
    from meetings.models import MeetingSeries

    load_demo()
    group = Group.objects.get(slug=SPANISH_GROUP_SLUG)
    assert group.language == "es"
    assert "No tienes que hablar" in group.description
    titles = set(LibraryItem.objects.filter(group=group).values_list("title", flat=True))
    assert titles == {"Nuestras palabras de apertura", "Aceptar, poco a poco", "Solo por hoy"}
    script = Script.objects.get(group=group, title=SCRIPT_TITLE)
    assert [s.title for s in script.sections.order_by("order")] == [
        "Bienvenida",
        "La lectura de hoy",
        "Compartir",
        "Cierre",
    ]
    series = MeetingSeries.objects.get(group=group)
    assert SeriesScript.objects.get(series=series).script == script
