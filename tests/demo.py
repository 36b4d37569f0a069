"""Loading the demo from a test.

``manage.py demo`` refuses to run with debug off (it creates accounts with a published
password), and Django runs tests with debug off: tests load it with debug on for the
command's duration only."""

from io import StringIO

from django.core.management import call_command
from django.test import override_settings


def load_demo() -> str:
    """Run ``manage.py demo`` and return what it printed."""
    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("demo", stdout=out)
    return out.getvalue()
