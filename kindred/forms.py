"""What every app's forms share: fields backed by the same check their service runs, and
one way to show a service's refusal on a form."""

from django import forms
from django.utils.translation import gettext_lazy

from kindred.errors import ServiceError
from kindred.text import TextRefused, identity_text, single_line


def attach_error(form: forms.Form, error: ServiceError) -> None:
    """Show a service's refusal on the field it is about (or on the whole form)."""
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.detail)


def form_refusal(form: forms.Form) -> ServiceError:
    """A bound, invalid form's errors as one refusal, for the actions that answer with a
    message and a redirect instead of re-rendering the form (the converse of attach_error)."""
    return ServiceError(" ".join(str(e) for errors in form.errors.values() for e in errors))


class SingleLineField(forms.CharField):
    """One line of text (a title, a topic): line breaks and tabs become spaces, other
    control characters are refused (kindred.text.single_line)."""

    label_for_errors = gettext_lazy("This")

    def to_python(self, value):
        value = super().to_python(value)
        try:
            return self.check(value, label=self.label_for_errors)
        except TextRefused as refused:
            raise forms.ValidationError(refused.message, code=refused.code) from refused

    @staticmethod
    def check(value: str, *, label: str) -> str:
        return single_line(value, label=label)


class NameField(SingleLineField):
    """A name people know someone or something by (a display name, a group's name): one
    line, without invisible or direction-changing characters (kindred.text.identity_text)."""

    label_for_errors = gettext_lazy("A name")

    @staticmethod
    def check(value: str, *, label: str) -> str:
        return identity_text(value, label=label)
