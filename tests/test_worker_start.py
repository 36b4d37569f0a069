"""What a worker process does as it starts (kindred/asgi.py), seen from a fresh interpreter."""

import os
import subprocess
import sys

from django.conf import settings


def _started(script: str) -> str:
    """What ``script`` prints, run in a fresh interpreter as a worker would start."""
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "kindred.settings"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def test_a_worker_keeps_what_it_loaded_out_of_the_collectors_full_passes():
    # Django, the screening model's weights and the rule sets are loaded as the worker
    # starts and live as long as it does: frozen, a full garbage collection under load no
    # longer walks them with the event loop stopped (docs/performance.md).
    script = (
        "import gc; import kindred.asgi; "
        "print(gc.get_freeze_count()); gc.collect(); print(gc.get_freeze_count())"
    )
    frozen, after_collect = (int(n) for n in _started(script).split())
    # What is frozen (the screening model's large weight dicts among it) stays frozen
    # through a full collection.
    assert frozen > 50_000
    assert after_collect == frozen


def test_a_worker_loads_the_markdown_renderer_before_its_first_message():
    # Loaded on the first message instead, the renderer stalled every room of a freshly
    # started worker for about 30 ms (kindred.text.prepare).
    script = (
        "import sys; import kindred.asgi; from kindred import text; "
        "print('markdown.extensions.fenced_code' in sys.modules, "
        "getattr(text._per_thread, 'markdown', None) is not None)"
    )
    assert _started(script).split() == ["True", "True"]
