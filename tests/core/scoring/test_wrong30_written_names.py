"""Named alternatives the model answer tells apart, swapped by an answer (wrong30, issue 9;
named_sides.py). The names come from the model answer (written with capitals, an acronym with
the words it stands for, a label's "X for ..., Y for ...") and from the pairs the model answer
says both sides of; a swap is charged only when the answer moves a word of each name's own to
the other, both ways. A pack with no ``contradicted_by`` and no misconceptions gets it too."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, QuestionBank
from simulator.core.scoring.named_sides import crossed
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import charged, one_question

# A user's pack: no contradicted_by, no misconceptions; the names are written with capitals.
PACK = """
questions:
  - id: tech.adaptive-steps-test
    category: technical
    topic: optimization
    difficulty: 2
    prompt: When would you use Adagrad, and what problem does RMSprop fix?
    time_limit_s: 120
    key_points:
      - id: adagrad-sum
        label: Adagrad accumulates all past squared gradients, which suits sparse features
        weight: 2
        phrases: [sum of squared gradients, sparse features, accumulates, decays toward zero]
      - id: rmsprop-average
        label: RMSprop uses a moving average so the step size stops shrinking
        weight: 2
        phrases: [moving average, exponential average, stops shrinking]
    model_answer: >-
      Adagrad divides each step by the square root of the sum of all past squared gradients, so
      rare features get large steps, which suits sparse data, but the accumulated sum only grows
      and the learning rate decays toward zero. RMSprop replaces the sum with an exponential
      moving average of squared gradients, so the step size stops shrinking and training keeps
      making progress.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "adaptive_steps.yaml")


def _crossed(question: Question, text: str) -> dict[int, tuple[str, str]]:
    tokens = tokenize(text)
    return crossed(question, tokens, Stance(tokens))


def test_a_swap_of_written_names_is_charged_without_any_rubric_claim(question: Question) -> None:
    text = (
        "Adagrad keeps an exponential moving average of the squared gradients, so its step size "
        "never shrinks. RMSprop sums all past squared gradients, so its learning rate decays "
        "toward zero, which suits sparse data."
    )
    assert charged(question, text)
    found = _crossed(question, text)
    assert found and all("said of" in claim for claim, _ in found.values())


@pytest.mark.parametrize(
    "text",
    [
        # the model answer's own claims, in other words
        "Adagrad sums every past squared gradient, which is great for sparse features, but the "
        "rate decays toward zero. RMSprop uses an exponential moving average instead, so the "
        "step size stops shrinking.",
        # a word moved one way only: no swap ("also" grants, and one stray word is no swap)
        "Adagrad suits sparse data. RMSprop keeps a moving average, and it is fine on sparse "
        "data as well.",
        # both moves denied
        "Adagrad does not keep a moving average. RMSprop does not sum all past squared gradients.",
        # a question the candidate asks
        "Does Adagrad keep a moving average? Does RMSprop sum all the past gradients?",
    ],
)
def test_correct_or_denied_or_asked_is_not_charged(question: Question, text: str) -> None:
    assert _crossed(question, text) == {}


def test_names_from_a_shipped_model_answer(bank: QuestionBank) -> None:
    """Xavier/Glorot and He/Kaiming are no fixed pair and no prompt's pair: the model answer
    names them (an opening "Xavier or Glorot", a small word "He" read with the word after it),
    and "for ReLU" after He is said of He."""
    q = bank.get("tech.weight-initialization")
    wrong = (
        "Kaiming initialization was made for sigmoid and tanh layers, whereas Glorot "
        "initialization targets ReLU networks."
    )
    assert _crossed(q, wrong)
    right = "Glorot initialization suits tanh, and Kaiming initialization suits ReLU layers."
    assert _crossed(q, right) == {}


def test_an_acronym_is_named_by_the_words_it_stands_for(bank: QuestionBank) -> None:
    """The label's "ICE" and "PDP" are also "individual conditional expectation" and "partial
    dependence plot", the words an answer says."""
    q = bank.get("tech.partial-dependence")
    wrong = (
        "An individual conditional expectation plot gives the average prediction as a single "
        "curve, and the partial dependence plot draws a line for each row of the data."
    )
    assert _crossed(q, wrong)
    right = (
        "The partial dependence plot gives the average prediction as one curve, and an "
        "individual conditional expectation plot draws a line for each row."
    )
    assert _crossed(q, right) == {}


def test_sentences_opening_on_one_head_name_alternatives(bank: QuestionBank) -> None:
    """ "Stratified k-fold keeps ...", "Group k-fold keeps ...": two sentences of the model
    answer opening on one word and a head they share name two alternatives."""
    q = bank.get("tech.cross-validation")
    wrong = (
        "Group k-fold makes each fold keep the class proportions of the data, while stratified "
        "k-fold keeps every row of one patient together so nothing leaks."
    )
    assert _crossed(q, wrong)
    right = (
        "Stratified k-fold keeps the class proportions in every fold, while group k-fold keeps "
        "every row of one patient together so nothing leaks."
    )
    assert _crossed(q, right) == {}
