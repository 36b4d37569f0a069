"""Writes for the live room: messages, presence, the share queue, the timer, reactions.

Each function is keyword-only, re-checks the person's standing (a moderator can mute,
remove or ban someone mid-meeting, so admission alone is not enough), writes in one
transaction and announces the change with chat.events after commit. The channel layer is
only a notification path: what the database holds is the truth clients resume from.
"""

from __future__ import annotations

import re
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from functools import cache, partial

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Exists, F, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext

from chat import selectors
from chat.events import room_event_on_commit, user_event_on_commit
from chat.frames import is_valid_text, visible
from chat.models import HandRaise, Message, Reaction, RoomPresence, RoomState, RoomTimer
from kindred import policy, prepared
from kindred.counters import Count
from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError
from kindred.text import render_markdown
from meetings.lifecycle import OccurrenceState, occurrence_chair_id, occurrence_state
from meetings.models import Occurrence

CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
CONTENT_WARNING_MAX = 200
TIMER_MIN_SECONDS, TIMER_MAX_SECONDS = 10, 60 * 60


def _open_occurrence(occurrence: Occurrence) -> None:
    state = occurrence_state(occurrence)
    if state not in (OccurrenceState.LOBBY, OccurrenceState.LIVE):
        raise NotAllowed(
            gettext("The room is not open (the meeting is %(state)s).") % {"state": state},
            code="room_closed",
        )


def _standing(
    *, occurrence: Occurrence, user, standing: policy.Standing | None = None
) -> policy.Standing:
    """The person's standing (read here unless the caller already has it); never banned."""
    standing = standing or policy.standing_for(user=user, group=occurrence.series.group)
    if standing.banned:
        raise NotAllowed(gettext("You can't take part in this group."), code="banned")
    return standing


def _require_participation(
    *, occurrence: Occurrence, user, listening: bool, standing: policy.Standing | None = None
) -> policy.Standing:
    """Post, raise a hand, react: members and above who are not listening only."""
    standing = _standing(occurrence=occurrence, user=user, standing=standing)
    if not policy.allows(standing, policy.Action.POST, listening=listening):
        if listening and policy.allows(standing, policy.Action.POST):
            raise NotAllowed(
                gettext("You are listening only. Switch to taking part to do this."),
                code="listening",
            )
        raise NotAllowed(
            gettext("Readers and guests listen; only members take part."), code="forbidden"
        )
    _open_occurrence(occurrence)
    return standing


def _require_lead(
    *, occurrence: Occurrence, user, standing: policy.Standing | None = None
) -> policy.Standing:
    """Call the next sharer, set the timer: the chair of this meeting and moderators."""
    standing = _standing(occurrence=occurrence, user=user, standing=standing)
    is_chair = occurrence_chair_id(occurrence) == user.pk
    if not policy.may_moderate_meeting(standing, is_chair=is_chair):
        raise NotAllowed(gettext("Only the chair or a moderator can do that."), code="forbidden")
    _open_occurrence(occurrence)
    return standing


def _moderation():
    """The moderation checks, imported late: moderation depends on chat's models."""
    from moderation import services

    return services


# --- Messages ----------------------------------------------------------------------------


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
    if len(body) > limit:
        raise ServiceError(
            gettext("Messages can be at most %(limit)s characters (%(len_body)s given).")
            % {"limit": limit, "len_body": len(body)},
            code="too_long",
            field="body",
        )
    if len(content_warning) > CONTENT_WARNING_MAX:
        raise ServiceError(
            gettext("A content warning can be at most %(CONTENT_WARNING_MAX)s characters.")
            % {"CONTENT_WARNING_MAX": CONTENT_WARNING_MAX},
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


def _library():
    """library.services, or None: the library is optional for the room."""
    try:
        from library import services
    except ImportError:
        return None
    return services


def _posting_facts(*, occurrence: Occurrence, author, client_id: str, now: datetime):
    """Everything a new message is checked against, in one query: the author's standing,
    moderation's PostingFacts, whether this client_id is already stored and who may post
    in the current script section (and whether the room's row exists yet)."""
    from moderation.selectors import posting_facts, posting_facts_from_row

    if connection.vendor != "postgresql" or not author.is_authenticated:
        return posting_facts(
            occurrence=occurrence,
            user=author,
            now=now,
            with_body=True,
            columns=_facts_columns(occurrence=occurrence, client_id=client_id),
        )
    look_back, sql, slots = _facts_sql()
    values = {
        "occurrence": occurrence.pk,
        "user": author.pk,
        "group": occurrence.series.group_id,
        "client_id": client_id,
        "now": now,
        "since": now - timedelta(seconds=look_back),
    }
    params = [values[value] if is_slot else value for is_slot, value in slots]
    with prepared.cursor() as cursor:
        cursor.execute(sql, params)
        names = [column.name for column in cursor.description]
        row = dict(zip(names, cursor.fetchone(), strict=True))
    return posting_facts_from_row(
        row, group=occurrence.series.group, user_id=author.pk, look_back=look_back
    )


def posting_prepare(*, occurrence: Occurrence) -> None:
    """Read and compile now what posting a message in ``occurrence`` reuses: the group's
    screening rules and this process's compiled posting-facts read. Nothing is written."""
    from moderation.selectors import screening_terms

    screening_terms(group=occurrence.series.group)
    if connection.vendor == "postgresql":
        _facts_sql()


def _facts_sql() -> tuple[int, str, tuple[tuple[bool, object], ...]]:
    """The duplicate look-back and the compiled posting-facts read for it (see below)."""
    from moderation.selectors import duplicate_seconds

    look_back = duplicate_seconds()
    shape = (look_back, _library() is not None)
    if shape not in _FACTS_SQL:
        _FACTS_SQL[shape] = _compile_posting_facts(look_back=look_back)
    return look_back, *_FACTS_SQL[shape]


def _facts_columns(*, occurrence: Occurrence, client_id: str) -> dict:
    stored = Message.objects.filter(
        occurrence=occurrence, author_id=OuterRef("pk"), client_id=client_id
    ).order_by()  # one row at most: no join to the meetings for the default ordering
    columns = {
        "stored_id": Subquery(stored.values("pk")[:1]),
        "room_ready": Exists(RoomState.objects.filter(occurrence=occurrence)),
    }
    if (library := _library()) is not None:
        columns["section_rule"] = library.section_rule(occurrence=occurrence)
    return columns


# On PostgreSQL the posting-facts query is built and compiled by the ORM once per process
# and shape, then only run: building and compiling it cost about 15 ms of CPU per message
# on the benchmark's machine, running it under one. It is built once with placeholder
# values, and each placeholder's place among the SQL parameters is where a message's own
# value goes. tests/chat/test_services.py checks both paths give the same answers.
_FACTS_SQL: dict[tuple, tuple[str, tuple[tuple[bool, object], ...]]] = {}
_PLACEHOLDER_IDS = {"occurrence": -7_000_001, "user": -7_000_002, "group": -7_000_003}
_PLACEHOLDER_SERIES = -7_000_004
_PLACEHOLDER_NOW = datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=UTC)
_PLACEHOLDER_CLIENT_ID = "placeholder-client-id-7000005"


class _Built(Exception):
    def __init__(self, query):
        self.query = query


def _compile_posting_facts(*, look_back: int) -> tuple[str, tuple[tuple[bool, object], ...]]:
    from accounts.models import User
    from groups.models import Group
    from meetings.models import MeetingSeries
    from moderation.selectors import posting_facts

    group = Group(pk=_PLACEHOLDER_IDS["group"])
    series = MeetingSeries(pk=_PLACEHOLDER_SERIES, group=group)
    occurrence = Occurrence(pk=_PLACEHOLDER_IDS["occurrence"], series=series)

    def built(query):
        raise _Built(query)

    try:
        posting_facts(
            occurrence=occurrence,
            user=User(pk=_PLACEHOLDER_IDS["user"]),
            now=_PLACEHOLDER_NOW,
            with_body=True,
            columns=_facts_columns(occurrence=occurrence, client_id=_PLACEHOLDER_CLIENT_ID),
            fetch=built,
        )
    except _Built as done:
        sql, params = done.query.query.sql_with_params()
    else:  # pragma: no cover - posting_facts always runs its query through fetch
        raise RuntimeError("posting_facts did not build its query")
    names: dict[object, str] = {value: name for name, value in _PLACEHOLDER_IDS.items()}
    names[_PLACEHOLDER_NOW] = "now"
    names[_PLACEHOLDER_NOW - timedelta(seconds=look_back)] = "since"
    names[_PLACEHOLDER_CLIENT_ID] = "client_id"
    slots: list[tuple[bool, object]] = []
    for value in params:
        name = None if isinstance(value, bool) else names.get(value)
        if name is not None:
            slots.append((True, name))
        elif isinstance(value, datetime) or value == _PLACEHOLDER_SERIES:
            # A value this function does not fill in each time: refuse to reuse the SQL.
            raise RuntimeError(f"the posting-facts query holds an unexpected value {value!r}")
        else:
            slots.append((False, value))
    return sql, tuple(slots)


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

    The checks read what they need in one query (_posting_facts) and then run in a fixed
    order: participation, kind, moderation's posting_check, the script section, the
    automatic rules. ``counted``: the message's count towards the per-person limit, taken
    by the room socket with the frame; posting_check marks it used (a message refused
    before that check, or a resend, leaves it for the socket to give back)."""
    body, content_warning = _validate_message(
        body=body, client_id=client_id, content_warning=content_warning
    )
    now = timezone.now()
    standing, facts, read = _posting_facts(
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
    _require_participation(
        occurrence=occurrence, user=author, listening=listening, standing=standing
    )
    if kind not in Message.Kind.values:
        raise ServiceError(gettext("Unknown kind of message."), code="bad_field", field="kind")
    if kind == Message.Kind.ANNOUNCEMENT:
        _require_lead(occurrence=occurrence, user=author, standing=standing)
    moderation = _moderation()
    moderation.posting_check(
        occurrence=occurrence,
        user=author,
        now=now,
        body=body,
        standing=standing,
        facts=facts,
        counted=counted,
    )
    if (library := _library()) is not None:
        # The current script section may close sharing (a reading, say).
        library.section_posting_check(
            occurrence=occurrence,
            user=author,
            kind=kind,
            rule=read["section_rule"],
            standing=standing,
        )
    screening = moderation.message_screen(
        occurrence=occurrence,
        author=author,
        body=body,
        content_warning=content_warning,
        standing=standing,
    )
    if screening.action == "block":
        raise NotAllowed(screening.reason, code=screening.code or "blocked")
    body_html = render_markdown(body)
    if not selectors.message_html_fits(body_html):
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
            room_ready=read["room_ready"],
            now=now,
        )
    except IntegrityError:
        # The same client_id raced in from another socket: the first one won.
        found = stored()
        if found is None:
            raise
        return found, False
    return message, True


def _seq_take(*, occurrence: Occurrence, room_ready: bool) -> int:
    """The room's next message id, taken with one UPDATE … RETURNING. The UPDATE holds the
    room's row lock until the transaction ends, so messages sent at once get consecutive
    ids with no gaps. ``room_ready``: the room's row exists (it is made by the first
    message)."""
    if not room_ready:
        RoomState.objects.get_or_create(occurrence=occurrence)
    room = RoomState(occurrence=occurrence, last_seq=F("last_seq") + 1)
    room.save(update_fields=["last_seq", "updated_at"])
    return room.last_seq


def _message_store(
    *, screening, room_ready: bool = False, now: datetime | None = None, **fields
) -> Message:
    """Store the message with its seq and announce it after commit. ``fields``: the
    message's own (occurrence, author, body, body_html, client_id, content_warning, kind).

    The usual case, a message the rules let through untouched into a room that has its
    row, is one statement on PostgreSQL (``_message_insert``); anything else, or any
    other database, goes through the ORM in a transaction."""
    if room_ready and screening.records_nothing and connection.vendor == "postgresql":
        message = _message_insert(**fields, now=now or timezone.now())
        if message is not None:
            _message_announce_new(message, held=False)
            return message
    return _message_store_atomic(**fields, screening=screening, room_ready=room_ready)


def _message_announce_new(message: Message, *, held: bool) -> None:
    """After commit, tell the room a new message exists (held: only its seq)."""
    payload = (
        None
        if held
        else selectors.message_payload_for(message, author_name=message.author.display_name)
    )
    room_event_on_commit(
        message.occurrence_id, {"type": "room.message", "seq": message.seq, "message": payload}
    )


def _message_insert(
    *, occurrence, author, body, body_html, client_id, content_warning, kind, now
) -> Message | None:
    """Take the room's next seq and insert a visible message in one statement (one round
    trip, atomic by itself: the UPDATE holds the room's row lock until the statement
    commits, so seqs stay consecutive). None if the room has no row yet."""
    params = [
        now,
        occurrence.pk,
        occurrence.pk,
        author.pk,
        client_id,
        kind,
        Message.Status.VISIBLE,
        body,
        body_html,
        content_warning,
        now,
    ]
    # Inside a caller's transaction, a savepoint: a client_id clash must not spoil it.
    savepoint = transaction.atomic() if connection.in_atomic_block else nullcontext()
    with savepoint, prepared.cursor() as cursor:
        cursor.execute(_insert_sql(), params)
        row = cursor.fetchone()
    if row is None:
        return None
    return Message(
        pk=row[0],
        occurrence=occurrence,
        seq=row[1],
        author=author,
        client_id=client_id,
        kind=kind,
        status=Message.Status.VISIBLE,
        body=body,
        body_html=body_html,
        content_warning=content_warning,
        created_at=now,
    )


# Filled in from the models' own table and column names; every value is a parameter.
_INSERT_SQL = """
WITH room AS (
    UPDATE {room} SET {last_seq} = {last_seq} + 1, {updated_at} = %s
    WHERE {room_occurrence} = %s RETURNING {last_seq}
)
INSERT INTO {message} ({columns})
SELECT %s, room.{last_seq}, %s, %s, %s, %s, %s, %s, %s, %s FROM room
RETURNING {id}, {seq}
"""
_INSERT_COLUMNS = (
    "occurrence",
    "seq",
    "author",
    "client_id",
    "kind",
    "status",
    "body",
    "body_html",
    "content_warning",
    "created_at",
)


@cache
def _insert_sql() -> str:
    quote = connection.ops.quote_name

    def column(model, name: str) -> str:
        return quote(model._meta.get_field(name).column)

    return _INSERT_SQL.format(
        room=quote(RoomState._meta.db_table),
        last_seq=column(RoomState, "last_seq"),
        updated_at=column(RoomState, "updated_at"),
        room_occurrence=column(RoomState, "occurrence"),
        message=quote(Message._meta.db_table),
        columns=", ".join(column(Message, name) for name in _INSERT_COLUMNS),
        id=column(Message, "id"),
        seq=column(Message, "seq"),
    )


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
    room_ready: bool = False,
) -> Message:
    held = screening.action == "hold"
    message = Message.objects.create(
        occurrence=occurrence,
        seq=_seq_take(occurrence=occurrence, room_ready=room_ready),
        author=author,
        client_id=client_id,
        kind=kind,
        status=Message.Status.HELD if held else Message.Status.VISIBLE,
        body=body,
        body_html=body_html,
        content_warning=content_warning,
    )
    _moderation().message_screened(message=message, screening=screening)
    _message_announce_new(message, held=held)
    if held:
        user_event_on_commit(
            author.pk,
            {
                "type": "user.notice",
                "occurrence_id": occurrence.pk,
                "kind": "held",
                "seq": message.seq,
                "detail": screening.reason
                or "Your message will appear for others once a moderator has looked at it.",
            },
        )
    return message


def message_announce_on_commit(*, message: Message) -> None:
    """Tell the room that an existing message changed (approved, removed, purged), after
    commit. Moderation calls this; the consumer forwards it as ``message.updated``."""
    payload = selectors.message_payload_for(message)
    room_event_on_commit(
        message.occurrence_id, {"type": "room.message_updated", "message": payload}
    )


# --- Workers' copies of live rooms' settings -----------------------------------------------


def room_copies_stale(*, group_id: int | None = None, occurrence_id: int | None = None) -> None:
    """A meeting, its series or group, or a screening rule changed. The workers keep copies
    of these for their live rooms (chat/roomcalls.py, moderation/selectors.py): after
    commit, tell the rooms concerned to drop them, so each room's next message reads them
    afresh. ``occurrence_id``: that room; ``group_id``: every room of the group with
    someone in it; neither: every room with someone in it (a site-wide rule)."""
    if occurrence_id is not None:
        rooms = [occurrence_id]
    else:
        present = RoomPresence.objects.order_by().values_list("occurrence_id", flat=True)
        if group_id is not None:
            present = present.filter(occurrence__series__group_id=group_id)
        rooms = list(present.distinct())
    for room in rooms:
        room_event_on_commit(room, {"type": "room.copies_stale"})


# --- Presence ------------------------------------------------------------------------------


def _presence_broadcast(occurrence_id: int) -> dict:
    snapshot = selectors.presence_snapshot(occurrence_id=occurrence_id)
    room_event_on_commit(occurrence_id, {"type": "room.presence", "presence": snapshot})
    return snapshot


def presence_announce(*, occurrence_id: int) -> dict:
    """Tell the room who is there now (the room socket calls this once for a burst of
    joins and leaves)."""
    return _presence_broadcast(occurrence_id)


@transaction.atomic
def presence_join(
    *, occurrence_id: int, user_id: int, channel_name: str, listening: bool, announce: bool = True
) -> None:
    """Count one socket in the room (or update it) and, unless ``announce`` is False (the
    caller announces later), tell the room. Rows a dead worker left behind (not seen for
    PRESENCE_TTL) are swept here."""
    RoomPresence.objects.filter(
        occurrence_id=occurrence_id, seen_at__lt=timezone.now() - selectors.PRESENCE_TTL
    ).delete()
    RoomPresence.objects.update_or_create(
        channel_name=channel_name,
        defaults={
            "occurrence_id": occurrence_id,
            "user_id": user_id,
            "listening": listening,
            "seen_at": timezone.now(),
        },
    )
    if announce:
        _presence_broadcast(occurrence_id)


@transaction.atomic
def presence_leave(*, channel_name: str, announce: bool = True) -> None:
    row = RoomPresence.objects.filter(channel_name=channel_name).values("occurrence_id").first()
    if row is None:
        return
    RoomPresence.objects.filter(channel_name=channel_name).delete()
    if announce:
        _presence_broadcast(row["occurrence_id"])


def presence_touch(*, channel_name: str) -> None:
    RoomPresence.objects.filter(channel_name=channel_name).update(seen_at=timezone.now())


@transaction.atomic
def listening_set(*, occurrence: Occurrence, user, channel_name: str, listening: bool) -> bool:
    """Switch between listening and taking part. Readers and guests always listen."""
    standing = _standing(occurrence=occurrence, user=user)
    if not listening and not policy.allows(standing, policy.Action.POST):
        raise NotAllowed(
            gettext("Only members take part; readers and guests listen."), code="forbidden"
        )
    RoomPresence.objects.filter(channel_name=channel_name).update(
        listening=listening, seen_at=timezone.now()
    )
    # A listener leaves the share queue.
    if listening and HandRaise.objects.filter(occurrence=occurrence, user=user).delete()[0]:
        queue_broadcast_on_commit(occurrence_id=occurrence.pk)
    _presence_broadcast(occurrence.pk)
    return listening


# --- Share queue and timer -----------------------------------------------------------------


def queue_broadcast_on_commit(*, occurrence_id: int) -> dict:
    """Send the whole (small) queue to the room after commit. Moderation calls this after
    clearing or reordering the queue."""
    snapshot = selectors.queue_snapshot(occurrence_id=occurrence_id)
    room_event_on_commit(occurrence_id, {"type": "room.queue", "queue": snapshot})
    return snapshot


@transaction.atomic
def hand_raise(*, occurrence: Occurrence, user, listening: bool = False) -> dict:
    _require_participation(occurrence=occurrence, user=user, listening=listening)
    try:
        from moderation.selectors import active_mute
    except ImportError:  # pragma: no cover - moderation is installed in Kindred
        active_mute = None
    if active_mute is not None and active_mute(occurrence=occurrence, user=user):
        raise NotAllowed(gettext("A moderator muted you."), code="muted")
    RoomState.objects.get_or_create(occurrence=occurrence)
    # Lock the room row so two hands raised at once get distinct positions.
    RoomState.objects.select_for_update().filter(occurrence=occurrence).first()
    if HandRaise.objects.filter(occurrence=occurrence, user=user).exists():
        return selectors.queue_snapshot(occurrence_id=occurrence.pk)
    last = (
        HandRaise.objects.filter(occurrence=occurrence)
        .order_by("-position")
        .values_list("position", flat=True)
        .first()
    )
    HandRaise.objects.create(occurrence=occurrence, user=user, position=(last or 0) + 1)
    return queue_broadcast_on_commit(occurrence_id=occurrence.pk)


@transaction.atomic
def hand_lower(*, occurrence: Occurrence, user, passing: bool = False) -> dict:
    """Lower a hand. ``passing``: also stop being the one called to share."""
    deleted = HandRaise.objects.filter(occurrence=occurrence, user=user).delete()[0]
    cleared = 0
    if passing:
        cleared = RoomState.objects.filter(occurrence=occurrence, speaker=user).update(speaker=None)
    if deleted or cleared:
        return queue_broadcast_on_commit(occurrence_id=occurrence.pk)
    return selectors.queue_snapshot(occurrence_id=occurrence.pk)


@transaction.atomic
def queue_call_next(*, actor, occurrence: Occurrence) -> dict:
    """The chair (or a moderator) calls the first person in the queue to share."""
    from accounts import notifications

    _require_lead(occurrence=occurrence, user=actor)
    room, _ = RoomState.objects.select_for_update().get_or_create(occurrence=occurrence)
    hand = (
        HandRaise.objects.select_related("user")
        .filter(occurrence=occurrence)
        .order_by("position", "pk")
        .first()
    )
    if hand is None:
        raise Conflict(gettext("Nobody has a hand raised."), code="queue_empty")
    room.speaker = hand.user
    room.save(update_fields=["speaker", "updated_at"])
    hand.delete()
    user_event_on_commit(
        hand.user_id,
        {
            "type": "user.notice",
            "occurrence_id": occurrence.pk,
            "kind": "your_turn",
            "detail": "The chair invites you to share now.",
        },
    )
    notifications.notify(  # a push to their devices too, in case the page is out of sight
        notifications.Kind.YOUR_TURN,
        occurrence=occurrence.pk,
        user=hand.user_id,
        hand=hand.pk,
    )
    return queue_broadcast_on_commit(occurrence_id=occurrence.pk)


@transaction.atomic
def timer_set(*, actor, occurrence: Occurrence, seconds: int | None) -> dict:
    """Start (or with None, clear) the share timer everyone sees."""
    _require_lead(occurrence=occurrence, user=actor)
    if seconds is not None and (
        not isinstance(seconds, int)
        or isinstance(seconds, bool)
        or not TIMER_MIN_SECONDS <= seconds <= TIMER_MAX_SECONDS
    ):
        raise ServiceError(
            gettext("The timer takes %(TIMER_MIN_SECONDS)s to %(TIMER_MAX_SECONDS)s seconds.")
            % {"TIMER_MIN_SECONDS": TIMER_MIN_SECONDS, "TIMER_MAX_SECONDS": TIMER_MAX_SECONDS},
            code="bad_timer",
            field="seconds",
        )
    ends_at = timezone.now() + timedelta(seconds=seconds) if seconds else None
    RoomTimer.objects.update_or_create(
        occurrence=occurrence,
        defaults={"seconds": seconds, "ends_at": ends_at, "set_by": actor},
    )
    snapshot = selectors.timer_snapshot(occurrence_id=occurrence.pk)
    room_event_on_commit(occurrence.pk, {"type": "room.timer", "timer": snapshot})
    return snapshot


# --- Reactions -----------------------------------------------------------------------------


@transaction.atomic
def reaction_toggle(
    *, occurrence: Occurrence, user, seq: int, kind: str, listening: bool = False
) -> tuple[bool, dict[str, int]]:
    """Add or take back one supportive reaction. Returns ``(now_on, counts)``."""
    if kind not in selectors.REACTIONS:
        raise ServiceError(
            gettext("Reactions are: %(join_selectors_REACT)s.")
            % {"join_selectors_REACT": ", ".join(selectors.REACTIONS)},
            code="bad_reaction",
            field="reaction",
        )
    _require_participation(occurrence=occurrence, user=user, listening=listening)
    message_id = (
        Message.objects.filter(occurrence=occurrence, seq=seq, status=Message.Status.VISIBLE)
        .values_list("pk", flat=True)
        .first()
    )
    if message_id is None:
        raise NotFound(gettext("There is no such message in this room."), code="no_such_message")
    deleted = Reaction.objects.filter(message_id=message_id, user=user, kind=kind).delete()[0]
    if not deleted:
        Reaction.objects.get_or_create(message_id=message_id, user=user, kind=kind)
    counts = selectors.reaction_counts(message_id=message_id)
    room_event_on_commit(occurrence.pk, {"type": "room.reactions", "seq": seq, "counts": counts})
    return not deleted, counts
