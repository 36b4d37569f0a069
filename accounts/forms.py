import functools
import zoneinfo

from django import forms

from accounts.models import User
from accounts.names import display_name_check_reserved
from accounts.services import DISPLAY_NAME_MAX, REMINDER_MINUTES_MAX
from kindred.errors import ServiceError


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form: the display name others will see."""

    display_name = forms.CharField(
        max_length=DISPLAY_NAME_MAX,
        label="Display name",
        help_text="The only name other people see. It does not need to be your real name.",
    )

    field_order = ["email", "display_name", "password1", "password2"]

    def clean_display_name(self) -> str:
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError("Choose a display name.")
        try:
            display_name_check_reserved(name=name)
        except ServiceError as error:
            raise forms.ValidationError(error.detail, code=error.code) from error
        return name

    def signup(self, request, user: User) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.save(update_fields=["display_name"])


@functools.cache
def timezone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class ProfileForm(forms.Form):
    """A person's own preferences. Validation only; accounts.services.profile_update writes."""

    display_name = forms.CharField(
        max_length=DISPLAY_NAME_MAX,
        help_text="The only name other people see. It does not need to be your real name.",
    )
    timezone = forms.ChoiceField(
        label="Time zone",
        choices=timezone_choices,
        error_messages={"invalid_choice": "Choose a time zone from the list."},
        help_text="Every time on the site is shown in this zone.",
    )
    quiet_mode = forms.BooleanField(
        required=False,
        label="Quiet mode",
        help_text=User._meta.get_field("quiet_mode").help_text,
    )
    reminder_minutes = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=REMINDER_MINUTES_MAX,
        label="Reminder, minutes before a meeting",
        help_text="Leave empty for no reminders.",
        error_messages={
            "invalid": "Enter a number of minutes, or leave it empty for no reminders.",
            "min_value": "Enter at least 1 minute, or leave it empty for no reminders.",
            "max_value": "Reminders can be sent at most a week (10080 minutes) ahead.",
        },
    )
    reminder_names_group = forms.BooleanField(
        required=False,
        label="Name the group in reminder emails",
        help_text="Off keeps reminder emails discreet: they say only that a meeting starts soon.",
    )

    @classmethod
    def for_user(cls, user: User, data=None) -> "ProfileForm":
        initial = {
            "display_name": user.display_name,
            "timezone": user.timezone,
            "quiet_mode": user.quiet_mode,
            "reminder_minutes": user.reminder_minutes,
            "reminder_names_group": user.reminder_names_group,
        }
        return cls(data=data, initial=initial)
