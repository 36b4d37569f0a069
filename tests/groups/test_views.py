"""Group pages over HTTP: the roles table for every group-level page and action, the bad
input cases of issue 2, and the directory's query count."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from groups import joining
from groups.models import Ban, Group, Invite, JoinPolicy, JoinRequest, Membership, Role, Visibility

WHO = ["anonymous", "outsider", "reader", "member", "moderator", "owner", "banned"]


@pytest.fixture
def as_(client):
    """Sign the test client in as someone from the cast (or nobody)."""

    def sign_in(cast, who):
        client.logout()
        if who == "banned":
            Ban.objects.create(group=cast.group, user=cast.member)
            who = "member"
        if who != "anonymous":
            client.force_login(getattr(cast, who))
        return client

    return sign_in


def url(name, group, **kwargs):
    return reverse(f"groups:{name}", kwargs={"slug": group.slug, **kwargs})


def is_login_redirect(response):
    return response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


# Seeing a group ----------------------------------------------------------------------------

VIEW_PUBLIC = dict.fromkeys(WHO, 200) | {"banned": 403}
VIEW_PRIVATE = dict.fromkeys(WHO, 200) | {"anonymous": 404, "outsider": 404, "banned": 403}


@pytest.mark.parametrize("public", [True, False])
@pytest.mark.parametrize("who", WHO)
def test_seeing_a_group(cast_factory, as_, who, public):
    cast = cast_factory(
        visibility=Visibility.PUBLIC if public else Visibility.PRIVATE,
        description="We meet **weekly**.",
        guidelines="Be kind. <script>alert(1)</script>",
    )
    response = as_(cast, who).get(cast.group.get_absolute_url())
    assert response.status_code == (VIEW_PUBLIC if public else VIEW_PRIVATE)[who]
    if response.status_code == 200:
        html = response.content.decode()
        assert "<strong>weekly</strong>" in html
        assert "<script>alert(1)" not in html


def test_a_private_group_looks_like_a_missing_one(cast_factory, as_):
    cast = cast_factory(visibility=Visibility.PRIVATE)
    client = as_(cast, "outsider")
    hidden = client.get(cast.group.get_absolute_url())
    missing = client.get(reverse("groups:detail", kwargs={"slug": "no-such-group"}))
    assert hidden.status_code == missing.status_code == 404
    assert cast.group.name not in hidden.content.decode()


# Joining or asking to join -------------------------------------------------------------------

JOIN_PAGE = {
    "anonymous": "login",
    "outsider": 200,
    "reader": "in",
    "member": "in",
    "moderator": "in",
    "owner": "in",
    "banned": 403,
}


@pytest.mark.parametrize("who", WHO)
def test_join_page_by_role(cast_factory, as_, who):
    cast = cast_factory(guidelines="Speak from your own experience.")
    response = as_(cast, who).get(url("join", cast.group))
    want = JOIN_PAGE[who]
    if want == "login":
        assert is_login_redirect(response)
    elif want == "in":
        assert response.status_code == 302
        assert response["Location"] == cast.group.get_absolute_url()
    else:
        assert response.status_code == want
    if want == 200:
        html = response.content.decode()
        assert "Speak from your own experience." in html
        assert 'type="checkbox" name="accept_guidelines"' in html
        assert "I accept the guidelines" in html


def test_outsider_joins_an_open_group_after_accepting(cast_factory, as_):
    cast = cast_factory()
    client = as_(cast, "outsider")
    response = client.post(url("join", cast.group), {"accept_guidelines": "on"}, follow=True)
    assert response.redirect_chain[-1][0] == cast.group.get_absolute_url()
    assert Membership.objects.get(group=cast.group, user=cast.outsider).role == Role.MEMBER
    assert "Welcome" in response.content.decode()
    home = client.get(reverse("home")).content.decode()
    assert "My groups" in home
    assert cast.group.name in home


def test_join_without_accepting_shows_the_error_on_the_checkbox(cast_factory, as_, snapshot):
    cast = cast_factory()
    before = snapshot(cast.group)
    response = as_(cast, "outsider").post(url("join", cast.group), {})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_accept_guidelines_error"' in html
    assert 'aria-describedby="id_accept_guidelines_error"' in html
    assert "accept the group" in html
    assert snapshot(cast.group) == before


def test_joining_a_full_group_says_so(cast_factory, as_, snapshot):
    cast = cast_factory(capacity=4)
    before = snapshot(cast.group)
    response = as_(cast, "outsider").post(url("join", cast.group), {"accept_guidelines": "on"})
    assert response.status_code == 409
    assert 'data-code="group_full"' in response.content.decode()
    assert snapshot(cast.group) == before


def test_joining_a_hidden_group_is_not_found(cast_factory, as_, snapshot):
    cast = cast_factory(visibility=Visibility.PRIVATE)
    before = snapshot(cast.group)
    response = as_(cast, "outsider").post(url("join", cast.group), {"accept_guidelines": "on"})
    assert response.status_code == 404
    assert snapshot(cast.group) == before


def test_join_only_by_post_with_csrf(cast_factory, client):
    cast = cast_factory()
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(cast.outsider)
    response = strict.post(url("join", cast.group), {"accept_guidelines": "on"})
    assert response.status_code == 403
    assert not Membership.objects.filter(group=cast.group, user=cast.outsider).exists()


def test_asking_to_join_then_asking_twice(cast_factory, as_, snapshot):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    client = as_(cast, "outsider")
    page = client.get(url("join", cast.group)).content.decode()
    assert 'name="message"' in page
    response = client.post(url("join", cast.group), {"accept_guidelines": "on", "message": "Hello"})
    assert response.status_code == 302
    request = JoinRequest.objects.get(group=cast.group, user=cast.outsider)
    assert request.message == "Hello"
    before = snapshot(cast.group)
    # A second tab still showing the form posts again.
    response = client.post(url("join", cast.group), {"accept_guidelines": "on"})
    assert response.status_code == 409
    assert 'data-code="request_pending"' in response.content.decode()
    assert snapshot(cast.group) == before


def test_asker_withdraws_their_request(cast_factory, as_):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    joining.join_request_create(user=cast.outsider, group=cast.group, accept_guidelines=True)
    response = as_(cast, "outsider").post(url("request_withdraw", cast.group))
    assert response.status_code == 302
    assert JoinRequest.objects.get().status == JoinRequest.Status.WITHDRAWN


def test_invite_only_group_cannot_be_joined_from_its_page(cast_factory, as_, snapshot):
    cast = cast_factory(join_policy=JoinPolicy.INVITE)
    before = snapshot(cast.group)
    response = as_(cast, "outsider").post(url("join", cast.group), {"accept_guidelines": "on"})
    assert response.status_code == 403
    assert snapshot(cast.group) == before


# Invite links ------------------------------------------------------------------------------


@pytest.fixture
def private_invite(cast_factory):
    cast = cast_factory(
        visibility=Visibility.PRIVATE,
        join_policy=JoinPolicy.INVITE,
        guidelines="What is said here stays here.",
    )
    invite = joining.invite_create(actor=cast.moderator, group=cast.group, role=Role.READER)
    return cast, invite


def test_invite_link_shows_a_private_group_and_lets_one_join(private_invite, as_):
    cast, invite = private_invite
    client = as_(cast, "outsider")
    page = client.get(invite.get_absolute_url())
    assert page.status_code == 200
    assert "What is said here stays here." in page.content.decode()
    response = client.post(invite.get_absolute_url(), {"accept_guidelines": "on"})
    assert response.status_code == 302
    assert Membership.objects.get(group=cast.group, user=cast.outsider).role == Role.READER
    assert client.get(cast.group.get_absolute_url()).status_code == 200


def test_invite_link_asks_anonymous_people_to_log_in(private_invite, as_):
    cast, invite = private_invite
    response = as_(cast, "anonymous").get(invite.get_absolute_url())
    assert is_login_redirect(response)
    assert cast.group.name not in response.content.decode()


@pytest.mark.parametrize("problem", ["invite_expired", "invite_revoked", "invite_used_up"])
def test_unusable_invite_links_say_why(private_invite, as_, snapshot, problem):
    cast, invite = private_invite
    if problem == "invite_expired":
        Invite.objects.filter(pk=invite.pk).update(expires_at=timezone.now() - timedelta(hours=1))
    elif problem == "invite_revoked":
        Invite.objects.filter(pk=invite.pk).update(revoked_at=timezone.now())
    else:
        Invite.objects.filter(pk=invite.pk).update(uses=1)
    before = snapshot(cast.group)
    client = as_(cast, "outsider")
    for response in (
        client.get(invite.get_absolute_url()),
        client.post(invite.get_absolute_url(), {"accept_guidelines": "on"}),
    ):
        assert response.status_code == 409
        html = response.content.decode()
        assert f'data-code="{problem}"' in html
        assert "ask for a new one" in html
        assert "What is said here stays here." not in html
    assert snapshot(cast.group) == before


def test_unknown_invite_link_is_not_found(cast_factory, as_):
    cast = cast_factory()
    response = as_(cast, "outsider").get(reverse("groups:invite", kwargs={"token": "nope"}))
    assert response.status_code == 404


# The members page and what moderators do there ---------------------------------------------

MANAGE = {
    "anonymous": "login",
    "outsider": 403,
    "reader": 403,
    "member": 403,
    "moderator": 200,
    "owner": 200,
    "banned": 403,
}


@pytest.mark.parametrize("who", WHO)
def test_members_page_by_role(cast_factory, as_, who):
    cast = cast_factory()
    response = as_(cast, who).get(url("members", cast.group))
    if MANAGE[who] == "login":
        assert is_login_redirect(response)
    else:
        assert response.status_code == MANAGE[who]


def test_members_page_is_not_found_for_outsiders_of_a_private_group(cast_factory, as_):
    cast = cast_factory(visibility=Visibility.PRIVATE)
    assert as_(cast, "outsider").get(url("members", cast.group)).status_code == 404


def test_members_page_shows_display_names_never_emails(cast_factory, as_):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    joining.join_request_create(user=cast.outsider, group=cast.group, accept_guidelines=True)
    html = as_(cast, "moderator").get(url("members", cast.group)).content.decode()
    for person in (cast.owner, cast.moderator, cast.member, cast.reader, cast.outsider):
        assert person.display_name in html
        assert person.email not in html


@pytest.mark.parametrize("who", WHO)
def test_changing_a_readers_role_by_role(cast_factory, as_, who):
    """'ban, change member and reader roles': moderators and the owner."""
    cast = cast_factory()
    response = as_(cast, who).post(
        url("member_role", cast.group, user_id=cast.reader.pk), {"role": Role.MEMBER}
    )
    allowed = who in {"moderator", "owner"}
    if who == "anonymous":
        assert is_login_redirect(response)
    else:
        assert response.status_code == (302 if allowed else 403)
    want = Role.MEMBER if allowed else Role.READER
    assert Membership.objects.get(group=cast.group, user=cast.reader).role == want


@pytest.mark.parametrize(("who", "status"), [("moderator", 403), ("owner", 302)])
def test_appointing_a_moderator_is_for_the_owner(cast_factory, as_, who, status):
    """'appoint moderators': the owner only."""
    cast = cast_factory()
    response = as_(cast, who).post(
        url("member_role", cast.group, user_id=cast.member.pk), {"role": Role.MODERATOR}
    )
    assert response.status_code == status
    want = Role.MODERATOR if status == 302 else Role.MEMBER
    assert Membership.objects.get(group=cast.group, user=cast.member).role == want


def test_moderator_sees_only_the_role_changes_they_may_make(cast_factory, as_):
    cast = cast_factory()
    html = as_(cast, "moderator").get(url("members", cast.group)).content.decode()
    assert f'id="role-{cast.member.pk}"' in html
    assert f'id="role-{cast.owner.pk}"' not in html
    assert f'id="role-{cast.moderator.pk}"' not in html
    assert '<option value="moderator"' not in html


def test_role_change_of_a_stranger_is_not_found(cast_factory, as_):
    cast = cast_factory()
    response = as_(cast, "owner").post(
        url("member_role", cast.group, user_id=cast.outsider.pk), {"role": Role.MEMBER}
    )
    assert response.status_code == 404
    assert not Membership.objects.filter(user=cast.outsider).exists()


def test_changes_are_post_only(cast_factory, as_):
    cast = cast_factory()
    client = as_(cast, "owner")
    assert client.get(url("member_role", cast.group, user_id=cast.reader.pk)).status_code == 405
    assert client.get(url("step_back", cast.group)).status_code == 405


def test_moderator_approves_and_declines_requests(cast_factory, as_, user_factory):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    other = user_factory()
    first = joining.join_request_create(
        user=cast.outsider, group=cast.group, accept_guidelines=True
    )
    second = joining.join_request_create(user=other, group=cast.group, accept_guidelines=True)
    client = as_(cast, "moderator")
    assert client.post(url("request_approve", cast.group, pk=first.pk)).status_code == 302
    assert client.post(url("request_decline", cast.group, pk=second.pk)).status_code == 302
    assert Membership.objects.filter(group=cast.group, user=cast.outsider).exists()
    assert not Membership.objects.filter(group=cast.group, user=other).exists()
    # Deciding again is a clear conflict, not a crash.
    response = client.post(url("request_approve", cast.group, pk=second.pk))
    assert response.status_code == 409
    assert not Membership.objects.filter(group=cast.group, user=other).exists()


@pytest.mark.parametrize("who", ["member", "reader"])
def test_members_cannot_approve(cast_factory, as_, who):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    request = joining.join_request_create(
        user=cast.outsider, group=cast.group, accept_guidelines=True
    )
    response = as_(cast, who).post(url("request_approve", cast.group, pk=request.pk))
    assert response.status_code == 403
    assert JoinRequest.objects.get().status == JoinRequest.Status.PENDING


def test_moderator_creates_an_invite_and_sees_its_full_url(cast_factory, as_):
    cast = cast_factory()
    client = as_(cast, "moderator")
    response = client.post(
        url("invite_create", cast.group),
        {"role": Role.READER, "expires_in_days": "7", "max_uses": "3"},
        follow=True,
    )
    invite = Invite.objects.get(group=cast.group)
    assert (invite.role, invite.max_uses) == (Role.READER, 3)
    assert f"http://testserver/groups/invite/{invite.token}/" in response.content.decode()
    client.post(url("invite_revoke", cast.group, pk=invite.pk))
    invite.refresh_from_db()
    assert invite.revoked_at is not None


def test_invalid_invite_form_shows_field_errors_and_creates_nothing(cast_factory, as_):
    cast = cast_factory()
    response = as_(cast, "moderator").post(
        url("invite_create", cast.group),
        {"role": "owner", "expires_in_days": "7", "max_uses": "0"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-describedby="id_max_uses_error"' in html
    assert 'id="id_role_error"' in html
    assert not Invite.objects.exists()


def test_member_cannot_make_invites(cast_factory, as_):
    cast = cast_factory()
    response = as_(cast, "member").post(
        url("invite_create", cast.group),
        {"role": Role.MEMBER, "expires_in_days": "7", "max_uses": "1"},
    )
    assert response.status_code == 403
    assert not Invite.objects.exists()


# Editing, deleting, handing over --------------------------------------------------------------

OWNER_ONLY = dict.fromkeys(WHO, 403) | {"anonymous": "login", "owner": 200}


@pytest.mark.parametrize("page", ["edit", "delete"])
@pytest.mark.parametrize("who", WHO)
def test_edit_and_delete_pages_are_for_the_owner(cast_factory, as_, who, page):
    """'appoint moderators, edit or delete the group': the owner only."""
    cast = cast_factory()
    response = as_(cast, who).get(url(page, cast.group))
    if OWNER_ONLY[who] == "login":
        assert is_login_redirect(response)
    else:
        assert response.status_code == OWNER_ONLY[who]


@pytest.mark.parametrize("who", ["moderator", "member", "outsider"])
def test_only_the_owner_can_post_an_edit_or_delete(cast_factory, as_, snapshot, who):
    cast = cast_factory()
    before = snapshot(cast.group)
    client = as_(cast, who)
    assert client.post(url("edit", cast.group), {"name": "Taken"}).status_code == 403
    assert client.post(url("delete", cast.group)).status_code == 403
    assert snapshot(cast.group) == before


def group_form_data(group, **changes):
    data = {
        "name": group.name,
        "slug": group.slug,
        "description": group.description,
        "guidelines": group.guidelines,
        "topic": group.topic,
        "language": group.language,
        "timezone": group.timezone,
        "visibility": group.visibility,
        "join_policy": group.join_policy,
        "capacity": group.capacity,
        "chat_retention_hours": group.chat_retention_hours,
        "new_member_hold_count": group.new_member_hold_count,
        "link_hold_days": group.link_hold_days,
        "crisis_resources": group.crisis_resources,
        "allow_step_back": "on",
    }
    data.update(changes)
    return data


def test_owner_edits_the_group(cast_factory, as_):
    cast = cast_factory()
    response = as_(cast, "owner").post(
        url("edit", cast.group), group_form_data(cast.group, name="Tuesday Circle", topic="grief")
    )
    assert response.status_code == 302
    cast.group.refresh_from_db()
    assert (cast.group.name, cast.group.topic) == ("Tuesday Circle", "grief")


def test_invalid_edit_shows_field_errors_and_changes_nothing(cast_factory, as_, snapshot):
    cast = cast_factory()
    before = snapshot(cast.group)
    response = as_(cast, "owner").post(
        url("edit", cast.group),
        group_form_data(cast.group, name="", capacity="1", timezone="Mars/Olympus"),
    )
    assert response.status_code == 400
    html = response.content.decode()
    for field in ("name", "capacity"):
        assert f'id="id_{field}_error"' in html
    assert snapshot(cast.group) == before


def test_creating_with_an_unknown_zone_is_a_field_error_and_creates_nothing(cast_factory, client):
    cast = cast_factory()
    client.force_login(cast.outsider)
    data = group_form_data(cast.group, name="Another", slug="", timezone="Mars/Olympus")
    response = client.post(reverse("groups:create"), data)
    assert response.status_code == 400
    assert 'id="id_timezone_error"' in response.content.decode()
    assert Group.objects.count() == 1


def test_capacity_below_the_people_in_the_group_is_a_field_error(cast_factory, as_, snapshot):
    cast = cast_factory()
    before = snapshot(cast.group)
    response = as_(cast, "owner").post(
        url("edit", cast.group), group_form_data(cast.group, capacity="2")
    )
    assert response.status_code == 400
    assert 'id="id_capacity_error"' in response.content.decode()
    assert snapshot(cast.group) == before


def test_owner_deletes_after_confirming(cast_factory, as_):
    cast = cast_factory()
    client = as_(cast, "owner")
    page = client.get(url("delete", cast.group)).content.decode()
    assert "cannot be undone" in page
    assert client.post(url("delete", cast.group)).status_code == 302
    assert not Group.objects.filter(pk=cast.group.pk).exists()


def test_creating_a_group_makes_you_its_owner(user_factory, client):
    person = user_factory()
    client.force_login(person)
    assert client.get(reverse("groups:create")).status_code == 200
    response = client.post(
        reverse("groups:create"),
        {
            "name": "Saturday Morning Readers",
            "slug": "",
            "language": "en",
            "timezone": "Europe/Berlin",
            "visibility": Visibility.PUBLIC,
            "join_policy": JoinPolicy.OPEN,
            "capacity": "12",
            "chat_retention_hours": "0",
            "new_member_hold_count": "0",
            "link_hold_days": "0",
        },
    )
    group = Group.objects.get()
    assert response.status_code == 302
    assert response["Location"] == group.get_absolute_url()
    assert group.slug == "saturday-morning-readers"
    assert Membership.objects.get(group=group, user=person).role == Role.OWNER


def test_creating_with_a_taken_or_reserved_slug_is_a_field_error(cast_factory, client):
    cast = cast_factory()
    client.force_login(cast.outsider)
    data = group_form_data(cast.group, name="Another")
    for slug in (cast.group.slug, "new"):
        response = client.post(reverse("groups:create"), data | {"slug": slug})
        assert response.status_code == 400
        assert 'id="id_slug_error"' in response.content.decode()
    assert Group.objects.count() == 1


def test_anonymous_cannot_create(client):
    assert is_login_redirect(client.get(reverse("groups:create")))


def test_owner_hands_over_from_the_members_page(cast_factory, as_):
    cast = cast_factory()
    response = as_(cast, "owner").post(
        url("transfer", cast.group), {"new_owner": cast.member.pk, "confirm": "on"}
    )
    assert response.status_code == 302
    assert Membership.objects.get(group=cast.group, user=cast.member).role == Role.OWNER
    assert Membership.objects.get(group=cast.group, user=cast.owner).role == Role.MODERATOR


def test_moderator_cannot_hand_over(cast_factory, as_, snapshot):
    cast = cast_factory()
    before = snapshot(cast.group)
    response = as_(cast, "moderator").post(
        url("transfer", cast.group), {"new_owner": cast.member.pk, "confirm": "on"}
    )
    assert response.status_code == 403
    assert snapshot(cast.group) == before


# Leaving, stepping back, stepping up ------------------------------------------------------------


def test_member_leaves_after_confirming(cast_factory, as_):
    cast = cast_factory()
    client = as_(cast, "member")
    assert client.get(url("leave", cast.group)).status_code == 200
    assert client.post(url("leave", cast.group)).status_code == 302
    assert not Membership.objects.filter(group=cast.group, user=cast.member).exists()


def test_owner_leaving_is_refused_clearly(cast_factory, as_, snapshot):
    cast = cast_factory()
    before = snapshot(cast.group)
    response = as_(cast, "owner").post(url("leave", cast.group))
    assert response.status_code == 403
    assert 'data-code="owner_must_transfer"' in response.content.decode()
    assert snapshot(cast.group) == before


def test_member_steps_back_and_reader_asks_to_return(cast_factory, as_):
    cast = cast_factory()
    client = as_(cast, "member")
    assert client.post(url("step_back", cast.group)).status_code == 302
    assert Membership.objects.get(group=cast.group, user=cast.member).role == Role.READER
    page = client.get(cast.group.get_absolute_url()).content.decode()
    assert "Ask to become a member" in page
    assert client.post(url("step_up", cast.group), {"message": "Ready again"}).status_code == 302
    request = JoinRequest.objects.get(user=cast.member)
    assert request.kind == JoinRequest.Kind.BECOME_MEMBER
    response = client.post(url("step_up", cast.group))
    assert response.status_code == 409
    assert JoinRequest.objects.filter(user=cast.member).count() == 1


def test_step_back_where_the_group_does_not_allow_it(cast_factory, as_):
    cast = cast_factory(allow_step_back=False)
    client = as_(cast, "member")
    assert "Step back" not in client.get(cast.group.get_absolute_url()).content.decode()
    assert client.post(url("step_back", cast.group)).status_code == 403
    assert Membership.objects.get(group=cast.group, user=cast.member).role == Role.MEMBER


# Directory and home ----------------------------------------------------------------------------


def test_directory_lists_public_groups_only_and_searches(group_factory, client):
    group_factory(name="Grief Circle", topic="grief", language="en")
    group_factory(name="Trauer Gruppe", topic="grief", language="de")
    group_factory(name="Gamblers' Families", topic="gambling", language="en")
    group_factory(name="Secret Grief", topic="grief", visibility=Visibility.PRIVATE)

    def names(**params):
        response = client.get(reverse("groups:directory"), params)
        assert response.status_code == 200
        return [g.name for g in response.context["groups"]]

    assert names() == ["Gamblers' Families", "Grief Circle", "Trauer Gruppe"]
    assert names(q="grief") == ["Grief Circle", "Trauer Gruppe"]
    assert names(topic="grief", language="de") == ["Trauer Gruppe"]
    assert names(q="circle") == ["Grief Circle"]
    assert names(q="secret") == []


def test_directory_paginates_and_keeps_the_search(group_factory, user_factory, client):
    owner = user_factory()
    for n in range(25):
        group_factory(owner=owner, name=f"Circle {n:02}", topic="grief")
    response = client.get(reverse("groups:directory"), {"topic": "grief"})
    assert len(response.context["groups"]) == 20
    html = response.content.decode()
    assert "?topic=grief&amp;page=2" in html
    second = client.get(reverse("groups:directory"), {"topic": "grief", "page": "2"})
    assert [g.name for g in second.context["groups"]] == [f"Circle {n}" for n in range(20, 25)]
    assert client.get(reverse("groups:directory"), {"page": "999"}).status_code == 200


def directory_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("groups:directory")).status_code == 200
    return len(queries)


def test_directory_query_count_stays_flat_as_groups_grow(
    group_factory, user_factory, member_factory, client
):
    owner = user_factory()
    for _ in range(2):
        member_factory(group_factory(owner=owner))
    few = directory_queries(client)
    for _ in range(15):
        member_factory(group_factory(owner=owner))
    assert directory_queries(client) == few


def test_home_queries_stay_flat_as_my_groups_grow(group_factory, user_factory, client):
    person = user_factory()
    client.force_login(person)
    group_factory(owner=person)
    with CaptureQueriesContext(connection) as first:
        client.get(reverse("home"))
    for _ in range(6):
        group_factory(owner=person)
    with CaptureQueriesContext(connection) as later:
        response = client.get(reverse("home"))
    assert len(later) == len(first)
    assert len(response.context["my_groups"]) == 7


def test_home_shows_my_groups_but_not_banned_ones(cast_factory, as_):
    cast = cast_factory()
    client = as_(cast, "member")
    assert cast.group.name in client.get(reverse("home")).content.decode()
    Ban.objects.create(group=cast.group, user=cast.member)
    html = client.get(reverse("home")).content.decode()
    assert "My groups" in html
    assert cast.group.name not in html


def test_home_for_anonymous_has_no_my_groups(client):
    html = client.get(reverse("home")).content.decode()
    assert "Welcome" in html
    assert "My groups" not in html


@pytest.mark.parametrize(
    ("name", "extra", "data"),
    [
        ("join", {}, {"accept_guidelines": "on"}),
        ("request_withdraw", {}, {}),
        ("leave", {}, {}),
        ("step_back", {}, {}),
        ("step_up", {}, {}),
        ("member_role", {"user_id": "reader"}, {"role": Role.MEMBER}),
        ("member_remove", {"user_id": "member"}, {}),
        ("invite_create", {}, {"role": Role.MEMBER, "expires_in_days": "7", "max_uses": "1"}),
        ("transfer", {}, {"new_owner": "member", "confirm": "on"}),
        ("edit", {}, {"name": "Taken"}),
        ("delete", {}, {}),
    ],
)
def test_acting_on_a_hidden_group_is_not_found_and_changes_nothing(
    cast_factory, as_, snapshot, name, extra, data
):
    cast = cast_factory(visibility=Visibility.PRIVATE, join_policy=JoinPolicy.APPROVAL)
    kwargs = {key: getattr(cast, value).pk for key, value in extra.items()}
    data = {k: getattr(cast, v).pk if v in ("member", "reader") else v for k, v in data.items()}
    before = snapshot(cast.group)
    response = as_(cast, "outsider").post(url(name, cast.group, **kwargs), data)
    assert response.status_code == 404
    assert cast.group.name not in response.content.decode()
    assert snapshot(cast.group) == before


@pytest.mark.parametrize("who", ["anonymous", "outsider", "reader", "member", "moderator", "owner"])
def test_group_page_links_moderators_to_the_moderation_dashboard(cast_factory, as_, who):
    cast = cast_factory()
    page = as_(cast, who).get(url("detail", cast.group)).content.decode()
    dashboard = reverse("moderation:queue", kwargs={"slug": cast.group.slug})
    assert (f'href="{dashboard}"' in page) is (who in ("moderator", "owner"))


@pytest.mark.parametrize("zone", ["EST", "US/Eastern", "Etc/GMT+5", "MST7MDT"])
def test_a_legacy_zone_without_a_place_is_refused_for_a_new_group(cast_factory, client, zone):
    cast = cast_factory()
    client.force_login(cast.outsider)
    data = group_form_data(cast.group, name="Another", slug="", timezone=zone)
    response = client.post(reverse("groups:create"), data)
    assert response.status_code == 400
    assert "Choose the group&#x27;s time zone from the list." in response.content.decode()
    assert Group.objects.count() == 1


def test_the_new_group_form_offers_zones_by_place_name(cast_factory, client):
    cast = cast_factory()
    client.force_login(cast.outsider)
    html = client.get(reverse("groups:create")).content.decode()
    assert '<select name="timezone"' in html
    assert '<option value="America/New_York">New York (America/New_York)</option>' in html
    assert 'value="EST"' not in html
    data = group_form_data(cast.group, name="Another", slug="", timezone="America/New_York")
    assert client.post(reverse("groups:create"), data).status_code == 302
    assert Group.objects.get(name="Another").timezone == "America/New_York"


def test_the_edit_form_leaves_the_zone_to_its_own_page(cast_factory, as_):
    cast = cast_factory()
    html = as_(cast, "owner").get(url("edit", cast.group)).content.decode()
    assert 'name="timezone"' not in html
    assert f'href="/groups/{cast.group.slug}/time-zone/"' in html
    response = as_(cast, "owner").post(
        url("edit", cast.group), group_form_data(cast.group, timezone="Europe/London")
    )
    assert response.status_code == 302
    cast.group.refresh_from_db()
    assert cast.group.timezone == "UTC"  # a zone posted to the edit form is ignored


def test_the_directory_filters_by_language_from_a_list(client, group_factory):
    import datetime as dt

    from meetings.scheduling import series_create

    spanish = group_factory(name="Grupo Esperanza", language="es")
    english = group_factory(name="Evening Circle", language="en")
    owner = Membership.objects.get(group=english, role=Role.OWNER).user
    series_create(
        actor=owner,
        group=english,
        title="Reunión en español",
        format="discussion",
        language="es",
        weekdays=[3],
        start_time=dt.time(19, 0),
        duration_minutes=60,
        start_date=dt.date(2026, 1, 1),
    )
    group_factory(name="Freitagsgruppe", language="de")
    html = client.get(reverse("groups:directory")).content.decode()
    assert '<option value="es">Spanish (Español)</option>' in html
    response = client.get(reverse("groups:directory"), {"language": "es"})
    names = [g.name for g in response.context["groups"]]
    assert names == [english.name, spanish.name]  # a Spanish meeting counts too
    assert "Spanish (Español)" in response.content.decode()


def test_an_unknown_language_is_a_clear_error_in_the_directory(client, group_factory):
    group_factory(name="Evening Circle")
    response = client.get(reverse("groups:directory"), {"language": "English"})
    assert response.status_code == 400
    assert "Choose a language from the list." in response.content.decode()


def test_a_group_language_outside_the_list_is_refused(cast_factory, as_, snapshot):
    cast = cast_factory()
    before = snapshot(cast.group)
    response = as_(cast, "owner").post(
        url("edit", cast.group), group_form_data(cast.group, language="klingon")
    )
    assert response.status_code == 400
    assert 'id="id_language_error"' in response.content.decode()
    assert snapshot(cast.group) == before
