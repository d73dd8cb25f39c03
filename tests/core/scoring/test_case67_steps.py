"""Case steps (issue 9, case67): what covers a step of a case design, in new words.

* a stage told by its everyday verb ("train", "evaluate", "launch") covers its step, as the
  field's nouns ("model", "metric", "deploy") already did;
* a noun of an act in -ion or -ity ("production", "limitation") is not met by its root, another
  word ("product", "limit"): every answer on a product case covered the deployment step;
* a sentence that asserts a wrong claim covers no step, as it earns no key point.
"""

from __future__ import annotations

from simulator.core.scoring import score_answer
from simulator.core.scoring.framework_cues import root_only
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import shipped_question


def _steps(qid: str, text: str) -> dict[str, bool]:
    score = score_answer(shipped_question(qid), Transcript(text))
    return {f.step: f.covered for f in score.framework}


def test_a_stage_told_by_its_everyday_verb_covers_its_step() -> None:
    said = (
        "I'd look at how often each member has skipped sessions lately, their billing "
        "trouble and how long they have been with us. I would train a boosted tree on last "
        "year's members so it can guess who cancels in the next month. Then I'd evaluate it "
        "on the most recent months it never saw, and launch it for the retention team once "
        "it clearly beats the simple rule they use today."
    )
    steps = _steps("case.churn-prediction", said)
    assert steps["metrics"] and steps["deployment"]


def test_a_noun_of_an_act_is_not_met_by_its_root() -> None:
    assert root_only("production", ["product"])
    assert root_only("limitation", ["limits"])
    assert not root_only("production", ["production"])
    assert not root_only("deploy", ["deployed"])


def test_the_word_product_does_not_cover_deployment() -> None:
    said = (
        "For every product and store I'd forecast the next two weeks of sales, because that "
        "is how far ahead each product has to be ordered, using holidays and price cuts as "
        "the signals that move it."
    )
    assert not _steps("case.demand-forecasting", said)["deployment"]


def test_production_itself_still_covers_deployment() -> None:
    said = (
        "Once the forecasts beat the naive baseline, they go to production as a nightly job "
        "so that every store has its order suggestion before it opens."
    )
    assert _steps("case.demand-forecasting", said)["deployment"]


def test_a_step_said_only_in_a_wrong_claim_is_not_covered() -> None:
    said = (
        "A subscriber churns if they cancel within thirty days of the snapshot date, and the "
        "features are tenure, watch time and payment failures, so the retention team knows "
        "why each person is flagged. Accuracy is the right metric for churn, so that is "
        "what I'd report."
    )
    score = score_answer(shipped_question("case.churn-prediction"), Transcript(said))
    charged = {m.evidence for m in score.misconceptions} | {
        k.evidence for k in score.key_points if k.contradiction
    }
    assert any("Accuracy" in e for e in charged if e)
    assert not {f.step: f.covered for f in score.framework}["metrics"]
