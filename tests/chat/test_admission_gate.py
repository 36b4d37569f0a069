"""The worker's admission turns (chat/admission.py): a new socket never waits longer than
KINDRED_ADMISSION_MAX_WAIT_SECONDS for its turn, so that it is refused with a time to come
back rather than left until daphne's handshake timeout drops it; an admitted socket's
welcome waits as long as it takes."""

import asyncio

import pytest

from chat import admission


@pytest.fixture
def one_turn(settings):
    settings.KINDRED_ADMISSION_CONCURRENCY = 1
    settings.KINDRED_ADMISSION_MAX_WAIT_SECONDS = 0.3
    settings.KINDRED_ADMISSION_RETRY_SECONDS = 1
    admission._gates.clear()


async def _hold(held: asyncio.Event, release: asyncio.Event) -> None:
    async with admission.turn():
        held.set()
        await release.wait()


async def test_a_new_socket_that_has_waited_too_long_is_refused_with_a_time_to_come_back(
    one_turn,
):
    held, release = asyncio.Event(), asyncio.Event()
    holder = asyncio.create_task(_hold(held, release))
    await held.wait()
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(admission.Busy) as busy:
        async with asyncio.timeout(3), admission.turn():
            pytest.fail("admitted while the only turn was held")
    waited = loop.time() - started
    assert 0.25 <= waited < 2.0
    assert 1 <= busy.value.retry_after <= 2
    assert admission.waiting() == 0
    release.set()
    await holder
    # The turn it gave up is not lost: the next socket is admitted at once.
    async with asyncio.timeout(1), admission.turn():
        pass


async def test_a_welcome_waits_its_turn_however_long_it_takes(one_turn):
    held, release = asyncio.Event(), asyncio.Event()
    holder = asyncio.create_task(_hold(held, release))
    await held.wait()
    entered = asyncio.Event()

    async def welcome() -> None:
        async with admission.turn(refuse=False):
            entered.set()

    waiting = asyncio.create_task(welcome())
    await asyncio.sleep(0.8)  # well past the new sockets' limit
    assert not entered.is_set() and admission.waiting() == 1
    release.set()
    await asyncio.wait_for(waiting, 2)
    await holder
    assert entered.is_set() and admission.waiting() == 0


@pytest.mark.django_db(transaction=True)
async def test_only_a_long_queue_teaches_the_gate_what_a_socket_costs(one_turn, room):
    """A batch of one costs nearly what a batch of fifty does: learnt per socket, it made a
    storm's queue look many times longer than it was and refused sockets that would have
    been in within a second. Only batches of ESTIMATE_BATCH or more teach the gate."""
    from chat import dbcalls

    def slow(fn):
        async def call(*args, **kwargs):
            await asyncio.sleep(0.4)
            return await dbcalls.database_sync_to_async(fn)(*args, **kwargs)

        return call

    def arrival(i: int) -> admission.Arrival:
        return admission.Arrival(
            user=room.alice,
            occurrence_id=room.occurrence.pk,
            listen_only=False,
            readings_only=False,
            channel_name=f"specific.gate!{i}",
        )

    gate = admission._gate()
    before = gate.turn_seconds
    await admission.admit(arrival(0), run=slow)
    assert gate.turn_seconds == before  # one socket in 0.4 s says nothing of a queue
    held, release = asyncio.Event(), asyncio.Event()
    holder = asyncio.create_task(_hold(held, release))
    await held.wait()
    together = asyncio.gather(
        *(admission.admit(arrival(i), run=slow) for i in range(1, admission.ESTIMATE_BATCH + 2))
    )
    await asyncio.sleep(0.05)
    release.set()
    await asyncio.wait_for(together, 10)
    await holder
    # Eleven in about 0.4 s: about 0.04 s a socket, learnt.
    assert before < gate.turn_seconds < 0.4 / 2
