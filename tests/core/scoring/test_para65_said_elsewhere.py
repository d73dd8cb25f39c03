"""A correct answer in everyday words loses no credit to its rubric words' places (issue 9, para65).

* A point whose only rubric words sit in a sentence that denies something ("a complex model that
  can't beat repeating last week adds nothing" names the naive forecast under "can't") was read
  as denied, and a plain sentence that says it ("the first guess is that tomorrow will look just
  like today") earned it nothing by meaning: round 64's blind forecasting paraphrase lost 65 to
  its partial's 82. Such a point now earns what the other sentence says (the denying sentence
  stays out of the meaning reading); a denial no other sentence answers still stands.
* A case answer read in full in its own words covered few case steps, whose cues are the
  rubric's words: round 64's blind customer-reviews paraphrase covered 2 of 8 steps where the
  partial answer naming BERT, a dashboard and F1 covered 5, and lost 73 to 82 with more of the
  key-point weight. In a full reading with no wrong claim, the steps count as far as the key
  points it covers.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import content, key_points, score_answer
from simulator.core.transcript import Transcript

_HERE = Path(__file__).parent
_REPO = _HERE.parents[2]

_DENIED_THEN_SAID = (
    "Before building anything fancy I would try the simplest guesses first. The first guess is "
    "that tomorrow will look just like today. Another one repeats the value from the same weekday "
    "a week earlier, which keeps the weekly rhythm. A third is the plain average of the recent "
    "weeks. These take minutes to build, and they show how hard the problem really is. A complex "
    "model that can't beat repeating last week adds nothing. If it wins by a huge margin, suspect "
    "a bug, such as the model peeking at the future."
)
_DENIED_ONLY = (
    "I would not use the last value as the forecast, since it ignores everything before it. "
    "I prefer a moving average and exponential smoothing, which smooth out the noise. "
    "They set the bar that any complex model has to clear."
)


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([_REPO / "questions"])


def _point(text: str, qid: str, point: str) -> tuple[str, str, float, str | None]:
    score = score_answer(_bank().get(qid), Transcript(text))
    kp = next(k for k in score.key_points if k.id == point)
    return kp.status, kp.via, kp.credit, kp.evidence


def test_a_point_denied_by_its_words_and_said_in_other_words_earns_by_meaning() -> None:
    status, via, credit, evidence = _point(_DENIED_THEN_SAID, "tech.forecasting-baselines", "naive")
    assert (status, via) == ("explained", "meaning")
    assert credit >= 0.5
    # the evidence says the point; the denying sentence is never it
    assert evidence == "The first guess is that tomorrow will look just like today."


def test_a_denial_no_other_sentence_answers_still_stands() -> None:
    status, _, credit, _ = _point(_DENIED_ONLY, "tech.forecasting-baselines", "naive")
    assert (status, credit) == ("contradicted", 0.0)


def test_without_the_rule_the_denied_point_earned_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(key_points, "DENIAL_SAID_ELSEWHERE", False)
    status, _, credit, _ = _point(_DENIED_THEN_SAID, "tech.forecasting-baselines", "naive")
    assert (status, credit) == ("contradicted", 0.0)


def _blind64(qid: str) -> dict[str, str]:
    items = yaml.safe_load((_HERE / "dev_blind64_content.yaml").read_text(encoding="utf-8"))
    return next(item for item in items if item["question"] == qid)


def test_a_case_answer_read_in_full_counts_its_steps_as_its_key_points() -> None:
    answers = _blind64("case.nlp-customer-reviews")
    question = _bank().get("case.nlp-customer-reviews")
    paraphrase = score_answer(question, Transcript(answers["paraphrase"]))
    partial = score_answer(question, Transcript(answers["partial"]))
    assert "read by meaning: counted as its key points" in paraphrase.basis["content"]
    assert paraphrase.overall > partial.overall
    # the steps shown are still only those its words cover: none is marked without evidence
    assert all(step.evidence for step in paraphrase.framework if step.covered)


@pytest.mark.parametrize("kind", ["partial", "weak", "long_wrong", "long_wrong2", "keywords"])
def test_no_other_case_answer_has_its_steps_read_by_meaning(kind: str) -> None:
    # a partial or weak answer is not read in full; a wrong one is charged; a list is no prose
    answers = _blind64("case.nlp-customer-reviews")
    score = score_answer(_bank().get("case.nlp-customer-reviews"), Transcript(answers[kind]))
    assert "read by meaning: counted as its key points" not in score.basis["content"]


def test_without_the_rule_the_case_paraphrase_lost_to_the_partial(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(content, "STEPS_BY_MEANING", False)
    answers = _blind64("case.nlp-customer-reviews")
    question = _bank().get("case.nlp-customer-reviews")
    paraphrase = score_answer(question, Transcript(answers["paraphrase"]))
    partial = score_answer(question, Transcript(answers["partial"]))
    assert paraphrase.overall < partial.overall
