"""Round 32 (issue 9, para32): an answer about a neighbouring concept does not escape the x0.25
"another concept" cut through meaning credit (content._in_own_words); everyday-words answers
to a pack in technical rubric wording earn their points."""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.real_bank import real_bank


def _question(qid: str) -> Question:
    return real_bank().get(qid)


def test_a_neighbouring_concept_in_the_fields_words_stays_cut() -> None:
    # it comes near two clustering points in one sentence of distances (off21's tuning set):
    # 59 while the meaning credit lifted the cut
    q = _question("tech.hierarchical-clustering")
    text = (
        "The silhouette score evaluates a clustering without labels. For each point you compute "
        "a, the mean distance to other points in its own cluster, and b, the mean distance to "
        "points in the nearest other cluster, and the silhouette is b minus a divided by the "
        "larger of the two. It ranges from minus one to one, with higher meaning tight, well "
        "separated clusters. Averaging it over points helps compare different numbers of "
        "clusters."
    )
    score = score_answer(q, Transcript(text))
    assert "opens on and develops" in score.basis["content"]
    assert score.overall < 30


def test_a_neighbouring_system_said_in_its_opening_stays_cut() -> None:
    # a case answer on loan pricing for credit risk: two of its three points read by meaning
    # come from its opening sentence (the one naming the other system): 57 while lifted
    q = _question("case.credit-risk")
    text = (
        "To set the interest rate on a loan, a lender does risk-based pricing: the rate has to "
        "cover the cost of funds, operating costs, expected loss, which is probability of default "
        "times loss given default times exposure at default, and a margin for the capital held "
        "against unexpected losses. Riskier borrowers get higher rates, but pricing too high "
        "causes adverse selection, since the safest applicants go elsewhere, so you also model "
        "how price affects take-up."
    )
    score = score_answer(q, Transcript(text))
    assert "opens on and develops" in score.basis["content"]
    assert score.overall < 30
