"""The scorecard's session tips say which question they are about and what to practise in it
(walk55): "Revisit regularization: explain ...", "Correct a misconception about
regularization: ..." and "your story for ethics ..." named a topic, and with two questions of
one topic on the card (or a topic the person never saw as a label) the reader could not tell
which question to practise. Now each names the question's number on the card and its words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator import paths
from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scorecard import build_scorecard
from simulator.core.scorecard.model import Scorecard
from simulator.core.scorecard.tips import short_prompt, tips_naming_questions, without_keys
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

HERE = Path(__file__).resolve().parent
GOOD = (
    "Regularization reduces overfitting by penalizing model complexity so the model "
    "generalizes better. L1 adds the absolute weights and drives some to zero; L2 adds the "
    "squared weights. Dropout and early stopping are other kinds."
)
WRONG = (
    "Regularization is a technique for fixing underfitting. "
    "Regularization always improves training accuracy, and that is how you verify it's working."
)
REGULARIZATION = "What is the purpose of regularization in machine learning…"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([paths.bundled_packs_dir()])


def _tips(tmp_path: Path, bank: QuestionBank, items: list[tuple[str, str]]) -> list[str]:
    return _card(tmp_path, bank, items).tips


def _card(tmp_path: Path, bank: QuestionBank, items: list[tuple[str, str]]) -> Scorecard:
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        sid = storage.create_session({"name": "Custom", "question_ids": [q for q, _ in items]})
        scored = []
        for i, (qid, text) in enumerate(items):
            question = bank.get(qid)
            score = score_answer(question, Transcript(text))
            scored.append((question, score))
            storage.add_answer(sid, qid, i, "typed", text, score=score)
        storage.finish_session(sid, score_session(scored))
        return build_scorecard(storage.session(sid), bank)
    finally:
        storage.close()


def test_two_questions_of_one_topic_the_tips_name_the_weaker_one_r55(
    tmp_path: Path, bank: QuestionBank
) -> None:
    tips = _tips(tmp_path, bank, [("tech.regularization", GOOD), ("tech.regularization", WRONG)])
    said = " ".join(tips)
    assert "about regularization" not in said and "Revisit regularization" not in said, tips
    assert f"question 2 (“{REGULARIZATION}”)" in said, tips
    assert "question 1" not in said, tips
    misconception = next(t for t in tips if t.startswith("Correct a misconception"))
    assert misconception.startswith(f"Correct a misconception in question 2 (“{REGULARIZATION}”): ")
    # what to practise in it: a key point it missed, and the key to practise it
    practise = next(t for t in tips if t is not misconception)
    assert "Ctrl+Shift+P on its row" in practise and "explain “" in practise, practise
    # a file (an export) keeps the question's words, not the key
    assert f"question 2 (“{REGULARIZATION}”)" in without_keys(practise)
    assert "Ctrl+" not in without_keys(practise)


def test_an_off_question_story_tip_names_its_question_r55(
    tmp_path: Path, bank: QuestionBank
) -> None:
    story = yaml.safe_load((HERE / "scoring" / "dev_blind44_star.yaml").read_text())[0]
    text = " ".join(sentence for _, sentence in story["sentences"])
    asked = bank.get(story["off_question"])  # a story of a deadline, asked about fairness
    tips = _tips(tmp_path, bank, [(story["question"], text), (asked.id, text)])
    tip = next(t for t in tips if t.startswith("Answer the question asked"))
    assert tip.startswith(
        f"Answer the question asked: your story for question 2 (“{short_prompt(asked.prompt)}”) "
        "reads as one about “"
    ), tip


def test_short_prompt_is_the_first_sentence_or_its_start_r55() -> None:
    assert short_prompt("What is data leakage? Give me some examples.") == "What is data leakage?"
    assert short_prompt("What is the bias variance\n trade-off?") == (
        "What is the bias variance trade-off?"
    )
    cut = short_prompt(
        "A convolutional layer applies sixty four three by three filters to an input with "
        "thirty two channels. How many parameters does it have?"
    )
    assert cut == "A convolutional layer applies sixty four three by three…"
    assert len(cut) <= 61


def test_a_skipped_question_is_answered_this_time_not_practised_again_r55(
    tmp_path: Path, bank: QuestionBank
) -> None:
    card = _card(tmp_path, bank, [("tech.regularization", GOOD), ("tech.regularization", "")])
    label = card.answers[1].key_points[0].label
    stored = [f"Revisit regularization: explain “{label}”."]  # the scorer's, of the skip
    (tip,) = tips_naming_questions(stored, card.answers)
    assert tip == (
        f"Question 2 (“{REGULARIZATION}”): answer it this time (Ctrl+Shift+P on its row) "
        f"and explain “{label}”."
    )
