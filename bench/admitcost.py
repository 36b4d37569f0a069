"""What one room admission costs, measured in one process and one thread: the person read
from their session, the admission (chat/admission.enter: standing, removal, the presence
row) and the welcome with its history, in batches as a storm brings them (the room's shared
part read once per batch, as chat/admission.welcome does). No sockets and no other
process, so the figure moves far less with the machine's load than the storm's (S6) do.

    DATABASE_URL=... .venv/bin/python -m bench.admitcost [--rooms 20] [--people 20]
        [--history 200] [--batch 10] [--repeat 3]

Prints JSON: per admission, the wall and CPU milliseconds (the best of ``repeat`` rounds)
and the number of queries, for people arriving fresh and for people resuming after a few
missed messages (a worker-kill storm). docs/performance.md has the figures."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rooms", type=int, default=20)
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--history", type=int, default=200)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kindred.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench.fixtures import create_rooms, post_messages
    from chat import admission, selectors
    from chat.admission import DeferredAuthMiddleware
    from chat.person import room_session_store

    made = create_rooms(rooms=args.rooms, people=args.people, label="admitcost")
    for room in made["rooms"]:
        post_messages(
            occurrence_id=room["occurrence_id"], user_id=room["user_ids"][1], count=args.history
        )

    store = room_session_store()

    def person(key: str):
        """The scope's user as the room's stack leaves it (chat/admission.py)."""
        scope = {"session": store(session_key=key)}
        DeferredAuthMiddleware(None).populate_scope(scope)
        return scope["user"]

    def storm(last_seq: int | None, round_: int) -> tuple[float, float, int, int]:
        """Everyone admitted once, room by room in batches; (wall s, cpu s, queries, n)."""
        queries = n = 0
        wall, cpu = time.perf_counter(), time.process_time()
        for room in made["rooms"]:
            keys = room["sessions"]
            for start in range(0, len(keys), args.batch):
                batch = keys[start : start + args.batch]
                connection.queries_log.clear()  # its bound would stop the count
                with CaptureQueriesContext(connection) as ctx:
                    accesses = [
                        admission.enter(
                            user=person(key),
                            occurrence_id=room["occurrence_id"],
                            listen_only=False,
                            readings_only=False,
                            channel_name=f"admitcost.{round_}!{key}",
                        )
                        for key in batch
                    ]
                    shared = selectors.room_welcome_shared(access=accesses[0])
                    for access in accesses:
                        welcome = selectors.room_welcome(
                            access=access, last_seq=last_seq, shared=shared
                        )
                        assert welcome["history"], "a welcome without its history"
                queries += len(ctx.captured_queries)
                n += len(batch)
        return time.perf_counter() - wall, time.process_time() - cpu, queries, n

    out: dict = {
        "rooms": args.rooms,
        "people_per_room": args.people,
        "history_per_room": args.history,
        "batch": args.batch,
    }
    for name, last_seq in (("fresh", None), ("resume", args.history - 5)):
        best = None
        for round_ in range(args.repeat):
            wall, cpu, queries, n = storm(last_seq, round_)
            if best is None or wall < best[0]:
                best = (wall, cpu, queries, n)
        wall, cpu, queries, n = best
        out[name] = {
            "admissions": n,
            "wall_ms_per_admission": round(1000 * wall / n, 2),
            "cpu_ms_per_admission": round(1000 * cpu / n, 2),
            "queries_per_admission": round(queries / n, 2),
        }
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
