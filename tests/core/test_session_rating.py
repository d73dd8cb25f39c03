"""The optional 1-4 self-rating given right after an answer, during the interview."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness

from simulator.core.interview import IllegalTransition, State
from simulator.core.session import events as ev

GOOD = (
    "Overfitting means the network memorizes noise in the training set. I compare training and "
    "validation error on a held-out set, and use regularization or early stopping."
)


def test_a_rating_given_after_an_answer_is_stored_on_its_main_answer(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam")
    s = h.session
    h.to_answering()
    s.primary(GOOD)
    assert s.state is State.REVIEWING
    number = h.of(ev.AnswerReviewed)[0].number
    s.rate(number, 2)
    s.rate(number, 4)  # changed its mind: the last one counts
    (answer,) = h.storage.session(s.session_id or 0).answers
    assert h.storage.ratings() == {answer.id: 4}
    s.rate(number, None)
    assert h.storage.ratings() == {}
    with pytest.raises(IllegalTransition):
        s.rate(3, 1)  # only two questions
    with pytest.raises(ValueError, match="1 to 4"):
        s.rate(number, 5)
