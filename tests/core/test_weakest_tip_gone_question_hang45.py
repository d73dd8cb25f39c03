"""The weakest-category tip about an answer whose question is no longer in the packs read
"practise the  question again": its topic comes from the question, so it named nothing (attack
run 45). Named by its row, it still sent the person to practise a question that cannot be
practised ("it is no longer in the question bank", review of round 45): the tip names the
weakest answer whose question is still there, and otherwise keeps the scorer's own tip."""

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


def test_the_weakest_category_tip_never_sends_to_a_gone_question(tmp_path: Path) -> None:
    tips = _tips_without(
        tmp_path, {"beh.conflict": STORY, "tech.overfit": WEAK_TECH}, "tech.overfit"
    )
    assert not any("practise question" in t or "the  question" in t for t in tips), tips
    assert not any(t.startswith("Technical is your weakest category") for t in tips), tips


def test_a_one_category_session_of_a_gone_question_is_not_sent_to_practise_it(
    tmp_path: Path,
) -> None:
    tips = _tips_without(tmp_path, {"tech.overfit": WEAK_TECH}, "tech.overfit")
    assert not any(t.startswith("Practise technical questions again") for t in tips), tips
    assert tips, "the scorer's own tips stay"
