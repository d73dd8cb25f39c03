"""Swapped definitions of the subjects a prompt names (wrong29, issue 9): "how do t-SNE and UMAP
differ from PCA", "why did transformers replace recurrent networks", "how is it different from
supervised learning", "when would you choose it over k-means". A key point whose label names no
side belongs to the side the model answer says its words of; an answer giving that property to
the other subject contradicts the point. The correct sentence, a comparison ("unlike X, Y ..."),
a warning ("people confuse X with Y: ..."), a denial and a question the candidate asks are not
charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring.prompt_pairs import TRAINING_INFERENCE, prompt_pairs, subject_pair
from tests.core.scoring.rubric_charges import contradictions


def test_prompt_forms_name_two_subjects() -> None:
    assert prompt_pairs("How do t-SNE and UMAP differ from PCA, and what pitfalls?") == (
        (("t sne", "umap"), ("pca",)),
    )
    # "it" is what the prompt asked about first
    assert prompt_pairs(
        "Explain reinforcement learning. How is it different from supervised learning?"
    ) == ((("reinforcement learning",), ("supervised learning",)),)
    assert prompt_pairs("How does DBSCAN work, and when would you choose it over k-means?") == (
        (("dbscan",), ("k means",)),
    )
    # a shared head is dropped; a common name's short forms name it too
    ((transformers, recurrent),) = prompt_pairs(
        "Why did transformers largely replace recurrent networks for language tasks?"
    )
    assert "transformer" in transformers and "rnn" in recurrent
    # a list to compare: each two of them, without the head they all share
    assert prompt_pairs("Compare impurity based importance, permutation importance and SHAP.") == (
        (("impurity based",), ("permutation",)),
        (("impurity based",), ("shap",)),
        (("permutation",), ("shap",)),
    )
    # no subject: "replace the current one", "differ from both"
    assert (
        prompt_pairs("How would you decide whether a new model should replace the current one?")
        == ()
    )
    assert prompt_pairs("How does a fully Bayesian approach differ from both?") == ()
    (tsne,) = prompt_pairs("How do t-SNE and UMAP differ from PCA?")
    assert subject_pair(tsne)
    assert not subject_pair(TRAINING_INFERENCE)


@pytest.mark.parametrize(
    ("qid", "text", "point", "words"),
    [
        (
            "tech.transformers-vs-rnns",
            "A recurrent network processes all the positions of the sequence in parallel, while a"
            " transformer must read the tokens one by one.",
            "parallelism",
            "said of recurrent",
        ),
        (
            "tech.tsne-umap",
            "t-SNE and UMAP are linear projections. PCA is the non-linear method that only"
            " preserves local neighbourhoods.",
            "nonlinear-local",
            "said of pca",
        ),
        (
            "tech.dbscan",
            "K-means is the density based one: it grows clusters from core points.",
            "density",
            "said of k means",
        ),
        (
            "tech.reinforcement-learning",
            "Supervised learning is the approach where an agent acts in an environment and learns"
            " from delayed rewards.",
            "agent-environment",
            "said of supervised learning",
        ),
    ],
)
def test_property_given_to_the_other_subject_is_charged(
    bank: QuestionBank, qid: str, text: str, point: str, words: str
) -> None:
    found = contradictions(bank.questions[qid], text)
    assert words in found.get(point, "")


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        # the correct sentence
        ("tech.transformers-vs-rnns", "A transformer processes all positions in parallel."),
        (
            "tech.transformers-vs-rnns",
            "RNNs process tokens one after another, whereas transformers process all positions in"
            " parallel.",
        ),
        # a comparison
        (
            "tech.transformers-vs-rnns",
            "Unlike an RNN, a transformer processes all positions in parallel.",
        ),
        ("tech.tsne-umap", "Unlike PCA, t-SNE is nonlinear and preserves local structure."),
        ("tech.dbscan", "Unlike k-means, which is centroid based, DBSCAN is density based."),
        (
            "tech.tsne-umap",
            "PCA preserves global rather than local structure, and t-SNE keeps neighbors close.",
        ),
        # a warning
        ("tech.tsne-umap", "People confuse PCA with t-SNE: PCA is linear, t-SNE is nonlinear."),
        (
            "tech.transformers-vs-rnns",
            "A common mistake is to think an RNN processes all positions in parallel; it reads them"
            " one at a time.",
        ),
        # a denial
        ("tech.dbscan", "K-means is not density based, it assigns points to the nearest centroid."),
        (
            "tech.reinforcement-learning",
            "In supervised learning there is no agent and no environment, just labeled examples.",
        ),
        # a question the candidate asks
        (
            "tech.transformers-vs-rnns",
            "Why can't an RNN process all positions in parallel? Because each step needs the"
            " previous hidden state.",
        ),
        ("tech.tsne-umap", "Is PCA nonlinear like t-SNE? No, PCA is a linear projection."),
        # a point whose words the model answer scatters over a side's clause gives it no side:
        # transformers still generate token by token (inference), RNNs process tokens in turn
        ("tech.transformers-vs-rnns", "At inference a transformer still generates token by token."),
    ],
)
def test_correct_sentences_are_not_charged(bank: QuestionBank, qid: str, text: str) -> None:
    assert contradictions(bank.questions[qid], text) == {}
