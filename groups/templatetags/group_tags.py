"""``{{ code|role_name }}``: a role's name in the page's language ("member" is stored, a
Spanish page says "Miembro")."""

from django import template

from groups.models import Role

register = template.Library()


@register.filter
def role_name(code: str) -> str:
    try:
        return str(Role(code).label)
    except ValueError:
        return code or ""
