from django.urls import path

from accounts.notifications import views

# Under /accounts/ (accounts.urls includes these).
account_urlpatterns = [
    path("notifications/", views.preferences, name="notifications"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("push/subscribe/", views.push_subscribe, name="push_subscribe"),
    path("push/<int:pk>/rename/", views.push_rename, name="push_rename"),
    path("push/<int:pk>/remove/", views.push_remove, name="push_remove"),
]

# At the site's root: a service worker's scope is its own path's folder.
root_urlpatterns = [
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("sw.js", views.service_worker, name="service_worker"),
    path("offline/", views.offline, name="offline"),
]
