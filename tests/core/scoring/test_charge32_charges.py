"""False charges on correct answers and warnings found by writing them from the prompts alone
(issue 9, charge32): warning frames the list lacked ("A frequent confusion is to think X",
"One classic slip is believing X", "It is easy to assume X", "Newcomers tend to believe X",
"X is a trap", "Saying X would be wrong"), a sameness claim said of a limiting case ("With a
batch size equal to the whole training set, mini-batch ... is the same as batch ..."), a claim
that says "not" itself denied by a negation before it ("It is not correct that ... with no
human review"), a negation whose scope runs over a participle ("does not vanish *after being
multiplied* through every layer") and a remedy's effect read against the problem's ("ridge
... stabilizes the coefficients" against "coefficients become unstable"). Each correct
sentence is not charged; each wrong version still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from tests.core.scoring.rubric_charges import charged

WRONG = "offline accuracy is enough"
PACKS = Path(__file__).parent / "packs"


@pytest.mark.parametrize(
    "frame",
    [
        "A frequent confusion is to think that {x}.",
        "One classic slip is believing that {x}.",
        "It is easy to assume that {x}.",
        "Newcomers tend to believe that {x}.",
        "Assuming that {x} is a trap.",
        "Saying that {x} would be wrong.",
        "A usual error is to claim that {x}.",
        "A widespread intuition is that {x}, yet it does not survive a closer look.",
    ],
)
def test_a_warning_frame_keeps_the_claim_off_the_speaker(bank: QuestionBank, frame: str) -> None:
    q = bank.get("case.recommendation-system")
    assert charged(q, frame.format(x=WRONG)) == []
    assert charged(q, f"I think {WRONG}.") == [WRONG]


def test_the_confusion_matrix_is_no_warning(bank: QuestionBank) -> None:
    q = bank.get("case.recommendation-system")
    assert charged(q, f"The confusion matrix shows {WRONG}.") == [WRONG]


def test_a_sameness_said_of_a_limiting_case_is_not_the_misconception(bank: QuestionBank) -> None:
    q = bank.get("tech.sgd-vs-batch")
    said = (
        "With a batch size equal to the whole training set, mini-batch gradient descent is the"
        " same as batch gradient descent."
    )
    assert charged(q, said) == []
    wrong = "Mini-batch gradient descent is the same as batch gradient descent."
    assert charged(q, wrong) != []
    assert charged(q, "In practice, " + wrong[0].lower() + wrong[1:]) != []


def test_a_claim_saying_no_is_denied_by_a_negation_before_it(bank: QuestionBank) -> None:
    q = bank.get("case.content-moderation")
    claim = "it can be fully automated with no human review"
    assert charged(q, f"It is not correct that {claim}.") == []
    assert charged(q, f"Do not conclude that {claim}.") == []
    assert charged(q, f"{claim[0].upper()}{claim[1:]}.") == [claim]


def test_a_negation_keeps_its_scope_over_a_participle(bank: QuestionBank) -> None:
    q = bank.get("tech.residual-connections")
    said = (
        "The identity path gives the gradient a direct route back to early layers, so it does"
        " not vanish after being multiplied through every layer."
    )
    assert charged(q, said) == []
    assert charged(q, "The gradient is multiplied by every weight matrix along the way back.") == [
        "gradient-flow"
    ]


def test_a_remedy_said_to_stabilize_is_no_flip_of_the_problem(bank: QuestionBank) -> None:
    q = bank.get("tech.multicollinearity")
    said = (
        "Dropping every feature with a high VIF may lose information for nothing; ridge"
        " regression keeps the features and stabilizes the coefficients."
    )
    assert charged(q, said) == []
    assert charged(q, "With correlated features the coefficients stay stable.") != []


def test_a_verdict_after_a_word_of_kind_still_judges_the_claim(bank: QuestionBank) -> None:
    q = bank.get("case.recommendation-system")
    assert charged(q, f"Believing that {WRONG} is a classic trap.") == []
    assert charged(q, f"Believing that {WRONG} is a classic.") == [WRONG]


def test_a_sameness_said_of_a_case_after_a_colon_is_no_claim(bank: QuestionBank) -> None:
    q = bank.get("tech.stemming-vs-lemmatization")
    said = (
        "A toy setting shows it: with a dictionary of size one, stemming is the same as"
        " lemmatization."
    )
    assert charged(q, said) == []
    assert charged(q, "Stemming and lemmatization are the same thing.") != []


def test_a_step_denied_before_the_accepted_step_agrees() -> None:
    q = load_packs([PACKS / "para31dev"]).get("tech.p31d-gradient-accumulation")
    said = (
        "You run several micro-batches forward and backward and add up their gradients"
        " without stepping the optimizer, then take one step."
    )
    assert charged(q, said) == []
    assert charged(q, "Gradient accumulation never steps the optimizer.") != []


def test_a_conditioning_word_in_the_gap_makes_the_claims_word_the_condition(
    bank: QuestionBank,
) -> None:
    q = bank.get("tech.maximum-likelihood")
    assert charged(q, "The likelihood is the probability of the data given the parameters.") == []
    wrong = "The likelihood is the probability of the parameters given the data."
    assert charged(q, wrong) == ["likelihood is the probability of the parameters"]


def test_an_item_of_a_semicolon_list_under_a_warning_heading_is_warned(
    bank: QuestionBank,
) -> None:
    q = bank.get("case.recommendation-system")
    said = (
        "Three common mistakes: ignoring position bias; thinking that offline accuracy is"
        " enough; and forgetting cold start."
    )
    assert charged(q, said) == []
    plan = "Three things I do: log impressions; accept that offline accuracy is enough; test."
    assert charged(q, plan) == [WRONG]
