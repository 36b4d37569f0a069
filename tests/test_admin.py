"""Site staff can open every model in the Django admin (this covers each app as it arrives)."""

import pytest
from django.contrib import admin
from django.urls import reverse

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
