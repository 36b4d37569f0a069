from django.apps import AppConfig


class ChatConfig(AppConfig):
    name = "chat"

    def ready(self) -> None:
        from chat import signals
        from chat.history import announcements_recent
        from library.selectors import ANNOUNCEMENT_READERS

        signals.connect()
        if announcements_recent not in ANNOUNCEMENT_READERS:
            ANNOUNCEMENT_READERS.append(announcements_recent)
