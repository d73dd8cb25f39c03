"""An answer cut by End is advised alike in the session's tips, on the page and in every
export (issue 8, walk62 left, walk63): the session's tips did not advise what a cut answer
lacks ("Finish your answer on overfitting next time"), while the answer's own tips, on the
page, Review and every export, listed "Missing key point (weight 3): …" as if the person had
left it out. The key points it had not reached are said once, as not reached."""

from __future__ import annotations

import json
from pathlib import Path

from session_kit import Harness

from simulator.core.export.formats import FORMATS, ExportInput
from simulator.core.interview import State
from simulator.core.scorecard import build_scorecard
from simulator.core.scorecard.answer import not_reached_tip

FIRST_LINE = "Overfitting means the network memorizes noise in the training set."


def _cut(tmp_path: Path, cut: bool) -> Harness:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam")
    s = h.session
    h.to_answering()
    if cut:
        s.end(FIRST_LINE)  # one sentence typed, then End
    else:
        s.primary(FIRST_LINE)
        s.primary()
        h.to_answering()
        s.end("")
    assert s.state is State.SCORECARD
    return h


def test_a_cut_answer_s_tips_say_what_it_had_not_reached_not_what_it_missed(
    tmp_path: Path,
) -> None:
    h = _cut(tmp_path, cut=True)
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    card = build_scorecard(record, h.bank)
    (answer,) = [a for a in card.answers if a.question_id == "tech.overfit"]
    assert answer.ended_note
    (stored,) = [a.score for a in record.answers if a.question_id == "tech.overfit"]
    assert stored is not None
    # what the scorer advised, as to an answer taken to its end
    missed = [t.split(": ", 1)[1][:-1] for t in stored.feedback if t.startswith("Missing key")]
    assert missed  # it had more to say
    assert not any(t.startswith("Missing key point") for t in answer.feedback), answer.feedback
    assert not_reached_tip(missed) in answer.feedback  # said once, as not reached
    for key in ("html", "md", "json", "pdf"):  # every export says it as the page does
        text = FORMATS[key].render(ExportInput(card, record, h.bank))
        if key == "json":  # its scorecard as shown (its "session" is the score as stored)
            text = json.dumps(json.loads(text)["scorecard"], ensure_ascii=False)
        text = text.replace("\\", "")
        assert "Missing key point" not in text, key
        assert "had not reached" in text, key


def test_an_answer_taken_to_its_end_still_gets_its_missing_points_advised(
    tmp_path: Path,
) -> None:
    h = _cut(tmp_path, cut=False)
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    card = build_scorecard(record, h.bank)
    (answer,) = [a for a in card.answers if a.question_id == "tech.overfit"]
    assert not answer.ended_note
    assert any(t.startswith("Missing key point") for t in answer.feedback), answer.feedback
    assert not any("had not reached" in t for t in answer.feedback)


def test_a_cut_case_answer_s_steps_are_said_as_not_reached() -> None:
    from simulator.core.scorecard.answer import _cut_points_tips, steps_not_reached_tip

    tips = [
        "Pace 90 words per minute; aim for 120-160.",
        "Missing key point (weight 3): Precision at the top of the list.",
        "Missing key point (weight 2): Fresh labels.",
        "Framework steps not covered: metrics, monitoring.",
    ]
    assert _cut_points_tips(tips) == [
        tips[0],
        not_reached_tip(["Precision at the top of the list", "Fresh labels"]),
        steps_not_reached_tip("metrics, monitoring"),
    ]
