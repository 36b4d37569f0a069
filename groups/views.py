"""Group pages. Each view: form -> selector -> service -> redirect or render.

Refusals from services and selectors (kindred.errors) become a clear message and a 4xx via
kindred.views.service_error_response; a private group is a plain 404 to outsiders.
"""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods, require_POST

from groups import joining, member_actions, selectors, services
from groups.forms import (
    AskToJoinForm,
    DirectorySearchForm,
    GroupForm,
    JoinForm,
    StepUpForm,
)
from groups.models import Group, JoinPolicy
from kindred import policy
from kindred.errors import NotAllowed, ServiceError
from kindred.forms import attach_error
from kindred.policy import Action
from kindred.views import handles_service_errors, service_error_response

DIRECTORY_PAGE_SIZE = 20


def _posted(request: HttpRequest):
    """The POST data of a POST (even an empty one, so the form reports what is missing)."""
    return request.POST if request.method == "POST" else None


def home(request: HttpRequest) -> HttpResponse:
    my_groups = selectors.groups_for_user(user=request.user)
    return render(request, "home.html", {"my_groups": my_groups})


def directory(request: HttpRequest) -> HttpResponse:
    form = DirectorySearchForm(request.GET)
    filters = form.cleaned_data if form.is_valid() else {}
    groups = selectors.groups_directory(
        query=filters.get("q", ""),
        topic=filters.get("topic", ""),
        language=filters.get("language", ""),
    )
    page = Paginator(groups, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    searching = any(filters.values())
    return render(
        request,
        "groups/group_list.html",
        {"form": form, "page_obj": page, "groups": page.object_list, "searching": searching},
        status=200 if form.is_valid() else 400,
    )


@handles_service_errors
def group_detail(request: HttpRequest, slug: str) -> HttpResponse:
    group, standing = selectors.group_with_standing(user=request.user, slug=slug)
    return render(
        request,
        "groups/group_detail.html",
        {
            "group": group,
            "standing": standing,
            "member_count": selectors.group_member_count(group=group),
            "pending_request": selectors.join_request_pending_for(user=request.user, group=group),
            "may_join": policy.allows(standing, Action.JOIN),
            "may_manage_members": policy.allows(standing, Action.MANAGE_MEMBERS),
            "may_moderate": policy.allows(standing, Action.MODERATE),
            "may_manage_group": policy.allows(standing, Action.MANAGE_GROUP),
            "may_step_up": policy.may_step_up(standing),
            "may_step_back": policy.may_step_back(standing),
            "may_leave": policy.may_leave_group(standing),
            "step_up_form": StepUpForm() if policy.may_step_up(standing) else None,
        },
    )


# Creating, editing and deleting ------------------------------------------------------------


def _group_form_page(request: HttpRequest, form: GroupForm, group: Group | None, save, done):
    """The group settings form: on a valid POST, ``save(**cleaned_data)`` and confirm with
    ``done(saved_group)``; otherwise the form again, with its errors."""
    if request.method == "POST" and form.is_valid():
        try:
            saved = save(**form.cleaned_data)
        except ServiceError as error:
            attach_error(form, error)
        else:
            messages.success(request, done(saved))
            return redirect(saved)
    status = 400 if form.errors else 200
    return render(request, "groups/group_form.html", {"form": form, "group": group}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def group_create(request: HttpRequest) -> HttpResponse:
    return _group_form_page(
        request,
        GroupForm(_posted(request), instance=Group()),
        None,
        partial(services.group_create, owner=request.user),
        lambda group: gettext("“%(name)s” is ready. You are its owner.") % {"name": group.name},
    )


@login_required
@require_http_methods(["GET", "POST"])
@handles_service_errors
def group_edit(request: HttpRequest, slug: str) -> HttpResponse:
    group, _ = selectors.managed_group(user=request.user, slug=slug)
    # The form works on a copy so a refused change never touches the page's own group.
    return _group_form_page(
        request,
        GroupForm(_posted(request), instance=selectors.group_get(pk=group.pk)),
        group,
        partial(services.group_update, actor=request.user, group=group),
        lambda _saved: gettext("The group's settings are saved."),
    )


@login_required
@require_http_methods(["GET", "POST"])
@handles_service_errors
def group_delete(request: HttpRequest, slug: str) -> HttpResponse:
    group, _ = selectors.managed_group(user=request.user, slug=slug)
    if request.method == "POST":
        name = group.name
        services.group_delete(actor=request.user, group=group)
        messages.success(request, gettext("“%(name)s” was deleted.") % {"name": name})
        return redirect("home")
    return render(
        request,
        "groups/group_confirm_delete.html",
        {"group": group, "member_count": selectors.group_member_count(group=group)},
    )


# Joining ----------------------------------------------------------------------------------


def _join_form(group: Group, data=None):
    if group.join_policy == JoinPolicy.OPEN:
        return JoinForm(data)
    if group.join_policy == JoinPolicy.APPROVAL:
        return AskToJoinForm(data)
    return None


@login_required
@require_http_methods(["GET", "POST"])
@handles_service_errors
def group_join(request: HttpRequest, slug: str) -> HttpResponse:
    """Join an open group, or ask to join one that needs approval, after reading the
    guidelines. An invite-only group explains that it needs an invite link."""
    group, standing = selectors.group_with_standing(user=request.user, slug=slug)
    if standing.role is not None:
        messages.info(request, gettext("You are already in this group."))
        return redirect(group)
    pending = selectors.join_request_pending_for(user=request.user, group=group)
    form = _join_form(group, _posted(request))
    if request.method == "POST":
        if form is None:
            return service_error_response(
                request,
                NotAllowed(
                    gettext("This group can only be joined with an invite link."),
                    code="invite_only",
                ),
            )
        if form.is_valid():
            try:
                asked = {"user": request.user, "group": group}
                asked["accept_guidelines"] = form.cleaned_data["accept_guidelines"]
                if group.join_policy == JoinPolicy.OPEN:
                    joining.group_join(**asked)
                    done = gettext("Welcome to “%(name)s”.") % {"name": group.name}
                else:
                    joining.join_request_create(**asked, message=form.cleaned_data["message"])
                    done = gettext("Your request is sent. A moderator will answer soon.")
                messages.success(request, done)
                return redirect(group)
            except ServiceError as error:
                if error.field is None:
                    return _join_page(request, group, standing, form, pending, error=error)
                attach_error(form, error)
    return _join_page(request, group, standing, form, pending)


def _join_page(request, group, standing, form, pending, *, error=None) -> HttpResponse:
    status = 400 if form is not None and form.errors else 200
    if error is not None:
        status = error.status
    return render(
        request,
        "groups/group_join.html",
        {
            "group": group,
            "standing": standing,
            "form": form,
            "pending_request": pending,
            "error": error,
        },
        status=status,
    )


@login_required
@require_POST
@handles_service_errors
def join_request_withdraw(request: HttpRequest, slug: str) -> HttpResponse:
    group, _ = selectors.group_with_standing(user=request.user, slug=slug)
    pending = selectors.join_request_pending_for(user=request.user, group=group)
    if pending is None:
        messages.info(request, gettext("You have no request waiting here."))
        return redirect(group)
    joining.join_request_withdraw(user=request.user, join_request=pending)
    messages.success(request, gettext("Your request is withdrawn."))
    return redirect(group)


@require_http_methods(["GET", "POST"])
@handles_service_errors
def invite_landing(request: HttpRequest, token: str) -> HttpResponse:
    """Where an invite link leads: a signed-in person sees the group (even a private one),
    its guidelines, and joins by accepting them."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    invite = selectors.invite_get_by_token(token=token)
    joining.invite_check(invite)
    group = invite.group
    standing = policy.standing_for(user=request.user, group=group, invite_ok=True)
    if standing.banned:
        policy.require(standing, Action.VIEW_GROUP)
    if standing.role is not None:
        messages.info(request, gettext("You are already in this group."))
        return redirect(group)
    form = JoinForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        accepted = form.cleaned_data["accept_guidelines"]
        try:
            joining.invite_accept(user=request.user, token=token, accept_guidelines=accepted)
        except ServiceError as error:
            if error.field is None:
                raise
            attach_error(form, error)
        else:
            messages.success(request, gettext("Welcome to “%(name)s”.") % {"name": group.name})
            return redirect(group)
    return render(
        request,
        "groups/invite_detail.html",
        {"group": group, "invite": invite, "form": form},
        status=400 if form.errors else 200,
    )


# Leaving, stepping back, stepping up ------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
@handles_service_errors
def membership_leave(request: HttpRequest, slug: str) -> HttpResponse:
    group, standing = selectors.group_with_standing(user=request.user, slug=slug)
    if request.method == "POST":
        member_actions.membership_leave(user=request.user, group=group)
        messages.success(request, gettext("You have left “%(name)s”.") % {"name": group.name})
        return redirect("home")
    if standing.role is None:
        messages.info(request, gettext("You are not in this group."))
        return redirect(group)
    context = {"group": group, "standing": standing, "may_leave": policy.may_leave_group(standing)}
    return render(request, "groups/membership_confirm_leave.html", context)


@login_required
@require_POST
@handles_service_errors
def member_step_back(request: HttpRequest, slug: str) -> HttpResponse:
    group, _ = selectors.group_with_standing(user=request.user, slug=slug)
    member_actions.member_step_back(user=request.user, group=group)
    messages.success(
        request, gettext("You are now a reader. You can ask to become a member again at any time.")
    )
    return redirect(group)


@login_required
@require_POST
@handles_service_errors
def reader_step_up(request: HttpRequest, slug: str) -> HttpResponse:
    group, _ = selectors.group_with_standing(user=request.user, slug=slug)
    form = StepUpForm(request.POST)
    if not form.is_valid():
        return service_error_response(
            request, ServiceError(gettext("Please keep the message under 500 characters."))
        )
    joining.reader_step_up_request(
        user=request.user, group=group, message=form.cleaned_data["message"]
    )
    messages.success(request, gettext("Your request is sent. A moderator will answer soon."))
    return redirect(group)
