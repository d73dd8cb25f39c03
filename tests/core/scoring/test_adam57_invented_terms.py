"""The invented-meaning check reads a key point's phrase as the whole term (issue 9, adam57).

invented_meanings.py charges a sentence that defines a key point's term as a kind of thing it is
not. It matched the subject against the phrase's content words with one-letter and generic words
dropped, so a phrase shrank to one word of another term: "adam w" (AdamW) to "adam", "learns a
value" to "learn". Correct weak answers that define the question's own method were charged:
"Adam is an optimizer that adapts the learning rate ..." as an invented meaning of AdamW (the
trade-offs point), "reinforcement learning is when a model learns by trial and error" as one of
a value-learning method.
"""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring.invented_meanings import _term_stems, invented_meanings
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize


def _invented(bank: QuestionBank, qid: str, text: str) -> dict[str, str]:
    question = bank.get(qid)
    tokens = tokenize(text)
    found = invented_meanings(question, tokens, Stance(tokens))
    return {question.key_points[k].id: c.claim for k, c in found.items()}


def test_a_phrase_keeps_its_one_letter_and_generic_words() -> None:
    assert _term_stems("adam w") == {"adam", "w"}
    assert _term_stems("q learning") == {"q", "learn"}
    assert _term_stems("learns a value") == {"learn", "valu"}


def test_defining_adam_is_not_defining_adamw(bank: QuestionBank) -> None:
    for text in (
        "Adam is an optimizer that adapts the learning rate and usually works well out of the box.",
        "Adam is an adaptive optimizer that is popular for deep learning.",
        "Adam is an optimizer that adapts the learning rate as training goes on.",
    ):
        assert _invented(bank, "tech.adam-optimizer", text) == {}, text


def test_defining_the_paradigm_is_not_defining_a_method_of_it(bank: QuestionBank) -> None:
    text = (
        "Reinforcement learning is when a model learns by trial and error, like training a dog"
        " with treats, while supervised learning learns from data."
    )
    assert _invented(bank, "tech.reinforcement-learning", text) == {}


def test_a_whole_term_given_an_invented_meaning_is_still_charged(bank: QuestionBank) -> None:
    found = _invented(
        bank, "tech.adam-optimizer", "AdamW is a learning-rate schedule that warms up the rate."
    )
    assert "tradeoffs" in found
    found = _invented(
        bank,
        "tech.adam-optimizer",
        "Bias correction is a regularization term that removes the bias of the model's predictions.",
    )
    assert "bias-correction" in found


def test_a_definition_read_with_the_clauses_that_go_on_with_it(bank: QuestionBank) -> None:
    # "..., which is minimizing log loss" says what the rubric says of training by maximum
    # likelihood: the definition is the rubric's, not an invented one
    text = (
        "Training by maximum likelihood means choosing the weights that make the observed labels"
        " most probable, which is minimizing log loss."
    )
    assert _invented(bank, "tech.logistic-regression", text) == {}
    wrong = (
        "Training by maximum likelihood means picking the weights that make the largest feature"
        " values the most likely."
    )
    assert "training" in _invented(bank, "tech.logistic-regression", wrong)
