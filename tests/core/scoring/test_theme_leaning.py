"""A story said for the wrong question, with the asked theme in one step only: the story's
words as a whole (theme_match.py) settle what it is about (issue 9, round 9)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.export import render_answer_html
from simulator.core.questions import QuestionBank
from simulator.core.scorecard.build import build_scorecard
from simulator.core.scoring import score_answer
from simulator.core.scoring.intent_phrases import framing
from simulator.core.scoring.overall import _off_question_tip
from simulator.core.scoring.relevance import (
    FRAMED_AND_LEANS,
    FRAMED_ELSEWHERE,
    WORDS_NEAR,
    _best_theme,
    intent_evidence,
    story_themes,
)
from simulator.core.scoring.text import tokenize
from simulator.core.scoring.theme_match import closeness, rank_of
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

# A data-leak story. Its opening and its outcome speak of privacy; "the deadline" comes up once,
# in a step, and only two framing sentences say the privacy theme (fewer than FRAMED_ELSEWHERE).
LEAK = (
    "At an insurance company I found that our training exports held customers' personal "
    "health details in plain text. "
    "My task was to fix how those exports reached the model. "
    "I listed every column with personal information and removed the names and addresses. "
    "I hashed the customer identifiers and moved the raw exports behind access control. "
    "I asked for one more week before the deadline to check the consent of each data source. "
    "The next privacy audit found no personal data in any training set."
)


def test_a_story_names_its_own_theme_closest_by_its_words(bank: QuestionBank) -> None:
    tokens = tokenize(LEAK)
    near = closeness(tokens, story_themes())
    assert max(near, key=lambda qid: near[qid]) == "beh.data-privacy"
    assert rank_of("beh.data-privacy", tokens, story_themes()) == 1
    deadline = rank_of("beh.tight-deadline", tokens, story_themes())
    assert deadline is not None and deadline > 1
    assert rank_of("user.own-question", tokens, story_themes()) is None  # not a shipped theme


def test_the_asked_theme_in_one_step_of_a_story_about_another_is_off(bank: QuestionBank) -> None:
    asked = bank.get("beh.tight-deadline")
    privacy = bank.get("beh.data-privacy")
    assert asked.intent is not None and privacy.intent is not None
    tokens = tokenize(LEAK)
    assert intent_evidence(asked, tokens)  # "deadline", in a step
    on = score_answer(privacy, Transcript(LEAK))
    labels = [s.label for s in on.star.segments] if on.star else []
    count, _, _ = _best_theme(asked, tokens, labels)
    assert count < FRAMED_ELSEWHERE  # no theme frames it fully: framing alone would keep it
    assert framing(privacy.intent, tokens, labels) >= FRAMED_AND_LEANS
    off = score_answer(asked, Transcript(LEAK))
    assert off.star is not None and off.star.off_question == [asked.intent.label]
    assert off.star.reads_as == privacy.intent.label
    assert off.overall < on.overall
    assert on.star is not None and not on.star.off_question


def test_a_story_whose_words_lean_to_the_asked_question_stays_on_it(bank: QuestionBank) -> None:
    # The same shape told about a deadline: the privacy words come up in steps, the deadline
    # frames it, and its words lean to the deadline question.
    rushed = (
        "Two weeks before a regulator's deadline our churn model still had no report. "
        "My task was to deliver the model and its report on time without cutting the checks. "
        "I cut the scope to the two features the regulator asked about and removed the names "
        "from the export. "
        "I kept the validation suite and wrote the report while the last run trained. "
        "We delivered both on the deadline day, and the review raised no quality issues."
    )
    score = score_answer(bank.get("beh.tight-deadline"), Transcript(rushed))
    assert score.star is not None and score.star.off_question == []


def test_the_tip_says_what_the_story_is_about_and_that_the_asked_theme_is_only_in_passing() -> None:
    framed = _off_question_tip(["a hard deadline"], "a data privacy problem")
    assert framed.startswith("Off the question?")
    assert "This story is about “a data privacy problem”" in framed
    assert "(“a hard deadline”) comes up in passing at most" in framed
    assert (
        "never shows" not in framed
    )  # it may say the asked theme once: do not claim it never does
    plain = _off_question_tip(["a hard deadline"], "")
    assert "never shows what was asked (“a hard deadline”)" in plain


def test_the_scorecard_detail_says_off_the_question_above_the_star_parts(
    bank: QuestionBank, tmp_path: Path
) -> None:
    storage = Storage(tmp_path / "sessions.sqlite3")
    ids = ["beh.tight-deadline", "beh.data-privacy"]
    sid = storage.create_session({"name": "Behavioral", "question_ids": ids})
    for position, qid in enumerate(ids):
        score = score_answer(bank.get(qid), Transcript(LEAK))
        storage.add_answer(sid, qid, position, "typed", LEAK, score=score)
    card = build_scorecard(storage.session(sid), bank)
    off, on = (render_answer_html(a) for a in card.answers)
    privacy = bank.get("beh.data-privacy").intent
    assert privacy is not None
    assert "Off the question:" in off and f"it reads as {privacy.label}" in off
    assert off.index("Off the question:") < off.index("STAR structure")  # seen before scrolling
    assert "Off the question:" not in on


# A vague request, told without any of the question's everyday phrases ("vague", "unclear",
# "requirements", "interviewed"...): its words as a whole still sit near the question's rubric.
HAZY = (
    "Our head of operations asked me for 'something with AI' to make the warehouses better, "
    "and that was all I got. "
    "It was on me to turn that into one measurable problem within a month. "
    "I sat with three shift managers and asked which decision each of them made every morning. "
    "All three said the same thing: how many pickers to book for the next day. "
    "I wrote down one success metric, the gap between booked and needed pickers, and got the "
    "head of operations to sign it off. "
    "I started from a simple weekday average as a baseline and only then tried a gradient "
    "boosted model. "
    "The gap fell by a third in the first two months, and now I always pin down the decision "
    "and its metric before any modelling."
)


def test_a_story_in_its_own_words_near_the_asked_rubric_is_not_flagged(bank: QuestionBank) -> None:
    asked = bank.get("beh.ambiguous-requirements")
    tokens = tokenize(HAZY)
    assert not intent_evidence(asked, tokens)  # none of its phrases: the weak signals decide
    assert rank_of(asked.id, tokens, story_themes()) in range(1, WORDS_NEAR + 1)
    score = score_answer(asked, Transcript(HAZY))
    assert score.star is not None and score.star.off_question == []
    # The words are no free pass: the data-leak story sits far from this rubric.
    assert rank_of(asked.id, tokenize(LEAK), story_themes()) not in range(1, WORDS_NEAR + 1)
