"""An answer written in Hebrew, Arabic, Greek or Cyrillic has words: the scorecard called it
"Skipped (no words, counts as 0)" and counted it among the skipped, because it looked for Latin
letters only, while the interview had taken and scored it (the one rule: no letters or digits at
all is no answer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.scorecard.build import build_scorecard
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from tests.scores import session_score

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


@pytest.mark.parametrize(
    "text",
    ["הטיה היא שגיאה ממודל פשוט מדי", "التحيز هو خطأ من نموذج بسيط", "Переобучение — это шум"],
    ids=["hebrew", "arabic", "cyrillic"],
)
def test_an_answer_in_another_script_is_answered_not_skipped(data_dir: Path, text: str) -> None:
    bank = load_packs([PACK])
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick", "question_ids": ["tech.overfit", "case.spam"]})
    score = score_answer(bank.get("tech.overfit"), Transcript(text=text))
    storage.add_answer(sid, "tech.overfit", 0, "typed", text, score=score)
    storage.add_answer(sid, "case.spam", 1, "skipped", "", score=None)
    storage.finish_session(sid, session_score(score.overall))
    card = build_scorecard(storage.session(sid), bank)
    mine, skipped = card.answers
    assert not mine.skipped and mine.shown_overall != "skipped"
    assert skipped.skipped
    assert "1 skipped" in card.overall_basis
    storage.close()
