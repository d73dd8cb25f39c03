"""Correct sentences charged as contradictions (issue 9, charge50).

* A limitation told as what a method struggles with (absent_cases.py, opposites.py): "it
  struggles with strongly correlated features" names the case Naive Bayes fails in, which agrees
  with "assumes features are conditionally independent"; it was charged '"correlated", the
  opposite of "independent"'. The same word said plainly ("it works best with correlated
  features") is still charged.
* A remedy listed after its problem (remedy_lists.py, claims.py): "Options include reweighting
  ..., using outcomes of rejected applicants from a credit bureau, ..." offers a practice; it was
  read as saying the outcomes of rejected applicants are observed, against "we only see
  outcomes for approved applicants". The same words said as the speaker's data are still read.
* "Instead of" / "rather than" deny what follows them (claims.py): the accepted "attend over the
  cache, instead of recomputing the whole prefix" and the answer's "you don't recompute them for
  the whole prefix" say the same.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from tests.core.scoring.rubric_charges import charged, shipped_charges

REPO = Path(__file__).resolve().parents[3]
NB = "Naive Bayes applies Bayes' rule to the class given the features. "


@pytest.mark.parametrize(
    "trouble",
    [
        "It struggles with strongly correlated features, which it counts twice.",
        "It breaks down on strongly correlated features, which it counts twice.",
        "It is hurt by correlated features, which it counts twice.",
        "It does badly with correlated features, which it counts twice.",
        "It can't handle correlated features well, since it counts them twice.",
    ],
)
def test_a_limitation_told_as_a_trouble_agrees_with_the_assumption_r50(trouble: str) -> None:
    assert shipped_charges("tech.naive-bayes", NB + trouble) == []


def test_the_opposite_said_plainly_is_still_charged_r50() -> None:
    said = NB + "It works best with strongly correlated features, because they add up."
    assert shipped_charges("tech.naive-bayes", said) == [
        'independence: "correlated", the opposite of "independent"'
    ]


PROBLEM = (
    "The labels are biased, because we only see repayment outcomes for applicants we approved. "
)


@pytest.mark.parametrize(
    "remedies",
    [
        "Options include reweighting the approved applicants, using outcomes of rejected "
        "applicants from a credit bureau, and approving a small random sample.",
        "The fixes include reweighting approved applicants and using outcomes of rejected "
        "applicants from a credit bureau.",
    ],
)
def test_a_remedy_listed_after_its_problem_denies_nothing_r50(remedies: str) -> None:
    assert shipped_charges("case.credit-risk", PROBLEM + remedies) == []


def test_the_remedy_said_as_the_speakers_data_is_still_read_r50() -> None:
    said = PROBLEM + "We use outcomes of rejected applicants from a credit bureau as our labels."
    assert [c.split(":")[0] for c in shipped_charges("case.credit-risk", said)] == [
        "reject-inference"
    ]


@lru_cache(maxsize=1)
def _with_dev_pack() -> QuestionBank:
    return load_packs([REPO / "questions", REPO / "tests/core/scoring/packs/blind46dev"])


@pytest.mark.parametrize("denial", ["you don't recompute them", "you never recompute them"])
def test_instead_of_denies_what_follows_it_r50(denial: str) -> None:
    said = (
        "The KV cache stores the keys and values of earlier tokens in every layer, so when you "
        f"generate the next token {denial} for the whole prefix."
    )
    assert charged(_with_dev_pack().get("tech.o46-kv-cache"), said) == []
