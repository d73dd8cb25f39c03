"""Whole-answer gates of the full reading that misread a plain explanation (issue 9, para45).

Traced on the dev paraphrases at or below their partial answer, two gates closed the full
reading of answers that reach every key point: a sentence that names the wrong idea only to turn
it down leaned towards it (foil_leaning.py), and a "not" beside a point's words read as denying a
point another sentence says (whole_reading.denial_stands). Each test here failed before.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.foil_leaning import foil
from simulator.core.scoring.meaning import PointMeaning
from simulator.core.scoring.text import tokenize
from simulator.core.scoring.whole_reading import denial_stands
from simulator.core.transcript import Transcript

_PACKS = Path(__file__).parent / "packs"


@lru_cache(maxsize=4)
def _bank(pack: str) -> QuestionBank:
    return load_packs([_PACKS / pack])


def _overall(pack: str, qid: str, text: str) -> int:
    return score_answer(_bank(pack).get(qid), Transcript(text)).overall


def _foil(text: str, claim: str) -> bool:
    return foil(tokenize(text), 0, claim)


def test_a_sentence_that_denies_compares_or_conditions_the_idea_is_a_foil() -> None:
    claim = "ninety five percent chance the true mean is inside"
    assert _foil("It does not mean there is a 95 percent chance the mean is inside.", claim)
    claim = "every pixel connects to every neuron"
    assert _foil("It needs fewer weights than if every pixel were wired to a unit.", claim)
    claim = "compare the query with every ticket one by one"
    assert _foil("Comparing a ticket against every stored one would be too slow.", claim)
    claim = "as good as a randomized experiment"
    assert _foil("Without a randomized trial, the treated people differ.", claim)
    assert _foil("Is it as good as a randomized experiment?", claim)


def test_an_asserted_sentence_is_no_foil() -> None:
    # the claim's words before the comparison, across a condition and its consequence, or
    # beside a pronoun "nothing"
    claim = "xgboost trains trees in parallel"
    assert not _foil("XGBoost is bagging rather than boosting: it trains trees at once.", claim)
    claim = "flat pdp means no effect"
    assert not _foil("If the PDP is flat the feature has no effect.", claim)
    claim = "97 percent chance the effect is real"
    assert not _foil("A 3 percent chance that nothing happened, 97 percent that it is real.", claim)
    # the speaker's plan is asserted, and "X or not X" names both answers, denying nothing
    claim = "long tickets should count more in the similarity"
    assert not _foil("I would check how often the same tickets show up.", claim)
    claim = "u-net outputs a single label for the whole image"
    assert not _foil("It gives each dot its own label, tumour or not tumour.", claim)
    # ... and a sentence that says none of the claim's words leans by meaning alone
    assert not _foil("It does not matter much in practice.", claim)


def test_a_denied_point_stands_only_when_no_other_sentence_says_it() -> None:
    near = [PointMeaning(0.0, 0.7, 2), PointMeaning(0.0, 0.9, 1)]
    assert not denial_stands(["contradicted", "explained"], near, 0.4)
    far = [PointMeaning(0.0, 0.2, 2), PointMeaning(0.0, 0.9, 1)]
    assert denial_stands(["contradicted", "explained"], far, 0.4)
    assert denial_stands(["contradicted"], None, 0.4)
    assert not denial_stands(["explained", "missing"], far, 0.4)


def test_a_plain_answer_that_turns_the_wrong_idea_down_reads_in_full() -> None:
    # leans to "as good as a randomized experiment" through "Without a randomized trial" only
    # (the dev paraphrase that opened so scored 7 against its partial answer's 64)
    plain = (
        "Without a randomized trial, the people who got the treatment are often different from "
        "those who did not, older or sicker for example, so simply comparing their results mixes "
        "up the effect of the treatment with those differences. So first you fit a simple model "
        "that guesses, from everything you know about a person before treatment, how likely they "
        "were to be treated. Then you pair each treated person with an untreated one who had "
        "about the same likelihood, or you weight people by one over that likelihood, so the two "
        "groups look alike on everything you measured. After that you check that the groups "
        "really are balanced on each measured trait before you compare outcomes. It only fixes "
        "differences you measured: anything hidden that drives both treatment and outcome still "
        "biases the answer."
    )
    score = score_answer(_bank("newpack30").get("tech.np30-propensity-scores"), Transcript(plain))
    assert "reads as a full explanation" in score.basis["content"]


def test_a_point_denied_in_one_sentence_and_said_in_another_does_not_close_the_reading() -> None:
    # "not crowded themselves" reads as denying the core/border point, which the sentence
    # before says in other words
    plain = (
        "DBSCAN groups points by how crowded their surroundings are. You pick a radius and a "
        "minimum count; a point with at least that many neighbours inside the radius is a "
        "crowded point, and crowded points that sit within the radius of each other are chained "
        "into one group. Points near a crowded point but not crowded themselves join its group "
        "at the edge, and points near no crowded point are left out as stray points. Because "
        "groups grow by chaining, they can take any shape, like rings or long curves, and you "
        "never say up front how many groups there are. I would choose it over k-means when the "
        "groups are not round blobs, when there are stray points that should not be forced into "
        "a group, or when I do not know how many groups to expect."
    )
    question = load_packs([Path(__file__).resolve().parents[3] / "questions"]).get("tech.dbscan")
    score = score_answer(question, Transcript(plain))
    assert "reads as a full explanation" in score.basis["content"]
