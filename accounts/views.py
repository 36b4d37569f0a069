from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from accounts.forms import ProfileForm
from accounts.services import profile_update
from kindred.errors import ServiceError


@login_required
def profile(request):
    form = ProfileForm.for_user(
        request.user, data=request.POST if request.method == "POST" else None
    )
    if request.method == "POST" and form.is_valid():
        try:
            profile_update(user=request.user, **form.cleaned_data)
        except ServiceError as exc:
            form.add_error(exc.field, exc.detail)
        else:
            messages.success(request, _("Your profile is saved."))
            return redirect("accounts:profile")
    status = 400 if form.is_bound else 200
    return render(request, "accounts/profile.html", {"form": form}, status=status)
