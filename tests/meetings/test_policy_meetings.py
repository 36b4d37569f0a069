"""kindred.policy's meeting rules: who may start or end a meeting, who may chair."""

import pytest

from groups.models import Role
from kindred import policy


@pytest.mark.parametrize(
    ("role", "is_chair", "expected"),
    [
        (Role.OWNER, False, True),
        (Role.MODERATOR, False, True),
        (Role.MEMBER, True, True),  # a chair who has since become a member still runs it
        (Role.MEMBER, False, False),
        (Role.READER, True, False),
        (None, True, False),
    ],
)
def test_may_lead_meeting(group_factory, member_factory, user_factory, role, is_chair, expected):
    group = group_factory()
    if role == Role.OWNER:
        person = group.memberships.get(role=Role.OWNER).user
    elif role is None:
        person = user_factory()
    else:
        person = member_factory(group, role)
    standing = policy.standing_for(user=person, group=group)
    chair_id = person.pk if is_chair else None
    assert policy.may_lead_meeting(standing, chair_id=chair_id) is expected


def test_banned_moderator_may_neither_run_nor_chair(group_factory, member_factory):
    from groups.models import Ban

    group = group_factory()
    moderator = member_factory(group, Role.MODERATOR)
    Ban.objects.create(group=group, user=moderator)
    standing = policy.standing_for(user=moderator, group=group)
    assert not policy.may_lead_meeting(standing, chair_id=moderator.pk)
    assert not policy.may_chair(standing)


@pytest.mark.parametrize(
    ("role", "expected"),
    [(Role.OWNER, True), (Role.MODERATOR, True), (Role.MEMBER, False), (Role.READER, False)],
)
def test_may_chair(group_factory, member_factory, role, expected):
    group = group_factory()
    person = (
        group.memberships.get(role=Role.OWNER).user
        if role == Role.OWNER
        else member_factory(group, role)
    )
    assert policy.may_chair(policy.standing_for(user=person, group=group)) is expected
