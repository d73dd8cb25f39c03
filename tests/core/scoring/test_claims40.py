"""Correct answers charged, by class (issue 9, claims40). Each correct answer here was charged
before the change; each wrong twin still is.

* A dismissal hedged in its own sentence (dismissals.py): "dropout isn't needed in every
  network", "warmup isn't needed for every model, only if ...", "biases at zero aren't a
  problem, unless ...", "the bias correction isn't needed after the first few hundred steps,
  but it matters at the start" were charged as "X is not needed".
* A sentence going on about the one before through a pronoun (relation_facts.py): "BERT is an
  encoder ... . It is pretrained with masked language modelling" read the masking as said of no
  one, and BERT's self-attention against GPT's causal masking as an exchange.
* A word said again in a swapped-definition run (definitions.py): three "token"s made a run of
  five with GPT's description out of words both sides say.
* The side a comparison ranks against (pair_sides.py): "it is better than GPT at understanding
  tasks like classification" gave classification to GPT.
* A verb with its own object in a rubric claim's gap (claims_gaps.py): "the M step computes
  each mean as the responsibility weighted average" matched "the m step computes the
  responsibilities".
* A direction inside the condition of an instruction (opposites.py): "Unfreeze the upper
  layers only if the validation score stops improving and you have more data".
* A comparison weighed back (comparisons.py): "a single holdout split is cheaper than k fold
  but noisier", "... but gives a similar averaging effect", "..., though more data is more
  effective than any penalty".
* What the asked method does against what the rubric says of its baseline (claims.py):
  "so it dampens the zigzag, speeds progress along shallow directions" against "plain gradient
  descent will ... make slow progress along the floor".
* An attribute a side leaves out (contradiction.py): "the input distribution is ignored by the
  discriminative model".
* A denial of the whole against a restriction, and of what should happen against a case the
  rubric supposes (claims.py): "not storing all the activations" against "stores only the
  activations at checkpoint boundaries"; "transformations that should not change the label"
  against "things go wrong when a transformation changes the label".
* Warning frames (stance.py, claims.py): a claim asked and answered "no" ("Ridge sets weights
  to zero? No, ..."), a verdict named with its kind after the claim ("... is the classic
  failure", "... is the most common misreading"), "I've heard it said that X", "If you
  thought X, think again", "X, or so many dashboards imply".
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from tests.core.scoring.rubric_charges import charged, told_charges

REPO = Path(__file__).resolve().parents[3]


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _charges(qid: str, text: str) -> list[str]:
    return told_charges(_bank().get(qid), text)


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.regularization",
            "Dropout isn't needed in every network; it matters less when you have a lot of data.",
        ),
        (
            "tech.learning-rate-schedules",
            "Warmup isn't needed for every model, only if you train large transformers or use "
            "big batches, where early steps are unstable.",
        ),
        (
            "tech.adam-optimizer",
            "The bias correction isn't needed after the first few hundred steps, but it matters "
            "at the start.",
        ),
        (
            "tech.weight-initialization",
            "Biases at zero aren't a problem, unless the weights are identical too.",
        ),
        (
            "tech.larger-than-memory",
            "Streaming isn't a problem for SGD, unless the shards are sorted by date or by class.",
        ),
    ],
)
def test_a_hedged_dismissal_is_no_dismissal(qid: str, said: str) -> None:
    assert [c for c in _charges(qid, said) if "is not needed" in c] == []


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("tech.regularization", "Dropout isn't needed. It matters less when you have data."),
        ("tech.learning-rate-schedules", "Warmup isn't needed at all."),
        ("tech.adam-optimizer", "The bias correction isn't needed, but Adam is fast."),
        ("tech.weight-initialization", "Biases at zero aren't a problem."),
    ],
)
def test_a_plain_dismissal_is_still_charged(qid: str, said: str) -> None:
    assert [c for c in _charges(qid, said) if "is not needed" in c]


_BERT_STRONG = (
    "BERT is an encoder-only transformer with bidirectional self-attention: every token attends "
    "to tokens on both sides. It is pretrained with masked language modelling, predicting hidden "
    "tokens from context, and yields representations that are fine-tuned for classification. "
    "GPT is a decoder-only transformer with causal masking: each token attends only to earlier "
    "ones, trained to predict the next token, which makes it a natural generator."
)


@pytest.mark.parametrize(
    "said",
    [
        _BERT_STRONG,
        # the passive, with "token" said three times
        "In BERT, each token is attended to by tokens on both sides, and the model is trained by "
        "hiding tokens and having them predicted. In GPT, future tokens are masked, and the "
        "model is trained on the next word.",
        # the side ranked against
        "BERT sees context on both sides, so it is better than GPT at understanding tasks like "
        "classification, while GPT is better at generation, since it is trained to continue "
        "text.",
    ],
)
def test_a_correct_encoder_decoder_answer_is_not_charged(said: str) -> None:
    assert _charges("tech.bert-vs-gpt", said) == []


@pytest.mark.parametrize(
    "said",
    [
        "BERT is a decoder-only transformer with causal masking trained to predict the next "
        "token. GPT is an encoder with bidirectional attention trained with masked language "
        "modelling.",
        "GPT is better than BERT at classification and named entity recognition, while BERT is "
        "better at generation.",
    ],
)
def test_the_sides_exchanged_are_still_charged(said: str) -> None:
    assert _charges("tech.bert-vs-gpt", said) != []


def test_a_swapped_definition_in_other_words_is_still_charged() -> None:
    said = (
        "Skip-gram averages the surrounding context words and predicts the center word, while "
        "CBOW takes the center word and predicts each context word."
    )
    assert _charges("tech.word2vec", said) != []


def test_a_verb_with_its_own_object_does_not_say_the_claim() -> None:
    qid = "tech.gaussian-mixture-models"
    right = "The M step then computes each mean as the responsibility weighted average."
    assert _charges(qid, right) == []
    assert "em" in charged(_bank().get(qid), "The M step computes the responsibilities.")


def test_a_direction_in_the_condition_of_an_instruction_is_no_claim() -> None:
    qid = "tech.transfer-learning"
    right = (
        "Unfreeze the upper layers only if the validation score stops improving and you have "
        "more data, and even then with a lower learning rate."
    )
    assert _charges(qid, right) == []
    wrong = "Transfer learning needs more labeled data than training from scratch."
    assert "benefits" in charged(_bank().get(qid), wrong)


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("tech.l1-vs-l2", "Ridge sets weights to zero? No, it only shrinks them toward zero."),
        ("tech.l1-vs-l2", "Does ridge set weights to zero? No, it shrinks them."),
        ("tech.l1-vs-l2", "Ridge does feature selection, right? Wrong: that's lasso."),
        (
            "tech.cross-validation",
            "Using random k fold for time series is the classic failure, since the folds leak "
            "the future.",
        ),
        (
            "tech.p-values",
            "Reading the p value as the probability that the null hypothesis is true is the most "
            "common misreading.",
        ),
        (
            "tech.dropout",
            "I've heard it said that dropout is still applied at test time; it isn't.",
        ),
        (
            "tech.precision-recall-f1",
            "If you thought F1 is the simple average of precision and recall, think again: it "
            "is the harmonic mean.",
        ),
        (
            "tech.p-values",
            "A p value tells you the probability the null is true, or so many dashboards imply; "
            "in fact it assumes the null.",
        ),
    ],
)
def test_a_claim_in_a_warning_frame_is_not_charged(qid: str, said: str) -> None:
    assert _charges(qid, said) == []


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("tech.l1-vs-l2", "Ridge sets weights to zero. It is a simple penalty."),
        ("tech.l1-vs-l2", "Does it help? Ridge sets weights to zero, so it selects features."),
        ("tech.cross-validation", "Random k fold works for time series, which is convenient."),
        ("tech.p-values", "The p value is the probability that the null is true."),
        ("tech.dropout", "I've heard it works well, and dropout is still applied at test time."),
    ],
)
def test_the_claim_said_plainly_is_still_charged(qid: str, said: str) -> None:
    assert _charges(qid, said) != []


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("tech.cross-validation", "A single holdout split is cheaper than k fold but noisier."),
        (
            "tech.dropout",
            "Dropout is cheaper than training a real ensemble but gives a similar averaging "
            "effect.",
        ),
        (
            "tech.regularization",
            "Dropout is cheaper to add than collecting more data, though more data is more "
            "effective than any penalty.",
        ),
    ],
)
def test_a_comparison_weighed_back_ranks_nothing(qid: str, said: str) -> None:
    assert _charges(qid, said) == []


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("tech.cross-validation", "A single holdout split is better than k fold."),
        ("tech.regularization", "More data is more effective than any penalty."),
    ],
)
def test_a_plain_ranking_is_still_charged(qid: str, said: str) -> None:
    assert _charges(qid, said) != []


@pytest.mark.parametrize(
    "said",
    [
        "Directions where gradients agree accumulate speed, while oscillating components cancel "
        "out, so it dampens the zigzag, speeds progress along shallow directions and smooths "
        "the noise of mini batches.",
        "That damps oscillation, accelerates progress along shallow valleys and reduces noise "
        "from stochastic gradients; Nesterov is a look ahead variant.",
    ],
)
def test_what_the_method_does_is_not_set_against_its_baseline(said: str) -> None:
    assert _charges("tech.momentum", said) == []


def test_an_attribute_left_out_is_not_given_to_that_side() -> None:
    qid = "tech.generative-vs-discriminative"
    right = "The input distribution is ignored by the discriminative model."
    assert _charges(qid, right) == []
    wrong = (
        "A discriminative model learns the input distribution, while a generative model learns "
        "only the boundary."
    )
    assert _charges(qid, wrong) != []


_PACKS = REPO / "tests" / "core" / "scoring" / "packs"


@lru_cache(maxsize=1)
def _pack_bank() -> QuestionBank:
    return load_packs([REPO / "questions", _PACKS / "para32held"])


def _pack_charges(qid: str, text: str) -> list[str]:
    return told_charges(_pack_bank().get(qid), text)


def test_not_all_agrees_with_only() -> None:
    qid = "tech.p32h-gradient-checkpointing"
    right = (
        "Gradient checkpointing saves memory by not storing all the activations during the "
        "forward pass and recomputing them during backpropagation."
    )
    assert _pack_charges(qid, right) == []
    wrong = "Gradient checkpointing does not store the activations at the checkpoint boundaries."
    assert _pack_charges(qid, wrong) != []


def test_what_should_not_happen_agrees_with_the_case_the_rubric_supposes() -> None:
    qid = "tech.p32h-data-augmentation"
    right = (
        "Augmentation creates modified copies of training examples with transformations that "
        "should not change the label."
    )
    assert _pack_charges(qid, right) == []
    wrong = "A transformation never changes the label, so any flip or crop is safe."
    assert _pack_charges(qid, wrong) != []
