"""`ml-interview score` prints each component's basis as the scorecard shows it (walkthrough 37,
issue 8): the raw basis carried the note on points said in other words ("reads as a full
explanation in its own words: ... up to 90% of its weight"), which the scorecard leaves out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from simulator.cli.score import _summary
from simulator.core.questions import QuestionBank
from simulator.core.scorecard.answer import shown_basis
from tests.core.test_scorecard_model import GOOD, bank  # noqa: F401


@pytest.mark.parametrize("full", [True, False])
def test_the_summary_leaves_out_the_note_the_scorecard_leaves_out(
    bank: QuestionBank,  # noqa: F811
    full: bool,
) -> None:
    from simulator.core.scoring import score_answer
    from simulator.core.scoring.meaning_credit import AnswerReading, full_explanation_note
    from simulator.core.transcript import Transcript

    score = score_answer(bank.get("tech.overfit"), Transcript(text=GOOD))
    first, *rest = score.key_points
    points = [replace(first, credit=0.85, via="words")] + [
        replace(kp, status="explained", covered=True, credit=0.9, via="meaning") for kp in rest
    ]
    note = full_explanation_note(points, AnswerReading(full, not full, 0.9, 3, 0.4, 0.0))
    assert "in its own words" in note  # what the scorer writes for such an answer
    content = score.basis["content"] + note
    data = replace(score, key_points=points, basis={**score.basis, "content": content}).to_dict()
    printed = _summary(data)
    assert "in its own words" not in printed and "of its weight" not in printed, printed
    (line,) = [line for line in printed.splitlines() if line.startswith("  content:")]
    assert line.endswith(f"- {shown_basis(content)}"), line
    assert shown_basis(content) == shown_basis(score.basis["content"])  # the card's words
