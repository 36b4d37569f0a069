"""The same shapes as kindred/formats/en in Spanish: 24-hour times, the day before the month
(``3 dic 2026, 16:03``); the exact time as ``jueves 3 de diciembre de 2026, 16:03:27``."""

TIME_FORMAT = "H:i"
DATE_FORMAT = "j b Y"
DATETIME_FORMAT = "j b Y, H:i"
SHORT_DATE_FORMAT = "j b Y"
SHORT_DATETIME_FORMAT = "j b Y, H:i"
# The exact time, on hover or focus, followed by the zone's name.
EXACT_DATETIME_FORMAT = r"l j \d\e F \d\e Y, H:i:s"
# A day with its weekday and a time, in emails and push messages (no year: they are about
# the days to come or just past).
NOTE_DATETIME_FORMAT = r"l j \d\e F, H:i"
