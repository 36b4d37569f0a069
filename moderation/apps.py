from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class ModerationConfig(AppConfig):
    name = "moderation"

    def ready(self) -> None:
        from moderation.models import AllowedTerm, Rule
        from moderation.selectors import forget_screening_terms

        for model in (Rule, AllowedTerm):
            for signal in (post_save, post_delete):
                signal.connect(
                    forget_screening_terms,
                    sender=model,
                    dispatch_uid=f"screening-{model.__name__}-{signal is post_save}",
                )
