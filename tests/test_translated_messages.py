"""What the server writes is in the reader's language, not only what the templates say:
form labels, a meeting's rule, the daylight-saving gap warning, a zone change's shifts,
push refusals, the name of a new device, the language list, and notices written to
someone else in their own language."""

import inspect
import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django import forms
from django.utils import timezone, translation
from django.utils.functional import Promise

import accounts.forms
import groups.forms
import library.forms
import meetings.forms
import moderation.forms
from accounts.notifications.events import device_summary
from accounts.notifications.models import PushDevice
from accounts.notifications.signals import device_parts
from groups.models import Role
from kindred.languages import language_choices
from meetings import recurrence
from meetings.recurrence import MONTHLY, WEEKLY, Rule
from meetings.zone_previews import ZoneChangeRow, move_gap_warning
from tests.notifications.test_push import Browser, b64, push_service  # noqa: F401 (a fixture)

NY = ZoneInfo("America/New_York")
FIREFOX_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"


def _form_classes():
    for module in (accounts.forms, groups.forms, library.forms, meetings.forms, moderation.forms):
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                yield cls


@pytest.mark.parametrize("form_class", list(_form_classes()), ids=lambda cls: cls.__name__)
def test_every_field_a_person_sees_has_a_translated_label(form_class):
    """A field without a label gets one made from its English name, which no catalog
    holds; a plain string label is never translated either."""
    for name, field in form_class.base_fields.items():
        if field.widget.is_hidden:
            continue
        assert isinstance(field.label, Promise), f"{form_class.__name__}.{name}: {field.label!r}"
        if field.help_text:
            assert isinstance(field.help_text, Promise), f"{form_class.__name__}.{name} help"


def test_the_meeting_form_reads_in_spanish(group_factory, member_factory):
    group = group_factory(timezone="Europe/Madrid")
    moderator = member_factory(group, Role.MODERATOR)
    with translation.override("es"):
        form = meetings.forms.SeriesForm(
            chairs=group.memberships.filter(user=moderator), group_zone="Europe/Madrid"
        )
        html = str(form)
    for spanish in ("Título", "Fecha de inicio", "Hora de inicio", "lunes", "Último", "Opcional."):
        assert spanish in html
    for english in (">Title<", ">Start date<", ">Monday<", ">Last<", "Optional."):
        assert english not in html


def _weekly(days, at, interval=1):
    return Rule(
        frequency=WEEKLY,
        interval=interval,
        weekdays=tuple(days),
        monthly_ordinal=None,
        monthly_weekday=None,
        start_time=at,
        duration=timedelta(hours=1),
        zone=NY,
        start_date=date(2026, 1, 1),
        end_date=None,
    )


def _monthly(ordinal, weekday, at):
    return Rule(
        frequency=MONTHLY,
        interval=1,
        weekdays=(),
        monthly_ordinal=ordinal,
        monthly_weekday=weekday,
        start_time=at,
        duration=timedelta(hours=1),
        zone=NY,
        start_date=date(2026, 1, 1),
        end_date=None,
    )


@pytest.mark.parametrize(
    ("language", "weekly", "monthly"),
    [
        (
            "es",
            "Cada 2 semanas, los lunes, miércoles y jueves a las 19:00",
            "Cada mes, el último viernes a las 19:00",
        ),
        ("ar", "كل أسبوعين، أيام الاثنين، الأربعاء و الخميس في الساعة 19:00", "الجمعة الأخير"),
    ],
)
def test_a_meetings_rule_reads_in_the_page_language(language, weekly, monthly):
    with translation.override(language):
        assert recurrence.describe(_weekly([0, 2, 3], time(19, 0), interval=2)) == weekly
        assert monthly in recurrence.describe(_monthly(-1, 4, time(19, 0)))


def test_the_daylight_saving_gap_warning_names_the_new_time_in_spanish():
    start = datetime(2026, 3, 8, 2, 30, tzinfo=NY)  # the clocks jump from 02:00 to 03:00
    with translation.override("es"):
        warning = move_gap_warning(start=start)
    assert warning == (
        "Las 02:30 del domingo 8 mar 2026 no existen en America/New_York (esa noche se "
        "adelantan los relojes), así que esa reunión empieza a las 03:30."
    )


@pytest.mark.parametrize(
    ("language", "minutes", "text"),
    [
        ("es", -300, "5 horas antes para todos"),
        ("es", 90, "1 hora y 30 minutos más tarde para todos"),
        ("es", 0, "el mismo momento para todos"),
        ("ar", -300, "مبكر 5 ساعات للجميع"),
    ],
)
def test_a_zone_changes_shift_reads_in_the_page_language(language, minutes, text):
    before = datetime(2026, 5, 1, 19, tzinfo=UTC)
    row = ZoneChangeRow(title="Tuesday", before=before, after=before + timedelta(minutes=minutes))
    with translation.override(language):
        assert row.shift_text == text


def test_a_new_sign_in_names_the_device_in_the_readers_language():
    assert device_parts(FIREFOX_ON_LINUX) == ("Firefox", "Linux")
    with translation.override("es"):
        assert device_summary("Firefox", "Linux") == "Firefox en Linux"
        assert device_summary("", "") == "un navegador"
    with translation.override("ar"):
        assert device_summary("Firefox", "Linux") == "Firefox على Linux"


def test_the_language_list_speaks_the_page_language():
    with translation.override("es"):
        choices = dict(language_choices())
    assert choices["es"] == "Español"
    assert choices["de"] == "Alemán (Deutsch)"
    assert choices["en"] == "Inglés (English)"
    with translation.override("ar"):
        assert dict(language_choices())["ar"] == "العربية"


@pytest.mark.django_db
def test_a_refused_push_address_is_explained_in_the_persons_language(client, user_factory):
    client.force_login(user_factory(language="es"))
    browser = Browser()
    keys = {"p256dh": browser.p256dh, "auth": b64(browser.auth)}
    response = client.post(
        "/accounts/push/subscribe/",
        json.dumps({"endpoint": "ftp://example.org/x", "keys": keys}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "Las suscripciones push deben usar https."
    assert not PushDevice.objects.exists()


@pytest.mark.django_db
def test_a_device_without_a_name_is_named_in_the_persons_language(
    client,
    user_factory,
    push_service,  # noqa: F811 (the fixture imported above)
):
    client.force_login(user_factory(language="es"))
    browser = Browser()
    subscription = {
        "endpoint": f"{push_service.url}/push/abc",
        "keys": {"p256dh": browser.p256dh, "auth": b64(browser.auth)},
    }
    response = client.post(
        "/accounts/push/subscribe/", json.dumps(subscription), content_type="application/json"
    )
    assert response.status_code == 201
    assert response.json()["name"] == "Este dispositivo"


@pytest.mark.django_db
def test_an_expired_invite_is_explained_in_the_visitors_language(
    client, group_factory, user_factory
):
    from groups.joining import invite_create

    owner = user_factory()
    group = group_factory(owner=owner)
    invite = invite_create(actor=owner, group=group, role=Role.MEMBER)
    type(invite).objects.filter(pk=invite.pk).update(expires_at=timezone.now() - timedelta(days=1))
    client.force_login(user_factory(language="es"))
    response = client.get(invite.get_absolute_url())
    assert "Este enlace de invitación caducó. Pide uno nuevo." in response.content.decode()


@pytest.mark.django_db
def test_roles_and_invite_lengths_read_in_the_page_language(client, group_factory, member_factory):
    group = group_factory()
    member = member_factory(group, Role.MEMBER, language="es")
    client.force_login(member)
    home = client.get("/").content.decode()
    assert "miembro" in home and ">member<" not in home and " member" not in home
    with translation.override("es"):
        choices = dict(groups.forms.InviteForm().fields["expires_in_days"].choices)
    assert choices == {"1": "1 día", "7": "7 días", "30": "30 días", "90": "90 días"}


@pytest.mark.django_db
def test_the_installed_app_describes_itself_in_the_browsers_language(client):
    response = client.get("/manifest.webmanifest", HTTP_ACCEPT_LANGUAGE="ar")
    data = response.json()
    assert (data["lang"], data["dir"]) == ("ar", "rtl")
    assert "Kindred" not in data["description"] and data["description"].strip()
    assert "Accept-Language" in response["Vary"]
