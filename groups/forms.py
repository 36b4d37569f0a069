"""Forms check the shape of input; the services in groups/services.py do the work."""

from datetime import timedelta

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts.forms import timezone_choices
from groups.models import Group, Role
from groups.services import EDITABLE_FIELDS, INVITE_MAX_USES, RESERVED_SLUGS
from kindred.forms import NameField, SingleLineField
from kindred.languages import language_choices


class GroupForm(forms.ModelForm):
    class Meta:
        model = Group
        fields = list(EDITABLE_FIELDS)
        field_classes = {"name": NameField, "topic": SingleLineField}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "guidelines": forms.Textarea(attrs={"rows": 8}),
            "crisis_resources": forms.Textarea(attrs={"rows": 4}),
            "visibility": forms.RadioSelect,
            "join_policy": forms.RadioSelect,
        }
        labels = {
            "name": gettext_lazy("Name"),
            "slug": gettext_lazy("Slug"),
            "description": gettext_lazy("Description"),
            "guidelines": gettext_lazy("Guidelines"),
            "topic": gettext_lazy("Topic"),
            "language": gettext_lazy("Language"),
            "visibility": gettext_lazy("Visibility"),
            "join_policy": gettext_lazy("Join policy"),
            "capacity": gettext_lazy("Capacity"),
            "library_public": gettext_lazy("Library public"),
            "allow_step_back": gettext_lazy("Allow step back"),
            "chat_retention_hours": gettext_lazy("Chat retention hours"),
            "new_member_hold_count": gettext_lazy("New member hold count"),
            "link_hold_days": gettext_lazy("Link hold days"),
            "crisis_resources": gettext_lazy("Crisis resources"),
        }
        help_texts = {
            "slug": gettext_lazy(
                "The group's address: /groups/<this>/. Letters, numbers and hyphens. "
                "Leave empty to make one from the name."
            ),
        }

    timezone = forms.ChoiceField(
        label=gettext_lazy("Time zone"),
        choices=timezone_choices,
        initial="UTC",
        error_messages={
            "invalid_choice": gettext_lazy("Choose the group's time zone from the list.")
        },
        help_text=gettext_lazy(
            "Where the group meets: its meetings keep their local time in this zone. "
            "Type a city's name to find it."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A new group may leave the slug empty: one is made from the name.
        self.fields["slug"].required = self.instance.pk is not None
        if self.instance.pk is not None:
            # An existing group changes its zone on its own page, which first shows what
            # becomes of each meeting (meetings.views.group_timezone).
            del self.fields["timezone"]

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(_("That address is reserved; please choose another."))
        return slug


class JoinForm(forms.Form):
    accept_guidelines = forms.BooleanField(
        label=gettext_lazy("I accept the guidelines"),
        error_messages={
            "required": gettext_lazy("Please read and accept the group's guidelines first.")
        },
    )


class AskToJoinForm(JoinForm):
    message = forms.CharField(
        label=gettext_lazy("A message for the moderators (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Up to 500 characters. Only the group's moderators see it."),
    )

    field_order = ["message", "accept_guidelines"]


class StepUpForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("A message for the moderators (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def invite_expiry_choices() -> list[tuple[str, str]]:
    """How long an invite link works, in the page's language (so built on each render)."""
    return [
        (str(days), ngettext("%(count)d day", "%(count)d days", days) % {"count": days})
        for days in (1, 7, 30, 90)
    ]


class InviteForm(forms.Form):
    role = forms.ChoiceField(
        label=gettext_lazy("Role"),
        choices=[(Role.MEMBER, gettext_lazy("Member")), (Role.READER, gettext_lazy("Reader"))],
        initial=Role.MEMBER,
    )
    expires_in_days = forms.TypedChoiceField(
        label=gettext_lazy("Expires after"), choices=invite_expiry_choices, coerce=int, initial="7"
    )
    max_uses = forms.IntegerField(
        label=gettext_lazy("How many people can use it"),
        min_value=1,
        max_value=INVITE_MAX_USES,
        initial=1,
    )

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        return {
            "role": data["role"],
            "expires_in": timedelta(days=data["expires_in_days"]),
            "max_uses": data["max_uses"],
        }


class RoleForm(forms.Form):
    role = forms.ChoiceField(
        label=gettext_lazy("Role"),
        choices=[
            (Role.READER, gettext_lazy("Reader")),
            (Role.MEMBER, gettext_lazy("Member")),
            (Role.MODERATOR, gettext_lazy("Moderator")),
        ],
    )


class TransferForm(forms.Form):
    new_owner = forms.TypedChoiceField(label=gettext_lazy("New owner"), coerce=int)
    confirm = forms.BooleanField(
        label=gettext_lazy("I understand I will no longer own this group"),
        error_messages={"required": gettext_lazy("Please confirm the handover.")},
    )

    def __init__(self, *args, members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_owner"].choices = [
            (m.user_id, m.display_name) for m in members if m.role != Role.OWNER
        ]


class DirectorySearchForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Name or topic"), required=False, max_length=80)
    topic = forms.CharField(label=gettext_lazy("Topic"), required=False, max_length=60)
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        required=False,
        choices=lambda: [("", _("Any language")), *language_choices()],
        error_messages={"invalid_choice": gettext_lazy("Choose a language from the list.")},
    )
