"""The same shapes as kindred/formats/en in Spanish: 24-hour times, the day before the month
(``3 dic 2026, 16:03``); the exact time as ``jueves 3 de diciembre de 2026, 16:03:27``."""

TIME_FORMAT = "H:i"
DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "j M Y, H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
# The exact time, on hover or focus, followed by the zone's name.
EXACT_DATETIME_FORMAT = r"l j \d\e F \d\e Y, H:i:s"
