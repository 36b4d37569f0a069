"""The shared layout: errors explained calmly with a way back and never indexed; the menu
marks the page you are on."""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.views import defaults


def test_a_missing_page_is_explained_in_our_layout(client, db):
    response = client.get("/groups/no-such-group/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find that page" in html
    assert 'class="skip-link"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert response.headers["X-Robots-Tag"] == "noindex"


def test_a_refusal_is_explained_in_our_layout(rf: RequestFactory, db):
    request = rf.get("/somewhere/")
    request.user = AnonymousUser()
    response = defaults.permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert "This page is not open to you" in response.content.decode()


def test_a_server_error_page_renders_without_a_request_context(rf: RequestFactory, db):
    response = defaults.server_error(rf.get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "/static/css/kindred" in html


def test_the_menu_marks_the_page_you_are_on(client, db):
    html = client.get("/groups/").content.decode()
    assert '<a href="/groups/" aria-current="page">Find a group</a>' in html
    assert 'aria-current="page">Log in' not in html
