import pytest
from django.urls import reverse

from accounts.services import profile_update
from kindred.errors import ServiceError


def _profile_data(**overrides):
    data = {
        "display_name": "Quiet Heron",
        "timezone": "Europe/Berlin",
        "quiet_mode": "on",
        "reminder_minutes": "30",
        "reminder_names_group": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_str_of_a_person_is_their_display_name(user_factory):
    user = user_factory(display_name="Morning Wren", email="wren@example.org")
    assert str(user) == "Morning Wren"
    assert "wren@example.org" not in str(user)


def test_profile_requires_login(client):
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_profile_page_shows_own_settings_and_links(client, user_factory):
    user = user_factory(display_name="Morning Wren")
    client.force_login(user)
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Morning Wren"' in html
    assert 'name="robots" content="noindex"' in html
    for name in (
        "account_email",
        "account_change_password",
        "mfa_index",
        "moderation:export",
        "moderation:account_delete",
    ):
        assert f'href="{reverse(name)}"' in html
    assert '<option value="Pacific/Auckland">' in html


def test_profile_update_saves_every_preference(client, user_factory):
    user = user_factory(display_name="Old Name")
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"),
        _profile_data(display_name="  Quiet   Heron ", reminder_names_group="on"),
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.display_name == "Quiet Heron"
    assert user.timezone == "Europe/Berlin"
    assert user.quiet_mode is True
    assert user.reminder_minutes == 30
    assert user.reminder_names_group is True
    follow = client.get(response["Location"])
    assert "Your profile is saved." in follow.content.decode()


def test_empty_reminder_minutes_turns_reminders_off(client, user_factory):
    user = user_factory(reminder_minutes=60)
    client.force_login(user)
    client.post(reverse("accounts:profile"), _profile_data(reminder_minutes=""))
    user.refresh_from_db()
    assert user.reminder_minutes is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("timezone", "Mars/Olympus_Mons"),
        ("timezone", ""),
        ("display_name", "   "),
        ("display_name", "x" * 41),
        ("reminder_minutes", "0"),
        ("reminder_minutes", "-5"),
        ("reminder_minutes", "soon"),
        ("reminder_minutes", str(7 * 24 * 60 + 1)),
    ],
)
def test_invalid_profile_input_shows_field_error_and_changes_nothing(
    client, user_factory, field, value
):
    user = user_factory(display_name="Steady Oak")
    client.force_login(user)
    response = client.post(reverse("accounts:profile"), _profile_data(**{field: value}))
    assert response.status_code == 400
    html = response.content.decode()
    assert f'id="id_{field}_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'class="error-summary"' in html
    user.refresh_from_db()
    assert user.display_name == "Steady Oak"
    assert user.timezone == "UTC"
    assert user.quiet_mode is False


def test_profile_update_service_rejects_unknown_zone(user_factory):
    user = user_factory(display_name="Steady Oak")
    with pytest.raises(ServiceError) as exc:
        profile_update(
            user=user,
            display_name="New",
            timezone="Nowhere/Special",
            quiet_mode=True,
            reminder_minutes=None,
            reminder_names_group=False,
        )
    assert exc.value.code == "timezone_unknown"
    user.refresh_from_db()
    assert user.display_name == "Steady Oak"


def test_profile_page_never_shows_another_members_email(client, user_factory):
    me = user_factory(display_name="Me")
    other = user_factory(display_name="Someone Else", email="someone.private@example.org")
    client.force_login(me)
    html = client.get(reverse("accounts:profile")).content.decode()
    assert other.email not in html
