from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "meetings"

    def ready(self) -> None:
        # Registers the builders of this app's notifications with accounts.notifications.
        from meetings import notices  # noqa: F401
