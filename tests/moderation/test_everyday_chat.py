"""Everyday kindness and small talk in a meeting's chat is never held or flagged: the short
phrases people type most ("take your time", "you got this", "bless you") are where a
reading of words without their sense goes wrong. So are the community's own words ("we
gamblers", "addicts like us"), which are also the insults' nouns."""

from pathlib import Path

import pytest

from moderation.screening import compile_rules, screen


def _lines(name: str) -> list[str]:
    text = (Path(__file__).parent / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


PHRASES = _lines("everyday_chat.txt")
COMMUNITY = _lines("community_words.txt")


def test_there_are_enough_phrases_to_mean_something():
    assert len(PHRASES) >= 50
    assert len(COMMUNITY) >= 50


@pytest.mark.parametrize("text", PHRASES)
def test_everyday_chat_is_left_alone(text):
    assert screen(text, compile_rules()) == []


@pytest.mark.parametrize("text", COMMUNITY)
def test_the_communitys_own_words_are_left_alone(text):
    assert screen(text, compile_rules()) == []
