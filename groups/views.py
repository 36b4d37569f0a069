from django.shortcuts import render


def home(request):
    return render(request, "home.html", {})


def directory(request):
    return render(request, "groups/group_list.html", {})


def group_detail(request, slug):
    return render(request, "groups/group_detail.html", {})


def invite(request, token):
    return render(request, "groups/invite.html", {})
