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


class _PersonAtOccurrenceAdmin(admin.ModelAdmin):
    """Rows that tie one person to one occurrence (answers, emails sent)."""

    raw_id_fields = ["occurrence", "user"]
    list_select_related = ["occurrence__series__group", "user"]


@admin.register(Rsvp)
class RsvpAdmin(_PersonAtOccurrenceAdmin):
    list_display = ["occurrence", "user", "answer", "updated_at"]
    list_filter = ["answer"]


@admin.register(ReminderSent)
class ReminderSentAdmin(_PersonAtOccurrenceAdmin):
    list_display = ["occurrence", "user", "kind", "sent_at"]
    list_filter = ["kind"]


@admin.register(GroupReminderPreference)
class GroupReminderPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "group", "created_at"]
    raw_id_fields = ["user", "group"]
