"""An accepted statement said with one term exchanged for a rival one (issue 9, wrong42;
substituted_terms.py): an answer that says plainly, in the rubric's own words, what the model
answer says of the other step, the other side or the other direction contradicts that key point
on an outside author's question (no contradicted_by); the right statement, a hedge, a denial, a
condition, a warning or a comparison is not charged. The own-words lift (meaning_credit.py) pays
a point only when its sentence keeps the model answer's stance (restated_stance.keeps_stance)."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.scoring.restated_stance import keeps_stance
from simulator.core.scoring.substituted_terms import substitutions
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.em-mixtures
    category: technical
    topic: unsupervised-learning
    difficulty: 3
    prompt: How does the expectation-maximization algorithm fit a Gaussian mixture model?
    time_limit_s: 150
    key_points:
      - id: e-step
        label: The E-step computes each point's responsibilities, the posterior probability that each component generated it, from the current parameters
        weight: 3
        phrases: [responsibilities, posterior probability of each component, soft assignments]
      - id: m-step
        label: The M-step updates the means, covariances and mixing weights from the responsibility-weighted points
        weight: 3
        phrases: [weighted means, update the covariances, mixing weights]
      - id: restarts
        label: It converges only to a local optimum, so run several restarts, and a larger number of components fits the data more closely
        weight: 2
        phrases: [local optimum, several restarts]
    model_answer: >-
      EM alternates two steps. In the E-step it computes, for every point, the responsibilities: the
      posterior probability that each Gaussian component generated the point, given the current means,
      covariances and mixing weights. In the M-step it updates the means, covariances and mixing weights
      as responsibility-weighted averages of the points. It converges, but only to a local optimum, which
      is why I run several restarts. More mixture components raise the training likelihood, so I pick
      their number with BIC on held-out data.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "em.yaml")
    assert not problems
    return questions[0]


@pytest.mark.parametrize(
    "text",
    [
        # a step's work given to the other step
        "In the E-step it updates the means, covariances and mixing weights from the weighted points.",
        "In the M-step it computes the responsibilities of each component for every point.",
        # a direction turned over
        "More mixture components lower the training likelihood.",
    ],
)
def test_a_statement_with_a_rival_term_is_charged(question: Question, text: str) -> None:
    assert substitutions(question, text)
    score = score_answer(question, Transcript(text))
    assert any(k.contradiction for k in score.key_points)


@pytest.mark.parametrize(
    "text",
    [
        # the accepted statements
        "In the M-step it updates the means, covariances and mixing weights from the weighted points.",
        "In the E-step it computes the responsibilities of each component for every point.",
        "More mixture components raise the training likelihood.",
        # hedged, denied, under a condition, warned against, compared, a relative clause
        "I think in the E-step it might update the means and covariances.",
        "In the E-step it does not update the means and covariances.",
        "If the E-step updated the means and covariances, the responsibilities would be stale.",
        "A common mistake is to think the E-step updates the means and covariances; it computes"
        " the responsibilities.",
        "The E-step is cheaper than the M-step, which updates the means and covariances.",
        "Fewer components fit less closely, and more components raise the training likelihood.",
    ],
)
def test_a_correct_or_unasserted_statement_is_not_charged(question: Question, text: str) -> None:
    assert not substitutions(question, text)
    score = score_answer(question, Transcript(text))
    assert not any(k.contradiction for k in score.key_points)


def test_both_sides_in_one_clause_is_a_comparison(question: Question) -> None:
    """A clause that names both steps sets them side by side: not a substitution."""
    text = "The E-step and the M-step both use the means and covariances of the points."
    assert not substitutions(question, text)


def test_an_own_words_sentence_must_keep_the_model_answers_stance(question: Question) -> None:
    """The sentence that brings a point near in other words counts only when it does not turn
    the direction the model answer's explaining sentence states; what a thing is not, said in
    other words, is no turn."""
    point = ("More components raise the training likelihood", "training likelihood")
    kept = tokenize("Adding more components pushes the training likelihood up.")
    turned = tokenize("More components lower the training likelihood of the mixture.")
    not_but = tokenize("More components do not leave the training likelihood flat but raise it.")
    model = question.model_answer
    assert keeps_stance(model, point, kept, 0)
    assert not keeps_stance(model, point, turned, 0)
    assert keeps_stance(model, point, not_but, 0)
