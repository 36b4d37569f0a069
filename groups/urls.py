from django.urls import path

from groups import views, views_members

app_name = "groups"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("new/", views.group_create, name="create"),
    path("invite/<str:token>/", views.invite_landing, name="invite"),
    path("<slug:slug>/", views.group_detail, name="detail"),
    path("<slug:slug>/edit/", views.group_edit, name="edit"),
    path("<slug:slug>/delete/", views.group_delete, name="delete"),
    path("<slug:slug>/join/", views.group_join, name="join"),
    path("<slug:slug>/request/withdraw/", views.join_request_withdraw, name="request_withdraw"),
    path("<slug:slug>/leave/", views.membership_leave, name="leave"),
    path("<slug:slug>/step-back/", views.member_step_back, name="step_back"),
    path("<slug:slug>/step-up/", views.reader_step_up, name="step_up"),
    path("<slug:slug>/members/", views_members.member_list, name="members"),
    path("<slug:slug>/members/<int:user_id>/role/", views_members.member_role, name="member_role"),
    path(
        "<slug:slug>/members/<int:user_id>/remove/",
        views_members.member_remove,
        name="member_remove",
    ),
    path(
        "<slug:slug>/requests/<int:pk>/approve/",
        views_members.join_request_approve,
        name="request_approve",
    ),
    path(
        "<slug:slug>/requests/<int:pk>/decline/",
        views_members.join_request_decline,
        name="request_decline",
    ),
    path("<slug:slug>/invites/new/", views_members.invite_create, name="invite_create"),
    path("<slug:slug>/invites/<int:pk>/revoke/", views_members.invite_revoke, name="invite_revoke"),
    path("<slug:slug>/transfer/", views_members.ownership_transfer, name="transfer"),
]
