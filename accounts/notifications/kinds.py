"""The kinds of notification, who gets each, and the channels a person can choose."""

from django.db import models


class Kind(models.TextChoices):
    JOIN_REQUEST = "join_request", "Someone asks to join a group you moderate"
    JOIN_DECISION = "join_decision", "Your request to join is answered"
    INVITE_ACCEPTED = "invite_accepted", "Someone joins with an invite"
    MEETING_CHANGED = "meeting_changed", "A meeting you answered is moved, cancelled or back on"
    REVIEW_WAITING = "review_waiting", "Messages wait in a review queue you look after"
    CRISIS_ALERT = "crisis_alert", "A moderator is needed (crisis alert)"
    SECURITY = "security", "Security: a new sign-in, two-factor changes"
    MEETING_REMINDER = "meeting_reminder", "A meeting you go to starts soon (reminder)"
    YOUR_TURN = "your_turn", "The chair invites you to share"


# Kinds sent by push only: reminder emails follow the reminder settings of the profile,
# and an invitation to share matters only while the meeting is on.
PUSH_ONLY = frozenset({Kind.MEETING_REMINDER, Kind.YOUR_TURN})


class Channel(models.TextChoices):
    EMAIL = "email", "Email"
    PUSH = "push", "Push on your devices"
