"""What usually holds is a claim, what can hold is not: "modern networks are *usually*
underconfident" contradicts an accepted "modern networks are *often* overconfident" (claims.py
reads both; "often", "usually", "tend" are no hedges), while "they *can* be underconfident after
label smoothing" says what sometimes happens and is charged by no check (claims.py, opposites.py).
"""

from __future__ import annotations

import pytest
from rubric_charges import charged, one_question

PACK = """
questions:
  - id: tech.calib
    category: technical
    topic: evaluation
    difficulty: 2
    prompt: What does it mean for a classifier to be well calibrated?
    time_limit_s: 120
    key_points:
      - id: definition
        label: Predicted probabilities match observed frequencies
        weight: 3
        phrases: [observed frequency]
      - id: networks
        label: Which models are miscalibrated
        weight: 2
        phrases: [deep networks]
    model_answer: >-
      A calibrated model's predicted probabilities match the observed frequency. Modern deep
      networks are often overconfident, which temperature scaling fixes.
"""
LABELLED = PACK.replace("Which models are miscalibrated", "Modern deep networks are overconfident")


def _charged(pack: str, text: str) -> list[str]:
    return charged(one_question(pack, "habitual.yaml"), text)


@pytest.mark.parametrize("pack", [PACK, LABELLED])
def test_a_habitual_claim_contradicting_a_habitual_accepted_one_is_charged(pack: str) -> None:
    assert _charged(pack, "Modern deep networks are usually underconfident.")
    assert not _charged(pack, "Modern deep networks are usually overconfident.")


@pytest.mark.parametrize("pack", [PACK, LABELLED])
@pytest.mark.parametrize(
    "text",
    [
        "Modern deep networks can be underconfident after heavy label smoothing.",
        "Modern deep networks might be underconfident when trained with mixup.",
        "People think modern deep networks are usually underconfident, but they are not.",
        "Modern deep networks are not usually underconfident.",
        "If you over-regularize, modern deep networks are usually underconfident.",
    ],
)
def test_hedged_warned_denied_or_conditional_is_not_charged(pack: str, text: str) -> None:
    assert not _charged(pack, text)


STOPPING = """
questions:
  - id: tech.stop
    category: technical
    topic: training
    difficulty: 2
    prompt: What is early stopping?
    time_limit_s: 120
    key_points:
      - id: monitor
        label: Monitor a validation metric and stop when it stops improving
        weight: 3
        phrases: [validation loss]
    model_answer: >-
      I monitor the validation loss and stop once it stops improving, because the training loss
      usually keeps decreasing as the model overfits.
"""


def test_a_counterpart_said_of_another_subject_is_no_swap() -> None:
    """ "Validation loss starts rising" says nothing against the accepted "training loss
    usually keeps decreasing": each is said of its own loss."""
    right = "Training loss keeps falling while validation loss starts rising once it overfits."
    wrong = "The training loss usually starts rising as the model overfits."
    assert not _charged(STOPPING, right)
    assert _charged(STOPPING, wrong)
