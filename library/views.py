"""Library pages: thin adapters from requests to library.selectors and library.services."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from groups import selectors as group_selectors
from groups.models import Group
from groups.selectors import join_request_pending_for
from kindred.errors import NotAllowed, ServiceError
from kindred.forms import attach_error
from kindred.policy import Action, allows, may_step_up
from kindred.views import handles_service_errors
from library import selectors, services
from library.forms import (
    DailyReadingForm,
    LibraryItemForm,
    LibrarySearchForm,
    NewScriptForm,
    ScriptForm,
    SectionFormSet,
)
from library.models import Category
from meetings import occurrences as meeting_occurrences
from meetings import selectors as meeting_selectors


def _group(slug: str) -> Group:
    return group_selectors.group_by_slug(slug=slug)


def _access(request: HttpRequest, group_slug: str, *, edit: bool = False):
    """The group and what this person may do in its library; ``edit`` refuses anyone who
    may not edit it."""
    group = _group(group_slug)
    access = selectors.library_access(user=request.user, group=group)
    if edit and not access.may_edit:
        raise NotAllowed()
    return group, access


@handles_service_errors
def library_index(request: HttpRequest, group_slug: str) -> HttpResponse:
    group, access = _access(request, group_slug)
    search = LibrarySearchForm(request.GET or None)
    query = category = ""
    if search.is_valid():
        query, category = search.cleaned_data["q"], search.cleaned_data["category"]
    items = list(selectors.library_items_list(access=access, query=query, category=category))
    context = {
        "group": group,
        "access": access,
        "search": search,
        "query": query,
        "items": items,
        "last_read": selectors.last_read_for(access=access) if not query else None,
        "daily_reading": selectors.daily_reading_for(
            group=group, user=request.user, standing=access.standing
        ),
        "categories": dict(Category.choices),
    }
    return render(request, "library/library_index.html", context)


@handles_service_errors
def item_detail(request: HttpRequest, group_slug: str, item_slug: str) -> HttpResponse:
    group, access = _access(request, group_slug)
    item = selectors.library_item_get(access=access, slug=item_slug)
    if item.is_published:
        services.reading_progress_record(user=request.user, item=item)
    return render(
        request, "library/item_detail.html", {"group": group, "access": access, "item": item}
    )


@handles_service_errors
def item_print(request: HttpRequest, group_slug: str, item_slug: str) -> HttpResponse:
    group, access = _access(request, group_slug)
    item = selectors.library_item_get(access=access, slug=item_slug)
    return render(request, "library/item_print.html", {"group": group, "item": item})


def _edit(request: HttpRequest, group: Group, access, item=None) -> HttpResponse:
    if not access.may_edit:
        raise NotAllowed()
    preview = None
    if request.method == "POST":
        form = LibraryItemForm(request.POST)
        if form.is_valid():
            if "preview" in request.POST:
                preview = form.cleaned_data["body"]
            else:
                try:
                    if item is None:
                        item = services.library_item_create(
                            actor=request.user, group=group, **form.cleaned_data
                        )
                    else:
                        item = services.library_item_update(
                            actor=request.user, item=item, **form.cleaned_data
                        )
                except NotAllowed:
                    raise
                except ServiceError as exc:
                    attach_error(form, exc)
                else:
                    messages.success(request, gettext("Saved “%(title)s”.") % {"title": item.title})
                    return redirect(item.get_absolute_url())
    else:
        form = LibraryItemForm(initial=LibraryItemForm.initial_for(item) if item else None)
    return render(
        request,
        "library/item_form.html",
        {"group": group, "access": access, "item": item, "form": form, "preview": preview},
    )


@handles_service_errors
@require_http_methods(["GET", "POST"])
def item_create(request: HttpRequest, group_slug: str) -> HttpResponse:
    group, access = _access(request, group_slug)
    return _edit(request, group, access)


@handles_service_errors
@require_http_methods(["GET", "POST"])
def item_edit(request: HttpRequest, group_slug: str, item_slug: str) -> HttpResponse:
    group, access = _access(request, group_slug, edit=True)
    item = selectors.library_item_get(access=access, slug=item_slug)
    return _edit(request, group, access, item)


@handles_service_errors
@require_http_methods(["GET", "POST"])
def daily_readings(request: HttpRequest, group_slug: str) -> HttpResponse:
    """Moderators give dates their reading; everyone who reads sees the days ahead."""
    group, access = _access(request, group_slug, edit=True)
    items = selectors.library_items_list(access=access)
    form = DailyReadingForm(request.POST or None, items=items)
    if request.method == "POST" and form.is_valid():
        try:
            services.daily_reading_set(
                actor=request.user,
                group=group,
                on=form.cleaned_data["date"],
                item=form.cleaned_data["item"],
            )
        except NotAllowed:
            raise
        except ServiceError as exc:
            form.add_error(None, exc.detail)
        else:
            messages.success(request, gettext("The daily reading is saved."))
            return redirect("library:daily", group_slug=group.slug)
    today = selectors.viewer_today(user=request.user, group=group)
    context = {
        "group": group,
        "access": access,
        "form": form,
        "today": today,
        "upcoming": selectors.daily_readings_upcoming(group=group, start=today),
    }
    return render(request, "library/daily_readings.html", context)


@handles_service_errors
def readings(request: HttpRequest, pk: int) -> HttpResponse:
    """The live meeting's script and the chair's announcements, and never the shares."""
    view = selectors.readings_view_for(user=request.user, occurrence_id=pk)
    group = view.occurrence.series.group
    room_url = reverse("chat:room", kwargs={"pk": pk})
    step_up = may_step_up(view.standing)
    context = {
        "view": view,
        "ws_path": _room_socket_path(pk),
        # The room page takes the socket's own switch: listen=0 takes part, listen=1 listens.
        "room_url": f"{room_url}?listen=0",
        "room_url_listening": f"{room_url}?listen=1",
        "step_up_url": reverse("groups:step_up", kwargs={"slug": group.slug}),
        "may_step_up": step_up,
        "may_join": allows(view.standing, Action.JOIN),
        "pending_request": join_request_pending_for(user=request.user, group=group)
        if step_up
        else None,
    }
    return render(request, "library/meeting_readings.html", context)


def _room_socket_path(pk: int) -> str:
    # kindred/routing.py: the room consumer's route (WebSocket routes cannot be reversed).
    return f"/ws/rooms/{pk}/"


@handles_service_errors
def read_quietly(request: HttpRequest, group_slug: str) -> HttpResponse:
    """One click from the group page: the readings of the meeting that is on now, or, when
    none is, a calm page with the next meetings and the library."""
    group = _group(group_slug)
    standing = selectors.group_standing_visible(user=request.user, group=group)
    open_now, upcoming = selectors.meetings_now_and_next(group=group, user=request.user)
    if len(open_now) == 1:
        occurrence = meeting_occurrences.occurrence_materialize(
            series=open_now[0].series, original_start=open_now[0].occurrence.original_start
        )
        return redirect("library:readings", pk=occurrence.pk)
    for row in open_now:
        row.readings_url = reverse(
            "library:readings_at",
            kwargs={
                "series_pk": row.series.pk,
                "key": meeting_selectors.occurrence_key(row.occurrence.original_start),
            },
        )
    context = {
        "group": group,
        "standing": standing,
        "open_now": open_now,
        "upcoming": upcoming,
        "may_read_library": allows(standing, Action.READ_LIBRARY),
    }
    return render(request, "library/read_quietly.html", context)


@handles_service_errors
def read_quietly_at(request: HttpRequest, series_pk: int, key: str) -> HttpResponse:
    """The readings of one open meeting chosen from the list above."""
    series, _ = meeting_selectors.series_get_for_user(user=request.user, pk=series_pk)
    occurrence = meeting_occurrences.occurrence_materialize(
        series=series, original_start=meeting_selectors.parse_occurrence_key(key)
    )
    return redirect("library:readings", pk=occurrence.pk)


@handles_service_errors
@require_http_methods(["GET", "POST"])
def scripts(request: HttpRequest, group_slug: str) -> HttpResponse:
    """Moderators' list of meeting scripts, and a new one by its title."""
    group, access = _access(request, group_slug, edit=True)
    form = NewScriptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        script = services.script_create(
            actor=request.user, group=group, title=form.cleaned_data["title"], sections=[]
        )
        return redirect("library:script_edit", group_slug=group.slug, pk=script.pk)
    context = {
        "group": group,
        "access": access,
        "form": form,
        "scripts": selectors.scripts_for_group(group=group),
    }
    return render(request, "library/script_list.html", context)


@handles_service_errors
@require_http_methods(["GET", "POST"])
def script_edit(request: HttpRequest, group_slug: str, pk: int) -> HttpResponse:
    group, access = _access(request, group_slug, edit=True)
    script = selectors.script_get(group=group, pk=pk)
    items = selectors.library_items_list(access=access)
    following = [link.series for link in script.series_links.select_related("series")]
    if request.method == "POST":
        form = ScriptForm(request.POST, group=group)
        formset = SectionFormSet(request.POST, items=items, prefix="sections")
        if form.is_valid() and formset.is_valid():
            try:
                services.script_update(
                    actor=request.user,
                    script=script,
                    title=form.cleaned_data["title"],
                    sections=formset.sections(),
                )
                chosen = set(form.cleaned_data["series"])
                for series in chosen - set(following):
                    services.series_script_set(actor=request.user, series=series, script=script)
                for series in set(following) - chosen:
                    services.series_script_set(actor=request.user, series=series, script=None)
            except NotAllowed:
                raise
            except ServiceError as exc:
                form.add_error(None, exc.detail)
            else:
                messages.success(request, gettext("Saved “%(title)s”.") % {"title": script.title})
                return redirect("library:script_edit", group_slug=group.slug, pk=script.pk)
    else:
        form = ScriptForm(initial={"title": script.title, "series": following}, group=group)
        formset = SectionFormSet(
            initial=[
                {
                    "id": section.pk,
                    "kind": section.kind,
                    "title": section.title,
                    "library_item": section.library_item_id,
                    "text": section.text,
                    "who_may_post": section.who_may_post,
                }
                for section in script.sections.order_by("order", "pk")
            ],
            items=items,
            prefix="sections",
        )
    context = {
        "group": group,
        "access": access,
        "script": script,
        "form": form,
        "formset": formset,
    }
    return render(request, "library/script_form.html", context)
