"""Forms check the shape of input; moderation's action modules decide and do the work."""

from django import forms
from django.utils.translation import gettext_lazy

from moderation.access import BAN_MAX_DAYS, MUTE_MAX_MINUTES, REASON_MAX
from moderation.models import Decision, Rule, RuleSet
from moderation.rulebook import RETENTION_MAX_HOURS


class ResolveForm(forms.Form):
    decision = forms.ChoiceField(choices=Decision.choices, label=gettext_lazy("Decision"))
    note = forms.CharField(
        required=False, max_length=REASON_MAX, label=gettext_lazy("Note (optional)")
    )
    mute_minutes = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MUTE_MAX_MINUTES,
        label=gettext_lazy("Mute for (minutes)"),
    )
    ban_days = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=BAN_MAX_DAYS,
        label=gettext_lazy("Ban for (days)"),
        help_text=gettext_lazy("Leave empty to ban until a moderator lifts it."),
    )


class MuteForm(forms.Form):
    user_id = forms.IntegerField(widget=forms.HiddenInput)
    minutes = forms.IntegerField(
        min_value=1, max_value=MUTE_MAX_MINUTES, initial=30, label=gettext_lazy("Minutes")
    )
    reason = forms.CharField(required=False, max_length=REASON_MAX, label=gettext_lazy("Reason"))


class BanForm(forms.Form):
    user_id = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(max_length=REASON_MAX, label=gettext_lazy("Reason"))
    days = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=BAN_MAX_DAYS,
        label=gettext_lazy("Days"),
        help_text=gettext_lazy("Leave empty to ban until a moderator lifts it."),
    )
    remove_messages = forms.BooleanField(
        required=False, label=gettext_lazy("Also remove their messages of the last 30 days")
    )


class RuleForm(forms.Form):
    pattern = forms.CharField(max_length=200, label=gettext_lazy("Word or phrase"))
    kind = forms.ChoiceField(
        choices=Rule.Kind.choices, initial=Rule.Kind.WORD, label=gettext_lazy("Match")
    )
    action = forms.ChoiceField(
        choices=Rule.Outcome.choices, initial=Rule.Outcome.HOLD, label=gettext_lazy("What happens")
    )


class RuleSetForm(forms.Form):
    action = forms.ChoiceField(choices=RuleSet.Outcome.choices, label=gettext_lazy("What happens"))
    enabled = forms.BooleanField(required=False, label=gettext_lazy("On"))


class TrySentenceForm(forms.Form):
    sentence = forms.CharField(
        max_length=4000,
        label=gettext_lazy("A sentence to try"),
        help_text=gettext_lazy(
            "See what the rules would do with a message. Nothing is posted or kept."
        ),
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class AllowedTermForm(forms.Form):
    term = forms.CharField(
        max_length=200,
        label=gettext_lazy("Allowed word or phrase"),
        help_text=gettext_lazy("Rules never match inside it, for example “kill time”."),
    )


class RetentionForm(forms.Form):
    hours = forms.IntegerField(
        min_value=0,
        max_value=RETENTION_MAX_HOURS,
        label=gettext_lazy("Keep meeting chat for (hours after the meeting ends)"),
        help_text=gettext_lazy("0 purges the chat as soon as the meeting ends."),
    )


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        label=gettext_lazy("Your password"),
    )
    confirm = forms.BooleanField(
        label=gettext_lazy("I understand this cannot be undone."),
    )
