"""Check-in pages: a moderator starts one from a crisis alert or a moderation action; the
person and the group's moderators read and answer it; a moderator closes it.

Thin adapters over moderation.checkins: who may see or do what is decided there and in
kindred.policy. A check-in someone may not see is the site's ordinary 404.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from groups import selectors as group_selectors
from groups.models import Group
from kindred.errors import NotFound, ServiceError
from kindred.forms import attach_error
from kindred.policy import Action, allows, may_close_check_in, standing_for
from kindred.views import handles_service_errors, service_error_response
from moderation import checkins, selectors


class CheckInMessageForm(forms.Form):
    # Not required here: the service refuses an empty message with its own clear words.
    body = forms.CharField(
        label=gettext_lazy("Your message"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


def _start(request: HttpRequest, *, group: Group, alert=None, action=None) -> HttpResponse:
    person = alert.author if alert is not None else action.target_user
    existing = checkins.open_check_in(group=group, person=person) if person else None
    if existing is not None:
        messages.info(request, _("A check-in with this person is already open."))
        return redirect(existing)
    form = CheckInMessageForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            check_in = checkins.check_in_start(
                actor=request.user, body=form.cleaned_data["body"], alert=alert, action=action
            )
        except NotFound:
            raise
        except ServiceError as error:
            if error.field is None:
                return service_error_response(request, error)
            attach_error(form, error)
            status = error.status
        else:
            messages.success(request, _("Check-in sent. It appears on their Check-ins page."))
            return redirect(check_in)
    context = {"group": group, "person": person, "alert": alert, "action": action, "form": form}
    return render(request, "moderation/checkin_form.html", context, status=status)


def _group_for_starting(request: HttpRequest, slug: str) -> Group:
    group = group_selectors.group_by_slug(slug=slug)
    if not allows(standing_for(user=request.user, group=group), Action.MODERATE):
        raise Http404
    return group


def _start_view(name: str, find):
    """The page that starts a check-in from what ``find(group, pk)`` gives (passed to
    _start as ``name``); nothing found is the site's 404."""

    @login_required
    @require_http_methods(["GET", "POST"])
    @handles_service_errors
    def view(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
        group = _group_for_starting(request, slug)
        found = find(group, pk)
        if found is None:
            raise Http404
        return _start(request, group=group, **{name: found})

    view.__name__ = view.__qualname__ = f"check_in_from_{name}"
    return view


def _action_to_start(group: Group, pk: int):
    entry = selectors.audit_entry_get(group=group, pk=pk)
    return entry if entry is not None and entry.may_start_check_in else None


check_in_from_alert = _start_view(
    "alert", lambda group, pk: selectors.crisis_alert_get(group=group, pk=pk)
)
check_in_from_action = _start_view("action", _action_to_start)


@login_required
def check_in_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "moderation/checkin_list.html",
        {"check_ins": checkins.check_ins_for_user(user=request.user)},
    )


def _detail(request, check_in, form=None, status=200) -> HttpResponse:
    standing = standing_for(user=request.user, group=check_in.group)
    context = {
        "check_in": check_in,
        "entries": checkins.check_in_messages(check_in=check_in),
        "form": form or CheckInMessageForm(),
        "is_person": request.user.pk == check_in.person_id,
        "may_close": may_close_check_in(standing) and check_in.is_open,
    }
    return render(request, "moderation/checkin_detail.html", context, status=status)


@login_required
@handles_service_errors
def check_in_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, checkins.check_in_get_for_user(user=request.user, pk=pk))


@login_required
@require_POST
@handles_service_errors
def check_in_reply(request: HttpRequest, pk: int) -> HttpResponse:
    check_in = checkins.check_in_get_for_user(user=request.user, pk=pk)
    form = CheckInMessageForm(request.POST)
    form.is_valid()
    try:
        checkins.check_in_reply(
            actor=request.user, check_in=check_in, body=form.cleaned_data.get("body", "")
        )
    except ServiceError as error:
        if isinstance(error, NotFound):
            raise
        attach_error(form, error)
        return _detail(request, check_in, form=form, status=error.status)
    messages.success(request, _("Sent."))
    return redirect(check_in)


@login_required
@require_POST
@handles_service_errors
def check_in_close(request: HttpRequest, pk: int) -> HttpResponse:
    check_in = checkins.check_in_get_for_user(user=request.user, pk=pk)
    checkins.check_in_close(actor=request.user, check_in=check_in)
    messages.success(request, _("Check-in closed."))
    return redirect(check_in)
