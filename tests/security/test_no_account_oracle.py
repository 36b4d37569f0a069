"""No account oracle over HTTP (docs/security.md): every page that acts on a person by id
answers a person outside the group exactly as an id no account has: the same status and
the same page, byte for byte once the per-request tokens (CSRF, CSP nonce) and the id
itself are set aside, and nothing changes. The room's frames have the same rule
(tests/moderation/test_live_actions.py, tests/chat/test_moderation_frames.py)."""

import re

import pytest
from django.db.models import Max
from django.urls import reverse

from accounts.models import User
from groups.models import Membership, Role
from moderation.models import AuditEntry
from tests.chat.conftest import occurrence_factory  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db

_TOKENS = re.compile(rb'(csrfmiddlewaretoken" value="|nonce="|csrf-token" content=")[^"]*"')


def _page(response, ids: tuple[int, int]) -> tuple[int, bytes]:
    """The status and the page, with both ids (the same way in both pages) set aside."""
    body = _TOKENS.sub(rb'\1"', response.content)
    for person_id in ids:
        body = re.sub(rb"(?<![0-9])%d(?![0-9])" % person_id, b"<id>", body)
    return response.status_code, body


def _mod(slug, name, **kw):
    return reverse(f"moderation:{name}", kwargs={"slug": slug, **kw})


def _groups(slug, name, **kw):
    return reverse(f"groups:{name}", kwargs={"slug": slug, **kw})


# (who acts, how: a function of the group's slug, the occurrence and the person's id
# returning (url, POST data))
ACTIONS = {
    "mute": ("moderator", lambda s, o, p: (_mod(s, "mute"), {"user_id": p, "minutes": "10"})),
    "unmute": ("moderator", lambda s, o, p: (_mod(s, "unmute", user_id=p), {})),
    "ban": ("moderator", lambda s, o, p: (_mod(s, "ban"), {"user_id": p, "reason": "x"})),
    "lift a ban": ("moderator", lambda s, o, p: (_mod(s, "ban_lift", user_id=p), {})),
    "change a role": (
        "owner",
        lambda s, o, p: (_groups(s, "member_role", user_id=p), {"role": Role.MODERATOR}),
    ),
    "remove": ("owner", lambda s, o, p: (_groups(s, "member_remove", user_id=p), {})),
    "hand over the group": ("owner", lambda s, o, p: (_groups(s, "transfer"), {"new_owner": p})),
    "choose a chair": (
        "owner",
        lambda s, o, p: (reverse("meetings:chair", kwargs={"pk": o.pk}), {"chair": p}),
    ),
}


@pytest.fixture
def setting(group_factory, member_factory, user_factory, occurrence_factory):  # noqa: F811
    owner = user_factory(display_name="Owner")
    group = group_factory(owner=owner)
    moderator = member_factory(group, Role.MODERATOR, display_name="Mod")
    member_factory(group, Role.MEMBER, display_name="Member")
    # Someone with an account, in another group of the site.
    elsewhere = group_factory(owner=user_factory(display_name="Other owner"))
    outsider = member_factory(elsewhere, Role.MEMBER, display_name="Outsider")
    occurrence = occurrence_factory(group, chair=owner)
    nobody = (User.objects.aggregate(top=Max("pk"))["top"] or 0) + 1000
    assert not User.objects.filter(pk=nobody).exists()
    people = {"owner": owner, "moderator": moderator}
    return group, occurrence, people, outsider, nobody


@pytest.mark.parametrize("action", ACTIONS)
def test_a_person_outside_the_group_is_answered_as_one_that_does_not_exist(client, setting, action):
    group, occurrence, people, outsider, nobody = setting
    actor, how = ACTIONS[action]
    client.force_login(people[actor])
    before = (
        AuditEntry.objects.count(),
        list(Membership.objects.order_by("pk").values_list("pk", "user_id", "role")),
    )
    answers = []
    for person_id in (outsider.pk, nobody):
        url, data = how(group.slug, occurrence, person_id)
        answers.append(_page(client.post(url, data, follow=True), (outsider.pk, nobody)))
    outside, missing = answers
    # The refusal, or the page it is shown on (a message after a redirect), alike.
    assert outside[0] == missing[0], (outside[0], missing[0])
    assert outside[1] == missing[1]
    assert outside[0] >= 400 or b"moderators" in outside[1]
    assert b"Outsider" not in outside[1]
    after = (
        AuditEntry.objects.count(),
        list(Membership.objects.order_by("pk").values_list("pk", "user_id", "role")),
    )
    assert after == before
