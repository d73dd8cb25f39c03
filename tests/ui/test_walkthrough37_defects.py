"""Walkthrough 37 (ux37, keyboard only, a new user with an empty data folder and a broken pack, in
a real X window at 1280x800 and 960x640, light and dark): each defect seen there, through the
real window (offscreen here)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.waits import HANG_MS

WAIT_MS = 5000  # for what follows a key at once (a focus, a dialog closing)


def _window_over_a_broken_pack(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    """The window of a first start whose questions folder holds a pack that is not YAML."""
    from simulator.core.storage import Storage
    from simulator.services import Services
    from simulator.settings import Settings
    from simulator.ui.main_window import MainWindow
    from tests.ui.waits import wait_for_bank

    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    (packs / "a_broken.yaml").write_text("questions:\n  - id: [\n", encoding="utf-8")
    storage = Storage(data_dir / "sessions.sqlite3")
    services = Services(
        bank=None, storage=storage, settings=Settings(voice_enabled=False), speaker=None
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    wait_for_bank(qtbot, services)
    return window, storage


def test_the_pack_problems_button_is_reached_and_pressed_from_the_keyboard(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    """A first start with a broken pack, keyboard only: Tab reached "1 problem in question
    packs…" at the status bar's end, and Enter on it did nothing (a plain QPushButton outside
    a dialog takes only Space; every other button of the window takes Enter too). Tab reaches
    it from Home, Enter opens the list, Esc closes it and the focus is back on the button."""
    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QPushButton

    window, storage = _window_over_a_broken_pack(qtbot, data_dir)
    try:
        button = window.statusBar().findChild(QPushButton, "packProblemsButton")
        assert button is not None
        qtbot.waitUntil(button.isVisible, timeout=HANG_MS)
        for _ in range(60):
            if QApplication.focusWidget() is button:
                break
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is button, "Tab never reaches the problems button"
        qtbot.keyClick(button, Qt.Key.Key_Return)
        dialog = window.findChild(QDialog, "packProblemsDialog")
        assert dialog is not None, "Enter on the problems button opened nothing"
        qtbot.waitUntil(dialog.isVisible, timeout=HANG_MS)
        dialog.activateWindow()  # a window manager's part; offscreen has none
        listing = dialog.findChild(QPlainTextEdit, "packProblemsList")
        qtbot.waitUntil(listing.hasFocus, timeout=WAIT_MS)
        qtbot.keyClick(listing, Qt.Key.Key_Escape)
        qtbot.waitUntil(
            lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
        )
        qtbot.waitUntil(button.hasFocus, timeout=WAIT_MS)
    finally:
        window.shutdown()
        storage.close()


def test_progress_says_fillers_and_hedges_come_from_spoken_answers(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Typed answers only: Review marked "maybe" as a hedge in an answer, and Progress said
    "Your most repeated fillers and hedges: None said yet." They are counted in spoken
    answers (Delivery), as the charts beside them say: the list says so too."""
    from PySide6.QtCore import Qt

    from tests.ui.typed_session import TWO_ANSWERS, open_stored_scorecard

    open_stored_scorecard(qtbot, window, services, TWO_ANSWERS)
    window.go_home()
    qtbot.keyClick(window.home.preset, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=WAIT_MS)
    lists = window.past.progress.lists.toPlainText()
    assert "Your most repeated fillers and hedges\nFrom spoken answers: none yet." in lists, lists


def test_a_recording_s_length_is_the_same_on_the_player_and_above_it(  # type: ignore[no-untyped-def]
    qtbot, window, services, data_dir
) -> None:
    """Review of a spoken answer of 24.6 s: the line above it said "spoken, 25 s" (and the
    Delivery line "25 s used") while the player's clock said "0:00 / 0:24": the player cut its
    seconds off, every other screen rounds them. The clock rounds too."""
    import math

    from PySide6.QtMultimedia import QMediaPlayer

    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript
    from tests.ui.recorded import SPOKEN, timed_words, write_wav

    words = timed_words()
    end = words[-1].end
    audio = data_dir / "recordings" / "a.wav"
    duration = write_wav(audio, words, tail_s=math.ceil(end) + 0.6 - end)
    transcript = Transcript(SPOKEN, tuple(words), "whisper", "tiny.en", duration)
    storage = services.storage
    sid = storage.create_session({"name": "Custom", "question_ids": ["beh.conflict"]})
    score = score_answer(services.bank.get("beh.conflict"), transcript)
    storage.add_answer(
        sid, "beh.conflict", 0, "spoken", SPOKEN, transcript=transcript.to_dict(),
        audio_path=str(audio), duration_s=duration, score=score,
    )  # fmt: skip
    storage.finish_session(sid, None)
    window.past.open_review(sid)
    page = window.past.review
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    opened = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: page.player.media.mediaStatus() in opened, timeout=HANG_MS)
    seconds = round(duration)
    assert f"spoken, {seconds} s" in page.meta.text(), page.meta.text()
    total = f"{seconds // 60}:{seconds % 60:02d}"
    qtbot.waitUntil(lambda: page.replay.clock.text().endswith(f" / {total}"), timeout=WAIT_MS)
