"""Correct sentences told another way than the rubric's are charged nothing (issue 9, over46).

Each class was found by writing correct answers in the styles that trip stance checks and
reading which check charged them: a comparison said from the other side ("discriminative
classifiers make *weaker* assumptions" against "generative classifiers make *stronger*
assumptions", a complete correct answer 100 -> 54), a relation turned at both ends ("a *weaker*
penalty gives *higher* variance"), a wrong claim's telling word replaced by its opposite ("LRU
adapts *quickly*": a pack's own model answer charged "LRU adapts slowly"), a claim's
circumstance dropped as if it were its subject, a dismissal placed at another time than where
the answer does the thing, and "stops" as a noun. Each wrong counterpart is still charged; and
a double denial asserts its claim (it leans to it, not as a foil).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.claim_clauses import answer_clauses
from simulator.core.scoring.foil_leaning import foil
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]
PACKS = REPO / "tests" / "core" / "scoring" / "packs"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs(
        [
            REPO / "questions",
            PACKS / "wrong45held",
            PACKS / "over46held",
            PACKS / "claims39held",
            PACKS / "para44held",
            PACKS / "para40held",
        ]
    )


def _charged(bank: QuestionBank, qid: str, text: str) -> list[str]:
    score = score_answer(bank.get(qid), Transcript(text))
    said = [m.phrase for m in score.misconceptions]
    return said + [f"{k.id}: {k.contradiction}" for k in score.key_points if k.contradiction]


CORRECT = [
    # a comparison said from the other side, with and without "than"
    (
        "tech.generative-vs-discriminative",
        "Discriminative classifiers make weaker assumptions than generative ones.",
    ),
    ("tech.generative-vs-discriminative", "Discriminative classifiers make weaker assumptions."),
    (
        "tech.generative-vs-discriminative",
        "Discriminative models handle missing inputs less gracefully than generative ones.",
    ),
    # a relation told from its other end: both of its ends turned
    (
        "tech.regularization",
        "A weaker penalty gives a more flexible model with lower bias and higher variance.",
    ),
    (
        "tech.gradient-boosting",
        "With a lower learning rate you need more trees, and with fewer trees you need a higher"
        " learning rate.",
    ),
    # the opposite of a wrong claim's telling word in its place
    ("tech.w45h-lru-lfu-eviction", "LRU adapts quickly when the working set shifts."),
    # a wrong claim's circumstance ("at inference") is not its subject
    (
        "tech.dropout",
        "At inference every unit is kept, and the activations are scaled so their expected value"
        " is the same as in training, which inverted dropout handles by scaling up during"
        " training instead.",
    ),
    # a dismissal placed at another time than the clause before says the thing is done
    (
        "tech.dropout",
        "Inverted dropout divides the kept activations by one minus p during training, so no"
        " rescaling is needed at test time.",
    ),
    # ... or than an earlier sentence (fix46b)
    (
        "tech.dropout",
        "Inverted dropout divides the kept activations by one minus p during training. So no"
        " rescaling is needed at test time.",
    ),
    # "stops" as a noun denies nothing
    ("tech.o46h-peeking", "Early stops on a lucky streak overstate the effect."),
    # what "compared with" sets against is not asserted
    (
        "tech.c39h-reservoir-sampling",
        "Compared with keeping every item with a fixed probability p, which is simpler, the"
        " reservoir gives exactly k items.",
    ),
    # a denial inside the case a method fails in
    ("tech.p44h-label-propagation", "It fails when similar points do not share a label."),
    # a meaning set aside that is not the accepted one
    ("tech.p40h-exactly-once", "Exactly-once does not mean an event is delivered once."),
]

WRONG = [
    ("tech.generative-vs-discriminative", "Generative classifiers make weaker assumptions."),
    (
        "tech.generative-vs-discriminative",
        "Generative classifiers make weaker assumptions than discriminative ones.",
    ),
    ("tech.generative-vs-discriminative", "Discriminative models handle missing inputs well."),
    ("tech.regularization", "A weaker penalty lowers variance."),
    ("tech.gradient-boosting", "With fewer trees you need a smaller learning rate."),
    ("tech.w45h-lru-lfu-eviction", "LRU adapts slowly when the working set shifts."),
    ("tech.dropout", "At inference time inverted dropout scales the activations down."),
    ("tech.dropout", "Dropout stays switched on, so no rescaling is needed at test time."),
    (
        "case.stock-prices",
        "Other parts of the work matter more. Transaction costs can be ignored at this stage.",
    ),
    (
        "tech.backpropagation",
        "Backpropagation computes the gradients. Gradient descent uses them to update the"
        " weights. In fact gradient descent is a separate thing that is not needed for training.",
    ),
    (
        "tech.k-means",
        "The number of clusters comes out of the algorithm, so you do not need to choose k in"
        " advance.",
    ),
    ("tech.o46h-peeking", "Early stops on a lucky streak do not overstate the effect."),
    (
        "tech.c39h-reservoir-sampling",
        "Reservoir sampling keeps every item with a fixed probability.",
    ),
    (
        "tech.c39h-reservoir-sampling",
        "Compared with reservoir sampling, you keep every item with a fixed probability.",
    ),
    ("tech.p44h-label-propagation", "It works well when similar points do not share a label."),
    ("tech.p44h-label-propagation", "Similar points do not share a label."),
    (
        "tech.p40h-exactly-once",
        "Exactly-once does not mean that each event's effect on the output is applied once.",
    ),
    # one changed word still denies the accepted meaning (fix46b)
    (
        "tech.p40h-exactly-once",
        "Exactly-once does not mean each event changes the output only once.",
    ),
]


@pytest.mark.parametrize(("qid", "text"), CORRECT)
def test_correct_sentence_told_otherwise_is_not_charged(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert _charged(bank, qid, text) == []


@pytest.mark.parametrize(("qid", "text"), WRONG)
def test_its_wrong_counterpart_is_still_charged(bank: QuestionBank, qid: str, text: str) -> None:
    assert _charged(bank, qid, text) != []


def test_a_double_denial_asserts_its_claim() -> None:
    """ "You cannot keep adding trees ... without it starting to overfit" says more trees
    overfit: it leans to that wrong claim, not as a foil; one denial still sets it up as one."""
    claim = "more trees cause overfitting"
    asserted = tokenize("You cannot keep adding trees to a forest without it starting to overfit.")
    assert not foil(asserted, 0, claim)
    assert foil(tokenize("You should never expect more trees to cause overfitting."), 0, claim)


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        ("Hyperband stops bad runs early.", False),
        ("Early stops on a lucky streak overstate the effect.", False),
        ("After a while the model stops learning.", True),
        ("The decay stops the running sums growing without bound.", True),
    ],
)
def test_stop_denies_a_doing_not_a_thing_it_halts(text: str, denies: bool) -> None:
    """ "stops improving" denies the improving; "stops bad runs" halts them and denies nothing
    of them (a strong hyperparameter-search answer saying such methods "cut the cost of bad
    runs" was read as denying the rubric's "Hyperband stops bad runs early": 26 -> 100)."""
    clauses = answer_clauses(tokenize(text))
    assert any(c.negated for c, _ in clauses) == denies
