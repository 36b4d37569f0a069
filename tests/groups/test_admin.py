"""The Django admin for groups: usable by staff, and what staff change is audited."""

import pytest
from django.urls import reverse

from groups import joining
from groups.models import Ban, Group, JoinPolicy, Membership, Role
from moderation.models import AuditEntry


@pytest.fixture
def staff_client(client, user_factory):
    staff = user_factory(display_name="Site Staff", is_staff=True, is_superuser=True)
    client.force_login(staff)
    client.staff = staff
    return client


@pytest.mark.parametrize("model", ["group", "membership", "joinrequest", "invite", "ban"])
def test_staff_can_list_search_and_open_every_model(staff_client, cast_factory, model):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    joining.join_request_create(user=cast.outsider, group=cast.group, accept_guidelines=True)
    joining.invite_create(actor=cast.owner, group=cast.group)
    Ban.objects.create(group=cast.group, user=cast.member, reason="spam")
    changelist = reverse(f"admin:groups_{model}_changelist")
    assert staff_client.get(changelist).status_code == 200
    assert staff_client.get(changelist, {"q": cast.group.name}).status_code == 200
    assert staff_client.get(reverse(f"admin:groups_{model}_add")).status_code == 200
    obj = Group if model == "group" else Group._meta.apps.get_model("groups", model)
    first = obj.objects.first()
    response = staff_client.get(reverse(f"admin:groups_{model}_change", args=[first.pk]))
    assert response.status_code == 200


def test_non_staff_cannot_use_the_admin(client, cast_factory):
    cast = cast_factory()
    client.force_login(cast.owner)
    response = client.get(reverse("admin:groups_group_changelist"))
    assert response.status_code == 302


def test_staff_role_change_is_audited(staff_client, cast_factory):
    cast = cast_factory()
    membership = Membership.objects.get(group=cast.group, user=cast.member)
    response = staff_client.post(
        reverse("admin:groups_membership_change", args=[membership.pk]),
        {
            "user": cast.member.pk,
            "group": cast.group.pk,
            "role": Role.READER,
            "joined_at_0": "2026-01-01",
            "joined_at_1": "10:00:00",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    membership.refresh_from_db()
    assert membership.role == Role.READER
    entry = AuditEntry.objects.get()
    assert entry.actor == staff_client.staff
    assert entry.group == cast.group
    assert entry.target_user == cast.member
    assert entry.action == "admin.membership_change"
    assert "role" in entry.reason


def test_staff_ban_is_audited(staff_client, cast_factory):
    cast = cast_factory()
    response = staff_client.post(
        reverse("admin:groups_ban_add"),
        {"group": cast.group.pk, "user": cast.member.pk, "reason": "threats"},
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Ban.objects.filter(group=cast.group, user=cast.member).exists()
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.target_user) == ("admin.ban_add", cast.member)


def test_staff_group_deletion_stays_on_record(staff_client, cast_factory):
    cast = cast_factory()
    name = cast.group.name
    response = staff_client.post(
        reverse("admin:groups_group_delete", args=[cast.group.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Group.objects.exists()
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.group, entry.group_name) == ("admin.group_delete", None, name)
