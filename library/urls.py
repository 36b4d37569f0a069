from django.urls import path

from library import views

app_name = "library"

urlpatterns = [
    path("groups/<slug:group_slug>/library/", views.library_index, name="index"),
    path("groups/<slug:group_slug>/library/new/", views.item_create, name="create"),
    path("groups/<slug:group_slug>/library/daily/", views.daily_readings, name="daily"),
    path("groups/<slug:group_slug>/library/quietly/", views.read_quietly, name="read_quietly"),
    path("groups/<slug:group_slug>/library/scripts/", views.scripts, name="scripts"),
    path(
        "groups/<slug:group_slug>/library/scripts/<int:pk>/",
        views.script_edit,
        name="script_edit",
    ),
    path("groups/<slug:group_slug>/library/<slug:item_slug>/", views.item_detail, name="item"),
    path("groups/<slug:group_slug>/library/<slug:item_slug>/edit/", views.item_edit, name="edit"),
    path(
        "groups/<slug:group_slug>/library/<slug:item_slug>/print/",
        views.item_print,
        name="print",
    ),
    path("meetings/room/<int:pk>/readings/", views.readings, name="readings"),
    path(
        "meetings/series/<int:series_pk>/<str:key>/readings/",
        views.read_quietly_at,
        name="readings_at",
    ),
]
