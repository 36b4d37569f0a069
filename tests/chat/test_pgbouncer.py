"""Scale-out: a worker reaching PostgreSQL through PgBouncer in transaction mode
(Debian's pgbouncer, KINDRED_DB_PREPARED=0) serves a live room: the page, the socket,
messages past the point where statements would have been prepared, and a resume."""

import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg
import pytest
from asgiref.sync import sync_to_async
from django.db import connection

from tests.chat.test_multiprocess import Client, _cookie
from tests.chat.workers import Worker, free_port

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pgbouncer():
    """PgBouncer on a free port, pooling by transaction in front of the test database's
    server. Yields its port."""
    binary = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
    if not Path(binary).exists():
        pytest.fail("pgbouncer is missing: apt-get install pgbouncer (make test installs it).")
    db = connection.settings_dict
    port = free_port()
    folder = Path(tempfile.mkdtemp(prefix="kindred-pgbouncer-"))
    folder.chmod(0o755)
    (folder / "users.txt").write_text(f'"{db["USER"]}" ""\n')
    (folder / "pgbouncer.ini").write_text(
        "[databases]\n"
        f"* = host={db['HOST'] or '127.0.0.1'} port={db['PORT'] or 5432}\n"
        "[pgbouncer]\n"
        f"listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n"
        f"auth_type = trust\nauth_file = {folder}/users.txt\n"
        f"admin_users = {db['USER']}\n"
        "pool_mode = transaction\ndefault_pool_size = 8\nmax_client_conn = 200\n"
        # Several server connections, taken in turn: consecutive transactions of one
        # client land on different ones, as under load (a prepared statement would not
        # be found there).
        "min_pool_size = 4\nserver_round_robin = 1\n"
        "ignore_startup_parameters = extra_float_digits,options\n"
    )
    for path in folder.iterdir():
        path.chmod(0o644)
    # PgBouncer will not run as root; it takes another user's identity instead.
    as_user = ["-u", "nobody"] if os.geteuid() == 0 else []
    log = (folder / "pgbouncer.log").open("w")
    proc = subprocess.Popen(
        [binary, *as_user, str(folder / "pgbouncer.ini")], stdout=log, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                psycopg.connect(_admin_url(port), autocommit=True).close()
                break
            except psycopg.OperationalError:
                assert proc.poll() is None, (folder / "pgbouncer.log").read_text()
                assert time.monotonic() < deadline, "pgbouncer did not start"
                time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


def _admin_url(port: int) -> str:
    return f"postgres://{connection.settings_dict['USER']}@127.0.0.1:{port}/pgbouncer"


def _transactions_through(port: int, database: str) -> int:
    with psycopg.connect(_admin_url(port), autocommit=True) as admin:
        admin.prepare_threshold = None
        rows = admin.execute("SHOW STATS").fetchall()
        columns = [c.name for c in admin.execute("SHOW STATS").description]
    stats = {row[columns.index("database")]: row for row in rows}
    return stats[database][columns.index("total_xact_count")] if database in stats else 0


async def test_a_worker_behind_pgbouncer_in_transaction_mode_serves_a_room(pgbouncer, room, client):
    db = connection.settings_dict
    env = {
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{pgbouncer}/{db['NAME']}",
        "KINDRED_DB_PREPARED": "0",
        "DATABASE_CONN_MAX_AGE": "60",
    }
    worker = Worker(free_port(), env=env)
    sockets = []
    try:
        await sync_to_async(worker.wait_ready)()
        alice_cookie = await sync_to_async(_cookie)(client, room.alice)
        bob_cookie = await sync_to_async(_cookie)(client, room.bob)

        # The room's page.
        request = urllib.request.Request(
            f"http://127.0.0.1:{worker.port}/meetings/room/{room.occurrence.pk}/",
            headers={"Cookie": alice_cookie},
        )
        page = await sync_to_async(urllib.request.urlopen)(request, timeout=20)
        assert page.status == 200
        assert "Evening share" in page.read().decode()

        # The socket: messages both ways, more than enough to have been prepared.
        alice = await Client.open(worker, room.occurrence, alice_cookie)
        bob = await Client.open(worker, room.occurrence, bob_cookie)
        sockets = [alice, bob]
        for n in range(1, 7):
            sender = alice if n % 2 else bob
            await sender.send(
                {"type": "message.send", "client_id": f"bouncer-{n:04d}", "body": f"m{n}"}
            )
            for s in sockets:
                await s.until("message.new", lambda f, n=n: f["message"]["seq"] == n)

        # A reconnect resumes from the last seq seen, from the database.
        await bob.ws.close()
        bob = await Client.open(worker, room.occurrence, bob_cookie, last_seq=3)
        sockets[1] = bob
        assert [m["seq"] for m in bob.welcome["history"]] == [4, 5, 6]
        assert await sync_to_async(_transactions_through)(pgbouncer, db["NAME"]) > 10
    finally:
        for s in sockets:
            await s.ws.close()
        worker.stop()
