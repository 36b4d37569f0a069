"""Count the SQL queries of the room's hot paths on the bench database, and time them.

    python -m bench.querycount      (with the servers' environment; bench/run.py runs it)

Prints JSON: per path the number of queries and the mean wall time over a few calls."""

import json
import os
import sys
import time


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kindred.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User
    from bench.fixtures import create_rooms
    from chat import roomcalls, selectors

    made = create_rooms(rooms=1, people=3, label="qc")
    room = made["rooms"][0]
    users = list(User.objects.filter(pk__in=room["user_ids"]).order_by("pk"))
    occurrence_id = room["occurrence_id"]
    out: dict = {}

    def measure(name: str, fn, repeat: int = 5) -> None:
        counts, times = [], []
        for i in range(repeat):
            with CaptureQueriesContext(connection) as ctx:
                started = time.perf_counter()
                fn(i)
                times.append(time.perf_counter() - started)
            counts.append(len(ctx.captured_queries))
        out[name] = {"queries": counts[-1], "ms_mean": 1000 * sum(times) / len(times)}

    access = selectors.room_admit(user=users[1], occurrence_id=occurrence_id)
    measure(
        "room_admit", lambda i: selectors.room_admit(user=users[1], occurrence_id=occurrence_id)
    )
    measure(
        "presence_join",
        lambda i: roomcalls.presence_join(access=access, channel_name=f"qc-{i}"),
    )
    measure(
        "message_send",
        lambda i: roomcalls.message_send(
            access=access,
            user=users[1],
            body=f"query count {i}",
            client_id=f"qc-message-{i}",
            content_warning="",
            kind="share",
        ),
    )
    measure("room_welcome (fresh)", lambda i: selectors.room_welcome(access=access, last_seq=None))
    measure("room_welcome (resume)", lambda i: selectors.room_welcome(access=access, last_seq=1))
    measure(
        "room_gap",
        lambda i: selectors.room_gap(
            occurrence_id=access.occurrence_id, readings_only=False, after_seq=1, up_to_seq=4
        ),
    )
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
