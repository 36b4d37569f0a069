from django.utils import timezone


def two_factor_due(request) -> dict:
    """When the signed-in person must turn on two-factor authentication, during the grace
    period (base.html says so on every page; afterwards accounts.middleware leads to the
    two-factor settings)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or user.two_factor_due_at is None:
        return {}
    if user.two_factor_due_at <= timezone.now():
        return {}
    return {"two_factor_due_at": user.two_factor_due_at}
