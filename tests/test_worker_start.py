"""What a worker process does as it starts (kindred/asgi.py), seen from a fresh interpreter."""

import os
import subprocess
import sys

from django.conf import settings


def test_a_worker_keeps_what_it_loaded_out_of_the_collectors_full_passes():
    # Django, the screening model's weights and the rule sets are loaded as the worker
    # starts and live as long as it does: frozen, a full garbage collection under load no
    # longer walks them with the event loop stopped (docs/performance.md).
    script = (
        "import gc; import kindred.asgi; "
        "print(gc.get_freeze_count()); gc.collect(); print(gc.get_freeze_count())"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "kindred.settings"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    frozen, after_collect = (int(n) for n in done.stdout.split())
    # What is frozen (the screening model's large weight dicts among it) stays frozen
    # through a full collection.
    assert frozen > 50_000
    assert after_collect == frozen
