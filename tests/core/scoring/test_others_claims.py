"""Claims the speaker does not make as their own are not charged (issue 9, charges21): a belief
put in someone else's mouth ("teams often assume X", "you'd think X"), a claim judged in the
clause after it ("X, which is a mistake"), a rubric claim whose later words belong to a second
statement joined by "and", advice against doing too much of a point, a verb denied in the
accepted view said as a noun in the answer, and "never below" said for "above"."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.stance import Stance, names_a_mistake
from simulator.core.scoring.text import tokenize, words
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import charged, one_question

CLAIM = "l2 gives sparse weights"


def _warned(text: str, claim: str = CLAIM) -> bool:
    tokens = tokenize(text)
    want = tuple(words(claim))
    at = next(i for i in range(len(tokens.words)) if tokens.words[i : i + len(want)] == want)
    return Stance(tokens).warned((at, at + len(want)))


@pytest.mark.parametrize(
    "text",
    [
        f"Teams often assume {CLAIM}, and they pay for it later.",
        f"You'd think {CLAIM}, but the penalty shrinks them smoothly.",
        f"One might expect that {CLAIM}.",
        f"I have seen people claim {CLAIM}; in practice it does not.",
        f"Some teams believe {CLAIM}.",
        f"Many candidates say {CLAIM}, which is a mistake.",
        f"Beginners write that {CLAIM}, but that is wrong.",
        f"Some say that {CLAIM}, but it does not hold.",
        f"It would be wrong to say {CLAIM}.",
    ],
)
def test_someone_elses_belief_or_a_judged_claim_is_warned_against(text: str) -> None:
    assert _warned(text)


@pytest.mark.parametrize(
    "text",
    [
        f"I think {CLAIM}.",
        f"We assume {CLAIM} here.",
        f"You can assume {CLAIM}.",
        f"Teams often assume it helps, and that is right: {CLAIM}.",
        f"Clearly {CLAIM}, which is why I use it for selection.",
        f"Clearly {CLAIM}, and that makes the model smaller.",
    ],
)
def test_the_speakers_own_claim_stays_a_claim(text: str) -> None:
    assert not _warned(text)


PACK = """
questions:
  - id: tech.and-test
    category: technical
    topic: evaluation
    difficulty: 2
    prompt: What are the training, validation and test sets for, and is spam the same for everyone?
    time_limit_s: 120
    key_points:
      - id: roles
        label: The validation set tunes hyperparameters; the test set gives the final estimate
        weight: 3
        phrases: [validation set tunes hyperparameters, final estimate]
        contradicted_by: ["tune hyperparameters on the test set"]
      - id: personal
        label: What counts as spam differs between users
        weight: 1
        phrases: [differs between users]
        contradicted_by: ["spam is the same for every user"]
    misconceptions:
      - id: noise-ce
        phrases: [gaussian noise gives cross entropy]
        correction: Gaussian noise gives squared error; a Bernoulli label gives cross-entropy.
    model_answer: >-
      The training set fits the model, the validation set tunes hyperparameters and the test
      set gives the final estimate. What counts as spam differs between users.
"""


def test_a_claims_later_words_in_a_second_statement_are_not_the_claim() -> None:
    question = one_question(PACK, "and.yaml")
    right = (
        "The training set fits the model, the validation set tunes hyperparameters and the "
        "test set gives a final unbiased estimate. Gaussian noise gives mean squared error and "
        "a Bernoulli label gives cross-entropy."
    )
    assert charged(question, right) == []
    assert charged(question, "I tune hyperparameters on the test set.") == ["roles"]
    # "and the same" is no new statement: no verb of its own follows
    said = charged(question, "I'd skip that, since spam is objective and the same for every user.")
    assert said == ["personal"]


def test_advice_against_too_much_of_a_point_is_not_against_the_point(bank: QuestionBank) -> None:
    text = (
        "PCA is linear and keeps global variance, while t-SNE and UMAP are non-linear and keep "
        "local neighbourhoods. You should not read too much into the distances between clusters "
        "or the sizes of the clusters in their plots."
    )
    score = score_answer(bank.get("tech.tsne-umap"), Transcript(text))
    assert not [k.id for k in score.key_points if k.contradiction]
    assert score.overall > 30


def test_a_denied_verb_said_as_a_noun_and_never_below_for_above(bank: QuestionBank) -> None:
    weak = "Recommendation systems suggest items to users. Netflix uses them."
    score = score_answer(bank.get("tech.collaborative-filtering"), Transcript(weak))
    assert not [k.id for k in score.key_points if k.contradiction]
    convex = (
        "A loss is convex when the straight line between any two points on its graph never lies "
        "below the graph, so every local minimum is a global minimum."
    )
    score = score_answer(bank.get("tech.local-minima-convexity"), Transcript(convex))
    assert not [k.id for k in score.key_points if k.contradiction]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("You'd think boosting never overfits with more rounds.", True),
        ("Teams often assume a bigger batch is always better.", True),
        ("I think boosting needs a small learning rate.", False),
    ],
)
def test_someone_elses_belief_names_a_mistake(text: str, names: bool) -> None:
    """The sweeping-claims check skips a sentence that names a mistake and the one after it
    (they say what is right instead, often as absolutely), so a belief put in someone else's
    mouth must count as one."""
    assert names_a_mistake(tokenize(text).words) is names


def test_a_yield_claim_said_with_another_verb_is_charged() -> None:
    """ "absolute error is minimized by the mean" said as "absolute error gives the mean", "l2
    gives sparse solutions" as "l2 leads to sparse solutions"."""
    question = one_question(YIELD_PACK, "yield.yaml")
    wrong = "Squared error gives the median and absolute error gives the conditional mean."
    assert charged(question, wrong) == ["mae"]
    assert charged(question, "In practice L2 regularization leads to sparse solutions.") == ["l2"]
    right = "Absolute error gives the conditional median, squared error the mean."
    assert charged(question, right) == []


YIELD_PACK = """
questions:
  - id: tech.yield-test
    category: technical
    topic: losses
    difficulty: 2
    prompt: What do squared and absolute error estimate, and what does an l2 penalty do?
    time_limit_s: 120
    key_points:
      - id: mae
        label: Absolute error is minimized by the conditional median
        weight: 3
        phrases: [conditional median]
        contradicted_by: ["absolute error is minimized by the mean"]
      - id: l2
        label: An l2 penalty shrinks weights smoothly without zeroing them
        weight: 2
        phrases: [shrinks weights smoothly]
        contradicted_by: ["l2 gives sparse solutions"]
    model_answer: >-
      Absolute error is minimized by the conditional median and squared error by the mean. An
      l2 penalty shrinks weights smoothly without zeroing them.
"""
