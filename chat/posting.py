"""Posting a message: the room's fast path.

Posting builds its facts once (chat/posting_facts.py: one query), runs a list of checks
over them, screens the message, then writes it with its seq (chat/sequence.py) and
announces it after commit (chat/announce.py). The checks, in order: taking part, the
kind of message, the checks the apps above chat registered (chat/registry.py: moderation's
locks, mutes, bans, rates, duplicates), the current script section.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import partial

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext

from chat import registry
from chat.announce import message_announce_new
from chat.frames import is_valid_text, visible
from chat.history import message_html_fits
from chat.models import Message
from chat.participation import require_lead, require_participation
from chat.posting_facts import posting_facts_read
from chat.registry import Post
from chat.sequence import message_insert, seq_allocate
from kindred.counters import Count
from kindred.errors import Conflict, NotAllowed, ServiceError
from kindred.events import user_event_on_commit, user_notice
from kindred.text import check_length, render_markdown
from library import services as library_services
from meetings.models import Occurrence

CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
CONTENT_WARNING_MAX = 200


def _validate_message(*, body: str, client_id: str, content_warning: str) -> tuple[str, str]:
    if not isinstance(client_id, str) or not CLIENT_ID.match(client_id):
        raise ServiceError(
            gettext("client_id must be 8 to 64 letters, digits, '-' or '_'."),
            code="bad_client_id",
            field="client_id",
        )
    if not isinstance(body, str) or not isinstance(content_warning, str):
        raise ServiceError(gettext("The message must be text."), code="bad_field", field="body")
    if not is_valid_text(body):
        raise ServiceError(
            gettext("The message is not valid text."), code="bad_field", field="body"
        )
    if not is_valid_text(content_warning):
        raise ServiceError(
            gettext("The content warning is not valid text."),
            code="bad_field",
            field="content_warning",
        )
    body = body.replace("\r\n", "\n").strip()
    content_warning = " ".join(content_warning.split())
    if not visible(body):
        raise ServiceError(gettext("The message is empty."), code="empty", field="body")
    limit = settings.KINDRED_MESSAGE_MAX_LENGTH
    check_length(
        len(body),
        limit,
        gettext("Messages can be at most %(limit)s characters (%(len_body)s given)."),
        {"limit": limit, "len_body": len(body)},
        code="too_long",
        field="body",
    )
    check_length(
        len(content_warning),
        CONTENT_WARNING_MAX,
        gettext("A content warning can be at most %(CONTENT_WARNING_MAX)s characters."),
        {"CONTENT_WARNING_MAX": CONTENT_WARNING_MAX},
        code="content_warning_too_long",
        field="content_warning",
    )
    if "\x00" in body or "\x00" in content_warning:
        raise ServiceError(
            gettext("The message contains a NUL character."), code="bad_field", field="body"
        )
    return body, content_warning


def _existing(*, occurrence: Occurrence, author, client_id: str, body: str, content_warning: str):
    message = (
        Message.objects.select_related("author")
        .filter(occurrence=occurrence, author=author, client_id=client_id)
        .first()
    )
    if message is None:
        return None
    if message.body != body or message.content_warning != content_warning:
        raise Conflict(
            gettext("That client_id was already used for another message."), code="client_id_reused"
        )
    return message


# --- The checks --------------------------------------------------------------------------


def _taking_part(post: Post) -> None:
    require_participation(
        occurrence=post.occurrence,
        user=post.author,
        listening=post.listening,
        standing=post.standing,
    )


def _kind_allowed(post: Post) -> None:
    if post.kind not in Message.Kind.values:
        raise ServiceError(gettext("Unknown kind of message."), code="bad_field", field="kind")
    if post.kind == Message.Kind.ANNOUNCEMENT:
        require_lead(occurrence=post.occurrence, user=post.author, standing=post.standing)


def _section_open(post: Post) -> None:
    """The current script section may close sharing (a reading, say)."""
    library_services.section_posting_check(
        occurrence=post.occurrence,
        user=post.author,
        kind=post.kind,
        rule=post.read["section_rule"],
        standing=post.standing,
    )


def posting_checks() -> tuple:
    """Every check a new message goes through, in order."""
    return (_taking_part, _kind_allowed, *registry.posting_checks(), _section_open)


# --- Posting -----------------------------------------------------------------------------


def message_post(
    *,
    occurrence: Occurrence,
    author,
    body: str,
    client_id: str,
    content_warning: str = "",
    listening: bool = False,
    kind: str = Message.Kind.SHARE,
    counted: Count | None = None,
) -> tuple[Message, bool]:
    """Store a message, then announce it after commit. Returns ``(message, created)``.

    Idempotent by ``client_id``: sending the same id again returns the stored message with
    ``created=False`` (no second row, no second announcement); the same id with other
    content raises Conflict("client_id_reused"). Held messages are announced to the room
    only as a seq placeholder, so others' resume positions move on without seeing them.

    The checks read what they need in one query (posting_facts_read) and then run in
    order (``posting_checks``), then the screening. ``counted``: the message's count
    towards the per-person limit, taken by the room socket with the frame; the limit's
    check marks it used (a message refused before that check, or a resend, leaves it for
    the socket to give back)."""
    body, content_warning = _validate_message(
        body=body, client_id=client_id, content_warning=content_warning
    )
    now = timezone.now()
    standing, facts, read = posting_facts_read(
        occurrence=occurrence, author=author, client_id=client_id, now=now
    )
    stored = partial(
        _existing,
        occurrence=occurrence,
        author=author,
        client_id=client_id,
        body=body,
        content_warning=content_warning,
    )
    if read["stored_id"] is not None and (found := stored()) is not None:
        return found, False
    post = Post(
        occurrence=occurrence,
        author=author,
        body=body,
        content_warning=content_warning,
        kind=kind,
        listening=listening,
        now=now,
        standing=standing,
        facts=facts,
        read=read,
        counted=counted,
    )
    for check in posting_checks():
        check(post)
    screening = registry.posting_rules().screen(
        occurrence=occurrence,
        author=author,
        body=body,
        content_warning=content_warning,
        standing=standing,
    )
    if screening.action == "block":
        raise NotAllowed(screening.reason, code=screening.code or "blocked")
    body_html = render_markdown(body)
    if not message_html_fits(body_html):
        # Escaping grows some text several times over ("&" is "&amp;"): past the cap the
        # message could not be sent in one frame.
        raise ServiceError(
            gettext(
                "This message is too large once formatted. Please shorten it or split it in two."
            ),
            code="too_large_formatted",
            field="body",
        )
    try:
        message = _message_store(
            occurrence=occurrence,
            author=author,
            body=body,
            body_html=body_html,
            client_id=client_id,
            content_warning=content_warning,
            kind=kind,
            screening=screening,
            now=now,
        )
    except IntegrityError:
        # The same client_id raced in from another socket: the first one won.
        found = stored()
        if found is None:
            raise
        return found, False
    return message, True


def _message_store(*, screening, now: datetime | None = None, **fields) -> Message:
    """Store the message with its seq and announce it after commit. ``fields``: the
    message's own (occurrence, author, body, body_html, client_id, content_warning, kind).

    The usual case, a message the rules let through untouched, is one statement on
    PostgreSQL (``message_insert``), the room's first message included; anything else, or
    any other database, goes through the ORM in a transaction."""
    if screening.records_nothing and connection.vendor == "postgresql":
        message = message_insert(**fields, now=now or timezone.now())
        message_announce_new(message, held=False)
        return message
    return _message_store_atomic(**fields, screening=screening)


@transaction.atomic
def _message_store_atomic(
    *,
    occurrence,
    author,
    body,
    body_html,
    client_id,
    content_warning,
    kind,
    screening,
) -> Message:
    held = screening.action == "hold"
    message = Message.objects.create(
        occurrence=occurrence,
        seq=seq_allocate(occurrence),
        author=author,
        client_id=client_id,
        kind=kind,
        status=Message.Status.HELD if held else Message.Status.VISIBLE,
        body=body,
        body_html=body_html,
        content_warning=content_warning,
    )
    registry.posting_rules().screened(message=message, screening=screening)
    message_announce_new(message, held=held)
    if held:
        user_event_on_commit(
            author.pk,
            user_notice(
                kind="held",
                occurrence_id=occurrence.pk,
                seq=message.seq,
                detail=screening.reason
                or gettext(
                    "Your message will appear for others once a moderator has looked at it."
                ),
            ),
        )
    return message
