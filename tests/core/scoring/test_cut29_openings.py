"""A correct answer that opens on an example is not read as about a concept its verb phrase
makes up (issue 9, cut29: answer_subject._MID_ADVERBS).

"An outage often shows first as a spike of a rare error message." opened a complete log-anomaly
design and the answer was read as developing the concept "outage often shows first": it kept a
quarter of its credit (17). An adverb between a subject and its verb ends the name ("outage",
a word of this question's rubric). An answer that opens on and develops another concept is still
read as about it.
"""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring.answer_subject import opening_concept, other_concept
from simulator.core.scoring.content import score_content
from simulator.core.scoring.text import tokenize

LOG_ANOMALY = (
    "An outage often shows first as a spike of a rare error message. I would parse the raw logs "
    "into templates, then build time series of counts per template, service and host, plus error "
    "rates and latencies. Anomalies are scored with seasonal baselines and robust statistics, an "
    "isolation forest or an autoencoder on template count vectors, and detectors for never seen "
    "templates. Labels are scarce, so I use past incidents to evaluate. Alerts are deduplicated "
    "and grouped by service, ranked by severity, thresholds tuned to keep false alarms low, "
    "routed to on call with the example log lines, and their feedback is used to adjust."
)
# A competent answer to a neighbouring concept: it opens on Adam and comes back to it.
ADAM = (
    "Adam keeps a running average of the gradients and of their squares for every parameter, "
    "and divides the step by the square root of the second moment. Adam therefore gives each "
    "parameter its own learning rate, and its bias correction fixes the averages in the first "
    "steps. Adam converges fast with little tuning."
)


def test_an_adverb_ends_the_opening_name() -> None:
    assert opening_concept(tokenize(LOG_ANOMALY)) == ["outage"]
    assert opening_concept(tokenize("Dropout usually helps a wide network.")) == ["dropout"]


def test_a_correct_answer_opening_on_an_example_is_not_cut(bank: QuestionBank) -> None:
    question = bank.get("case.log-anomaly-detection")
    got = score_content(question, tokenize(LOG_ANOMALY))
    assert got.other_concept is None and "opens on and develops" not in got.basis
    assert got.score >= 70


def test_an_answer_developing_another_concept_is_still_cut(bank: QuestionBank) -> None:
    question = bank.get("tech.momentum")
    assert other_concept(question, tokenize(ADAM)) is not None
    got = score_content(question, tokenize(ADAM))
    assert got.kept < 1.0 or got.other_concept is not None


def test_a_denied_opening_claim_is_a_foil_not_the_concept(bank: QuestionBank) -> None:
    """ "X does not ..." opens by rejecting a claim about X: not the concept the answer develops."""
    question = bank.get("tech.momentum")
    foil = tokenize(
        "Dropout does not help here at all. Momentum keeps an exponentially decaying average of "
        "past gradients and steps along it, so oscillations cancel and steady directions speed up."
    )
    assert other_concept(question, foil) is None
    # the same opener asserting, not denying, still opens on dropout when the answer goes on
    # about dropout (cut31: one whose next sentence opens on momentum sets it up, _sets_up)
    plain = tokenize(
        "Dropout helps here a lot. Dropout zeroes units at random, and momentum keeps an "
        "exponentially decaying average of past gradients and steps along it."
    )
    assert other_concept(question, plain) is not None
