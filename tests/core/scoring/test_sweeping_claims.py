"""Sweeping claims the accepted answer does not make (issue 9, claims_sweeping.py): an answer
with two or more is charged for each, named sentence by sentence, in proportion to the share of
the answer they are; correct answers that say "always" or "never" where the accepted answer
does, hedge them, or warn against them are not charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.scoring.claims_sweeping import OVERCLAIM_ID, overclaim_cost
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.seasonal-sales
    category: technical
    topic: forecasting
    difficulty: 2
    prompt: How would you validate a model that forecasts weekly sales for a chain of shops?
    time_limit_s: 120
    key_points:
      - id: later
        label: Validate on a later period than the training data
        weight: 2
        phrases: [later period, later weeks]
      - id: baseline
        label: Beat a seasonal naive baseline
        weight: 2
        phrases: [seasonal naive, same week last year]
      - id: holidays
        label: Check holiday weeks separately
        weight: 1
        phrases: [holiday weeks]
    misconceptions:
      - id: shuffle
        phrases: [shuffled folds are fine]
        correction: Shuffled folds let the model see the future.
    model_answer: >-
      I always validate on a later period than the one I trained on, rolling the cut forward
      week by week. The model has to beat a seasonal naive forecast, the same week last year,
      and I check holiday weeks separately because errors there cost the most.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "sweeping.yaml")
    assert not problems
    return questions[0]


def _overclaims(question: Question, text: str) -> list[str]:
    score = score_answer(question, Transcript(text))
    return [m.evidence for m in score.misconceptions if m.id == OVERCLAIM_ID]


WRONG = (
    "Gradient boosted trees are the best approach for any retail forecast. "
    "Deep networks always learn the seasonality by themselves from the raw dates. "
    "Price promotions have nothing to do with sales spikes. "
    "I validate on a later period than the training data."
)


def test_two_unshared_sweeping_sentences_are_each_named(question: Question) -> None:
    named = _overclaims(question, WRONG)
    assert named == [
        "Gradient boosted trees are the best approach for any retail forecast.",
        "Deep networks always learn the seasonality by themselves from the raw dates.",
        "Price promotions have nothing to do with sales spikes.",
    ]
    score = score_answer(question, Transcript(WRONG))
    assert "3 sweeping claims the accepted answer does not make" in score.basis["content"]
    hit = next(m for m in score.misconceptions if m.id == OVERCLAIM_ID)
    assert hit.phrase == "the best approach"
    assert '"the best approach" claims more than the accepted answer' in hit.correction


def test_the_sweeping_answer_scores_below_the_same_facts_said_plainly(
    question: Question,
) -> None:
    plain = (
        "Gradient boosted trees often work well for retail forecasts. Deep networks can learn "
        "some seasonality from the dates. Price promotions explain some sales spikes. "
        "I validate on a later period than the training data."
    )
    wrong = score_answer(question, Transcript(WRONG)).overall
    assert wrong < score_answer(question, Transcript(plain)).overall / 2


def test_the_cost_is_in_proportion_to_the_share_of_the_answer() -> None:
    assert overclaim_cost(2, 10) == (pytest.approx(0.8), 8.0)
    assert overclaim_cost(3, 3) == (0.0, 12.0)
    assert overclaim_cost(2, 4)[0] > overclaim_cost(3, 4)[0]


def test_one_sweeping_sentence_alone_is_not_charged(question: Question) -> None:
    text = (
        "Deep models always need far more history than we have. I validate on a later "
        "period and compare with the same week last year."
    )
    assert _overclaims(question, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the accepted answer says "always validate on a later period" too
        "I always validate on a later period, and I always roll the cut forward week by week "
        "so every forecast is tested on weeks it never saw.",
        # hedged
        "Shuffled folds are almost never right for sales. A bigger model does not always beat "
        "the same week last year, so I check it on later weeks.",
        # warned against
        "A common mistake is to think a deep model always wins; people also believe holiday "
        "weeks never matter, which is wrong. I validate on a later period.",
        # "never" of data unseen, a supposed consequence
        "The model is scored on weeks it never saw. Without the seasonal naive baseline you "
        "would never know whether it adds anything; the only honest test is a later period.",
        # advice to the listener, as a warning answer gives it: a practice, not a claim
        "Never pick the model on the test weeks. Always tune the learning rate on rolling "
        "folds. And always look at holiday weeks on their own, since they cost the most.",
        "You should never shuffle the weeks before splitting. Instead always keep a later "
        "period for validation, then never touch it while tuning.",
    ],
)
def test_correct_answers_saying_always_or_never_are_not_charged(
    question: Question, text: str
) -> None:
    assert _overclaims(question, text) == []


def test_overclaims_are_listed_on_the_scorecard_as_their_sentence(question: Question) -> None:
    from simulator.core.scorecard.answer import _misconception

    score = score_answer(question, Transcript(WRONG))
    shown = [_misconception(m) for m in score.misconceptions if m.id == OVERCLAIM_ID]
    assert shown[1].evidence.startswith("Deep networks always learn")
    assert "claims more than the accepted answer" in shown[1].correction
    assert shown[1].label == "Overclaim"


def test_the_scorecard_pages_name_the_overclaiming_sentence(question: Question) -> None:
    from simulator.core.export.render import render_answer_html
    from simulator.core.scorecard.answer import answer_view
    from simulator.core.storage_records import AnswerRecord

    score = score_answer(question, Transcript(WRONG))
    record = AnswerRecord(1, 1, question.id, 0, "typed", WRONG, overall=score.overall, score=score)
    page = render_answer_html(answer_view(record, question))
    assert "Deep networks always learn the seasonality by themselves" in page
    assert "Overclaim:</span>" in page


def test_the_feedback_calls_it_an_overclaim_and_quotes_the_sentence(question: Question) -> None:
    tips = score_answer(question, Transcript(WRONG)).feedback
    assert any(
        t.startswith("Overclaim: “Price promotions have nothing to do with sales spikes.”")
        for t in tips
    )
    assert not any(t.startswith("Misconception:") for t in tips)


def test_restrictive_only_is_a_sweeping_claim_but_only_if_is_a_condition(
    question: Question,
) -> None:
    wrong = (
        "A forecast can only use the last four weeks of sales. "
        "Holiday weeks are only needed for the annual report. "
        "I validate on a later period."
    )
    assert len(_overclaims(question, wrong)) == 2
    right = (
        "A seasonal naive baseline only works if the seasons repeat. Holiday weeks can only "
        "be judged when they are checked separately from the later period."
    )
    assert len(_overclaims(question, right)) < 2


def test_an_overclaiming_sentence_earns_no_key_point(question: Question) -> None:
    text = (
        "Holiday weeks are the best way to judge the model, nothing else counts. "
        "Last year's sales have nothing to do with this year's accuracy. "
        "I validate on a later period than the training data."
    )
    points = {k.id: k for k in score_answer(question, Transcript(text)).key_points}
    assert points["holidays"].status == "missing"
    assert points["later"].status == "explained"


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own habit
        "I always check holiday weeks by hand. We never ship a model that loses to the same "
        "week last year. I validate on a later period.",
        # supposed in an "if" clause
        "If the shop can only stock four weeks of goods, the error there decides everything. "
        "When a promotion is the only driver, I model it apart. I validate on a later period.",
        # the correction after a named mistake, and the sentence after it
        "It is a myth that deep models always win here. In fact the seasonal naive forecast is "
        "never far behind. I validate on a later period.",
    ],
)
def test_habits_suppositions_and_corrections_are_not_overclaims(
    question: Question, text: str
) -> None:
    assert _overclaims(question, text) == []


def test_two_absolutes_in_a_long_careful_answer_are_remarks_not_its_tone(
    question: Question,
) -> None:
    careful = [
        "Deep networks always learn the seasonality by themselves from the raw dates.",
        "Price promotions have nothing to do with sales spikes.",
        "I validate on a later period than the training data, rolling the cut forward.",
        "The model has to beat the same week last year.",
        "Holiday weeks are checked separately.",
        "Errors are weighted by the value of the goods.",
        "Stores that opened recently get their own check.",
        "Weather data helps in some regions.",
        "I look at the worst ten stores each week.",
    ]
    assert _overclaims(question, " ".join(careful)) == []  # 2 of 9 sentences
    assert len(_overclaims(question, " ".join(careful[:6]))) == 2  # 2 of 6


def test_a_claim_that_opens_like_advice_still_claims(question: Question) -> None:
    """Only a verb's base form after the cue is advice: "always works", "never is" claim."""
    text = (
        "Holiday weeks never matter for shops. Bigger networks always beat the same week last "
        "year. And always gives better numbers than any baseline. I validate on a later period."
    )
    assert _overclaims(question, text) == [
        "Holiday weeks never matter for shops.",
        "And always gives better numbers than any baseline.",
    ]


def test_an_overclaiming_answer_costs_at_least_one_misconception(question: Question) -> None:
    """Two sweeping claims in eight sentences (a quarter of the answer) were charged x0.75 - 8,
    in proportion alone: 17 verbose-wrong answers of wrong61's tuning half stayed above their
    weak answer, charged. Such a claim is as wrong as a misconception the rubric lists."""
    from simulator.core.scoring.content import MISCONCEPTION_FACTOR, MISCONCEPTION_POINTS

    text = (
        "Gradient boosted trees are the best approach for any retail forecast. "
        "Deep networks always learn the seasonality by themselves from the raw dates. "
        "I validate on a later period than the training data. "
        "I compare with the same week last year. "
        "I check holiday weeks separately. "
        "The error is measured per shop and per week. "
        "I report the error in units and in money. "
        "Then I retrain every month."
    )
    score = score_answer(question, Transcript(text))
    assert len(_overclaims(question, text)) == 2
    cost = f"x{MISCONCEPTION_FACTOR:.2f} - {MISCONCEPTION_POINTS:.0f} points"
    assert cost in score.basis["content"]
    # ... and still in proportion when more of the answer overclaims
    assert "x0.25 - 15 points" in score_answer(question, Transcript(WRONG)).basis["content"]
