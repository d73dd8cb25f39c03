"""Correct answers charged for what a sentence says by its kind, and a dismissal freed by its
reason (issue 9, wrong62). Each correct answer below was charged at 23e38c5b; each wrong one
next to it stays charged.

* Sweeping claims (claims_sweeping.py): "never" or "always" said of a person's habit in a
  story ("she never lets the same line-up play twice"), of not knowing which of several things
  comes ("a unit never knows which of the others will be there"), or as an upper bound ("can
  never hold more items than ..."): none promises an outcome without limit.
* A swapped attribute (contradiction.py): an attribute that is only the first word of another
  method's name given as an example ("a supervised method like *linear* discriminant
  analysis") is said of that method, not moved to the other side of a pair.
* A dismissal (dismissals.py) whose reason says the point's work gets done anyway
  ("automatically", "anyway", "already", "perfectly") argues for the dismissal: the point is
  contradicted, even when the reason repeats the point's words.
"""

from __future__ import annotations

import pytest

from simulator.core.scoring import score_answer
from simulator.core.scoring.claims_sweeping import OVERCLAIM_ID
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import charged, contradictions, shipped_question


def _overclaims(qid: str, text: str) -> list[str]:
    score = score_answer(shipped_question(qid), Transcript(text))
    return [m.evidence for m in score.misconceptions if m.id == OVERCLAIM_ID]


_DROPOUT = (
    "During training each hidden unit is dropped with probability p on every example, {} "
    "It is like a coach who benches random players at every practice: {} "
    "At test time nothing is switched off and the activations are scaled to match, so the "
    "network behaves like an average of many thinned networks, which reduces overfitting."
)


def test_a_persons_habit_and_not_knowing_which_are_not_overclaims() -> None:
    text = _DROPOUT.format(
        "so a unit never knows which of the others will be there and cannot lean on one of them.",
        "she never lets the same line-up play twice, so every player learns to cover for others.",
    )
    assert _overclaims("tech.dropout", text) == []


def test_the_same_answer_promising_outcomes_is_still_charged() -> None:
    text = _DROPOUT.format(
        "so the network can never memorise noise, whatever its size.",
        "the thinned network always generalises better than the full one.",
    )
    assert len(_overclaims("tech.dropout", text)) == 2


_STREAMED = (
    "I would keep the data on disk in shards and stream it through a data loader that reads "
    "one shard at a time into a buffer. {} {} "
    "The model trains with SGD on mini-batches drawn from that buffer, shuffled across shards, "
    "and preprocessing runs out of core in chunks."
)


def test_an_upper_bound_is_not_an_overclaim() -> None:
    text = _STREAMED.format(
        "The process can never hold more rows than the buffer has room for.",
        "Memory use never grows larger than that, however big the data set is.",
    )
    assert _overclaims("tech.larger-than-memory", text) == []


def test_a_bound_on_how_wrong_is_still_an_overclaim() -> None:
    text = _STREAMED.format(
        "The streamed model never scores more than a point below one trained in memory.",
        "Streaming always gives better models than training on a sample of the same size.",
    )
    assert len(_overclaims("tech.larger-than-memory", text)) == 2


_PCA = (
    "PCA finds the orthogonal directions of largest variance from the eigenvectors of the "
    "covariance matrix. It is unsupervised and never looks at the labels, so the directions with "
    "the most variance need not be the ones that predict best. {}"
)


def test_an_attribute_inside_an_examples_name_is_not_moved_to_its_side() -> None:
    text = _PCA.format(
        "When the labels matter, consider a supervised method like linear discriminant analysis."
    )
    assert "limits" not in contradictions(shipped_question("tech.pca"), text)


def test_the_side_given_the_attribute_outright_is_still_read() -> None:
    text = _PCA.format("PCA is a supervised method, since it uses the labels to pick directions.")
    assert "limits" in charged(shipped_question("tech.pca"), text)


_SHUFFLE_DISMISSED = (
    "I would stream the data from disk in shards with a data loader and train with SGD on "
    "mini-batches. Shuffling isn't needed at this scale, because every batch is {} "
    "a good mix of examples from the whole data set."
)


@pytest.mark.parametrize("away", ("automatically", "anyway", "already"))
def test_a_reason_that_argues_the_need_away_still_dismisses(away: str) -> None:
    text = _SHUFFLE_DISMISSED.format(away)
    question = shipped_question("tech.larger-than-memory")
    assert any(k.label.lower().startswith("shuffle") for k in question.key_points), (
        "the shipped question's shuffling point"
    )
    said = contradictions(question, text)
    assert any("shuffl" in claim.lower() for claim in said.values())


_CNN = (
    "A CNN stacks convolutional layers whose filters {} slide over the image and produce feature "
    "maps, then pooling layers downsample, and a fully connected layer with a softmax classifies."
)


def test_a_wrong_claim_said_as_an_agent_compound_is_charged() -> None:
    # "hand-designed" is the rubric's "designed by hand"
    said = contradictions(shipped_question("tech.cnn"), _CNN.format("are hand-designed and"))
    assert "convolution" in said


def test_the_compound_denied_is_not_charged() -> None:
    text = _CNN.format("are learned from data, not hand-designed, and")
    assert "convolution" not in contradictions(shipped_question("tech.cnn"), text)
