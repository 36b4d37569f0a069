"""Turn raw load records into the figures the report shows."""

import math

from bench.load import LoadResult


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return math.nan
    k = (len(sorted_values) - 1) * q
    lo, hi = math.floor(k), math.ceil(k)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def summarize_ms(values: list[float]) -> dict:
    v = sorted(values)
    return {
        "n": len(v),
        "p50": percentile(v, 0.50) * 1000,
        "p95": percentile(v, 0.95) * 1000,
        "p99": percentile(v, 0.99) * 1000,
        "max": (v[-1] * 1000) if v else math.nan,
    }


def summarize(result: LoadResult, *, keep_samples: int = 2000) -> dict:
    start, end = result.window
    per_recipient: list[float] = []
    last: list[float] = []
    sent = rejected = expected = received = lost_messages = complete = 0
    for record in result.records.values():
        sent += 1
        if record.rejected:
            rejected += 1
            continue
        members = len(result.room_members[record.room])
        expected += members
        got = len(record.arrivals)
        received += got
        per_recipient.extend(record.arrivals.values())
        if got == members:
            complete += 1
            last.append(max(record.arrivals.values()))
        elif got == 0:
            lost_messages += 1
    duration = max(end - start, 1e-9)
    step = max(1, len(last) // keep_samples)
    step_r = max(1, len(per_recipient) // keep_samples)
    return {
        "sent": sent,
        "offered_rate": sent / duration,
        "rejected": rejected,
        "errors": result.errors,
        "deliveries_expected": expected,
        "deliveries_received": received,
        "deliveries_lost": expected - received,
        "messages_lost_entirely": lost_messages,
        "messages_incomplete": sent - rejected - complete,
        "duplicates": result.duplicates,
        "out_of_order": result.out_of_order,
        "deliveries_per_s": received / duration,
        "messages_per_s": complete / duration,
        "sends_late": result.sends_late,
        "latency_ms": summarize_ms(per_recipient),
        "last_latency_ms": summarize_ms(last),
        "samples_last_ms": [round(x * 1000, 3) for x in sorted(last)[::step]],
        "samples_recipient_ms": [round(x * 1000, 3) for x in sorted(per_recipient)[::step_r]],
    }
