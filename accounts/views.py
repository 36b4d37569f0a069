from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from accounts import protect
from accounts.forms import HiddenTopicsForm, ProfileForm
from accounts.services import profile_language_set, profile_update
from kindred.errors import ServiceError
from kindred.forms import attach_error
from kindred.i18n import supported_language
from kindred.views import handles_service_errors


@login_required
def profile(request):
    form = ProfileForm.for_user(
        request.user, data=request.POST if request.method == "POST" else None
    )
    if request.method == "POST" and form.is_valid():
        try:
            profile_update(user=request.user, **form.cleaned_data)
        except ServiceError as exc:
            attach_error(form, exc)
        else:
            messages.success(request, _("Your profile is saved."))
            return redirect("accounts:profile")
    status = 400 if form.is_bound else 200
    return _profile_page(request, form=form, status=status)


def _profile_page(request, *, status: int = 200, **forms) -> HttpResponse:
    context = {
        "form": ProfileForm.for_user(request.user),
        "topics_form": HiddenTopicsForm.for_user(request.user),
        "personal_mutes": protect.personal_mutes_of(viewer=request.user),
        **forms,
    }
    return render(request, "accounts/profile.html", context, status=status)


@login_required
@require_POST
def hidden_topics(request: HttpRequest) -> HttpResponse:
    form = HiddenTopicsForm.for_user(request.user, data=request.POST)
    if form.is_valid():
        try:
            topics = protect.hidden_topics_set(
                user=request.user, text=form.cleaned_data["hidden_topics"]
            )
        except ServiceError as exc:
            attach_error(form, exc)
        else:
            messages.success(
                request,
                _("Your hidden topics are saved.")
                if topics
                else _("No topics are hidden: you see every share as usual."),
            )
            return redirect("accounts:profile")
    return _profile_page(request, topics_form=form, status=400)


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@login_required
@require_POST
@handles_service_errors
def personal_mute(request: HttpRequest) -> HttpResponse:
    """Mute someone for yourself (the room's "Mute for me" sends this with fetch)."""
    try:
        user_id = int(request.POST.get("user_id", ""))
    except ValueError:
        raise ServiceError(_("Say whom to mute."), code="bad_field") from None
    mute = protect.personal_mute_add(viewer=request.user, user_id=user_id)
    if _wants_json(request):
        return JsonResponse({"ok": True, "user_id": mute.muted_id})
    messages.success(
        request, _("You muted %(name)s. Only you know.") % {"name": mute.muted.display_name}
    )
    return redirect("accounts:profile")


@login_required
@require_POST
def personal_unmute(request: HttpRequest, user_id: int) -> HttpResponse:
    protect.personal_mute_remove(viewer=request.user, user_id=user_id)
    if _wants_json(request):
        return JsonResponse({"ok": True, "user_id": user_id})
    messages.success(request, _("You see their messages again."))
    return redirect("accounts:profile")


def set_language(request):
    """Django's set_language (a cookie, then back to the page), and for a signed-in person
    their profile too, so that the choice follows them to every device."""
    response = django_set_language(request)
    code = supported_language(request.POST.get("language"))
    user = getattr(request, "user", None)
    if request.method == "POST" and code and user is not None and user.is_authenticated:
        profile_language_set(user=user, language=code)
    return response
