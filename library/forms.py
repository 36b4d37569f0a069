from django import forms

from library.models import Category, ItemStatus, ItemVisibility, LibraryItem
from library.services import MAX_BODY_LENGTH


class LibraryItemForm(forms.Form):
    """Fields of a library text; saving goes through library.services."""

    title = forms.CharField(max_length=120)
    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 18}),
        max_length=MAX_BODY_LENGTH,
        help_text="Markdown: *emphasis*, **strong**, lists, > quotes and links.",
    )
    category = forms.ChoiceField(choices=Category.choices, initial=Category.READING)
    order = forms.IntegerField(min_value=0, max_value=100_000, initial=0, required=False)
    status = forms.ChoiceField(choices=ItemStatus.choices, initial=ItemStatus.DRAFT)
    visibility = forms.ChoiceField(choices=ItemVisibility.choices, initial=ItemVisibility.GROUP)

    @classmethod
    def initial_for(cls, item: LibraryItem) -> dict:
        return {name: getattr(item, name) for name in cls.base_fields}

    def clean_order(self) -> int:
        return self.cleaned_data.get("order") or 0


class LibrarySearchForm(forms.Form):
    q = forms.CharField(max_length=100, required=False, label="Search this library")
    category = forms.ChoiceField(
        choices=[("", "All kinds"), *Category.choices], required=False, label="Kind"
    )


class DailyReadingForm(forms.Form):
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    item = forms.ModelChoiceField(
        queryset=LibraryItem.objects.none(),
        required=False,
        empty_label="(no reading that day)",
        label="Reading",
    )

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = items
