"""The same shapes as kindred/formats/en in Arabic: 24-hour times, the day before the month
with the month's Arabic name (``3 ديسمبر 2026، 16:03``)."""

TIME_FORMAT = "H:i"
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATE_FORMAT = "j F Y"
SHORT_DATETIME_FORMAT = "j F Y، H:i"
# The exact time, on hover or focus, followed by the zone's name.
EXACT_DATETIME_FORMAT = "l j F Y، H:i:s"
# A day with its weekday and a time, in emails and push messages (no year: they are about
# the days to come or just past).
NOTE_DATETIME_FORMAT = "l j F، H:i"
