"""Which theme a story says, and how often (issue 9, round 20): intent phrases said word by
word, side by side, and a theme that frames a story only as often as it is said in different
ways. Stories and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scoring.answer import score_answer
from simulator.core.scoring.intent_phrases import framing, framing_ways, said_at, story_themes
from simulator.core.scoring.matching import AnswerIndex
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]


def _says(text: str, phrase: str) -> bool:
    return bool(said_at(AnswerIndex(tokenize(text)), phrase))


def test_an_intent_phrase_is_said_side_by_side_and_word_for_word() -> None:
    assert _says("I was new to insurance pricing.", "new to")
    assert not _says("She expected the new forecasting model to predict every item.", "new to")
    # a slip of the word still says it, another word one letter away does not
    assert _says("I had to prioritse the fixes.", "prioritise")
    assert not _says("She took the weekly plan to the board.", "plant")
    # a form of the word is the word, but a participle is said only as one
    assert _says("The pilot was cancelled in March.", "cancelled")
    assert not _says("I joined the customer cancellations to the bills.", "cancelled")


# A failed project whose topic is late orders: "late" said in three framing sentences.
LATE_ORDERS = (
    "Our grocery app promised a delivery slot, and about a fifth of the orders arrived late. "
    "My job was to predict which orders would arrive late from traffic and picking data, so "
    "that the store could warn customers early. "
    "I built the model with two analysts, and on last year's orders it flagged most late "
    "deliveries a day ahead. "
    "In the live trial the drivers ignored the warnings, and late orders stayed where they were. "
    "The company shelved the model after the trial, and since then I design the action with the "
    "people who must take it before I build any model."
)


def test_one_topic_word_said_again_frames_a_story_once() -> None:
    tokens = tokenize(LATE_ORDERS)
    labels = ["situation", "task", "action", "result", "result"]
    estimate = next(q for q in story_themes() if q.id == "beh.missed-estimate")
    assert estimate.intent is not None
    assert framing(estimate.intent, tokens, labels) >= 2
    assert framing_ways(estimate.intent, tokens, labels) == 1


def test_a_failed_project_about_late_orders_is_on_its_question() -> None:
    bank = load_packs([REPO / "questions"])
    score = score_answer(bank.get("beh.project-failure"), Transcript(LATE_ORDERS))
    assert score.star is not None
    assert score.star.off_question == []
    assert score.star.reads_as == ""
