"""Which question a caught off-question story is told it reads as (story_named.py; issue 9,
round 28, name28). Stories written for these tests."""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.story_named import named_theme
from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

# Mentoring a new graduate, asked "give difficult feedback": "mentor", "graduate", "intern" in
# its frame, and its words sit nearest the mentoring rubric.
MENTOR = (
    "A new graduate joined our team and struggled with her first tasks. "
    "I became her mentor for six months and met her twice a week. "
    "I paired with her on code reviews and showed her how to split work into small pieces. "
    "By the end she led her own feature, and she now mentors our newest intern."
)

# An outage that was also a privacy problem: each theme's own words in the frame, as much.
MIXED = (
    "One night our recommendation service had an outage, and the fallback page showed customer "
    "addresses to other users. "
    "I was on call, so I had to restore the service and deal with the privacy problem. "
    "I rolled back the release within an hour and wrote to the privacy officer. "
    "The service was restored by morning, and we deleted the cached pages with personal data."
)


def _labels(text: str) -> list[str]:
    return [s.label for s in analyse_star(tokenize(text), Transcript(text)).star.segments]


def test_a_story_framed_by_another_theme_is_named(bank: QuestionBank) -> None:
    asked = bank.get("beh.give-difficult-feedback")
    mentor = bank.get("beh.mentor-junior")
    assert mentor.intent is not None
    named = named_theme(asked, tokenize(MENTOR), _labels(MENTOR), "")
    assert named == mentor.intent.label
    score = score_answer(asked, Transcript(MENTOR))
    assert score.star is not None and score.star.off_question
    assert score.star.reads_as == mentor.intent.label


def test_a_story_whose_words_are_mixed_names_nothing(bank: QuestionBank) -> None:
    asked = bank.get("beh.stay-updated")
    incident = bank.get("beh.production-incident")
    privacy = bank.get("beh.data-privacy")
    assert incident.intent is not None and privacy.intent is not None
    tokens, labels = tokenize(MIXED), _labels(MIXED)
    assert named_theme(asked, tokens, labels, "") == ""
    # the rule that caught it naming one of the two does not settle it either, unless the words
    # sit nearest that one: at most one of the two names holds
    kept = [
        named_theme(asked, tokens, labels, label)
        for label in (incident.intent.label, privacy.intent.label)
    ]
    assert sum(1 for k in kept if k) <= 1
    score = score_answer(asked, Transcript(MIXED))
    assert score.star is not None and score.star.off_question
    assert score.star.reads_as in ("", *[k for k in kept if k])


def test_a_name_the_words_do_not_lean_to_is_replaced_or_dropped(bank: QuestionBank) -> None:
    asked = bank.get("beh.give-difficult-feedback")
    mentor = bank.get("beh.mentor-junior")
    privacy = bank.get("beh.data-privacy")
    assert mentor.intent is not None and privacy.intent is not None
    # a privacy name for the mentoring story: its words lean clearly to mentoring
    found = named_theme(asked, tokenize(MENTOR), _labels(MENTOR), privacy.intent.label)
    assert found == mentor.intent.label
    # a mentoring name for the mixed story: neither signal holds it
    stay = bank.get("beh.stay-updated")
    assert named_theme(stay, tokenize(MIXED), _labels(MIXED), mentor.intent.label) == ""


def test_a_story_on_its_question_is_named_nothing(bank: QuestionBank) -> None:
    score = score_answer(bank.get("beh.mentor-junior"), Transcript(MENTOR))
    assert score.star is not None and score.star.off_question == []
    assert score.star.reads_as == ""
