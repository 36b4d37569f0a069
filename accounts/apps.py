from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from accounts import signals  # noqa: F401 - connects the receivers
        from accounts.notifications import signals as notification_signals  # noqa: F401
