from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class ModerationConfig(AppConfig):
    name = "moderation"

    def ready(self) -> None:
        from moderation import room
        from moderation.models import AllowedTerm, Rule, RuleSet

        # The room's moderation frames, posting checks and screening (chat/registry.py).
        room.register()

        for model in (Rule, AllowedTerm, RuleSet):
            for signal in (post_save, post_delete):
                signal.connect(
                    _screening_changed,
                    sender=model,
                    dispatch_uid=f"screening-{model.__name__}-{signal is post_save}",
                )


def _screening_changed(sender, instance, **kwargs) -> None:
    """A rule or an allowed term was saved or deleted: this worker reads the rules afresh
    at once, and the live rooms it applies to tell their workers to do the same."""
    from chat.services import room_copies_stale
    from moderation.selectors import forget_screening_terms

    forget_screening_terms()
    room_copies_stale(group_id=instance.group_id)
