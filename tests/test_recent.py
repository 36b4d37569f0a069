"""A worker's short-lived copies (kindred/recent.py)."""

import time

from kindred.recent import Recent


def test_a_copy_is_reused_while_fresh_then_read_again(settings, monkeypatch):
    settings.KINDRED_ROOM_CACHE_SECONDS = 4
    clock = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    recent, reads = Recent(), []

    def load():
        reads.append(clock[0])
        return len(reads)

    assert recent.get("room", load) == 1
    clock[0] += 2.9  # within three quarters of the time: always fresh
    assert recent.get("room", load) == 1
    clock[0] += 1.2  # past the whole time: always read again
    assert recent.get("room", load) == 2
    recent.forget("room")
    assert recent.get("room", load) == 3
    assert reads == [1000.0, 1004.1, 1004.1]


def test_copies_made_together_expire_at_different_moments(settings):
    settings.KINDRED_ROOM_CACHE_SECONDS = 5
    recent = Recent()
    for room in range(50):
        recent.get(room, lambda: "copy")
    expiries = {round(expires, 3) for expires, _ in recent._copies.values()}
    assert len(expiries) > 40  # spread out, not one burst of 50 reads


def test_no_time_means_no_copies(settings):
    settings.KINDRED_ROOM_CACHE_SECONDS = 0
    recent, reads = Recent(), []
    for _ in range(3):
        recent.get("room", lambda: reads.append(1))
    assert len(reads) == 3
