from django.utils.translation import gettext_lazy

"""Errors that services and selectors raise, each with a stable machine-readable code.

Views turn them into a clear message and a 4xx response; consumers send
``{"type": "error", "code": ..., "detail": ...}`` and keep the socket open.
"""


class ServiceError(Exception):
    """A request that cannot be carried out as asked. Nothing was changed."""

    code = "invalid"
    status = 400
    default_detail = gettext_lazy("That could not be done.")

    def __init__(
        self,
        detail: str | None = None,
        *,
        code: str | None = None,
        field: str | None = None,
        retry_after: int | None = None,
    ):
        self.detail = str(detail or self.default_detail)
        if code:
            self.code = code
        self.field = field
        # Seconds after which the same request may succeed (a rate limit), or None.
        self.retry_after = retry_after
        super().__init__(self.detail)

    def as_dict(self) -> dict:
        return {"code": self.code, "detail": self.detail}


class NotAllowed(ServiceError):
    """The person may not do this (the roles table in docs/roles.md, a ban, a mute...)."""

    code = "forbidden"
    status = 403
    default_detail = gettext_lazy("You can't do that here.")


class NotFound(ServiceError):
    """The thing does not exist, or must stay hidden from this person."""

    code = "not_found"
    status = 404
    default_detail = gettext_lazy("That could not be found.")


class Conflict(ServiceError):
    code = "conflict"
    status = 409
    default_detail = gettext_lazy("That has already been done or no longer applies.")
