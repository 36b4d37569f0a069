"""The same shapes as kindred/formats/en in Arabic: 24-hour times, the day before the month
with the month's Arabic name (``3 ديسمبر 2026، 16:03``)."""

TIME_FORMAT = "H:i"
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATE_FORMAT = "j F Y"
SHORT_DATETIME_FORMAT = "j F Y، H:i"
# The exact time, on hover or focus, followed by the zone's name.
EXACT_DATETIME_FORMAT = "l j F Y، H:i:s"
