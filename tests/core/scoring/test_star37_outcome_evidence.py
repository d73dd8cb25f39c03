"""A missing result is judged by positive evidence of an outcome (issue 9, star37): a story
whose result sentences were cut ends on one more step ("we" or the passive), a finding or a
reflection, and must report the result missing; a story that tells what came of its steps in
a clause with no cue word ("..., and the regulator came back with one question") must not."""

from __future__ import annotations

import pytest

from simulator.core.scoring import score_answer
from simulator.core.scoring.star_gaps import is_reflection, tells_outcome
from simulator.core.transcript import Transcript
from tests.core.real_bank import real_bank

SCENE = (
    "Our returns team wanted a model to predict which orders would come back, and the first "
    "version flagged far too many. "
    "I needed to find out why before the holiday season. "
    "I read two hundred flagged orders with the returns lead. "
    "I found that most of them were gifts, which are returned more often but not for fit. "
)
CUT_ENDINGS = (
    "We tested the new version on a month of orders before anyone relied on it.",
    "We listed every feature and gave each one an owner on the team.",
    "If I'm honest, the main thing I took from it is to read the data before tuning anything.",
)
TOLD_ENDINGS = (
    "We submitted it two days early, and the returns lead came back with only one question.",
    "We relaunched it a week later, and no wrong flag has reached a customer since.",
    "The new version was live before the holidays, and the warehouse now plans staff with it.",
)


def _missing(text: str) -> list[str]:
    star = score_answer(real_bank().get("beh.complex-problem"), Transcript(text)).star
    assert star is not None
    return star.missing


@pytest.mark.parametrize("ending", CUT_ENDINGS)
def test_a_story_ending_on_a_step_or_a_remark_reports_the_result_missing(ending: str) -> None:
    assert "result" in _missing(
        SCENE + "I removed the gift flag from the training labels. " + ending
    )


@pytest.mark.parametrize("ending", TOLD_ENDINGS)
def test_an_outcome_told_without_a_cue_word_is_not_called_missing(ending: str) -> None:
    assert "result" not in _missing(
        SCENE + "I removed the gift flag from the training labels. " + ending
    )


def test_a_clause_of_someone_else_acting_is_an_outcome_and_a_step_of_mine_is_not() -> None:
    told = "We sent the reply on Friday, and the regulator came back with one question."
    step = "We ran both versions side by side on a week of orders."
    assert tells_outcome(told.lower().split(), told, {})
    assert not tells_outcome(step.lower().split(), step, {})


def test_an_aside_before_a_lesson_keeps_it_a_reflection() -> None:
    assert is_reflection("If I'm honest, the main thing I took from it is to ask earlier.")
    assert is_reflection("I also realised I had never asked them what they needed.")
