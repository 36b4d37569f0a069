from django import forms
from django.utils.translation import gettext_lazy

from kindred.forms import SingleLineField
from library.models import (
    Category,
    ItemStatus,
    ItemVisibility,
    LibraryItem,
    SectionKind,
    WhoMayPost,
)
from library.services import MAX_BODY_LENGTH
from meetings.models import MeetingSeries


class LibraryItemForm(forms.Form):
    """Fields of a library text; saving goes through library.services."""

    title = SingleLineField(max_length=120, label=gettext_lazy("Title"))
    body = forms.CharField(
        label=gettext_lazy("Body"),
        widget=forms.Textarea(attrs={"rows": 18}),
        max_length=MAX_BODY_LENGTH,
        help_text=gettext_lazy("Markdown: *emphasis*, **strong**, lists, > quotes and links."),
    )
    category = forms.ChoiceField(
        choices=Category.choices, initial=Category.READING, label=gettext_lazy("Kind")
    )
    order = forms.IntegerField(
        min_value=0, max_value=100_000, initial=0, required=False, label=gettext_lazy("Order")
    )
    status = forms.ChoiceField(
        choices=ItemStatus.choices, initial=ItemStatus.DRAFT, label=gettext_lazy("Status")
    )
    visibility = forms.ChoiceField(
        choices=ItemVisibility.choices,
        initial=ItemVisibility.GROUP,
        label=gettext_lazy("Who can read it"),
    )

    @classmethod
    def initial_for(cls, item: LibraryItem) -> dict:
        return {name: getattr(item, name) for name in cls.base_fields}

    def clean_order(self) -> int:
        return self.cleaned_data.get("order") or 0


class LibrarySearchForm(forms.Form):
    q = forms.CharField(max_length=100, required=False, label=gettext_lazy("Search this library"))
    category = forms.ChoiceField(
        choices=[("", gettext_lazy("All kinds")), *Category.choices],
        required=False,
        label=gettext_lazy("Kind"),
    )


class DailyReadingForm(forms.Form):
    date = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}), label=gettext_lazy("Date")
    )
    item = forms.ModelChoiceField(
        queryset=LibraryItem.objects.none(),
        required=False,
        empty_label=gettext_lazy("(no reading that day)"),
        label=gettext_lazy("Reading"),
    )

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = items


class NewScriptForm(forms.Form):
    title = SingleLineField(max_length=120, label=gettext_lazy("Title of a new script"))


class ScriptForm(forms.Form):
    title = SingleLineField(max_length=120, label=gettext_lazy("Title"))
    series = forms.ModelMultipleChoiceField(
        queryset=MeetingSeries.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Meetings that follow this script"),
        help_text=gettext_lazy(
            "A meeting follows one script at a time; ticking it here moves it here."
        ),
    )

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["series"].queryset = MeetingSeries.objects.filter(group=group).order_by(
            "title", "pk"
        )


class SectionForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # Initial values match what a browser sends for an untouched spare row, so that row
    # counts as unchanged and is skipped.
    kind = forms.ChoiceField(
        choices=SectionKind.choices, initial=SectionKind.OPENING, label=gettext_lazy("Kind")
    )
    title = SingleLineField(max_length=120, label=gettext_lazy("Title"))
    library_item = forms.ModelChoiceField(
        queryset=LibraryItem.objects.none(),
        required=False,
        label=gettext_lazy("Text from the library"),
        empty_label=gettext_lazy("(none)"),
    )
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=10_000,
        label=gettext_lazy("What the chair says (Markdown)"),
    )
    who_may_post = forms.ChoiceField(
        choices=WhoMayPost.choices, initial=WhoMayPost.EVERYONE, label=gettext_lazy("Who may post")
    )

    def __init__(self, *args, items=None, **kwargs):
        super().__init__(*args, **kwargs)
        if items is not None:
            self.fields["library_item"].queryset = items


class BaseSectionFormSet(forms.BaseFormSet):
    def __init__(self, *args, items, **kwargs):
        self.items = items
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "items": self.items}

    def sections(self) -> list[dict]:
        """The kept sections in the order chosen, as dicts for library.services."""
        out = []
        for form in self.ordered_forms:
            data = {k: v for k, v in form.cleaned_data.items() if k not in ("DELETE", "ORDER")}
            if not data.get("id"):
                data.pop("id", None)
            out.append(data)
        return out


SectionFormSet = forms.formset_factory(
    SectionForm,
    formset=BaseSectionFormSet,
    extra=2,
    can_delete=True,
    can_order=True,
    max_num=40,
    validate_max=True,
)
