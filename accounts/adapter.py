from allauth.account.adapter import DefaultAccountAdapter
from allauth.usersessions.adapter import DefaultUserSessionsAdapter
from django.utils.translation import gettext

from accounts.signals import sockets_close


class AccountAdapter(DefaultAccountAdapter):
    def populate_username(self, request, user) -> None:
        # There is no username: people log in by email and are seen by display name.
        return None


class UserSessionsAdapter(DefaultUserSessionsAdapter):
    def end_sessions(self, sessions) -> None:
        """End the sessions, and close their people's room sockets: a socket is
        authenticated once, at its handshake, so it would outlive its session. Sockets of
        sessions still valid reconnect at once (accounts/signals.py)."""
        sessions = list(sessions)
        super().end_sessions(sessions)
        for user_id in {session.user_id for session in sessions}:
            sockets_close(
                user_id=user_id, reason=gettext("You were signed out from another browser.")
            )
