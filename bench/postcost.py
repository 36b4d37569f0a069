"""The CPU one process spends posting a message, without the network or the fan-out.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kindred_bench \\
        .venv/bin/python -m bench.postcost [--messages 100]

Creates a room (bench.fixtures), then sends messages through the room socket's own path
(``chat.roomcalls.message_send``) with the channel layer in memory, and prints the wall
and CPU milliseconds per message as JSON. Then it opens ``--rooms`` new rooms and times
the first message of each (a room's first share makes the room's row). The per-person
message limit is lifted: this measures the work, not that policy."""

import argparse
import json
import os
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100)
    parser.add_argument("--rooms", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kindred.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    settings.KINDRED_RATE_LIMIT_MESSAGES = 10**6

    from accounts.models import User
    from bench.fixtures import create_rooms
    from chat import roomcalls, selectors

    room = create_rooms(rooms=1, people=3, label="pc")["rooms"][0]
    author = User.objects.filter(pk__in=room["user_ids"]).order_by("pk")[1]
    access = selectors.room_admit(user=author, occurrence_id=room["occurrence_id"])

    def send(count: int, tag: str, access=access, author=author) -> None:
        for n in range(count):
            roomcalls.message_send(
                access=access,
                user=author,
                body=f"bench c=1 n={n} t={time.time():.3f} a share of ordinary length",
                client_id=f"pc-{tag}-{n:06d}",
                content_warning="",
                kind="share",
            )

    send(10, "warm")
    wall, cpu = time.perf_counter(), time.process_time()
    send(args.messages, "timed")
    figures = {
        "messages": args.messages,
        "wall_ms_per_message": 1000 * (time.perf_counter() - wall) / args.messages,
        "cpu_ms_per_message": 1000 * (time.process_time() - cpu) / args.messages,
    }
    firsts = []
    for new in create_rooms(rooms=args.rooms, people=2, label="pc-first")["rooms"]:
        person = User.objects.get(pk=new["user_ids"][1])
        entry = selectors.room_admit(user=person, occurrence_id=new["occurrence_id"])
        firsts.append((entry, person))
    wall, cpu = time.perf_counter(), time.process_time()
    for n, (entry, person) in enumerate(firsts):
        send(1, f"first-{n}", access=entry, author=person)
    figures |= {
        "rooms": args.rooms,
        "first_wall_ms_per_room": 1000 * (time.perf_counter() - wall) / args.rooms,
        "first_cpu_ms_per_room": 1000 * (time.process_time() - cpu) / args.rooms,
    }
    json.dump(
        figures,
        sys.stdout,
        indent=1,
    )
    print()


if __name__ == "__main__":
    main()
