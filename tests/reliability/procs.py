"""Real processes for the fault tests: daphne workers, a private Redis, a private
PostgreSQL cluster. Each is started by the test that needs it and stopped by it; the
shared Redis and PostgreSQL that other tests use are never touched."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path("/usr/lib/postgresql/15/bin")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, *, timeout: float = 30, proc=None, log: Path | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(
                f"exited {proc.returncode}: {log.read_text()[-3000:] if log else ''}"
            )
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", port), timeout=0.5),
        ):
            return
        time.sleep(0.1)
    raise TimeoutError(f"nothing answered on {port}")


class Daphne:
    """One daphne worker with Kindred's frame limits."""

    def __init__(self, *, database_url: str, redis_url: str, **env):
        self.port = free_port()
        self.log_path = Path(tempfile.gettempdir()) / f"kindred-rel-daphne-{self.port}.log"
        environment = {
            **os.environ,
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "DJANGO_SETTINGS_MODULE": "kindred.settings",
            "PYTHONUNBUFFERED": "1",
            **env,
        }
        environment.pop("SECRET_KEY", None)
        self.log = self.log_path.open("w")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "daphne",
                "-b",
                "127.0.0.1",
                "-p",
                str(self.port),
                "--websocket-max-message-size",
                "65536",
                "--websocket-max-frame-size",
                "65536",
                "kindred.asgi:application",
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )
        wait_for_port(self.port, proc=self.proc, log=self.log_path)

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def rss_kib(self) -> int:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def stop(self, sig=signal.SIGTERM) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()

    def log_text(self) -> str:
        self.log.flush()
        return self.log_path.read_text()


class PrivateRedis:
    """A throwaway redis-server on its own port (never the shared one)."""

    def __init__(self):
        self.port = free_port()
        self.proc = None
        self.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--bind",
                "127.0.0.1",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, proc=self.proc)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


class PrivateCluster:
    """A throwaway PostgreSQL cluster in a temporary directory, owned by the postgres user,
    on its own port and socket directory (never the shared cluster)."""

    def __init__(self):
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="kindred-pg-"))
        shutil.chown(self.dir, "postgres", "postgres")
        self.data = self.dir / "data"
        self._as_postgres(
            [
                str(PG_BIN / "initdb"),
                "-D",
                str(self.data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "--no-sync",
            ]
        )
        self.start()

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/kindred_faults"

    def _as_postgres(self, command: list[str]) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *command],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=120,
        )

    def start(self) -> None:
        self._as_postgres(
            [
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.data),
                "-w",
                "-l",
                str(self.dir / "log"),
                "-o",
                f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off",
                "start",
            ]
        )

    def stop(self) -> None:
        self._as_postgres(
            [str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-w", "-m", "fast", "stop"]
        )

    def destroy(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class Blackhole:
    """A TCP proxy to ``upstream`` that can go silent: while paused it accepts connections
    and reads what is sent, but forwards nothing either way and answers nothing (no reset),
    as when the database's host drops off the network. Resumed, what was held goes through.
    Threads of the test's own process, stopped by ``stop()``."""

    def __init__(self, upstream_port: int, *, upstream_host: str = "127.0.0.1"):
        import threading

        self.upstream = (upstream_host, upstream_port)
        self.flowing = threading.Event()
        self.flowing.set()
        self.stopped = threading.Event()
        self.sockets: list[socket.socket] = []
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def pause(self) -> None:
        self.flowing.clear()

    def resume(self) -> None:
        self.flowing.set()

    def stop(self) -> None:
        self.stopped.set()
        self.flowing.set()
        for s in [self.listener, *self.sockets]:
            with contextlib.suppress(OSError):
                s.close()

    def _accept(self) -> None:
        import threading

        while not self.stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.sockets.append(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        import threading

        self.flowing.wait()
        if self.stopped.is_set():
            return
        try:
            upstream = socket.create_connection(self.upstream, timeout=5)
        except OSError:
            client.close()
            return
        upstream.settimeout(None)
        self.sockets.append(upstream)
        threading.Thread(target=self._pump, args=(upstream, client), daemon=True).start()
        self._pump(client, upstream)

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while True:
                self.flowing.wait()
                data = source.recv(65536)
                self.flowing.wait()
                if not data or self.stopped.is_set():
                    break
                sink.sendall(data)
        except OSError:
            pass
        for s in (source, sink):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
