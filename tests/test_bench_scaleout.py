"""The benchmark's scale-out scenario (S7, docs/performance.md) runs Kindred's workers and
the floor's with the channel layer sharded over two Redis servers, as README "Scaling
out" describes, while the cache stays on the bench's own Redis."""

import json
import subprocess

from bench import env as benv
from bench.run import S7_SHARDS, S7_WORKERS, targets_for
from bench.servers import ROOT, VENV_BIN

PROBE = (
    "import json; from django.conf import settings as s; "
    "print(json.dumps([s.CHANNEL_LAYERS['default'], s.CACHES['default']['LOCATION']]))"
)
SHARDS = ["redis://127.0.0.1:7101/0", "redis://127.0.0.1:7102/0"]


def settings_under(env: dict[str, str]) -> tuple[dict, str]:
    done = subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", "shell", "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    layer, cache = json.loads(done.stdout.strip().splitlines()[-1])
    return layer, cache


def test_s7_targets_are_four_workers_on_two_shards_kindred_and_the_floor():
    targets = targets_for(["pubsub"], S7_WORKERS, ceiling=False, shards=S7_SHARDS)
    assert [t.label for t in targets] == ["kindred/pubsub", "floor/pubsub"]
    assert {(t.workers, t.shards) for t in targets} == {(4, 2)}


def test_s7_workers_settings_shard_the_channel_layer_over_both_servers():
    target = targets_for(["pubsub"], S7_WORKERS, ceiling=False, shards=S7_SHARDS)[0]
    target.shard_urls = SHARDS  # what start() sets from the redis-server processes it ran
    layer, cache = settings_under(target.env())
    assert layer["BACKEND"] == "kindred.layers.PubSubChannelLayer"
    assert [h["address"] for h in layer["CONFIG"]["hosts"]] == SHARDS
    assert cache == benv.REDIS_URL


def test_the_other_scenarios_keep_one_redis_for_the_layer():
    target = targets_for(["pubsub"], 2)[0]
    assert "REDIS_URLS" not in target.env()
    layer, _cache = settings_under(target.env())
    assert [h["address"] for h in layer["CONFIG"]["hosts"]] == [benv.REDIS_URL]
