"""``{% load kindred_text %}{{ text|markdown }}``: user Markdown rendered and cleaned."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from kindred.text import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(value) -> SafeString:
    # render_markdown escapes raw HTML and cleans the result to the allowlist.
    return mark_safe(render_markdown(str(value or "")))  # noqa: S308
