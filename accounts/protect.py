"""What a person does to protect themselves in the room: mute someone for themselves only,
and hide shares whose content warning names a topic they chose.

Both are the viewer's own choices, stored with them and applied by their own room page
(static/js/room-protect.js) to history, live messages and resumed history alike. Nobody
else's room changes, and the muted person is never told.
"""

import re
import unicodedata

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import PersonalMute, User
from groups.models import Membership
from kindred.errors import NotFound, ServiceError
from kindred.text import check_length

HIDDEN_TOPICS_MAX = 20
HIDDEN_TOPIC_MAX_LENGTH = 40
# Letters (any script), digits, and the spaces, hyphens and apostrophes of ordinary words.
_TOPIC = re.compile(r"[^\W_](?:[\w' \-\u2019]*[^\W_])?")


def _shares_a_group(viewer: User, user_id: int) -> bool:
    return Membership.objects.filter(
        user_id=user_id,
        group__in=Membership.objects.filter(user=viewer).values("group"),
    ).exists()


@transaction.atomic
def personal_mute_add(*, viewer: User, user_id: int) -> PersonalMute:
    """Mute ``user_id`` for ``viewer`` only. Anyone the viewer shares a group with can be
    muted; anyone else is ``no_such_person`` (never saying whether the account exists).
    Muting someone already muted changes nothing."""
    if user_id == viewer.pk:
        raise ServiceError(_("You can't mute yourself."), code="self")
    muted = User.objects.filter(pk=user_id).first()
    if muted is None or not _shares_a_group(viewer, user_id):
        raise NotFound(_("There is nobody like that in your groups."), code="no_such_person")
    mute, _created = PersonalMute.objects.get_or_create(viewer=viewer, muted=muted)
    return mute


def personal_mute_remove(*, viewer: User, user_id: int) -> bool:
    """Show ``user_id``'s messages to ``viewer`` again. Returns whether a mute was lifted."""
    deleted, _ = PersonalMute.objects.filter(viewer=viewer, muted_id=user_id).delete()
    return bool(deleted)


def personal_mutes_of(*, viewer: User) -> list[PersonalMute]:
    """The people ``viewer`` muted, by name."""
    return list(
        PersonalMute.objects.filter(viewer=viewer)
        .select_related("muted")
        .order_by("muted__display_name", "pk")
    )


def personal_muted_ids(*, viewer: User) -> list[int]:
    return list(
        PersonalMute.objects.filter(viewer=viewer)
        .order_by("muted_id")
        .values_list("muted_id", flat=True)
    )


def hidden_topics_parse(text: str) -> list[str]:
    """The topics in ``text`` (separated by commas or new lines), in lower case, each once.
    Raises ServiceError (field ``hidden_topics``) naming what is wrong; an empty text is no
    topics at all."""
    topics: list[str] = []
    for raw in re.split(r"[,\n;]", text or ""):
        topic = " ".join(unicodedata.normalize("NFKC", raw).split()).casefold()
        if not topic:
            continue
        if len(topic) < 2:
            raise ServiceError(
                _("“%(topic)s” is too short: a topic has at least 2 letters.") % {"topic": topic},
                code="topic_too_short",
                field="hidden_topics",
            )
        if len(topic) > HIDDEN_TOPIC_MAX_LENGTH:
            raise ServiceError(
                _("“%(topic)s…” is too long: a topic has at most %(most)s characters.")
                % {"topic": topic[:20], "most": HIDDEN_TOPIC_MAX_LENGTH},
                code="topic_too_long",
                field="hidden_topics",
            )
        if not _TOPIC.fullmatch(topic):
            raise ServiceError(
                _(
                    "“%(topic)s” has characters a topic can't hold: use words, separated by "
                    "commas (letters, numbers, spaces, hyphens and apostrophes)."
                )
                % {"topic": topic},
                code="topic_invalid",
                field="hidden_topics",
            )
        if topic not in topics:
            topics.append(topic)
    check_length(
        len(topics),
        HIDDEN_TOPICS_MAX,
        _("Choose at most %(most)s topics (%(given)s given)."),
        {"most": HIDDEN_TOPICS_MAX, "given": len(topics)},
        code="too_many_topics",
        field="hidden_topics",
    )
    return topics


def hidden_topics_set(*, user: User, text: str) -> list[str]:
    """Replace ``user``'s hidden topics with those in ``text``. Bad input changes nothing."""
    topics = hidden_topics_parse(text)
    user.hidden_topics = topics
    user.save(update_fields=["hidden_topics"])
    return topics


def content_warning_topic(*, content_warning: str, topics: list[str]) -> str | None:
    """The first of ``topics`` that ``content_warning`` names: a topic matches where a word
    of the warning starts with it, ignoring case and accents ("drink" matches "Drinking,
    relapse"). The room page applies the same rule (room-protect.js, ``topicOf``)."""
    warning = _fold(content_warning)
    for topic in topics:
        if re.search(r"(?<![^\W_])" + re.escape(_fold(topic)), warning):
            return topic
    return None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
