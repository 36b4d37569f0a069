from django.urls import path

from meetings import views, views_feeds, views_series

app_name = "meetings"

urlpatterns = [
    path("meetings/", views.my_meetings, name="mine"),
    path("meetings/meeting-guide.json", views_feeds.meeting_guide, name="meeting_guide"),
    path("meetings/feed/reset/", views.calendar_reset, name="calendar_reset"),
    path("meetings/feed/<str:token>.ics", views_feeds.personal_feed, name="personal_feed"),
    path("meetings/occurrence/<int:pk>/", views.occurrence_detail, name="occurrence"),
    path("meetings/occurrence/<int:pk>/rsvp/", views.occurrence_rsvp, name="rsvp"),
    path("meetings/occurrence/<int:pk>/cancel/", views.occurrence_cancel, name="cancel"),
    path("meetings/occurrence/<int:pk>/restore/", views.occurrence_restore, name="restore"),
    path("meetings/occurrence/<int:pk>/move/", views.occurrence_move, name="move"),
    path("meetings/occurrence/<int:pk>/note/", views.occurrence_note, name="note"),
    path("meetings/occurrence/<int:pk>/chair/", views.occurrence_chair, name="chair"),
    path("meetings/occurrence/<int:pk>/start/", views.occurrence_start, name="start"),
    path("meetings/occurrence/<int:pk>/end/", views.occurrence_end, name="end"),
    path("meetings/series/<int:pk>/edit/", views_series.series_edit, name="series_edit"),
    path("meetings/series/<int:pk>/delete/", views_series.series_delete, name="series_delete"),
    path("meetings/series/<int:pk>/room/", views.series_room, name="series_room"),
    path("meetings/series/<int:pk>/calendar.ics", views_feeds.series_ics, name="series_ics"),
    path(
        "meetings/series/<int:series_pk>/<str:key>/calendar.ics",
        views_feeds.occurrence_ics,
        name="occurrence_ics",
    ),
    path(
        "meetings/series/<int:series_pk>/<str:key>/enter/",
        views.occurrence_enter,
        name="enter",
    ),
    path(
        "meetings/series/<int:series_pk>/<str:key>/",
        views.occurrence_at,
        name="occurrence_at",
    ),
    path("groups/<slug:slug>/meetings/", views.group_schedule, name="group_schedule"),
    path("groups/<slug:slug>/meetings/new/", views_series.series_create, name="series_create"),
    path("groups/<slug:slug>/time-zone/", views_series.group_timezone, name="group_timezone"),
    path("groups/<slug:slug>/meetings/remind/", views.group_reminders, name="group_reminders"),
    path("groups/<slug:slug>/meetings.ics", views_feeds.group_feed, name="group_feed"),
]
