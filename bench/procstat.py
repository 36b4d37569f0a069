"""CPU time and resident memory of a process, read from /proc (Linux only, no psutil)."""

import os
from dataclasses import dataclass

_TICKS = os.sysconf("SC_CLK_TCK")
_PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Sample:
    cpu_seconds: float  # user + system time since the process started
    rss_bytes: int


def sample(pid: int) -> Sample:
    with open(f"/proc/{pid}/stat") as f:
        stat = f.read()
    # The command name may hold spaces; the fields we want follow the closing parenthesis.
    fields = stat[stat.rindex(")") + 2 :].split()
    utime, stime = int(fields[11]), int(fields[12])
    rss_pages = int(fields[21])
    return Sample(cpu_seconds=(utime + stime) / _TICKS, rss_bytes=rss_pages * _PAGE)


def rss_kib(pid: int) -> int:
    """VmRSS from /proc/<pid>/status (the same figure `ps` shows), in KiB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class CpuMeter:
    """CPU use of a set of processes over a window, as a share of one core (1.0 = 100%)."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self._start: dict[str, float] = {}
        self._t0 = 0.0

    def start(self) -> None:
        self._t0 = _now()
        self._start = {name: sample(pid).cpu_seconds for name, pid in self.pids.items()}

    def stop(self) -> dict[str, dict]:
        elapsed = max(_now() - self._t0, 1e-9)
        out = {}
        for name, pid in self.pids.items():
            s = sample(pid)
            out[name] = {
                "cpu": (s.cpu_seconds - self._start[name]) / elapsed,
                "rss_kib": rss_kib(pid),
            }
        return out


def _now() -> float:
    return os.times().elapsed
