"""Sample the servers under test with py-spy while load runs, and summarise the stacks.

bench/run.py --scenario S1 --quick --profile   # writes docs/performance/profile-*.txt

With ``BENCH_PROFILE_GIL=1`` only the thread holding the interpreter lock is sampled: where
a worker's one core of Python goes, leaving out threads that wait for PostgreSQL.
"""

import contextlib
import os
import subprocess
from collections import Counter
from pathlib import Path

from bench.servers import VENV_BIN


class Profiler:
    def __init__(self, pids: dict[str, int], out: Path, tag: str, seconds: float) -> None:
        self.pids, self.out, self.tag, self.seconds = pids, out, tag, seconds
        self.procs: list[tuple[str, subprocess.Popen, Path]] = []

    def start(self) -> None:
        spy = VENV_BIN / "py-spy"
        if not spy.exists():
            return
        self.out.mkdir(parents=True, exist_ok=True)
        for name, pid in self.pids.items():
            raw = self.out / f"profile-{self.tag}-{name}.raw"
            cmd = [
                str(spy),
                "record",
                "-p",
                str(pid),
                "-d",
                str(int(self.seconds) + 1),
                "-r",
                "100",
                "--format",
                "raw",
                "--nonblocking",
                *(["--gil"] if os.environ.get("BENCH_PROFILE_GIL") else []),
                "-o",
                str(raw),
            ]
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.procs.append((name, proc, raw))

    def stop(self) -> None:
        for _name, proc, raw in self.procs:
            try:
                proc.wait(timeout=self.seconds + 30)
            except subprocess.TimeoutExpired:
                proc.kill()
                continue
            with contextlib.suppress(OSError):
                (raw.with_suffix(".txt")).write_text(summarise(raw))
                raw.unlink()


def summarise(raw: Path, top: int = 45) -> str:
    inclusive: Counter[str] = Counter()
    leaf: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        if not n.isdigit():
            continue
        count = int(n)
        total += count
        frames = stack.split(";")
        for frame in set(frames):
            inclusive[frame] += count
        leaf[frames[-1]] += count
    sampled = "holding the GIL" if os.environ.get("BENCH_PROFILE_GIL") else "busy threads only"
    lines = [f"{total} samples ({sampled})", "", "inclusive:"]
    lines += [f"{n / total:6.1%} {f[:160]}" for f, n in inclusive.most_common(top)]
    lines += ["", "leaf:"]
    lines += [f"{n / total:6.1%} {f[:160]}" for f, n in leaf.most_common(top // 2)]
    return "\n".join(lines) + "\n"
