"""False charges on correct answers found by writing correct answers and warnings from the
prompts alone (issue 9, charge31): a time-order preposition whose object holds the point's
anchor ("data *before the forecast date*"), a claim granted for one case and denied for the
question's ("fine for independent rows *but not for a time series*"), a remedy named as the
foil of a comparison ("*unlike bagging*, ... reduces bias"), a cause said with less of itself
("*simpler* models lower variance"), a denied verdict ("does *not* mean the model is
useless") and a denial of one of two joined predicates ("never pulls *negatives* together"
against "pulls positives together and pushes negatives apart"); in an outside pack's
technical wording, a rubric claim said of a case only ("... *only when* gamma is zero", "*In
the supervised variant*, ..."), asked ("Does X? No, ...") or imagined ("would ... if"),
framed as "the claim that", and a denied comparison ("not *the same as*") against a quality
("*the same* weight"). Each correct sentence is not charged; each wrong version still is."""

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


FOCAL = one_question(
    """
questions:
  - id: tech.focal
    category: technical
    topic: deep-learning
    difficulty: 2
    prompt: What is focal loss, and how does it differ from weighted cross entropy?
    time_limit_s: 150
    key_points:
      - id: modulating
        label: Focal loss multiplies cross entropy by (1 - p_t)^gamma, down-weighting easy examples
        weight: 3
        phrases: [modulating factor, easy examples, well classified examples]
        contradicted_by: [focal loss up-weights easy examples]
      - id: versus-weighting
        label: Class weights rescale by class regardless of difficulty; focal loss per example
        weight: 3
        phrases: [regardless of difficulty, per example, hard examples]
        contradicted_by: [focal loss is the same as weighted cross entropy]
      - id: gamma
        label: Gamma controls the focusing; gamma zero recovers cross entropy
        weight: 2
        phrases: [focusing parameter, gamma of zero]
    model_answer: >-
      Focal loss multiplies the cross entropy of each example by a modulating factor, one minus
      p t to the power gamma, so well classified examples are down-weighted and the loss
      focuses on hard examples. Gamma is the focusing parameter; a gamma of zero recovers cross
      entropy. Weighted cross entropy rescales every example of a class by the same weight,
      regardless of difficulty, while focal loss rescales per example.
""",
    "focal.yaml",
)


def test_a_claim_said_of_a_case_only_is_no_general_claim() -> None:
    said = (
        "Focal loss is the same as weighted cross entropy only when gamma is zero and alpha"
        " holds the class weights; with gamma above zero it down-weights easy examples per"
        " example."
    )
    assert charged(FOCAL, said) == []
    # a case that is no case, or none: still the claim
    assert charged(FOCAL, "In practice, focal loss is the same as weighted cross entropy.") == [
        "versus-weighting"
    ]
    assert charged(FOCAL, "Focal loss is the same as weighted cross entropy.") == [
        "versus-weighting"
    ]


def test_a_claim_asked_or_imagined_is_not_claimed() -> None:
    asked = (
        "Does focal loss up-weight easy examples? No, it down-weights them with the modulating"
        " factor."
    )
    assert charged(FOCAL, asked) == []
    imagined = (
        "The loss would pull negatives together if the temperature were negative, but with a"
        " positive temperature it pushes them apart."
    )
    assert charged(CONTRASTIVE, imagined) == []
    assert charged(FOCAL, "Focal loss up-weights easy examples, which is why it helps.") == [
        "modulating"
    ]


def test_the_claim_that_frames_a_claim_as_someone_elses() -> None:
    said = (
        "The claim that focal loss up-weights easy examples gets it the wrong way round; the"
        " modulating factor shrinks their loss."
    )
    assert charged(FOCAL, said) == []


def test_a_denied_comparison_says_nothing_of_a_quality() -> None:
    said = (
        "Focal loss is not the same as weighted cross entropy: class weights are fixed per"
        " class, regardless of difficulty."
    )
    assert charged(FOCAL, said) == []
