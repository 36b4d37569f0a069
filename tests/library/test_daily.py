"""Daily readings in the viewer's time zone, on the group page and "My meetings"; the demo."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from kindred.errors import NotAllowed
from library.models import DailyReading, ItemStatus, ItemVisibility
from library.selectors import daily_reading_for, daily_readings_for_user
from library.services import daily_reading_set


@pytest.fixture
def days(people, item_factory):
    """Readings for yesterday, today and tomorrow, as UTC sees them."""
    today = timezone.now().date()
    made = {}
    for offset, name in ((-1, "Yesterday text"), (0, "Today text"), (1, "Tomorrow text")):
        item = item_factory(people.group, title=name, body=f"{name} body.")
        made[offset] = DailyReading.objects.create(
            group=people.group, date=today + dt.timedelta(days=offset), item=item
        )
    return made


def test_today_depends_on_the_viewers_time_zone(people, days):
    utc_today = timezone.now().date()
    people.member.timezone = "Pacific/Kiritimati"  # UTC+14: always a day ahead of UTC - 10
    people.reader.timezone = "Pacific/Pago_Pago"  # UTC-11
    ahead = timezone.localdate(timezone.now(), people.member.tzinfo)
    behind = timezone.localdate(timezone.now(), people.reader.tzinfo)
    assert ahead != behind
    got_ahead = daily_reading_for(group=people.group, user=people.member)
    got_behind = daily_reading_for(group=people.group, user=people.reader)
    assert got_ahead.date == ahead and got_behind.date == behind
    assert {ahead, behind} <= {utc_today + dt.timedelta(days=d) for d in (-1, 0, 1)}


def test_daily_reading_follows_library_rules(people, days, item_factory):
    today = timezone.now().date()
    people.stranger.timezone = "UTC"
    assert daily_reading_for(group=people.group, user=people.stranger, on=today) is None
    people.group.library_public = True
    people.group.save()
    assert daily_reading_for(group=people.group, user=people.stranger, on=today) is None
    days[0].item.visibility = ItemVisibility.PUBLIC
    days[0].item.save()
    assert daily_reading_for(group=people.group, user=people.stranger, on=today) == days[0]
    days[0].item.status = ItemStatus.DRAFT
    days[0].item.save()
    assert daily_reading_for(group=people.group, user=people.member, on=today) is None


def test_my_daily_readings_come_from_my_groups(people, days, group_factory, item_factory):
    other = group_factory(name="Elsewhere")
    item = item_factory(other, title="Not for me")
    DailyReading.objects.create(group=other, date=timezone.now().date(), item=item)
    today = timezone.now().date()
    mine = daily_readings_for_user(user=people.reader, on=today)
    assert [r.item.title for r in mine] == ["Today text"]
    assert daily_readings_for_user(user=people.stranger, on=today) == []


def test_group_page_and_my_meetings_show_todays_reading(client, people, days):
    people.reader.timezone = "UTC"
    people.reader.save()
    client.force_login(people.reader)
    expected = daily_reading_for(group=people.group, user=people.reader).item.title
    page = client.get(people.group.get_absolute_url()).content.decode()
    assert "Today's reading" in page and expected in page
    assert reverse("library:read_quietly", kwargs={"group_slug": people.group.slug}) in page
    assert reverse("library:index", kwargs={"group_slug": people.group.slug}) in page
    page = client.get(reverse("meetings:mine")).content.decode()
    assert expected in page and people.group.name in page


def test_moderator_sets_a_days_reading_and_others_cannot(people, item_factory):
    item = item_factory(people.group, title="Chosen")
    day = dt.date(2030, 1, 2)
    daily_reading_set(actor=people.moderator, group=people.group, on=day, item=item)
    daily_reading_set(actor=people.moderator, group=people.group, on=day, item=item)
    assert DailyReading.objects.get(group=people.group, date=day).item == item
    with pytest.raises(NotAllowed):
        daily_reading_set(actor=people.member, group=people.group, on=day, item=None)
    daily_reading_set(actor=people.moderator, group=people.group, on=day, item=None)
    assert not DailyReading.objects.filter(group=people.group, date=day).exists()


def test_a_text_from_another_group_cannot_be_a_days_reading(people, group_factory, item_factory):
    from kindred.errors import ServiceError

    foreign = item_factory(group_factory(name="Other"), title="Foreign")
    with pytest.raises(ServiceError) as caught:
        daily_reading_set(
            actor=people.moderator, group=people.group, on=dt.date(2030, 1, 3), item=foreign
        )
    assert caught.value.field == "item"
    assert not DailyReading.objects.exists()


def test_daily_page_for_moderators(client, people, item_factory):
    item = item_factory(people.group, title="Chosen")
    url = reverse("library:daily", kwargs={"group_slug": people.group.slug})
    client.force_login(people.member)
    assert client.get(url).status_code == 403
    client.force_login(people.moderator)
    response = client.post(url, {"date": "2030-01-04", "item": item.pk})
    assert response.status_code == 302
    assert DailyReading.objects.get(date=dt.date(2030, 1, 4)).item == item


def test_demo_is_idempotent(db):
    from accounts.demo import create_demo as accounts_demo
    from groups.demo import create_demo as groups_demo
    from library.demo import create_demo
    from library.models import LibraryItem, Script, ScriptSection

    accounts_demo()
    groups_demo()
    create_demo()
    counts = (
        LibraryItem.objects.count(),
        Script.objects.count(),
        ScriptSection.objects.count(),
        DailyReading.objects.count(),
    )
    create_demo()
    assert counts == (
        LibraryItem.objects.count(),
        Script.objects.count(),
        ScriptSection.objects.count(),
        DailyReading.objects.count(),
    )
    assert counts[0] >= 9 and counts[1] >= 1 and counts[2] >= 4 and counts[3] >= 7
    assert LibraryItem.objects.filter(slug="acceptance-a-little-at-a-time").exists()
