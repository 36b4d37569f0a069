"""kindred.policy: live controls for the chair, and who may act on whom."""

import pytest

from groups.models import Group, Role
from kindred.policy import Standing, may_act_on, may_lead_meeting, may_lift_ban

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
def test_may_lead_meeting(role, is_chair, banned, expected):
    chair_id = 1 if is_chair else 2
    assert may_lead_meeting(standing(role, banned=banned), chair_id=chair_id) is expected


@pytest.mark.parametrize(
    ("actor", "target_role", "expected"),
    [
        (Role.OWNER, Role.MODERATOR, True),
        (Role.OWNER, Role.MEMBER, True),
        (Role.MODERATOR, Role.MEMBER, True),
        (Role.MODERATOR, None, True),
        (Role.MODERATOR, Role.MODERATOR, False),
        (Role.MEMBER, Role.MEMBER, False),
        (None, Role.READER, False),
    ],
)
def test_may_lift_ban(actor, target_role, expected):
    assert may_lift_ban(standing(actor), target_role=target_role) is expected
    assert may_lift_ban(standing(actor, banned=True), target_role=target_role) is False


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
