"""Comparatives given to the wrong side of a compared pair (issue 9, wrong32).

side_comparatives.py reads which side of a question's pair the model answer calls faster,
better, cheaper, more accurate ... and charges an answer that says the opposite of that side,
or the same of the other side. A question of an outside author's pack with no
``contradicted_by`` at all: the comparisons come from its model answer alone.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import KeyPoint, Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.definitions import swapped_definitions
from simulator.core.scoring.prompt_pairs import label_pairs, prompt_pairs
from simulator.core.scoring.side_comparatives import side_comparatives
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

_QUESTION = Question(
    id="tech.test-retrievers",
    category="technical",
    topic="retrieval",
    difficulty=2,
    prompt="What is the difference between sparse retrieval and dense retrieval for search?",
    time_limit_s=120,
    key_points=[
        KeyPoint(
            id="sparse",
            label="Sparse retrieval such as BM25 matches exact terms through an inverted index",
            weight=2,
            phrases=["inverted index", "exact terms", "bm25"],
        ),
        KeyPoint(
            id="dense",
            label="Dense retrieval embeds query and document into vectors and compares them",
            weight=2,
            phrases=["embeds", "vectors", "embedding"],
        ),
        KeyPoint(
            id="trade-off",
            label="Dense retrieval is better at paraphrases; sparse retrieval is cheaper to run",
            weight=2,
            phrases=["paraphrases", "synonyms", "cheaper to run"],
        ),
    ],
    model_answer=(
        "Sparse retrieval such as BM25 matches the exact terms of the query through an inverted "
        "index. Dense retrieval embeds the query and each document into vectors and compares "
        "them by cosine similarity. Dense retrieval is better at paraphrases and synonyms, while "
        "sparse retrieval is cheaper to run and needs no training."
    ),
)


def _charged(text: str) -> list[str]:
    tokens = tokenize(text)
    found = side_comparatives(_QUESTION, tokens, Stance(tokens))
    return [_QUESTION.key_points[k].id for k in found]


@pytest.mark.parametrize(
    "text",
    [
        "Sparse retrieval is better at paraphrases and synonyms than dense retrieval.",
        "Dense retrieval is worse at paraphrases, because vectors blur the meaning.",
        "Dense retrieval is cheaper to run than sparse retrieval.",
        "Sparse retrieval embeds text into vectors. It is better at paraphrases and synonyms.",
        # superlatives, "outperforms", "more expensive"
        "Of the two, sparse retrieval is the best at paraphrases and synonyms.",
        "Sparse retrieval outperforms dense retrieval on paraphrases.",
        "Sparse retrieval is the more expensive one to run.",
        # a plain form said of the side ("is cheap to run")
        "Dense retrieval is very cheap to run.",
    ],
)
def test_a_comparison_given_to_the_wrong_side_is_charged(text: str) -> None:
    assert _charged(text) == ["trade-off"]


@pytest.mark.parametrize(
    "text",
    [
        "Dense retrieval is better at paraphrases, and sparse retrieval is cheaper to run.",
        "Sparse retrieval is worse at paraphrases than dense retrieval but cheaper to run.",
        "Compared with sparse retrieval, dense retrieval handles synonyms better.",
        "Sparse retrieval is not better at paraphrases than dense retrieval.",
        "A common mistake is to think sparse retrieval is better at paraphrases.",
        "Is sparse retrieval better at paraphrases than dense retrieval?",
        "Sparse retrieval might be better at paraphrases on very short queries.",
        "Dense retrieval is the more expensive one to run.",
        "Dense retrieval outperforms sparse retrieval on paraphrases.",
        "Sparse retrieval is cheap to run.",
        # a plain form before a noun is said of the noun
        "Dense retrieval runs cheap nearest neighbour search over a small index.",
    ],
)
def test_a_right_denied_warned_or_hedged_comparison_is_not_charged(text: str) -> None:
    assert _charged(text) == []


def test_the_charge_costs_the_point_and_names_the_claim() -> None:
    right = score_answer(
        _QUESTION,
        Transcript(
            "Sparse retrieval such as BM25 matches exact terms through an inverted index, while "
            "dense retrieval embeds both texts into vectors. Dense retrieval is better at "
            "paraphrases and synonyms, and sparse retrieval is cheaper to run."
        ),
    )
    wrong = score_answer(
        _QUESTION,
        Transcript(
            "Sparse retrieval such as BM25 matches exact terms through an inverted index, while "
            "dense retrieval embeds both texts into vectors. Sparse retrieval is better at "
            "paraphrases and synonyms, and dense retrieval is cheaper to run."
        ),
    )
    point = next(k for k in wrong.key_points if k.id == "trade-off")
    assert point.status == "contradicted"
    assert point.contradiction is not None and "sparse retrieval" in point.contradiction
    assert wrong.overall < right.overall


def test_the_prompt_example_names_its_side() -> None:
    pairs = prompt_pairs(
        "Compare row-oriented formats such as CSV with columnar formats such as Parquet."
    )
    assert pairs == ((("row oriented formats", "csv"), ("columnar formats", "parquet")),)


def test_the_labels_subjects_named_together_in_the_prompt_are_a_pair() -> None:
    labels = (
        "A bi-encoder embeds the query and each document separately",
        "A cross-encoder reads the query and the document together",
        "Retrieve candidates first, then rerank them",
    )
    prompt = "When would you use a bi-encoder, and when a cross-encoder, in a search system?"
    assert label_pairs(prompt, labels) == ((("bi encoder",), ("cross encoder",)),)
    # named apart in the prompt, or by a generic word: no pair
    assert label_pairs("What does a bi-encoder do? And what else is used in search?", labels) == ()
    assert label_pairs("How is data used, and what model?", ("Data ...", "Model ...")) == ()


def test_a_prompt_pairs_description_given_to_the_other_side_is_a_wrong_claim() -> None:
    said = (
        "Dense retrieval matches the exact terms of the query through an inverted index. "
        "Sparse retrieval embeds the query and each document into vectors."
    )
    tokens = tokenize(said)
    assert swapped_definitions(_QUESTION, tokens, Stance(tokens))
    right = "Sparse retrieval matches the exact terms of the query through an inverted index."
    tokens = tokenize(right)
    assert swapped_definitions(_QUESTION, tokens, Stance(tokens)) == []


def test_a_comparative_said_of_its_own_clauses_noun_is_no_side_claim() -> None:
    """A correct bias-variance answer was charged "'lowest' said of variance": the word is
    predicated of "the total error" in its own clause (found by the CLI's score test on main)."""
    from simulator.bank import load_bank

    question = load_bank().get("tech.bias-variance")
    text = (
        "Bias is the error from a model that is too simple, so it underfits and misses the "
        "pattern. Variance is the error from being too sensitive to the training sample, so the "
        "model fits the noise and overfits. Making the model more complex lowers bias but raises "
        "variance, so the trade-off is to pick the complexity where the total error on "
        "validation data is lowest."
    )
    result = score_answer(question, Transcript(text))
    assert not [p for p in result.key_points if p.status == "contradicted"]
    assert result.overall >= 80
