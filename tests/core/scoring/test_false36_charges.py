"""Correct answers charged or cut (issue 9, false36), four kinds left by round 35:

* a degree word said of one size of the thing (opposites.py): "L2 shrinks *large* weights
  *strongly*" grades large weights, it is no opposite of the rubric's "the pull gets *weaker*
  as the weight ..." (the rubric says how the degree goes with the weight);
* a direction the rubric says under "otherwise" after a requirement (opposites.py): "the
  covariate must not be affected by the treatment, *otherwise* the adjustment *biases* the
  effect" states the failure, so "the estimate stays *unbiased*" is no opposite;
* a comparison said from the other end (opposites.py): "fp16 has *more* mantissa precision
  than bf16" is the rubric's "BF16 has *fewer* mantissa bits than fp16" (10 bits against 7);
* an opening that frames a reason or a point, or names the asked subject by the other name the
  model answer gives it (answer_subject.py): "The bigger practical reason is the gradient",
  "Lasso charges the absolute size of each weight" are no other concept.

Each correct version was charged (or cut to a quarter) before the change; the wrong versions
and real other concepts still are."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Question, load_packs
from simulator.core.scoring.answer_subject import other_concept
from simulator.core.scoring.claims_sweeping import sweeping_claims
from simulator.core.scoring.opposites import _counterfactual, flipped
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize

REPO = Path(__file__).resolve().parents[3]
PACKS = Path(__file__).resolve().parent / "packs"


def _question(qid: str) -> Question:
    bank = load_packs([REPO / "questions", PACKS / "false36dev", PACKS / "wrong35held"])
    return bank.get(qid)


def _flipped(qid: str, text: str) -> list[str]:
    tokens = tokenize(text)
    return [f.claim for f in flipped(_question(qid), tokens, Stance(tokens)).values()]


def _other(qid: str, text: str) -> str | None:
    found = other_concept(_question(qid), tokenize(text))
    return None if found is None else found.name


@pytest.mark.parametrize(
    "text",
    [
        "L2 penalizes squared weights and shrinks large weights strongly, so weights end up "
        "small rather than exactly zero.",
        "L2 penalizes squared weights and acts strongly on large weights, while L1 sets some "
        "weights exactly to zero.",
        "L2 cannot zero out weights, because its pull is strong on large weights but fades as "
        "a weight shrinks.",
    ],
)
def test_a_degree_said_of_one_size_is_no_opposite(text: str) -> None:
    assert _flipped("tech.l1-vs-l2", text) == []


def test_a_degree_said_of_the_unsized_thing_is_still_read() -> None:
    said = _flipped("tech.l1-vs-l2", "L2's pull gets stronger as the weight goes to zero.")
    assert said == ['"stronger", the opposite of "weaker"']


@pytest.mark.parametrize(
    "text",
    [
        "The variance drops, so you need fewer users, and the adjusted estimate stays unbiased.",
        "CUPED uses a pre-period covariate and the estimate remains unbiased.",
    ],
)
def test_the_other_side_of_an_otherwise_is_no_opposite(text: str) -> None:
    assert _flipped("tech.w35h-cuped", text) == []


@pytest.mark.parametrize(
    ("label", "clause", "failure"),
    [
        (
            "The covariate must not be affected by the treatment, otherwise the adjustment "
            "biases the estimated effect",
            " otherwise the adjustment biases the estimated effect",
            True,
        ),
        # no requirement before "otherwise": the other case, still the point's own claim
        (
            "With probability epsilon it picks a random arm, and otherwise it picks the arm "
            "with the highest estimated reward",
            " and otherwise it picks the arm with the highest estimated reward",
            False,
        ),
    ],
)
def test_only_the_failure_of_a_requirement_is_counterfactual(
    label: str, clause: str, failure: bool
) -> None:
    assert _counterfactual(label, clause) is failure


@pytest.mark.parametrize(
    "text",
    [
        "fp16 has more mantissa precision than bf16, 10 bits against 7, but a narrow range.",
        "fp16 is the more precise of the two, with 10 mantissa bits to bfloat16's 7.",
        "bf16 trades precision for range; fp16 has more mantissa bits.",
    ],
)
def test_a_comparison_said_from_the_other_end_is_no_opposite(text: str) -> None:
    assert _flipped("tech.f36d-bf16-fp16", text) == []


def test_the_comparison_said_of_the_rubrics_own_subject_is_still_read() -> None:
    said = _flipped("tech.f36d-bf16-fp16", "bf16 is the more precise of the two formats.")
    assert said == ['"more", the opposite of "fewer"']


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("tech.cross-entropy", "The bigger practical reason is the gradient. It stays large."),
        ("tech.cross-entropy", "A more important point than the theory is how fast it learns."),
        ("tech.cross-entropy", "The biggest difference is speed. Cross entropy learns faster."),
        ("tech.l1-vs-l2", "Lasso charges the absolute size of each weight, ridge its square."),
        ("tech.l1-vs-l2", "Ridge punishes big weights heavily and tiny ones hardly at all."),
        # a claim reported to be weighed, whatever its adjectives
        (
            "tech.bagging-vs-boosting",
            "A popular intuition is that adding more trees always overfits; for bagging it "
            "does not.",
        ),
        ("tech.dropout", "Conventional wisdom says dropout always helps, but not with batch norm."),
        ("tech.dropout", "The belief that dropout stays on at test time is outdated."),
        # a degree or an amount before a name is how much of it, not another thing
        ("tech.dropout", "Too high a dropout rate underfits: the network loses its capacity."),
    ],
)
def test_a_framed_reason_or_another_name_opens_on_no_other_concept(qid: str, text: str) -> None:
    assert _other(qid, text) is None


@pytest.mark.parametrize(
    ("qid", "text", "name"),
    [
        (
            "tech.cross-entropy",
            "The bias variance tradeoff says simple models underfit and complex models overfit.",
            "bias variance tradeoff",
        ),
        (
            "tech.l1-vs-l2",
            "Batch normalization normalizes each layer over the batch, which speeds up training.",
            "batch normalization",
        ),
    ],
)
def test_a_real_other_concept_is_still_read(qid: str, text: str, name: str) -> None:
    assert _other(qid, text) == name


def _overclaims(qid: str, text: str) -> list[str]:
    tokens = tokenize(text)
    hits = sweeping_claims(_question(qid), tokens, Stance(tokens), set())
    return [m.phrase for m in hits]


def test_a_described_mix_and_data_never_learned_from_are_no_overclaims() -> None:
    # each sentence alone was a suspect; two of them made the answer's tone sweeping
    said = _overclaims(
        "tech.early-stopping",
        "You keep checking the score on examples set aside that the model never learns from. "
        "A perfectly even mix of classes is the hardest node to split. Training stops when "
        "that score stops improving.",
    )
    assert said == []


def test_sweeping_claims_in_a_plain_clause_are_still_charged() -> None:
    said = _overclaims(
        "tech.early-stopping",
        "Early stopping perfectly prevents overfitting in every model. The validation score "
        "never gets worse once training has started.",
    )
    assert said == ["perfectly", "never"]
