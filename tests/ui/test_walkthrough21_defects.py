"""Defects met in the twenty-first keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from tests.scores import answer_score, session_score
from tests.ui.stand_ins import wait_reached


def _typed_session(storage, plan: str, qid: str, text: str, overall: int) -> int:  # type: ignore[no-untyped-def]
    sid = storage.create_session({"name": plan, "question_ids": [qid]})
    storage.add_answer(sid, qid, 0, "typed", text, score=answer_score(overall))
    storage.finish_session(sid, session_score(overall))
    return sid


def test_tab_leaves_the_history_table(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Tab in History's table moved an unseen current cell along the selected row, then on to
    the next rows: the keyboard never left the table for the buttons under it."""
    _typed_session(services.storage, "Quick practice", "tech.overfit", "It memorizes noise.", 35)
    _typed_session(services.storage, "System design", "case.spam", "Start with the metric.", 80)
    qtbot.keyClick(
        window.home.preset,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=5000)
    page = window.past.history
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=5000)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table
    # and no table of any page keeps Tab for itself
    attempts = window.past.attempts  # built on first use
    tables = window.findChildren(QTableView)
    assert attempts.figures in tables
    assert [t.objectName() for t in tables if t.tabKeyNavigation()] == []


class _Rendering:
    """A speaker whose every text renders at once to a file (never played: no output here)."""

    def __init__(self, path) -> None:  # type: ignore[no-untyped-def]
        self.path = path
        self.rendered: list[str] = []

    def render_parts(self, text: str) -> list[Future[Path]]:
        self.rendered.append(text)
        done: Future[Path] = Future()
        done.set_result(self.path)
        return [done]


def test_a_voice_known_unheard_is_not_shown_speaking(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With no audio output, every later question was still rendered first: the page said
    "Interviewer is speaking" and "Listen to the question" for seconds of silence, under the
    notice that questions are shown as text only."""
    from PySide6.QtMultimedia import QMediaDevices

    from simulator.ui.interviewer_voice import NO_OUTPUT, InterviewerVoice
    from simulator.ui.tasks import TaskManager

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    speaker = _Rendering(tmp_path / "part.wav")
    tasks = TaskManager()
    voice = InterviewerVoice(speaker, tasks)  # type: ignore[arg-type]
    speaking: list[bool] = []
    notices: list[str] = []
    voice.speaking_changed.connect(speaking.append)
    voice.notice_posted.connect(notices.append)
    said: list[str] = []
    voice.say("Welcome.", lambda: said.append("welcome"))
    qtbot.waitUntil(lambda: said == ["welcome"], timeout=5000)
    assert notices == [NO_OUTPUT]  # learnt by trying: the first text was rendered
    speaking.clear()
    voice.say("The first question?", lambda: said.append("question"))
    qtbot.waitUntil(lambda: said == ["welcome", "question"], timeout=5000)
    assert True not in speaking, "shown speaking while nothing could be heard"
    assert speaker.rendered == ["Welcome."]  # nothing rendered for nobody to hear
    assert tasks.shutdown(5000)


def _ink_contrast(widget) -> float:  # type: ignore[no-untyped-def]
    """How far a button's text stands out from its fill: the contrast of the pixel that
    differs most from the colour filling most of the button."""
    from collections import Counter

    from PySide6.QtGui import QColor

    from tests.ui.test_score_text_contrast import _contrast

    image = widget.grab().toImage()
    inner = [
        image.pixelColor(x, y).name()
        for x in range(6, image.width() - 6)
        for y in range(6, image.height() - 6)
    ]
    fill = Counter(inner).most_common(1)[0][0]
    return max(_contrast(QColor(c), QColor(fill)) for c in set(inner))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_disabled_main_button_looks_disabled(qtbot, theme: str) -> None:  # type: ignore[no-untyped-def]
    """In the dark theme a disabled main button (Start while the questions load) kept its
    white text on a grey fill: it read as an ordinary button one could press."""
    from simulator.ui.style import apply_theme
    from simulator.ui.widgets.common import button

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        main = button("&Start interview", "start", None, lambda: None, "Start", primary=True)
        plain = button("Settings…", "settings", None, lambda: None, "Settings")
        for b in (main, plain):
            qtbot.addWidget(b)
            b.resize(180, 36)
        assert _ink_contrast(main) >= 4.5 and _ink_contrast(plain) >= 4.5
        main.setEnabled(False)
        plain.setEnabled(False)
        assert _ink_contrast(main) < 3.0, (theme, round(_ink_contrast(main), 2))
        if theme == "dark":  # every disabled button dims alike (Delete… on an empty History)
            assert _ink_contrast(plain) < 3.0, round(_ink_contrast(plain), 2)
    finally:
        apply_theme(app, "light")


def test_custom_offers_only_the_topics_of_the_checked_categories(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Custom with only Case study checked still offered every topic: choosing a behavioral
    one ("conflict") could only end in "No case study questions on conflict"."""
    home = window.home
    bank = window.services.bank
    home.preset.setFocus()
    home.preset.setCurrentIndex(home.preset.findData("Custom"))
    home.count.setValue(1)  # the small test pack has one case study
    shown = lambda: {  # noqa: E731
        home.topics.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(home.topics.count())
        if not home.topics.item(r).isHidden()
    }
    assert shown() == set(bank.topics())
    conflict = next(
        home.topics.item(r)
        for r in range(home.topics.count())
        if home.topics.item(r).data(Qt.ItemDataRole.UserRole) == "conflict"
    )
    conflict.setSelected(True)
    assert "on conflict" in home.summary.text()
    for category in ("technical", "behavioral"):  # by keyboard: Tab to the box, Space
        box = home.category_boxes[category]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert not box.isChecked()
    assert shown() == {q.topic for q in bank.filter(["case"])}
    assert not conflict.isSelected()  # a hidden topic is not chosen behind the person's back
    assert "conflict" not in home.summary.text() and home.start_button.isEnabled()
    # the greyed list of a preset shows what that plan draws from
    home.preset.setCurrentIndex(home.preset.findData("Behavioral drill"))
    assert shown() == {q.topic for q in bank.filter(["behavioral"])}


def test_an_empty_history_says_why_in_words(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """History with no session (or none left by the filters) was a bare grid and "0 sessions"."""
    window.past.open_history()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=5000)
    page = window.past.history
    qtbot.waitUntil(page.empty_note.isVisible, timeout=5000)
    assert "No sessions yet" in page.empty_note.text()
    _typed_session(services.storage, "Quick practice", "tech.overfit", "It memorizes noise.", 35)
    window.past.open_history()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
    assert not page.empty_note.isVisible()
    page.min_score.setValue(90)
    assert (
        page.empty_note.isVisible() and "matches this filter (Score ≥ 90)" in page.empty_note.text()
    )


def test_tab_in_the_answer_box_moves_on_and_types_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Tab in the interview's answer box typed a tab character (the placeholder vanished, the
    answer became blank space) and the keyboard stayed in the box: Tab never reached Skip,
    Pause or Submit."""
    from simulator.core.interview import State
    from simulator.core.plan import Plan

    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    wait_reached(qtbot, window, State.PREPARING)
    qtbot.keyClicks(page.answer, "Bias")
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=5000)
    page.answer.setFocus()
    qtbot.waitUntil(page.answer.hasFocus)
    qtbot.keyClick(page.answer, Qt.Key.Key_Tab)
    assert page.answer.toPlainText() == "Bias"
    assert QApplication.focusWidget() is not page.answer
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    )
    assert QApplication.focusWidget() is page.answer
    QApplication.clipboard().setText("a\ttable")  # a pasted tab is kept, as said
    qtbot.keyClick(page.answer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "a\ttable" in page.answer.toPlainText()


def test_the_shortcut_list_opens_on_its_first_section_not_a_gap() -> None:
    """F1 opened on an empty line above "Home"; sections after it keep their blank line."""
    from simulator.ui.shortcuts_help import SHORTCUTS_HELP, shortcuts_table

    table = shortcuts_table(SHORTCUTS_HELP)
    # (each heading has the anchor F1 opens the list at: walk65b)
    first = '<table cellspacing=\'2\'><tr><td colspan="2"><a name="section-Home"></a><b>Home</b>'
    assert table.startswith(first)
    assert '<br><a name="section-Interview"></a><b>Interview</b>' in table


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_checkbox_square_stands_out_from_its_background(qtbot, theme: str) -> None:  # type: ignore[no-untyped-def]
    """In the dark theme an unticked box's square was a near-black line on the dark card
    (about 1.3 : 1): Technical, Behavioral and Case study looked like bare words. The square
    reads at 3 : 1 or more (a control's boundary), and a ticked one shows its tick."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    from simulator.ui.style import apply_theme
    from tests.ui.test_score_text_contrast import _contrast

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        box = QCheckBox("Technical")
        box.setAutoFillBackground(True)  # on the card's colour, as on Home
        box.setBackgroundRole(QPalette.ColorRole.Base)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        option = QStyleOptionButton()
        option.initFrom(box)
        square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        background = app.palette().color(QPalette.ColorRole.Base)

        def sharpest() -> float:
            image = box.grab().toImage()
            return max(
                _contrast(image.pixelColor(x, y), background)
                for x in range(square.left(), square.right() + 1)
                for y in range(square.top(), square.bottom() + 1)
            )

        assert sharpest() >= 3.0, (theme, round(sharpest(), 2))
        box.setChecked(True)
        image = box.grab().toImage()
        centre = image.pixelColor(square.center())
        assert _contrast(centre, QColor("#3b6fd8")) < 1.5 or centre.lightness() > 200
        assert sharpest() >= 3.0
    finally:
        apply_theme(app, "light")
