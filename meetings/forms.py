"""Forms for meetings. They only parse input; the services validate and write."""

import zoneinfo
from datetime import datetime

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.forms import timezone_choices
from accounts.models import selectable_timezones
from kindred.forms import SingleLineField
from kindred.languages import language_choices
from meetings.models import Format, Frequency, Rsvp
from meetings.recurrence import ORDINAL_NAMES, WEEKDAY_NAMES
from meetings.zones import ZoneKeep

WEEKDAY_CHOICES = [(str(i), name) for i, name in enumerate(WEEKDAY_NAMES)]
ORDINAL_CHOICES = [("", "—")] + [(str(k), capfirst(v)) for k, v in ORDINAL_NAMES.items()]


class SeriesForm(forms.Form):
    title = SingleLineField(max_length=120, label=gettext_lazy("Title"))
    format = forms.ChoiceField(choices=Format.choices, label=gettext_lazy("Format"))
    is_open = forms.BooleanField(
        required=False,
        label=gettext_lazy("Open meeting"),
        help_text=gettext_lazy("Signed-in people who are not members may listen."),
    )
    chair = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=gettext_lazy("Chair"),
        help_text=gettext_lazy("A moderator of the group."),
        empty_label="—",
    )
    description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), required=False, label=gettext_lazy("Description")
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        choices=lambda: [("", _("The group's language")), *language_choices()],
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Choose a language from the list.")},
    )
    frequency = forms.ChoiceField(
        choices=Frequency.choices, initial=Frequency.WEEKLY, label=gettext_lazy("Frequency")
    )
    interval = forms.IntegerField(
        min_value=1,
        max_value=12,
        initial=1,
        label=gettext_lazy("Every"),
        help_text=gettext_lazy("Weeks or months."),
    )
    weekdays = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Weekdays"),
        choices=WEEKDAY_CHOICES,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("For weekly meetings."),
    )
    monthly_ordinal = forms.TypedChoiceField(
        choices=ORDINAL_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
        label=gettext_lazy("Which week of the month"),
        help_text=gettext_lazy("For monthly meetings."),
    )
    monthly_weekday = forms.TypedChoiceField(
        choices=[("", "—"), *WEEKDAY_CHOICES],
        coerce=int,
        empty_value=None,
        required=False,
        label=gettext_lazy("Weekday of the month"),
    )
    start_time = forms.TimeField(
        label=gettext_lazy("Start time"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=gettext_lazy("In the group's time zone."),
    )
    duration_minutes = forms.IntegerField(label=gettext_lazy("Duration (minutes)"), initial=60)
    start_date = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}), label=gettext_lazy("Start date")
    )
    end_date = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        label=gettext_lazy("End date"),
        help_text=gettext_lazy("Optional."),
    )
    lobby_minutes = forms.IntegerField(
        initial=10, label=gettext_lazy("Lobby opens (minutes before)"), min_value=0, max_value=120
    )
    grace_minutes = forms.IntegerField(
        initial=15,
        label=gettext_lazy("Room stays open (minutes after)"),
        min_value=0,
        max_value=120,
    )

    def __init__(self, *args, chairs, group_zone: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chair"].queryset = chairs
        self.fields["start_time"].help_text = _("In the group's time zone (%(zone)s).") % {
            "zone": group_zone
        }


def _note_field(**extra) -> forms.CharField:
    """The optional note shown with one meeting (cancelling it, or annotating it)."""
    return forms.CharField(
        label=gettext_lazy("Note"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        **extra,
    )


class CancelForm(forms.Form):
    note = _note_field(help_text=gettext_lazy("Optional: shown with the cancelled meeting."))


class NoteForm(forms.Form):
    note = _note_field()


class MoveForm(forms.Form):
    # A plain text field: Django's DateTimeField would read the wall time in the viewer's
    # zone, but the person chooses the zone below.
    start = forms.CharField(
        label=gettext_lazy("New start"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    zone = forms.CharField(label=gettext_lazy("Time zone"), max_length=64)
    duration_minutes = forms.IntegerField(label=gettext_lazy("Duration (minutes)"))

    def clean_zone(self) -> str:
        zone = self.cleaned_data["zone"]
        if zone not in selectable_timezones():
            raise forms.ValidationError(_("“%(zone)s” is not a known time zone.") % {"zone": zone})
        return zone

    def clean_start(self) -> datetime:
        value = self.cleaned_data["start"].strip()
        for fmt in ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"):
            try:
                return datetime.strptime(value, fmt)  # noqa: DTZ007 (zone applied in clean)
            except ValueError:
                continue
        raise forms.ValidationError(_("Enter a date and time, like 2026-11-30 19:00."))

    def clean(self):
        data = super().clean()
        start, zone = data.get("start"), data.get("zone")
        if start is not None and zone:
            data["start"] = start.replace(tzinfo=zoneinfo.ZoneInfo(zone), fold=0)
        return data


class ChairForm(forms.Form):
    chair = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=gettext_lazy("Chair"),
        empty_label=gettext_lazy("The series' chair"),
    )

    def __init__(self, *args, chairs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chair"].queryset = chairs


class RsvpForm(forms.Form):
    answer = forms.ChoiceField(choices=Rsvp.Answer.choices, label=gettext_lazy("Your answer"))


class ZoneChangeForm(forms.Form):
    zone = forms.ChoiceField(
        label=gettext_lazy("New time zone"),
        choices=lambda: timezone_choices(),
        error_messages={"invalid_choice": gettext_lazy("Choose a time zone from the list.")},
        help_text=gettext_lazy("Type a city's name to find it."),
    )
    keep = forms.ChoiceField(
        label=gettext_lazy("The meetings keep"),
        choices=[
            (
                ZoneKeep.LOCAL,
                gettext_lazy("Their local time: 19:00 stays 19:00 on the new zone's clocks"),
            ),
            (
                ZoneKeep.INSTANT,
                gettext_lazy("Their moment: the same time for everyone, read in the new zone"),
            ),
        ],
        initial=ZoneKeep.LOCAL,
        widget=forms.RadioSelect,
    )
