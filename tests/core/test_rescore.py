"""Re-scoring and re-transcribing a stored session: all or nothing, progress, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.rescore import rescore_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word
from tests.scores import answer_score
from tests.ui.recorded import spoken_session

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def test_rescore_and_retranscribe_with_progress(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    s = Storage(tmp_path / "s.sqlite3")
    sid, ids = spoken_session(s, bank, tmp_path / "a.wav")
    s.update_score(ids[1], answer_score(3, "tech.overfit"))  # as an older scorer left it
    steps: list[tuple[int, int]] = []
    result = rescore_session(s, bank, sid, progress=lambda d, t: steps.append((d, t)))
    assert steps == [(1, 2), (2, 2)] and result.answers == 2 and result.changed == 1
    assert s.answer(ids[1]).overall not in (None, 3)
    assert result.after == s.session(sid).score.overall  # type: ignore[union-attr]

    better = (
        "Overfitting is when the model fits noise in the training set so validation error rises."
    )
    heard = Transcript(
        better,
        tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(better.split())),
        "whisper",
        "base",
        6.0,
    )
    before = s.answer(ids[0])
    result = rescore_session(s, bank, sid, transcribe=lambda _p, _t: heard)
    after = s.answer(ids[0])
    assert after.text == better and after.transcript["model"] == "base"
    assert after.score != before.score and result.answers == 2


def test_a_cancelled_rescore_changes_nothing(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    s = Storage(tmp_path / "s.sqlite3")
    sid, ids = spoken_session(s, bank, tmp_path / "a.wav")
    s.update_score(ids[1], answer_score(3, "tech.overfit"))
    before = s.session(sid).to_dict()
    calls = iter([False, False, True])
    result = rescore_session(
        s,
        bank,
        sid,
        transcribe=lambda _p, _t: Transcript("new words"),
        cancelled=lambda: next(calls),
    )
    assert result.cancelled and s.session(sid).to_dict() == before

    def broken(_p: Path, _t: object) -> Transcript:
        raise RuntimeError("model failed")

    with pytest.raises(RuntimeError, match="model failed"):
        rescore_session(s, bank, sid, transcribe=broken)
    assert s.session(sid).to_dict() == before  # failed part way: the old result stands
