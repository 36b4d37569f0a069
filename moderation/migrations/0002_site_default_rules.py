"""Site-wide default rules: short, plain, non-graphic. Groups add their own; staff edit
these in the admin. Crisis language is not a rule: it is never blocked (moderation/crisis.py)."""

from django.db import migrations

DEFAULT_RULES = [
    # Harassment aimed at someone: held for a moderator, never shown first.
    ("kill yourself", "phrase", "hold"),
    ("kys", "word", "hold"),
    # Moving people to private channels is how predators and scammers work: held.
    ("whatsapp me", "phrase", "hold"),
    ("telegram me", "phrase", "hold"),
    ("dm me", "phrase", "flag"),
    # Spam.
    ("crypto giveaway", "phrase", "block"),
    ("buy followers", "phrase", "block"),
]


def seed(apps, schema_editor):
    Rule = apps.get_model("moderation", "Rule")
    for pattern, kind, action in DEFAULT_RULES:
        Rule.objects.get_or_create(
            group=None, pattern=pattern, defaults={"kind": kind, "action": action}
        )


def unseed(apps, schema_editor):
    Rule = apps.get_model("moderation", "Rule")
    Rule.objects.filter(group=None, pattern__in=[p for p, _, _ in DEFAULT_RULES]).delete()


class Migration(migrations.Migration):
    dependencies = [("moderation", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
