"""Tables (Markdown) and plots (PNG) from a results dict."""

import math
from pathlib import Path


def _ms(x: float) -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.1f}"


def _ratio(a: float, b: float) -> str:
    if a is None or not b or math.isnan(a) or math.isnan(b):
        return "-"
    return f"{a / b:.2f}x"


def steady_table(block: dict) -> list[str]:
    rows = [
        "| target | last-recipient p50 / p95 / p99 / max (ms) | per-recipient p99 (ms) "
        "| messages/s | deliveries/s | lost | dup | out of order | rejected "
        "| worker CPU (cores) | worker RSS (MiB) | client CPU |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for label, s in block["runs"].items():
        last = s["last_latency_ms"]
        rows.append(
            f"| {label} | {_ms(last['p50'])} / {_ms(last['p95'])} / {_ms(last['p99'])} / "
            f"{_ms(last['max'])} | {_ms(s['latency_ms']['p99'])} | {s['messages_per_s']:.1f} "
            f"| {s['deliveries_per_s']:.0f} | {s['deliveries_lost']} | {s['duplicates']} "
            f"| {s['out_of_order']} | {s['rejected']} | {s['worker_cpu_total']:.2f} "
            f"| {s['worker_rss_kib_total'] / 1024:.0f} | {s['client_cpu']:.2f} |"
        )
    warm = [
        f"{label} p50 {_ms(s['warmup_last_latency_ms']['p50'])} / p99 "
        f"{_ms(s['warmup_last_latency_ms']['p99'])} ms"
        for label, s in block["runs"].items()
        if "warmup_last_latency_ms" in s
    ]
    if warm:
        seconds = next(iter(block["runs"].values()))["warmup_seconds"]
        rows += [
            "",
            f"Warm-up ({seconds:g} s before the measured run, not counted): "
            + "; ".join(warm)
            + ".",
        ]
    rows += ["", *ratio_rows(block)]
    return rows


def ratio_rows(block: dict) -> list[str]:
    runs = block["runs"]
    ceiling = runs.get("ceiling")
    rows = [
        "| Kindred vs | p50 ratio | p99 ratio | worker CPU per delivery ratio |",
        "|---|---|---|---|",
    ]
    for label, s in runs.items():
        if not label.startswith("kindred/"):
            continue
        layer = label.split("/", 1)[1]
        for base_label, base in (
            (f"floor/{layer}", runs.get(f"floor/{layer}")),
            ("ceiling", ceiling),
        ):
            if not base:
                continue
            k_cpd = s["worker_cpu_total"] / max(s["deliveries_per_s"], 1e-9)
            b_cpd = base["worker_cpu_total"] / max(base["deliveries_per_s"], 1e-9)
            rows.append(
                f"| {label} vs {base_label} "
                f"| {_ratio(s['last_latency_ms']['p50'], base['last_latency_ms']['p50'])} "
                f"| {_ratio(s['last_latency_ms']['p99'], base['last_latency_ms']['p99'])} "
                f"| {_ratio(k_cpd, b_cpd)} |"
            )
    return rows


def scaleout_rows(results: dict) -> list[str]:
    """S7's shards, and S7 against S1 of the same run (2 workers, one Redis)."""
    block = results["S7"]
    rows = [
        "",
        "Commands each Redis shard processed (both carry the rooms): "
        + "; ".join(
            f"{label} {' / '.join(str(n) for n in s.get('shard_commands', []))}"
            for label, s in block["runs"].items()
        )
        + ".",
    ]
    s1 = results.get("S1", {}).get("runs", {})
    pairs = [(label, s, s1[label]) for label, s in block["runs"].items() if label in s1]
    if pairs:
        rows += [
            "",
            f"| {block['workers']} workers, {block['shards']} shards vs 2 workers, one Redis "
            "(S1, same run) | p50 ratio | p99 ratio | messages/s ratio |",
            "|---|---|---|---|",
        ]
        for label, s, base in pairs:
            last, base_last = s["last_latency_ms"], base["last_latency_ms"]
            rows.append(
                f"| {label} | {_ratio(last['p50'], base_last['p50'])} "
                f"| {_ratio(last['p99'], base_last['p99'])} "
                f"| {_ratio(s['messages_per_s'], base['messages_per_s'])} |"
            )
    return rows


def saturation_table(block: dict) -> list[str]:
    rows = [
        "| target | highest sustainable rate (msg/s) | deliveries/s at that rate "
        "| first failing step |",
        "|---|---|---|---|",
    ]
    for label, run in block["runs"].items():
        best = run["highest_sustainable_rate"]
        at = next((s for s in run["steps"] if s["rate"] == best), None)
        fail = next((s for s in run["steps"] if not s["sustainable"]), None)
        fail_txt = "none (top step passed)"
        if fail:
            fail_txt = (
                f"{fail['rate']:g} msg/s: p99 {_ms(fail['last_latency_ms']['p99'])} ms, "
                f"lost {fail['deliveries_lost']}, rejected {fail['rejected']}"
            )
        rows.append(
            f"| {label} | {best:g} | {at['deliveries_per_s']:.0f} | {fail_txt} |"
            if at
            else f"| {label} | 0 | - | {fail_txt} |"
        )
    rows.append("")
    rows.append("| Kindred vs | highest sustainable rate ratio |")
    rows.append("|---|---|")
    runs = block["runs"]
    for label, run in runs.items():
        if not label.startswith("kindred/"):
            continue
        layer = label.split("/", 1)[1]
        for base_label in (f"floor/{layer}", "ceiling"):
            if base_label in runs:
                rows.append(
                    f"| {label} vs {base_label} | "
                    f"{_ratio(run['highest_sustainable_rate'], runs[base_label]['highest_sustainable_rate'])} |"  # noqa: E501
                )
    rows.append("")
    rows.append("Every step (rate → last-recipient p99 ms, lost, worker CPU):")
    rows.append("")
    for label, run in runs.items():
        steps = ", ".join(
            f"{s['rate']:g} → {_ms(s['last_latency_ms']['p99'])}/{s['deliveries_lost']}"
            f"/{s['worker_cpu_total']:.2f}"
            for s in run["steps"]
        )
        rows.append(f"- {label}: {steps}")
    return rows


def idle_table(block: dict) -> list[str]:
    rows = [
        "| target | open connections | worker RSS (MiB) | KiB per connection | seconds to open |",
        "|---|---|---|---|---|",
    ]
    for label, run in block["runs"].items():
        for p in run["points"]:
            if "failed" in p:
                rows.append(f"| {label} | {p['connections']} | failed: {p['failed']} | | |")
            else:
                rows.append(
                    f"| {label} | {p['connections']} | {p['rss_kib'] / 1024:.0f} "
                    f"| {p['kib_per_connection']:.1f} | {p['connect_seconds']:.1f} |"
                )
    return rows


def resume_table(block: dict) -> list[str]:
    rows = [
        "| missed messages | catch-up time, each try (ms) | median (ms) | worst (ms) "
        "| gaps or duplicates |",
        "|---|---|---|---|---|",
    ]
    times = [t * 1000 for t in block["seconds"]]
    ordered = sorted(times)
    rows.append(
        f"| {block['missed']} | {', '.join(f'{t:.0f}' for t in times)} "
        f"| {ordered[len(ordered) // 2]:.0f} | {ordered[-1]:.0f} | {block['problems']} |"
    )
    return rows


def _s(x) -> str:
    return "-" if x is None else f"{x:.2f}"


def storm_table(block: dict) -> list[str]:
    rows = [
        f"Join storm: {block['arriving']} people arrive in {block['rooms']} rooms within "
        f"{block['window']:g} s, {block['present_per_room']} already in each room talking "
        f"({block['join_rate']:g} messages/s), {block['workers']} workers.",
        "",
        "| target | admitted | all admitted after (s) | admissions/s per worker "
        "| handshake → welcome p50 / p99 (ms) | refused | dropped | room last-recipient "
        "p50 / p99 (ms) | lost | worker CPU (cores) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for label, run in block["runs"].items():
        j = run.get("join")
        if not j:
            continue
        room, hs = j["room"], j["handshake_to_welcome_ms"]
        rows.append(
            f"| {label} | {j['admitted']} of {j['arriving']} | {_s(j['seconds_all_admitted'])} "
            f"| {' / '.join(_ms(w['per_s']) for w in j['per_worker'].values())} "
            f"| {_ms(hs['p50'])} / {_ms(hs['p99'])} | {j['refused']} "
            f"| {j['dropped'] + j['closed_before_welcome']} "
            f"| {_ms(room['last_latency_ms']['p50'])} / {_ms(room['last_latency_ms']['p99'])} "
            f"| {room['deliveries_lost']} | {sum(j['worker_cpu'].values()):.2f} |"
        )
    rows += [
        "",
        f"Worker-kill storm: everyone in, {block['kill_rate']:g} messages/s over every room; "
        "one of the two workers SIGKILLed, its people reconnect to the other (`hello` with "
        "the last seq, unacknowledged messages re-sent).",
        "",
        "| target | sockets resumed | resume median / worst (s) | resumes/s on the survivor "
        "| refused | dropped | room last-recipient p50 / p99 (ms): before / during / after "
        "| during, among those who stayed, p50 / p99 (ms) "
        "| messages not complete | lost | dup | unacknowledged | survivor CPU |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for label, run in block["runs"].items():
        k = run.get("kill")
        if not k:
            continue
        phases = " / ".join(
            f"{_ms(k[p]['last_latency_ms']['p50'])}, {_ms(k[p]['last_latency_ms']['p99'])}"
            for p in ("before", "storm", "after")
        )
        stayed = k.get("storm_stayed", {}).get("last_latency_ms")
        stayed = f"{_ms(stayed['p50'])} / {_ms(stayed['p99'])}" if stayed else "n/a"
        unacked = "n/a" if k["unacknowledged"] is None else k["unacknowledged"]
        incomplete = sum(k[p]["messages_incomplete"] for p in ("before", "storm", "after"))
        rows.append(
            f"| {label} | {k['resumed']} of {k['killed_worker_sockets']} "
            f"| {_s(k['resume_seconds']['median'])} / {_s(k['resume_seconds']['worst'])} "
            f"| {_ms(k['survivor_admissions_per_s'])} | {k['refused']} "
            f"| {k['dropped'] + k['closed_before_welcome']} | {phases} | {stayed} "
            f"| {incomplete} of {k['sent']} | {k['lost']} "
            f"| {k['duplicates']} | {unacked} | {k['survivor_cpu']:.2f} |"
        )
    rows += [
        "",
        '"During" covers the messages meant to be sent from half a second before the kill '
        "(in flight when it struck) until the last socket resumed (at least 2 s after the "
        'kill). Latency percentiles cover the messages every member got; "not complete" '
        "counts the others (a member never back in the room misses them all). "
        '"Among those who stayed" is the same window for the people whose sockets were on the '
        "surviving worker: their messages and their arrivals at each other, what the killed "
        "worker's people get in their welcome's history left out. "
        "The floor keeps no history and sends no acknowledgement: "
        "what its sockets miss while away is lost by design.",
    ]
    return rows


def plot(results: dict, out: Path, stem: str) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    made = []
    for name in ("S1", "S2", "S7"):
        block = results.get(name)
        if not block:
            continue
        fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
        for label, s in block["runs"].items():
            v = s["samples_last_ms"]
            if not v:
                continue
            y = [(i + 1) / len(v) for i in range(len(v))]
            ax.plot(v, y, label=label)
        ax.set_xscale("log")
        ax.set_xlabel("last-recipient latency (ms, log scale)")
        ax.set_ylabel("share of messages")
        ax.set_title(f"{name}: last-recipient latency, cumulative")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
        path = out / f"{stem}-{name.lower()}.png"
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)
        made.append(path)
    block = results.get("S3")
    if block:
        fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
        for label, run in block["runs"].items():
            xs = [s["rate"] for s in run["steps"]]
            ys = [s["last_latency_ms"]["p99"] for s in run["steps"]]
            ax.plot(xs, ys, marker="o", label=label)
        ax.axhline(250, color="grey", linestyle="--", label="250 ms limit")
        ax.set_yscale("log")
        ax.set_xlabel("offered rate (messages/s)")
        ax.set_ylabel("last-recipient p99 (ms, log scale)")
        ax.set_title("S3: saturation")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
        path = out / f"{stem}-s3.png"
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)
        made.append(path)
    return made


def write_report(results: dict, out: Path, stem: str) -> None:
    lines = [f"# Benchmark results ({stem})", "", f"Run: {results['meta']}", ""]
    titles = {
        "S1": "S1: a normal evening",
        "S2": "S2: a large meeting",
        "S3": "S3: saturation",
        "S4": "S4: idle capacity (one worker)",
        "S5": "S5: resume",
        "S6": "S6: everyone arrives at once",
        "S7": "S7: scale-out (4 workers, two Redis shards)",
    }
    for name, title in titles.items():
        block = results.get(name)
        if not block:
            continue
        lines += [f"## {title}", ""]
        if name in {"S1", "S2", "S7"}:
            shards = f", channel layer on {block['shards']} Redis shards" if name == "S7" else ""
            lines.append(
                f"{block['rooms']} room(s) x {block['people']} people, {block['rate']:g} "
                f"messages/s offered for {block['duration']:g} s, {block['workers']} workers"
                f"{shards}."
            )
            lines += ["", *steady_table(block)]
            if name == "S7":
                lines += scaleout_rows(results)
        elif name == "S3":
            lines += saturation_table(block)
        elif name == "S4":
            lines += idle_table(block)
        elif name == "S6":
            lines += storm_table(block)
        else:
            lines += resume_table(block)
        lines.append("")
    for path in plot(results, out, stem):
        lines.append(f"![{path.stem}]({path.name})")
    (out / f"{stem}.md").write_text("\n".join(lines) + "\n")
