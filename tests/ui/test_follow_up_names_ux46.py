"""Walkthrough 46: while a follow-up was answered, one page named the first answer two ways,
"0:39 of 3:30 (your answer 0:27 + follow-up)" on the clock and "First answer: 80/100 · ..." on
the line right under it. Both now say "first answer"."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.session.feedback import feedback_parts
from simulator.core.transcript import Transcript

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def test_the_clock_and_the_score_line_name_the_first_answer_alike(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.interview_meters import AnswerClock

    question = load_packs([PACK]).get("tech.overfit")
    score = score_answer(question, Transcript(text="Overfitting memorizes noise."))
    line = feedback_parts(score, follow_up_pending=True)[0]
    clock = AnswerClock()
    qtbot.addWidget(clock.label)
    qtbot.addWidget(clock.bar)
    clock.show(39, 210, 27)
    name = line.split(":")[0].lower()  # "first answer"
    assert name == "first answer", line
    assert f"({name} 0:27 + follow-up)" in clock.label.text(), clock.label.text()
