"""Site staff read moderation records here; nobody edits the audit log, not even staff.

The admin of groups, memberships and bans is here too, not in groups/admin.py: what staff
change there goes through moderation.staff, which writes the group's audit log and closes
or refreshes the person's live sockets, and groups sits below moderation.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import transaction

from groups.models import Ban, Group, Invite, JoinRequest, Membership
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
from moderation.staff import (
    staff_ban_delete,
    staff_ban_save,
    staff_group_delete,
    staff_group_save,
    staff_membership_delete,
    staff_membership_save,
)


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


# --- Groups, memberships and bans ---------------------------------------------------------


class StaffServiceAdmin(admin.ModelAdmin):
    """Saves and deletes go through ``save`` and ``delete`` (moderation.staff services),
    one object at a time, so bulk deletes are audited and reach live sockets too."""

    def save(self, request, obj, *, change: bool, changed: list[str]) -> None:
        raise NotImplementedError

    def delete(self, request, obj) -> None:
        raise NotImplementedError

    def save_model(self, request, obj, form, change):
        self.save(request, obj, change=change, changed=list(form.changed_data) if change else [])

    def delete_model(self, request, obj):
        self.delete(request, obj)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            for obj in queryset:
                self.delete(request, obj)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]
    fields = ["user", "role", "joined_at", "guidelines_accepted_at"]


@admin.register(Group)
class GroupAdmin(StaffServiceAdmin):
    list_display = ["name", "slug", "visibility", "join_policy", "topic", "language", "capacity"]
    list_filter = ["visibility", "join_policy", "language", "library_public"]
    search_fields = ["name", "slug", "topic"]
    prepopulated_fields = {"slug": ["name"]}
    date_hierarchy = "created_at"
    inlines = [MembershipInline]

    def save(self, request, obj, *, change, changed):
        staff_group_save(staff=request.user, group=obj, change=change, changed=changed)

    def delete(self, request, obj):
        staff_group_delete(staff=request.user, group=obj)

    def save_formset(self, request, form, formset, change):
        """The group's memberships, edited inline, go through the membership services."""
        with transaction.atomic():
            memberships = formset.save(commit=False)
            for membership in formset.deleted_objects:
                staff_membership_delete(staff=request.user, membership=membership)
            changed = {obj.pk: fields for obj, fields in formset.changed_objects}
            for membership in memberships:
                staff_membership_save(
                    staff=request.user,
                    membership=membership,
                    change=membership.pk in changed,
                    changed=changed.get(membership.pk, []),
                )
            formset.save_m2m()


@admin.register(Membership)
class MembershipAdmin(StaffServiceAdmin):
    list_display = ["user", "group", "role", "joined_at"]
    list_filter = ["role"]
    search_fields = ["user__display_name", "user__email", "group__name", "group__slug"]
    list_select_related = ["user", "group"]
    raw_id_fields = ["user"]
    autocomplete_fields = ["group"]

    def save(self, request, obj, *, change, changed):
        staff_membership_save(staff=request.user, membership=obj, change=change, changed=changed)

    def delete(self, request, obj):
        staff_membership_delete(staff=request.user, membership=obj)


@admin.register(Ban)
class BanAdmin(StaffServiceAdmin):
    list_display = ["user", "group", "created_at", "expires_at", "lifted_at", "created_by"]
    list_filter = ["lifted_at", "expires_at"]
    search_fields = ["user__display_name", "user__email", "group__name", "reason"]
    list_select_related = ["user", "group", "created_by"]
    raw_id_fields = ["user", "lifted_by"]
    autocomplete_fields = ["group"]
    readonly_fields = ["created_at", "created_by"]

    def save(self, request, obj, *, change, changed):
        staff_ban_save(staff=request.user, ban=obj, change=change, changed=changed)

    def delete(self, request, obj):
        staff_ban_delete(staff=request.user, ban=obj)


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    list_display = ["user", "group", "kind", "role", "status", "created_at", "decided_at"]
    list_filter = ["status", "kind"]
    search_fields = ["user__display_name", "user__email", "group__name"]
    list_select_related = ["user", "group"]
    raw_id_fields = ["user", "decided_by"]
    autocomplete_fields = ["group"]


@admin.register(Invite)
class InviteAdmin(admin.ModelAdmin):
    list_display = ["group", "role", "uses", "max_uses", "expires_at", "revoked_at", "created_by"]
    list_filter = ["role", "revoked_at"]
    search_fields = ["group__name", "token"]
    list_select_related = ["group", "created_by"]
    autocomplete_fields = ["group"]
    readonly_fields = ["token", "uses", "created_by"]

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
