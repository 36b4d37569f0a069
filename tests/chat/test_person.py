"""The room socket's person (chat/person.py) is whoever channels.auth.get_user says, read
from SQL compiled once: signed in, not, expired, inactive, a password changed since, a
backend the site no longer has."""

from datetime import timedelta

import pytest
from channels.auth import get_user
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from chat import person
from chat.admission import DeferredAuthMiddleware

pytestmark = pytest.mark.django_db

MODEL = "django.contrib.auth.backends.ModelBackend"
ALLAUTH = "allauth.account.auth_backends.AuthenticationBackend"


def _session(user, *, backend=MODEL, expired=False) -> str:
    """A session signed in as ``user``, as a login over HTTP stores it."""
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = backend
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    if expired:
        Session.objects.filter(session_key=store.session_key).update(
            expire_date=timezone.now() - timedelta(minutes=1)
        )
    return store.session_key


def _both(make) -> tuple:
    """(get_user's answer, room_person's answer), each on a session of its own."""
    theirs = get_user.func({"session": SessionStore(session_key=make())})
    scope = {"session": person.room_session_store()(session_key=make())}
    DeferredAuthMiddleware(None).populate_scope(scope)
    ours = scope["user"]
    ours.is_authenticated  # noqa: B018 - resolve the lazy object
    return theirs, ours._wrapped


def _fields(user) -> list:
    return [getattr(user, f.attname) for f in user._meta.concrete_fields]


def test_the_room_reads_whoever_get_user_reads(alice):
    assert connection.vendor == "postgresql"
    assert person.room_session_store() is person.RoomSessionStore
    for backend in (MODEL, ALLAUTH):
        theirs, ours = _both(lambda backend=backend: _session(alice, backend=backend))
        assert ours.pk == theirs.pk == alice.pk
        assert _fields(ours) == _fields(theirs)
        assert ours._state.adding is False and ours._state.db == theirs._state.db
    assert person._SESSION._compiled and person._USER._compiled


def test_the_room_refuses_whoever_get_user_refuses(alice, user_factory):
    gone = user_factory(display_name="Gone")
    gone.is_active = False
    gone.save()
    cases = {
        "no session": lambda: None,
        "unknown key": lambda: "x" * 32,
        "expired": lambda: _session(alice, expired=True),
        "inactive": lambda: _session(gone),
        "unknown backend": lambda: _session(alice, backend="some.gone.Backend"),
    }
    for name, make in cases.items():
        theirs, ours = _both(make)
        assert isinstance(theirs, AnonymousUser), name
        assert isinstance(ours, AnonymousUser), name


def test_a_password_changed_since_signs_the_session_out(alice):
    keys = [_session(alice), _session(alice)]
    alice.set_password("a different one, long enough")
    alice.save()
    theirs = get_user.func({"session": SessionStore(session_key=keys[0])})
    ours = person.room_person({"session": person.RoomSessionStore(session_key=keys[1])})
    assert isinstance(theirs, AnonymousUser) and isinstance(ours, AnonymousUser)
    # Both flushed the session they were given.
    assert not Session.objects.filter(session_key__in=keys).exists()


@pytest.fixture
def alice(user_factory):
    return user_factory(display_name="Alice")


def test_people_arriving_together_are_read_in_two_queries(alice, user_factory):
    """room_people reads a burst of sockets' sessions in one query and their users in one
    more, and answers for each what get_user answers."""
    bob = user_factory(display_name="Bob")
    gone = user_factory(display_name="Gone")
    gone.is_active = False
    gone.save()
    makes = [
        lambda: _session(alice),
        lambda: _session(bob, backend=ALLAUTH),
        lambda: None,
        lambda: "x" * 32,
        lambda: _session(alice, expired=True),
        lambda: _session(gone),
        lambda: _session(bob, backend="some.gone.Backend"),
        lambda: _session(alice),
    ]
    theirs = [get_user.func({"session": SessionStore(session_key=make())}) for make in makes]
    scopes = [{"session": person.room_session_store()(session_key=make())} for make in makes]
    with CaptureQueriesContext(connection) as reads:
        ours = person.room_people(scopes)
    assert len(reads.captured_queries) == 2
    assert (
        [u.pk for u in ours]
        == [u.pk for u in theirs]
        == [
            alice.pk,
            bob.pk,
            None,
            None,
            None,
            None,
            None,
            alice.pk,
        ]
    )
    for mine, its in zip(ours, theirs, strict=True):
        assert type(mine) is type(its)
        if mine.pk:
            assert _fields(mine) == _fields(its)


def test_a_password_changed_since_signs_out_only_that_session_of_a_burst(alice, user_factory):
    bob = user_factory(display_name="Bob")
    stale, kept = _session(alice), _session(bob)
    alice.set_password("a different one, long enough")
    alice.save()
    scopes = [{"session": person.RoomSessionStore(session_key=key)} for key in (stale, kept)]
    ours = person.room_people(scopes)
    assert isinstance(ours[0], AnonymousUser) and ours[1].pk == bob.pk
    assert list(Session.objects.values_list("session_key", flat=True)) == [kept]
