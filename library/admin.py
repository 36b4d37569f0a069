from django.contrib import admin

from library import models


@admin.register(models.LibraryItem)
class LibraryItemAdmin(admin.ModelAdmin):
    list_display = ["title", "group", "category", "status", "visibility", "order", "updated_at"]
    list_filter = ["status", "category", "visibility"]
    search_fields = ["title", "group__name"]
    list_select_related = ["group"]
    raw_id_fields = ["group", "created_by"]
    prepopulated_fields = {"slug": ["title"]}


class ScriptSectionInline(admin.TabularInline):
    model = models.ScriptSection
    extra = 0
    raw_id_fields = ["library_item"]
    fields = ["order", "kind", "title", "library_item", "who_may_post", "text"]


@admin.register(models.Script)
class ScriptAdmin(admin.ModelAdmin):
    list_display = ["title", "group", "updated_at"]
    search_fields = ["title", "group__name"]
    list_select_related = ["group"]
    raw_id_fields = ["group"]
    inlines = [ScriptSectionInline]


@admin.register(models.SeriesScript)
class SeriesScriptAdmin(admin.ModelAdmin):
    list_display = ["series", "script"]
    list_select_related = ["series__group", "script"]
    raw_id_fields = ["series", "script"]


@admin.register(models.DailyReading)
class DailyReadingAdmin(admin.ModelAdmin):
    list_display = ["date", "group", "item"]
    list_filter = ["date"]
    list_select_related = ["group", "item"]
    raw_id_fields = ["group", "item"]
    date_hierarchy = "date"


@admin.register(models.LiveSection)
class LiveSectionAdmin(admin.ModelAdmin):
    list_display = ["occurrence", "section", "changed_at", "changed_by"]
    list_select_related = ["occurrence__series", "section", "changed_by"]
    raw_id_fields = ["occurrence", "section", "changed_by"]


@admin.register(models.ReadingProgress)
class ReadingProgressAdmin(admin.ModelAdmin):
    list_display = ["user", "item", "read_at"]
    list_select_related = ["user", "item"]
    raw_id_fields = ["user", "item"]
