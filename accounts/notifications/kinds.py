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


class Channel(models.TextChoices):
    EMAIL = "email", "Email"
    PUSH = "push", "Push on your devices"
