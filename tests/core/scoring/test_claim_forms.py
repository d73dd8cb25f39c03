"""Rubric wrong claims said in another form (issue 9, claims24: rubric_claims.py). A fluent wrong
answer rarely says a ``contradicted_by`` claim word for word: it strings several predicates on
one subject ("momentum slows ... and amplifies oscillations"), says a direction with another
word of that direction ("increasing the sample size decreases power" for "larger samples reduce
power"), an adjective in its comparative ("a smoother boundary" for "smooth") and a result with
"makes" ("makes the boundary smoother" for "gives a smoother boundary"). Each wrong sentence
below escaped before; the correct, denied and warned ones must stay uncharged."""

from __future__ import annotations

import pytest

from tests.core.scoring.rubric_charges import charged, one_question

PACK = """
questions:
  - id: tech.claim-forms-test
    category: technical
    topic: models
    difficulty: 3
    prompt: What does momentum add to gradient descent, what does gamma do, and what drives power?
    time_limit_s: 120
    key_points:
      - id: ravines
        label: Momentum damps oscillations across a ravine and speeds progress along it
        weight: 2
        phrases: [damps oscillations, speeds progress]
        contradicted_by: [momentum amplifies oscillations]
      - id: gamma
        label: Large gamma means a narrow kernel and a wiggly boundary; small gamma is smooth
        weight: 2
        phrases: [narrow kernel, wiggly boundary]
        contradicted_by: [large gamma gives a smooth boundary]
      - id: power
        label: Power grows with the sample size and the effect size
        weight: 2
        phrases: [sample size, effect size]
        contradicted_by: [larger samples reduce power]
      - id: noise
        label: Larger batches give less noisy gradient estimates
        weight: 2
        phrases: [less noisy gradient]
        contradicted_by: [larger batches give noisier gradients]
    model_answer: >-
      Momentum keeps a running average of the gradients, so it damps oscillations across a
      ravine and speeds progress along it. A large gamma means a narrow kernel and a wiggly
      boundary, while a small gamma gives a smooth one. Power grows with the sample size and
      with the effect size.
"""


def _question():
    return one_question(PACK, "claim_forms.yaml")


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # a predicate joined by "and" to a sentence that opens on the claim's subject
        (
            "Momentum slows down progress along directions where the gradient is consistent "
            "and amplifies oscillations.",
            "ravines",
        ),
        (
            "Momentum keeps a running average of past gradients and then amplifies oscillations.",
            "ravines",
        ),
        # ... or on a pronoun for the subject the sentence before names
        ("Momentum is popular. It keeps a running average and amplifies oscillations.", "ravines"),
        ("Momentum is popular. It amplifies oscillations.", "ravines"),
        # another word of the same direction
        ("Increasing the sample size decreases the power of the test.", "power"),
        ("Bigger samples lower the power.", "power"),
        # a comparative, and a result said with "makes"
        ("A larger gamma gives a smoother boundary.", "gamma"),
        ("So a larger gamma makes the boundary smoother and less prone to overfit.", "gamma"),
    ],
)
def test_a_wrong_claim_in_another_form_is_charged(text: str, point: str) -> None:
    assert point in charged(_question(), text)


@pytest.mark.parametrize(
    "text",
    [
        # the accepted view, in the same forms
        "Momentum keeps a running average of past gradients and damps oscillations.",
        "Increasing the sample size increases the power of the test.",
        "A smaller gamma makes the boundary smoother, and a larger gamma makes it wiggly.",
        "A small gamma gives a smoother boundary.",
        # "and" opens a clause with a subject of its own
        "Momentum damps the oscillations and the raw gradient amplifies oscillations.",
        "Plain gradient descent is slow. It amplifies oscillations, which momentum damps.",
        # denied, or named only to be rejected
        "Momentum does not amplify oscillations; it damps them.",
        "A common mistake is to think a larger gamma makes the boundary smoother.",
        "It is wrong to say that increasing the sample size decreases the power.",
        "A common confusion is to think that increasing the sample size decreases the power.",
        # a quality said in another form and turned round
        "A larger batch gives a less noisy gradient estimate and better throughput.",
    ],
)
def test_the_accepted_view_and_rejected_claims_are_not_charged(text: str) -> None:
    assert charged(_question(), text) == []


VERBS = """
questions:
  - id: tech.claim-verbs-test
    category: technical
    topic: nlp
    difficulty: 3
    prompt: What does tf idf capture, and what do residual connections fix?
    time_limit_s: 120
    key_points:
      - id: limits
        label: TF IDF ignores word order and meaning
        weight: 2
        phrases: [bag of words, ignores word order]
        contradicted_by: [tf idf captures word order]
      - id: degradation
        label: Residual connections fix the degradation of very deep plain networks
        weight: 2
        phrases: [degradation, deeper plain networks]
        contradicted_by: [residual connections solve overfitting]
    model_answer: >-
      TF IDF is a bag of words, so it ignores word order and meaning. Residual connections fix
      the degradation of very deep plain networks, where deeper plain networks trained worse.
"""


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("TF IDF encodes word order through the term frequency.", "limits"),
        ("TF IDF preserves word order, so it knows the sentence structure.", "limits"),
        ("Residual connections fix overfitting, which is why deep nets use them.", "degradation"),
        ("Residual connections eliminate overfitting in deep networks.", "degradation"),
    ],
)
def test_a_wrong_claim_with_a_verb_of_the_same_claim_is_charged(text: str, point: str) -> None:
    assert point in charged(one_question(VERBS, "claim_verbs.yaml"), text)


@pytest.mark.parametrize(
    "text",
    [
        "TF IDF ignores word order; it is a bag of words and encodes no meaning.",
        "Residual connections fix the degradation problem, not overfitting.",
        "Residual connections do not eliminate overfitting; they fix degradation.",
    ],
)
def test_the_same_verbs_in_correct_sentences_are_not_charged(text: str) -> None:
    assert charged(one_question(VERBS, "claim_verbs.yaml"), text) == []
