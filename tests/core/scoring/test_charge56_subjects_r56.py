"""Correct answers charged by the pair-side and antonym checks (charge56, issue 9): a word said
in a clause with its own named subject ("*newer models* give a word a different vector",
"because *a ReLU* zeroes half of its inputs") was
read as said of the point's subject or of the other side of a pair; a clause opening on "it"
after a sentence naming only the other side was read as the point's; "n *times* d" was read as
a property of a name. Each text was charged at main d4d76f12 (the dev answers they come from:
heldout_para44 word2vec, heldout_para55 matrix-factorization, heldout_wrongf25 momentum,
heldout_charge53 weight-initialization, heldout_fair49 bert-vs-gpt and normal-equation-vs-gd);
the wrong claims stay charged."""

from __future__ import annotations

import pytest

from simulator.core.scoring.clause_subject import explicit_subject, opens_on_a_pronoun
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import charged, shipped_question


@pytest.mark.parametrize(
    ("question", "text"),
    (
        (
            "tech.word2vec",
            "Word2vec learns one vector per word from the words around it in a small window. "
            "Newer models give a word a different vector each time, depending on the sentence "
            "around it.",
        ),
        (
            "tech.matrix-factorization",
            "With clicks a missing entry never tells you the user disliked the item; it may only "
            "mean they never saw it. Some users always click the same few items, and their rows "
            "look almost identical.",
        ),
        (
            "tech.momentum",
            "It is a myth that momentum guarantees the global minimum. It accumulates a velocity "
            "from past gradients, so steps grow along consistent directions and oscillations "
            "cancel.",
        ),
    ),
)
def test_a_direction_word_of_another_subject_is_no_flip_r56(question: str, text: str) -> None:
    assert charged(shipped_question(question), text) == []


@pytest.mark.parametrize(
    ("question", "text"),
    (
        (
            "tech.weight-initialization",
            "Unlike Xavier, which assumes a roughly linear activation around zero, He "
            "initialization uses variance 2/fan_in, because a ReLU zeroes half of its inputs and "
            "so halves the variance. Random initialization breaks the symmetry; biases, on the "
            "other hand, can safely start at zero.",
        ),
        (
            "tech.bert-vs-gpt",
            'A BERT-style encoder, given "the [MASK] raised its rates", uses both "the" on the '
            'left and "raised its rates" on the right to guess "bank", and the vector it builds '
            'for "bank" already knows it is the money kind, because it saw the words after it.',
        ),
        (
            "tech.normal-equation-vs-gd",
            "People sometimes say gradient descent is used because it finds a better solution "
            "than the normal equation; for least squares it does not, the loss is convex and "
            "both reach the same minimum. The reasons are practical: the closed form inverts a d "
            "by d matrix at order d cubed cost and needs all the data in memory, while "
            "stochastic gradient descent costs order n times d per pass, streams mini-batches, "
            "learns online, copes with a singular or ill-conditioned X transpose X, and extends "
            "to losses and penalties that have no closed form, such as L1.",
        ),
    ),
)
def test_a_word_of_a_third_subject_is_no_swap_r56(question: str, text: str) -> None:
    assert charged(shipped_question(question), text) == []


@pytest.mark.parametrize(
    ("question", "text", "point"),
    (
        (
            "tech.matrix-factorization",
            "With implicit feedback a missing click always means the user disliked the item.",
            "implicit",
        ),
        (
            "tech.momentum",
            "Momentum makes the oscillations grow across the steep directions.",
            "ravines",
        ),
        (
            "tech.bias-variance",
            "High variance means the model is too simple and underfits; high bias means it is "
            "too flexible and overfits.",
            "variance",
        ),
        (
            "tech.bias-variance",
            "When variance is high, the model is too simple and underfits. When bias is high, the "
            "model is too flexible and overfits.",
            "bias",
        ),
        (
            "tech.bert-vs-gpt",
            "GPT is a decoder. It sees the words after each token as well, because its attention "
            "is bidirectional.",
            "gpt-objective",
        ),
    ),
)
def test_the_wrong_claim_stays_charged_r56(question: str, text: str, point: str) -> None:
    assert point in charged(shipped_question(question), text)


@pytest.mark.parametrize(
    ("text", "word", "subject"),
    (
        ("Newer models give a word a different vector.", "different", ("newer", "models")),
        ("Some users always click the same items.", "always", ("users",)),
        ("High bias means the model is too simple.", "simple", ("high", "bias")),
        ("Because a ReLU zeroes half of its inputs.", "zeroes", ("relu",)),
        ("Inverting it is slow and is unstable.", "unstable", None),
        ("It makes the weights sparse.", "sparse", None),
    ),
)
def test_explicit_subject_r56(text: str, word: str, subject: tuple[str, ...] | None) -> None:
    tokens = tokenize(text)
    span = explicit_subject(tokens, tokens.words.index(word))
    assert (span and tokens.words[span[0] : span[1]]) == subject


def test_opens_on_a_pronoun_r56() -> None:
    tokens = tokenize("BERT reads both sides, because it saw the words after the mask.")
    assert opens_on_a_pronoun(tokens, tokens.words.index("after"))
    assert not opens_on_a_pronoun(tokens, tokens.words.index("both"))
