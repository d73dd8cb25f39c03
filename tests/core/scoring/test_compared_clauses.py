"""An answer's clause is compared only with the accepted clauses it shares an anchor with
(claims._by_anchor, perf44): the same wrong claims as comparing it with every accepted clause,
in the same order; and a pair's clauses are read once whatever the pair (exchanged_pairs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from simulator.core.questions import QuestionBank
from simulator.core.scoring import claims, exchanged_pairs
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize

HERE = Path(__file__).resolve().parent


class _Everything(dict):  # type: ignore[type-arg]
    """Every anchor maps to every accepted clause: the full comparison of before."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.every = tuple(range(count))

    def get(self, _anchor: Any, _default: Any = None) -> tuple[int, ...]:
        return self.every


def _answers(bank: QuestionBank) -> list[tuple[str, str]]:
    items = yaml.safe_load((HERE / "dev_wrong30_content.yaml").read_text(encoding="utf-8"))
    out = [
        (item["question"], text)
        for item in items
        if item.get("question") in bank.questions
        for kind, text in item.items()
        if kind != "question" and isinstance(text, str)
    ]
    assert len(out) > 40
    return out


def test_wrong_claims_are_those_of_the_comparison_with_every_accepted_clause(
    bank: QuestionBank, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = _answers(bank)
    indexed = []
    for qid, text in answers:
        said = tokenize(text)
        indexed.append(claims.wrong_claims(bank.get(qid), said, Stance(said)))
    assert any(indexed)  # the set has wrong claims to find
    monkeypatch.setattr(claims, "_by_anchor", lambda accepted: _Everything(len(accepted)))
    for (qid, text), found in zip(answers, indexed, strict=True):
        said = tokenize(text)
        assert claims.wrong_claims(bank.get(qid), said, Stance(said)) == found, (qid, text)


def test_an_accepted_clause_is_found_under_each_of_its_anchors(bank: QuestionBank) -> None:
    accepted = claims.accepted_clauses(bank.get("tech.bias-variance"))
    by_anchor = claims._by_anchor(accepted)
    for k, clause in enumerate(accepted):
        for anchor in clause.anchors:
            assert k in by_anchor[anchor]
    assert all(list(ks) == sorted(set(ks)) for ks in by_anchor.values())


def test_a_clause_is_read_once_for_every_pair() -> None:
    read = exchanged_pairs._sentences(
        "The other one might copy the model, which is not cheap; data parallelism splits it."
    )
    (first, second), (third,) = (sentence.pieces for sentence in read)
    assert first.other and first.hedged and first.cut == len(first.words)
    assert not second.hedged and second.words[second.cut] == "not"
    assert not third.other and third.stems[:2] == ("data", "parallel")
