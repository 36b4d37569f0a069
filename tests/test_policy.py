"""kindred.policy against the roles table in docs/roles.md, every cell.

The expected answers below are written out from the table itself (not derived from the
code) so a change to the policy that disagrees with the product shows up here.
"""

import itertools
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from groups.models import Ban, Group, Role, Visibility
from kindred import policy
from kindred.errors import NotAllowed, NotFound
from kindred.policy import Action, Standing, allows, may_change_role, require, standing_for

ROLES = ["anonymous", "outsider", "invited", "reader", "member", "moderator", "owner", "banned"]
MEMBER_ROLES = {"reader": Role.READER, "member": Role.MEMBER, "moderator": Role.MODERATOR}
MEMBER_ROLES["owner"] = Role.OWNER


def make_standing(who: str, *, public: bool, library_public: bool) -> Standing:
    """A standing as standing_for would compute it, without touching the database."""
    group = Group(
        name="G",
        slug="g",
        visibility=Visibility.PUBLIC if public else Visibility.PRIVATE,
        library_public=library_public,
    )
    if who == "anonymous":
        return Standing(group=group, user_id=None, role=None)
    if who == "outsider":
        return Standing(group=group, user_id=1, role=None)
    if who == "invited":
        return Standing(group=group, user_id=1, role=None, has_invite=True)
    if who == "banned":  # banned while still holding the member role
        return Standing(group=group, user_id=1, role=Role.MEMBER, banned=True)
    return Standing(group=group, user_id=1, role=MEMBER_ROLES[who])


def expected(who, action, *, public, library_public, meeting_open, in_room) -> bool:
    """The roles table (docs/roles.md), cell by cell. 'invited' is the table's "signed in, not a
    member" holding a valid invite link; 'banned' is refused everywhere in the group."""
    if who == "banned":
        return False
    belongs = who in MEMBER_ROLES
    outsider = who in {"outsider", "invited"}
    sees = public or who == "invited" or belongs  # "see a private group at all"
    match action:
        case Action.VIEW_GROUP:
            # anonymous and outsiders: public groups only; an invite shows a private group
            return sees if who != "anonymous" else public
        case Action.READ_LIBRARY:
            # "if the group makes it public" for those outside, yes for everyone in it
            if belongs:
                return True
            if who == "anonymous":
                return public and library_public
            return sees and library_public
        case Action.JOIN:
            # "join or ask to join": only signed-in non-members; '—' for those already in
            return outsider and sees
        case Action.LISTEN:
            # "open meetings only" for signed-in non-members; yes for everyone in the group
            if belongs:
                return True
            return outsider and sees and meeting_open
        case Action.POST:
            return who in {"member", "moderator", "owner"}
        case Action.FLAG:
            # "when in the room" for signed-in non-members
            return belongs or (outsider and in_room)
        case Action.MODERATE | Action.MANAGE_MEMBERS:
            return who in {"moderator", "owner"}
        case Action.MANAGE_GROUP:
            return who == "owner"
    raise AssertionError(action)


CELLS = list(
    itertools.product(
        ROLES, list(Action), [True, False], [True, False], [True, False], [True, False]
    )
)


@pytest.mark.parametrize(
    ("who", "action", "public", "library_public", "meeting_open", "in_room"), CELLS
)
def test_roles_table_cell(who, action, public, library_public, meeting_open, in_room):
    standing = make_standing(who, public=public, library_public=library_public)
    context = {"meeting_open": meeting_open, "in_room": in_room}
    want = expected(
        who,
        action,
        public=public,
        library_public=library_public,
        meeting_open=meeting_open,
        in_room=in_room,
    )
    assert allows(standing, action, **context) is want


def test_every_action_in_the_table_is_covered():
    assert set(Action) == {
        Action.VIEW_GROUP,
        Action.READ_LIBRARY,
        Action.JOIN,
        Action.LISTEN,
        Action.POST,
        Action.FLAG,
        Action.MODERATE,
        Action.MANAGE_MEMBERS,
        Action.MANAGE_GROUP,
    }


@pytest.mark.parametrize("who", ["member", "moderator", "owner"])
def test_listen_only_choice_means_no_posting(who):
    standing = make_standing(who, public=True, library_public=False)
    assert allows(standing, Action.POST)
    assert not allows(standing, Action.POST, listening=True)
    assert allows(standing, Action.LISTEN, listening=True)


# require(): the refusal says the right thing, and hides what must stay hidden ------------


@pytest.mark.parametrize(
    ("who", "public", "action", "error_class", "code"),
    [
        ("banned", True, Action.VIEW_GROUP, NotAllowed, "banned"),
        ("banned", False, Action.LISTEN, NotAllowed, "banned"),
        ("anonymous", True, Action.JOIN, NotAllowed, "login_required"),
        ("anonymous", True, Action.MANAGE_GROUP, NotAllowed, "login_required"),
        ("anonymous", False, Action.VIEW_GROUP, NotFound, "not_found"),
        ("outsider", False, Action.VIEW_GROUP, NotFound, "not_found"),
        ("outsider", False, Action.JOIN, NotFound, "not_found"),
        ("outsider", True, Action.MANAGE_MEMBERS, NotAllowed, "forbidden"),
        ("invited", False, Action.POST, NotAllowed, "forbidden"),
        ("reader", False, Action.POST, NotAllowed, "forbidden"),
        ("member", True, Action.JOIN, NotAllowed, "forbidden"),
        ("moderator", True, Action.MANAGE_GROUP, NotAllowed, "forbidden"),
    ],
)
def test_require_refuses_with_a_clear_code(who, public, action, error_class, code):
    standing = make_standing(who, public=public, library_public=False)
    with pytest.raises(error_class) as exc_info:
        require(standing, action)
    assert exc_info.value.code == code


def test_require_passes_when_allowed():
    require(make_standing("owner", public=False, library_public=False), Action.MANAGE_GROUP)


# may_change_role: moderators move people between reader and member; only the owner
# appoints or removes moderators; nobody changes the owner's role -----------------------

TARGETS = [None, Role.READER, Role.MEMBER, Role.MODERATOR, Role.OWNER]


def expected_role_change(who, target, new) -> bool:
    if who == "banned" or Role.OWNER in (target, new):
        return False
    if who == "owner":
        return True
    if who == "moderator":
        low = {None, Role.READER, Role.MEMBER}
        return target in low and new in low
    return False


@pytest.mark.parametrize(("who", "target", "new"), list(itertools.product(ROLES, TARGETS, TARGETS)))
def test_may_change_role_cell(who, target, new):
    actor = make_standing(who, public=True, library_public=False)
    if who == "banned":  # a banned moderator keeps none of their powers
        actor = Standing(group=actor.group, user_id=1, role=Role.MODERATOR, banned=True)
    assert may_change_role(actor, target_role=target, new_role=new) is expected_role_change(
        who, target, new
    )


# standing_for: one query, and it reads roles, bans and invites right -------------------


@pytest.fixture
def people(settings, group_factory, user_factory, member_factory):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    group = group_factory(visibility=Visibility.PRIVATE)
    cast = {"owner": group.memberships.get().user}
    for who in ("reader", "member", "moderator"):
        cast[who] = member_factory(group, MEMBER_ROLES[who])
    cast["outsider"] = user_factory()
    cast["banned"] = member_factory(group, Role.MEMBER)
    Ban.objects.create(group=group, user=cast["banned"])
    return group, cast


@pytest.mark.parametrize("who", ["owner", "moderator", "member", "reader", "outsider", "banned"])
def test_standing_for_reads_the_role_and_ban_in_one_query(people, who):
    group, cast = people
    with CaptureQueriesContext(connection) as queries:
        standing = standing_for(user=cast[who], group=group)
    assert len(queries) == 1
    assert standing.role == {"outsider": None, "banned": Role.MEMBER}.get(
        who, MEMBER_ROLES.get(who)
    )
    assert standing.banned is (who == "banned")
    assert standing.user_id == cast[who].pk


def test_standing_for_anonymous_needs_no_query(people):
    group, _ = people
    with CaptureQueriesContext(connection) as queries:
        standing = standing_for(user=AnonymousUser(), group=group)
    assert len(queries) == 0
    assert not standing.signed_in
    assert not allows(standing, Action.VIEW_GROUP)


def test_invite_ok_lets_an_outsider_see_a_private_group(people):
    group, cast = people
    assert not allows(standing_for(user=cast["outsider"], group=group), Action.VIEW_GROUP)
    invited = standing_for(user=cast["outsider"], group=group, invite_ok=True)
    assert allows(invited, Action.VIEW_GROUP)
    assert allows(invited, Action.JOIN)


@pytest.mark.parametrize("ban_state", ["expired", "lifted"])
def test_ended_bans_do_not_count(people, ban_state):
    group, cast = people
    ban = Ban.objects.get(user=cast["banned"])
    if ban_state == "expired":
        ban.expires_at = timezone.now() - timedelta(seconds=1)
    else:
        ban.lifted_at = timezone.now()
    ban.save()
    standing = standing_for(user=cast["banned"], group=group)
    assert not standing.banned
    assert allows(standing, Action.POST)


def test_a_future_ban_expiry_still_counts(people):
    group, cast = people
    Ban.objects.filter(user=cast["banned"]).update(expires_at=timezone.now() + timedelta(hours=1))
    assert standing_for(user=cast["banned"], group=group).banned


@pytest.mark.parametrize("allow_step_back", [True, False])
@pytest.mark.parametrize("who", ROLES)
def test_leaving_and_stepping_between_reader_and_member(who, allow_step_back):
    """Anyone in the group but the owner may leave (a banned member too: leaving gives up
    the membership the ban left); a reader may ask to become a member; a member may step
    back to reading where the group offers it; a ban stops both steps."""
    standing = make_standing(who, public=True, library_public=False)
    group = standing.group
    group.allow_step_back = allow_step_back
    assert policy.may_leave_group(standing) is (who in {"reader", "member", "moderator", "banned"})
    assert policy.may_step_up(standing) is (who == "reader")
    assert policy.may_step_back(standing) is (who == "member" and allow_step_back)
