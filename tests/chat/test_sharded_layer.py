"""Scale-out: the channel layer spread over two Redis servers (REDIS_URLS), two daphne
workers. Room events and events for one person reach everyone, whichever server holds
the room's group and whichever holds the person's; both layers (CHANNEL_LAYER)."""

import json
import subprocess
import time

import pytest
import redis
from asgiref.sync import sync_to_async
from channels_redis.utils import _consistent_hash

from groups.models import Role
from tests.chat.test_multiprocess import Client, _cookie
from tests.chat.workers import Worker, free_port

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]

PREFIX = "kindred"
QUIET = ("--save", "", "--appendonly", "no")


@pytest.fixture
def redis_shards():
    """Two redis-server processes of the test's own, on free ports."""
    ports = [free_port(), free_port()]
    while ports[0] == ports[1]:
        ports[1] = free_port()
    procs = [
        subprocess.Popen(
            [*("redis-server", "--bind", "127.0.0.1", "--port", str(port)), *QUIET],
            stdout=subprocess.DEVNULL,
        )
        for port in ports
    ]
    urls = [f"redis://127.0.0.1:{port}/0" for port in ports]
    try:
        for url in urls:
            client = redis.Redis.from_url(url)
            deadline = time.monotonic() + 20
            while True:
                try:
                    client.ping()
                    break
                except redis.ConnectionError:
                    assert time.monotonic() < deadline, f"{url} did not start"
                    time.sleep(0.1)
            client.close()
        yield urls
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=10)


def shard_of(group: str, layer: str) -> int:
    """Which of the two servers channels_redis gives a group to (its own hash: the core
    layer hashes the group's name, the pub/sub layer the name of the group's channel)."""
    key = group if layer == "redis" else f"{PREFIX}__group__{group}"
    return _consistent_hash(key, 2)


def test_redis_urls_become_the_layers_shards_and_the_first_is_the_cache():
    from tests.test_channel_layer import layer_under

    urls = "redis://a.internal:6379/0,redis://b.internal:6379/0"
    for kind in ("redis", "pubsub"):
        done = layer_under(REDIS_URL="", REDIS_URLS=urls, CHANNEL_LAYER=kind)
        assert done.returncode == 0, done.stderr
        layer = json.loads(done.stdout.strip().splitlines()[-1])
        assert [h["address"] for h in layer["CONFIG"]["hosts"]] == urls.split(",")


@pytest.mark.parametrize("layer", ["redis", "pubsub"])
async def test_room_and_personal_events_reach_everyone_across_two_redis_servers(
    layer, redis_shards, room, client, member_factory
):
    from kindred.events import room_group_name, user_group_name

    # People whose personal groups sit on each of the two servers (the room's group sits
    # on one of them), so both carry events someone must receive.
    room_shard = shard_of(room_group_name(room.occurrence.pk), layer)
    people = {}
    n = 0
    while len(people) < 2:
        n += 1
        person = await sync_to_async(member_factory)(
            room.group, Role.MEMBER, display_name=f"Sharer {n}"
        )
        people.setdefault(shard_of(user_group_name(person.pk), layer), person)
    near, far = people[room_shard], people[1 - room_shard]

    env = {"REDIS_URLS": ",".join(redis_shards), "REDIS_URL": "", "CHANNEL_LAYER": layer}
    a, b = Worker(free_port(), env=env), Worker(free_port(), env=env)
    sockets = []
    try:
        a.wait_ready()
        b.wait_ready()
        cookies = {}
        for person in (room.moderator, near, far):
            cookies[person] = await sync_to_async(_cookie)(client, person)
        mod = await Client.open(a, room.occurrence, cookies[room.moderator])
        near_socket = await Client.open(b, room.occurrence, cookies[near])
        far_socket = await Client.open(a, room.occurrence, cookies[far])
        sockets = [mod, near_socket, far_socket]
        for s in sockets:
            await s.until("presence", lambda p: p["participant_count"] == 3)

        # Both servers carry the layer's traffic: each holds what hashes to it.
        for index, url in enumerate(redis_shards):
            server = redis.Redis.from_url(url)
            try:
                if layer == "pubsub":
                    held = [c.decode() for c in server.pubsub_channels()]
                    names = [c.split("__group__", 1)[-1] for c in held if "__group__" in c]
                else:
                    held = [k.decode() for k in server.scan_iter(match=f"{PREFIX}:group:*")]
                    names = [k.split(":group:", 1)[1] for k in held]
            finally:
                server.close()
            expected = [
                g
                for g in (
                    room_group_name(room.occurrence.pk),
                    user_group_name(near.pk),
                    user_group_name(far.pk),
                )
                if shard_of(g, layer) == index
            ]
            assert expected and set(expected) <= set(names), (index, names)

        # A room event from each worker reaches all three.
        await near_socket.send({"type": "message.send", "client_id": "shard-0001", "body": "hi"})
        await far_socket.send({"type": "message.send", "client_id": "shard-0002", "body": "yo"})
        for s in sockets:
            seen = set()
            while seen != {1, 2}:
                seen.add((await s.until("message.new"))["message"]["seq"])

        # Events for one person: the moderator (worker A) mutes each; each hears it
        # privately on their own worker, through their own group's server.
        for target, socket in ((near, near_socket), (far, far_socket)):
            await mod.send(
                {"type": "member.mute", "user_id": target.pk, "minutes": 5, "reason": "breathe"}
            )
            notice = await socket.until("notice", lambda f: f["kind"] == "muted")
            assert notice["reason"] == "breathe"
    finally:
        for s in sockets:
            await s.ws.close()
        a.stop()
        b.stop()
