"""Behavioral relevance (issue 9): a story that answers another question loses points, and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import AnswerScore, score_answer
from simulator.core.scoring.relevance import OFF_QUESTION_PENALTY, focus_words
from simulator.core.transcript import Transcript

QUESTIONS_DIR = Path(__file__).resolve().parents[3] / "questions"
# A launch story: on "tell me about a mistake" it answers nothing that was asked.
LAUNCH = (
    "At a travel startup our search page converted poorly on phones. "
    "I was asked to lead the redesign of the ranking service. "
    "I built a new ranking model on click logs and tuned it with the product designers. "
    "I rolled it out to ten percent of users and then to everyone. "
    "Bookings from phones grew by twelve percent in the first month."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([QUESTIONS_DIR])


def test_focus_words_drop_what_every_behavioral_prompt_says() -> None:
    assert focus_words(
        "Tell me about a mistake you made at work and what you learned from it."
    ) == {
        "mistak",
        "learn",
    }
    assert "machin" not in focus_words("What's the machine learning project you're most proud of?")


def test_a_story_told_against_another_question_loses_points_and_is_told(
    bank: QuestionBank,
) -> None:
    off = score_answer(bank.get("beh.learn-from-mistake"), Transcript(LAUNCH))
    assert off.star is not None and off.star.off_question == ["mistake", "learned"]
    assert "off the question" in off.basis["structure"]
    assert any(tip.startswith("Off the question?") and '"mistake"' in tip for tip in off.feedback)
    assert AnswerScore.from_dict(off.to_dict()).star == off.star


def test_the_same_story_touching_the_question_is_not_flagged(bank: QuestionBank) -> None:
    question = bank.get("beh.learn-from-mistake")
    told = (
        LAUNCH + " My mistake was rolling out before checking tablets, and I learned to test them."
    )
    on = score_answer(question, Transcript(told))
    off = score_answer(question, Transcript(LAUNCH))
    assert on.star is not None and on.star.off_question == []
    assert on.components["structure"] - off.components["structure"] >= OFF_QUESTION_PENALTY - 5


def test_no_model_answer_is_off_its_own_question(bank: QuestionBank) -> None:
    flagged = [
        q.id
        for q in bank.questions.values()
        if q.category.value == "behavioral"
        and (s := score_answer(q, Transcript(q.model_answer))).star is not None
        and s.star.off_question
    ]
    assert flagged == []


def test_a_story_saying_a_key_point_of_the_question_is_on_it(bank: QuestionBank) -> None:
    """No focus word, but one of the question's own key-point phrases: not flagged."""
    question = bank.get("beh.learn-from-mistake")
    assert "told my manager" in question.key_points[0].phrases
    told = LAUNCH + " Afterwards I told my manager about the tablet layout."
    score = score_answer(question, Transcript(told))
    assert score.star is not None and score.star.off_question == []


def test_words_that_say_nothing_alone_are_not_focus_words() -> None:
    focus = focus_words(
        "Tell me about a time you had to influence a decision without any authority."
    )
    assert focus == {"influenc", "decis", "author"}
