"""Behavioral relevance, round 29 (issue 9, star29): an intent phrase said only as the name of a
group ("the risk team", "the research group") names who, not the thing, so it keeps no story
on the question; said as itself ("the risk of launching") it still does, and a question that
asks about other functions or teams takes the group's name as its evidence."""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.relevance import intent_evidence
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

# A fairness story that names the risk team once: it pushes back on nobody.
AUDIT = (
    "I was reviewing our loan approval model before its yearly audit. "
    "I noticed that applicants over sixty were approved at half the rate of younger ones with "
    "the same income. "
    "I wanted to know whether age itself was driving it. "
    "I compared matched groups and traced the gap to a feature counting years at the same "
    "address. "
    "I retrained the model without it and checked that accuracy barely moved. "
    "The gap closed to two percent, and the risk team added the matched check to every audit."
)


def test_a_group_named_by_an_intent_word_is_no_evidence(bank: QuestionBank) -> None:
    question = bank.questions["beh.push-back"]
    assert intent_evidence(question, tokenize(AUDIT)) == []
    score = score_answer(question, Transcript(AUDIT))
    assert score.star is not None and score.star.off_question


def test_the_intent_word_said_as_itself_is_still_evidence(bank: QuestionBank) -> None:
    question = bank.questions["beh.push-back"]
    said = AUDIT.replace(
        "the risk team added", "I told the product lead the risk of launching as it was, and we"
    )
    assert intent_evidence(question, tokenize(said))


def test_a_question_about_other_functions_takes_the_group_name(bank: QuestionBank) -> None:
    question = bank.questions["beh.cross-functional"]
    story = "I met the legal team every week to agree on what the model could store."
    assert intent_evidence(question, tokenize(story))
