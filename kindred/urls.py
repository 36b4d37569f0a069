from allauth.usersessions.views import list_usersessions
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from accounts.notifications.urls import root_urlpatterns as app_urls
from accounts.views import set_language
from groups import views as group_views
from kindred.adminauth import admin_login

# The admin signs in through allauth (rate limits, two-factor); see kindred/adminauth.py.
admin.site.login = admin_login

urlpatterns = [
    path("", group_views.home, name="home"),
    *app_urls,
    path("", include("moderation.urls")),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    # "Where you are signed in" under a name of ours: allauth's address says "sessions", and
    # no link may (tests/security/test_origin.py looks for session keys in links). Last, so
    # that reverse() finds this one.
    path("accounts/signed-in/", list_usersessions, name="usersessions_list"),
    path("groups/", include("groups.urls")),
    path("", include("library.urls")),
    path("", include("meetings.urls")),
    path("", include("chat.urls")),
    path("admin/", admin.site.urls),
    # The footer's and the profile's language picker, and the JavaScript modules' strings.
    path("i18n/setlang/", set_language, name="set_language"),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
]
