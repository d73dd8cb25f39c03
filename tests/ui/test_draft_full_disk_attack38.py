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
from tests.ui.stand_ins import begin_answering, staying_at_quit, wait_state
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
        # kept at the space after "precision." (a sentence's end), then after the pause
        qtbot.waitUntil(
            lambda: (
                getattr(c.core.drafts.read(sid), "text", None) == SECOND + " Then monitor recall."
            ),
            timeout=HANG_MS,
        )
        (first,) = storage.answers(sid)
        assert first.text == FIRST  # the earlier answer is on disk
    finally:
        window.shutdown()
        storage.close()
        paths.set_data_dir(None)


def test_quitting_while_the_typed_answer_cannot_be_kept_does_not_say_it_is_kept(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch
) -> None:
    """Ctrl+Q mid-answer said "What you have typed in this answer is kept as a draft" while
    the draft could not be written (a full disk): quitting lost the text. It says now that
    the text is not kept, and how to keep it (submit it first: an answer that cannot be
    saved is kept in memory and offered to be written elsewhere at quit)."""
    import errno

    from simulator.core.session import drafts as drafts_module

    def full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    texts = staying_at_quit(monkeypatch)
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    begin_answering(qtbot, window)
    qtbot.keyClicks(page.answer, FIRST)
    qtbot.waitUntil(lambda: window.controller.session_id is not None, timeout=HANG_MS)
    window.quit_asked()
    assert "is kept as a draft" in texts[-1]  # the draft can be written: said as before
    monkeypatch.setattr(drafts_module, "replace_private", full)
    qtbot.keyClicks(page.answer, " More.")
    qtbot.waitUntil(lambda: "could not be kept" in page.notices.label.text(), timeout=HANG_MS)
    window.quit_asked()
    said = texts[-1]
    assert "kept as a draft" not in said, said
    assert "is not kept" in said and "Ctrl+Enter" in said, said
    assert window.isVisible()
