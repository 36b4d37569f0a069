from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from accounts import signals
        from accounts.notifications import signals as notification_signals  # noqa: F401

        signals.connect_usersessions_receivers()
