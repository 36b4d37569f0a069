"""groups.selectors: each read returns only what the caller may see."""

import dataclasses

import pytest
from django.contrib.auth.models import AnonymousUser

from groups import joining, selectors
from groups.models import Ban, JoinPolicy, Role, Visibility
from kindred.errors import NotAllowed, NotFound


def test_group_get_for_user_hides_private_groups_from_outsiders(cast_factory):
    cast = cast_factory(visibility=Visibility.PRIVATE)
    for person in (cast.outsider, AnonymousUser()):
        with pytest.raises(NotFound):
            selectors.group_get_for_user(user=person, slug=cast.group.slug)
    for person in (cast.reader, cast.owner):
        assert selectors.group_get_for_user(user=person, slug=cast.group.slug) == cast.group
    with pytest.raises(NotFound):
        selectors.group_get_for_user(user=cast.owner, slug="no-such-group")


def test_group_get_for_user_refuses_banned_people(cast_factory):
    cast = cast_factory()
    Ban.objects.create(group=cast.group, user=cast.member)
    with pytest.raises(NotAllowed) as exc_info:
        selectors.group_get_for_user(user=cast.member, slug=cast.group.slug)
    assert exc_info.value.code == "banned"


def test_groups_for_user_lists_my_groups_with_my_role(cast_factory, group_factory):
    cast = cast_factory(name="Beta")
    other = group_factory(name="Alpha", visibility=Visibility.PRIVATE)
    joining.invite_accept(
        user=cast.reader,
        token=joining.invite_create(
            actor=other.memberships.get().user, group=other, role=Role.MEMBER
        ).token,
        accept_guidelines=True,
    )
    group_factory(name="Gamma")  # not theirs
    mine = selectors.groups_for_user(user=cast.reader)
    assert [(g.name, g.my_role) for g in mine] == [("Alpha", "member"), ("Beta", "reader")]
    assert list(selectors.groups_for_user(user=AnonymousUser())) == []


def test_group_members_are_display_names_and_roles_only(cast_factory):
    cast = cast_factory()
    members = selectors.group_members(actor=cast.moderator, group=cast.group)
    assert [m.role for m in members] == ["owner", "moderator", "member", "reader"]
    assert {f.name for f in dataclasses.fields(members[0])} == {
        "user_id",
        "display_name",
        "role",
        "joined_at",
    }
    with pytest.raises(NotAllowed):
        selectors.group_members(actor=cast.member, group=cast.group)


def test_moderator_lists_pending_requests_and_working_invites(cast_factory, user_factory):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    waiting = joining.join_request_create(
        user=cast.outsider, group=cast.group, accept_guidelines=True
    )
    declined = joining.join_request_create(
        user=user_factory(), group=cast.group, accept_guidelines=True
    )
    joining.join_request_decline(actor=cast.owner, join_request=declined)
    working = joining.invite_create(actor=cast.owner, group=cast.group)
    revoked = joining.invite_create(actor=cast.owner, group=cast.group)
    joining.invite_revoke(actor=cast.owner, invite=revoked)
    assert list(selectors.join_requests_pending(actor=cast.moderator, group=cast.group)) == [
        waiting
    ]
    assert list(selectors.invites_active(actor=cast.moderator, group=cast.group)) == [working]
    for read in (selectors.join_requests_pending, selectors.invites_active):
        with pytest.raises(NotAllowed):
            read(actor=cast.reader, group=cast.group)


def test_directory_never_lists_private_groups(group_factory):
    group_factory(name="Open Door")
    group_factory(name="Closed Door", visibility=Visibility.PRIVATE)
    assert [g.name for g in selectors.groups_directory(query="door")] == ["Open Door"]
    assert selectors.groups_directory(query="door")[0].member_count == 1
