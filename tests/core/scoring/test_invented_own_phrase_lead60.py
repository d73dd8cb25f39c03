"""A definition that gives a term its key point's own phrase invents nothing (issue 9, lead60).

Seen in the real window (round 60's spoken walkthrough): the textbook answer "High bias means the
model is too simple for the problem, so it underfits. High variance means the model is too
flexible, so it memorizes the noise in the data." scored 0, both key points "given a meaning the
rubric does not give it". The check compared the meaning given only with the model answer's one
sentence naming "high bias" (about diagnosing it), while "too simple" and "too flexible" are
phrases of the very key points charged.
"""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.invented_meanings import invented_meanings
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

TEXTBOOK = (
    "High bias means the model is too simple for the problem, so it underfits. High variance"
    " means the model is too flexible, so it memorizes the noise in the data."
)


def _invented(bank: QuestionBank, qid: str, text: str) -> set[str]:
    question = bank.get(qid)
    tokens = tokenize(text)
    return {question.key_points[k].id for k in invented_meanings(question, tokens, Stance(tokens))}


def test_the_points_own_phrase_as_the_meaning_is_not_invented(bank: QuestionBank) -> None:
    assert _invented(bank, "tech.bias-variance", TEXTBOOK) == set()


def test_the_textbook_answer_is_not_scored_zero(bank: QuestionBank) -> None:
    result = score_answer(bank.get("tech.bias-variance"), Transcript(TEXTBOOK))
    assert [k.status for k in result.key_points].count("contradicted") == 0
    assert result.overall >= 50


def test_the_other_points_phrase_as_the_meaning_is_still_charged(bank: QuestionBank) -> None:
    # the swap: bias given variance's phrase and variance given bias's is still invented
    swapped = (
        "High bias means the model is too flexible, so it memorizes the noise in the data. High"
        " variance means the model is too simple for the problem, so it underfits."
    )
    assert _invented(bank, "tech.bias-variance", swapped) != set()
