"""Round 41 (issue 9, para41): an answer in its own words (meaning_credit.reads_in_full's
own-words reading) comes near a point through the model answer's sentences that explain it as
well as through the point's wordings (``OWN_WORDS_EXPLAINED``), and a full reading in its own
words lifts a point by ``OWN_WORDS_SLOPE`` x its closeness: everyday words come near a technical
point less closely than its terms, so the same slope paid a point said in full a third of it.
A wrong answer in its own words, and one in the rubric's words, gains nothing from either."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import load_packs
from simulator.core.scoring import meaning_credit, score_answer
from simulator.core.scoring.meaning import MeaningReading, PointMeaning
from simulator.core.scoring.meaning_credit import meaning_lifts, reads_in_full
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

HERE = Path(__file__).parent
DEV_PACKS = [HERE / "packs" / name for name in ("para38held", "para39held", "para40held")]


def _items(file: str) -> list[dict[str, str]]:
    return list(yaml.safe_load((HERE / file).read_text(encoding="utf-8")))


def _answer(file: str, qid: str, kind: str) -> str:
    return str(next(i for i in _items(file) if i["question"] == qid)[kind])


def _switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning_credit, "OWN_WORDS_EXPLAINED", False)
    monkeypatch.setattr(meaning_credit, "OWN_WORDS_SLOPE", meaning_credit.FULL_SLOPE)


def test_a_point_near_only_through_its_explaining_sentence_counts_in_the_own_words_reach(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the explaining sentences alone: the answer's own text is the model answer, whose
    # sentences also tell its points apart (para46, point_margins.py)
    monkeypatch.setattr(meaning_credit, "MARGIN_REACH", False)
    q = load_packs([HERE / "packs" / "para33dev"]).get("tech.p33d-hard-negative-mining")
    n = len(q.key_points)
    # every point far by its wordings, near by the model answer's explaining sentence
    far = MeaningReading([PointMeaning(0.0, 0.1, k, explained=(0.3, k)) for k in range(n)], -0.5)
    answer = tokenize(q.model_answer)
    assert reads_in_full(q, answer, set(), [0.0] * n, far).reach == 1.0
    # ... each in a sentence of its own: one sentence near every point's explanation is generic
    one = MeaningReading([PointMeaning(0.0, 0.1, k, explained=(0.3, 0)) for k in range(n)], -0.5)
    assert reads_in_full(q, answer, set(), [0.0] * n, one).reach < 0.6
    # ... not in an answer whose points the rubric's words already name
    assert reads_in_full(q, answer, set(), [0.5] * n, far).reach == 0.0
    monkeypatch.setattr(meaning_credit, "OWN_WORDS_EXPLAINED", False)
    assert reads_in_full(q, answer, set(), [0.0] * n, far).reach == 0.0


def test_a_full_reading_in_its_own_words_lifts_by_its_own_slope() -> None:
    points = [PointMeaning(0.0, 0.3, 0), PointMeaning(0.0, 0.42, 1)]
    own = [c for c, _ in meaning_lifts(points, True, own_words=True)]
    usual = [c for c, _ in meaning_lifts(points, True)]
    assert own == [0.6, 0.84]  # OWN_WORDS_SLOPE x closeness, from OWN_WORDS_REACH
    assert usual == [0.0, 0.525]  # FULL_SLOPE x closeness, from FULL_FROM


def test_a_dev_paraphrase_in_its_own_words_passes_its_partial(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Dev (para33dev, importance weighting): the paraphrase came near three points only through
    the model answer's explaining sentences (reach 0.5, scored 1 against the partial's 45); read
    in full with the usual slope it tied the partial. Since charge60 the rubric's own formulas
    ("p(y|x)", "p_test(x) / p_train(x)") are read as words ("the probability of y given x"), and
    the paraphrase comes near its points without the own-words reading too (52 against the
    partial's 45): the reading still lifts it (85)."""
    q = load_packs([HERE / "packs" / "para33dev"]).get("tech.p33d-importance-weighting")
    file = "dev_para33_content.yaml"
    said = score_answer(q, Transcript(_answer(file, q.id, "paraphrase"))).overall
    partial = score_answer(q, Transcript(_answer(file, q.id, "partial"))).overall
    assert said > partial
    _switched_off(monkeypatch)
    assert score_answer(q, Transcript(_answer(file, q.id, "paraphrase"))).overall < said


def test_wrong_answers_in_plain_words_gain_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """dev_para41: verbose-wrong answers in everyday words (turned directions, restated then
    denied, made-up mechanisms) score as they did without the own-words reading's new parts."""
    bank = load_packs(DEV_PACKS)
    items = _items("dev_para41_content.yaml")
    # (the own-words reading is what this guards: para69's whole-weight cap for a point the
    # margin reading confirms lifts the reservoir-sampling answer 68 -> 70, uncaught and above
    # its partial answer before and after)
    monkeypatch.setattr(meaning_credit, "CONFIRMED_CREDIT", meaning_credit.FULL_CREDIT)
    now = [score_answer(bank.get(i["question"]), Transcript(i["long_wrong"])) for i in items]
    _switched_off(monkeypatch)
    before = [score_answer(bank.get(i["question"]), Transcript(i["long_wrong"])) for i in items]
    assert [s.overall for s in now] == [s.overall for s in before]
