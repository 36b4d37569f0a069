"""Site staff read moderation records here; nobody edits the audit log, not even staff."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from kindred.errors import ServiceError
from moderation.audit import audit_record
from moderation.models import (
    AllowedTerm,
    AuditEntry,
    CrisisAlert,
    Flag,
    MeetingRemoval,
    Mute,
    ReviewItem,
    Rule,
)
from moderation.rules import clean_pattern


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "group_name", "action", "actor", "target_user", "expires_at"]
    list_filter = ["action"]
    search_fields = ["group_name", "reason", "actor__display_name", "target_user__display_name"]
    list_select_related = ["actor", "target_user"]
    date_hierarchy = "created_at"


@admin.register(Mute)
class MuteAdmin(ReadOnlyAdmin):
    list_display = ["user", "group", "occurrence", "until", "lifted_at", "created_by"]
    list_select_related = ["user", "group", "occurrence__series", "created_by"]


@admin.register(MeetingRemoval)
class MeetingRemovalAdmin(ReadOnlyAdmin):
    list_display = ["user", "occurrence", "created_at", "created_by"]
    list_select_related = ["user", "occurrence__series", "created_by"]


@admin.register(ReviewItem)
class ReviewItemAdmin(ReadOnlyAdmin):
    list_display = ["message", "group", "held", "created_at", "resolved_at", "decision"]
    list_filter = ["held", "decision"]
    list_select_related = ["message", "group"]


@admin.register(Flag)
class FlagAdmin(ReadOnlyAdmin):
    list_display = ["message", "reason", "created_at"]
    list_filter = ["reason"]


@admin.register(CrisisAlert)
class CrisisAlertAdmin(ReadOnlyAdmin):
    list_display = ["group", "occurrence", "created_at", "acknowledged_at"]
    list_select_related = ["group", "occurrence__series"]


class StaffAuditedAdmin(admin.ModelAdmin):
    """Staff edits of a group's rules go into that group's audit log (site-wide rules into
    the log without a group)."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        audit_record(
            actor=request.user,
            group=obj.group,
            action=f"admin.{obj._meta.model_name}_{'change' if change else 'add'}",
            reason=str(obj),
        )

    def delete_model(self, request, obj):
        audit_record(
            actor=request.user,
            group=obj.group,
            action=f"admin.{obj._meta.model_name}_delete",
            reason=str(obj),
        )
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)


class RuleAdminForm(forms.ModelForm):
    class Meta:
        model = Rule
        fields = ["group", "pattern", "kind", "action", "enabled", "created_by"]

    def clean(self):
        data = super().clean()
        if data.get("pattern") is not None:
            try:
                data["pattern"] = clean_pattern(data["pattern"], kind=data.get("kind", "word"))
            except ServiceError as error:
                raise ValidationError({"pattern": error.detail}) from error
        return data


@admin.register(Rule)
class RuleAdmin(StaffAuditedAdmin):
    form = RuleAdminForm
    list_display = ["pattern", "kind", "action", "group", "enabled"]
    list_filter = ["action", "enabled", "kind"]
    search_fields = ["pattern"]
    list_select_related = ["group"]
    raw_id_fields = ["created_by"]

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(AllowedTerm)
class AllowedTermAdmin(StaffAuditedAdmin):
    list_display = ["term", "group"]
    search_fields = ["term"]
    raw_id_fields = ["created_by"]
