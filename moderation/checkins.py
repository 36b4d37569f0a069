"""Check-ins: a private conversation between a group's moderators and one person.

A moderator starts one from an open crisis alert or from a moderation action recorded in
the audit log (never member to member), writing the first message; the person and the
group's moderators see it and answer; a moderator closes it. Who may do what is in
kindred.policy (may_start_check_in, may_see_check_in, may_close_check_in). Every start,
message and close is audited, without its text: the audit outlives retention, the text
does not (moderation.retention purges it with the group's chat retention).

Reads first (selectors), then writes (services). Bad input raises a kindred.errors
exception before anything is written.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from groups.models import Ban, Membership, Role
from kindred.errors import Conflict, NotAllowed, NotFound, ServiceError
from kindred.events import user_event_on_commit, user_notice
from kindred.i18n import in_language_of
from kindred.policy import (
    may_close_check_in,
    may_see_check_in,
    may_start_check_in,
    standing_for,
)
from moderation.actions import done_by
from moderation.audit import audit_record
from moderation.models import AuditAction, AuditEntry, CheckIn, CheckInMessage, CrisisAlert

BODY_MAX = 2000

# ---------------------------------------------------------------------------------------
# Reads


def check_in_get_for_user(*, user, pk: int) -> CheckIn:
    """The check-in ``pk`` if ``user`` may see it; NotFound otherwise (it stays hidden)."""
    check_in = CheckIn.objects.select_related("group", "person").filter(pk=pk).first()
    if check_in is None or not getattr(user, "is_authenticated", False):
        raise NotFound()
    standing = standing_for(user=user, group=check_in.group)
    if not may_see_check_in(standing, person_id=check_in.person_id):
        raise NotFound()
    return check_in


def check_in_messages(*, check_in: CheckIn) -> QuerySet[CheckInMessage]:
    return check_in.messages.select_related("author").order_by("created_at", "pk")


def _moderated_group_ids(user) -> QuerySet:
    banned = Ban.objects.active(timezone.now()).filter(group=OuterRef("group"), user=user)
    return (
        Membership.objects.filter(user=user, role__in=[Role.MODERATOR, Role.OWNER])
        .exclude(Exists(banned))
        .values("group")
    )


def check_ins_for_user(*, user) -> QuerySet[CheckIn]:
    """Check-ins with ``user`` and those in the groups they moderate: open ones first,
    then the newest."""
    return (
        CheckIn.objects.filter(Q(person=user) | Q(group__in=_moderated_group_ids(user)))
        .select_related("group", "person")
        .order_by(F("closed_at").desc(nulls_first=True), "-created_at", "-pk")
    )


def check_ins_waiting_count(*, user) -> int:
    """Open check-ins waiting for ``user``'s answer (the header's link)."""
    return CheckIn.objects.filter(
        person=user, closed_at__isnull=True, waiting=CheckIn.Waiting.PERSON
    ).count()


def open_check_in(*, group, person) -> CheckIn | None:
    return CheckIn.objects.filter(group=group, person=person, closed_at__isnull=True).first()


# ---------------------------------------------------------------------------------------
# Writes


def _tell_person(check_in: CheckIn) -> None:
    """A private notice in the person's room, if they are in a meeting of the group now:
    the check-in's text is not in it, only the way to it."""
    url = check_in.get_absolute_url()
    with in_language_of(check_in.person_id):
        detail = _("A moderator of this group sent you a private check-in.")
        where = _("Open Check-ins at the top of any page to read it.")
        read = _("Read it")
    user_event_on_commit(
        check_in.person_id,
        user_notice(
            kind="check_in",
            group_id=check_in.group_id,
            check_in_id=check_in.pk,
            url=url,
            detail=f"{detail} {where}",
            html=format_html('<p>{} <a href="{}">{}</a></p>', detail, url, read),
        ),
    )


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ServiceError(_("Write a message first."), code="empty", field="body")
    if len(body) > BODY_MAX:
        raise ServiceError(
            _("Keep the message under %(BODY_MAX)s characters.") % {"BODY_MAX": BODY_MAX},
            code="too_long",
            field="body",
        )
    return body


@transaction.atomic
def check_in_start(
    *,
    actor,
    body: str,
    alert: CrisisAlert | None = None,
    action: AuditEntry | None = None,
) -> CheckIn:
    """Start a check-in with the person a crisis alert or a moderation action is about,
    with ``body`` as its first message. Exactly one of ``alert`` and ``action``."""
    if (alert is None) == (action is None):
        raise ServiceError(
            _("A check-in starts from a crisis alert or a moderation action."), code="no_subject"
        )
    if action is not None and not action.may_start_check_in:
        raise ServiceError(
            _("A check-in starts from a moderation action on a person."), code="no_subject"
        )
    body = _clean_body(body)
    group = alert.group if alert is not None else action.group
    person = alert.author if alert is not None else action.target_user
    if group is None:
        raise NotFound()
    standing = standing_for(user=actor, group=group)
    if not may_start_check_in(standing):
        if standing.belongs:
            raise NotAllowed(_("Only the group's moderators start a check-in."))
        raise NotFound()
    if person is None:
        raise ServiceError(_("That person no longer has an account."), code="author_gone")
    if person.pk == actor.pk:
        raise NotAllowed(_("You can't check in with yourself."), code="self")
    # One open check-in per person and group: the constraint holds it; asking first gives
    # a clear answer instead of an integrity error.
    if open_check_in(group=group, person=person) is not None:
        raise Conflict(
            _("A check-in with this person is already open: answer there."), code="check_in_open"
        )
    check_in = CheckIn.objects.create(
        group=group, person=person, alert=alert, action=action, started_by=actor
    )
    CheckInMessage.objects.create(check_in=check_in, author=actor, body=body)
    audit_record(
        actor=actor,
        group=group,
        action=AuditAction.CHECK_IN_START,
        target_user=person,
        occurrence=alert.occurrence if alert is not None else action.occurrence,
    )
    _tell_person(check_in)
    return check_in


@transaction.atomic
def check_in_reply(*, actor, check_in: CheckIn, body: str) -> CheckInMessage:
    """Write in a check-in: the person, or one of the group's moderators."""
    check_in = check_in_get_for_user(user=actor, pk=check_in.pk)
    check_in = CheckIn.objects.select_for_update().select_related("group").get(pk=check_in.pk)
    if check_in.closed_at is not None:
        raise Conflict(_("This check-in is closed."), code="check_in_closed")
    body = _clean_body(body)
    message = CheckInMessage.objects.create(check_in=check_in, author=actor, body=body)
    check_in.waiting = (
        CheckIn.Waiting.MODERATORS if actor.pk == check_in.person_id else CheckIn.Waiting.PERSON
    )
    check_in.save(update_fields=["waiting"])
    audit_record(
        actor=actor,
        group=check_in.group,
        action=AuditAction.CHECK_IN_MESSAGE,
        target_user=check_in.person,
    )
    if actor.pk != check_in.person_id:
        _tell_person(check_in)
    return message


@transaction.atomic
def check_in_close(*, actor, check_in: CheckIn) -> CheckIn:
    """Close a check-in: a moderator of its group. Its text is kept for the group's chat
    retention from now on."""
    check_in = check_in_get_for_user(user=actor, pk=check_in.pk)
    check_in = CheckIn.objects.select_for_update().select_related("group").get(pk=check_in.pk)
    if not may_close_check_in(standing_for(user=actor, group=check_in.group)):
        raise NotAllowed(_("Only the group's moderators close a check-in."))
    if check_in.closed_at is not None:
        raise Conflict(_("This check-in is already closed."), code="check_in_closed")
    done_by(
        check_in,
        "closed",
        actor=actor,
        group=check_in.group,
        action=AuditAction.CHECK_IN_CLOSE,
        target_user=check_in.person,
    )
    return check_in


def check_ins_purge_due(*, now: datetime | None = None) -> int:
    """Empty the text of closed check-ins whose group's retention has run out since they
    were closed. Returns how many messages were emptied. Safe to run at any time."""
    now = now or timezone.now()
    purged = 0
    due = CheckIn.objects.filter(closed_at__isnull=False, purged_at__isnull=True).select_related(
        "group"
    )
    for check_in in due:
        if check_in.closed_at + timedelta(hours=check_in.group.chat_retention_hours) <= now:
            with transaction.atomic():
                purged += CheckInMessage.objects.filter(check_in=check_in).update(body="")
                CheckIn.objects.filter(pk=check_in.pk).update(purged_at=now)
    return purged
