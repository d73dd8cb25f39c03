"""Walkthrough 46: Attempts of a behavioral question said "Key points · The same key points in
both attempts." beside a later story that had lost its action and its result. A story has no key
points; what it gains or loses are its STAR parts, and the panel now says which."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument

from simulator.core.attempts import compare, practice_plan
from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from simulator.ui.pages.attempts import _points_html
from tests.core.test_weakest_category_tip40 import PACK, STORY

WHOLE = STORY  # all four parts told
SCENE_ONLY = ". ".join(STORY.split(". ")[:2]) + "."  # its situation and task only
TECH = "Overfitting fits noise in the training set, so validation error rises."


def _shown(tmp_path: Path, qid: str, first: str, second: str) -> str:
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "s.sqlite3")
    for text in (first, second):
        sid = storage.create_session(practice_plan(qid, None))
        score = score_answer(bank.get(qid), Transcript(text=text))
        storage.add_answer(sid, qid, 0, "typed", text, score=score)
    before, after = storage.attempts(qid)
    storage.close()
    doc = QTextDocument()
    doc.setHtml(_points_html(compare(before, after)))
    return doc.toPlainText()


def test_a_story_that_lost_parts_says_which(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown = _shown(tmp_path, "beh.conflict", WHOLE, SCENE_ONLY)
    assert "key points" not in shown.lower(), shown
    assert "missing now: Action, Result" in shown, shown
    assert "Told in both: Situation, Task" in shown, shown


def test_a_story_that_gained_parts_and_one_told_alike(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gained = _shown(tmp_path / "a", "beh.conflict", SCENE_ONLY, WHOLE)
    assert "told now: Action, Result" in gained, gained
    alike = _shown(tmp_path / "b", "beh.conflict", WHOLE, WHOLE)
    assert "The same parts told in both attempts: Situation, Task, Action, Result." in alike


def test_a_technical_answer_still_compares_key_points(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown = _shown(tmp_path, "tech.overfit", TECH, TECH)
    assert "The same key points in both attempts." in shown
    assert "STAR" not in shown
