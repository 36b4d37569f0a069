"""Nobody can pass for someone else: names that read alike within a group, names that
claim a role or the site's name, and how often a name may change."""

import pytest
from django.urls import reverse

from accounts.forms import SignupForm
from accounts.models import DisplayNameChange
from accounts.names import clash_key, reserved_reason
from accounts.services import profile_update
from groups import joining as groups_joining
from groups.models import JoinPolicy, Membership, Role
from kindred.errors import Conflict, NotAllowed, ServiceError
from moderation.models import AuditAction, AuditEntry


def rename(user, name):
    return profile_update(
        user=user,
        display_name=name,
        timezone=user.timezone,
        quiet_mode=user.quiet_mode,
        reminder_minutes=user.reminder_minutes,
        reminder_names_group=user.reminder_names_group,
    )


@pytest.mark.parametrize(
    "other",
    [
        "mira",
        "MIRA",
        "Mira.",
        "M i r a",
        "M\u0456ra",
        "M1ra",
        "Mlra",
        "Mïra",
        "\uff2d\uff49\uff52\uff41",
    ],
)
def test_names_that_read_alike_share_a_key(other):
    assert clash_key(other) == clash_key("Mira")


@pytest.mark.parametrize("other", ["Maya", "Mirabel", "Amira", "Mira 2"])
def test_different_names_do_not_clash(other):
    assert clash_key(other) != clash_key("Mira")


@pytest.mark.parametrize(
    "name",
    ["Moderator", "Mira (mod)", "The Admin", "admin_mira", "Kindred Team", "m0derat0r", "Staff"],
)
def test_names_claiming_a_role_or_the_site_are_reserved(name):
    assert reserved_reason(name)


@pytest.mark.parametrize("name", ["Mira", "Badminton Fan", "Modest Heron", "Kind Reader"])
def test_ordinary_names_are_not_reserved(name):
    assert reserved_reason(name) == ""


@pytest.fixture
def circle(group_factory, member_factory, user_factory):
    group = group_factory(name="Thursday Circle")
    mira = member_factory(group, Role.MODERATOR, display_name="Mira")
    troll = member_factory(group, Role.MEMBER, display_name="Sam")
    return group, mira, troll


def test_renaming_into_a_moderators_name_is_refused(circle):
    _, _, troll = circle
    with pytest.raises(ServiceError) as raised:
        rename(troll, "M\u0456ra")
    assert raised.value.code == "display_name_taken"
    assert "Thursday Circle" in raised.value.detail
    troll.refresh_from_db()
    assert troll.display_name == "Sam"
    assert not DisplayNameChange.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_name_used_only_in_other_groups_is_free(
    circle, group_factory, member_factory, user_factory
):
    other = group_factory(name="Elsewhere")
    member_factory(other, Role.MEMBER, display_name="Rowan")
    _, _, troll = circle
    rename(troll, "Rowan")
    troll.refresh_from_db()
    assert troll.display_name == "Rowan"


def test_reserved_names_refused_on_rename_and_signup_but_staff_may(circle, user_factory):
    _, _, troll = circle
    with pytest.raises(ServiceError) as raised:
        rename(troll, "Your moderator")
    assert raised.value.code == "display_name_reserved"
    form = SignupForm(data={"display_name": "Kindred Support"})
    form.is_valid()
    assert "display_name" in form.errors
    staff = user_factory(display_name="Someone", is_staff=True)
    rename(staff, "Site admin")


def test_rename_audited_in_each_group_and_rate_limited(circle, group_factory, member_factory):
    group, _, troll = circle
    second = group_factory(name="Second")
    member_factory(second, Role.MEMBER, user=troll)
    rename(troll, "Quiet Heron")
    entries = AuditEntry.objects.filter(action=AuditAction.DISPLAY_NAME_CHANGE)
    assert {e.group for e in entries} == {group, second}
    assert all(e.reason == "“Sam” → “Quiet Heron”" and e.actor == troll for e in entries)
    rename(troll, "Quiet Heron 2")
    rename(troll, "Quiet Heron 3")
    with pytest.raises(NotAllowed) as raised:
        rename(troll, "Quiet Heron 4")
    assert raised.value.code == "display_name_rate_limited"
    assert DisplayNameChange.objects.filter(user=troll).count() == 3
    # Other preferences can still be saved when the name stays.
    rename(troll, "Quiet Heron 3")


def test_profile_page_explains_a_taken_name(client, circle):
    _, _, troll = circle
    client.force_login(troll)
    response = client.post(
        reverse("accounts:profile"),
        {"display_name": "mira", "timezone": "UTC", "reminder_minutes": "30"},
    )
    assert response.status_code == 400
    assert "already goes by a name that reads like" in response.content.decode()


def test_joining_under_a_members_name_is_refused(circle, user_factory):
    group, _, _ = circle
    newcomer = user_factory(display_name="MIRA")
    with pytest.raises(Conflict) as raised:
        groups_joining.group_join(user=newcomer, group=group, accept_guidelines=True)
    assert raised.value.code == "display_name_taken"
    assert not Membership.objects.filter(user=newcomer).exists()
    rename(newcomer, "Mira from Leeds")
    groups_joining.group_join(user=newcomer, group=group, accept_guidelines=True)


def test_requests_and_invites_check_the_name_too(circle, user_factory):
    group, mira, _ = circle
    group.join_policy = JoinPolicy.APPROVAL
    group.save()
    newcomer = user_factory(display_name="Sam")
    with pytest.raises(Conflict):
        groups_joining.join_request_create(user=newcomer, group=group, accept_guidelines=True)
    invite = groups_joining.invite_create(actor=mira, group=group)
    with pytest.raises(Conflict):
        groups_joining.invite_accept(user=newcomer, token=invite.token, accept_guidelines=True)
    assert not Membership.objects.filter(user=newcomer).exists()
