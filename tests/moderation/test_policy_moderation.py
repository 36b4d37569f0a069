"""kindred.policy: live controls for the chair, and who may act on whom."""

import pytest

from groups.models import Group, Role
from kindred.policy import Standing, may_act_on, may_moderate_meeting

GROUP = Group(name="G", slug="g")


def standing(role, *, user_id=1, banned=False):
    return Standing(group=GROUP, user_id=user_id, role=role, banned=banned)


@pytest.mark.parametrize(
    ("role", "is_chair", "banned", "expected"),
    [
        (Role.OWNER, False, False, True),
        (Role.MODERATOR, False, False, True),
        (Role.MEMBER, True, False, True),
        (Role.MEMBER, False, False, False),
        (Role.READER, True, False, False),
        (Role.READER, False, False, False),
        (None, True, False, False),
        (Role.MEMBER, True, True, False),
        (Role.MODERATOR, False, True, False),
    ],
)
def test_may_moderate_meeting(role, is_chair, banned, expected):
    assert may_moderate_meeting(standing(role, banned=banned), is_chair=is_chair) is expected


@pytest.mark.parametrize(
    ("actor", "target", "chair", "expected"),
    [
        (Role.OWNER, Role.MODERATOR, False, True),
        (Role.OWNER, Role.MEMBER, False, True),
        (Role.MODERATOR, Role.MEMBER, False, True),
        (Role.MODERATOR, Role.READER, False, True),
        (Role.MODERATOR, Role.MODERATOR, False, False),
        (Role.MODERATOR, Role.OWNER, False, False),
        (Role.MEMBER, Role.MEMBER, True, True),
        (Role.MEMBER, Role.MODERATOR, True, False),
        (Role.MEMBER, Role.MEMBER, False, False),
        (Role.MODERATOR, None, False, False),
    ],
)
def test_may_act_on(actor, target, chair, expected):
    result = may_act_on(
        standing(actor, user_id=1), target=standing(target, user_id=2), actor_is_chair=chair
    )
    assert result is expected


def test_nobody_acts_on_themselves():
    owner = standing(Role.OWNER, user_id=1)
    assert may_act_on(owner, target=standing(Role.OWNER, user_id=1)) is False
