"""Correct answers are not cut as off the question by how they open or what they warn against
(issue 9, cut30: answer_subject._foil, off_question.past_foils).

An opening that dates a story ("Back when I started ...", "Years ago I ..."), names a person or
a source ("A colleague of mine ...", "A textbook would ..."), weighs a hypothetical ("A random
split would leak ...") or sets a neighbouring idea up to be judged ("X is a different idea",
"X ... It is not enough.") names no concept the answer develops. And the words a warning
corrects ("People often describe momentum as if it were Adam: ...") do not decide which question
the answer answers. Answers that open on and develop another concept, or whose own words answer
another question, are still cut.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring.answer_subject import other_concept
from simulator.core.scoring.content import score_content
from simulator.core.scoring.off_question import off_question_credit, past_foils
from simulator.core.scoring.text import tokenize

MOMENTUM_BODY = (
    "Momentum keeps a velocity, an exponentially decaying average of past gradients, and steps "
    "along it with a decay around 0.9, so consistent directions speed up and oscillations across "
    "steep ravines cancel out."
)
KNN_BODY = (
    "k nearest neighbors stores the training data, finds the k closest points to a query by "
    "distance and predicts their majority class or mean; it needs scaled features, is slow at "
    "prediction time and suffers from the curse of dimensionality."
)


def _cut(bank: QuestionBank, qid: str, text: str) -> bool:
    got = score_content(bank.get(qid), tokenize(text))
    return got.kept < 1.0 or got.other_concept is not None


@pytest.mark.parametrize(
    "opening",
    [
        "Back when I started I believed momentum was only a trick to escape local minima.",
        "Years ago I would have answered this differently.",
        "Recently I had to explain this to a product manager.",
        "Early in my career I got this wrong.",
        "Not long ago I debugged exactly this.",
        "Funny enough, I was asked this last week.",
        "A colleague of mine once got this badly wrong in production.",
        "Good interviewers ask this because most candidates stop halfway.",
        "A textbook would give you the formula first.",
    ],
)
def test_a_story_or_a_source_opens_no_concept(bank: QuestionBank, opening: str) -> None:
    question = bank.get("tech.momentum")
    assert other_concept(question, tokenize(f"{opening} {MOMENTUM_BODY}")) is None
    assert not _cut(bank, "tech.momentum", f"{opening} {MOMENTUM_BODY}")


@pytest.mark.parametrize(
    "opening",
    [
        "Hierarchical clustering would be the wrong tool here.",
        "A static threshold on distances would miss most of what matters.",
        "A dendrogram of the points can't do this, since it has no labels.",
        "Hierarchical clustering is often mistaken for this, but it is a different idea.",
        "Hierarchical clustering, which people often bring up here, is a different idea.",
        "Hierarchical clustering is the usual first answer. It is not enough.",
        "Hierarchical clustering seems like the natural answer, but it is not.",
        "Hierarchical clustering is a common answer to this, and a wrong one.",
    ],
)
def test_a_foil_judged_in_the_opening_is_not_the_concept(bank: QuestionBank, opening: str) -> None:
    question = bank.get("tech.knn")
    assert other_concept(question, tokenize(f"{opening} {KNN_BODY}")) is None


def test_a_hypothetical_or_misread_opening_keeps_a_correct_answer_whole(
    bank: QuestionBank,
) -> None:
    leak = (
        "A random split of past orders would leak future traffic patterns, so I validate on "
        "later weeks: train on earlier orders, test on the next ones, and track the error of the "
        "predicted delivery time in minutes."
    )
    assert other_concept(bank.get("case.eta-prediction"), tokenize(leak)) is None
    misread = (
        "A large SHAP value is often read as a cause, but SHAP explains the model, not the world. "
        "Each feature gets its Shapley value, its marginal contribution averaged over coalitions "
        "of the other features, and the values add up to the prediction minus the base value."
    )
    assert other_concept(bank.get("tech.shap-values"), tokenize(misread)) is None


def test_another_concept_opened_on_and_developed_is_still_cut(bank: QuestionBank) -> None:
    adam = (
        "Adam keeps a running average of the gradients and of their squares for every "
        "parameter, and divides the step by the square root of the second moment, so each "
        "parameter gets its own learning rate; bias correction fixes the first steps."
    )
    assert _cut(bank, "tech.momentum", adam)
    # a task framed with "For" and followed by the speaker is that task, not a story adverbial
    plan = (
        "For a spam filter I would train a classifier on labelled emails with features from the "
        "text, the sender's reputation and the links, and measure precision at a low false "
        "positive rate."
    )
    assert other_concept(bank.get("case.duplicate-detection"), tokenize(plan)) is not None
    # the same neighbour asserted, not judged, still opens on it
    tree = (
        "Hierarchical clustering builds a tree of clusters, merging the two closest clusters "
        "at each step, and the dendrogram is cut at a height to get the groups."
    )
    assert other_concept(bank.get("tech.knn"), tokenize(tree)) is not None


ADAM_FOIL = (
    "People often describe momentum as if it were Adam: an adaptive per parameter learning rate "
    "from the squared gradients with bias correction of the moment estimates. "
)


def test_a_warned_neighbour_does_not_decide_the_question(bank: QuestionBank) -> None:
    question = bank.get("tech.momentum")
    text = ADAM_FOIL + MOMENTUM_BODY + " Nesterov momentum looks ahead before the gradient."
    tokens = tokenize(text)
    assert "adaptive" not in past_foils(tokens).words  # the corrected claim is set aside
    assert "velocity" in past_foils(tokens).words
    assert off_question_credit(question, tokens).other is None
    assert not _cut(bank, "tech.momentum", text)


def test_an_answer_about_the_neighbour_still_reads_as_its_question(bank: QuestionBank) -> None:
    """With nothing warned against, the answer is judged whole, as before."""
    adam = (
        "Adam keeps exponentially decaying averages of the gradients and of the squared "
        "gradients, corrects their bias in the first steps, and divides each parameter's step "
        "by the square root of the second moment, an adaptive per parameter learning rate. "
        "Its defaults, beta one 0.9 and beta two 0.999 with a learning rate of 0.001, work for "
        "many problems, and AdamW decouples the weight decay from the adaptive step."
    )
    tokens = tokenize(adam)
    assert past_foils(tokens) is tokens
    assert _cut(bank, "tech.momentum", adam)


def test_what_a_neighbour_lacks_on_its_own_is_a_lead_in(bank: QuestionBank) -> None:
    """ "X on its own ..." says what X lacks, to set up the asked subject; "X does ..." still
    opens on X."""
    question = bank.get("tech.positional-encoding")
    lead_in = tokenize(
        "The attention step on its own looks at the words as a shuffled bag, so dog bites man "
        "and man bites dog look the same. So we stamp each word with where it sits."
    )
    assert other_concept(question, lead_in) is None
    developed = tokenize(
        "Self-attention lets each token build its representation from all the others through "
        "queries, keys and values."
    )
    assert other_concept(question, developed) is not None
