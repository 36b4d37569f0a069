"""Two-factor authentication is required for group owners, moderators and site staff:
asked for when they become one, with a grace period during which every page says so, then
enforced on every page (and so at sign-in) until it is on. Nobody else is asked."""

import datetime as dt

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.urls import reverse
from django.utils import timezone

from accounts.services import two_factor_review
from groups.member_actions import membership_change_role
from groups.models import Role

pytestmark = pytest.mark.django_db

BANNER = "so it needs two-factor authentication"


def _due_in_days(user) -> float:
    user.refresh_from_db()
    return (user.two_factor_due_at - timezone.now()) / dt.timedelta(days=1)


def test_a_new_owner_is_asked_with_a_grace_period_and_members_never(
    group_factory, member_factory, user_factory, settings
):
    settings.KINDRED_TWO_FACTOR_GRACE_DAYS = 7
    owner = user_factory(display_name="Olive")
    group = group_factory(owner=owner)
    assert 6.9 < _due_in_days(owner) <= 7
    member = member_factory(group, Role.MEMBER)
    two_factor_review(user=member)
    member.refresh_from_db()
    assert member.two_factor_due_at is None


def test_promotion_to_moderator_asks_and_demotion_clears(group_factory, member_factory):
    group = group_factory()
    owner = group.memberships.get(role=Role.OWNER).user
    dana = member_factory(group, Role.MEMBER)
    membership_change_role(actor=owner, group=group, user=dana, role=Role.MODERATOR)
    assert _due_in_days(dana) > 6
    first_due = dana.two_factor_due_at
    # Asking again never moves the date.
    two_factor_review(user=dana)
    dana.refresh_from_db()
    assert dana.two_factor_due_at == first_due
    membership_change_role(actor=owner, group=group, user=dana, role=Role.MEMBER)
    dana.refresh_from_db()
    assert dana.two_factor_due_at is None


def test_an_authenticator_app_clears_the_request(group_factory, user_factory):
    owner = user_factory()
    group_factory(owner=owner)
    TOTP.activate(owner, generate_totp_secret())
    assert two_factor_review(user=owner) is None
    owner.refresh_from_db()
    assert owner.two_factor_due_at is None
    # Recovery codes alone are not a second factor.
    Authenticator.objects.filter(user=owner).delete()
    Authenticator.objects.create(user=owner, type=Authenticator.Type.RECOVERY_CODES, data={})
    assert two_factor_review(user=owner) is not None


def test_staff_are_asked_when_they_sign_in(client, user_factory, password):
    staff = user_factory(is_staff=True)
    assert staff.two_factor_due_at is None
    response = client.post(reverse("account_login"), {"login": staff.email, "password": password})
    assert response.status_code == 302
    assert _due_in_days(staff) > 6


def test_pages_say_so_during_the_grace_period(client, group_factory, user_factory):
    owner = user_factory()
    group_factory(owner=owner)
    client.force_login(owner)
    page = client.get(reverse("home"))
    assert page.status_code == 200
    assert BANNER in page.content.decode()
    member = user_factory()
    client.force_login(member)
    assert BANNER not in client.get(reverse("home")).content.decode()


def test_after_the_grace_period_every_page_leads_to_the_two_factor_settings(
    client, group_factory, user_factory
):
    owner = user_factory()
    group = group_factory(owner=owner)
    type(owner).objects.filter(pk=owner.pk).update(
        two_factor_due_at=timezone.now() - dt.timedelta(minutes=1)
    )
    client.force_login(owner)
    for url in (reverse("home"), group.get_absolute_url(), reverse("accounts:profile")):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("mfa_index")
    settings_page = client.get(reverse("mfa_index"))
    assert settings_page.status_code == 200
    assert "Turn it on to continue" in settings_page.content.decode()
    # Once it is on, the site opens again.
    TOTP.activate(owner, generate_totp_secret())
    assert client.get(reverse("home")).status_code == 200
    owner.refresh_from_db()
    assert owner.two_factor_due_at is None


def test_someone_no_longer_leading_a_group_is_let_through(client, group_factory, user_factory):
    from groups.models import Group

    owner = user_factory()
    group = group_factory(owner=owner)
    type(owner).objects.filter(pk=owner.pk).update(
        two_factor_due_at=timezone.now() - dt.timedelta(minutes=1)
    )
    Group.objects.filter(pk=group.pk).delete()
    client.force_login(owner)
    assert client.get(reverse("home")).status_code == 200
    owner.refresh_from_db()
    assert owner.two_factor_due_at is None
