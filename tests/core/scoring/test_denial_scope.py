"""Misread denials (issue 9, para23): a negation takes a key point away only when it denies
what the point says. Three readings took correct paraphrases' points away (para22's diagnosis):

* a negation in one clause and a phrase matched with words in the next ("we never need the very
  lowest point, only one that is low enough": "only one minimum" matched across the comma);
* a diminisher grading a comparison between the phrase's own words ("the nearest is hardly
  nearer than the farthest" says nearest and farthest are alike);
* a key point that is itself a negative statement ("No perfect multicollinearity"): a negated
  mention ("two features must not carry the same information") says the point.

Real denials stay denials (the guards below)."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript


def status(bank: QuestionBank, qid: str, point: str, text: str) -> str:
    result = score_answer(bank.get(qid), Transcript(text))
    return next(k.status for k in result.key_points if k.id == point)


@pytest.mark.parametrize(
    ("qid", "point", "text"),
    [
        (
            "tech.local-minima-convexity",
            "convex-def",
            "In practice we never need the very lowest point, only one that is low enough and "
            "works on new data.",
        ),
        (
            "tech.curse-of-dimensionality",
            "distances",
            "In many dimensions the nearest point is hardly closer than the farthest one, so "
            "neighbours mean little.",
        ),
        (
            "tech.linear-regression-assumptions",
            "multicollinearity",
            "Two features must not carry the same information, otherwise their separate effects "
            "cannot be told apart.",
        ),
    ],
)
def test_a_misread_denial_does_not_contradict_the_point(
    bank: QuestionBank, qid: str, point: str, text: str
) -> None:
    assert status(bank, qid, point, text) != "contradicted"


@pytest.mark.parametrize(
    ("qid", "point", "text"),
    [
        (
            "tech.local-minima-convexity",
            "convex-def",
            "A convex function does not guarantee that any local minimum is global.",
        ),
        (
            "tech.curse-of-dimensionality",
            "distances",
            "In high dimensions the distances do not become similar at all, they stay very "
            "different.",
        ),
        (
            "tech.linear-regression-assumptions",
            "multicollinearity",
            "Correlated features are not a problem for the coefficients at all.",
        ),
    ],
)
def test_a_real_denial_still_contradicts_the_point(
    bank: QuestionBank, qid: str, point: str, text: str
) -> None:
    assert status(bank, qid, point, text) == "contradicted"
