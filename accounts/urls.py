from django.urls import path

from accounts import views
from accounts.notifications.urls import account_urlpatterns as notification_urls

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/hidden-topics/", views.hidden_topics, name="hidden_topics"),
    path("muted/", views.personal_mute, name="personal_mute"),
    path("muted/<int:user_id>/unmute/", views.personal_unmute, name="personal_unmute"),
    *notification_urls,
]
