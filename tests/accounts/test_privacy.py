"""Emails are never shown to other members: every page about a group or its people, seen
by each role, contains only display names."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from groups.models import Role

GROUP_KWARGS = ({"slug"}, {"group_slug"})


def _named_patterns(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace
            yield from _named_patterns(entry, f"{namespace}{ns}:" if ns else namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", set(entry.pattern.converters)


def _pages_about(group) -> list[str]:
    """Every page that takes nothing but the group's slug, plus the general pages."""
    urls = {reverse("home"), reverse("groups:directory"), reverse("accounts:profile")}
    for name, params in _named_patterns():
        if name.startswith("admin:"):
            continue
        for kwargs in GROUP_KWARGS:
            if params == kwargs:
                urls.add(reverse(name, kwargs=dict.fromkeys(kwargs, group.slug)))
    return sorted(urls)


@pytest.mark.parametrize("viewer_role", [Role.OWNER, Role.MODERATOR, Role.MEMBER, Role.READER])
def test_no_page_shows_another_members_email(
    client, group_factory, member_factory, user_factory, viewer_role
):
    owner = user_factory(display_name="Owner Person", email="owner.secret@example.org")
    group = group_factory(owner=owner)
    people = {
        Role.OWNER: owner,
        Role.MODERATOR: member_factory(group, Role.MODERATOR, email="mod.secret@example.org"),
        Role.MEMBER: member_factory(group, Role.MEMBER, email="member.secret@example.org"),
        Role.READER: member_factory(group, Role.READER, email="reader.secret@example.org"),
    }
    viewer = people[viewer_role]
    others = [u.email for role, u in people.items() if role != viewer_role]
    client.force_login(viewer)
    pages = _pages_about(group)
    assert len(pages) >= 5  # home, directory, profile, group page, members...
    for url in pages:
        response = client.get(url)
        assert response.status_code < 500, url
        body = response.content.decode()
        for email in others:
            assert email not in body, f"{url} shows {email} to a {viewer_role}"
    # The members page does show people, by display name.
    members = client.get(reverse("groups:members", kwargs={"slug": group.slug}))
    if members.status_code == 200:
        assert "Owner Person" in members.content.decode()
