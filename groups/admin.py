"""Django admin for site staff. What staff change on a group is written to the audit log."""

from django.contrib import admin
from django.db import transaction

from groups.models import Ban, Group, Invite, JoinRequest, Membership
from groups.services import standing_recheck
from moderation.audit import audit_record


def _audit(request, *, group, action: str, target_user=None, reason: str = "") -> None:
    audit_record(
        actor=request.user,
        group=group,
        action=f"admin.{action}",
        target_user=target_user,
        reason=reason,
    )


class AuditedAdmin(admin.ModelAdmin):
    """Saves and deletes by staff go into the group's audit log, in the same transaction,
    and reach the live sockets of the person concerned (a ban closes them at once)."""

    audit_name = ""

    def _group_of(self, obj):
        return obj if isinstance(obj, Group) else obj.group

    def _target_of(self, obj):
        return getattr(obj, "user", None)

    def _recheck(self, obj) -> None:
        if (target := self._target_of(obj)) is not None:
            standing_recheck(group=self._group_of(obj), user_id=target.pk)

    def save_model(self, request, obj, form, change):
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            changed = ", ".join(form.changed_data) if change else ""
            _audit(
                request,
                group=self._group_of(obj),
                action=f"{self.audit_name}_{'change' if change else 'add'}",
                target_user=self._target_of(obj),
                reason=f"Changed: {changed}" if changed else "",
            )
            self._recheck(obj)

    def delete_model(self, request, obj):
        with transaction.atomic():
            group = self._group_of(obj)
            _audit(
                request,
                group=group,
                action=f"{self.audit_name}_delete",
                target_user=self._target_of(obj),
                reason=f"{self.audit_name} “{obj}” deleted",
            )
            super().delete_model(request, obj)
            self._recheck(obj)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            for obj in queryset:
                self.delete_model(request, obj)

    def save_formset(self, request, form, formset, change):
        with transaction.atomic():
            super().save_formset(request, form, formset, change)
            group = form.instance
            for obj in formset.new_objects:
                _audit(request, group=group, action="membership_add", target_user=obj.user)
                standing_recheck(group=group, user_id=obj.user_id)
            for obj, fields in formset.changed_objects:
                _audit(
                    request,
                    group=group,
                    action="membership_change",
                    target_user=obj.user,
                    reason=f"Changed: {', '.join(fields)}",
                )
                standing_recheck(group=group, user_id=obj.user_id)
            for obj in formset.deleted_objects:
                _audit(
                    request,
                    group=group,
                    action="membership_delete",
                    target_user=obj.user,
                )
                standing_recheck(group=group, user_id=obj.user_id)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]
    fields = ["user", "role", "joined_at", "guidelines_accepted_at"]


@admin.register(Group)
class GroupAdmin(AuditedAdmin):
    audit_name = "group"
    list_display = ["name", "slug", "visibility", "join_policy", "topic", "language", "capacity"]
    list_filter = ["visibility", "join_policy", "language", "library_public"]
    search_fields = ["name", "slug", "topic"]
    prepopulated_fields = {"slug": ["name"]}
    date_hierarchy = "created_at"
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(AuditedAdmin):
    audit_name = "membership"
    list_display = ["user", "group", "role", "joined_at"]
    list_filter = ["role"]
    search_fields = ["user__display_name", "user__email", "group__name", "group__slug"]
    list_select_related = ["user", "group"]
    raw_id_fields = ["user"]
    autocomplete_fields = ["group"]


@admin.register(Ban)
class BanAdmin(AuditedAdmin):
    audit_name = "ban"
    list_display = ["user", "group", "created_at", "expires_at", "lifted_at", "created_by"]
    list_filter = ["lifted_at", "expires_at"]
    search_fields = ["user__display_name", "user__email", "group__name", "reason"]
    list_select_related = ["user", "group", "created_by"]
    raw_id_fields = ["user", "lifted_by"]
    autocomplete_fields = ["group"]
    readonly_fields = ["created_at", "created_by"]

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


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
