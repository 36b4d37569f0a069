import functools

from django import forms
from django.conf import settings
from django.utils.timezone import get_current_timezone_name
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext as _

from accounts.models import User, selectable_timezones
from accounts.names import display_name_check_reserved
from accounts.services import DISPLAY_NAME_MAX, REMINDER_MINUTES_MAX
from kindred.errors import ServiceError
from kindred.forms import NameField


class DisplayNameField(NameField):
    """The display name as sign-up and the profile both ask for it."""

    label_for_errors = gettext_lazy("A display name")

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", DISPLAY_NAME_MAX)
        kwargs.setdefault("label", gettext_lazy("Display name"))
        kwargs.setdefault(
            "help_text",
            gettext_lazy("The only name other people see. It does not need to be your real name."),
        )
        super().__init__(**kwargs)


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form: the display name others will see."""

    display_name = DisplayNameField()

    timezone = forms.ChoiceField(
        label=gettext_lazy("Time zone"),
        choices=lambda: timezone_choices(),
        required=False,
        initial="UTC",
        error_messages={"invalid_choice": gettext_lazy("Choose a time zone from the list.")},
        help_text=gettext_lazy(
            "Meeting times are shown in this zone. We filled in your device's zone."
        ),
        widget=forms.Select(attrs={"data-detect-zone": ""}),
    )

    field_order = ["email", "display_name", "password1", "password2", "timezone"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The zone this visitor's browser reported (see accounts.middleware), if any.
        current = get_current_timezone_name()
        if current in selectable_timezones():
            self.fields["timezone"].initial = current
        if self.is_bound:
            # A choice already made (the form came back with an error) is not replaced.
            self.fields["timezone"].widget.attrs["data-chosen"] = "1"

    def clean_display_name(self) -> str:
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError(_("Choose a display name."))
        try:
            display_name_check_reserved(name=name)
        except ServiceError as error:
            raise forms.ValidationError(error.detail, code=error.code) from error
        return name

    def signup(self, request, user: User) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.timezone = self.cleaned_data["timezone"] or "UTC"
        user.save(update_fields=["display_name", "timezone"])


@functools.cache
def timezone_choices() -> list[tuple[str, str]]:
    """Every zone a person or a group may choose, as a select's choices, labelled and
    ordered by the place's name so that typing a city in the select finds it."""

    def label(name: str) -> str:
        place = name.rsplit("/", 1)[-1].replace("_", " ")
        return place if name == "UTC" else f"{place} ({name})"

    return sorted(((name, label(name)) for name in selectable_timezones()), key=lambda c: c[1])


class ProfileForm(forms.Form):
    """A person's own preferences. Validation only; accounts.services.profile_update writes."""

    display_name = DisplayNameField()
    timezone = forms.ChoiceField(
        label=gettext_lazy("Time zone"),
        choices=timezone_choices,
        error_messages={"invalid_choice": gettext_lazy("Choose a time zone from the list.")},
        help_text=gettext_lazy("Every time on the site is shown in this zone."),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        required=False,
        choices=lambda: [("", gettext("Your browser's language")), *settings.LANGUAGES],
        error_messages={"invalid_choice": gettext_lazy("Choose a language from the list.")},
        help_text=gettext_lazy("The language of Kindred's pages and emails."),
    )
    quiet_mode = forms.BooleanField(
        required=False,
        label=gettext_lazy("Quiet mode"),
        help_text=User._meta.get_field("quiet_mode").help_text,
    )
    reminder_minutes = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=REMINDER_MINUTES_MAX,
        label=gettext_lazy("Reminder, minutes before a meeting"),
        help_text=gettext_lazy("Leave empty for no reminders."),
        error_messages={
            "invalid": gettext_lazy(
                "Enter a number of minutes, or leave it empty for no reminders."
            ),
            "min_value": gettext_lazy(
                "Enter at least 1 minute, or leave it empty for no reminders."
            ),
            "max_value": gettext_lazy(
                "Reminders can be sent at most a week (10080 minutes) ahead."
            ),
        },
    )
    reminder_names_group = forms.BooleanField(
        required=False,
        label=gettext_lazy("Name the group in reminders and notifications"),
        help_text=gettext_lazy(
            "Off keeps emails and push messages discreet: they never name a group, "
            "its topic or its people."
        ),
    )

    @classmethod
    def for_user(cls, user: User, data=None) -> "ProfileForm":
        initial = {
            "display_name": user.display_name,
            "timezone": user.timezone,
            "language": user.language,
            "quiet_mode": user.quiet_mode,
            "reminder_minutes": user.reminder_minutes,
            "reminder_names_group": user.reminder_names_group,
        }
        return cls(data=data, initial=initial)


class HiddenTopicsForm(forms.Form):
    """The topics a person hides in the room. Validation: accounts.protect.hidden_topics_parse."""

    hidden_topics = forms.CharField(
        required=False,
        max_length=2000,
        label=gettext_lazy("Hide shares about"),
        help_text=gettext_lazy(
            "Words separated by commas, such as “alcohol, self-harm”. A share whose "
            "content warning names one of them stays folded in the room until you choose to "
            "show it. Leave empty to see every share as usual."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    @classmethod
    def for_user(cls, user: User, data=None) -> "HiddenTopicsForm":
        return cls(data=data, initial={"hidden_topics": ", ".join(user.hidden_topics)})
