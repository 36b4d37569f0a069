"""What every app's forms share."""

from django import forms

from kindred.errors import ServiceError


def attach_error(form: forms.Form, error: ServiceError) -> None:
    """Show a service's refusal on the field it is about (or on the whole form)."""
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.detail)
