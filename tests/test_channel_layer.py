"""CHANNEL_LAYER picks the Redis channel layer; both survive redis-py 8's read timeout."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import json; from django.conf import settings as s; "
    "print(json.dumps(s.CHANNEL_LAYERS['default']))"
)


def layer_under(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE"}}
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PROBE],
        cwd=ROOT,
        env={**clean, "REDIS_URL": "redis://127.0.0.1:6379/9", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_default_is_the_pubsub_layer_with_a_long_read_timeout():
    done = layer_under(CHANNEL_LAYER="")
    assert done.returncode == 0, done.stderr
    layer = json.loads(done.stdout.strip().splitlines()[-1])
    assert layer["BACKEND"] == "kindred.layers.PubSubChannelLayer"
    # Longer than the core layer's 5 s blocking pop, or idle sockets crash (redis-py 8).
    assert layer["CONFIG"]["hosts"][0]["socket_timeout"] > 5


def test_redis_chooses_the_core_layer_with_capacity_and_a_long_read_timeout():
    done = layer_under(CHANNEL_LAYER="redis")
    assert done.returncode == 0, done.stderr
    layer = json.loads(done.stdout.strip().splitlines()[-1])
    assert layer["BACKEND"] == "channels_redis.core.RedisChannelLayer"
    assert layer["CONFIG"]["capacity"] >= 1000
    assert layer["CONFIG"]["hosts"][0]["socket_timeout"] > 5


def test_an_unknown_layer_is_refused():
    done = layer_under(CHANNEL_LAYER="kafka")
    assert done.returncode != 0
    assert "CHANNEL_LAYER" in done.stderr
