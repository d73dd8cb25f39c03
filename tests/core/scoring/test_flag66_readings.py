"""Correct answers charged for a reading of the wrong kind (issue 9, flag66).

Each case is a kind of sentence a correct answer says, written here in new words, that was
charged a wrong claim or "the opposite" of a key point, with a guard that the wrong claim of the
same words is still charged:

* a need denied to one named thing, a limit: "unbiased estimates don't need normality"
  (dismissals._needed_by_another; round 65's blind OLS warning scored 0);
* a verdict that what a sentence of the rubric says is worthless: the rubric's "suggestions
  that arrive after the next keystroke are useless" asserts no "after"
  (substituted_terms._WORTHLESS; para65's autocomplete strong answer scored 0);
* the losses named without "mean": "squared error is sensitive to outliers" is said of squared
  error, not of absolute error (pair_sides.SWAP_PAIRS; wrong65's partial scored 0);
* "raises a flag" brings a flag up, it makes nothing higher (opposites._brought_up; para65's
  imbalanced-data paraphrase);
* a list whose second verb is left out: "classification uses cross-entropy, regression mean
  squared error" (rubric_claims._gapped_conjunct; wrong65's strong answer scored 17).
"""

from __future__ import annotations

from simulator.core.scoring.opposites import _brought_up
from simulator.core.scoring.text import tokenize
from tests.core.scoring.test_flag66_verb_sides import _charges


def test_a_need_denied_to_one_named_thing_is_a_limit() -> None:
    text = (
        "A common mistake is to think least squares needs normally distributed features. The "
        "normality assumption is about the errors, and only the exact small-sample tests rely "
        "on it. The Gauss-Markov theorem does not need normality at all."
    )
    # failed before: ['normality: "normality" is not needed']
    assert _charges("tech.linear-regression-assumptions", text) == []


def test_a_need_denied_to_nobody_in_particular_is_still_a_dismissal() -> None:
    for text in (
        "You don't need normality at all.",
        "Normality is not needed.",
        "Normality is not needed for inference.",
        "Linear regression doesn't need normality.",
    ):
        charged = _charges("tech.linear-regression-assumptions", text)
        assert any(c.startswith("normality:") for c in charged), text
    # ... or to what the rubric speaks of: the verbose-wrong answers of heldout_charge49 and
    # heldout_wrong32, freed by a first version of the rule
    charged = _charges(
        "tech.reinforcement-learning",
        "The agent never needs to explore, because the labels already tell it what to do.",
    )
    assert any(c.startswith("exploration:") for c in charged)
    charged = _charges(
        "tech.k-means",
        "The number of clusters comes out of the algorithm, so you do not need to choose k in "
        "advance.",
    )
    assert any(c.startswith("assumptions:") for c in charged)


def test_a_rubric_sentence_called_useless_asserts_nothing() -> None:
    text = (
        "Latency is the hard limit here: a suggestion has to show up before the next keystroke, "
        "so I would precompute completions for popular prefixes in a trie and cache them."
    )
    # failed before: ['latency: "a suggestion has to show up before the next keystroke":
    # "before" where the accepted answer says "after" (...)']
    assert _charges("case.query-autocomplete", text) == []


def test_latency_waved_away_is_still_charged() -> None:
    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript
    from tests.core.scoring.test_flag66_verb_sides import _bank

    score = score_answer(
        _bank().get("case.query-autocomplete"),
        Transcript(
            "Latency does not matter much: a suggestion can arrive after the next keystroke."
        ),
    )
    assert score.misconceptions


def test_losses_named_without_mean_are_their_sides() -> None:
    text = (
        "Squared loss punishes big misses heavily, so it is sensitive to outliers. Absolute "
        "error is more robust. Huber mixes the two."
    )
    # failed before: ['mae: "sensitive", the opposite of "robust"']
    assert _charges("tech.regression-loss-functions", text) == []
    charged = _charges(
        "tech.regression-loss-functions",
        "Absolute error is sensitive to outliers, while squared error is robust to them.",
    )
    assert any(c.startswith("mae:") for c in charged)


def test_raising_a_flag_makes_nothing_higher() -> None:
    text = (
        "Accuracy misleads here. Of the cases the model raises a flag on, I count how many are "
        "real, and of the real ones how many it catches; then I pick the cut-off on held-out "
        "data using the costs of misses and false alarms."
    )
    # failed before: ['threshold: "raises", the opposite of "lower"']
    assert _charges("tech.imbalanced-data", text) == []
    tokens = tokenize("The model raises a flag. I raise the threshold.")
    assert _brought_up(tokens, tokens.words.index("raises"))
    assert not _brought_up(tokens, tokens.words.index("raise"))


def test_a_list_with_its_second_verb_left_out_is_two_statements() -> None:
    text = (
        "The two differ in the target. For the loss, classification usually takes cross-entropy "
        "on predicted probabilities, regression squared or absolute error."
    )
    qid = "tech.classification-vs-regression"
    # failed before: ['metrics-losses: "use cross entropy for regression"']
    assert not any(c.startswith("metrics-losses:") for c in _charges(qid, text))
    for wrong in (
        "I use cross-entropy for classification, regression too.",
        "You can use cross entropy for regression as well.",
    ):
        assert any(c.startswith("metrics-losses:") for c in _charges(qid, wrong)), wrong
