"""Round 32 (issue 9, para32): an answer about a neighbouring concept does not escape the x0.25
"another concept" cut through meaning credit (content._in_own_words); everyday-words answers
to a pack in technical rubric wording earn their points."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Question, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.answer_subject import opening_concept, other_concept
from simulator.core.scoring.answer_topic import about_the_question
from simulator.core.scoring.meaning import MEANING_CREDIT
from simulator.core.scoring.plain_words import in_technical_words
from simulator.core.scoring.text import tokenize
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


PACK = Path(__file__).parent / "packs" / "para32dev"


def _pack_question(qid: str) -> Question:
    return load_packs([PACK]).get(qid)


def test_a_pack_paraphrase_earns_what_a_shipped_one_does() -> None:
    # a question outside the shipped packs was never "about the question", so a point said as
    # closely as the model answer says it earned half a point at most (0.5 on main)
    q = _pack_question("tech.p32d-conformal")
    text = (
        "You keep back a batch of examples the model never trained on, and for each one you "
        "measure how badly the model's guess misses the real answer. Line those misses up from "
        "small to large and read off the one that ninety percent of them stay under. As long as "
        "new cases come from the same mix as the kept-back batch, with no ordering or drift "
        "between them, the real answer lands inside your range at least nine times out of ten, "
        "no matter what model you used. But that is nine out of ten on average over all cases, "
        "not for each case: easy cases get ranges that are too loose and hard ones ranges that "
        "are too tight."
    )
    score = score_answer(q, Transcript(text))
    by_meaning = [k for k in score.key_points if k.via == "meaning"]
    assert by_meaning and max(k.credit for k in by_meaning) > MEANING_CREDIT
    assert all(k.evidence for k in by_meaning)  # the sentence that said it is shown


def test_a_pack_answer_about_a_shipped_neighbour_is_not_about_the_question() -> None:
    q = _pack_question("tech.p32d-isolation-forest")
    text = (
        "A random forest trains many decision trees on bootstrap samples of the data and "
        "considers a random subset of features at each split. Averaging the trees reduces "
        "variance compared with a single deep tree, and the out-of-bag samples give a free "
        "validation estimate."
    )
    assert not about_the_question(q, tokenize(text))


def test_a_manner_of_doing_it_names_no_concept() -> None:
    # "The straightforward way to train ..." was cut x0.25 as the concept "straightforward way"
    q = _pack_question("tech.p32d-negative-sampling")
    said = "The straightforward way to train asks how likely each neighbour is against every word."
    assert other_concept(q, tokenize(said)) is None
    # ... while a concept word before the noun still names one
    assert opening_concept(tokenize("The kernel trick maps inputs implicitly.")) is not None


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("You measure how badly the model misses on examples it has not seen.", "residual"),
        ("Keep back a slice the model was never trained on.", "held out"),
        ("Then shrink every weight by a small fraction as a separate step.", "weight decay"),
        ("Without it the work keeps blowing up as the text grows.", "quadratic"),
    ],
)
def test_everyday_wording_of_a_rubric_term_is_read_in_the_term(sentence: str, term: str) -> None:
    reworded = in_technical_words(sentence)
    assert reworded is not None and term in reworded


def test_a_point_in_the_prompts_words_is_judged_by_meaning_but_not_for_an_echo() -> None:
    # "AdamW applies weight decay directly to the weights, decoupled from the gradient-based
    # update" restates the prompt: the prompt came as close as the model answer, so no sentence
    # could earn it by meaning (closeness 0)
    q = _pack_question("tech.p32d-adamw")
    said = (
        "If you put the penalty into the loss, Adam divides it by each weight's history of big "
        "slopes, so noisy weights are barely pulled toward zero. The fix is to keep the two jobs "
        "apart: take the normal Adam step from the loss alone, and then, as a separate move, "
        "shrink every weight by the same small fraction. With plain gradient descent the two "
        "recipes end up doing the same thing once you adjust the strength for the step size."
    )
    point = {k.id: k for k in score_answer(q, Transcript(said)).key_points}["decoupled-update"]
    assert point.status == "explained" and point.evidence and "separate move" in point.evidence
    echo = (
        "The difference between L2 regularization and decoupled weight decay in AdamW is the "
        "difference between L2 regularization and decoupled weight decay. AdamW uses decoupled "
        "weight decay. L2 regularization is L2 regularization."
    )
    point = {k.id: k for k in score_answer(q, Transcript(echo)).key_points}["decoupled-update"]
    assert point.via != "meaning"
