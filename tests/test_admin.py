"""Site staff can open every model in the Django admin (this covers each app as it arrives),
and what they change on a group there is audited and reaches the person's live sockets."""

import asyncio
import contextlib

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.contrib import admin
from django.urls import reverse

from groups.models import Ban, Membership, Role
from kindred.events import user_group_name
from moderation.models import AuditEntry
from tests.demo import load_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, user_factory):
    client.force_login(user_factory(is_staff=True, is_superuser=True))
    return client


def test_staff_can_open_every_admin_changelist_add_and_change_page(staff_client):
    load_demo()  # gives most models at least one row
    opened_change_pages = 0
    for model, model_admin in admin.site._registry.items():
        info = (model._meta.app_label, model._meta.model_name)
        changelist = staff_client.get(reverse("admin:{}_{}_changelist".format(*info)))
        assert changelist.status_code == 200, model
        search = staff_client.get(reverse("admin:{}_{}_changelist".format(*info)), {"q": "a"})
        assert search.status_code == 200, model
        if model_admin.has_add_permission(changelist.wsgi_request):
            add = staff_client.get(reverse("admin:{}_{}_add".format(*info)))
            assert add.status_code == 200, model
        obj = model._default_manager.first()
        if obj is not None:
            change = staff_client.get(reverse("admin:{}_{}_change".format(*info), args=[obj.pk]))
            assert change.status_code == 200, model
            opened_change_pages += 1
    assert opened_change_pages >= 3  # at least people, groups, memberships


def test_user_admin_searches_by_email_and_display_name(staff_client, user_factory):
    user_factory(display_name="Findable Heron", email="heron@example.org")
    url = reverse("admin:accounts_user_changelist")
    assert "Findable Heron" in staff_client.get(url, {"q": "heron@"}).content.decode()
    assert "Findable Heron" in staff_client.get(url, {"q": "Findable"}).content.decode()
    assert "Findable Heron" not in staff_client.get(url, {"q": "nobody-matches"}).content.decode()


def test_staff_can_add_a_person_in_the_admin(staff_client):
    from accounts.models import User

    response = staff_client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "added@example.org",
            "display_name": "Added Person",
            "usable_password": "true",
            "password1": "a calm and long passphrase 42",
            "password2": "a calm and long passphrase 42",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert User.objects.get(email="added@example.org").display_name == "Added Person"


# --- Groups, memberships and bans go through moderation.staff -------------------------------


@pytest.fixture
def heard(redis_layer):
    """Listen on one person's channel-layer group (RedisChannelLayer, which keeps a channel
    between the separate event loops of a test without one); returns a function giving the
    events that reached it until it has been quiet for a moment."""
    layer = get_channel_layer()
    listening = {}

    def listen(user):
        channel = async_to_sync(layer.new_channel)()
        async_to_sync(layer.group_add)(user_group_name(user.pk), channel)
        listening[user.pk] = channel

    def events(user) -> list[dict]:
        async def drain():
            out = []
            with contextlib.suppress(TimeoutError):
                while True:
                    out.append(await asyncio.wait_for(layer.receive(listening[user.pk]), 0.5))
            return out

        return async_to_sync(drain)()

    listen.events = events
    yield listen
    for user_id, channel in listening.items():
        async_to_sync(layer.group_discard)(user_group_name(user_id), channel)


def test_staff_ban_in_the_admin_is_audited_and_closes_the_persons_sockets(
    staff_client, group_factory, member_factory, heard, django_capture_on_commit_callbacks
):
    group = group_factory()
    member = member_factory(group, display_name="Banned Later")
    heard(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:groups_ban_add"),
            {
                "group": group.pk,
                "user": member.pk,
                "reason": "threats",
                "expires_at_0": "2099-01-01",
                "expires_at_1": "10:00:00",
            },
        )
    assert response.status_code == 302, response.context["adminform"].form.errors
    ban = Ban.objects.get(group=group, user=member)
    entry = AuditEntry.objects.get(action="admin.ban_add")
    assert (entry.group, entry.target_user, entry.reason) == (group, member, "threats")
    assert entry.actor.is_staff
    assert entry.expires_at == ban.expires_at
    kicks = [e for e in heard.events(member) if e["type"] == "user.kick"]
    assert kicks == [
        {
            "type": "user.kick",
            "occurrence_id": None,
            "group_id": group.pk,
            "code": 4410,
            "reason": "threats",
            "until": ban.expires_at.isoformat(),
        }
    ]


def test_staff_lifting_a_ban_in_the_admin_is_audited_and_kicks_nobody(
    staff_client, group_factory, member_factory, heard, django_capture_on_commit_callbacks
):
    group = group_factory()
    member = member_factory(group)
    ban = Ban.objects.create(group=group, user=member, reason="spam")
    heard(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:groups_ban_change", args=[ban.pk]),
            {
                "group": group.pk,
                "user": member.pk,
                "reason": "spam",
                "lifted_at_0": "2026-01-02",
                "lifted_at_1": "10:00:00",
            },
        )
    assert response.status_code == 302, response.context["adminform"].form.errors
    ban.refresh_from_db()
    assert ban.lifted_by is not None and ban.lifted_by.is_staff
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.target_user) == ("admin.ban_lift", member)
    assert [e["type"] for e in heard.events(member)] == []


def test_staff_removing_a_membership_in_the_admin_is_audited_and_closes_sockets(
    staff_client, group_factory, member_factory, heard, django_capture_on_commit_callbacks
):
    group = group_factory()
    member = member_factory(group)
    membership = Membership.objects.get(group=group, user=member)
    heard(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:groups_membership_delete", args=[membership.pk]), {"post": "yes"}
        )
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.target_user, entry.group) == (
        "admin.membership_delete",
        member,
        group,
    )
    kicks = [e for e in heard.events(member) if e["type"] == "user.kick"]
    assert [(k["group_id"], k["code"]) for k in kicks] == [(group.pk, 4403)]


def test_staff_bulk_deleting_memberships_goes_through_the_service_for_each(
    staff_client, group_factory, member_factory, heard, django_capture_on_commit_callbacks
):
    group = group_factory()
    people = [member_factory(group), member_factory(group, Role.READER)]
    for person in people:
        heard(person)
    chosen = Membership.objects.filter(group=group, user__in=people)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:groups_membership_changelist"),
            {
                "action": "delete_selected",
                "_selected_action": [m.pk for m in chosen],
                "post": "yes",
            },
        )
    assert response.status_code == 302
    assert not Membership.objects.filter(group=group, user__in=people).exists()
    audited = set(
        AuditEntry.objects.filter(action="admin.membership_delete").values_list(
            "target_user", flat=True
        )
    )
    assert audited == {p.pk for p in people}
    for person in people:
        assert [e["code"] for e in heard.events(person) if e["type"] == "user.kick"] == [4403]


def test_staff_role_change_in_the_admin_reaches_the_persons_sockets(
    staff_client, group_factory, member_factory, heard, django_capture_on_commit_callbacks
):
    group = group_factory()
    member = member_factory(group)
    membership = Membership.objects.get(group=group, user=member)
    heard(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:groups_membership_change", args=[membership.pk]),
            {
                "user": member.pk,
                "group": group.pk,
                "role": Role.READER,
                "joined_at_0": "2026-01-01",
                "joined_at_1": "10:00:00",
            },
        )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert AuditEntry.objects.get().action == "admin.membership_change"
    assert heard.events(member) == [{"type": "user.downgrade", "group_id": group.pk}]


def test_staff_deactivating_or_deleting_a_person_closes_their_sockets(
    staff_client, user_factory, heard, django_capture_on_commit_callbacks
):
    from accounts.models import User

    quiet, gone = user_factory(display_name="Quiet One"), user_factory(display_name="Gone One")
    heard(quiet)
    heard(gone)
    change = staff_client.get(reverse("admin:accounts_user_change", args=[quiet.pk]))
    form = change.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "password"}
    data.update(groups=[], user_permissions=[], is_active="", date_joined_0="2026-01-01")
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:accounts_user_change", args=[quiet.pk]),
            {k: v for k, v in data.items() if v is not False},
        )
        assert response.status_code == 302, response.context["adminform"].form.errors
        response = staff_client.post(
            reverse("admin:accounts_user_delete", args=[gone.pk]), {"post": "yes"}
        )
        assert response.status_code == 302
    assert not User.objects.get(pk=quiet.pk).is_active
    assert not User.objects.filter(pk=gone.pk).exists()
    assert [(e["type"], e["code"]) for e in heard.events(quiet)] == [("user.kick", 4401)]
    assert [(e["type"], e["code"]) for e in heard.events(gone)] == [("user.kick", 4401)]
