"""The answer being typed, on a data folder whose disk fills (attack run 38, in the window).

The draft of the answer (kept on disk a moment after each pause in typing, so a crash loses
nothing) failed to be written without a word: the page looked as if all was kept. It now says
what could not be kept and where, above the answer; once the disk has room again the next
draft is written and the notice goes. The earlier answer and the text in the box are kept."""

from __future__ import annotations

from pathlib import Path

from simulator import paths
from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from tests.ui.stand_ins import begin_answering, wait_state
from tests.ui.waits import HANG_MS

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
FIRST = "Overfitting memorises noise in the training data; regularization helps."
SECOND = "I would label emails and train a classifier on text features, watching precision."


def test_a_draft_on_a_full_disk_is_said_and_the_answers_are_kept(  # type: ignore[no-untyped-def]
    qtbot, tmpfs, monkeypatch
) -> None:
    from simulator.ui.main_window import MainWindow

    data = tmpfs.mount("2m")
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(data))
    paths.set_data_dir(None)
    storage = Storage(data / "sessions.sqlite3")
    services = Services(
        bank=load_packs([PACK]),
        storage=storage,
        settings=Settings(voice_enabled=False, follow_ups=False),
        speaker=None,
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    try:
        page, c = window.interview, window.controller
        window.start_interview(Plan(counts={"technical": 1, "case": 1}, name="Custom"), False)
        begin_answering(qtbot, window)
        qtbot.keyClicks(page.answer, FIRST)
        c.primary(page.answer.toPlainText())
        wait_state(qtbot, window, State.REVIEWING, HANG_MS)
        c.primary("")  # the next question
        begin_answering(qtbot, window)
        filler = tmpfs.fill(data)
        qtbot.keyClicks(page.answer, SECOND)
        notice = page.notices.label
        qtbot.waitUntil(lambda: "could not be kept" in notice.text(), timeout=HANG_MS)
        said = notice.text()
        assert str(data / "drafts") in said and "no space left on the disk" in said, said
        assert not notice.isHidden()
        assert page.answer.toPlainText() == SECOND  # the text typed is still there
        filler.unlink()  # room again: the next draft is written and the notice goes
        qtbot.keyClicks(page.answer, " Then monitor recall.")
        qtbot.waitUntil(lambda: notice.isHidden(), timeout=HANG_MS)
        sid = c.core.session_id
        assert sid is not None
        kept = c.core.drafts.read(sid)
        assert kept is not None and kept.text == SECOND + " Then monitor recall."
        (first,) = storage.answers(sid)
        assert first.text == FIRST  # the earlier answer is on disk
    finally:
        window.shutdown()
        storage.close()
        paths.set_data_dir(None)
