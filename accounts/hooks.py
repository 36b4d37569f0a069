"""What accounts announces, so that apps above it (moderation) can act on it without
accounts importing them (docs/architecture.md: the layers)."""

from django.dispatch import Signal

# Sent inside the transaction of a change of display name, after it is recorded
# (accounts.services.profile_update). Keyword arguments: user, old, new. Moderation
# writes it in the audit log of each of the person's groups.
display_name_changed = Signal()
