from allauth.usersessions.admin import UserSessionAdmin
from allauth.usersessions.models import UserSession
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.db import transaction
from django.utils.translation import gettext

from accounts.models import User
from accounts.services import two_factor_review
from accounts.signals import sockets_close
from kindred.i18n import in_language_of


class UserCreationForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "display_name")


class UserEditForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Site staff manage people here; the email is visible to staff only."""

    form = UserEditForm
    add_form = UserCreationForm
    ordering = ["display_name", "pk"]
    list_display = ["display_name", "email", "is_active", "is_staff", "date_joined"]
    list_filter = ["is_active", "is_staff", "is_superuser", "quiet_mode", "date_joined"]
    search_fields = ["email", "display_name"]
    readonly_fields = ["date_joined", "last_login", "calendar_token", "two_factor_due_at"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Profile", {"fields": ["display_name", "timezone"]}),
        (
            "Preferences",
            {"fields": ["quiet_mode", "reminder_minutes", "reminder_names_group"]},
        ),
        (
            "Permissions",
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (
            "Dates and feeds",
            {"fields": ["date_joined", "last_login", "calendar_token", "two_factor_due_at"]},
        ),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "display_name", "password1", "password2"],
            },
        )
    ]
    filter_horizontal = ["groups", "user_permissions"]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        # New staff are asked for two-factor at once (and no longer once they are not).
        two_factor_review(user=obj)
        if change and "is_active" in form.changed_data and not obj.is_active:
            # A socket is signed in once, at its handshake: close the deactivated person's.
            with in_language_of(obj):
                reason = gettext("Your account was deactivated.")
            sockets_close(user_id=obj.pk, reason=reason)

    def delete_model(self, request, obj) -> None:
        with transaction.atomic():
            with in_language_of(obj):
                reason = gettext("Your account was deleted.")
            sockets_close(user_id=obj.pk, reason=reason)
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset) -> None:
        with transaction.atomic():
            for user in queryset:
                self.delete_model(request, user)


# allauth's own admin for sessions searches by username, which Kindred's people do not have.
admin.site.unregister(UserSession)


@admin.register(UserSession)
class SessionAdmin(UserSessionAdmin):
    search_fields = ["user__email", "user__display_name", "ip"]
