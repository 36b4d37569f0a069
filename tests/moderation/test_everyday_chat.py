"""Everyday kindness and small talk in a meeting's chat is never held or flagged: the short
phrases people type most ("take your time", "you got this", "bless you") are where a
reading of words without their sense goes wrong."""

from pathlib import Path

import pytest

from moderation.screening import compile_rules, screen

PHRASES = [
    line.strip()
    for line in (Path(__file__).parent / "everyday_chat.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
]


def test_there_are_enough_phrases_to_mean_something():
    assert len(PHRASES) >= 50


@pytest.mark.parametrize("text", PHRASES)
def test_everyday_chat_is_left_alone(text):
    assert screen(text, compile_rules()) == []
