"""A denial said another way agrees with it (issue 9, flag68, claims.py), in new words, each
with a guard that the opposite is still read: "zero" before a singular noun denies it as "no"
does (_lacking), and denying an act on wrong things says it is done on correct ones
(_object_turned)."""

from __future__ import annotations

from simulator.core.scoring import claims
from simulator.core.scoring.claim_clauses import accepted_clauses, answer_clauses
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import charged, shipped_question


def _charges(qid: str, text: str) -> list[str]:
    return charged(shipped_question(qid), text)


def test_zero_before_a_noun_denies_it_as_no_does() -> None:
    said = (
        "At training time kNN does zero work beyond storing the points, so all of the cost "
        "comes when it predicts."
    )
    assert _charges("tech.knn", said) == []
    flat = "Without a nonlinearity, stacking more layers adds zero expressive power."
    assert _charges("tech.activation-functions", flat) == []


def test_work_said_at_training_time_is_still_charged() -> None:
    assert _charges("tech.knn", "kNN does a lot of work at training time, building a model.")
    said = "Stacking linear layers adds expressive power even without activations."
    assert _charges("tech.activation-functions", said)


def _polarity_against_never_wrong(said: str) -> tuple[str, tuple[int, ...]] | None:
    """How the answer's only clause stands to the chatbot rubric's "never gives wrong policy
    answers"."""
    ref = next(
        c
        for c in accepted_clauses(shipped_question("case.chatbot-evaluation"))
        if "wrong" in c.words
    )
    ((clause, _),) = answer_clauses(tokenize(said))
    return claims._conflict(clause, ref)


def test_denying_an_act_on_wrong_things_says_it_on_correct_ones() -> None:
    said = "Good means the bot resolves the customer's problem and gives accurate answers."
    assert _charges("case.chatbot-evaluation", said) == []
    assert _polarity_against_never_wrong("The bot gives accurate policy answers.") == (
        "same",
        (-1,),
    )


def test_the_act_on_wrong_things_still_turns_it() -> None:
    assert _polarity_against_never_wrong("The bot gives wrong policy answers.") == (
        "polarity",
        (-1,),
    )
