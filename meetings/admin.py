from django.contrib import admin

from meetings.models import GroupReminderPreference, MeetingSeries, Occurrence, ReminderSent, Rsvp


@admin.register(MeetingSeries)
class MeetingSeriesAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "group",
        "frequency",
        "start_time",
        "start_date",
        "end_date",
        "is_open",
    ]
    list_filter = ["frequency", "format", "is_open"]
    search_fields = ["title", "group__name", "group__slug"]
    raw_id_fields = ["group", "chair"]
    list_select_related = ["group"]


@admin.register(Occurrence)
class OccurrenceAdmin(admin.ModelAdmin):
    list_display = ["series", "start", "end", "cancelled", "started_at", "ended_at"]
    list_filter = ["cancelled"]
    search_fields = ["series__title", "series__group__name"]
    raw_id_fields = ["series", "chair"]
    date_hierarchy = "start"
    list_select_related = ["series__group"]


@admin.register(Rsvp)
class RsvpAdmin(admin.ModelAdmin):
    list_display = ["occurrence", "user", "answer", "updated_at"]
    list_filter = ["answer"]
    raw_id_fields = ["occurrence", "user"]
    list_select_related = ["occurrence__series__group", "user"]


@admin.register(ReminderSent)
class ReminderSentAdmin(admin.ModelAdmin):
    list_display = ["occurrence", "user", "kind", "sent_at"]
    list_filter = ["kind"]
    raw_id_fields = ["occurrence", "user"]
    list_select_related = ["occurrence__series__group", "user"]


@admin.register(GroupReminderPreference)
class GroupReminderPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "group", "created_at"]
    raw_id_fields = ["user", "group"]
