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

        # Registers the builders of moderators' notifications with accounts.notifications.
        from accounts.hooks import display_name_changed
        from groups.hooks import member_joined
        from moderation import notifications  # noqa: F401
        from moderation.screened import join_wave_check

        # A raid switches an open group to approval (groups sends this while joining).
        member_joined.connect(
            lambda sender, group, **kwargs: join_wave_check(group=group),
            weak=False,
            dispatch_uid="moderation-join-wave",
        )
        display_name_changed.connect(_display_name_audit, dispatch_uid="moderation-rename-audit")


def _screening_changed(sender, instance, **kwargs) -> None:
    """A rule or an allowed term was saved or deleted: this worker reads the rules afresh
    at once, and the live rooms it applies to tell their workers to do the same."""
    from chat.announce import room_copies_stale
    from moderation.selectors import forget_screening_terms

    forget_screening_terms()
    room_copies_stale(group_id=instance.group_id)


def _display_name_audit(sender, *, user, old: str, new: str, **kwargs) -> None:
    """Someone changed their display name: each of their groups records it in its audit log."""
    from moderation.audit import audit_record
    from moderation.models import AuditAction

    for membership in user.memberships.select_related("group"):
        audit_record(
            actor=user,
            group=membership.group,
            action=AuditAction.DISPLAY_NAME_CHANGE,
            target_user=user,
            reason=f"“{old}” → “{new}”",
        )
