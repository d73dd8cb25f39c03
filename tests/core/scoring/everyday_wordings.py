"""The two tests every everyday-wordings file runs over its own sentences: each everyday sentence
earns its key point by words, and each wrong sentence in the same words does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

Case = tuple[str, str, str]  # question id, key point id, sentence


def earned_by_words(bank: QuestionBank, qid: str, point: str, text: str) -> bool:
    score = score_answer(bank.questions[qid], Transcript(text))
    (result,) = [k for k in score.key_points if k.id == point]
    return result.status in ("explained", "named") and result.via == "words"


def wording_tests(
    earned: list[Case], not_earned: list[Case]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """Both tests, parametrized over the file's sentences (assign them to test_* names)."""

    @pytest.mark.parametrize(
        ("qid", "point", "text"), earned, ids=[f"{q}:{p}" for q, p, _ in earned]
    )
    def earns(bank: QuestionBank, qid: str, point: str, text: str) -> None:
        assert earned_by_words(bank, qid, point, text)

    @pytest.mark.parametrize(
        ("qid", "point", "text"), not_earned, ids=[f"{q}:{p}" for q, p, _ in not_earned]
    )
    def does_not(bank: QuestionBank, qid: str, point: str, text: str) -> None:
        assert not earned_by_words(bank, qid, point, text)

    return earns, does_not
