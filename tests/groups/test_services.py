"""groups.services: what each write does, and that every refusal changes nothing."""

import threading
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.utils import timezone

from groups import joining, member_actions, services
from groups.models import Ban, Group, Invite, JoinPolicy, JoinRequest, Membership, Role, Visibility
from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError


@pytest.fixture
def events(monkeypatch):
    """Live-socket events the services asked for (kindred.events.user_event_on_commit)."""
    sent = []
    monkeypatch.setattr(services, "user_event_on_commit", lambda uid, ev: sent.append((uid, ev)))
    return sent


def role_of(group, user):
    return Membership.objects.filter(group=group, user=user).values_list("role", flat=True).first()


def refused(snapshot, group, error_class, code, call):
    """Run ``call``, expect ``error_class`` with ``code``, and prove nothing changed."""
    before = snapshot(group)
    with pytest.raises(error_class) as exc_info:
        call()
    assert exc_info.value.code == code
    assert snapshot(group) == before
    return exc_info.value


# Creating, editing, deleting ------------------------------------------------------------


def test_creator_becomes_owner_with_guidelines_accepted(user_factory):
    owner = user_factory()
    group = services.group_create(owner=owner, name="Evening Grief Circle")
    assert group.slug == "evening-grief-circle"
    membership = Membership.objects.get(group=group, user=owner)
    assert membership.role == Role.OWNER
    assert membership.guidelines_accepted_at is not None


def test_slugs_are_made_unique_and_avoid_reserved_words(user_factory):
    owner = user_factory()
    first = services.group_create(owner=owner, name="Hope")
    second = services.group_create(owner=owner, name="Hope")
    assert (first.slug, second.slug) == ("hope", "hope-2")
    assert services.group_create(owner=owner, name="New").slug == "new-group"


def test_reserved_or_invalid_slug_is_refused_with_its_field(user_factory):
    owner = user_factory()
    with pytest.raises(ServiceError) as exc_info:
        services.group_create(owner=owner, name="X", slug="invite")
    assert (exc_info.value.code, exc_info.value.field) == ("slug_reserved", "slug")
    with pytest.raises(ServiceError) as exc_info:
        services.group_create(owner=owner, name="X", capacity=1)
    assert exc_info.value.field == "capacity"
    assert not Group.objects.exists()


def test_owner_edits_the_group(cast_factory):
    cast = cast_factory()
    group = services.group_update(actor=cast.owner, group=cast.group, name="Renamed", topic="grief")
    group.refresh_from_db()
    assert (group.name, group.topic) == ("Renamed", "grief")


@pytest.mark.parametrize("who", ["moderator", "member", "reader"])
def test_only_the_owner_edits(cast_factory, snapshot, who):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        "forbidden",
        lambda: services.group_update(actor=getattr(cast, who), group=cast.group, name="Mine"),
    )


def test_outsider_editing_a_private_group_gets_not_found(cast_factory, snapshot):
    cast = cast_factory(visibility=Visibility.PRIVATE)
    refused(
        snapshot,
        cast.group,
        NotFound,
        "not_found",
        lambda: services.group_update(actor=cast.outsider, group=cast.group, name="Mine"),
    )


def test_capacity_cannot_drop_below_the_people_already_in(cast_factory, snapshot):
    cast = cast_factory()  # four people
    error = refused(
        snapshot,
        cast.group,
        ServiceError,
        "capacity_below_members",
        lambda: services.group_update(actor=cast.owner, group=cast.group, capacity=3),
    )
    assert error.field == "capacity"


def test_owner_deletes_the_group_and_everyone_is_kicked(cast_factory, events):
    cast = cast_factory()
    pk = cast.group.pk
    services.group_delete(actor=cast.owner, group=cast.group)
    assert not Group.objects.filter(pk=pk).exists()
    kicked = {uid for uid, ev in events if ev["type"] == "user.kick" and ev["group_id"] == pk}
    assert kicked == {cast.owner.pk, cast.moderator.pk, cast.member.pk, cast.reader.pk}


def test_moderator_cannot_delete_the_group(cast_factory, snapshot):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        "forbidden",
        lambda: services.group_delete(actor=cast.moderator, group=cast.group),
    )


# Joining an open group ------------------------------------------------------------------


def test_joining_an_open_group_makes_a_member(cast_factory):
    cast = cast_factory()
    membership = joining.group_join(user=cast.outsider, group=cast.group, accept_guidelines=True)
    assert membership.role == Role.MEMBER
    assert membership.guidelines_accepted_at is not None


def test_joining_needs_the_guidelines_accepted(cast_factory, snapshot):
    cast = cast_factory()
    error = refused(
        snapshot,
        cast.group,
        ServiceError,
        "guidelines_not_accepted",
        lambda: joining.group_join(user=cast.outsider, group=cast.group, accept_guidelines=False),
    )
    assert error.field == "accept_guidelines"


def test_joining_a_full_group_is_refused(cast_factory, snapshot, member_factory):
    cast = cast_factory(capacity=5)
    member_factory(cast.group)  # fifth person: full
    error = refused(
        snapshot,
        cast.group,
        Conflict,
        "group_full",
        lambda: joining.group_join(user=cast.outsider, group=cast.group, accept_guidelines=True),
    )
    assert error.status == 409


def test_joining_twice_says_already_member(cast_factory, snapshot):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        Conflict,
        "already_member",
        lambda: joining.group_join(user=cast.reader, group=cast.group, accept_guidelines=True),
    )


def test_banned_person_cannot_join(cast_factory, snapshot):
    cast = cast_factory()
    Ban.objects.create(group=cast.group, user=cast.outsider)
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        "banned",
        lambda: joining.group_join(user=cast.outsider, group=cast.group, accept_guidelines=True),
    )


def test_expired_ban_no_longer_refuses(cast_factory):
    cast = cast_factory()
    Ban.objects.create(
        group=cast.group, user=cast.outsider, expires_at=timezone.now() - timedelta(minutes=1)
    )
    joining.group_join(user=cast.outsider, group=cast.group, accept_guidelines=True)
    assert role_of(cast.group, cast.outsider) == Role.MEMBER


@pytest.mark.parametrize(
    ("policy", "code"),
    [(JoinPolicy.APPROVAL, "approval_required"), (JoinPolicy.INVITE, "invite_only")],
)
def test_join_directly_only_where_the_group_is_open(cast_factory, snapshot, policy, code):
    cast = cast_factory(join_policy=policy)
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        code,
        lambda: joining.group_join(user=cast.outsider, group=cast.group, accept_guidelines=True),
    )


def test_joining_a_private_group_without_invite_is_not_found(cast_factory, snapshot):
    cast = cast_factory(visibility=Visibility.PRIVATE)
    refused(
        snapshot,
        cast.group,
        NotFound,
        "not_found",
        lambda: joining.group_join(user=cast.outsider, group=cast.group, accept_guidelines=True),
    )


def test_anonymous_is_asked_to_log_in(cast_factory, snapshot):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        "login_required",
        lambda: joining.group_join(user=AnonymousUser(), group=cast.group, accept_guidelines=True),
    )


# Asking to join ---------------------------------------------------------------------------


def ask(cast, user=None, **kwargs):
    kwargs.setdefault("accept_guidelines", True)
    return joining.join_request_create(user=user or cast.outsider, group=cast.group, **kwargs)


def test_asking_to_join_creates_a_pending_request(cast_factory):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    request = ask(cast, message="I lost my father last year.")
    assert request.status == JoinRequest.Status.PENDING
    assert request.kind == JoinRequest.Kind.JOIN
    assert role_of(cast.group, cast.outsider) is None


def test_asking_twice_is_refused(cast_factory, snapshot):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    ask(cast)
    refused(snapshot, cast.group, Conflict, "request_pending", lambda: ask(cast))


def test_asking_needs_the_guidelines_accepted(cast_factory, snapshot):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    refused(
        snapshot,
        cast.group,
        ServiceError,
        "guidelines_not_accepted",
        lambda: ask(cast, accept_guidelines=False),
    )


def test_asking_to_join_a_full_group_is_refused(cast_factory, snapshot):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL, capacity=4)
    refused(snapshot, cast.group, Conflict, "group_full", lambda: ask(cast))


def test_asking_an_open_group_says_join_directly(cast_factory, snapshot):
    cast = cast_factory()
    refused(snapshot, cast.group, Conflict, "open_group", lambda: ask(cast))


def test_banned_person_cannot_ask(cast_factory, snapshot):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    Ban.objects.create(group=cast.group, user=cast.outsider)
    refused(snapshot, cast.group, NotAllowed, "banned", lambda: ask(cast))


@pytest.mark.parametrize("approver", ["moderator", "owner"])
def test_moderator_approves_a_request(cast_factory, approver):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    request = ask(cast)
    membership = joining.join_request_approve(actor=getattr(cast, approver), join_request=request)
    request.refresh_from_db()
    assert membership.role == Role.MEMBER
    assert request.status == JoinRequest.Status.APPROVED
    assert request.decided_by == getattr(cast, approver)


@pytest.mark.parametrize("who", ["member", "reader", "outsider"])
def test_only_moderators_approve(cast_factory, snapshot, who):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    request = ask(cast, user=cast.outsider if who != "outsider" else None)
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        "forbidden",
        lambda: joining.join_request_approve(actor=getattr(cast, who), join_request=request),
    )


def test_approving_when_the_group_filled_up_is_refused(cast_factory, snapshot, member_factory):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL, capacity=5)
    request = ask(cast)
    member_factory(cast.group)
    refused(
        snapshot,
        cast.group,
        Conflict,
        "group_full",
        lambda: joining.join_request_approve(actor=cast.moderator, join_request=request),
    )


def test_approving_a_banned_person_is_refused(cast_factory, snapshot):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    request = ask(cast)
    Ban.objects.create(group=cast.group, user=cast.outsider)
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        "banned",
        lambda: joining.join_request_approve(actor=cast.moderator, join_request=request),
    )


def test_decline_then_deciding_again_is_refused(cast_factory, snapshot):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    request = ask(cast)
    joining.join_request_decline(actor=cast.moderator, join_request=request)
    request.refresh_from_db()
    assert request.status == JoinRequest.Status.DECLINED
    assert role_of(cast.group, cast.outsider) is None
    refused(
        snapshot,
        cast.group,
        Conflict,
        "request_decided",
        lambda: joining.join_request_approve(actor=cast.owner, join_request=request),
    )


def test_asking_again_after_a_decline_is_allowed(cast_factory):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    joining.join_request_decline(actor=cast.moderator, join_request=ask(cast))
    assert ask(cast).status == JoinRequest.Status.PENDING


def test_the_asker_withdraws_and_nobody_else_can(cast_factory, snapshot):
    cast = cast_factory(join_policy=JoinPolicy.APPROVAL)
    request = ask(cast)
    refused(
        snapshot,
        cast.group,
        NotFound,
        "not_found",
        lambda: joining.join_request_withdraw(user=cast.member, join_request=request),
    )
    joining.join_request_withdraw(user=cast.outsider, join_request=request)
    request.refresh_from_db()
    assert request.status == JoinRequest.Status.WITHDRAWN


# Invites ----------------------------------------------------------------------------------


def test_moderator_makes_an_invite(cast_factory):
    cast = cast_factory()
    invite = joining.invite_create(
        actor=cast.moderator, group=cast.group, role=Role.READER, max_uses=3
    )
    assert (invite.role, invite.max_uses, invite.uses) == (Role.READER, 3, 0)
    assert invite.expires_at > timezone.now() + timedelta(days=6)


@pytest.mark.parametrize("who", ["member", "reader", "outsider"])
def test_only_moderators_make_invites(cast_factory, snapshot, who):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        "forbidden",
        lambda: joining.invite_create(actor=getattr(cast, who), group=cast.group),
    )


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"role": Role.MODERATOR}, "role"),
        ({"max_uses": 0}, "max_uses"),
        ({"max_uses": 10_000}, "max_uses"),
        ({"expires_in": timedelta(days=-1)}, "expires_in"),
        ({"expires_in": timedelta(days=365)}, "expires_in"),
    ],
)
def test_invalid_invites_are_refused(cast_factory, snapshot, kwargs, field):
    cast = cast_factory()
    error = refused(
        snapshot,
        cast.group,
        ServiceError,
        "invalid",
        lambda: joining.invite_create(actor=cast.owner, group=cast.group, **kwargs),
    )
    assert error.field == field


def test_invite_lets_an_outsider_into_a_private_invite_only_group(cast_factory):
    cast = cast_factory(visibility=Visibility.PRIVATE, join_policy=JoinPolicy.INVITE)
    invite = joining.invite_create(actor=cast.moderator, group=cast.group, role=Role.READER)
    membership = joining.invite_accept(
        user=cast.outsider, token=invite.token, accept_guidelines=True
    )
    invite.refresh_from_db()
    assert membership.role == Role.READER
    assert invite.uses == 1


def test_invite_needs_the_guidelines_accepted(cast_factory, snapshot):
    cast = cast_factory(visibility=Visibility.PRIVATE)
    invite = joining.invite_create(actor=cast.moderator, group=cast.group)
    refused(
        snapshot,
        cast.group,
        ServiceError,
        "guidelines_not_accepted",
        lambda: joining.invite_accept(
            user=cast.outsider, token=invite.token, accept_guidelines=False
        ),
    )


def test_expired_invite_is_refused(cast_factory, snapshot):
    cast = cast_factory(visibility=Visibility.PRIVATE)
    invite = joining.invite_create(actor=cast.moderator, group=cast.group)
    Invite.objects.filter(pk=invite.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    refused(
        snapshot,
        cast.group,
        Conflict,
        "invite_expired",
        lambda: joining.invite_accept(
            user=cast.outsider, token=invite.token, accept_guidelines=True
        ),
    )


def test_revoked_invite_is_refused(cast_factory, snapshot):
    cast = cast_factory(visibility=Visibility.PRIVATE)
    invite = joining.invite_create(actor=cast.moderator, group=cast.group)
    joining.invite_revoke(actor=cast.owner, invite=invite)
    refused(
        snapshot,
        cast.group,
        Conflict,
        "invite_revoked",
        lambda: joining.invite_accept(
            user=cast.outsider, token=invite.token, accept_guidelines=True
        ),
    )
    refused(
        snapshot,
        cast.group,
        Conflict,
        "invite_revoked",
        lambda: joining.invite_revoke(actor=cast.owner, invite=invite),
    )


def test_used_up_invite_is_refused(cast_factory, snapshot, user_factory):
    cast = cast_factory(visibility=Visibility.PRIVATE)
    invite = joining.invite_create(actor=cast.moderator, group=cast.group, max_uses=1)
    joining.invite_accept(user=user_factory(), token=invite.token, accept_guidelines=True)
    refused(
        snapshot,
        cast.group,
        Conflict,
        "invite_used_up",
        lambda: joining.invite_accept(
            user=cast.outsider, token=invite.token, accept_guidelines=True
        ),
    )


def test_unknown_invite_is_not_found(cast_factory):
    cast = cast_factory()
    with pytest.raises(NotFound):
        joining.invite_accept(user=cast.outsider, token="nope", accept_guidelines=True)


@pytest.mark.parametrize(
    ("setup", "error_class", "code"),
    [
        ("ban", NotAllowed, "banned"),
        ("member", Conflict, "already_member"),
        ("full", Conflict, "group_full"),
    ],
)
def test_invite_refusals_do_not_count_a_use(
    cast_factory, snapshot, setup, error_class, code, member_factory
):
    cast = cast_factory(visibility=Visibility.PRIVATE, capacity=5)
    invite = joining.invite_create(actor=cast.moderator, group=cast.group, max_uses=5)
    user = cast.outsider
    if setup == "ban":
        Ban.objects.create(group=cast.group, user=user)
    elif setup == "member":
        user = cast.member
    else:
        member_factory(cast.group)
    refused(
        snapshot,
        cast.group,
        error_class,
        code,
        lambda: joining.invite_accept(user=user, token=invite.token, accept_guidelines=True),
    )


@pytest.mark.django_db(transaction=True)
def test_the_last_use_of_an_invite_goes_to_exactly_one_person(group_factory, user_factory):
    group = group_factory(visibility=Visibility.PRIVATE)
    owner = group.memberships.get().user
    invite = joining.invite_create(actor=owner, group=group, max_uses=1)
    people = [user_factory() for _ in range(4)]
    barrier = threading.Barrier(len(people))
    outcomes = []

    def accept(person):
        try:
            barrier.wait()
            joining.invite_accept(user=person, token=invite.token, accept_guidelines=True)
            outcomes.append("joined")
        except Conflict as error:
            outcomes.append(error.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=accept, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["invite_used_up"] * 3 + ["joined"]
    invite.refresh_from_db()
    assert invite.uses == 1
    assert group.memberships.count() == 2


# Leaving, roles, ownership ------------------------------------------------------------------


def test_member_leaves_and_sockets_hear_of_it(cast_factory, events):
    cast = cast_factory()
    member_actions.membership_leave(user=cast.member, group=cast.group)
    assert role_of(cast.group, cast.member) is None
    assert (cast.member.pk, {"type": "user.downgrade", "group_id": cast.group.pk}) in events


def test_owner_cannot_leave_without_handing_over(cast_factory, snapshot):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        "owner_must_transfer",
        lambda: member_actions.membership_leave(user=cast.owner, group=cast.group),
    )


def test_leaving_a_group_one_is_not_in(cast_factory, snapshot):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        NotFound,
        "not_member",
        lambda: member_actions.membership_leave(user=cast.outsider, group=cast.group),
    )


@pytest.mark.parametrize(
    ("actor", "target", "new_role", "allowed"),
    [
        ("moderator", "reader", Role.MEMBER, True),
        ("moderator", "member", Role.READER, True),
        ("moderator", "member", Role.MODERATOR, False),
        ("moderator", "owner", Role.MEMBER, False),
        ("owner", "member", Role.MODERATOR, True),
        ("owner", "moderator", Role.READER, True),
        ("member", "reader", Role.MEMBER, False),
        ("reader", "member", Role.READER, False),
    ],
)
def test_who_may_change_which_role(
    cast_factory, snapshot, events, actor, target, new_role, allowed
):
    cast = cast_factory()
    target_user = getattr(cast, target)

    def change():
        return member_actions.membership_change_role(
            actor=getattr(cast, actor), group=cast.group, user=target_user, role=new_role
        )

    if allowed:
        change()
        assert role_of(cast.group, target_user) == new_role
    else:
        refused(snapshot, cast.group, NotAllowed, "forbidden", change)
        assert events == []


def test_a_moderator_cannot_appoint_a_moderator_even_from_reader(cast_factory, snapshot):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        "forbidden",
        lambda: member_actions.membership_change_role(
            actor=cast.moderator, group=cast.group, user=cast.reader, role=Role.MODERATOR
        ),
    )


def test_nobody_makes_an_owner_by_changing_roles(cast_factory, snapshot):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        ServiceError,
        "invalid",
        lambda: member_actions.membership_change_role(
            actor=cast.owner, group=cast.group, user=cast.member, role=Role.OWNER
        ),
    )


def test_demotion_and_promotion_tell_live_sockets(cast_factory, events):
    cast = cast_factory()
    member_actions.membership_change_role(
        actor=cast.moderator, group=cast.group, user=cast.reader, role=Role.MEMBER
    )
    assert events == [(cast.reader.pk, {"type": "user.refresh", "group_id": cast.group.pk})]
    events.clear()
    member_actions.membership_change_role(
        actor=cast.moderator, group=cast.group, user=cast.member, role=Role.READER
    )
    assert events == [(cast.member.pk, {"type": "user.downgrade", "group_id": cast.group.pk})]


def test_moderator_removes_a_member_but_not_another_moderator(cast_factory, snapshot, events):
    cast = cast_factory()
    member_actions.membership_remove(actor=cast.moderator, group=cast.group, user=cast.member)
    assert role_of(cast.group, cast.member) is None
    assert events[0][0] == cast.member.pk
    assert events[0][1]["type"] == "user.kick"
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        "forbidden",
        lambda: member_actions.membership_remove(
            actor=cast.moderator, group=cast.group, user=cast.owner
        ),
    )


def test_owner_hands_the_group_over_and_stays_as_moderator(cast_factory):
    cast = cast_factory()
    member_actions.ownership_transfer(actor=cast.owner, group=cast.group, new_owner=cast.member)
    assert role_of(cast.group, cast.member) == Role.OWNER
    assert role_of(cast.group, cast.owner) == Role.MODERATOR


@pytest.mark.parametrize(
    ("actor", "new_owner", "error_class", "code"),
    [
        ("moderator", "member", NotAllowed, "forbidden"),
        ("owner", "outsider", NotFound, "not_member"),
        ("owner", "owner", Conflict, "already_owner"),
    ],
)
def test_ownership_transfer_refusals(cast_factory, snapshot, actor, new_owner, error_class, code):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        error_class,
        code,
        lambda: member_actions.ownership_transfer(
            actor=getattr(cast, actor), group=cast.group, new_owner=getattr(cast, new_owner)
        ),
    )


# Readers and members moving between roles ---------------------------------------------------


def test_reader_asks_to_become_a_member_and_approval_makes_them_one(cast_factory, snapshot):
    cast = cast_factory()
    request = joining.reader_step_up_request(user=cast.reader, group=cast.group, message="Ready")
    assert request.kind == JoinRequest.Kind.BECOME_MEMBER
    refused(
        snapshot,
        cast.group,
        Conflict,
        "request_pending",
        lambda: joining.reader_step_up_request(user=cast.reader, group=cast.group),
    )
    joining.join_request_approve(actor=cast.moderator, join_request=request)
    assert role_of(cast.group, cast.reader) == Role.MEMBER


@pytest.mark.parametrize(
    ("who", "error_class", "code"),
    [("member", Conflict, "already_member"), ("outsider", NotAllowed, "not_member")],
)
def test_only_readers_ask_to_become_members(cast_factory, snapshot, who, error_class, code):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        error_class,
        code,
        lambda: joining.reader_step_up_request(user=getattr(cast, who), group=cast.group),
    )


def test_member_steps_back_to_reader(cast_factory, events):
    cast = cast_factory()
    member_actions.member_step_back(user=cast.member, group=cast.group)
    assert role_of(cast.group, cast.member) == Role.READER
    assert events == [(cast.member.pk, {"type": "user.downgrade", "group_id": cast.group.pk})]


def test_step_back_only_where_the_group_allows_it(cast_factory, snapshot):
    cast = cast_factory(allow_step_back=False)
    refused(
        snapshot,
        cast.group,
        NotAllowed,
        "step_back_not_allowed",
        lambda: member_actions.member_step_back(user=cast.member, group=cast.group),
    )


@pytest.mark.parametrize("who", ["reader", "moderator", "owner"])
def test_only_members_step_back(cast_factory, snapshot, who):
    cast = cast_factory()
    refused(
        snapshot,
        cast.group,
        Conflict,
        "not_member_role",
        lambda: member_actions.member_step_back(user=getattr(cast, who), group=cast.group),
    )
