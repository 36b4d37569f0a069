"""Site staff: the audit log is read-only in the admin; staff rule changes are audited."""

import pytest
from django.urls import reverse

from moderation.audit import audit_record
from moderation.models import AuditEntry, Rule

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(user_factory):
    return user_factory(is_staff=True, is_superuser=True)


def test_audit_log_cannot_be_added_changed_or_deleted(client, staff, room):
    entry = audit_record(actor=room.moderator, group=room.group, action="member_mute")
    client.force_login(staff)
    assert client.get(reverse("admin:moderation_auditentry_changelist")).status_code == 200
    assert client.get(reverse("admin:moderation_auditentry_add")).status_code == 403
    response = client.post(
        reverse("admin:moderation_auditentry_change", args=[entry.pk]), {"reason": "edited"}
    )
    assert response.status_code == 403
    response = client.post(
        reverse("admin:moderation_auditentry_delete", args=[entry.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    entry.refresh_from_db()
    assert entry.reason == ""


def test_staff_rule_changes_are_audited_and_validated(client, staff, room):
    client.force_login(staff)
    add = reverse("admin:moderation_rule_add")
    data = {"group": room.group.pk, "kind": "word", "action": "hold", "enabled": "on"}
    response = client.post(add, {**data, "pattern": "??"})
    assert response.status_code == 200  # the form again, with the error
    assert not Rule.objects.filter(group__isnull=False).exists()
    response = client.post(add, {**data, "pattern": "  Spammy "})
    assert response.status_code == 302
    assert Rule.objects.get(group__isnull=False).pattern == "spammy"
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.group, entry.actor) == ("admin.rule_add", room.group, staff)
    assert entry.get_action_display() == "Site staff: rule add"


def test_staff_group_edit_reaches_the_group_audit_log(client, staff, room):
    client.force_login(staff)
    response = client.get(reverse("admin:groups_group_change", args=[room.group.pk]))
    assert response.status_code == 200
    client.force_login(room.moderator)
    audit_record(actor=staff, group=room.group, action="admin.group_change", reason="Changed: name")
    html = client.get(
        reverse("moderation:audit", kwargs={"slug": room.group.slug})
    ).content.decode()
    assert "Site staff: group change" in html
