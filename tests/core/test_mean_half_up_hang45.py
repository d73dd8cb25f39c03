"""A session's overall and category means of 14 and 15 read 14 everywhere (Python's ``round``
sends a half to the even number, and 15.5 went up to 16): one rule, a half goes up, in the
stored summary and in the scorecard that the page and every export render."""

from __future__ import annotations

import json

from simulator.core import export
from simulator.core.questions import QuestionBank
from simulator.core.rounding import half_up, mean_score
from simulator.core.scorecard import build_scorecard
from simulator.core.scoring.overall import combine, session_score
from simulator.core.storage import Storage
from tests.core.test_scorecard_model import bank, storage  # noqa: F401
from tests.scores import answer_score


def test_a_half_goes_up_and_nothing_else_moves() -> None:
    assert [mean_score(v) for v in ([14, 15], [15, 16], [0, 1], [1, 2, 2], [100])] == [
        15,
        16,
        1,
        2,
        100,
    ]


def test_the_stored_summary_and_every_view_say_15_for_14_and_15(  # type: ignore[no-untyped-def]
    storage: Storage,  # noqa: F811
    bank: QuestionBank,  # noqa: F811
) -> None:
    question = bank.get("tech.overfit")
    scores = [answer_score(14, question.id), answer_score(15, question.id)]
    summary = session_score([(question, s) for s in scores])
    assert (summary.overall, summary.per_category) == (15, {"technical": 15})

    sid = storage.create_session(
        {"name": "Custom", "counts": {"technical": 2}, "question_ids": [question.id] * 2},
        started_at=1000.0,
    )
    for position, score in enumerate(scores):
        storage.add_answer(sid, question.id, position, "typed", "some words", score=score)
    storage.finish_session(sid, summary)
    session = storage.session(sid)
    card = build_scorecard(session, bank)
    assert card.overall == 15
    assert [(c.category, c.score) for c in card.per_category] == [("technical", 15)]

    data = export.ExportInput(card, session, bank)
    dumped = json.loads(export.FORMATS["json"].render(data))
    shown = dumped["scorecard"]
    assert (shown["overall"], shown["per_category"][0]["score"]) == (15, 15)
    stored = dumped["session"]["score"]
    assert (stored["overall"], stored["per_category"]) == (15, {"technical": 15})
    markdown = export.FORMATS["md"].render(data)
    assert "**Overall: 15/100**" in markdown and "| Technical | 15 |" in markdown
    assert "15/100" in export.FORMATS["html"].render(data)


def test_an_answers_weighted_overall_follows_the_same_rule() -> None:
    """Structure 80 x 75% + delivery 90 x 25% is 82.5, printed beside the figure: it read 82."""
    both = {"content": None, "structure": 80, "delivery": 90}
    assert combine(both, "behavioral")[0] == 83
    assert combine({"content": None, "structure": 81, "delivery": 89}, "behavioral")[0] == 83
    assert combine({"content": 71, "structure": None, "delivery": 64}, "technical")[0] == 70
    assert [half_up(v) for v in (0.5, 2.5, 82.4999, 82.4999999999, 100.0)] == [1, 3, 82, 83, 100]
