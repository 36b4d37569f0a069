from groups.models import Role, Visibility
from kindred.policy import Action, allows, standing_for


def test_owner_may_manage_and_stranger_may_not(group_factory, user_factory, member_factory):
    group = group_factory(visibility=Visibility.PRIVATE)
    owner = group.memberships.get(role=Role.OWNER).user
    stranger = user_factory()
    assert allows(standing_for(user=owner, group=group), Action.MANAGE_GROUP)
    assert not allows(standing_for(user=stranger, group=group), Action.VIEW_GROUP)
    reader = member_factory(group, Role.READER)
    assert not allows(standing_for(user=reader, group=group), Action.POST)
