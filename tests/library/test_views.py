"""The library pages: who reads what, clean rendering, search, last read, editing."""

from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from groups.models import Visibility
from library.models import ItemStatus, ItemVisibility, LibraryItem, ReadingProgress


def _index(group):
    return reverse("library:index", kwargs={"group_slug": group.slug})


@pytest.fixture
def texts(people, item_factory):
    g = people.group
    return {
        "group": item_factory(g, title="Acceptance", body="Acceptance is a quiet door."),
        "public": item_factory(
            g, title="Welcome", body="Welcome words.", visibility=ItemVisibility.PUBLIC
        ),
        "draft": item_factory(g, title="Unfinished", body="Not yet.", status=ItemStatus.DRAFT),
    }


@pytest.mark.parametrize("who", ["reader", "member"])
def test_readers_and_members_read_published_texts_but_not_drafts(client, people, texts, who):
    client.force_login(getattr(people, who))
    page = client.get(_index(people.group)).content.decode()
    assert "Acceptance" in page and "Welcome" in page
    assert "Unfinished" not in page
    assert client.get(texts["group"].get_absolute_url()).status_code == 200
    assert client.get(texts["draft"].get_absolute_url()).status_code == 404
    assert client.get(reverse("library:create", args=[people.group.slug])).status_code == 403


def test_moderators_see_drafts_and_may_edit(client, people, texts):
    client.force_login(people.moderator)
    page = client.get(_index(people.group)).content.decode()
    assert "Unfinished" in page
    assert client.get(texts["draft"].get_absolute_url()).status_code == 200
    edit = reverse("library:edit", args=[people.group.slug, texts["draft"].slug])
    assert client.get(edit).status_code == 200


def test_non_member_reads_only_public_texts_when_library_is_public(client, people, texts):
    client.force_login(people.stranger)
    assert client.get(_index(people.group)).status_code == 403
    people.group.library_public = True
    people.group.save()
    page = client.get(_index(people.group)).content.decode()
    assert "Welcome" in page
    assert "Acceptance" not in page and "Unfinished" not in page
    assert client.get(texts["public"].get_absolute_url()).status_code == 200
    assert client.get(texts["group"].get_absolute_url()).status_code == 404


def test_visitor_is_asked_to_log_in_unless_library_is_public(client, people, texts):
    response = client.get(_index(people.group))
    assert response.status_code == 302 and "login" in response["Location"]
    people.group.library_public = True
    people.group.save()
    assert client.get(texts["public"].get_absolute_url()).status_code == 200
    assert client.get(texts["group"].get_absolute_url()).status_code == 404


def test_private_group_library_is_hidden_from_outsiders(client, people, texts):
    people.group.visibility = Visibility.PRIVATE
    people.group.library_public = True
    people.group.save()
    client.force_login(people.stranger)
    assert client.get(_index(people.group)).status_code == 404
    assert client.get(texts["public"].get_absolute_url()).status_code == 404
    client.logout()
    assert client.get(_index(people.group)).status_code == 404
    assert client.get(texts["public"].get_absolute_url()).status_code == 404


def test_banned_person_cannot_read(client, people, texts):
    from groups.models import Ban

    Ban.objects.create(group=people.group, user=people.member)
    client.force_login(people.member)
    assert client.get(texts["group"].get_absolute_url()).status_code in (403, 404)


HOSTILE = """Hello <script>alert(1)</script> **bold**

<img src=x onerror=alert(2)> [click](javascript:alert(3)) <svg onload=alert(4)></svg>

<a href="https://example.org" onclick="alert(5)" style="color:red">link</a>

<iframe src="https://evil.example"></iframe>
"""


class _Tags(HTMLParser):
    """Every tag and attribute inside the page's ``.prose`` blocks."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.tags, self.attrs = set(), set()

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += tag not in VOID
            self.tags.add(tag)
            self.attrs |= {(name, value or "") for name, value in attrs}
        elif tag == "div" and ("class", "prose") in attrs:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1


VOID = {"br", "img", "hr", "input"}


def assert_clean(page: str) -> None:
    found = _Tags()
    found.feed(page)
    assert found.tags, "no prose rendered"
    assert found.tags <= {
        "p",
        "br",
        "strong",
        "em",
        "ul",
        "ol",
        "li",
        "blockquote",
        "code",
        "pre",
        "a",
    }, found.tags
    assert {name for name, _ in found.attrs} <= {"href", "title", "rel"}, found.attrs
    for _name, value in found.attrs:
        assert not value.lower().startswith("javascript"), value


def test_hostile_markdown_is_rendered_clean(client, people, item_factory):
    item = item_factory(people.group, title="Hostile", body=HOSTILE)
    client.force_login(people.reader)
    for url in (
        item.get_absolute_url(),
        reverse("library:print", args=[people.group.slug, item.slug]),
    ):
        page = client.get(url).content.decode()
        assert "<strong>bold</strong>" in page
        assert "<script>alert" not in page and "<iframe" not in page
        assert_clean(page)


def test_preview_renders_clean_without_saving(client, people):
    client.force_login(people.moderator)
    url = reverse("library:create", args=[people.group.slug])
    response = client.post(
        url,
        {
            "title": "New one",
            "body": HOSTILE,
            "category": "reading",
            "order": 1,
            "status": "draft",
            "visibility": "group",
            "preview": "1",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Preview" in page and "<strong>bold</strong>" in page
    assert "<script>alert" not in page and "<img" not in page
    assert_clean(page)
    assert not LibraryItem.objects.exists()


def test_moderator_creates_and_edits_a_text(client, people):
    client.force_login(people.moderator)
    url = reverse("library:create", args=[people.group.slug])
    data = {
        "title": "Boundaries",
        "body": "A *kind* no.",
        "category": "pamphlet",
        "order": 3,
        "status": "published",
        "visibility": "group",
    }
    response = client.post(url, data)
    item = LibraryItem.objects.get()
    assert response.status_code == 302 and response["Location"] == item.get_absolute_url()
    assert (item.slug, item.category, item.created_by) == (
        "boundaries",
        "pamphlet",
        people.moderator,
    )
    edit = reverse("library:edit", args=[people.group.slug, item.slug])
    client.post(edit, {**data, "title": "Boundaries, gently"})
    item.refresh_from_db()
    assert item.title == "Boundaries, gently" and item.slug == "boundaries"


def test_member_cannot_create_by_posting(client, people):
    client.force_login(people.member)
    url = reverse("library:create", args=[people.group.slug])
    response = client.post(
        url,
        {
            "title": "X",
            "body": "Y",
            "category": "reading",
            "status": "published",
            "visibility": "group",
        },
    )
    assert response.status_code == 403
    assert not LibraryItem.objects.exists()


def test_search_matches_title_and_body_words(client, people, item_factory):
    item_factory(people.group, title="One day at a time", body="Just this day.")
    item_factory(people.group, title="Letting go", body="Acceptance of what is.")
    item_factory(people.group, title="Hidden draft day", body="x", status=ItemStatus.DRAFT)
    client.force_login(people.member)
    page = client.get(_index(people.group), {"q": "DAY"}).content.decode()
    assert "One day at a time" in page
    assert "Letting go" not in page and "Hidden draft day" not in page
    page = client.get(_index(people.group), {"q": "acceptance what"}).content.decode()
    assert "Letting go" in page and "One day at a time" not in page
    page = client.get(_index(people.group), {"q": "nothing-matches"}).content.decode()
    assert "0 texts found" in page


def test_last_read_is_remembered_per_person(client, people, item_factory):
    first = item_factory(people.group, title="First text")
    second = item_factory(people.group, title="Second text")
    client.force_login(people.reader)
    client.get(first.get_absolute_url())
    client.get(second.get_absolute_url())
    client.get(first.get_absolute_url())
    page = client.get(_index(people.group)).content.decode()
    assert "Continue where you left off" in page
    assert f'href="{first.get_absolute_url()}" dir="auto">First text</a></p>' in page
    assert ReadingProgress.objects.filter(user=people.reader).count() == 2
    client.force_login(people.member)
    assert "Continue where you left off" not in client.get(_index(people.group)).content.decode()


def test_library_list_query_count_does_not_grow(client, people, item_factory):
    client.force_login(people.member)
    item_factory(people.group, title="Only one")
    with CaptureQueriesContext(connection) as few:
        assert client.get(_index(people.group)).status_code == 200
    for n in range(15):
        item_factory(people.group, title=f"Text {n}")
    with CaptureQueriesContext(connection) as many:
        assert client.get(_index(people.group)).status_code == 200
    assert len(many) == len(few)
    assert len(many) <= 10
