"""The moderator dashboard and "export my data" / "delete my account".

Each view: form -> selector -> service -> redirect or render. Every change is a POST;
refusals from services become a clear message and a 4xx (kindred.views).
"""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_http_methods, require_POST

from accounts.models import User
from groups import selectors as group_selectors
from groups.models import Group
from groups.selectors import group_with_standing
from kindred.errors import NotFound, ServiceError
from kindred.policy import Action, Standing, allows, may_act_on, may_lift_ban
from kindred.views import handles_service_errors, service_error_response
from moderation import access, actions, purge, review, rulebook, selectors
from moderation.forms import (
    AccountDeleteForm,
    AllowedTermForm,
    BanForm,
    MuteForm,
    ResolveForm,
    RetentionForm,
    RuleForm,
    RuleSetForm,
    TrySentenceForm,
)
from moderation.models import AllowedTerm, CrisisAlert, ReviewItem, Rule
from moderation.privacy import account_delete, account_export

AUDIT_PAGE_SIZE = 50


def _moderate(request: HttpRequest, slug: str):
    return group_with_standing(user=request.user, slug=slug, action=Action.MODERATE)


def _context(request, group, standing, tab: str, **extra) -> dict:
    return {
        "group": group,
        "standing": standing,
        "tab": tab,
        "may_manage_members": allows(standing, Action.MANAGE_MEMBERS),
        "review_count": selectors.review_count(group=group),
        "alert_count": selectors.open_crisis_alerts(group=group).count(),
        **extra,
    }


def _moderator_post(view):
    """A dashboard change: signed in, POST only, refusals become a message and a 4xx."""
    return login_required(require_POST(handles_service_errors(view)))


def _moderator_form(view):
    """A dashboard page with a form: signed in, GET or POST, refusals become a 4xx."""
    return login_required(require_http_methods(["GET", "POST"])(handles_service_errors(view)))


def _member_action(service, done, name: str, *, form_class=None, refusal=None, fields=None):
    """A dashboard change on one person: ``service`` acts, ``done(user, result)`` says so.
    The person is in the URL, or with ``form_class`` in the form, whose invalid data gets
    ``refusal()`` and whose ``fields(cleaned_data)`` go to the service."""

    def view(request: HttpRequest, slug: str, user_id: int | None = None) -> HttpResponse:
        group, _ = _moderate(request, slug)
        data = {"user_id": user_id}
        if form_class is not None:
            form = form_class(request.POST)
            if not form.is_valid():
                return service_error_response(request, refusal())
            data = form.cleaned_data
        user = _member(group, data["user_id"])
        extra = fields(data) if fields is not None else {}
        result = service(actor=request.user, group=group, user=user, **extra)
        messages.success(request, done(user, result))
        return redirect("moderation:members", slug=group.slug)

    view.__name__ = view.__qualname__ = name
    return _moderator_post(view)


def _item_action(model, service, done, to: str, name: str):
    """A dashboard change on one of the group's rows (``model``, by pk): ``service(actor,
    item)`` acts, ``done(item)`` says so, and the page goes back to ``to``."""

    def view(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
        group, _ = _moderate(request, slug)
        item = selectors.group_item_get(model, group=group, pk=pk)
        service(request.user, item)
        messages.success(request, done(item))
        return redirect(to, slug=group.slug)

    view.__name__ = view.__qualname__ = name
    return _moderator_post(view)


@login_required
def moderation_home(request: HttpRequest) -> HttpResponse:
    """The groups this person moderates, with their open review counts."""
    groups = selectors.moderated_groups(user=request.user)
    return render(request, "moderation/moderation_home.html", {"groups": groups})


@login_required
@handles_service_errors
def queue(request: HttpRequest, slug: str) -> HttpResponse:
    group, standing = _moderate(request, slug)
    items = list(selectors.review_queue(group=group))
    return render(
        request,
        "moderation/queue_list.html",
        _context(request, group, standing, "queue", items=items, form=ResolveForm()),
    )


@_moderator_post
def review_resolve(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    group, _ = _moderate(request, slug)
    item = selectors.group_item_get(ReviewItem, group=group, pk=pk)
    form = ResolveForm(request.POST)
    if not form.is_valid():
        return service_error_response(
            request, ServiceError(gettext("Please choose what to do, with valid numbers."))
        )
    data = form.cleaned_data
    review.review_resolve(
        actor=request.user,
        item=item,
        decision=data["decision"],
        note=data["note"],
        mute_minutes=data["mute_minutes"],
        ban_days=data["ban_days"],
    )
    messages.success(request, gettext("Done."))
    return redirect("moderation:queue", slug=group.slug)


@login_required
@handles_service_errors
def members(request: HttpRequest, slug: str) -> HttpResponse:
    group, standing = _moderate(request, slug)
    now = timezone.now()
    people = selectors.group_people(group=group)
    for person in people:
        person.may_act = may_act_on(
            standing, target=Standing(group=group, user_id=person.user_id, role=person.role)
        )
    bans = list(selectors.group_bans(group=group, at=now))
    for ban in bans:
        ban.may_lift = may_lift_ban(standing, target_role=ban.member_role)
    return render(
        request,
        "moderation/member_list.html",
        _context(
            request,
            group,
            standing,
            "members",
            now=now,
            people=people,
            mutes=selectors.group_mutes(group=group, at=now),
            bans=bans,
            mute_form=MuteForm(),
            ban_form=BanForm(),
        ),
    )


def _member(group: Group, user_id) -> User:
    if not isinstance(user_id, int):
        raise NotFound(gettext("There is no such person in this group."), code="no_such_person")
    return group_selectors.member_get(group=group, user_id=user_id)


member_mute = _member_action(
    actions.member_mute,
    lambda user, _: gettext("%(display_name)s is muted.") % {"display_name": user.display_name},
    "member_mute",
    form_class=MuteForm,
    refusal=lambda: ServiceError(
        gettext("Minutes must be from 1 to %(MUTE_MAX_MINUTES)s.")
        % {"MUTE_MAX_MINUTES": access.MUTE_MAX_MINUTES},
        code="invalid",
    ),
    fields=lambda data: {"minutes": data["minutes"], "reason": data["reason"]},
)

member_ban = _member_action(
    actions.member_ban,
    lambda user, _: (
        gettext("%(display_name)s is banned from the group.") % {"display_name": user.display_name}
    ),
    "member_ban",
    form_class=BanForm,
    refusal=lambda: ServiceError(
        gettext("A ban needs a reason, and days from 1 to 3650 if given.")
    ),
    fields=lambda data: {
        "reason": data["reason"],
        "days": data["days"],
        "remove_recent_messages": data["remove_messages"],
    },
)


member_unmute = _member_action(
    actions.member_unmute,
    lambda user, _: (
        gettext("%(display_name)s may post again.") % {"display_name": user.display_name}
    ),
    "member_unmute",
)

# Remove a person's messages from the group's meetings of the last 30 days.
member_messages_purge = _member_action(
    purge.member_messages_purge,
    lambda user, count: (
        ngettext(
            "Removed %(count)s message by %(display_name)s from the meetings of the last 30 days.",
            "Removed %(count)s messages by %(display_name)s from the meetings of the last 30 days.",
            count,
        )
        % {"count": count, "display_name": user.display_name}
    ),
    "member_messages_purge",
)

ban_lift = _member_action(
    actions.ban_lift,
    lambda user, _: (
        gettext("%(display_name)s's ban is lifted.") % {"display_name": user.display_name}
    ),
    "ban_lift",
)


@login_required
@handles_service_errors
def audit(request: HttpRequest, slug: str) -> HttpResponse:
    group, standing = _moderate(request, slug)
    page = Paginator(selectors.audit_log(group=group), AUDIT_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "moderation/audit_list.html",
        _context(request, group, standing, "audit", page_obj=page, entries=page.object_list),
    )


@_moderator_form
def rules(request: HttpRequest, slug: str) -> HttpResponse:
    group, standing = _moderate(request, slug)
    form = RuleForm(request.POST if "pattern" in request.POST else None)
    term_form = AllowedTermForm(request.POST if "term" in request.POST else None)
    status = 200
    if request.method == "POST":
        try:
            if form.is_bound and form.is_valid():
                rulebook.rule_create(actor=request.user, group=group, **form.cleaned_data)
                messages.success(request, gettext("Rule added."))
                return redirect("moderation:rules", slug=group.slug)
            if term_form.is_bound and term_form.is_valid():
                rulebook.allowed_term_add(
                    actor=request.user, group=group, term=term_form.cleaned_data["term"]
                )
                messages.success(request, gettext("Allowed term added."))
                return redirect("moderation:rules", slug=group.slug)
        except ServiceError as error:
            target = form if form.is_bound else term_form
            field = "pattern" if form.is_bound else "term"
            target.add_error(field, error.detail)
        status = 400
    return _rules_page(request, group, standing, form=form, term_form=term_form, status=status)


def _rules_page(request, group, standing, *, status: int = 200, **forms) -> HttpResponse:
    forms.setdefault("form", RuleForm())
    forms.setdefault("term_form", AllowedTermForm())
    forms.setdefault("try_form", TrySentenceForm())
    return render(
        request,
        "moderation/rule_list.html",
        _context(
            request,
            group,
            standing,
            "rules",
            rules=selectors.rules_for(group=group),
            rule_sets=selectors.rule_sets_for(group=group),
            allowed_terms=selectors.allowed_terms_for(group=group),
            **forms,
        ),
        status=status,
    )


@_moderator_post
def rule_try(request: HttpRequest, slug: str) -> HttpResponse:
    """Try a sentence: what the group's rules would do with it, and why. Nothing is stored."""
    group, standing = _moderate(request, slug)
    try_form = TrySentenceForm(request.POST)
    if not try_form.is_valid():
        return _rules_page(request, group, standing, try_form=try_form, status=400)
    sentence = try_form.cleaned_data["sentence"]
    verdict = selectors.try_sentence(group=group, sentence=sentence)
    return _rules_page(request, group, standing, try_form=try_form, verdict=verdict)


@_moderator_form
def rule_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    group, standing = _moderate(request, slug)
    rule = selectors.group_item_get(Rule, group=group, pk=pk)
    initial = {"pattern": rule.pattern, "kind": rule.kind, "action": rule.action}
    form = RuleForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            rulebook.rule_update(actor=request.user, rule=rule, **form.cleaned_data)
        except ServiceError as error:
            form.add_error("pattern", error.detail)
        else:
            messages.success(request, gettext("Rule changed."))
            return redirect("moderation:rules", slug=group.slug)
    return render(
        request,
        "moderation/rule_form.html",
        _context(request, group, standing, "rules", form=form, rule=rule),
        status=400 if request.method == "POST" else 200,
    )


@_moderator_post
def rule_set_change(request: HttpRequest, slug: str, category: str) -> HttpResponse:
    group, standing = _moderate(request, slug)
    form = RuleSetForm(request.POST)
    if not form.is_valid():
        messages.error(request, gettext("Choose what the rule set does."))
        return redirect("moderation:rules", slug=group.slug)
    try:
        rulebook.rule_set_change(
            actor=request.user, group=group, category=category, **form.cleaned_data
        )
    except ServiceError as error:
        messages.error(request, error.detail)
        return _rules_page(request, group, standing, status=400)
    messages.success(request, gettext("Rule set saved."))
    return redirect("moderation:rules", slug=group.slug)


def _rule_toggled(rule: Rule) -> str:
    if not rule.enabled:
        return gettext("Rule “%(pattern)s” turned on.") % {"pattern": rule.pattern}
    return gettext("Rule “%(pattern)s” turned off.") % {"pattern": rule.pattern}


rule_delete = _item_action(
    Rule,
    lambda actor, rule: rulebook.rule_delete(actor=actor, rule=rule),
    lambda rule: gettext("Rule “%(pattern)s” deleted.") % {"pattern": rule.pattern},
    "moderation:rules",
    "rule_delete",
)
rule_toggle = _item_action(
    Rule,
    lambda actor, rule: rulebook.rule_set_enabled(actor=actor, rule=rule, enabled=not rule.enabled),
    _rule_toggled,
    "moderation:rules",
    "rule_toggle",
)
allowed_term_remove = _item_action(
    AllowedTerm,
    lambda actor, term: rulebook.allowed_term_remove(actor=actor, term=term),
    lambda term: gettext("“%(term)s” is no longer allowed.") % {"term": term.term},
    "moderation:rules",
    "allowed_term_remove",
)


@_moderator_form
def retention(request: HttpRequest, slug: str) -> HttpResponse:
    group, standing = _moderate(request, slug)
    form = RetentionForm(
        request.POST if request.method == "POST" else None,
        initial={"hours": group.chat_retention_hours},
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                rulebook.retention_set(
                    actor=request.user, group=group, hours=form.cleaned_data["hours"]
                )
            except ServiceError as error:
                form.add_error("hours", error.detail)
            else:
                messages.success(request, gettext("Retention saved."))
                return redirect("moderation:retention", slug=group.slug)
        status = 400
    return render(
        request,
        "moderation/retention_form.html",
        _context(request, group, standing, "retention", form=form),
        status=status,
    )


@login_required
@handles_service_errors
def alerts(request: HttpRequest, slug: str) -> HttpResponse:
    group, standing = _moderate(request, slug)
    return render(
        request,
        "moderation/alert_list.html",
        _context(
            request, group, standing, "alerts", alerts=selectors.open_crisis_alerts(group=group)
        ),
    )


alert_acknowledge = _item_action(
    CrisisAlert,
    lambda actor, alert: review.crisis_alert_acknowledge(actor=actor, alert=alert),
    lambda alert: gettext("Alert acknowledged."),
    "moderation:alerts",
    "alert_acknowledge",
)


# --- Your data ----------------------------------------------------------------------------


@login_required
def account_export_view(request: HttpRequest) -> HttpResponse:
    data = account_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="kindred-my-data.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def account_delete_view(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_valid() and not request.user.check_password(form.cleaned_data["password"]):
            form.add_error("password", gettext("That password is not right."))
        if form.is_valid():
            user = request.user
            try:
                account_delete(user=user)
            except ServiceError as error:
                form.add_error(None, error.detail)
            else:
                logout(request)
                messages.success(request, gettext("Your account is deleted. Take care."))
                return redirect("home")
        status = 400
    return render(request, "moderation/account_delete.html", {"form": form}, status=status)
