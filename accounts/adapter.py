from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def populate_username(self, request, user) -> None:
        # There is no username: people log in by email and are seen by display name.
        return None
