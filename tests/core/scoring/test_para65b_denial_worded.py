"""A point denied in the rubric's words is lifted by meaning only beside a point said in them
(issue 9, para65b).

* para65 (key_points.DENIAL_SAID_ELSEWHERE) let a point whose rubric words sit only in a denial
  earn what another sentence says by meaning. The static vectors come as near a point from a
  sentence that talks around it as from one that says it, so a confident wrong answer that
  names no point in the rubric's words lifted its denied point from a sentence about something
  else: an uncaught verbose-wrong data-leakage answer went 44 -> 68, just under its partial's 70,
  its 'to be sure the test set was not leaking, we copied test rows into training' overturned by
  'if the two scores match, there is no leakage'. The denial now stands unless the answer
  explains another point in the rubric's words (key_points.DENIAL_NEEDS_WORDED); round 64's
  blind forecasting paraphrase keeps its gain (test_para65_said_elsewhere.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.scoring import key_points, score_answer
from simulator.core.transcript import Transcript

# round 64's blind forecasting paraphrase's kind: the naive forecast denied by its words ('can't
# beat "same as last week"'), said plainly elsewhere, beside a point said in the rubric's words
from tests.core.scoring.test_para65_said_elsewhere import _DENIED_THEN_SAID, _bank

_HERE = Path(__file__).parent

# every rubric word of the 'preprocessing' point sits in a denial; no point is said in words
_WRONG_NEAR_ALL = (
    "I picture leakage as a pipe with cracks: every extra processing step adds a crack, and a "
    "little of the answer seeps into the inputs. On a pricing project we had about thirty "
    "columns. First we measured how strongly each column moved with the outcome across all the "
    "rows, and we kept the strongest ones, since a strong link shows the column is honest. We "
    "trained on most of the rows, and to be sure the test set was not leaking, we moved a few "
    "test rows into training as reference points so that the two sets line up. At the end we "
    "compared the score on the held-back rows with the score on the training rows, and since the "
    "two were almost the same, there was no leakage."
)


def _scored(text: str, qid: str) -> tuple[int, dict[str, tuple[str, str, float]]]:
    score = score_answer(_bank().get(qid), Transcript(text))
    return score.overall, {k.id: (k.status, k.via, k.credit) for k in score.key_points}


def test_a_denied_point_stands_when_no_point_is_said_in_the_rubrics_words() -> None:
    overall, points = _scored(_WRONG_NEAR_ALL, "tech.data-leakage")
    assert points["preprocessing"] == ("contradicted", "words", 0.0)
    assert not any(st == "explained" and via == "words" for st, via, _ in points.values())
    assert overall < 50


def test_without_the_condition_the_wrong_answer_was_lifted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(key_points, "DENIAL_NEEDS_WORDED", False)
    overall, points = _scored(_WRONG_NEAR_ALL, "tech.data-leakage")
    assert points["preprocessing"][:2] == ("explained", "meaning")
    assert overall >= 50


def test_a_plain_sentence_of_its_own_still_lifts_a_denied_point() -> None:
    # no other point is said in the rubric's words here: the sentence that says the naive
    # forecast lifts it alone and comes as near it as the model answer's own
    _, points = _scored(_DENIED_THEN_SAID, "tech.forecasting-baselines")
    status, via, credit = points["naive"]
    assert (status, via) == ("explained", "meaning")
    assert credit >= 0.5


def test_round_64s_blind_forecasting_paraphrase_keeps_beating_its_partial() -> None:
    items = yaml.safe_load((_HERE / "dev_blind64_content.yaml").read_text(encoding="utf-8"))
    item = next(i for i in items if i["question"] == "tech.forecasting-baselines")
    paraphrase, points = _scored(item["paraphrase"], item["question"])
    partial, _ = _scored(item["partial"], item["question"])
    assert points["naive"][:2] == ("explained", "meaning")
    # ... beside another point said in the rubric's words
    assert any(st == "explained" and via == "words" for st, via, _ in points.values())
    assert paraphrase > partial
