from django.urls import path

from accounts import views
from accounts.notifications.urls import account_urlpatterns as notification_urls

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    *notification_urls,
]
