"""Screening messages before anyone else reads them: one engine (engine.py) over one
reading of the text (normalize.py), the shipped rule sets (patterns.py) and the detectors
for what word lists cannot say (detectors.py)."""

from moderation.screening.engine import (
    CATEGORIES,
    CRISIS,
    DEFAULT_OUTCOMES,
    HARASSMENT,
    OFF_PLATFORM,
    OUTCOME_CHOICES,
    PERSONAL,
    SEVERITY,
    SPAM,
    Finding,
    GroupRules,
    compile_rules,
    crisis_words,
    prepare,
    screen,
)

__all__ = [
    "CATEGORIES",
    "CRISIS",
    "DEFAULT_OUTCOMES",
    "HARASSMENT",
    "OFF_PLATFORM",
    "OUTCOME_CHOICES",
    "PERSONAL",
    "SEVERITY",
    "SPAM",
    "Finding",
    "GroupRules",
    "compile_rules",
    "crisis_words",
    "prepare",
    "screen",
]
