"""The kinds of notification, who gets each, and the channels a person can choose."""

from django.db import models
from django.utils.translation import gettext_lazy


class Kind(models.TextChoices):
    JOIN_REQUEST = "join_request", gettext_lazy("Someone asks to join a group you moderate")
    JOIN_DECISION = "join_decision", gettext_lazy("Your request to join is answered")
    INVITE_ACCEPTED = "invite_accepted", gettext_lazy("Someone joins with an invite")
    MEETING_CHANGED = (
        "meeting_changed",
        gettext_lazy("A meeting you answered is moved, cancelled or back on"),
    )
    REVIEW_WAITING = (
        "review_waiting",
        gettext_lazy("Messages wait in a review queue you look after"),
    )
    CRISIS_ALERT = "crisis_alert", gettext_lazy("A moderator is needed (crisis alert)")
    SECURITY = "security", gettext_lazy("Security: a new sign-in, two-factor changes")
    MEETING_REMINDER = (
        "meeting_reminder",
        gettext_lazy("A meeting you go to starts soon (reminder)"),
    )
    YOUR_TURN = "your_turn", gettext_lazy("The chair invites you to share")


# Kinds sent by push only: reminder emails follow the reminder settings of the profile,
# and an invitation to share matters only while the meeting is on.
PUSH_ONLY = frozenset({Kind.MEETING_REMINDER, Kind.YOUR_TURN})


class Channel(models.TextChoices):
    EMAIL = "email", gettext_lazy("Email")
    PUSH = "push", gettext_lazy("Push on your devices")
