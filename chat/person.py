"""The person a room socket's session is signed in as, read at admission.

:func:`room_person` answers what channels.auth.get_user answers (the user, or
AnonymousUser), step for step, session checks included. Its two reads, the session's row
and the user's, run from SQL the ORM compiled once per process
(kindred.prepared.CompiledRead) when the sessions are Django's database ones and the
person's backend reads users as Django's ModelBackend does: building those two queries
cost more CPU than the rest of an admission's reads of the person. Any other session
engine or backend is read as it always is.
"""

from __future__ import annotations

import functools
from importlib import import_module

from channels.auth import _get_user_session_key
from channels.sessions import InstanceSessionWrapper, SessionMiddleware
from django.conf import settings
from django.contrib.auth import (
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    get_user_model,
    load_backend,
)
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends import db as db_sessions
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from kindred.prepared import PLACEHOLDER_TIME, CompiledRead


@functools.cache
def _attnames(model) -> tuple[str, ...]:
    return tuple(field.attname for field in model._meta.concrete_fields)


def _session_query(*, session_key, now):
    """What Django's database SessionStore reads (``_get_session_from_db``)."""
    model = db_sessions.SessionStore.get_model_class()
    rows = model.objects.filter(session_key=session_key, expire_date__gt=now)
    return rows.values(*_attnames(model))


def _user_query(*, user_id):
    """What ModelBackend.get_user reads."""
    model = get_user_model()
    return model._default_manager.filter(pk=user_id).values(*_attnames(model))


_SESSION = CompiledRead(
    _session_query, session_key="placeholder-session-key-7100004", now=PLACEHOLDER_TIME
)
_USER = CompiledRead(_user_query, user_id=-7_100_002)


@functools.cache
def _db_key_salt() -> str:
    return db_sessions.SessionStore().key_salt


_UNREAD = object()


class RoomSessionStore(db_sessions.SessionStore):
    """Django's database sessions, the session's row read from SQL compiled once."""

    @property
    def key_salt(self) -> str:
        # Django salts a session's signature with its store's class name: this store reads
        # (and, flushing, writes) the database store's sessions, so it uses that store's.
        return _db_key_salt()

    # The session's row when room_people read it with others' (None: no such session), to
    # be used once instead of a query of its own.
    _row: object = _UNREAD

    def _get_session_from_db(self):
        row, self._row = self._row, _UNREAD
        if row is _UNREAD:
            rows = _SESSION.rows(session_key=self.session_key, now=timezone.now())
            row = rows[0] if rows else None
        if row is None:
            self._session_key = None
            return None
        names = _attnames(self.model)
        return self.model.from_db(connection.alias, names, [row[name] for name in names])


def room_session_store():
    """The session store of room sockets: RoomSessionStore where the site's sessions are
    Django's database ones, the site's own store otherwise."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    return RoomSessionStore if store is db_sessions.SessionStore else store


class RoomSessionMiddleware(SessionMiddleware):
    """Channels' SessionMiddleware with the room's session store (room_session_store)."""

    async def __call__(self, scope, receive, send):
        wrapper = InstanceSessionWrapper(scope, send)
        wrapper.session_store = room_session_store()
        await wrapper.resolve_session()
        return await self.inner(wrapper.scope, receive, wrapper.send)


def room_people(scopes: list[dict]) -> list:
    """room_person for each of ``scopes`` (the sockets a worker admits together), their
    reads shared: the sessions' rows in one query and their users' in one more, where each
    socket took two of its own."""
    stores = [scope.get("session") for scope in scopes]
    unread = [
        store
        for store in stores
        if isinstance(store, RoomSessionStore)
        and store.session_key
        and not hasattr(store, "_session_cache")
    ]
    if len(unread) > 1:
        model = db_sessions.SessionStore.get_model_class()
        keys = {store.session_key for store in unread}
        rows = model.objects.filter(session_key__in=keys, expire_date__gt=timezone.now())
        found = {row["session_key"]: row for row in rows.values(*_attnames(model))}
        for store in unread:
            store._row = found.get(store.session_key)
    users: dict | None = None
    if len(scopes) > 1:
        wanted = {key for scope in scopes if (key := _model_backend_user_id(scope)) is not None}
        model = get_user_model()
        rows = model._default_manager.filter(pk__in=wanted).values(*_attnames(model))
        users = {row[model._meta.pk.attname]: row for row in rows}
    return [room_person(scope, users=users) for scope in scopes]


def _model_backend_user_id(scope):
    """The user id a session names, when ModelBackend's get_user reads that user (else None)."""
    session = scope.get("session")
    if session is None:
        return None
    try:
        user_id = _get_user_session_key(session)
        backend_path = session[BACKEND_SESSION_KEY]
    except (KeyError, ValidationError):
        return None
    if backend_path not in settings.AUTHENTICATION_BACKENDS:
        return None
    if type(load_backend(backend_path)).get_user is not ModelBackend.get_user:
        return None
    return user_id


def room_person(scope, *, users: dict | None = None):
    """channels.auth.get_user's answer for ``scope`` (run in a database thread): the user
    its session is signed in as, or AnonymousUser. A session whose hash no longer matches
    the user's (a password changed since) is flushed, as get_user does. ``users``: user
    rows already read by id (room_people), for ModelBackend's users."""
    if "session" not in scope:
        raise ValueError(
            "Cannot find session in scope. You should wrap your consumer in SessionMiddleware."
        )
    session = scope["session"]
    user = None
    try:
        user_id = _get_user_session_key(session)
        backend_path = session[BACKEND_SESSION_KEY]
    except KeyError:
        pass
    else:
        if backend_path in settings.AUTHENTICATION_BACKENDS:
            backend = load_backend(backend_path)
            user = _backend_user(backend, user_id, users)
            # Verify the session
            if hasattr(user, "get_session_auth_hash"):
                session_hash = session.get(HASH_SESSION_KEY)
                session_hash_verified = session_hash and constant_time_compare(
                    session_hash, user.get_session_auth_hash()
                )
                if not session_hash_verified:
                    session.flush()
                    user = None
    return user or AnonymousUser()


def _backend_user(backend, user_id, users: dict | None = None):
    """``backend.get_user(user_id)``; ModelBackend's (and its subclasses' that keep it)
    with the row read from SQL compiled once, or taken from ``users``."""
    if type(backend).get_user is not ModelBackend.get_user:
        return backend.get_user(user_id)
    if users is not None and user_id in users:
        row = users[user_id]
    else:
        rows = _USER.rows(user_id=user_id)
        if not rows:
            return None
        row = rows[0]
    model = get_user_model()
    names = _attnames(model)
    user = model.from_db(connection.alias, names, [row[name] for name in names])
    return user if backend.user_can_authenticate(user) else None
