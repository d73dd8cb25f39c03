"""An answer cut by ending the interview (End) is said as such, and its tips do not read what
it never reached as left out (issue 8, walk61). Walkthrough 60: a story ended after its first
sentence scored 0, and the scorecard's tips said "In behavioral answers, include the task" and
"End each story with a measurable result" from it, as if the person had told the whole story
and forgotten them; nothing on the page or in any export said the answer was cut."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from session_kit import Harness

from simulator.core.export.formats import FORMATS, ExportInput
from simulator.core.interview import State
from simulator.core.scorecard import build_scorecard
from simulator.core.scorecard.model import ENDED_EARLY_NOTE
from simulator.core.scoring import AnswerScore

STORY = (
    "Last year two engineers on my team disagreed about the feature store. My task was to "
    "settle it. I met each of them, listened, and ran a benchmark myself. As a result we "
    "shipped two weeks early and cut latency by 30 percent."
)
FIRST_LINE = "Last year two engineers on my team disagreed about how to build our pipeline."
TECH = (
    "Overfitting means the network memorizes noise in the training set. I compare training and "
    "validation error on a held-out set, and use regularization or early stopping."
)


def _ended_on_the_story(tmp_path: Path) -> Harness:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "beh.conflict", "case.spam")
    s = h.session
    h.to_answering()
    s.primary(TECH)
    s.primary()  # question 2, thinking
    h.to_answering()
    s.end(FIRST_LINE)  # the story's first sentence typed, then End
    assert s.state is State.SCORECARD
    return h


def test_an_answer_cut_by_end_is_stored_as_ended_early(tmp_path: Path) -> None:
    h = _ended_on_the_story(tmp_path)
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    scores = {a.question_id: a.score for a in record.answers}
    assert scores["beh.conflict"] is not None and scores["beh.conflict"].ended_early
    assert scores["tech.overfit"] is not None and not scores["tech.overfit"].ended_early
    again = AnswerScore.from_dict(scores["beh.conflict"].to_dict())
    assert again.ended_early


def test_its_tips_say_to_finish_it_not_what_it_never_reached(tmp_path: Path) -> None:
    h = _ended_on_the_story(tmp_path)
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    assert record.score is not None
    said = " ".join(record.score.tips)
    assert "include the" not in said and "measurable result" not in said, record.score.tips
    assert "you ended the interview during it" in said, record.score.tips
    card = build_scorecard(record, h.bank)
    story = next(a for a in card.answers if a.question_id == "beh.conflict")
    assert story.ended_note == ENDED_EARLY_NOTE
    assert not next(a for a in card.answers if a.question_id == "tech.overfit").ended_note
    # its own tips: the parts it never reached said once as not reached, no share advised
    assert story.feedback[0].startswith("STAR: the story had not reached its task, action and")
    assert not any(t.startswith(("STAR: no ", "STAR: situation takes")) for t in story.feedback)
    # named by its number and words, once
    named = [t for t in card.tips if "question 2" in t.lower()]
    assert len(named) == 1 and "take your answer to its end" in named[0], card.tips


def test_a_story_told_whole_still_gets_its_missing_parts_advised(tmp_path: Path) -> None:
    """Submitted by the person (not cut), a story without a result is told to add one."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("beh.conflict", "tech.overfit")
    s = h.session
    h.to_answering()
    s.primary(FIRST_LINE)
    s.primary()
    h.to_answering()
    s.end(TECH)
    record = h.storage.session(s.session_id)  # type: ignore[arg-type]
    assert record.score is not None
    said = " ".join(record.score.tips)
    assert "include the" in said or "measurable result" in said, record.score.tips


def test_the_page_and_every_export_say_it_alike(tmp_path: Path) -> None:
    h = _ended_on_the_story(tmp_path)
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    from simulator.core.export.render import render_answer_html

    card = build_scorecard(record, h.bank)
    story = next(a for a in card.answers if a.question_id == "beh.conflict")
    assert ENDED_EARLY_NOTE in render_answer_html(story)  # the page's and Review's detail
    for key in ("html", "md", "json", "pdf"):
        fmt = FORMATS[key]  # the PDF: the page it lays out
        text = fmt.render(ExportInput(card, record, h.bank))
        plain = text.replace("\\", "")  # Markdown escapes
        assert plain.count(ENDED_EARLY_NOTE) == 1, key


def test_progress_leaves_its_star_shares_out(tmp_path: Path) -> None:
    """Progress's STAR balance: a story cut by End is no balance of the person's (it drew
    Situation 61 %, walk61); a story told whole still counts."""
    from simulator.core.progress import answer_facts

    h = _ended_on_the_story(tmp_path)
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    score = next(a.score for a in record.answers if a.question_id == "beh.conflict")
    assert score is not None and score.star is not None
    assert answer_facts(score).star is None
    assert answer_facts(replace(score, ended_early=False)).star is not None
