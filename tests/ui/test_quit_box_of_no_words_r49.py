"""What the quit question says of the answer box is decided by the engine's own rule for a
draft (read-again review of round 48): a box of no words ("...") is no answer, so the engine
keeps only its time used and, when that cannot be written (a full disk), says nothing; the quit
question read any character as typed and said "What you have typed in this answer is kept as a
draft" of a draft that was never written."""

from __future__ import annotations

import errno
from pathlib import Path

from simulator.core.plan import Plan
from simulator.core.session import drafts as drafts_module
from simulator.ui.quit_confirm import quit_allowed
from tests.ui.stand_ins import begin_answering, staying_at_quit
from tests.ui.waits import HANG_MS


def test_a_box_of_no_words_is_not_said_kept_as_a_draft_r49(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(drafts_module, "replace_private", full)
    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    qtbot.waitUntil(lambda: window.controller.session_id is not None, timeout=HANG_MS)
    window.interview.answer.setPlainText(" ... ")
    window.controller.save_draft(" ... ")
    qtbot.waitUntil(lambda: not window.controller.busy(), timeout=HANG_MS)
    assert not window.controller.draft_not_kept  # the engine: no words, nothing at risk
    said = staying_at_quit(monkeypatch)
    assert not quit_allowed(window)
    assert said and "What you have typed" not in said[0], said
