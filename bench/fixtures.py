"""Create the people, groups and live meetings a scenario needs, straight through the ORM,
and sign everyone in. Run in its own process with the servers' environment:

    python -m bench.fixtures --rooms 50 --people 20  > rooms.json

It prints JSON: the session cookie name, and per room the occurrence id and one session key
per person (the first person of each room owns the group and chairs the meeting)."""

import argparse
import json
import os
import sys
from datetime import timedelta


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kindred.settings")
    import django

    django.setup()


def create_rooms(*, rooms: int, people: int, label: str = "bench") -> dict:
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.db import transaction
    from django.utils.crypto import get_random_string
    from django.utils.timezone import now

    from accounts.models import User
    from groups.models import Group, Membership, Role
    from meetings.models import MeetingSeries, Occurrence

    start = now().replace(microsecond=0) - timedelta(minutes=5)
    tag = get_random_string(6).lower()
    out: dict = {"cookie_name": settings.SESSION_COOKIE_NAME, "rooms": []}
    with transaction.atomic():
        users = User.objects.bulk_create(
            [
                User(
                    email=f"{label}-{tag}-{i}@example.org",
                    display_name=f"Person {i}",
                    password="!unusable",  # noqa: S106 - nobody signs in with a password here
                )
                for i in range(rooms * people)
            ],
            batch_size=2000,
        )
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users],
            batch_size=2000,
        )
        groups = Group.objects.bulk_create(
            [
                Group(
                    name=f"Bench {tag} {r}",
                    slug=f"bench-{tag}-{r}",
                    capacity=min(500, max(people + 5, 20)),
                )
                for r in range(rooms)
            ]
        )
        memberships, series_list = [], []
        for r, group in enumerate(groups):
            for p in range(people):
                user = users[r * people + p]
                memberships.append(
                    Membership(
                        group=group,
                        user=user,
                        role=Role.OWNER if p == 0 else Role.MEMBER,
                        guidelines_accepted_at=start,
                    )
                )
            series_list.append(
                MeetingSeries(
                    group=group,
                    title="Evening meeting",
                    chair=users[r * people],
                    weekdays=[start.weekday()],
                    start_time=start.time(),
                    start_date=start.date(),
                    duration_minutes=240,
                )
            )
        Membership.objects.bulk_create(memberships, batch_size=2000)
        series_list = MeetingSeries.objects.bulk_create(series_list)
        occurrences = Occurrence.objects.bulk_create(
            [
                Occurrence(
                    series=s,
                    original_start=start,
                    start=start,
                    end=start + timedelta(minutes=240),
                    started_at=start,
                )
                for s in series_list
            ]
        )
        sessions = []
        expire = now() + timedelta(days=1)
        store = SessionStore()
        keys: list[str] = []
        for user in users:
            key = get_random_string(32, "abcdefghijklmnopqrstuvwxyz0123456789")
            data = {
                SESSION_KEY: str(user.pk),
                BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
                HASH_SESSION_KEY: user.get_session_auth_hash(),
            }
            sessions.append(
                Session(session_key=key, session_data=store.encode(data), expire_date=expire)
            )
            keys.append(key)
        Session.objects.bulk_create(sessions, batch_size=2000)
    for r, occ in enumerate(occurrences):
        out["rooms"].append(
            {
                "occurrence_id": occ.pk,
                "group_id": groups[r].pk,
                "user_ids": [u.pk for u in users[r * people : (r + 1) * people]],
                "sessions": keys[r * people : (r + 1) * people],
            }
        )
    return out


def post_messages(*, occurrence_id: int, user_id: int, count: int) -> int:
    """Store ``count`` messages in a room as chat would (next seqs, rendered HTML), in one
    transaction; nobody is told (the resuming client is away). Returns the last seq."""
    from django.db import transaction

    from chat.models import Message, RoomState
    from kindred.text import render_markdown

    with transaction.atomic():
        room, _ = RoomState.objects.select_for_update().get_or_create(occurrence_id=occurrence_id)
        first = room.last_seq + 1
        rows = []
        for i in range(count):
            body = f"missed message {first + i}: *calm* words for the resume benchmark"
            rows.append(
                Message(
                    occurrence_id=occurrence_id,
                    seq=first + i,
                    author_id=user_id,
                    client_id=f"missed-{first + i:08d}",
                    body=body,
                    body_html=render_markdown(body),
                )
            )
        Message.objects.bulk_create(rows, batch_size=1000)
        room.last_seq = first + count - 1
        room.save(update_fields=["last_seq", "updated_at"])
    return room.last_seq


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    rooms = sub.add_parser("rooms")
    rooms.add_argument("--rooms", type=int, required=True)
    rooms.add_argument("--people", type=int, required=True)
    posts = sub.add_parser("post")
    posts.add_argument("--occurrence", type=int, required=True)
    posts.add_argument("--user", type=int, required=True)
    posts.add_argument("--count", type=int, required=True)
    args = parser.parse_args()
    _setup_django()
    if args.cmd == "rooms":
        result = create_rooms(rooms=args.rooms, people=args.people)
    else:
        result = {
            "last_seq": post_messages(
                occurrence_id=args.occurrence, user_id=args.user, count=args.count
            )
        }
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
