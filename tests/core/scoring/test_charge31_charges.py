"""False charges on correct answers found by writing correct answers and warnings from the
prompts alone (issue 9, charge31): a time-order preposition whose object holds the point's
anchor ("data *before the forecast date*"), a claim granted for one case and denied for the
question's ("fine for independent rows *but not for a time series*"), a remedy named as the
foil of a comparison ("*unlike bagging*, ... reduces bias"), a cause said with less of itself
("*simpler* models lower variance"), a denied verdict ("does *not* mean the model is
useless") and a denial of one of two joined predicates ("never pulls *negatives* together"
against "pulls positives together and pushes negatives apart"). Each correct sentence is not
charged; each wrong version still is."""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from tests.core.scoring.rubric_charges import charged, one_question


def test_a_time_preposition_whose_object_is_the_anchor_is_no_flip(bank: QuestionBank) -> None:
    q = bank.get("tech.time-series-validation")
    said = (
        "Lags and rolling means are built only from data before the forecast date, and I"
        " validate on the months after the training window."
    )
    assert charged(q, said) == []
    assert charged(q, "I compute them only from data before each forecast date.") == []
    # the anchor ahead of the word: what is said to come earlier is the test
    assert charged(q, "We test on dates before the training dates, which is fine.") == [
        "no-shuffle"
    ]


def test_a_claim_denied_for_the_questions_case_is_not_claimed(bank: QuestionBank) -> None:
    q = bank.get("tech.time-series-validation")
    said = (
        "Shuffled k-fold is fine for independent rows but not for a time series: the model"
        " would train on later months and be tested on earlier ones."
    )
    assert charged(q, said) == []
    # denied for a case the question is not about, or not denied: still the claim
    assert charged(q, "Shuffling is fine for time series, but not for images.") == ["no-shuffle"]
    assert charged(q, "Shuffling is fine.") == ["no-shuffle"]


def test_the_foil_of_a_comparison_is_not_the_remedy(bank: QuestionBank) -> None:
    q = bank.get("tech.gradient-boosting")
    said = (
        "Unlike bagging, the trees are built sequentially and each depends on the previous"
        " ones, which mostly reduces bias."
    )
    assert charged(q, said) == []
    assert charged(q, "Unlike boosting, bagging mainly reduces bias.") != []


def test_a_cause_said_with_less_of_itself_turns_the_relation(bank: QuestionBank) -> None:
    q = bank.get("tech.bias-variance")
    said = (
        "Regularization, bagging and simpler models lower variance at some cost in bias,"
        " while boosting and richer features lower bias."
    )
    assert charged(q, said) == []
    assert charged(q, "Simpler models lower bias.") == ["tradeoff"]


def test_a_denied_verdict_dismisses_nothing(bank: QuestionBank) -> None:
    q = bank.get("tech.roc-auc")
    said = (
        "An AUC below 0.5 does not mean the model is useless; it ranks in reverse, and"
        " flipping its scores gives an AUC above 0.5."
    )
    assert charged(q, said) == []
    assert charged(q, "An AUC of 0.5 is useless, it means random ranking.") != []


CONTRASTIVE = one_question(
    """
questions:
  - id: tech.contrastive
    category: technical
    topic: deep-learning
    difficulty: 3
    prompt: How does contrastive self-supervised learning work?
    time_limit_s: 150
    key_points:
      - id: views
        label: Two augmented views of the same image form a positive pair
        weight: 3
        phrases: [two augmented views, positive pair, same image]
      - id: infonce
        label: The InfoNCE loss pulls positives together and pushes negatives apart
        weight: 3
        phrases: [infonce, cosine similarity, temperature]
    model_answer: >-
      Two augmented views of the same image form a positive pair, and the other images in the
      batch are negatives. The InfoNCE loss takes a softmax over cosine similarities divided by
      a temperature, which pulls positives together and pushes negatives apart.
""",
    "contrastive.yaml",
)


def test_a_denial_of_one_of_two_joined_predicates_is_no_contradiction() -> None:
    said = (
        "The loss never pulls negatives together; it pulls the two views of the same image"
        " together and pushes the other images away."
    )
    assert charged(CONTRASTIVE, said) == []
    assert charged(CONTRASTIVE, "The loss does not pull positives together.") == ["infonce"]
