from django import forms

from accounts.models import User


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form: the display name others will see."""

    display_name = forms.CharField(
        max_length=40,
        label="Display name",
        help_text="The only name other people see. It does not need to be your real name.",
    )

    def signup(self, request, user: User) -> None:
        user.display_name = self.cleaned_data["display_name"].strip()
        user.save(update_fields=["display_name"])
