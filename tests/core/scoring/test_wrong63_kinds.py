"""Correct answers charged for a kind of sentence each (issue 9, wrong63; found on blind set 62,
dev this round). Each correct answer below was charged at b738daf3; each wrong one next to it
stays charged.

* A name spelled out (substituted_terms.py): the words that spell a term's initials ("gated
  recurrent unit" for GRU) are its name, not what a sentence claims of it; an answer saying
  "recurrent" and "gates" of an LSTM does not restate "a GRU, gated recurrent unit, simplifies
  this" with LSTM for GRU.
* Left out of account (opposites.py): "ignoring correlations" is the independence a naive Bayes
  point assumes, not its opposite, even though the point's own wordings leave something out
  ("ignores interactions"); only a point that throws one side of the pair away is read as before.
* A pronoun for the other side (rubric_claims.py): "People often assume a GRU is just an LSTM
  ..., but it restructures the cell. It merges the cell state and hidden state": "it" is the
  GRU, the side the sentence before names first, not the LSTM of a rubric's wrong claim.
* A leak in other words (claims_practice.py): preprocessing fitted on the full data set that
  "carries" future statistics into training is named as the leak, not advised.
* A halt is no reversal (claim_clauses.py): "stops exploding gradients" is no "vanishing".
* A verb denied of another object (claims.py): the accepted "cannot flow back through the
  sampling step" says nothing against "flows through mu and sigma".
* A limitation named ("The problem is that ...") or a picture ("Picture the cell as ...")
  restates no accepted clause with a counterpart swapped (claims.py).
* A worked example (answer_subject.py): "A worked example makes it clear." opens no other
  concept (blind set 62: a correct multiclass-averaging paraphrase kept a quarter, 87 -> 22).
* A trouble a point eases (opposites.py): "the forget gate eases vanishing gradients" states no
  direction an answer's "exploding gradients still happen" could turn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import charged, shipped_question, told_charges

_GATES = (
    "An LSTM is a recurrent network whose gates help it keep information over long sequences. "
    "A GRU is a similar but simpler design with fewer gates."
)


def test_a_spelled_out_name_is_no_substituted_statement() -> None:
    assert told_charges(shipped_question("tech.lstm-gru"), _GATES) == []


def test_a_statement_said_of_the_other_side_is_still_substituted() -> None:
    wrong = (
        "The GRU adds a separate cell state alongside the hidden state, and three gates control it."
    )
    assert [c.split(":")[0] for c in told_charges(shipped_question("tech.lstm-gru"), wrong)] == [
        "gru"
    ]


_BAYES = (
    "Naive Bayes applies Bayes' rule: it multiplies the class prior by the likelihood of each "
    "feature and predicts the class with the highest posterior. {} It needs Laplace smoothing so "
    "an unseen word does not zero the product, and it sums log probabilities."
)


@pytest.mark.parametrize(
    "said",
    [
        "The errors from ignoring correlations between features often hit every class alike, "
        "so the ranking of classes survives.",
        "Disregarding the correlations among words makes it fast, and the ranking of classes "
        "usually survives.",
    ],
)
def test_leaving_the_opposite_out_keeps_the_point(said: str) -> None:
    assert charged(shipped_question("tech.naive-bayes"), _BAYES.format(said)) == []


def test_the_opposite_said_as_the_assumption_is_still_charged() -> None:
    said = "The model treats the features as correlated given the class, so the ranking survives."
    assert charged(shipped_question("tech.naive-bayes"), _BAYES.format(said)) == ["independence"]


_CELLS = "People often assume {} is just {} with a gate {}, but it restructures the cell. It merges the cell state and hidden state into one vector and has no output gate."


def test_a_pronoun_for_the_side_named_first_is_that_sides() -> None:
    text = _CELLS.format("a GRU", "an LSTM", "deleted")
    assert charged(shipped_question("tech.lstm-gru"), text) == []


@pytest.mark.parametrize(
    "text",
    [
        _CELLS.format("an LSTM", "a GRU", "added"),
        "Unlike the GRU, the LSTM is the simpler design. It merges the cell state into the hidden state.",
    ],
)
def test_a_pronoun_for_the_claims_own_side_is_still_charged(text: str) -> None:
    assert charged(shipped_question("tech.lstm-gru"), text) == ["gru"]


def test_preprocessing_that_carries_future_statistics_is_the_leak_named() -> None:
    text = (
        "A chronological split alone is not enough. Scalers and imputers fit on the full dataset "
        "carry future statistics into training, so I fit them inside each fold."
    )
    assert charged(shipped_question("tech.time-series-validation"), text) == []


def test_preprocessing_fitted_on_all_the_data_as_advice_is_still_charged() -> None:
    text = (
        "Fit the scaler and the imputer on the full dataset before the split, so every fold uses "
        "the same statistics."
    )
    assert len(charged(shipped_question("tech.time-series-validation"), text)) == 1


# Four more kinds, from the repository's tuning half (benchmarks/wrong_split.py): correct answers
# the accepted-view reading (claims.py) charged, each scored 0-4 at b738daf3.


def test_a_halt_is_no_reversal() -> None:
    """ "clipping *stops exploding* gradients" says nothing of vanishing ones (claim_clauses)."""
    text = (
        "Gradients get multiplied through many layers, so they can shrink to nearly zero or blow "
        "up. ReLU, good initialization and residual connections help, and gradient clipping "
        "stops {} gradients."
    )
    question = shipped_question("tech.vanishing-gradients")
    assert charged(question, text.format("exploding")) == []
    assert charged(question, text.format("vanishing")) == ["clipping"]


def test_a_verb_denied_of_another_object_is_not_turned() -> None:
    """ "gradients cannot flow back through the sampling step" says nothing against "the
    gradient flows through mu and sigma" (claims._objects_apart)."""
    bank = load_packs([Path(__file__).parent / "packs" / "wrong37held"])
    question = bank.get("tech.w37h-reparameterization")
    right = (
        "Sampling z directly is not differentiable, so we sample epsilon from a standard normal "
        "and compute mu plus sigma times epsilon, and the gradient flows through mu and sigma."
    )
    assert charged(question, right) == []
    wrong = (
        "Sampling directly is differentiable, so gradients flow back through the sampling step "
        "to the encoder's parameters."
    )
    assert charged(question, wrong) == ["sampling-blocks-gradient"]


_WORD2VEC = (
    "Word2vec learns vectors by predicting words from their neighbours. Skip gram predicts the "
    "context from the centre word and CBOW predicts the centre word from the context. {}"
)


def test_a_limitation_named_is_not_a_counterpart_swapped() -> None:
    said = "The problem is that each word gets only one vector, so different meanings of the same word are mixed."
    assert charged(shipped_question("tech.word2vec"), _WORD2VEC.format(said)) == []


def test_a_picture_is_not_a_counterpart_swapped() -> None:
    notebook = (
        " At each step one valve decides which old notes to erase, a second how much of the new "
        "note to add, and a third how much of the notebook to show."
    )
    question = shipped_question("tech.lstm-gru")
    said = "Picture the cell as carrying a notebook next to its short-term thoughts."
    assert charged(question, said + notebook) == []
    wrong = "The separate cell state is updated additively and carries short term memory."
    assert charged(question, wrong + notebook) == ["cell-state"]


_WORKED = (
    "Take three classes: A has 90 test examples, B has 9 and C has 1. The model gets every A "
    "right, 3 of the B's and misses C, so per-class recall is 1.0, 0.33 and 0. Macro recall is "
    "the plain mean of those, about 0.44: each class counts equally, so the failing small classes "
    "show. Micro recall pools the counts, 93 correct out of 100, which is just accuracy, and each "
    "example counts equally. Weighted recall weights each class by its support. With imbalanced "
    "classes I report macro F1."
)


def _overall(qid: str, text: str) -> int:
    return score_answer(shipped_question(qid), Transcript(text)).overall


def test_a_worked_example_opens_no_other_concept() -> None:
    """ "A worked example makes it clear." announces numbers for the asked subject
    (answer_subject.py); another method named there still opens another concept."""
    plain = _overall("tech.multiclass-averaging", _WORKED)
    assert (
        _overall("tech.multiclass-averaging", "A worked example makes it clear. " + _WORKED)
        >= plain - 5
    )
    assert (
        _overall("tech.multiclass-averaging", "Gradient boosting makes it clear. " + _WORKED)
        < plain / 2
    )


_EASED = (
    "The key is the additive cell-state update: the forget gate times the old cell state plus "
    "the input gate times the candidate. When the forget gate is near one, the gradient through "
    "the cell state passes back with little decay. {}"
)


def test_a_trouble_the_point_eases_is_no_direction_to_turn() -> None:
    """ "The forget gate *eases vanishing* gradients" says they vanish less: "exploding
    gradients still happen" is no opposite of it (opposites.py, the averting verbs)."""
    said = "It mitigates the problem rather than eliminating it, and exploding gradients still happen, so you still clip."
    assert charged(shipped_question("tech.lstm-gru"), _EASED.format(said)) == []
    wrong = "LSTMs make vanishing gradients worse than in a plain RNN."
    assert charged(shipped_question("tech.lstm-gru"), _EASED.format(wrong)) == ["gradient"]
