"""PostgreSQL restarts during a meeting: while it is down, sends get a clear error frame
(and the client tries again), no worker dies, and once it is back everything works again
without restarting a worker, with nothing lost or doubled.

The shared PostgreSQL is never touched: this test makes its own throwaway cluster
(initdb in a temporary directory, its own port and socket directory), migrates it, and
points two daphne workers at it.
"""

import asyncio
import json
import os
import subprocess
import sys

import pytest

from tests.reliability.clients import RoomClient
from tests.reliability.procs import ROOT, Daphne, PrivateCluster

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db]

_SEED = """
import datetime as dt, json
from django.test import Client
from django.utils import timezone
from accounts.models import User
from groups.models import Membership, Role
from groups.services import group_create
from meetings.models import MeetingSeries, Occurrence

owner = User.objects.create_user(email="owner@example.org", password=None, display_name="Olive")
group = group_create(owner=owner, name="Restart circle", visibility="private")
people = {}
for name in ("alice", "bob"):
    user = User.objects.create_user(email=f"{name}@example.org", password=None, display_name=name)
    Membership.objects.create(group=group, user=user, role=Role.MEMBER,
                              guidelines_accepted_at=group.created_at)
    client = Client()
    client.force_login(user)
    people[name] = "sessionid=" + client.cookies["sessionid"].value
start = timezone.now() - dt.timedelta(minutes=5)
series = MeetingSeries.objects.create(group=group, title="Live", start_time=start.time(),
    start_date=start.date(), weekdays=[start.weekday()], lobby_minutes=10, grace_minutes=15)
occurrence = Occurrence.objects.create(series=series, original_start=start, start=start,
    end=start + dt.timedelta(hours=1))
print(json.dumps({"occurrence": occurrence.pk, **people}))
"""


def _manage(database_url: str, *args: str) -> str:
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "kindred.settings"}
    env.pop("SECRET_KEY", None)
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return done.stdout


def _message_rows(database_url: str) -> list:
    out = _manage(
        database_url,
        "shell",
        "-c",
        "import json; from chat.models import Message; "
        "print(json.dumps(list(Message.objects.order_by('seq').values_list('seq', 'client_id'))))",
    )
    return json.loads(out.strip().splitlines()[-1])


async def test_a_database_restart_gives_clear_errors_and_recovers_without_a_worker_restart():
    cluster = PrivateCluster()
    workers = []
    try:
        subprocess.run(
            [
                "createdb",
                "-h",
                "127.0.0.1",
                "-p",
                str(cluster.port),
                "-U",
                "postgres",
                "kindred_faults",
            ],
            check=True,
            timeout=60,
        )
        _manage(cluster.url, "migrate", "--noinput")
        seed = json.loads(_manage(cluster.url, "shell", "-c", _SEED).strip().splitlines()[-1])
        env = {"KINDRED_RATE_LIMIT_MESSAGES": "100000", "KINDRED_WS_FRAMES_PER_WINDOW": "100000"}
        workers = [
            Daphne(database_url=cluster.url, redis_url=os.environ["REDIS_URL"], **env)
            for _ in range(2)
        ]
        a, b = workers
        alice = RoomClient("alice", seed["alice"], seed["occurrence"], workers)
        bob = RoomClient("bob", seed["bob"], seed["occurrence"], workers)
        await alice.connect(a)
        await bob.connect(b)
        acknowledged = set()
        async with asyncio.timeout(150):
            seq, _ = await alice.say("pg-before-0001", "before the restart")
            acknowledged.add(seq)
            await bob.caught_up(seq)

            await asyncio.to_thread(cluster.stop)
            # While it is down: a clear error frame, and the socket stays open.
            await alice.send_frame(
                {
                    "type": "message.send",
                    "client_id": "pg-during-001",
                    "body": "during",
                    "ref": "down",
                }
            )
            reply = await alice.until(
                lambda f: (
                    f["type"] in ("_closed", "message.ack")
                    or (f["type"] == "error" and f.get("ref") == "down")
                )
            )
            assert reply["type"] == "error", reply
            assert reply.get("retry_after"), reply
            assert alice.open
            assert all(w.alive for w in workers)

            await asyncio.to_thread(cluster.start)
            # The client tries again with the same client_id: stored once.
            seq, _ = await alice.say("pg-during-001", "during")
            acknowledged.add(seq)
            seq, _ = await bob.say("pg-after-bob-1", "after, from the other worker")
            acknowledged.add(seq)
            for client in (alice, bob):
                await client.caught_up(max(acknowledged))
        await alice.close()
        await bob.close()
        assert all(w.alive for w in workers)
        for client in (alice, bob):
            assert len(client.seqs) == len(set(client.seqs))
            assert acknowledged <= set(client.seqs)
        rows = _message_rows(cluster.url)
        assert [seq for seq, _ in rows] == sorted(acknowledged)
        assert len({cid for _, cid in rows}) == len(rows) == 3
    finally:
        for worker in workers:
            worker.stop()
        cluster.destroy()
