"""Moderators write meeting scripts and choose which meetings follow them; the room shows
the script with the chair's controls."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from kindred.errors import NotAllowed, NotFound
from library.models import LiveSection, ScriptSection, SeriesScript
from library.services import script_update, section_move


def _post_data(script, rows, series=()):
    data = {
        "title": script.title,
        "series": [s.pk for s in series],
        "sections-TOTAL_FORMS": str(len(rows)),
        "sections-INITIAL_FORMS": str(sum(1 for r in rows if r.get("id"))),
        "sections-MIN_NUM_FORMS": "0",
        "sections-MAX_NUM_FORMS": "40",
    }
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"sections-{i}-{key}"] = value
    return data


def test_script_pages_are_for_moderators(client, scripted):
    group = scripted.people.group
    edit = reverse("library:script_edit", args=[group.slug, scripted.script.pk])
    client.force_login(scripted.people.member)
    assert client.get(reverse("library:scripts", args=[group.slug])).status_code == 403
    assert client.get(edit).status_code == 403
    client.force_login(scripted.people.moderator)
    page = client.get(reverse("library:scripts", args=[group.slug])).content.decode()
    assert "Our format" in page and "4 parts" in page
    page = client.get(edit).content.decode()
    assert "Just for today" in page and 'value="Sharing"' in page


def test_moderator_reorders_edits_and_removes_sections(client, scripted, sent_events):
    s = scripted.sections
    section_move(actor=scripted.people.member, occurrence=scripted.occurrence, section_id=s[2].pk)
    rows = [
        {
            "id": s[2].pk,
            "kind": "share_round",
            "title": "Sharing, gently",
            "who_may_post": "everyone",
            "ORDER": "1",
        },
        {
            "id": s[0].pk,
            "kind": "opening",
            "title": "Welcome",
            "who_may_post": "moderators",
            "ORDER": "2",
        },
        {
            "id": s[1].pk,
            "kind": "reading",
            "title": "Reading",
            "who_may_post": "nobody",
            "library_item": scripted.reading.pk,
            "ORDER": "3",
            "DELETE": "on",
        },
        {
            "id": s[3].pk,
            "kind": "closing",
            "title": "Closing",
            "who_may_post": "moderators",
            "ORDER": "4",
        },
        {"kind": "announcement", "title": "News", "who_may_post": "moderators", "ORDER": "5"},
        {"kind": "opening", "title": "", "who_may_post": "everyone", "ORDER": ""},
    ]
    client.force_login(scripted.people.moderator)
    url = reverse("library:script_edit", args=[scripted.people.group.slug, scripted.script.pk])
    response = client.post(url, _post_data(scripted.script, rows, [scripted.occurrence.series]))
    assert response.status_code == 302, response.content.decode()[:3000]
    titles = list(
        ScriptSection.objects.filter(script=scripted.script)
        .order_by("order")
        .values_list("title", flat=True)
    )
    assert titles == ["Sharing, gently", "Welcome", "Closing", "News"]
    # The meeting that was on the share round is still on it.
    assert LiveSection.objects.get(occurrence=scripted.occurrence).section_id == s[2].pk


def test_unticking_a_meeting_stops_it_following_the_script(client, scripted):
    rows = [
        {
            "id": sec.pk,
            "kind": sec.kind,
            "title": sec.title,
            "who_may_post": sec.who_may_post,
            "ORDER": str(i),
        }
        for i, sec in enumerate(scripted.sections, start=1)
    ]
    client.force_login(scripted.people.moderator)
    url = reverse("library:script_edit", args=[scripted.people.group.slug, scripted.script.pk])
    assert client.post(url, _post_data(scripted.script, rows, [])).status_code == 302
    assert not SeriesScript.objects.exists()


def test_script_update_refuses_foreign_sections_and_non_moderators(
    scripted, item_factory, group_factory
):
    other_item = item_factory(group_factory(name="Other"), title="Foreign text")
    with pytest.raises(NotAllowed):
        script_update(actor=scripted.people.member, script=scripted.script, title="X", sections=[])
    with pytest.raises(NotFound) as caught:
        script_update(
            actor=scripted.people.moderator,
            script=scripted.script,
            title="X",
            sections=[{"id": 999_999, "title": "Nope"}],
        )
    assert caught.value.code == "no_such_section"
    from kindred.errors import ServiceError

    with pytest.raises(ServiceError) as caught:
        script_update(
            actor=scripted.people.moderator,
            script=scripted.script,
            title="X",
            sections=[{"title": "Foreign", "library_item": other_item}],
        )
    assert caught.value.field == "library_item"
    scripted.script.refresh_from_db()
    assert scripted.script.title == "Our format"
    assert scripted.script.sections.count() == 4


def _render_room_script(user, occurrence):
    request = RequestFactory().get("/")
    request.user = user
    return Template("{% load library_tags %}{% room_script occurrence %}").render(
        Context({"request": request, "occurrence": occurrence})
    )


def test_room_script_shows_chair_controls_only_to_those_who_run_the_meeting(scripted):
    chair_html = _render_room_script(scripted.people.member, scripted.occurrence)
    assert chair_html.count("data-section-move=") == 4
    assert reverse("library:readings", kwargs={"pk": scripted.occurrence.pk}) in chair_html
    assert "data-section-move" in _render_room_script(
        scripted.people.moderator, scripted.occurrence
    )
    reader_html = _render_room_script(scripted.people.reader, scripted.occurrence)
    assert "data-section-move" not in reader_html and "Just for today" in reader_html
