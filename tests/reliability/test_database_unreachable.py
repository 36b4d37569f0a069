"""PostgreSQL becomes unreachable under a real daphne worker (its connection runs through a
proxy that goes silent: nothing refused, nothing answered, as when the database's host
drops off the network): every frame that needs the database is answered within 2 seconds
with server_error and retry_after, pings keep getting their pong, and once the database is
reachable again the message the client kept re-sending is stored once and the room works
(docs/protocol.md, errors). Both with connections kept between calls (a query waits on a
silent connection) and opened for each call (the connect waits)."""

import asyncio
import os

import pytest
from asgiref.sync import sync_to_async
from django.db import connection

from chat.models import Message
from tests.reliability.procs import Blackhole, Daphne
from tests.reliability.test_faults import BURSTY, _cookie
from tests.reliability.test_outage_answers import ANSWER_WITHIN, _ask, _open

pytestmark = [pytest.mark.multiprocess, pytest.mark.django_db(transaction=True)]


def _through(proxy: Blackhole) -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@127.0.0.1:{proxy.port}/{s['NAME']}"


@pytest.mark.parametrize("kept", ["60", "0"], ids=["kept-connections", "fresh-connections"])
async def test_an_unreachable_database_answers_every_frame_within_two_seconds(
    transactional_db, room, kept
):
    s = connection.settings_dict
    proxy = Blackhole(int(s["PORT"] or 5432), upstream_host=s["HOST"] or "127.0.0.1")
    worker = Daphne(
        database_url=_through(proxy),
        redis_url=os.environ["REDIS_URL"],
        DATABASE_CONN_MAX_AGE=kept,
        **BURSTY,
    )
    cookie = await sync_to_async(_cookie)(room.alice)
    try:
        ws = await _open(worker, room.occurrence, cookie)
        assert not isinstance(ws, int), ws
        before = await _ask(
            ws, {"type": "message.send", "client_id": "pg-up-00001", "body": "a", "ref": 0}
        )
        assert before["type"] == "message.ack", before

        proxy.pause()
        loop = asyncio.get_running_loop()
        ends = loop.time() + 6
        n, answers = 0, []
        while loop.time() < ends:
            n += 1
            # _ask fails the test (TimeoutError) if nothing comes within ANSWER_WITHIN.
            sent = await _ask(
                ws, {"type": "message.send", "client_id": "pg-down-0001", "body": "b", "ref": n}
            )
            assert isinstance(sent, dict), f"closed with {sent}"
            assert (sent["type"], sent.get("code")) == ("error", "server_error"), sent
            assert sent["retry_after"] > 0 and sent["client_id"] == "pg-down-0001", sent
            pong = await _ask(ws, {"type": "ping", "ref": f"p{n}"})
            assert isinstance(pong, dict) and pong["type"] == "pong", pong
            assert pong["state"] == "live"
            answers.append((sent["type"], pong["type"]))
        assert len(answers) >= 3, answers
        assert worker.alive

        proxy.resume()
        async with asyncio.timeout(30):
            while True:
                frame = {"type": "message.send", "client_id": "pg-down-0001", "body": "b"}
                answer = await _ask(ws, {**frame, "ref": "after"})
                assert isinstance(answer, dict), answer
                if answer["type"] == "message.ack":
                    break
                assert answer["code"] == "server_error", answer
                await asyncio.sleep(0.5)
        again = await _ask(
            ws, {"type": "message.send", "client_id": "pg-up-00002", "body": "c", "ref": "c"}
        )
        assert again["type"] == "message.ack" and again["created"], again
        pong = await _ask(ws, {"type": "ping", "ref": "last"})
        assert pong["type"] == "pong"
        await ws.close()
    finally:
        worker.stop()
        proxy.stop()
    stored = await sync_to_async(list)(
        Message.objects.order_by("seq").values_list("client_id", flat=True)
    )
    assert stored == ["pg-up-00001", "pg-down-0001", "pg-up-00002"]
    log = worker.log_path.read_text()
    assert [line for line in log.splitlines() if "ERROR" in line or "Traceback" in line] == []
    assert ANSWER_WITHIN == 2
