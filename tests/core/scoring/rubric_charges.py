"""What the wrong-claim tests read off a score: one question parsed from a small pack, and
every charge an answer to it earns (misconceptions said, key points contradicted)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from simulator.core.questions import Question, QuestionBank, load_packs, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript


def one_question(pack: str, name: str) -> Question:
    """The pack's only question; the pack must parse without a problem."""
    questions, problems = parse_pack(pack, name)
    assert not problems
    return questions[0]


def charged(question: Question, text: str) -> list[str]:
    """Misconception phrases said, then the ids of key points the answer contradicts."""
    score = score_answer(question, Transcript(text))
    return [m.phrase for m in score.misconceptions] + [
        k.id for k in score.key_points if k.contradiction
    ]


def told_charges(question: Question, text: str) -> list[str]:
    """As ``charged``, with each contradicted key point told as "<id>: <the contradicting
    claim>", for tests that check which words were read as the wrong claim."""
    score = score_answer(question, Transcript(text))
    return [m.phrase for m in score.misconceptions] + [
        f"{k.id}: {k.contradiction}" for k in score.key_points if k.contradiction
    ]


def contradictions(question: Question, text: str) -> dict[str, str]:
    """Each key point the answer contradicts, with the claim that contradicts it."""
    score = score_answer(question, Transcript(text))
    return {k.id: k.contradiction for k in score.key_points if k.contradiction}


def earned(question: Question, text: str, point: str) -> float:
    """The credit the answer earns for one key point (its id)."""
    score = score_answer(question, Transcript(text))
    return next(k.credit for k in score.key_points if k.id == point)


@lru_cache(maxsize=1)
def _shipped() -> QuestionBank:
    return load_packs([Path(__file__).resolve().parents[3] / "questions"])


def shipped_question(qid: str) -> Question:
    """A question of the shipped bank (its id), the bank loaded once for every test."""
    return _shipped().get(qid)


def shipped_misconceptions(qid: str, text: str) -> list[str]:
    """The misconception phrases (the question's own and the borrowed ones) an answer to a
    question of the shipped bank is charged."""
    score = score_answer(shipped_question(qid), Transcript(text))
    return [m.phrase for m in score.misconceptions]


def shipped_charges(qid: str, text: str) -> list[str]:
    """``told_charges`` for a question of the shipped bank (its id)."""
    return told_charges(_shipped().get(qid), text)


def model_answer_charges(qid: str, added: str) -> list[str]:
    """Every charge on a shipped question's model answer with ``added`` after it: each
    contradicted key point as "<id>: <the contradicting claim>", then each misconception as
    "misconception: <phrase>" (for tests that add one true or false sentence to a correct answer)."""
    question = shipped_question(qid)
    score = score_answer(question, Transcript(f"{question.model_answer} {added}"))
    return [f"{k.id}: {k.contradiction}" for k in score.key_points if k.contradiction] + [
        f"misconception: {m.phrase}" for m in score.misconceptions
    ]
