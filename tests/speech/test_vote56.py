"""Round 56 (speech56, issue 8): a noisy chunk is voted on only where Whisper was unsure of its
first reading (``speech.vote.sure``). On dev at 10 dB the vote changed sure readings' right
words as often as wrong ones ("the latency" -> "a latency" in a long sentence read at 0.90), and
a noisy answer's clear sentences cost four more decodes each."""

from __future__ import annotations

from simulator.core.transcript import Word
from simulator.speech import vote
from tests.speech.test_vote35 import _decode


def _reading(*probabilities: float | None) -> list[Word]:
    return [Word(f"w{i}", i * 0.4, i * 0.4 + 0.3, p) for i, p in enumerate(probabilities)]


def test_a_reading_is_sure_when_its_words_geometric_mean_probability_is_high() -> None:
    assert vote.sure(_reading(0.9, 0.8, 0.95))
    assert vote.sure(_reading(vote.SURE_READING_PROBABILITY))
    assert not vote.sure(_reading(0.7))
    # one word Whisper hardly believed pulls a short reading under, as an average would not
    assert not vote.sure(_reading(0.99, 0.99, 0.05))
    assert not vote.sure(_reading(0.99, 0.99, 0.0))  # 0.0 as stored (three places)


def test_an_empty_reading_or_one_without_probabilities_is_not_sure() -> None:
    assert not vote.sure([])
    assert not vote.sure(_reading(None))
    assert not vote.sure(_reading(0.99, None))


def test_a_sure_noisy_reading_is_read_once_and_kept() -> None:
    for voted, seconds in ((True, 1.0), (False, 1.0), (True, 3.0)):  # stored, live short, long
        text, firsts = _decode(10.0, voted=voted, seconds=seconds, probability=0.9)
        assert text == "bye" and set(firsts) == {0.0}


def test_an_unsure_noisy_reading_is_still_voted_on() -> None:
    text, firsts = _decode(10.0, probability=0.5)
    assert firsts == [0.0, *map(float, vote.SHIFTS)]
    assert text == "no"
