"""The session core scores each answer with the rivals it was started with (round 31,
bank_rivals.py): the window gives it the loaded bank's behavioral questions, so a story told
under one question of a person's own pack but answering another of it is told so."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness

from simulator import paths
from simulator.core.questions import load_packs
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.session import SessionPlan
from simulator.core.session import events as ev

PACK = Path(__file__).resolve().parent / "scoring" / "packs" / "star30"
INHERITED = (
    "I inherited our image labelling pipeline after its author moved to another team. I had to "
    "cut its running time, which had grown to eleven hours a night. I spent the first week just "
    "reading the code and the run logs, and I drew the flow of data from the raw images to the "
    "label files on one page. I added timing to every stage and found that one stage "
    "re-downloaded every image each night. After caching the images the pipeline ran in under "
    "two hours, and the one-page diagram is now in the repository's readme."
)


def test_the_session_core_scores_with_the_rivals_it_is_given(tmp_path: Path) -> None:
    """The session core passes the rivals it was started with to the scorer (the window gives
    the loaded bank's): the story for the pack's neighbour is told it is off the question."""
    h = Harness(tmp_path, follow_ups=False)
    h.bank = load_packs([paths.bundled_packs_dir(), PACK])
    plan = SessionPlan("Test", question_ids=("beh.handover-work",), spoken=False)
    h.session.start(plan, plan.questions(h.bank), Rivals.of_bank(h.bank))
    h.to_answering()
    h.session.submit(INHERITED)
    (reviewed,) = h.of(ev.AnswerReviewed)
    assert reviewed.score.star is not None and reviewed.score.star.off_question
