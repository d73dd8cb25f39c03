"""A claim's scope (issue 9, false24): correct answers and warnings that were charged with a
wrong claim because a word of the claim was read without what bounds it. One test per cause
found among the repository's flagged correct answers (each failed before its fix); the
sentences here are the author's own, on small packs, and each cause has a guard that the plain
wrong claim is still charged.

* a warning frame the stance did not know ("a frequent misunderstanding is that X");
* a sweeping misconception ("X is always Y") said hedged ("X is usually Y");
* a claim named only to be called impossible ("comparing all pairs is impossible");
* a denial whose words were read wrongly against the accepted view: a number before the noun
  it denies ("not a ninety five percent probability"), a setting said with "no" ("a group with
  no discount", "from almost nothing"), a denied verb with another object ("without looking at
  neighbouring pixels" against "looks at a small window"), "stops too early" (no denial);
* a direction word of time said as an attribute ("a later test set" against "validation before
  launch").
"""

from __future__ import annotations

import pytest
from rubric_charges import charged, one_question

from simulator.core.questions import Question

PACK = """
questions:
  - id: tech.scope-probe
    category: technical
    topic: evaluation
    difficulty: 2
    prompt: How would you evaluate and ship a model for matching customer records?
    time_limit_s: 120
    key_points:
      - id: blocking
        label: Candidate pairs come from blocking, since records cannot all be compared
        weight: 2
        phrases: [blocking, candidate pairs, same postcode]
        contradicted_by: ["compare all pairs", "compare every record with every other record"]
      - id: validation
        label: A shadow trial and external validation before launch
        weight: 2
        phrases: [shadow trial, external validation, another region]
      - id: holdout
        label: The trade-off is the discount cost versus the retained revenue
        weight: 2
        phrases: [discount cost, retained revenue, holdout group]
      - id: window
        label: A pooling layer looks at a small window of each channel
        weight: 1
        phrases: [small window, each channel, pooling layer]
      - id: coverage
        label: Over repeated samples ninety five percent of the intervals contain the true value
        weight: 2
        phrases: [repeated samples, long run coverage]
      - id: early
        label: Stop on the validation loss with some patience
        weight: 1
        phrases: [patience, validation loss]
      - id: noise
        label: Heteroscedasticity leaves the coefficients unbiased but the standard errors wrong
        weight: 2
        phrases: [robust standard errors, standard errors are wrong]
        contradicted_by: ["heteroscedasticity biases the coefficients"]
    misconceptions:
      - id: always-better
        phrases: [complex models are always more accurate]
        correction: Simple models are often competitive; measure the gap.
    model_answer: >-
      I would generate candidate pairs with blocking, for example on the same postcode, because
      records cannot all be compared. A pooling layer looks at a small window of each channel.
      The ninety five percent is the long run coverage of the procedure. The trade-off is the
      discount cost versus the retained revenue. Stopping at the first increase stops too early,
      so I stop on the validation loss with some patience. Before launch I would run a shadow
      trial and an external validation. Heteroscedasticity leaves the coefficients unbiased.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "scope.yaml")


@pytest.mark.parametrize(
    "text",
    [
        "A frequent misunderstanding is that heteroscedasticity biases the coefficients. It "
        "does not; only the standard errors are wrong.",
        "A common error is to think that heteroscedasticity biases the coefficients; it "
        "leaves them unbiased.",
        "One classic misperception: heteroscedasticity biases the coefficients. It does not.",
    ],
)
def test_warning_frames_of_misunderstanding_are_warnings(question: Question, text: str) -> None:
    assert not charged(question, text)


def test_the_plain_claim_is_still_charged(question: Question) -> None:
    assert "noise" in charged(question, "Heteroscedasticity biases the coefficients.")


@pytest.mark.parametrize(
    "text",
    [
        "Complex models are usually more accurate, but they are black boxes.",
        "Complex models like deep networks are often more accurate on images.",
        "Complex models are typically more accurate when data is plentiful.",
    ],
)
def test_a_sweeping_misconception_said_hedged_is_not_charged(question: Question, text: str) -> None:
    assert not charged(question, text)


def test_the_sweeping_misconception_itself_is_charged(question: Question) -> None:
    assert charged(question, "Complex models are always more accurate than simple ones.")


@pytest.mark.parametrize(
    "text",
    [
        "I block on the same postcode, because comparing all pairs is impossible at this scale.",
        "Comparing every record with every other record is infeasible, so I use blocking.",
        "To compare all pairs would be far too expensive, so blocking gives candidate pairs.",
    ],
)
def test_a_claim_called_impossible_is_not_asserted(question: Question, text: str) -> None:
    assert "blocking" not in charged(question, text)


def test_comparing_all_pairs_as_the_plan_is_charged(question: Question) -> None:
    assert "blocking" in charged(question, "I would simply compare all pairs of records.")


@pytest.mark.parametrize(
    "text",
    [
        # a number before the noun the negation denies
        "It is not a ninety five percent probability that this one interval holds the value; "
        "over repeated samples ninety five percent of intervals contain it.",
        # "with no", "from almost nothing": a setting, not a denial
        "Keep a holdout group with no discount to measure the retained revenue against the "
        "discount cost.",
        # the denied verb has another object than the accepted clause's
        "A pooling layer summarises a small window of each channel without looking at "
        "neighbouring pixels.",
        # "stops too early" is no denial
        "Early stopping is when you stop training early so the model does not stop too late "
        "on the validation loss.",
    ],
)
def test_a_denial_read_against_the_accepted_view_needs_its_own_words(
    question: Question, text: str
) -> None:
    assert not charged(question, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ninety five percent is not the long run coverage of the procedure.",
        "A pooling layer does not look at a small window of each channel.",
    ],
)
def test_a_real_denial_of_the_accepted_view_is_charged(question: Question, text: str) -> None:
    assert charged(question, text)


def test_a_later_test_set_is_no_reversal_of_before_launch(question: Question) -> None:
    text = (
        "I would check calibration per region on a temporally later validation set, then run "
        "a shadow trial."
    )
    assert "validation" not in charged(question, text)


PAIR_PACK = """
questions:
  - id: tech.ensembles-probe
    category: technical
    topic: ensembles
    difficulty: 2
    prompt: How do bagging and boosting differ?
    time_limit_s: 120
    key_points:
      - id: bagging
        label: Bagging averages independent models and mainly reduces variance
        weight: 2
        phrases: [bootstrap samples, averages]
      - id: boosting
        label: Boosting trains models sequentially and mainly reduces bias
        weight: 2
        phrases: [sequentially, reduces bias]
    misconceptions:
      - id: bagging-bias
        phrases: [bagging mainly reduces bias]
        correction: Bagging mainly reduces variance; boosting mainly reduces bias.
    model_answer: >-
      Bagging trains models independently on bootstrap samples and averages them, which mainly
      reduces variance. Boosting trains models sequentially on the errors so far and mainly
      reduces bias.
"""


@pytest.fixture(scope="module")
def pair_question() -> Question:
    return one_question(PAIR_PACK, "pair.yaml")


def test_a_pronoun_after_a_sentence_about_the_other_subject_is_not_the_dropped_one(
    pair_question: Question,
) -> None:
    text = (
        "Bagging averages independent models on bootstrap samples, which lowers variance. "
        "Boosting trains models sequentially on the errors so far; it mainly reduces bias."
    )
    assert not charged(pair_question, text)


def test_a_pronoun_right_after_the_subject_still_says_the_claim(pair_question: Question) -> None:
    text = "Boosting trains models sequentially. Bagging averages bootstrap models. It mainly "
    text += "reduces bias."
    assert "bagging mainly reduces bias" in charged(pair_question, text)


TRADE_PACK = """
questions:
  - id: tech.tradeoff-probe
    category: technical
    topic: interpretability
    difficulty: 2
    prompt: How do you choose between a complex model and an interpretable one?
    time_limit_s: 120
    key_points:
      - id: costs
        label: Complexity also costs latency, maintenance and debugging effort
        weight: 1
        phrases: [latency, maintenance, harder to debug]
    model_answer: >-
      A complex model may be more accurate, but it is harder to debug and maintain.
"""


@pytest.fixture(scope="module")
def trade_question() -> Question:
    return one_question(TRADE_PACK, "trade.yaml")


def test_a_comparative_said_of_the_other_subject_is_the_point_from_its_other_end(
    trade_question: Question,
) -> None:
    for text in (
        "When the gain is small I keep the simple one, because it is easier to debug and monitor.",
        "A sparse linear model is easier to debug and explain.",
    ):
        assert not charged(trade_question, text)


def test_the_comparative_said_of_the_point_s_own_subject_is_still_reversed(
    trade_question: Question,
) -> None:
    assert "costs" in charged(trade_question, "Complex models are easier to debug.")


def test_no_after_other_words_still_denies() -> None:
    """Only "with no" and "from (almost) nothing" name a setting: "until nothing changes"
    still says that the assignments stop changing."""
    question = one_question(STOP_PACK, "stop.yaml")
    assert not charged(
        question, "I assign points, recompute centroids and repeat until nothing changes."
    )


STOP_PACK = """
questions:
  - id: tech.loop-probe
    category: technical
    topic: clustering
    difficulty: 1
    prompt: How does the k-means loop end?
    time_limit_s: 60
    key_points:
      - id: stop
        label: Repeat until the assignments stop changing
        weight: 2
        phrases: [stop changing, converge]
    model_answer: >-
      I assign points and recompute centroids, and I repeat until assignments stop changing.
"""
