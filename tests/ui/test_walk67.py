"""The walkthrough of round 67 (issue 8, ui67): a new user's keyboard-only walk through the
app in the real window (960 x 640 and 1400 x 900, light and dark), and the leftovers of round
66. Each test fails before its fix."""

from __future__ import annotations

from tests.ui.scorecard_tips import scorecard_with_tips
from tests.ui.test_walk65 import _finished

# the tips a one-question session ended early was given in the real window (walk66, ui67)
ONE_QUESTION_TIPS = [
    "Practise technical questions again tomorrow: start with question 1 (“How do you think "
    "about the trade-off between model complexity and interpretability when choosing a "
    "model?”), scored 0/100 this time (Ctrl+Shift+P on its row), and explain “Simple models "
    "like linear or small trees are transparent; ensembles and deep nets are more accurate on "
    "complex data but opaque”.",
    "Answer out loud next time: spoken answers also get pace, filler and pause feedback.",
]


def test_a_one_question_scorecard_shows_its_tips_whole_in_the_smallest_window(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640 the scorecard of a one-question session read "What to work on next
    (more below: scroll ↓)" over a three-line scroll of its two tips, beside a chart of one
    bar that said the overall's own number again ("Technical 0" beside "0 of 100"). A chart
    that tells nothing more than the overall is not drawn, and its room is the tips'."""
    sid = _finished(services, "Full loop", "Overfitting memorises noise.")
    smallest = window.minimumSize()
    page = scorecard_with_tips(
        qtbot, window, sid, (smallest.width(), smallest.height()), ONE_QUESTION_TIPS
    )
    assert page.scorecard is not None and len(page.scorecard.per_category) == 1
    assert not page.chart.isVisible()
    qtbot.waitUntil(lambda: not page.tips_title.text().endswith("scroll ↓)"), timeout=2000)
    scroll = page.tips_scroll
    assert scroll._full_height() <= scroll.viewport().height() + 1


def test_review_reads_no_recording_header_on_the_gui_thread(
    qtbot, window, services, data_dir, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Review opened a spoken answer's WAV on the GUI thread to read whether its samples are
    floating-point (``stored_as_floats``, as the answer was shown): a recording on a slow or
    sleeping disk held the window. The header is read where the review is made, off the GUI
    thread; the float recording still plays from its copy in range."""
    import pathlib
    import threading

    import soundfile

    from tests.ui.recorded import open_review, spoken_session

    audio = data_dir / "recordings" / "loud.wav"
    sid, _ids = spoken_session(services.storage, services.bank, audio)
    samples, rate = soundfile.read(str(audio), dtype="float32")
    soundfile.write(str(audio), samples * 32767.0, rate, subtype="FLOAT")
    gui, opened_here = threading.current_thread(), []
    real_open = pathlib.Path.open

    def watched(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.suffix == ".wav" and threading.current_thread() is gui:
            opened_here.append(self.name)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", watched)
    page = open_review(qtbot, window, sid)
    qtbot.waitUntil(lambda: page.player.media.source().toLocalFile() != "", timeout=60_000)
    assert opened_here == []
    assert page.player.media.source().toLocalFile() != str(audio)  # the copy in range


def _history_with(qtbot, window, services, count: int):  # type: ignore[no-untyped-def]
    """History opened on ``count`` finished sessions, the table holding the keyboard, a
    delete confirmed as if Alt+D were pressed; (page, the sessions' ids newest first)."""
    ids = [
        _finished(services, "Full loop", f"Overfitting memorises noise {n}.") for n in range(count)
    ]
    window.past.confirm = lambda _title, _text: True
    window.past.open_history()
    page = window.past.history
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=5000)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == count, timeout=5000)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=1000)
    return page, sorted(ids, reverse=True)


def _stored(services, session_id: int) -> bool:  # type: ignore[no-untyped-def]
    return any(s.id == session_id for s in services.storage.history_rows())


def test_ctrl_z_brings_back_a_session_deleted_on_history(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """History's Delete, once confirmed, deleted the session and its recordings at once and
    for good: a keyboard user who confirmed the wrong row (Delete, then Alt+D) lost a recorded
    interview. The row goes, a line says it was deleted and that Ctrl+Z brings it back, and
    Ctrl+Z does, chosen again; nothing is deleted while the undo is open."""
    from PySide6.QtCore import Qt

    page, (newest, older) = _history_with(qtbot, window, services, 2)
    assert page.selected_session() == newest
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
    assert page.undo_bar.isVisible()
    assert "Ctrl+Z" in page.undo_text.text(), page.undo_text.text()
    assert page.selected_session() == older  # the row that took its place
    assert page.summary.text() == "1 session"
    qtbot.wait(200)  # (a delete done at once would be done by now)
    assert _stored(services, newest)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=5000)
    assert page.selected_session() == newest
    assert not page.undo_bar.isVisible()
    assert _stored(services, newest) and _stored(services, older)


def test_a_session_deleted_on_history_is_deleted_once_the_person_goes_home(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """Its undo is past once History is left: the session is deleted for real, and Home does
    not list it."""
    from PySide6.QtCore import Qt

    page, (newest, older) = _history_with(qtbot, window, services, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)  # Back: Home
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=5000)
    qtbot.waitUntil(lambda: not _stored(services, newest), timeout=5000)
    assert _stored(services, older)
    from PySide6.QtWidgets import QListWidget

    listed = window.home.findChild(QListWidget, "historyList")

    def ids() -> list[int]:
        items = (listed.item(n) for n in range(listed.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items]

    qtbot.waitUntil(lambda: ids() == [older], timeout=5000)


def test_a_session_deleted_on_history_is_deleted_as_the_app_closes(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Closed with the undo still open, the session is deleted for real, not kept."""
    from PySide6.QtCore import Qt

    page, (newest, older) = _history_with(qtbot, window, services, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
    window.past.shutdown()  # (what the window's close runs, before the lanes drain)
    qtbot.waitUntil(lambda: not _stored(services, newest), timeout=5000)
    assert _stored(services, older)


def test_f1_lists_every_key_of_history_s_buttons(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """F1 on History listed Delete but not Ctrl+Z, the key of the Undo its line offers (ui67's
    own change, seen in the real window): every key a History button answers to is in the
    list's History or Everywhere section."""
    from PySide6.QtWidgets import QPushButton

    from simulator.ui.shortcuts_help import SHORTCUTS_HELP

    def keys(section: str) -> set[str]:
        lines = SHORTCUTS_HELP.split(f"\n{section}\n", 1)[1].split("\n\n", 1)[0]
        return {line.strip().split("  ", 1)[0] for line in lines.splitlines() if line.strip()}

    listed = keys("History") | keys("Everywhere")
    page = window.past.history
    answered = {
        str(b.property("shortcut_keys"))
        for b in page.findChildren(QPushButton)
        if b.property("shortcut_keys")
    }
    assert "Ctrl+Z" in answered
    assert answered <= listed, answered - listed


def test_history_does_not_say_no_sessions_yet_beside_the_one_just_deleted(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """The only session deleted, the empty table said "No sessions yet: each interview is
    listed here once you answer a question." above the line offering its undo (seen in the
    real window at 960 x 640)."""
    from PySide6.QtCore import Qt

    page, (only,) = _history_with(qtbot, window, services, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=5000)
    assert page.empty_note.isVisible()
    note = page.empty_note.text()
    assert "yet" not in note and note.startswith("No other session"), note
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
    assert not page.empty_note.isVisible()
    assert _stored(services, only)
