"""Behavioral relevance by the event a question demands (issue 9, round 36, demanded_event.py):
a story must tell that event as its own, not its topic words."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator.core.questions import Intent
from simulator.core.scoring import AnswerScore, score_answer
from simulator.core.scoring.demanded_event import demanded_event, owns
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript
from tests.core.real_bank import real_bank

SETS = Path(__file__).parent

# A proud launch whose only errors are the old system's: no mistake of the teller's own.
SUCCESS_WITH_OTHERS_ERRORS = (
    "The work I am proudest of is the address matcher for our delivery platform. "
    "The vendor's matcher made a lot of errors and sent parcels to the wrong street. "
    "I was the engineer who owned the replacement, from the data to the service. "
    "I trained a character model on ten thousand corrected addresses and tested it against "
    "the vendor on a month of deliveries. "
    "Misdelivered parcels fell by forty percent in the first quarter."
)
# A mistake told in plain words, without "mistake".
PLAIN_MISTAKE = (
    "Last spring I set up the nightly export of our scored leads. "
    "I pointed it at last year's table and did not check the dates, so sales called cold leads "
    "for a week. "
    "That was on me, so I fixed the query the same morning and told the sales lead which lists "
    "to drop. "
    "I now compare the newest date in every export with today before it runs."
)
# A deadline story in which a colleague argues once, in a step.
DEADLINE_COLLEAGUE_IN_PASSING = [
    ("situation", "The board meeting was on Friday, and our churn forecast was due by Thursday."),
    ("task", "I had to deliver the forecast for every region in four days."),
    ("action", "I reused last quarter's model and checked each region against its actuals."),
    ("action", "A colleague briefly argued for a new model, and she agreed after a short chat."),
    ("result", "The forecast went out on Wednesday night and was within three percent."),
]


def _score(qid: str, text: str) -> AnswerScore:
    return score_answer(real_bank().get(qid), Transcript(text))


def test_a_success_story_is_off_a_mistake_question_and_told_why() -> None:
    s = _score("beh.learn-from-mistake", SUCCESS_WITH_OTHERS_ERRORS)
    assert s.star is not None and s.star.off_question, s.basis["structure"]
    assert any("mistake of your own" in part for part in s.star.off_question)


def test_a_mistake_in_plain_words_is_owned() -> None:
    question = real_bank().get("beh.learn-from-mistake")
    event = demanded_event(question)
    assert event is not None and event.name == "mistake"
    assert owns(event, tokenize(PLAIN_MISTAKE), None)
    assert not owns(event, tokenize(SUCCESS_WITH_OTHERS_ERRORS), None)


def test_a_denied_fault_and_another_persons_error_are_not_owned() -> None:
    event = demanded_event(real_bank().get("beh.learn-from-mistake"))
    assert event is not None
    for text in (
        "It was not my fault: the vendor changed the feed.",
        "I told him the numbers were wrong.",
        "I found that the old pipeline had missed half the rows.",
    ):
        assert not owns(event, tokenize(text), None), text
    for text in (
        "We changed the feature job and forgot that the table had moved to UTC.",
        "I had picked the wrong library.",
        "I pushed it without running the tests.",
    ):
        assert owns(event, tokenize(text), None), text


def test_a_conflict_said_once_in_passing_is_not_owned() -> None:
    event = demanded_event(real_bank().get("beh.resolve-conflict"))
    assert event is not None and event.name == "conflict"
    labels = [label for label, _ in DEADLINE_COLLEAGUE_IN_PASSING]
    tokens = tokenize(" ".join(text for _, text in DEADLINE_COLLEAGUE_IN_PASSING))
    assert not owns(event, tokens, labels)
    framed = [("situation", "Two of my teammates kept clashing over the labelling rules.")]
    framed += DEADLINE_COLLEAGUE_IN_PASSING[2:]
    tokens = tokenize(" ".join(text for _, text in framed))
    assert owns(event, tokens, [label for label, _ in framed])


def test_an_outside_question_without_intent_demands_its_event() -> None:
    shipped = real_bank().get("beh.learn-from-mistake")
    outside = shipped.model_copy(
        update={
            "id": "beh.outside-wrong-call",
            "prompt": "Tell me about a technical call you made that turned out to be wrong.",
            "intent": None,
            "key_points": [],
        }
    )
    event = demanded_event(outside)
    assert event is not None and event.name == "mistake"
    s = score_answer(outside, Transcript(SUCCESS_WITH_OTHERS_ERRORS))
    assert s.star is not None and s.star.off_question, s.basis["structure"]
    # an intent label alone can name the event too
    labelled = outside.model_copy(
        update={
            "prompt": "Tell me about a time things did not go your way.",
            "intent": Intent(label="a mistake you made", phrases=["my fault"]),
        }
    )
    assert demanded_event(labelled) == event


def test_criticism_received_keeps_a_story_on_its_question() -> None:
    """Flagged before round 36: the story's words lean to giving feedback, but another person
    tells me about my own work in its frame."""
    stories = yaml.safe_load((SETS / "heldout_star34_star.yaml").read_text(encoding="utf-8"))
    story = next(s for s in stories if s["id"] == "s34-critical-feedback-docs")
    text = " ".join(sentence for _, sentence in story["sentences"])
    s = _score("beh.critical-feedback", text)
    assert s.star is not None and not s.star.off_question, s.basis["structure"]
