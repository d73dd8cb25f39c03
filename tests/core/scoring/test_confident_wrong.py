"""Confidently wrong answers that share few words with the rubric (issue 9): a practice
advised against or a worry waved away (dismissals.py), and a rubric claim said at length
(loose_claims.py). Each is charged; the same words said rightly are not."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: case.photo-lookup
    category: case
    topic: retrieval
    difficulty: 2
    prompt: How would you find catalogue items that look like a shopper's photo?
    time_limit_s: 120
    key_points:
      - id: negatives
        label: Train with mined hard negatives
        weight: 2
        phrases: [hard negatives]
      - id: crop
        label: Crop the item out of the photo first
        weight: 2
        phrases: [crop the item]
      - id: speed
        label: Answer within a tight latency budget
        weight: 2
        phrases: [latency]
      - id: leaks
        label: Keep leakage out of the evaluation
        weight: 1
        phrases: [leakage]
        contradicted_by: ["a random split of shoppers is fine"]
    misconceptions:
      - id: pixels
        phrases: [compare raw pixels]
        correction: Pixel distances break with lighting and angle; learned embeddings do not.
    model_answer: >-
      I crop the item out of the shopper's photo, embed it and fine-tune the encoder with hard
      negatives. The lookup has to stay within the latency budget. To prevent leakage I split by
      shopper and by time.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "wrong.yaml")
    assert not problems
    return questions[0]


def _points(question: Question, text: str) -> dict[str, object]:
    return {k.id: k for k in score_answer(question, Transcript(text)).key_points}


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("You shouldn't bother mining hard negatives, easy ones teach more.", "negatives"),
        ("Latency isn't a big concern, since shoppers are patient.", "speed"),
        ("Latency is no real problem for this feature.", "speed"),
        ("Hard negatives should be avoided because they confuse the encoder.", "negatives"),
        ("We should not crop the item, because the background helps.", "crop"),
        ("Leakage is not a concern for a retrieval model.", "leaks"),
    ],
)
def test_advice_against_a_practice_or_a_waved_away_worry_is_a_contradiction(
    question: Question, text: str, point: str
) -> None:
    got = _points(question, text)[point]
    assert got.status == "contradicted", text  # type: ignore[attr-defined]
    assert got.contradiction and "not needed" in got.contradiction  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        # advice against a pitfall the rubric itself keeps down: right, not charged
        "Leakage should be avoided, so I split by shopper.",
        "You should not let leakage into the evaluation.",
        # under a condition it holds only there
        "If the catalogue is tiny, latency is not a concern.",
        # said the right way round
        "I mine hard negatives and keep latency low, and leakage is a real concern.",
    ],
)
def test_the_same_words_said_rightly_are_not_charged(question: Question, text: str) -> None:
    score = score_answer(question, Transcript(text))
    assert [k.id for k in score.key_points if k.contradiction] == [], text
    assert score.misconceptions == []


def test_a_rubric_claim_said_at_length_is_charged(question: Question) -> None:
    text = "You should compare the photos with Euclidean distance on the raw pixel values."
    score = score_answer(question, Transcript(text))
    assert [m.id for m in score.misconceptions] == ["pixels"]
    assert score.misconceptions[0].evidence == text
    split = "Honestly a random split of the shoppers in the log is fine here."
    leaks = _points(question, split)["leaks"]
    assert leaks.contradiction == '"a random split of shoppers is fine"'  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "A common mistake is to compare the photos on their raw pixel values.",
        "For identical studio shots you could compare the photos on their raw pixel values.",
        "I never compare raw pixel values; lighting changes them.",
        # the other side named in between: a comparison, not the claim
        "A random split of shoppers would leak, so a split by time is fine.",
    ],
)
def test_a_loose_claim_warned_hedged_or_denied_is_not_charged(
    question: Question, text: str
) -> None:
    score = score_answer(question, Transcript(text))
    assert score.misconceptions == [], text
    assert all(k.contradiction is None for k in score.key_points), text


def test_the_model_answer_is_charged_nothing(question: Question) -> None:
    score = score_answer(question, Transcript(question.model_answer))
    assert score.misconceptions == []
    assert all(k.contradiction is None for k in score.key_points)


NULLS = """
questions:
  - id: tech.unit-roots
    category: technical
    topic: time-series
    difficulty: 2
    prompt: How do you check whether a series drifts?
    time_limit_s: 120
    key_points:
      - id: tests
        label: The augmented Dickey Fuller test
        weight: 2
        phrases: [dickey fuller]
    misconceptions:
      - id: adf-null
        phrases: [adf null hypothesis is stationarity]
        correction: The ADF null hypothesis is a unit root, that is non-stationarity.
    model_answer: >-
      I run the augmented Dickey Fuller test; its null hypothesis is non-stationarity, so a small
      p value suggests the series is stationary.
"""


def test_a_claim_split_by_a_relative_clause_or_said_by_an_abbreviation_is_charged() -> None:
    questions, problems = parse_pack(NULLS, "nulls.yaml")
    assert not problems
    q = questions[0]
    wrong = "I use the Dickey-Fuller test, whose null hypothesis is that the series is stationary."
    assert [m.id for m in score_answer(q, Transcript(wrong)).misconceptions] == ["adf-null"]
    # the correction says the same words with "non": the accepted view, never charged
    for right in (
        q.model_answer,
        "The ADF test, whose null hypothesis is non-stationarity, comes first.",
    ):
        assert score_answer(q, Transcript(right)).misconceptions == [], right


def test_a_practice_ranked_below_something_the_rubric_never_names_is_contradicted(
    question: Question,
) -> None:
    text = "Random easy pairs are much better than hard negatives for this."
    got = _points(question, text)["negatives"]
    assert got.status == "contradicted"  # type: ignore[attr-defined]
    assert got.contradiction == '"random easy pairs" said to be better than "hard negatives"'  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Hard negatives are better than random easy pairs.",  # the point wins
        "Cropping the item first is better than hard negatives alone.",  # point against point
        "Random pairs can be faster than hard negatives to collect.",  # hedged
        "Random pairs are not better than hard negatives.",  # denied
        "A split by shopper is better than leakage.",  # leakage is what the rubric prevents
    ],
)
def test_comparisons_that_say_nothing_wrong_are_not_charged(question: Question, text: str) -> None:
    score = score_answer(question, Transcript(text))
    assert [k.id for k in score.key_points if k.contradiction] == [], text


PENALTIES = """
questions:
  - id: tech.penalties
    category: technical
    topic: regularization
    difficulty: 2
    prompt: How do the two common weight penalties differ?
    time_limit_s: 120
    key_points:
      - id: l1
        label: L1 gives sparse weights
        weight: 2
        phrases: [sparse weights]
    model_answer: L1 gives sparse weights, and L2 keeps every weight small but not zero.
"""


def test_while_ends_a_clause_so_a_swap_across_it_is_seen() -> None:
    questions, problems = parse_pack(PENALTIES, "penalties.yaml")
    assert not problems
    q = questions[0]
    wrong = "L2 gives sparse weights while L1 keeps every weight small."
    right = "L1 gives sparse weights while L2 keeps every weight small."
    assert score_answer(q, Transcript(wrong)).key_points[0].contradiction is not None
    assert score_answer(q, Transcript(right)).key_points[0].contradiction is None


def test_not_valid_dismisses_a_practice(question: Question) -> None:
    text = "Hard negatives are not valid for this kind of catalogue."
    got = _points(question, text)["negatives"]
    assert got.contradiction == '"hard negatives" is not needed'  # type: ignore[attr-defined]


BOOSTERS = """
questions:
  - id: tech.boosters
    category: technical
    topic: trees
    difficulty: 2
    prompt: What does XGBoost add on top of classic boosting, and how does bagging differ?
    time_limit_s: 120
    key_points:
      - id: sequential
        label: Trees are still added one after another, each fitting the errors so far
        weight: 2
        phrases: [one after another]
        contradicted_by: ["xgboost trains trees in parallel", "bagging fits each tree to the errors"]
    model_answer: >-
      XGBoost still adds trees one after another, each fitting the errors so far, while bagging
      trains independent trees on bootstrap samples.
"""


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("The main thing XGBoost adds is that it trains the trees in parallel.", True),
        ("XGBoost is popular. It trains the trees in parallel on many cores.", True),
        # the pronoun stands for another subject of the question's claims
        (
            "XGBoost is newer than bagging, and bagging is simple: it trains trees in parallel.",
            False,
        ),
        ("Random forests train the trees in parallel, while XGBoost adds them in turn.", False),
    ],
)
def test_a_claim_said_of_it_counts_when_it_stands_for_the_claims_subject(
    text: str, charged: bool
) -> None:
    questions, problems = parse_pack(BOOSTERS, "boosters.yaml")
    assert not problems
    point = score_answer(questions[0], Transcript(text)).key_points[0]
    assert (point.contradiction is not None) is charged, text


DRIFTS = """
questions:
  - id: tech.drifts
    category: technical
    topic: monitoring
    difficulty: 2
    prompt: What is the difference between data drift and concept drift?
    time_limit_s: 120
    key_points:
      - id: data
        label: Data drift is a change in the inputs
        weight: 2
        phrases: [distribution of the inputs]
    model_answer: >-
      Data drift is a change in the distribution of the inputs, while concept drift is a change
      in how the inputs relate to the target.
"""


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("Data drift and concept drift are really the same thing with two names.", True),
        ("Concept drift is basically identical to data drift.", True),
        ("Data drift and concept drift are not the same.", False),
        ("Data drift and concept drift are roughly the same in practice.", False),
        ("Data drift and concept drift have the same symptoms at first.", False),
        ("A common mistake is to think data drift and concept drift are the same.", False),
    ],
)
def test_calling_the_compared_terms_the_same_is_a_misconception(text: str, charged: bool) -> None:
    questions, problems = parse_pack(DRIFTS, "drifts.yaml")
    assert not problems
    hits = score_answer(questions[0], Transcript(text)).misconceptions
    assert bool(hits) is charged, text
    if charged:
        assert hits[0].correction.startswith("They differ: the accepted view is that data drift is")


def test_sameness_is_read_only_when_the_question_asks_for_a_difference() -> None:
    questions, problems = parse_pack(
        DRIFTS.replace("What is the difference between", "Define"), "d.yaml"
    )
    assert not problems
    text = "Data drift and concept drift are really the same thing with two names."
    assert score_answer(questions[0], Transcript(text)).misconceptions == []
