"""The weakest-category tip about an answer whose question is no longer in the packs read
"practise the  question again": its topic comes from the question, so it named nothing. It is
named by its row on the scorecard instead (attack run 45)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scorecard.build import build_scorecard
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from tests.core.test_weakest_category_tip40 import PACK, STORY, WEAK_TECH


def _tips_without(tmp_path: Path, texts: dict[str, str], gone: str) -> list[str]:
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "s.sqlite3")
    sid = storage.create_session({"name": "Mixed", "question_ids": list(texts)})
    items = []
    for position, (qid, text) in enumerate(texts.items()):
        score = score_answer(bank.get(qid), Transcript(text=text))
        storage.add_answer(sid, qid, position, "typed", text, score=score)
        items.append((bank.get(qid), score))
    storage.finish_session(sid, score_session(items))
    del bank.questions[gone]  # the pack was edited since
    card = build_scorecard(storage.session(sid), bank)
    storage.close()
    return card.tips


def test_a_gone_question_is_named_by_its_row_in_the_weakest_category_tip(tmp_path: Path) -> None:
    tips = _tips_without(
        tmp_path, {"beh.conflict": STORY, "tech.overfit": WEAK_TECH}, "tech.overfit"
    )
    (tip,) = [t for t in tips if t.startswith("Technical is your weakest category")]
    assert "practise question 2 again (Ctrl+Shift+P on its row)" in tip, tip
    assert "  " not in tip and "the  question" not in tip, tip


def test_a_gone_question_is_named_by_its_row_in_a_one_category_session(tmp_path: Path) -> None:
    (tip,) = [
        t
        for t in _tips_without(tmp_path, {"tech.overfit": WEAK_TECH}, "tech.overfit")
        if t.startswith("Practise technical questions again")
    ]
    assert "start with question 1 (" in tip and "  " not in tip, tip
