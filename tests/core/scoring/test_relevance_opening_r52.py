"""A story's opening line names what the story is about, whatever STAR part it is labelled (issue 9,
round 52: relevance._opening_as_scene). star52 labels an opening that points at or names the story
other ("The project I am proudest of is ..."), where it had been the situation; relevance reads the
themes a story says in its situation, task and result, so a proudest-project story that named its
ask only in its opening was told it was off its question, and a story framed as a colleague's
mistake was no longer told it is off a mentoring question."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]
HERE = Path(__file__).parent

PROUD = (
    "The project I am proudest of is the delivery-time model I built for a grocery app. "
    "Couriers were arriving late for about a fifth of orders and customers kept cancelling. "
    "I was responsible for the estimate shown at checkout, from the data to the serving code. "
    "I joined the courier GPS traces with the order logs and found that store preparation time "
    "explained most of the error. "
    "I trained a gradient boosted model on preparation time, distance and weather, and shipped "
    "it behind a flag. "
    "Late deliveries against the promise fell from twenty to eight percent, and cancellations "
    "dropped by a third."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    # the dev_blind packs loaded together, as scoring_quality.py measures dev_blind44-46
    return load_packs(
        [REPO / "questions", *(HERE / "packs" / f"blind{n}dev" for n in (44, 45, 46))]
    )


def test_a_story_naming_its_ask_in_its_opening_is_on_its_question_r52(bank: QuestionBank) -> None:
    star = score_answer(
        bank.get("beh.proudest-project"), Transcript(PROUD), Rivals.of_bank(bank)
    ).star
    assert star is not None and star.segments[0].label == "other"
    assert not star.off_question


def test_a_story_opened_on_another_theme_is_still_told_it_is_off_question_r52(
    bank: QuestionBank,
) -> None:
    # dev_blind45pack's colleague's-mistake story, scored on the mentoring question: its opening
    # and scene are someone else's work, not a junior grown (caught before round 52's labels)
    stories = yaml.safe_load((HERE / "dev_blind45pack_star.yaml").read_text())
    story = next(s for s in stories if s["id"] == "r45p-mistake-dashboard-double-count")
    text = " ".join(sentence for _, sentence in story["sentences"])
    star = score_answer(bank.get("beh.mentor-junior"), Transcript(text), Rivals.of_bank(bank)).star
    assert star is not None and star.off_question
