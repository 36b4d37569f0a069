"""A room full of the largest messages the rules allow, in the characters that grow most
when escaped, admits and resumes people on two real daphne workers started with the
production frame limit (64 KiB, which caps what the server sends as well): every message
arrives exactly once, welcome, history pages, resumes and resumes cut short included."""

import asyncio
import json

import pytest
from asgiref.sync import sync_to_async
from django.conf import settings

from chat import posting, selectors
from tests.chat.test_multiprocess import Client, _cookie, workers  # noqa: F401 (fixture)

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]

LONG = 2000
# Each grows several times over as HTML, and again as JSON ("😀" is two \u escapes).
WORST = [
    "&" * LONG,
    "> " * (LONG // 2),
    ">" * LONG,
    '"' * LONG,
    "😀" * LONG,
    '&<>"' * (LONG // 4),
    "www.example.com/?" + "&" * (LONG - 17),
    "http://a.co/" + "😀" * 1300,  # a link: the emoji are in its text and its href
]


def _fill(room, count: int) -> list[int]:
    room.alice.display_name = "😀" * 40
    room.alice.save()
    seqs = []
    for n in range(count):
        tag = f" {n}"
        body = WORST[n % len(WORST)]
        body = body[: LONG - len(tag)] + tag
        message, created = posting.message_post(
            occurrence=room.occurrence,
            author=room.alice,
            body=body,
            client_id=f"worst-{n:04d}",
            content_warning="😀" * 190 + tag,
        )
        assert created and message.status == "visible"
        seqs.append(message.seq)
    return seqs


async def _frames(client, until_seq: int, *, stop_after: int | None = None) -> list[dict]:
    """Every message.new up to ``until_seq`` (or the first ``stop_after`` of them)."""
    got = []
    async with asyncio.timeout(60):
        while True:
            frame = json.loads(await client.ws.recv())
            if frame["type"] == "message.new":
                got.append(frame["message"])
                if got[-1]["seq"] >= until_seq or len(got) == stop_after:
                    return got


def _resume_point(welcome: dict, messages: list[dict]) -> int:
    """Where the reference client (static/js/room-socket.js, track()) resumes."""
    last = welcome["last_seq"]
    for message in messages:
        last = max(last, message["seq"])
    return last


async def test_the_worst_room_admits_and_resumes_on_two_workers(workers, room, client):  # noqa: F811
    a, b = workers
    seqs = await sync_to_async(_fill)(room, 48)
    last = seqs[-1]
    largest = max(
        await sync_to_async(lambda: [m["body_html"] for m in _all(room)])(),
        key=selectors.wire_size,
    )
    assert selectors.wire_size(largest) > settings.KINDRED_MESSAGE_HTML_MAX_BYTES * 0.9
    bob_cookie = await sync_to_async(_cookie)(client, room.bob)

    # A first visit: the newest messages that fit, then pages back to the first one.
    bob = await Client.open(a, room.occurrence, bob_cookie)
    seen = [m["seq"] for m in bob.welcome["history"]]
    assert seen and seen[-1] == last and bob.welcome["last_seq"] == last
    more = True
    while more:
        await bob.send({"type": "history.before", "before_seq": seen[0], "limit": 100})
        page = await bob.until("history.page")
        assert page["messages"], "a page always makes progress"
        seen = [m["seq"] for m in page["messages"]] + seen
        more = page["more"]
    assert seen == seqs
    await bob.ws.close()

    # Resuming from the start on the other worker: what fits, then the rest in order.
    bob = await Client.open(b, room.occurrence, bob_cookie, last_seq=0)
    assert bob.welcome["truncated"]
    first = [m["seq"] for m in bob.welcome["history"]]
    assert bob.welcome["last_seq"] == (first[-1] if first else 0)
    rest = await _frames(bob, last)
    assert first + [m["seq"] for m in rest] == seqs
    await bob.ws.close()

    # A resume cut short part-way through the rest loses nothing and doubles nothing.
    bob = await Client.open(a, room.occurrence, bob_cookie, last_seq=0)
    part = bob.welcome["history"] + await _frames(bob, last, stop_after=3)
    await bob.ws.close()
    again = await Client.open(
        b, room.occurrence, bob_cookie, last_seq=_resume_point(bob.welcome, part)
    )
    tail = again.welcome["history"]
    if again.welcome["truncated"] or (tail and tail[-1]["seq"] < last) or not tail:
        tail = tail + await _frames(again, last)
    assert [m["seq"] for m in part + tail] == seqs
    await again.ws.close()


def _all(room):
    return selectors.history_after(occurrence_id=room.occurrence.pk, after_seq=0, limit=1000)
