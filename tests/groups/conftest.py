"""Fixtures for group tests: a group with one person in each role, and a state snapshot."""

from dataclasses import dataclass

import pytest

from groups.models import Group, Invite, JoinRequest, Membership, Role


@dataclass
class Cast:
    group: Group
    owner: object
    moderator: object
    member: object
    reader: object
    outsider: object


@pytest.fixture
def cast_factory(group_factory, user_factory, member_factory):
    """A group with an owner, a moderator, a member, a reader, and an outsider."""

    def make(**group_fields) -> Cast:
        owner = user_factory(display_name="Olive Owner")
        group = group_factory(owner=owner, **group_fields)
        return Cast(
            group=group,
            owner=owner,
            moderator=member_factory(group, Role.MODERATOR, display_name="Mo Moderator"),
            member=member_factory(group, Role.MEMBER, display_name="Mel Member"),
            reader=member_factory(group, Role.READER, display_name="Rae Reader"),
            outsider=user_factory(display_name="Otto Outsider"),
        )

    return make


@pytest.fixture
def snapshot():
    """Everything a group service may change, to assert that a refusal changed nothing."""

    def take(group: Group) -> dict:
        fresh = Group.objects.filter(pk=group.pk).values().first()
        if fresh is not None:
            fresh.pop("updated_at")
        return {
            "group": fresh,
            "memberships": sorted(
                Membership.objects.filter(group_id=group.pk).values_list("user_id", "role")
            ),
            "requests": sorted(
                JoinRequest.objects.filter(group_id=group.pk).values_list(
                    "pk", "user_id", "kind", "status"
                )
            ),
            "invites": sorted(
                Invite.objects.filter(group_id=group.pk).values_list("pk", "uses", "revoked_at")
            ),
        }

    return take


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Group tests create many people; real hashing is covered by the accounts tests.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
