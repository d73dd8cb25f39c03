"""In the real window: what is typed reaches the disk a moment after a pause in typing, and a
resumed session puts it back in the answer box (issue 12, item 12)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import begin_answering

TEXT = "Overfitting memorizes the noise"


def _type_an_answer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Start an interview, begin the first answer and type TEXT into the box."""
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    begin_answering(qtbot, window)
    qtbot.waitUntil(lambda: not window.interview.answer.isReadOnly(), timeout=5000)
    qtbot.keyClicks(window.interview.answer, TEXT)


def test_typing_is_kept_and_given_back_on_resume(qtbot, window, services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    _type_an_answer(qtbot, window)
    sid = window.controller.session_id
    draft = data_dir / "drafts" / f"session-{sid}.json"
    # the whole text: under load a draft may be written mid-typing, before the last words
    qtbot.waitUntil(lambda: draft.exists() and TEXT in draft.read_text("utf-8"), timeout=5000)
    window.shutdown()  # as if the app had been killed: nothing was sent

    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    try:
        record = services.storage.unfinished_session()
        assert record is not None and record.id == sid
        again.resume_session(record.id)
        qtbot.waitUntil(lambda: again.interview.answer.toPlainText() == TEXT, timeout=5000)
    finally:
        again.shutdown()


def test_words_typed_just_before_pause_reach_the_disk(qtbot, window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+P a moment after typing: the box turns read-only while paused, and the draft due
    then was dropped, so a paused interview whose app closed came back without those words."""
    _type_an_answer(qtbot, window)
    window.controller.toggle_pause()
    qtbot.waitUntil(lambda: window.controller.state is State.PAUSED, timeout=5000)
    draft = data_dir / "drafts" / f"session-{window.controller.session_id}.json"
    # the whole text: under load a draft may be written mid-typing, before the last words
    qtbot.waitUntil(lambda: draft.exists() and TEXT in draft.read_text("utf-8"), timeout=5000)


def test_words_typed_just_before_quitting_reach_the_disk(qtbot, window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Q a moment after typing: the last words, not yet on disk, were lost with the app."""
    _type_an_answer(qtbot, window)
    sid = window.controller.session_id
    window.close()
    draft = data_dir / "drafts" / f"session-{sid}.json"
    assert draft.exists() and TEXT in draft.read_text(encoding="utf-8")
