"""A claim caught wrong weighs on the rest of its answer (issue 9, wrong69).

The checks catch only part of what a confidently wrong answer gets wrong, so a caught claim
stands for others beside it: what the answer's other sentences earn counts in proportion to the
share of its sentences not caught, each caught one standing for ``CAUGHT_STANDS_FOR``
(content.credence). An answer with nothing caught keeps every point it earns.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import content
from simulator.core.scoring.content import credence, score_content
from simulator.core.scoring.text import tokenize

REPO = Path(__file__).resolve().parents[3]

# Three sound sentences and a listed wrong claim ("saving the weights file is enough")
ONE_OF_FOUR_WRONG = (
    "Each training job stores its git commit and trains from an immutable data snapshot. "
    "Hyperparameters and metrics of every job are logged to MLflow. "
    "Saving the weights file is enough to rebuild the model months later. "
    "Serving pins one registered version, so a rollback points serving back to the previous "
    "registered version."
)
SOUND = (
    "Each training job stores its git commit and trains from an immutable data snapshot. "
    "Hyperparameters and metrics of every job are logged to MLflow. "
    "Serving pins one registered version, so a rollback points serving back to the previous "
    "registered version."
)


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _content(text: str) -> content.ContentResult:
    return score_content(_bank().get("tech.model-versioning"), tokenize(text))


def test_credence_is_the_share_not_caught_counted_twice() -> None:
    assert credence(0, 6) == 1.0
    assert credence(1, 10) == pytest.approx(0.8)
    assert credence(1, 4) == pytest.approx(0.5)
    assert credence(2, 4) == 0.0  # half the answer caught: nothing of it stands
    assert credence(3, 4) == 0.0  # never below nothing
    assert credence(1, 0) == 1.0


def test_an_answer_with_one_of_four_sentences_caught_keeps_half_of_the_rest() -> None:
    result = _content(ONE_OF_FOUR_WRONG)
    assert [m.phrase for m in result.misconceptions] == ["saving the weights file is enough"]
    # before: x0.50 - 15 on what the three sound sentences earn (81), 25; a vague answer
    # earns about 10
    assert result.score <= 10
    assert "1 of its 4 sentences caught asserting a wrong claim" in result.basis


def test_the_caught_share_is_what_lowers_it(monkeypatch: pytest.MonkeyPatch) -> None:
    lowered = _content(ONE_OF_FOUR_WRONG).score
    monkeypatch.setattr(content, "CAUGHT_STANDS_FOR", 0.0)
    assert _content(ONE_OF_FOUR_WRONG).score > lowered


def test_an_answer_with_nothing_caught_keeps_all_it_earns(monkeypatch: pytest.MonkeyPatch) -> None:
    sound = _content(SOUND)
    assert not sound.misconceptions
    assert "caught asserting" not in sound.basis
    assert sound.score >= 75
    monkeypatch.setattr(content, "CAUGHT_STANDS_FOR", 0.0)
    assert _content(SOUND).score == sound.score
