"""Close questions share everyday phrases; a story in its own words says none of them
(theme_rivals.py, issue 9, round 19). Stories written for these tests."""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.relevance import intent_evidence
from simulator.core.scoring.text import tokenize
from simulator.core.scoring.theme_rivals import near_enough, words_rank
from simulator.core.transcript import Transcript

# Feedback I was given: it says "pointed out", a phrase of giving feedback too.
RECEIVED = (
    "My team lead told me that my design documents were too long for anyone to read. "
    "She pointed out that my last one ran to thirty pages and nobody had commented on it. "
    "I had to make my designs reviewable without dropping the detail reviewers needed. "
    "I asked her to mark the parts she skipped, and I moved them into an appendix. "
    "I began every document with a one-page summary of the decision and its risks. "
    "My next three designs were reviewed within two days each, and she now shares my "
    "summary template with new hires."
)
# A hard problem told with none of its theme's phrases ("root cause", "debug", "tricky").
OWN_WORDS = (
    "Our image classifier for a parts supplier got worse every few weeks, and nobody on the "
    "team had an answer. I owned the classifier, so finding the reason was up to me. "
    "I grouped the wrong predictions by camera, by shift and by supplier batch, and almost "
    "all of them came from one new camera. That camera saved pictures in a different colour "
    "space, so I converted every picture to one colour space before it reached the model. "
    "The error rate went back to two percent, and it has stayed there for six months."
)


def test_feedback_received_does_not_answer_feedback_given(bank: QuestionBank) -> None:
    given = bank.get("beh.give-difficult-feedback")
    assert intent_evidence(given, tokenize(RECEIVED))  # "pointed out" is one of its phrases
    there = score_answer(given, Transcript(RECEIVED))
    assert there.star is not None and there.star.off_question
    assert there.star.reads_as == "critical feedback you received, and how you responded"
    asked = score_answer(bank.get("beh.critical-feedback"), Transcript(RECEIVED))
    assert asked.star is not None and not asked.star.off_question
    assert there.overall < asked.overall
    assert any("question" in line.lower() for line in there.feedback)


def test_feedback_given_stays_on_its_question(bank: QuestionBank) -> None:
    story = (
        "A colleague kept merging his changes without tests, and our nightly job broke twice. "
        "I had to tell him, without making it a public matter. "
        "I asked him for a one on one and showed him the two failed runs. "
        "I told him plainly that it had to stop, and I offered to pair on the first tests. "
        "He added tests to his next ten changes, and the job has not broken since."
    )
    score = score_answer(bank.get("beh.give-difficult-feedback"), Transcript(story))
    assert score.star is not None and not score.star.off_question


def test_a_story_in_its_own_words_stays_on_the_question(bank: QuestionBank) -> None:
    question = bank.get("beh.complex-problem")
    tokens = tokenize(OWN_WORDS)
    assert not intent_evidence(question, tokens)
    assert near_enough(question, tokens)
    score = score_answer(question, Transcript(OWN_WORDS))
    assert score.star is not None and not score.star.off_question


def test_words_near_another_theme_do_not_rescue_a_story(bank: QuestionBank) -> None:
    # The same story asked as "a time you mentored a junior": its words sit far from that.
    question = bank.get("beh.mentor-junior")
    tokens = tokenize(OWN_WORDS)
    ranked = words_rank(question, tokens)
    assert ranked is not None and not near_enough(question, tokens)
    score = score_answer(question, Transcript(OWN_WORDS))
    assert score.star is not None and score.star.off_question
    assert words_rank(question.model_copy(update={"id": "user.own"}), tokens) is None
