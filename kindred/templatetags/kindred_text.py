"""``{% load kindred_text %}{{ text|markdown }}``: user Markdown rendered and cleaned."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from kindred.text import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(value) -> SafeString:
    # render_markdown escapes raw HTML and cleans the result to the allowlist.
    return mark_safe(render_markdown(str(value or "")))  # noqa: S308


# Widgets a person types their own words into: their direction follows what they type
# (dir="auto"), so Arabic in an English page, or English in an Arabic one, reads right.
_TYPED = {"text", "textarea", "search", "email", "url"}


@register.filter(name="typed_dir_auto")
def typed_dir_auto(bound_field):
    """``{{ field|typed_dir_auto }}``: the field's widget, with dir="auto" if people type
    text into it."""
    if getattr(bound_field, "widget_type", None) in _TYPED:
        return bound_field.as_widget(attrs={"dir": "auto"})
    return bound_field
