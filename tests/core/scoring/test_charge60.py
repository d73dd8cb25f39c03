"""Round 60, charge60 (issue 9): a correct answer is not charged, and not marked as missing a
point it makes.
"""

from __future__ import annotations

from tests.core.scoring.rubric_charges import shipped_charges

# * A denial said of one side of a pair of subjects (the prompt's, or the fixed pairs answers
#   confuse: MLE/MAP) denies nothing of an accepted sentence that names the other side and not
#   the first (side_cases.py).


def test_a_denial_of_one_side_denies_nothing_said_of_the_other() -> None:
    for correct in (
        "Maximum likelihood uses no prior at all and maximizes p(data | parameters).",
        "Maximum likelihood uses no prior at all and maximizes the probability of data given"
        " parameters.",
    ):
        assert shipped_charges("tech.mle-vs-map", correct) == []


def test_the_same_denial_of_the_accepted_side_stays_charged() -> None:
    for wrong in (
        "Maximum a posteriori uses no prior at all and maximizes the probability of data given"
        " parameters.",
        "MAP uses no prior at all.",
    ):
        assert any(c.startswith("map-prior") for c in shipped_charges("tech.mle-vs-map", wrong))
