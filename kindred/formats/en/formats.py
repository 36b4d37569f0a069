"""One way to show time across the site and the room (static/js/room.js builds the same
strings with Intl.DateTimeFormat): 24-hour times, the day before the month. Shown through
``{% when %}`` (kindred/templatetags/kindred_time.py)."""

TIME_FORMAT = "H:i"
DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "j M Y, H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
# The exact time, on hover or focus, followed by the zone's name.
EXACT_DATETIME_FORMAT = "l j F Y, H:i:s"
# A day with its weekday and a time, in emails and push messages (no year: they are about
# the days to come or just past).
NOTE_DATETIME_FORMAT = "l j F, H:i"
