"""A wrong claim said again and again is explained once (attack run 33, very long transcripts).

Each sentence saying a wrong claim is charged, and the basis spelled out every charge: a long
answer repeating one claim in 286 sentences gave a basis of 286 'x0.50 - 15 points, then ...'
(about 7,000 characters on one line) and 286 'Misconception:' tips, the same correction each
time, on the scorecard and in `score`'s summary. The charges and the score are unchanged; the
basis counts a run of equal charges, and one tip per correction says how often it was said."""

from __future__ import annotations

from simulator.bank import load_bank
from simulator.core.scoring import score_answer
from simulator.core.scoring.results import AnswerScore
from simulator.core.transcript import Transcript

OPENING = "Bias is error from a model that is too simple, so it underfits. "


def _score(times: int) -> AnswerScore:
    question = load_bank().get("tech.bias-variance")
    claims = " ".join(f"On project {i}, more data reduces bias." for i in range(times))
    return score_answer(question, Transcript(text=OPENING + claims))


def test_the_basis_does_not_grow_with_each_repeat_of_a_claim() -> None:
    few, many = _score(3), _score(60)
    assert len(many.misconceptions) == 60  # still charged in each sentence
    # only the counts' digits differ ("3 misconceptions" / "60 ...", "4 times" / "61 times")
    assert abs(len(many.basis["content"]) - len(few.basis["content"])) <= 4
    assert many.basis["content"].count("x0.50 - 15 points") == 1
    # 60 claims; the weight-2 point the first one contradicts is that same claim, charged
    # once (quote47)
    assert "60 times x0.50 - 15 points" in many.basis["content"]


def test_one_tip_per_correction_saying_how_often() -> None:
    score = _score(60)
    tips = [t for t in score.feedback if t.startswith("Misconception")]
    corrections = {m.correction for m in score.misconceptions}
    assert len(tips) == len(corrections) == 2, tips
    assert sum("said 59 times" in t for t in tips) == 1
    assert all("On project" in t for t in tips)  # the first sentence that said it


def test_a_single_charge_reads_as_before() -> None:
    question = load_bank().get("tech.bias-variance")
    score = score_answer(question, Transcript(text=OPENING + "More data reduces bias."))
    tips = [t for t in score.feedback if t.startswith("Misconception")]
    assert tips == [
        "Misconception: “More data reduces bias.” - More data mainly reduces variance; a "
        "high-bias model needs more capacity or better features. It also contradicts a key "
        "point, “Remedies, more capacity or features for bias; more data, regularization or "
        "ensembling for variance”: one claim, charged once."
    ]
    # ... in that one tip (quote48: "How to improve" listed the claim twice)
    assert not any(t.startswith("Contradicts a key point") for t in score.feedback)
    # a misconception and a weight-2 point it contradicts in one clause: one claim, charged
    # once (it cost twice before quote47)
    assert score.basis["content"].endswith(
        "1 misconception, 1 contradicted key point (1 of them the same claim as another, "
        "charged once): each multiplies the score and takes points off (x0.50 - 15 points)"
    )
