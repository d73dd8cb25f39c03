"""Correct answers charged, by class (issue 9, claims38). Each correct sentence here was charged
before the change; each wrong twin still is.

* A reason after a denial (dismissals.py, claim_clauses.py): "Tree-based models like random
  forests do not need it *because they split on thresholds*" was charged as dismissing, and as
  denying, the splitting on thresholds.
* A comparative inside a phrase of another noun, for two written names (side_comparatives.py):
  "SVMs need scaling because features *with bigger ranges* dominate" was read as "bigger" said
  of SVMs against an RBF kernel.
* A dismissal restricted to one step, the thing placed elsewhere (dismissals.py, claims.py):
  "You don't need a cross encoder for the first step ... A cross encoder only makes sense for
  reranking the top fifty" was charged as dismissing reranking, and as the opposite of "a
  cross-encoder needs one forward pass per pair" (not needing X is no claim on what X needs).
* A dismissal whose subject points back to a case ("bfloat16 has the fp32 range, so *it* usually
  does not need loss scaling").
* A mechanism told both ways in one sentence (covariation.py): "raises the factor over time and
  lowers it ... when it sees NaNs" reversed "lowers the factor".
* A purpose clause the splitter starts at "so that" (claim_clauses.py): "..., so that the
  reported score is not optimistic" was read as denying the optimistic bias of tuning and
  reporting on the same folds.
* A denial before a relative clause (loose_claims.py): "... or not at random, where the fact of
  missingness itself carries information" was read as "missingness never carries information".
* What a subject resists (contradiction.py): "Compared with boosting, bagging is less prone to
  overfitting noisy labels" gave bagging boosting's "noisy labels".
* A denied verb against the same word as a noun (claims.py): "You don't bid your full value in a
  first price auction" was read as denying "the winner pays its own bid".
* A case an opening setting names before the speaker acts (opposites.py): "With very skewed
  data, small samples or correlated readings I would double-check with a bootstrap" was read
  as the opposite of "independent".
* Sweeping claims (claims_sweeping.py): a cue in a restrictive relative clause describes its
  noun ("columns that never change", "columns that say the same thing": a correct paraphrase was
  charged); "at all" after a "never" of its clause only stresses it.
* The harm of a mistake after a semicolon (stance.py): "A common mistake is to judge them on a
  random split; that leaks future purchases" (the tokenizer ends a sentence at the semicolon)
  was read as the speaker's own "future" against the accepted "history".
* "more" / "less" before an adjective (opposites.py): "tokenizers are less efficient for some
  languages" was read as the opposite of "some languages cost more".
* Warning frames the list lacked (stance.py): "a common bug is that", "the danger is assuming",
  "a frequent oversight is", "nobody should assume", "the risk is believing", "it would be a
  stretch to say", "it's not that X, it's that Y" (Y stays the speaker's own).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from tests.core.scoring.rubric_charges import charged, told_charges

REPO = Path(__file__).resolve().parents[3]
PACKS = Path(__file__).resolve().parent / "packs"


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs(
        [REPO / "questions", PACKS / "false34held", PACKS / "newpack30", PACKS / "wrong34held"]
    )


def _charges(qid: str, text: str) -> list[str]:
    return told_charges(_bank().get(qid), text)


def test_a_reason_after_a_denial_is_not_what_is_denied() -> None:
    said = (
        "kNN, k-means and SVMs need scaling because features with bigger ranges dominate the "
        "distance, and neural networks train faster on scaled inputs. Tree-based models like "
        "random forests do not need it because they split on thresholds."
    )
    assert _charges("tech.f34h-feature-scaling", said) == []


def test_a_denial_of_the_reason_itself_is_still_charged() -> None:
    said = "Tree-based models like random forests do not split on thresholds."
    assert "trees-invariant" in charged(_bank().get("tech.f34h-feature-scaling"), said)


def test_a_comparative_of_another_noun_is_not_said_of_the_written_name() -> None:
    said = "SVMs need scaling because features with bigger ranges dominate the distance."
    assert _charges("tech.f34h-feature-scaling", said) == []


def test_a_dismissal_for_one_step_of_a_thing_placed_elsewhere_is_not_charged() -> None:
    said = (
        "You don't need a cross encoder for the first step, since comparing the query with "
        "millions of tickets pairwise is far too slow. A cross encoder only makes sense for "
        "reranking the top fifty, unless latency is very tight."
    )
    assert _charges("tech.sentence-embeddings", said) == []


@pytest.mark.parametrize(
    "said",
    [
        "You don't need a cross encoder at all, since comparing the query with millions of "
        "tickets pairwise is far too slow.",
        "You don't need a cross encoder for this. Bi encoders are enough.",
    ],
)
def test_a_plain_dismissal_is_still_charged(said: str) -> None:
    assert "rerank-eval" in charged(_bank().get("tech.sentence-embeddings"), said)


def test_a_dismissal_said_of_a_case_by_a_pronoun_is_not_charged() -> None:
    said = (
        "With fp16 the problem is its narrow range: small gradient values underflow to zero. "
        "bfloat16 has the same exponent range as fp32, so it usually does not need loss scaling."
    )
    assert _charges("tech.np30-mixed-precision", said) == []


def test_a_dismissal_said_of_the_asked_practice_is_still_charged() -> None:
    said = "Mixed precision is fast, so it usually does not need loss scaling."
    assert "underflow" in charged(_bank().get("tech.np30-mixed-precision"), said)


def test_a_mechanism_told_both_ways_in_one_sentence_is_not_reversed() -> None:
    said = (
        "Dynamic loss scaling raises the factor over time and lowers it and skips the step "
        "when it sees infinities or NaNs."
    )
    assert _charges("tech.np30-mixed-precision", said) == []


_FRAMES = (
    "A common bug is that {m}.",
    "The danger is assuming that {m}.",
    "A frequent oversight is to assume that {m}.",
    "Nobody should assume that {m}.",
    "The risk is believing that {m}.",
    "It would be a stretch to say {m}.",
    "It's not that {m}, it's that the details matter.",
    "It isn't that {m}; the real issue is elsewhere.",
    "Forgetting to call eval is a common bug: {m}.",
)
_CLAIMS = (
    ("tech.dropout", "dropout stays on at inference"),
    ("tech.split-criteria", "the tree finds the globally optimal tree"),
    ("tech.bagging-vs-boosting", "bagging reduces bias"),
)


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize(("qid", "claim"), _CLAIMS)
def test_a_wrong_claim_in_a_warning_frame_is_not_charged(qid: str, claim: str, frame: str) -> None:
    assert _charges(qid, frame.format(m=claim)) == []


@pytest.mark.parametrize(("qid", "claim"), _CLAIMS)
def test_the_wrong_claim_said_plainly_is_still_charged(qid: str, claim: str) -> None:
    assert _charges(qid, f"In practice {claim}.") != []


def test_the_view_after_its_not_that_stays_the_speakers_own() -> None:
    """ "it's that Y" after "it's not that X" is the speaker's claim: a wrong Y is charged."""
    said = "It's not that boosting is slow, it's that dropout stays on at inference."
    assert _charges("tech.dropout", said) != []


def test_a_purpose_clause_opening_on_so_that_denies_nothing() -> None:
    said = (
        "Nested cross-validation has an inner loop for tuning hyperparameters and an outer loop "
        "for estimating performance, so that the reported score is not optimistic."
    )
    assert _charges("tech.w34h-nested-cv", said) == []


def test_a_denial_before_a_relative_clause_does_not_deny_the_claim_in_it() -> None:
    said = (
        "First I look at how much is missing and why: missing completely at random, at random "
        "given other features, or not at random, where the fact of missingness itself carries "
        "information."
    )
    assert _charges("tech.missing-data", said) == []


def test_the_denying_claim_said_plainly_is_still_charged() -> None:
    said = "Missingness does not carry information."
    assert "understand-mechanism" in charged(_bank().get("tech.missing-data"), said)


def test_what_a_subject_resists_is_not_its_attribute() -> None:
    said = "Compared with boosting, bagging is less prone to overfitting noisy labels."
    assert _charges("tech.bagging-vs-boosting", said) == []


def test_the_resistance_given_to_the_other_side_is_still_charged() -> None:
    said = "Boosting is more robust to noisy labels than bagging."
    assert "overfitting-noise" in charged(_bank().get("tech.bagging-vs-boosting"), said)


def test_a_denied_verb_says_nothing_of_the_same_word_as_a_noun() -> None:
    said = "You don't bid your full value in a first price auction; you shade the bid."
    assert _charges("case.real-time-bidding", said) == []


def test_denying_the_shading_is_still_charged() -> None:
    said = "In a first price auction you don't shade the bid; you bid your full value."
    assert "shading" in charged(_bank().get("case.real-time-bidding"), said)


def test_a_case_the_speaker_meets_is_no_reversed_direction() -> None:
    said = (
        "With very skewed data, small samples or correlated readings I would double-check with "
        "a bootstrap."
    )
    assert _charges("tech.central-limit-theorem", said) == []


_FEATURE_SELECTION = (
    "I would first throw out columns that never change, are copies of each other, or are mostly "
    "empty, and rank the rest by how much they tell you about the target on their own. Then I "
    "would fit a model that pushes useless weights to zero, or a tree ensemble, and shuffle each "
    "column to see how much the score drops when it is scrambled. For groups of columns that say "
    "the same thing I keep one. All of the choosing happens inside each training fold, otherwise "
    "the validation score is fooled, and I check that the same columns keep being picked."
)


def test_a_cue_describing_a_noun_is_no_overclaim() -> None:
    assert _charges("tech.feature-selection", _FEATURE_SELECTION) == []


def test_at_all_after_never_is_no_second_overclaim() -> None:
    said = (
        "Some methods never need the points. Instead you plug in a similarity function that "
        "gives the same number as a comparison in a bigger space, and you never build the bigger "
        "space at all. The radial one scores two points by how close they are."
    )
    assert _charges("tech.kernel-trick", said) == []


def test_an_answer_of_sweeping_claims_is_still_charged() -> None:
    said = (
        "Complex models are always more interpretable than simple ones, because they capture "
        "the true structure of the data. Regulators prefer black box models since nobody can "
        "question them. Tools like SHAP make any model perfectly transparent, so there is never "
        "a trade-off and you should always pick the biggest model available."
    )
    charges = _charges("tech.complexity-vs-interpretability", said)
    assert "always" in charges and "perfectly" in charges


def test_the_harm_of_a_mistake_after_a_semicolon_is_part_of_the_warning() -> None:
    said = (
        "A common mistake is to judge recommendations only by offline accuracy on a random "
        "split; that leaks future purchases. Use a time-based split for offline ranking metrics "
        "such as NDCG, and then an A B test on conversion."
    )
    assert _charges("case.recommendation-system", said) == []


def test_the_same_harm_after_the_speakers_own_practice_is_still_charged() -> None:
    said = (
        "I judge recommendations by offline accuracy on a random split; that leaks future "
        "purchases into training but it is fine."
    )
    assert "implicit" in charged(_bank().get("case.recommendation-system"), said)


def test_less_before_an_adjective_is_its_degree_not_the_points_direction() -> None:
    said = (
        "This balances vocabulary size, sequence length and coverage, though tokenizers are less "
        "efficient for some languages and split numbers oddly."
    )
    assert _charges("tech.tokenization", said) == []


def test_less_of_the_points_own_anchor_is_still_charged() -> None:
    said = "Some languages cost less, since they need fewer tokens."
    assert "tradeoffs" in charged(_bank().get("tech.tokenization"), said)
