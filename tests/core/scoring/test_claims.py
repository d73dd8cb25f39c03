"""Wrong claims found against the accepted view (claims.py) and dismissed practices
(dismissals.py): charged, named with the accepted sentence, never said of a correct answer."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.embeddings-2d
    category: technical
    topic: visualisation
    difficulty: 2
    prompt: How do t-SNE and UMAP differ from PCA, and how should you read their plots?
    time_limit_s: 120
    key_points:
      - id: nonlinear
        label: t-SNE and UMAP are nonlinear and keep neighbourhoods
        weight: 3
        phrases: [neighbours, neighborhoods, local structure]
      - id: pca
        label: PCA is a linear projection that keeps the directions of largest variance
        weight: 2
        phrases: [linear projection, largest variance]
      - id: versioned
        label: Keep each plot's data snapshot and random seed
        weight: 2
        phrases: [data snapshot, random seed]
    model_answer: >-
      t-SNE and UMAP are nonlinear methods whose goal is to preserve local structure, so points
      that are neighbours stay together. PCA is a linear projection onto the directions of
      largest variance. I keep the data snapshot and the random seed of every plot.
"""


def _only_question(pack: str, name: str) -> Question:
    """The one question of a pack written for a test (a problem in it fails the test)."""
    questions, problems = parse_pack(pack, name)
    assert not problems
    return questions[0]


@pytest.fixture(scope="module")
def question() -> Question:
    return _only_question(PACK, "claims.yaml")


def test_a_swapped_counterpart_costs_its_key_point_and_names_the_accepted_view(
    question: Question,
) -> None:
    right = "t-SNE and UMAP are nonlinear methods that keep neighbours together."
    wrong = "t-SNE and UMAP are linear methods that keep neighbours together."
    good = score_answer(question, Transcript(right))
    bad = score_answer(question, Transcript(wrong))
    point = {k.id: k for k in bad.key_points}["nonlinear"]
    assert (point.status, point.credit) == ("contradicted", 0.0)
    assert point.contradiction is not None and "accepted view" in point.contradiction
    assert "nonlinear methods whose goal" in point.contradiction
    assert point.evidence == wrong
    assert bad.overall < good.overall


def test_a_reversed_polarity_is_a_wrong_claim(question: Question) -> None:
    text = "PCA is not a linear projection, it bends the space."
    point = {k.id: k for k in score_answer(question, Transcript(text)).key_points}["pca"]
    assert point.status == "contradicted" and point.contradiction is not None


@pytest.mark.parametrize(
    "text",
    [
        # warned against, hedged, or a both-sides comparison: nothing charged
        "A common mistake is to think t-SNE and UMAP are linear methods like PCA.",
        "You might think t-SNE and UMAP are linear methods, but they are not.",
        "PCA is linear, whereas t-SNE and UMAP are nonlinear methods that keep neighbours close.",
        "Unlike PCA, a linear projection, t-SNE and UMAP keep local structure.",
    ],
)
def test_a_claim_not_asserted_as_ones_own_is_not_charged(question: Question, text: str) -> None:
    score = score_answer(question, Transcript(text))
    assert all(k.contradiction is None for k in score.key_points)
    assert score.misconceptions == []


def test_a_dismissed_practice_is_contradicted_and_named(question: Question) -> None:
    for text in (
        "Keeping a data snapshot is overkill for a plot.",
        "There's no need to set a random seed.",
        "I'd skip the data snapshot.",
        "Keeping a random seed is outdated now.",
    ):
        point = {k.id: k for k in score_answer(question, Transcript(text)).key_points}["versioned"]
        assert point.status == "contradicted", text
        assert point.contradiction is not None and "not needed" in point.contradiction
    kept = "I keep the data snapshot and never skip the random seed."
    point = {k.id: k for k in score_answer(question, Transcript(kept)).key_points}["versioned"]
    assert point.contradiction is None


def test_the_model_answer_and_labels_contradict_nothing(question: Question) -> None:
    for text in (question.model_answer, *(kp.label for kp in question.key_points)):
        score = score_answer(question, Transcript(text))
        assert all(k.contradiction is None for k in score.key_points), text
        assert score.misconceptions == [], text


GUARDS = """
questions:
  - id: tech.guards
    category: technical
    topic: training
    difficulty: 2
    prompt: How do gated recurrent cells and careful validation keep a model honest?
    time_limit_s: 120
    key_points:
      - id: gate
        label: The forget gate eases vanishing gradients over long sequences
        weight: 2
        phrases: [forget gate, long sequences]
      - id: folds
        label: Select features inside each fold
        weight: 2
        phrases: [inside each fold]
      - id: novelty
        label: Count new templates never seen before
        weight: 1
        phrases: [new templates]
    model_answer: >-
      The forget gate eases vanishing gradients over long sequences. Selecting features on all
      the labels and then cross validating leaks information into the scores. I count new log
      templates never seen before.
"""


@pytest.fixture(scope="module")
def guards() -> Question:
    return _only_question(GUARDS, "guards.yaml")


@pytest.mark.parametrize(
    "text",
    [
        # "without vanishing" says what "eases vanishing" says
        "With the forget gate near one the gradients flow back through many steps without vanishing.",
        # the denial after "so" is the purpose of the right practice, not a claim about the wrong one
        "I select features inside each cross validation fold so the selection does not leak"
        " information.",
        # "always" is said of "worth a look", "never" of "seen": different things
        "A brand new log template is always worth a look.",
    ],
)
def test_a_correct_answer_agreeing_in_other_words_is_not_charged(
    guards: Question, text: str
) -> None:
    score = score_answer(guards, Transcript(text))
    assert all(k.contradiction is None for k in score.key_points), text
    assert score.misconceptions == [], text


def test_a_denied_remedy_is_still_a_wrong_claim(guards: Question) -> None:
    text = "The forget gate does not ease vanishing gradients over long sequences."
    point = {k.id: k for k in score_answer(guards, Transcript(text)).key_points}["gate"]
    assert point.status == "contradicted" and point.contradiction is not None


COMPARISON_PACK = """
questions:
  - id: tech.loss-landscape
    category: technical
    topic: optimisation
    difficulty: 3
    prompt: Why does gradient descent work on non-convex neural network losses?
    time_limit_s: 120
    key_points:
      - id: saddle
        label: In high dimensions saddle points are more common than bad local minima
        weight: 3
        phrases: [saddle points]
    model_answer: >-
      In high dimensions saddle points are more common than bad local minima, and the noise of
      stochastic gradients helps escape them.
"""


def test_denying_the_lesser_side_of_an_accepted_comparison_agrees_with_it() -> None:
    question = _only_question(COMPARISON_PACK, "comparison.yaml")
    agrees = (
        "In high dimensions most critical points aren't bad local minima but saddle points, "
        "and the noise of stochastic gradients escapes them."
    )
    point = {k.id: k for k in score_answer(question, Transcript(agrees)).key_points}["saddle"]
    assert point.contradiction is None and point.status == "explained"
    denies = "In high dimensions saddle points are not more common than bad local minima."
    point = {k.id: k for k in score_answer(question, Transcript(denies)).key_points}["saddle"]
    assert point.status == "contradicted"


def test_declining_what_an_accepted_sentence_has_as_its_gerund_subject_is_no_denial() -> None:
    pack = COMPARISON_PACK.replace(
        "helps escape them.",
        "helps escape them.\n      Restarting from a new seed lands in a similar minimum.",
    )
    question = _only_question(pack, "gerund.yaml")
    declines = "I would not restart from a new seed, because saddle points are common."
    assert score_answer(question, Transcript(declines)).misconceptions == []
    denies = "Restarting from a new seed does not land in a similar minimum."
    assert score_answer(question, Transcript(denies)).misconceptions or any(
        k.contradiction for k in score_answer(question, Transcript(denies)).key_points
    )
