"""Pages at size: fill a separate database with 1,000 groups, 10,000 meeting series and
1,000,000 stored messages, then count the queries of the main pages and print EXPLAIN
(ANALYZE) for the hot queries on PostgreSQL.

    .venv/bin/python bench/seed.py            # seeds kindred_bench_pages once, then measures
    .venv/bin/python bench/seed.py --reseed   # empty it and seed again
    .venv/bin/python bench/seed.py --quick    # 100 groups, 1,000 series, 100,000 messages

Writes docs/performance/pages[-quick].md. Rows go in with bulk_create in batches; the
messages with one INSERT ... SELECT over generate_series, so seeding takes about a minute.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
from datetime import time as dtime
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

if __package__ in {None, ""}:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.servers import ROOT, VENV_BIN

PAGES_DATABASE_URL = os.environ.get(
    "BENCH_PAGES_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kindred_bench_pages"
)
PEOPLE_PER_GROUP = 20


def log(*parts) -> None:
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


def _django(url: str) -> None:
    if urlsplit(url).hostname not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit("the benchmark only talks to loopback addresses")
    os.environ["DATABASE_URL"] = url
    os.environ.pop("REDIS_URL", None)  # pages need no channel layer; local caches suffice
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    os.environ["DJANGO_SETTINGS_MODULE"] = "kindred.settings"
    import django

    django.setup()


def _ensure_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    env = dict(os.environ, DATABASE_URL=url)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", "migrate", "--noinput"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )


def seed(*, groups: int, series_per_group: int, messages: int, rooms_with_chat: int) -> dict:
    from django.db import connection, transaction
    from django.utils.timezone import now

    from accounts.models import User
    from chat.models import RoomState
    from groups.models import Group, Membership, Role, Visibility
    from meetings.models import MeetingSeries, Occurrence

    started = time.monotonic()
    at = now().replace(microsecond=0)
    people = groups * PEOPLE_PER_GROUP
    with transaction.atomic():
        users = User.objects.bulk_create(
            [
                User(email=f"seed{i}@example.org", display_name=f"Seed {i}", password="!")  # noqa: S106
                for i in range(people)
            ],
            batch_size=5000,
        )
        log(f"{people} people")
        made_groups = Group.objects.bulk_create(
            [
                Group(
                    name=f"Seed group {g:04d}",
                    slug=f"seed-group-{g:04d}",
                    topic=("grief", "recovery", "families", "codependency")[g % 4],
                    visibility=Visibility.PRIVATE if g % 5 == 0 else Visibility.PUBLIC,
                    capacity=50,
                )
                for g in range(groups)
            ],
            batch_size=5000,
        )
        Membership.objects.bulk_create(
            [
                Membership(
                    group=made_groups[g],
                    user=users[g * PEOPLE_PER_GROUP + p],
                    role=Role.OWNER if p == 0 else Role.MEMBER,
                    guidelines_accepted_at=at,
                )
                for g in range(groups)
                for p in range(PEOPLE_PER_GROUP)
            ],
            batch_size=5000,
        )
        log(f"{groups} groups")
        series = MeetingSeries.objects.bulk_create(
            [
                MeetingSeries(
                    group=made_groups[g],
                    title=f"Meeting {s}",
                    chair=users[g * PEOPLE_PER_GROUP],
                    weekdays=[(g + s) % 7],
                    start_time=dtime((8 + s) % 24, (g * 5) % 60),
                    start_date=(at - timedelta(days=60)).date(),
                )
                for g in range(groups)
                for s in range(series_per_group)
            ],
            batch_size=5000,
        )
        log(f"{len(series)} meeting series")
        # One past occurrence per series (what RSVPs, overrides and chat hang on).
        occurrences = Occurrence.objects.bulk_create(
            [
                Occurrence(
                    series=s,
                    original_start=at - timedelta(days=1 + i % 6, hours=i % 5),
                    start=at - timedelta(days=1 + i % 6, hours=i % 5),
                    end=at - timedelta(days=1 + i % 6, hours=i % 5) + timedelta(hours=1),
                )
                for i, s in enumerate(series)
            ],
            batch_size=5000,
        )
        # Chat is kept in the first series' occurrence of ``rooms_with_chat`` groups.
        chat_rooms = [occurrences[g * series_per_group] for g in range(rooms_with_chat)]
        per_room = messages // rooms_with_chat
        with connection.cursor() as cursor:
            cursor.execute("CREATE TEMP TABLE seed_rooms (occurrence_id bigint, base bigint)")
            cursor.executemany(
                "INSERT INTO seed_rooms VALUES (%s, %s)",
                [(o.pk, users[g * PEOPLE_PER_GROUP].pk) for g, o in enumerate(chat_rooms)],
            )
            cursor.execute(
                """
                INSERT INTO chat_message (occurrence_id, seq, author_id, client_id, kind, status,
                                          body, body_html, content_warning, created_at)
                SELECT r.occurrence_id, s, r.base + (s %% %s), 'seed-' || s, 'share', 'visible',
                       'A seeded share, number ' || s || ', of a calm length.',
                       '<p>A seeded share, number ' || s || ', of a calm length.</p>', '',
                       now() - interval '1 day' + s * interval '1 second'
                FROM seed_rooms r CROSS JOIN generate_series(1, %s) AS s
                """,
                [PEOPLE_PER_GROUP, per_room],
            )
            cursor.execute("DROP TABLE seed_rooms")
        RoomState.objects.bulk_create(
            [RoomState(occurrence=o, last_seq=per_room) for o in chat_rooms], batch_size=5000
        )
        log(f"{per_room * rooms_with_chat} messages in {rooms_with_chat} rooms")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {"seconds": round(time.monotonic() - started, 1), "chat_room": chat_rooms[0].pk}


def counts() -> dict:
    from accounts.models import User
    from chat.models import Message
    from groups.models import Group
    from meetings.models import MeetingSeries

    return {
        "groups": Group.objects.count(),
        "series": MeetingSeries.objects.count(),
        "messages": Message.objects.count(),
        "people": User.objects.count(),
    }


# -- measuring -------------------------------------------------------------------------


def _capture(fn):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        started = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - started
    return [q["sql"] for q in ctx.captured_queries], elapsed


def _explain(sql: str) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


BIG_TABLES = re.compile(
    r'"(chat_message|groups_group|meetings_meetingseries|meetings_occurrence|groups_membership)"'
)


def measure() -> dict:
    from django.test import Client

    from accounts.models import User
    from chat import selectors as chat_selectors
    from chat.models import RoomState
    from groups.models import Group, Membership, Role

    room = RoomState.objects.order_by("occurrence_id").first()
    last = room.last_seq
    one_group_user = User.objects.filter(email="seed1@example.org").get()
    busy = User.objects.filter(email="seed2@example.org").get()
    # The busy person belongs to ten groups: a flat page costs the same queries as for one.
    extra = Group.objects.exclude(memberships__user=busy).order_by("pk")[:9]
    Membership.objects.bulk_create(
        [Membership(group=g, user=busy, role=Role.MEMBER) for g in extra],
        ignore_conflicts=True,
    )
    group = Group.objects.filter(memberships__user=one_group_user).first()

    def page(user, url):
        client = Client()
        client.force_login(user)

        def get():
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        get()  # warm caches (sessions, templates) so the count is the steady one
        return _capture(get)

    hot = {
        "history after seq (resume: 500 after seq N)": _capture(
            lambda: chat_selectors.history_after(
                occurrence_id=room.occurrence_id, after_seq=last // 2, limit=500
            )
        ),
        "history before seq (page back: 50 before seq N)": _capture(
            lambda: chat_selectors.history_before(
                occurrence_id=room.occurrence_id, before_seq=last // 2, limit=50
            )
        ),
        "directory page 1": page(one_group_user, "/groups/"),
        "directory page 5": page(one_group_user, "/groups/?page=5"),
        "my meetings (one group)": page(one_group_user, "/meetings/"),
        "my meetings (ten groups)": page(busy, "/meetings/"),
        "group page": page(one_group_user, f"/groups/{group.slug}/"),
        "group schedule": page(one_group_user, f"/groups/{group.slug}/meetings/"),
    }
    out = {}
    for name, (queries, elapsed) in hot.items():
        plans = []
        for sql in queries:
            if sql.lstrip().upper().startswith("SELECT") and BIG_TABLES.search(sql):
                plans.append({"sql": sql, "plan": _explain(sql)})
        out[name] = {"queries": len(queries), "ms": round(elapsed * 1000, 1), "plans": plans}
    return out


def report(sizes: dict, seeded: dict | None, results: dict, path: Path) -> None:
    lines = [
        "# Pages at size",
        "",
        f"Data: {sizes['groups']:,} groups, {sizes['series']:,} meeting series, "
        f"{sizes['messages']:,} messages, {sizes['people']:,} people."
        + (f" Seeded in {seeded['seconds']} s." if seeded else ""),
        "",
        "| page or query | queries | time (ms) | sequential scans on big tables |",
        "|---|---|---|---|",
    ]
    for name, r in results.items():
        seq = sum(1 for p in r["plans"] if _seq_scan_on_big_table(p["plan"]))
        lines.append(f"| {name} | {r['queries']} | {r['ms']} | {seq} |")
    lines += ["", "## EXPLAIN (ANALYZE, BUFFERS) of every query on a big table", ""]
    for name, r in results.items():
        lines += [f"### {name}", ""]
        for p in r["plans"]:
            lines += ["```sql", p["sql"][:1500], "```", "", "```", p["plan"], "```", ""]
    path.write_text("\n".join(lines) + "\n")


def _seq_scan_on_big_table(plan: str) -> bool:
    return bool(
        re.search(
            r"Seq Scan on (chat_message|groups_group|meetings_meetingseries|"
            r"meetings_occurrence|groups_membership|accounts_user)\b",
            plan,
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--reseed", action="store_true")
    args = parser.parse_args()
    url = PAGES_DATABASE_URL + ("_quick" if args.quick else "")
    groups, per_group, messages = (100, 10, 100_000) if args.quick else (1000, 10, 1_000_000)
    log(f"migrating {urlsplit(url).path.lstrip('/')}")
    _ensure_database(url)
    _django(url)
    from django.core.management import call_command

    sizes = counts()
    seeded = None
    if args.reseed or sizes["groups"] < groups:
        call_command("flush", "--noinput", verbosity=0)
        seeded = seed(
            groups=groups,
            series_per_group=per_group,
            messages=messages,
            rooms_with_chat=groups,
        )
        sizes = counts()
    log(f"data: {sizes}")
    results = measure()
    out = ROOT / "docs" / "performance" / ("pages-quick.md" if args.quick else "pages.md")
    out.parent.mkdir(parents=True, exist_ok=True)
    report(sizes, seeded, results, out)
    print(
        json.dumps(
            {n: {"queries": r["queries"], "ms": r["ms"]} for n, r in results.items()}, indent=1
        )
    )
    log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
