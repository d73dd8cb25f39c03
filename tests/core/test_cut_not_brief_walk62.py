"""An answer cut by End is not taken as brief for its length (issue 8, walk61 left, walk62):
a follow-up ended by End after a sentence got its question's content capped as "Brief: a few
sentences name points without developing them", and a spoken answer's short time cost it
delivery points as "far too short for the time given", when the person had only been cut
off. What it said still counts as said; only the length is not held against it."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness

from simulator.core.interview import State
from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.delivery import time_quality
from simulator.core.transcript import Transcript
from tests.core.scoring.test_depth_para51 import _answers


def test_a_brief_answer_cut_by_end_has_no_brief_ceiling(bank: QuestionBank) -> None:
    question = bank.questions["tech.tf-idf"]
    partial = _answers("tech.tf-idf")["partial"]
    whole = score_answer(question, Transcript(partial))
    assert any(tip.startswith("Brief:") for tip in whole.feedback)  # submitted: brief
    cut = score_answer(question, Transcript(partial), cut=True)
    assert not any(tip.startswith("Brief:") for tip in cut.feedback)
    assert "brief:" not in cut.basis["content"]
    assert cut.components["content"] > whole.components["content"]  # type: ignore[operator]


def test_a_short_time_cut_by_end_is_not_too_short() -> None:
    assert time_quality(20, 180, False) < 1.0  # submitted after 20 s of 3 min: thin
    assert time_quality(20, 180, False, cut=True) == 1.0
    assert time_quality(10, 120, True, cut=True) == 1.0
    assert time_quality(240, 180, False, cut=True) < 1.0  # over time still costs


@pytest.mark.parametrize("on_follow_up", [True, False])
def test_the_session_scores_a_question_cut_by_end_as_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, on_follow_up: bool
) -> None:
    """The session core tells the scorer which answer End cut: a follow-up's too."""
    import simulator.core.scoring as scoring

    asked: list[bool] = []
    real = scoring.score_answer

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(bool(args[4] if len(args) > 4 else kwargs.get("cut", False)))
        return real(*args, **kwargs)

    monkeypatch.setattr(scoring, "score_answer", spy)
    h = Harness(tmp_path, follow_ups=True)
    h.start("tech.overfit", "case.spam")
    s = h.session
    h.to_answering()
    if on_follow_up:
        s.primary("Overfitting means the network memorizes noise in the training set.")
        assert s.state is State.FOLLOW_UP
        s.end("I would compare training and validation error.")
    else:
        s.end("Overfitting means the network memorizes noise.")
    assert s.state is State.SCORECARD
    assert asked and asked[-1] is True
    if on_follow_up:
        assert asked[0] is False  # the main answer, submitted whole
    record = h.storage.session(s.session_id)  # type: ignore[arg-type]
    main = next(a for a in record.answers if a.follow_up is None)
    assert main.score is not None and main.score.ended_early
