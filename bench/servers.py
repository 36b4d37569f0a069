"""Start and stop the servers under test. Every server listens on 127.0.0.1 only, runs in its
own process group, and is stopped (TERM, then KILL) however the benchmark ends."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
HOST = "127.0.0.1"
# Connections the kernel queues for a worker before it accepts them (README, step 4).
BACKLOG = 2048
LOG_DIR = Path(os.environ.get("BENCH_LOG_DIR", Path(tempfile.gettempdir()) / "kindred-bench"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {proc.returncode}")
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.5):
            return
        time.sleep(0.1)
    raise TimeoutError(f"nothing answered on {HOST}:{port} within {timeout} s")


@dataclass
class Server:
    name: str
    port: int
    proc: subprocess.Popen
    log: Path

    @property
    def pid(self) -> int:
        return self.proc.pid


@dataclass
class ServerSet:
    """Servers started together; use as a context manager so they always stop."""

    servers: list[Server] = field(default_factory=list)

    def __enter__(self) -> "ServerSet":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        for server in self.servers:
            _terminate(server.proc)
        self.servers.clear()

    @property
    def ports(self) -> list[int]:
        return [s.port for s in self.servers]

    @property
    def pids(self) -> dict[str, int]:
        return {s.name: s.pid for s in self.servers}

    def check_alive(self) -> None:
        for s in self.servers:
            if s.proc.poll() is not None:
                raise RuntimeError(f"{s.name} died (exit {s.proc.returncode}); see {s.log}")


def _terminate(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def _spawn(name: str, cmd: list[str], env: dict[str, str], port: int) -> Server:
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    log = LOG_DIR / f"{name}.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so killpg reaches any children
        )
    server = Server(name=name, port=port, proc=proc, log=log)
    try:
        wait_for_port(port, proc)
    except Exception:
        _terminate(proc)
        raise
    return server


def daphne_command(app: str, port: int) -> list[str]:
    """The project's serve command: KINDRED_SERVE_CMD may replace daphne (with {app}, {port})."""
    custom = os.environ.get("KINDRED_SERVE_CMD")
    if custom:
        return [part.format(app=app, port=port, host=HOST) for part in custom.split()]
    # The deployment's listening backlog (README, step 4), for Kindred and the floor alike.
    endpoint = f"tcp:port={port}:interface={HOST}:backlog={BACKLOG}"
    return [str(VENV_BIN / "daphne"), "-e", endpoint, app]


def start_daphne(servers: ServerSet, *, app: str, workers: int, env: dict, label: str) -> None:
    for i in range(workers):
        port = free_port()
        servers.servers.append(_spawn(f"{label}-{i}", daphne_command(app, port), env, port))


def start_redis_shards(servers: ServerSet, count: int) -> list[str]:
    """``count`` throwaway redis-server processes on free ports (no persistence), for a
    channel layer sharded over them; returns their URLs in a fixed order."""
    urls = []
    for i in range(count):
        port = free_port()
        while port in servers.ports:
            port = free_port()
        cmd = ["redis-server", "--bind", HOST, "--port", str(port), "--save", "", "--appendonly"]
        cmd += ["no", "--dir", tempfile.gettempdir()]
        servers.servers.append(_spawn(f"redis-shard-{i}", cmd, dict(os.environ), port))
        urls.append(f"redis://{HOST}:{port}/0")
    return urls


def start_ceiling(servers: ServerSet, *, env: dict) -> None:
    port = free_port()
    cmd = [sys.executable, "-m", "bench.ceiling", "--port", str(port)]
    servers.servers.append(_spawn("ceiling-0", cmd, env, port))
