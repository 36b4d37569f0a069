from django.apps import AppConfig


class GroupsConfig(AppConfig):
    name = "groups"

    def ready(self) -> None:
        # Registers the builders of this app's notifications with accounts.notifications.
        from groups import notices  # noqa: F401
