from functools import cached_property

from moderation.selectors import nav_review_count


class ModerationNav:
    """Read lazily: the one query runs only if a template asks (the navigation does, for
    signed-in people)."""

    def __init__(self, user):
        self._user = user

    @cached_property
    def _counts(self) -> tuple[int, int, int, int]:
        if not self._user.is_authenticated:
            return 0, 0, 0, 0
        return nav_review_count(user=self._user)

    @property
    def moderates(self) -> bool:
        return self._counts[0] > 0

    @property
    def review_count(self) -> int:
        return self._counts[1]

    @property
    def alert_count(self) -> int:
        """Open crisis alerts in the groups this person moderates."""
        return self._counts[2]

    @property
    def check_ins_waiting(self) -> int:
        """Check-ins with this person that wait for their answer."""
        return self._counts[3]


def moderation(request) -> dict:
    return {"moderation_nav": ModerationNav(request.user)}
