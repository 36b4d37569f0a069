"""Kindred's fan-out benchmark. `make bench` runs every scenario; see docs/performance.md.

    .venv/bin/python bench/run.py                       # S1..S7, both channel layers
    .venv/bin/python bench/run.py --quick               # the same, small and short (about 5 min)
    .venv/bin/python bench/run.py --scenario S1 --quick # one scenario
    .venv/bin/python bench/run.py --layers redis        # one channel layer

It starts its own servers on 127.0.0.1 (Kindred's daphne workers, the floor's daphne workers,
the ceiling's websockets server) against the bench PostgreSQL database and Redis db, and stops
them however it ends. Results go to docs/performance/results[-quick].json, the tables to
docs/performance/results[-quick].md and the plots to docs/performance/*.png.
"""

import argparse
import asyncio
import json
import os
import signal
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

if __package__ in {None, ""}:  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import env as benv
from bench import procstat
from bench.load import Client, Load
from bench.profile import Profiler
from bench.protocols import CeilingProtocol, FloorProtocol, KindredProtocol, Protocol
from bench.servers import ROOT, ServerSet, start_ceiling, start_daphne, start_redis_shards
from bench.stats import summarize
from bench.storm import StormSizes

OUT = ROOT / "docs" / "performance"


@dataclass(frozen=True)
class Sizes:
    s1_rooms: int
    s1_people: int
    s1_duration: float
    s2_people: int
    s2_duration: float
    s3_rooms: int
    s3_people: int
    s3_rates: tuple[float, ...]
    s3_step: float
    s4_steps: tuple[int, ...]
    s5_missed: int
    s5_repeats: int
    drain: float
    # S1 and S2 drive their load this long, unrecorded, before the measured run: they
    # measure rooms in the middle of an evening, not each worker's first messages in them.
    warmup: float
    s6: StormSizes


FULL = Sizes(
    s1_rooms=50,
    s1_people=20,
    s1_duration=30,
    s2_people=200,
    s2_duration=30,
    s3_rooms=10,
    s3_people=20,
    # Steps of a quarter or less above 80, so the highest sustainable rate is known to
    # within a quarter (a ratio of two such rates, to within about that).
    s3_rates=(5, 10, 20, 40, 60, 80, 100, 120, 140, 160, 200, 240, 280, 320, 400, 480),
    s3_step=6,
    s4_steps=(1000, 2000),
    s5_missed=500,
    s5_repeats=5,
    drain=5,
    warmup=5,
    s6=StormSizes(
        rooms=40,
        arriving=800,
        present=2,
        window=1.0,
        join_rate=20,
        kill_rate=88,  # each of the 880 people every 10 s on average, as in S1
        before_kill=5,
        after=3,
        limit=120,
        drain=5,
    ),
)
QUICK = Sizes(
    s1_rooms=5,
    s1_people=10,
    s1_duration=6,
    s2_people=50,
    s2_duration=6,
    s3_rooms=3,
    s3_people=10,
    s3_rates=(5, 10, 20, 40, 80),
    s3_step=3,
    s4_steps=(200,),
    s5_missed=500,
    s5_repeats=2,
    drain=3,
    warmup=2,
    s6=StormSizes(
        rooms=10,
        arriving=200,
        present=2,
        window=1.0,
        join_rate=5,
        kill_rate=22,
        before_kill=3,
        after=2,
        limit=30,
        drain=3,
    ),
)


def log(*parts) -> None:
    print(time.strftime("%H:%M:%S"), *parts, flush=True)


# -- targets ---------------------------------------------------------------------------


class Target:
    """One server under test, started for one scenario and stopped afterwards."""

    def __init__(self, name: str, layer: str | None, workers: int, shards: int = 0) -> None:
        self.name, self.layer, self.workers = name, layer, workers
        self.servers = ServerSet()
        # With shards, the channel layer runs on that many redis-server processes of the
        # target's own (S7), started before the workers and stopped after them.
        self.shards = shards
        self.shard_servers = ServerSet()
        self.shard_urls: list[str] = []
        self.protocol: Protocol
        self.rooms: list[dict] = []

    @property
    def label(self) -> str:
        return self.name if self.layer is None else f"{self.name}/{self.layer}"

    def env(self) -> dict[str, str]:
        return benv.server_env(self.layer, self.shard_urls)

    def start(self, *, rooms: int, people: int, extra_env: dict | None = None) -> None:
        if self.shards:
            self.shard_urls = start_redis_shards(self.shard_servers, self.shards)
        if self.name == "kindred":
            env = {**self.env(), **(extra_env or {})}
            # The database was emptied when the run started; each target gets fresh
            # people, groups and meetings of its own. Redis is emptied between targets.
            benv.flush_redis()
            made = json.loads(
                benv.python_module(
                    env, "bench.fixtures", "rooms", "--rooms", str(rooms), "--people", str(people)
                )
            )
            self.protocol = KindredProtocol(made["cookie_name"])
            self.rooms = [
                {"room": str(r["occurrence_id"]), "sessions": r["sessions"], "raw": r}
                for r in made["rooms"]
            ]
            start_daphne(
                self.servers,
                app=os.environ.get("KINDRED_ASGI", "kindred.asgi:application"),
                workers=self.workers,
                env=env,
                label=f"kindred-{self.layer}",
            )
        elif self.name == "floor":
            env = self.env()
            self.protocol = FloorProtocol()
            self.rooms = [{"room": str(r), "sessions": [None] * people} for r in range(rooms)]
            start_daphne(
                self.servers,
                app="bench.floor_asgi:application",
                workers=self.workers,
                env=env,
                label=f"floor-{self.layer}",
            )
        else:
            self.protocol = CeilingProtocol()
            self.rooms = [{"room": str(r), "sessions": [None] * people} for r in range(rooms)]
            start_ceiling(self.servers, env=benv.server_env("redis"))

    def clients(self) -> list[Client]:
        ports = self.servers.ports
        out, i = [], 0
        for room in self.rooms:
            for session in room["sessions"]:
                out.append(
                    Client(index=i, room=room["room"], port=ports[i % len(ports)], session=session)
                )
                i += 1
        return out

    def stop(self) -> None:
        self.servers.stop()
        self.shard_servers.stop()
        self.shard_urls = []


ONLY: set[str] = {"kindred", "floor", "ceiling"}
PROFILE = False
PROFILE_TAG = ["run"]


def targets_for(
    layers: list[str], workers: int, *, ceiling: bool = True, shards: int = 0
) -> list[Target]:
    out = []
    for layer in layers:
        out += [Target("kindred", layer, workers, shards), Target("floor", layer, workers, shards)]
    if ceiling:
        out.append(Target("ceiling", None, 1))
    return [t for t in out if t.name in ONLY]


def _cpu_block(meter: procstat.CpuMeter) -> dict:
    got = meter.stop()
    workers = {k: v for k, v in got.items() if k != "client"}
    return {
        "workers": workers,
        "worker_cpu_total": sum(v["cpu"] for v in workers.values()),
        "worker_rss_kib_total": sum(v["rss_kib"] for v in workers.values()),
        "client_cpu": got["client"]["cpu"],
    }


# -- S1, S2: steady load ---------------------------------------------------------------


async def _settle(target: Target, *, idle_cores: float = 0.1, limit: float = 15.0) -> None:
    """Wait until the servers have finished with everyone joining (their CPU use falls
    below ``idle_cores`` over half a second, at least 1 s and at most ``limit``), so the
    measured window holds the scenario's messages and not the tail of the joins."""
    await asyncio.sleep(1.0)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        meter = procstat.CpuMeter(target.servers.pids)
        meter.start()
        await asyncio.sleep(0.5)
        if sum(v["cpu"] for v in meter.stop().values()) < idle_cores:
            return
    log(f"  {target.label}: still busy after {limit:g} s of joins; measuring anyway")


async def _steady(
    target: Target, *, rate: float, duration: float, drain: float, warmup: float
) -> dict:
    load = Load(target.protocol, target.clients())
    try:
        connect_s = await load.connect_all()
        await _settle(target)
        warm = summarize(await load.drive(total_rate=rate, duration=warmup, drain=drain))
        w = warm["last_latency_ms"]
        log(f"  warm-up ({warmup:g} s, not counted): last p50 {w['p50']:.1f} p99 {w['p99']:.1f}")
        load.reset()
        await asyncio.sleep(1.0)
        meter = procstat.CpuMeter({**target.servers.pids, "client": os.getpid()})
        profiler = None
        if PROFILE and target.name == "kindred":
            profiler = Profiler(target.servers.pids, OUT, PROFILE_TAG[0], duration + 1)
            profiler.start()
        meter.start()
        result = await load.drive(total_rate=rate, duration=duration, drain=drain)
        cpu = _cpu_block(meter)
        if profiler:
            profiler.stop()
    finally:
        await load.close_all()
    summary = summarize(result)
    summary.update(
        cpu,
        connect_seconds=connect_s,
        connect_retries=load.connect_retries,
        warmup_seconds=warmup,
        warmup_last_latency_ms=warm["last_latency_ms"],
        clients=len(load.clients),
        rate=rate,
    )
    return summary


def scenario_steady(name: str, sizes: Sizes, layers: list[str]) -> dict:
    if name == "S1":
        rooms, people, duration = sizes.s1_rooms, sizes.s1_people, sizes.s1_duration
        rate = rooms * people / 10.0  # each person every 10 s on average
    else:
        rooms, people, duration, rate = 1, sizes.s2_people, sizes.s2_duration, 5.0
    out: dict = {
        "rooms": rooms,
        "people": people,
        "rate": rate,
        "duration": duration,
        "workers": 2,
        "runs": {},
    }
    for target in targets_for(layers, workers=2):
        log(f"{name} {target.label}: {rooms} rooms x {people}, {rate:g} msg/s, {duration:g} s")
        PROFILE_TAG[0] = f"{name.lower()}-{target.layer}"
        try:
            target.start(rooms=rooms, people=people)
            summary = asyncio.run(
                _steady(
                    target, rate=rate, duration=duration, drain=sizes.drain, warmup=sizes.warmup
                )
            )
        finally:
            target.stop()
        out["runs"][target.label] = summary
        log(f"  {_line(summary)}")
    return out


def _line(s: dict) -> str:
    last = s["last_latency_ms"]
    return (
        f"last p50 {last['p50']:.1f} p99 {last['p99']:.1f} max {last['max']:.1f} ms; "
        f"lost {s['deliveries_lost']} dup {s['duplicates']} ooo {s['out_of_order']} "
        f"rejected {s['rejected']}; {s['deliveries_per_s']:.0f} deliveries/s; "
        f"workers cpu {s['worker_cpu_total']:.2f} client cpu {s['client_cpu']:.2f}"
    )


# -- S7: scale-out ---------------------------------------------------------------------

S7_WORKERS = 4
S7_SHARDS = 2


def shard_commands(urls: list[str]) -> list[int]:
    """Commands each shard has processed since it started: whether both carried traffic."""
    import redis

    counts = []
    for url in urls:
        client = redis.Redis.from_url(url)
        try:
            counts.append(int(client.info("stats")["total_commands_processed"]))
        finally:
            client.close()
    return counts


def scenario_scaleout(sizes: Sizes, layers: list[str]) -> dict:
    """S1's evening on a scaled-out deployment: 4 workers, the channel layer sharded over
    two redis-server processes of the run's own (the cache on the bench Redis); the floor
    the same way. Production's channel layer."""
    rooms, people, duration = sizes.s1_rooms, sizes.s1_people, sizes.s1_duration
    rate = rooms * people / 10.0
    out: dict = {
        "rooms": rooms,
        "people": people,
        "rate": rate,
        "duration": duration,
        "workers": S7_WORKERS,
        "shards": S7_SHARDS,
        "runs": {},
    }
    layer = production_layer(layers)
    for target in targets_for([layer], S7_WORKERS, ceiling=False, shards=S7_SHARDS):
        log(
            f"S7 {target.label}: {rooms} rooms x {people}, {rate:g} msg/s, {duration:g} s, "
            f"{S7_WORKERS} workers, channel layer on {S7_SHARDS} Redis shards"
        )
        PROFILE_TAG[0] = f"s7-{target.layer}"
        try:
            target.start(rooms=rooms, people=people)
            summary = asyncio.run(
                _steady(
                    target, rate=rate, duration=duration, drain=sizes.drain, warmup=sizes.warmup
                )
            )
            summary["shard_commands"] = shard_commands(target.shard_urls)
        finally:
            target.stop()
        out["runs"][target.label] = summary
        log(f"  {_line(summary)}; commands per shard {summary['shard_commands']}")
    return out


# -- S3: saturation --------------------------------------------------------------------

P99_LIMIT_MS = 250.0


def sustainable(s: dict) -> bool:
    return (
        s["last_latency_ms"]["p99"] <= P99_LIMIT_MS
        and s["deliveries_lost"] == 0
        and s["rejected"] == 0
        and s["last_latency_ms"]["n"] > 0
    )


async def _saturate(target: Target, sizes: Sizes) -> dict:
    load = Load(target.protocol, target.clients())
    steps, best = [], 0.0
    try:
        await load.connect_all()
        await _settle(target)
        for rate in sizes.s3_rates:
            load.reset()
            meter = procstat.CpuMeter({**target.servers.pids, "client": os.getpid()})
            meter.start()
            result = await load.drive(total_rate=rate, duration=sizes.s3_step, drain=sizes.drain)
            s = summarize(result, keep_samples=100)
            s.update(_cpu_block(meter), rate=rate)
            s["sustainable"] = sustainable(s)
            steps.append(s)
            log(f"  {rate:g} msg/s: {_line(s)}")
            if not s["sustainable"]:
                break
            best = rate
            await asyncio.sleep(1.0)
    finally:
        await load.close_all()
    return {"steps": steps, "highest_sustainable_rate": best}


def scenario_saturation(sizes: Sizes, layers: list[str]) -> dict:
    out: dict = {
        "rooms": sizes.s3_rooms,
        "people": sizes.s3_people,
        "workers": 2,
        "rates": list(sizes.s3_rates),
        "step_seconds": sizes.s3_step,
        "runs": {},
    }
    for target in targets_for(layers, workers=2):
        log(f"S3 {target.label}: {sizes.s3_rooms} rooms x {sizes.s3_people}")
        try:
            # The per-person limits (8 messages and 40 frames per 10 s) would otherwise cap
            # the offered load per client: S3 measures the room's machinery, not that policy.
            target.start(
                rooms=sizes.s3_rooms,
                people=sizes.s3_people,
                extra_env={
                    "KINDRED_RATE_LIMIT_MESSAGES": "1000000",
                    "KINDRED_WS_FRAMES_PER_WINDOW": "1000000",
                },
            )
            out["runs"][target.label] = asyncio.run(_saturate(target, sizes))
        finally:
            target.stop()
        log(f"  highest sustainable: {out['runs'][target.label]['highest_sustainable_rate']}")
    return out


def production_layer(layers: list[str]) -> str:
    """S4 and S5 run on one layer: production's choice (docs/performance.md) if measured."""
    return "pubsub" if "pubsub" in layers else layers[0]


# -- S4: idle capacity -----------------------------------------------------------------


async def _idle(target: Target, steps: tuple[int, ...], people: int) -> dict:
    pid = next(iter(target.servers.pids.values()))
    clients = target.clients()
    # Warm the worker first (imports, first queries, pools), then count from there.
    warm = Load(target.protocol, clients[:people])
    points, loads = [], [warm]
    try:
        await warm.connect_all()
        await asyncio.sleep(1.0)
        base = procstat.rss_kib(pid)
        opened = people
        for n in steps:
            load = Load(target.protocol, clients[opened:n])
            loads.append(load)
            started = time.monotonic()
            try:
                await load.connect_all(concurrency=8, timeout=600)
            except Exception as exc:  # report how far it got
                points.append({"connections": n, "failed": repr(exc)})
                break
            await asyncio.sleep(2.0)
            rss = procstat.rss_kib(pid)
            points.append(
                {
                    "connections": n,
                    "rss_kib": rss,
                    "kib_per_connection": (rss - base) / (n - people),
                    "connect_seconds": time.monotonic() - started,
                }
            )
            log(
                f"  {n} open: rss {rss / 1024:.0f} MiB, "
                f"{points[-1]['kib_per_connection']:.1f} KiB each"
            )
            opened = n
    finally:
        for load in reversed(loads):
            await load.close_all()
    return {"base_rss_kib": base, "points": points}


def scenario_idle(sizes: Sizes, layers: list[str]) -> dict:
    people = 20
    top = max(sizes.s4_steps)
    rooms = -(-top // people)
    out: dict = {"steps": list(sizes.s4_steps), "people_per_room": people, "runs": {}}
    for target in targets_for([production_layer(layers)], workers=1):
        log(f"S4 {target.label}: up to {top} idle connections on one worker")
        try:
            target.start(rooms=rooms, people=people)
            out["runs"][target.label] = asyncio.run(_idle(target, sizes.s4_steps, people))
        finally:
            target.stop()
    return out


# -- S5: resume ------------------------------------------------------------------------


def scenario_resume(sizes: Sizes, layers: list[str]) -> dict:
    from bench.resume import run_resume

    layer = production_layer(layers)
    target = Target("kindred", layer, 1)
    log(f"S5 {target.label}: catch up after {sizes.s5_missed} missed messages")
    try:
        target.start(rooms=1, people=2)
        env = benv.server_env(layer)
        result = run_resume(target, env, missed=sizes.s5_missed, repeats=sizes.s5_repeats)
        return {**result, "target": target.label}
    finally:
        target.stop()


# -- S6: everyone arrives at once ------------------------------------------------------


def _storm_profiler(target: Target):
    if not (PROFILE and target.name == "kindred"):
        return None

    def start(tag: str, pids: dict[str, int], seconds: float) -> Profiler:
        profiler = Profiler(pids, OUT, f"s6-{tag}-{target.layer}", seconds)
        profiler.start()
        return profiler

    return start


def scenario_storm(sizes: Sizes, layers: list[str]) -> dict:
    from bench.storm import join_and_kill

    s6 = sizes.s6
    per_room = s6.present + s6.arriving // s6.rooms
    out: dict = {
        "rooms": s6.rooms,
        "arriving": s6.arriving,
        "present_per_room": s6.present,
        "window": s6.window,
        "join_rate": s6.join_rate,
        "kill_rate": s6.kill_rate,
        "workers": 2,
        "runs": {},
    }
    # Two workers, production's channel layer; the ceiling has one process and no workers
    # to kill.
    for target in targets_for([production_layer(layers)], workers=2, ceiling=False):
        log(
            f"S6 {target.label}: {s6.arriving} arriving in {s6.rooms} rooms within "
            f"{s6.window:g} s, then one of 2 workers killed"
        )
        try:
            target.start(rooms=s6.rooms, people=per_room)
            out["runs"][target.label] = asyncio.run(
                join_and_kill(target, s6, _settle, log, profiler=_storm_profiler(target))
            )
        finally:
            target.stop()
    return out


# -- main ------------------------------------------------------------------------------


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout("the benchmark ran past its time limit")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--scenario", action="append", choices=["S1", "S2", "S3", "S4", "S5", "S6", "S7"]
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, about 5 minutes")
    parser.add_argument("--layers", default="", help="redis,pubsub (default both; --quick: pubsub)")
    parser.add_argument("--time-limit", type=int, default=0, help="seconds (default 55 min)")
    parser.add_argument("--profile", action="store_true", help="py-spy Kindred's workers")
    parser.add_argument("--s3-rates", default="", help="S3's steps, e.g. 5,10,20,40 (msg/s)")
    parser.add_argument("--targets", default="kindred,floor,ceiling", help="comma list")
    parser.add_argument("--out", default="", help="results file stem (default results[-quick])")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    if args.s3_rates:
        sizes = replace(sizes, s3_rates=tuple(float(r) for r in args.s3_rates.split(",")))
    # Quick mode measures the production layer only unless asked for both.
    layers_arg = args.layers or ("pubsub" if args.quick else "redis,pubsub")
    layers = [x for x in layers_arg.split(",") if x]
    scenarios = args.scenario or ["S1", "S2", "S3", "S4", "S5", "S6", "S7"]
    stem = args.out or ("results-quick" if args.quick else "results")
    limit = args.time_limit or (8 * 60 if args.quick else 55 * 60)

    ONLY.intersection_update(args.targets.split(","))
    global PROFILE
    PROFILE = args.profile
    benv.check_loopback()
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGTERM, _alarm)
    signal.alarm(limit)
    started = time.time()
    results: dict = {
        "meta": {
            "quick": args.quick,
            "layers": layers,
            "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
        }
    }
    try:
        benv.prepare(benv.server_env(layers[0]), migrate=True)
        for name in scenarios:
            if name in {"S1", "S2"}:
                results[name] = scenario_steady(name, sizes, layers)
            elif name == "S3":
                results[name] = scenario_saturation(sizes, layers)
            elif name == "S4":
                results[name] = scenario_idle(sizes, layers)
            elif name == "S6":
                results[name] = scenario_storm(sizes, layers)
            elif name == "S7":
                results[name] = scenario_scaleout(sizes, layers)
            else:
                results[name] = scenario_resume(sizes, layers)
            _save(results, stem, started)
    except Timeout as exc:
        log(f"stopped: {exc}")
        results["meta"]["stopped"] = str(exc)
    finally:
        signal.alarm(0)
        _save(results, stem, started)
    return 0


def _save(results: dict, stem: str, started: float) -> None:
    from bench.report import write_report

    results["meta"]["seconds"] = round(time.time() - started, 1)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{stem}.json").write_text(json.dumps(results, separators=(",", ":")))
    write_report(results, OUT, stem)


if __name__ == "__main__":
    sys.exit(main())
