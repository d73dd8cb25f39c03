"""A phrase that repeats a word ("one on one") is found where its words stand near each other,
however long the answer, and never joined with a "one" far away: each occurrence is matched against its neighbours only."""

from __future__ import annotations

from simulator.core.scoring.matching import AnswerIndex
from simulator.core.scoring.phrase_forms import compile_phrase
from simulator.core.scoring.text import tokenize


def _spans(text: str, phrase: str) -> list[tuple[int, int]]:
    index = AnswerIndex(tokenize(text))
    return sorted({sp for p in compile_phrase(phrase) for sp in index.find(p)})


def test_each_meeting_is_found_and_far_words_are_not_joined() -> None:
    filler = " ".join(["we talked"] * 30)
    text = f"I held a one on one. {filler}. Then another one on one with her."
    spans = _spans(text, "one on one")
    assert spans == [(3, 6), (68, 71)]


def test_a_long_repetition_is_found_everywhere() -> None:
    text = " ".join(["one-on-one"] * 3000)
    assert len(_spans(text, "one on one")) >= 2900
