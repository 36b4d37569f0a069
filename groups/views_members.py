"""The members page of a group (its moderators and owner): roles, removal, join requests,
invites, handing over ownership. Thin adapters over groups.selectors and the services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from accounts.models import User
from groups import joining, member_actions, selectors
from groups.forms import (
    InviteForm,
    RoleForm,
    TransferForm,
)
from groups.models import Group, Role
from kindred import policy
from kindred.errors import ServiceError
from kindred.forms import attach_error
from kindred.policy import Action, Standing
from kindred.views import handles_service_errors, service_error_response


def _role_choices(standing: Standing, role: str) -> list[tuple[str, str]]:
    """The roles this moderator may give someone who now has ``role``."""
    return [
        (value, label)
        for value, label in RoleForm.base_fields["role"].choices
        if value == role or policy.may_change_role(standing, target_role=role, new_role=value)
    ]


def _members_page(
    request: HttpRequest,
    group: Group,
    standing: Standing,
    *,
    invite_form: InviteForm | None = None,
    transfer_form: TransferForm | None = None,
    status: int = 200,
) -> HttpResponse:
    members = selectors.group_members(actor=request.user, group=group)
    rows = [
        {
            "member": m,
            "choices": _role_choices(standing, m.role),
            "may_remove": m.user_id != request.user.pk
            and policy.may_change_role(standing, target_role=m.role, new_role=None),
        }
        for m in members
    ]
    invites = [
        (invite, request.build_absolute_uri(invite.get_absolute_url()))
        for invite in selectors.invites_active(actor=request.user, group=group)
    ]
    if transfer_form is None and standing.is_owner:
        transfer_form = TransferForm(members=members)
    return render(
        request,
        "groups/member_list.html",
        {
            "group": group,
            "standing": standing,
            "rows": rows,
            "member_count": len(members),
            "requests": selectors.join_requests_pending(actor=request.user, group=group),
            "invites": invites,
            "invite_form": invite_form or InviteForm(),
            "transfer_form": transfer_form,
        },
        status=status,
    )


def _manage(request: HttpRequest, slug: str) -> tuple[Group, Standing]:
    return selectors.group_with_standing(user=request.user, slug=slug, action=Action.MANAGE_MEMBERS)


def _manage_member(request: HttpRequest, slug: str, user_id: int) -> tuple[Group, User]:
    """The group (managed by this person) and the member ``user_id`` in it."""
    group, _ = _manage(request, slug)
    return group, selectors.member_get(group=group, user_id=user_id)


def _back_to_members(group: Group) -> HttpResponse:
    return redirect("groups:members", slug=group.slug)


@login_required
@handles_service_errors
def member_list(request: HttpRequest, slug: str) -> HttpResponse:
    group, standing = _manage(request, slug)
    return _members_page(request, group, standing)


@login_required
@require_POST
@handles_service_errors
def member_role(request: HttpRequest, slug: str, user_id: int) -> HttpResponse:
    group, person = _manage_member(request, slug, user_id)
    form = RoleForm(request.POST)
    if not form.is_valid():
        return service_error_response(request, ServiceError(gettext("Please choose a role.")))
    member_actions.membership_change_role(
        actor=request.user, group=group, user=person, role=form.cleaned_data["role"]
    )
    messages.success(
        request,
        gettext("%(display_name)s is now %(Role_form_cleaned_da)s.")
        % {
            "display_name": person.display_name,
            "Role_form_cleaned_da": Role(form.cleaned_data["role"]).label.lower(),
        },
    )
    return _back_to_members(group)


@login_required
@require_POST
@handles_service_errors
def member_remove(request: HttpRequest, slug: str, user_id: int) -> HttpResponse:
    group, person = _manage_member(request, slug, user_id)
    member_actions.membership_remove(actor=request.user, group=group, user=person)
    messages.success(
        request,
        gettext("%(display_name)s is no longer in the group.")
        % {"display_name": person.display_name},
    )
    return _back_to_members(group)


def _pending_view(get, act, done):
    """A view on one pending join request or invite of the group: ``get(group=, pk=)`` finds
    it, ``act(actor, it)`` acts on it, ``done(it)`` is the confirmation shown."""

    @login_required
    @require_POST
    @handles_service_errors
    def view(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
        group, _ = _manage(request, slug)
        pending = get(group=group, pk=pk)
        act(request.user, pending)
        messages.success(request, done(pending))
        return _back_to_members(group)

    return view


def _join_request_view(decide, done):
    """Approve or decline with ``decide``; ``done()`` is the confirmation, translated."""
    return _pending_view(
        selectors.join_request_get,
        lambda actor, join_request: decide(actor=actor, join_request=join_request),
        lambda join_request: done() % {"display_name": join_request.user.display_name},
    )


join_request_approve = _join_request_view(
    joining.join_request_approve, lambda: gettext("%(display_name)s's request is approved.")
)
join_request_decline = _join_request_view(
    joining.join_request_decline, lambda: gettext("%(display_name)s's request is declined.")
)


@login_required
@require_POST
@handles_service_errors
def invite_create(request: HttpRequest, slug: str) -> HttpResponse:
    group, standing = _manage(request, slug)
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            invite = joining.invite_create(actor=request.user, group=group, **form.service_kwargs())
        except ServiceError as error:
            attach_error(form, error)
        else:
            url = request.build_absolute_uri(invite.get_absolute_url())
            messages.success(request, gettext("New invite link: %(url)s") % {"url": url})
            return _back_to_members(group)
    return _members_page(request, group, standing, invite_form=form, status=400)


invite_revoke = _pending_view(
    selectors.invite_get,
    lambda actor, invite: joining.invite_revoke(actor=actor, invite=invite),
    lambda _invite: gettext("The invite link no longer works."),
)


@login_required
@require_POST
@handles_service_errors
def ownership_transfer(request: HttpRequest, slug: str) -> HttpResponse:
    group, standing = selectors.managed_group(user=request.user, slug=slug)
    members = selectors.group_members(actor=request.user, group=group)
    form = TransferForm(request.POST, members=members)
    if form.is_valid():
        person = selectors.member_get(group=group, user_id=form.cleaned_data["new_owner"])
        member_actions.ownership_transfer(actor=request.user, group=group, new_owner=person)
        messages.success(
            request,
            gettext("%(display_name)s now owns the group.") % {"display_name": person.display_name},
        )
        return redirect(group)
    return _members_page(request, group, standing, transfer_form=form, status=400)
