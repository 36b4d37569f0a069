"""Notifications about joining a group: a join request for its moderators, the decision
for the person who asked, an accepted invite for whoever made it. Registered with
accounts.notifications when the app is ready (groups.apps)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.notifications.events import Event, Note, absolute_url, builds, in_language
from accounts.notifications.kinds import Kind
from groups.models import Group, Invite, JoinRequest
from groups.selectors import notice_moderators
from kindred import policy


@builds(Kind.JOIN_REQUEST)
def _join_request(data: dict) -> Event:
    jr = JoinRequest.objects.select_related("group", "user").filter(pk=data["request"]).first()
    key = f"join_request:{data['request']}"
    if jr is None or jr.status != JoinRequest.Status.PENDING:
        return Event(Kind.JOIN_REQUEST, key, [])
    url = absolute_url(reverse("groups:members", kwargs={"slug": jr.group.slug}))
    notes = []
    for moderator in notice_moderators(group=jr.group):
        if moderator.pk == jr.user_id:
            continue
        named = moderator.reminder_names_group
        with in_language(moderator):
            names = {"name": jr.user.display_name, "group": jr.group.name}
            if not named:
                subject = _("Someone asks to join a group you moderate")
            elif jr.kind == JoinRequest.Kind.BECOME_MEMBER:
                subject = _("%(name)s asks to become a member of %(group)s") % names
            else:
                subject = _("%(name)s asks to join %(group)s") % names
            waiting = _("A request is waiting for a moderator.")
            answer = _("Answer it: %(url)s") % {"url": url}
            push_title = _("A request is waiting")
            push_body = subject if named else _("Someone asks to join a group you moderate.")
        notes.append(
            (
                moderator,
                Note(
                    subject=subject,
                    lines=[
                        (f"{subject}." if named else waiting),
                        "",
                        answer,
                    ],
                    url=url,
                    push_title=push_title,
                    push_body=push_body,
                    tag=key,
                ),
            )
        )
    return Event(Kind.JOIN_REQUEST, key, notes)


@builds(Kind.JOIN_DECISION)
def _join_decision(data: dict) -> Event:
    jr = JoinRequest.objects.select_related("group", "user").filter(pk=data["request"]).first()
    key = f"join_decision:{data['request']}"
    decided = {JoinRequest.Status.APPROVED, JoinRequest.Status.DECLINED}
    if jr is None or jr.status not in decided or not jr.user.is_active:
        return Event(Kind.JOIN_DECISION, key, [])
    person = jr.user
    named = person.reminder_names_group
    approved = jr.status == JoinRequest.Status.APPROVED
    url = absolute_url(jr.group.get_absolute_url() if approved else reverse("groups:directory"))
    with in_language(person):
        where = {"group": jr.group.name if named else _("the group")}
        if approved:
            subject = _("Welcome to %(group)s") % where if named else _("Your request was approved")
            first = _("Your request to join %(group)s was approved. Welcome.") % where
            last = _("Open the group: %(url)s") % {"url": url}
        else:
            subject = (
                _("Your request to join %(group)s") % where
                if named
                else _("Your request was answered")
            )
            first = _("Your request to join %(group)s was not approved this time.") % where
            last = _("Other groups: %(url)s") % {"url": url}
    note = Note(
        subject=subject,
        lines=[first, "", last],
        url=url,
        push_title=subject,
        push_body=first,
        tag=key,
    )
    return Event(Kind.JOIN_DECISION, key, [(person, note)])


@builds(Kind.INVITE_ACCEPTED)
def _invite_accepted(data: dict) -> Event:
    key = f"invite_accepted:{data['invite']}:{data['user']}"
    invite = Invite.objects.select_related("created_by").filter(pk=data["invite"]).first()
    group = Group.objects.filter(pk=data["group"]).first()
    joiner = User.objects.filter(pk=data["user"]).first()
    if invite is None or group is None or joiner is None:
        return Event(Kind.INVITE_ACCEPTED, key, [])
    inviter = invite.created_by
    if (
        inviter is not None
        and inviter.is_active
        and policy.standing_for(user=inviter, group=group).is_moderator
    ):
        people = [inviter]
    else:
        people = notice_moderators(group=group)
    url = absolute_url(reverse("groups:members", kwargs={"slug": group.slug}))
    notes = []
    for person in people:
        if person.pk == joiner.pk:
            continue
        named = person.reminder_names_group
        with in_language(person):
            subject = (
                _("%(name)s joined %(group)s with an invite")
                % {"name": joiner.display_name, "group": group.name}
                if named
                else _("Someone joined with an invite")
            )
            first = f"{subject}." if named else _("An invite link was used to join a group.")
            last = _("The group's people: %(url)s") % {"url": url}
            push_title = _("An invite was used")
        notes.append(
            (
                person,
                Note(
                    subject=subject,
                    lines=[
                        first,
                        "",
                        last,
                    ],
                    url=url,
                    push_title=push_title,
                    push_body=f"{subject}.",
                    tag=key,
                ),
            )
        )
    return Event(Kind.INVITE_ACCEPTED, key, notes)
