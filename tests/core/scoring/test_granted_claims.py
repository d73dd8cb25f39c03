"""Sentences that grant or keep down what the accepted view says are not charged against it:
a subject given an attribute *as well* ("decoders can also summarize"), a limit rather than a
denial ("not accuracy alone"), a hazard the accepted view checks for said to be absent ("no
leaky columns"), two things related by a linking verb ("small alpha means weak smoothing"),
a word of the accepted term's name said elsewhere in the answer ("root mean squared
error" against "the error's mean"), a rubric's wrong practice supposed in an opening "if" to
show its consequence, and "without X" said where the accepted view says "no X"."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.claims import wrong_claims
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import charged, one_question

PACK = """
questions:
  - id: tech.granted-test
    category: technical
    topic: models
    difficulty: 3
    prompt: Compare bagging and boosting, say how you would evaluate them, and what alpha does.
    time_limit_s: 120
    key_points:
      - id: parallel
        label: Bagging trains its trees in parallel on bootstrap samples
        weight: 2
        phrases: [trains its trees in parallel]
      - id: metric
        label: Report the mean absolute error of the tree depth
        weight: 2
        phrases: [mean absolute error]
      - id: audit
        label: Review every feature for proxy variables of sensitive attributes
        weight: 2
        phrases: [proxy variables, sensitive attributes]
      - id: alpha
        label: Large alpha means a narrow window and jagged output; small alpha is smoother
        weight: 2
        phrases: [large alpha, narrow window, jagged output]
    model_answer: >-
      Bagging trains its trees in parallel on bootstrap samples, while boosting adds trees
      one after another. Metrics are mean
      absolute error of the tree depth and the exact match rate. Features include tenure and
      usage, and I'd review each for proxy variables of sensitive attributes. A large alpha means a narrow window and jagged output,
      while a small alpha gives a smoother output.
"""


def _question():
    return one_question(PACK, "granted.yaml")


def test_an_attribute_granted_as_well_is_not_moved() -> None:
    q = _question()
    assert "parallel" not in charged(q, "Boosting can also train its trees in parallel, at a cost.")
    assert "parallel" in charged(q, "Boosting is the one that trains its trees in parallel.")


def test_a_limit_is_not_a_denial() -> None:
    q = _question()
    assert "metric" not in charged(
        q, "Confirm gains with an online test, not mean absolute error alone."
    )
    assert "metric" not in charged(q, "Do not rely on the mean absolute error by itself.")
    denied = score_answer(q, Transcript("Do not use the mean absolute error of the tree depth."))
    assert [k.status for k in denied.key_points if k.id == "metric"] == ["contradicted"]


def test_a_hazard_checked_for_said_absent_agrees() -> None:
    q = _question()
    said = tokenize("Fairness: no sensitive attributes or obvious proxies, and group checks.")
    assert wrong_claims(q, said, Stance(said)) == []
    # The shipped credit-risk rubric reviews features "for proxy variables of protected
    # attributes"; its own fairness step, said as an exclusion, agrees with it.
    bank = load_packs([Path(__file__).resolve().parents[3] / "questions"])
    said = tokenize("Fairness: no protected attributes or obvious proxies, plus group checks.")
    assert wrong_claims(bank.get("case.credit-risk"), said, Stance(said)) == []


def test_a_linking_verb_is_no_common_ground() -> None:
    q = _question()
    assert charged(q, "Small alpha means wide reach and a smooth, gentle output.") == []


def test_accepted_name_said_elsewhere_is_no_swap() -> None:
    q = _question()
    assert charged(q, "Squared error targets the mean, which long delays pull upwards.") == []


def test_a_premise_followed_by_its_consequence_is_not_advice() -> None:
    bank = load_packs([Path(__file__).resolve().parents[3] / "questions"])
    q = bank.get("tech.weight-initialization")
    assert charged(q, "If we initialize all weights to zero, the hidden units never differ.") == []
    assert charged(q, "To keep it simple, initialize all weights to zero.") != []


def test_without_says_what_no_says() -> None:
    bank = load_packs([Path(__file__).resolve().parents[3] / "questions"])
    said = "Gradient descent also handles losses without a closed form, like lasso."
    assert charged(bank.get("tech.normal-equation-vs-gd"), said) == []
