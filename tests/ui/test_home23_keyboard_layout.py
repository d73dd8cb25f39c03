"""Keyboard and layout leftovers of the twenty-third walkthrough: Home, Attempts, Progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QGraphicsTextItem

from tests.scores import answer_score, session_score
from tests.ui.mnemonics import assert_alt_letters_unique
from tests.ui.recorded import spoken_session

ALT = Qt.KeyboardModifier.AltModifier


def _interrupted(window, services) -> None:  # type: ignore[no-untyped-def]
    sid = services.storage.create_session({"question_ids": ["tech.overfit", "beh.conflict"]})
    services.storage.add_answer(sid, "tech.overfit", 0, "typed", "kept")
    window.home.offer_resume(services.storage.session(sid))


def test_settings_and_all_sessions_have_their_letters(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Home's "Settings…" and "All sessions…" were its only buttons without an Alt letter.
    (Discard has its letter since it asks first: test_walkthrough24_defects.)"""
    _interrupted(window, services)
    home = window.home
    home.preset.setFocus()
    for key, target in ((Qt.Key.Key_N, home.settings_button),
                        (Qt.Key.Key_L, home.all_sessions_button)):  # fmt: skip
        assert "&" in target.text()
        # the letter is the button's own: pressing it must not reach another control
        assert QKeySequence.mnemonic(target.text()) == QKeySequence(ALT.value | key.value)
    assert_alt_letters_unique(home)
    opened: list[str] = []
    window.home.settings_requested.disconnect()
    window.home.settings_requested.connect(lambda: opened.append("settings"))
    window.home.history_requested.disconnect()
    window.home.history_requested.connect(lambda: opened.append("history"))
    qtbot.keyClick(home, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: opened == ["settings"], timeout=2000)  # an animated click
    qtbot.keyClick(home, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: opened == ["settings", "history"], timeout=2000)


def test_the_topic_list_keeps_its_rows_beside_the_resume_banner(
    qtbot, themed, window, services
) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640 the banner of an interrupted interview (its text wrapped to four lines
    beside Resume and Discard) squeezed Home's topic list to about 3 rows. The banner now
    spans the page and the keyboard hint sits under the past sessions: 5 rows, 8 without it."""
    window.resize(window.minimumSize())
    QApplication.processEvents()
    topics = window.home.topics
    row = topics.sizeHintForRow(0)
    without = topics.viewport().height() // row
    _interrupted(window, services)
    qtbot.waitUntil(lambda: window.home.interrupted.isVisible(), timeout=5000)
    QApplication.processEvents()
    shown = topics.viewport().height() // row
    assert without >= 8 and shown >= 5, (without, shown)  # 3 before


def test_attempts_open_on_their_first_choice(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Attempts put the keyboard on the later attempt's box, past the first control: Tab
    from there skipped "Compare", and Shift+Tab was needed to reach it."""
    for text in ("It memorizes noise.", "It memorizes noise and fails on new data."):
        sid = services.storage.create_session({"name": "Quick", "question_ids": ["tech.overfit"]})
        services.storage.add_answer(sid, "tech.overfit", 0, "typed", text,
                                    score=answer_score(40, "tech.overfit"))  # fmt: skip
        services.storage.finish_session(sid, session_score(40))
    window.past.open_attempts("tech.overfit")
    page = window.past.attempts
    qtbot.waitUntil(lambda: page.diff is not None and page.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    assert QApplication.focusWidget() is page.earlier
    qtbot.keyClick(page.earlier, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.later


def test_a_chart_axis_title_is_whole_with_a_status_message(
    qtbot, themed, window, services, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640 with a message in the status bar, Progress's charts lost 11 px each and
    the delivery chart's right-axis title was cut ("fillers / 100 wor...")."""
    for _ in range(2):
        spoken_session(services.storage, services.bank, data_dir / "a.wav")
    window.resize(window.minimumSize())
    window.statusBar().showMessage("Saved a long status message for the test")
    window.past.open_progress()
    page = window.past.progress
    qtbot.waitUntil(lambda: page.summary.text().startswith("2 finished"), timeout=5000)
    qtbot.waitUntil(lambda: page.isVisible(), timeout=5000)
    QApplication.processEvents()
    assert window.height() <= window.minimumHeight() + 1
    checked = 0
    for view in (page.scores_chart, page.delivery_chart, page.star_chart):
        chart = view.chart()
        for axis in chart.axes(Qt.Orientation.Vertical):
            # Qt elides an axis title longer than the plot is high, measured as a text item
            # (its document margins included)
            item = QGraphicsTextItem(axis.titleText())
            item.setFont(axis.titleFont())
            need = item.boundingRect().width()
            assert chart.plotArea().height() >= need, (axis.titleText(), chart.plotArea())
            checked += 1
    assert checked == 4  # score, wpm, fillers, STAR share
