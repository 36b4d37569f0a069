from django.urls import path

from moderation import views, views_checkins

app_name = "moderation"

_g = "groups/<slug:slug>/moderation/"

urlpatterns = [
    path("accounts/export/", views.account_export_view, name="export"),
    path("accounts/delete/", views.account_delete_view, name="account_delete"),
    path("moderation/", views.moderation_home, name="home"),
    path(_g, views.queue, name="queue"),
    path(_g + "review/<int:pk>/", views.review_resolve, name="resolve"),
    path(_g + "members/", views.members, name="members"),
    path(_g + "members/mute/", views.member_mute, name="mute"),
    path(_g + "members/<int:user_id>/unmute/", views.member_unmute, name="unmute"),
    path(_g + "members/ban/", views.member_ban, name="ban"),
    path(_g + "members/<int:user_id>/lift-ban/", views.ban_lift, name="ban_lift"),
    path(
        _g + "members/<int:user_id>/remove-messages/",
        views.member_messages_purge,
        name="messages_purge",
    ),
    path(_g + "audit/", views.audit, name="audit"),
    path(_g + "rules/", views.rules, name="rules"),
    path(_g + "rules/<int:pk>/toggle/", views.rule_toggle, name="rule_toggle"),
    path(_g + "rules/<int:pk>/edit/", views.rule_edit, name="rule_edit"),
    path(_g + "rules/<int:pk>/delete/", views.rule_delete, name="rule_delete"),
    path(_g + "rules/sets/<slug:category>/", views.rule_set_change, name="rule_set"),
    path(_g + "rules/try/", views.rule_try, name="rule_try"),
    path(_g + "allowed/<int:pk>/remove/", views.allowed_term_remove, name="allowed_remove"),
    path(_g + "retention/", views.retention, name="retention"),
    path(_g + "alerts/", views.alerts, name="alerts"),
    path(_g + "alerts/<int:pk>/acknowledge/", views.alert_acknowledge, name="alert_acknowledge"),
    path(
        _g + "alerts/<int:pk>/check-in/",
        views_checkins.check_in_from_alert,
        name="check_in_from_alert",
    ),
    path(
        _g + "audit/<int:pk>/check-in/",
        views_checkins.check_in_from_action,
        name="check_in_from_action",
    ),
    path("check-ins/", views_checkins.check_in_list, name="check_ins"),
    path("check-ins/<int:pk>/", views_checkins.check_in_detail, name="check_in"),
    path("check-ins/<int:pk>/reply/", views_checkins.check_in_reply, name="check_in_reply"),
    path("check-ins/<int:pk>/close/", views_checkins.check_in_close, name="check_in_close"),
]
