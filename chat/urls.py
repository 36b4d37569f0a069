from django.urls import path

from chat import views

app_name = "chat"
urlpatterns = [
    path("meetings/room/<int:pk>/", views.room, name="room"),
    path("meetings/room/<int:pk>/admission/", views.room_admission, name="room_admission"),
    path("meetings/room/<int:pk>/start/", views.room_start, name="room_start"),
    path("meetings/room/<int:pk>/end/", views.room_end, name="room_end"),
]
