"""People protect themselves: a mute for oneself (stored per viewer, never told to the
muted person, nobody else affected) and topics whose shares stay hidden."""

import pytest
from django.urls import reverse

from accounts.models import PersonalMute
from accounts.protect import (
    content_warning_topic,
    hidden_topics_parse,
    hidden_topics_set,
    personal_mute_add,
    personal_mute_remove,
    personal_muted_ids,
    personal_mutes_of,
)
from groups.models import Role
from kindred.errors import NotFound, ServiceError

pytestmark = pytest.mark.django_db


@pytest.fixture
def circle(group_factory, member_factory, user_factory):
    group = group_factory(name="Circle")
    return type(
        "Circle",
        (),
        {
            "group": group,
            "ann": member_factory(group, Role.MEMBER, display_name="Ann"),
            "ben": member_factory(group, Role.MEMBER, display_name="Ben"),
            "cat": member_factory(group, Role.MEMBER, display_name="Cat"),
            "stranger": user_factory(display_name="Stranger"),
        },
    )


def test_a_mute_for_oneself_is_stored_for_the_viewer_only(circle):
    personal_mute_add(viewer=circle.ann, user_id=circle.ben.pk)
    personal_mute_add(viewer=circle.ann, user_id=circle.ben.pk)  # again: nothing more
    assert personal_muted_ids(viewer=circle.ann) == [circle.ben.pk]
    assert [m.muted for m in personal_mutes_of(viewer=circle.ann)] == [circle.ben]
    assert personal_muted_ids(viewer=circle.cat) == []  # nobody else is affected
    assert personal_muted_ids(viewer=circle.ben) == []
    assert personal_mute_remove(viewer=circle.ann, user_id=circle.ben.pk) is True
    assert personal_mute_remove(viewer=circle.ann, user_id=circle.ben.pk) is False
    assert not PersonalMute.objects.exists()


def test_only_people_who_share_a_group_can_be_muted_and_never_oneself(circle):
    with pytest.raises(NotFound) as refused:
        personal_mute_add(viewer=circle.ann, user_id=circle.stranger.pk)
    assert refused.value.code == "no_such_person"
    with pytest.raises(NotFound):
        personal_mute_add(viewer=circle.ann, user_id=10**9)  # no such account: same answer
    with pytest.raises(ServiceError) as refused:
        personal_mute_add(viewer=circle.ann, user_id=circle.ann.pk)
    assert refused.value.code == "self"
    assert not PersonalMute.objects.exists()


def test_the_room_page_carries_the_viewers_own_mutes_and_topics(circle, client):
    personal_mute_add(viewer=circle.ann, user_id=circle.ben.pk)
    hidden_topics_set(user=circle.ann, text="alcohol, self-harm")
    client.force_login(circle.ann)
    response = client.post(
        reverse("accounts:personal_mute"),
        {"user_id": circle.cat.pk},
        headers={"accept": "application/json"},
    )
    assert response.json() == {"ok": True, "user_id": circle.cat.pk}
    assert set(personal_muted_ids(viewer=circle.ann)) == {circle.ben.pk, circle.cat.pk}
    response = client.post(reverse("accounts:personal_mute"), {"user_id": circle.stranger.pk})
    assert response.status_code == 404
    page = client.get(reverse("accounts:profile"))
    assert b"People you muted" in page.content and b"Ben" in page.content
    client.post(reverse("accounts:personal_unmute", args=[circle.ben.pk]))
    assert personal_muted_ids(viewer=circle.ann) == [circle.cat.pk]


def test_hidden_topics_are_words_separated_by_commas():
    assert hidden_topics_parse(" Alcohol ,self-harm\n\nDrinking,alcohol; grief ") == [
        "alcohol",
        "self-harm",
        "drinking",
        "grief",
    ]
    assert hidden_topics_parse("") == []
    assert hidden_topics_parse("mother's day") == ["mother's day"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a", "topic_too_short"),
        ("x" * 41, "topic_too_long"),
        ("<script>", "topic_invalid"),
        ("alcohol, ***", "topic_invalid"),
        (", ".join(f"topic {n}" for n in range(21)), "too_many_topics"),
    ],
)
def test_bad_topics_get_a_clear_error_and_change_nothing(user_factory, text, code):
    user = user_factory()
    hidden_topics_set(user=user, text="grief")
    with pytest.raises(ServiceError) as refused:
        hidden_topics_set(user=user, text=text)
    assert refused.value.code == code
    assert refused.value.field == "hidden_topics"
    user.refresh_from_db()
    assert user.hidden_topics == ["grief"]


def test_the_topics_form_shows_the_error_on_the_profile_page(user_factory, client):
    user = user_factory()
    client.force_login(user)
    response = client.post(reverse("accounts:hidden_topics"), {"hidden_topics": "ok, #$%"})
    assert response.status_code == 400
    assert "has characters a topic can" in response.content.decode()
    response = client.post(reverse("accounts:hidden_topics"), {"hidden_topics": "Alcohol"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.hidden_topics == ["alcohol"]


@pytest.mark.parametrize(
    ("warning", "topics", "hidden"),
    [
        ("Drinking, relapse", ["drink"], "drink"),
        ("talk of ALCOHOL", ["alcohol"], "alcohol"),
        ("Suicídio", ["suicidio"], "suicidio"),
        ("soft drinks? no: undrinkable", ["drinkable"], None),  # a word starts with it
        ("grief", ["alcohol", "self-harm"], None),
        ("", ["grief"], None),
    ],
)
def test_a_content_warning_names_a_topic_where_a_word_starts_with_it(warning, topics, hidden):
    assert content_warning_topic(content_warning=warning, topics=topics) == hidden
