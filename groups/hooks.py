"""What groups announces, so that apps above it (moderation) can act on it without groups
importing them (docs/architecture.md: the layers)."""

from django.dispatch import Signal

# Sent inside the joining transaction, with the group's row locked, right after someone
# joined an open group (groups.joining.group_join). Keyword arguments: group, membership.
# Moderation's join-wave check listens: a raid switches the group to approval.
member_joined = Signal()
