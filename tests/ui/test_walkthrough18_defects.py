"""Defects met in the eighteenth keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette

from simulator.core.interview import State
from tests.ui.stand_ins import begin_answering
from tests.ui.waits import HANG_MS


def test_the_follow_up_hint_says_what_ctrl_enter_does(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A typed follow-up said "Ctrl+Enter ends it": the key submits a typed answer (it ends a
    recording), as the hint of the main answer says."""
    page = window.interview
    page.set_spoken(False)
    page.set_state(State.FOLLOW_UP)
    assert "Ctrl+Enter submits it" in page.hint.text() and "ends" not in page.hint.text()
    page.set_spoken(True)
    page.set_state(State.FOLLOW_UP)
    assert "Ctrl+Enter ends it" in page.hint.text()


def test_ctrl_page_down_and_up_switch_settings_sections(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+PgDn / Ctrl+PgUp, the usual keys for the next / previous tab (and those of the
    Review page's answers), did nothing in Settings; only Ctrl+Tab worked."""
    from PySide6.QtCore import Qt

    from simulator.settings import Settings
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    count = dialog.tabs.count()
    for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
        for _ in range(count):
            before = dialog.tabs.currentIndex()
            qtbot.keyClick(dialog.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
            assert dialog.tabs.currentIndex() == (before + step) % count
            focused = dialog.focusWidget()
            assert dialog.tabs.currentWidget().isAncestorOf(focused), focused.objectName()


def test_the_answer_restored_notice_goes_once_that_answer_is_in(
    qtbot, window, services, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """ "The answer you were typing when the app closed is back." stayed on screen after that
    answer was submitted, and over its feedback: it is true only while the answer is typed."""
    from simulator.core.plan import Plan
    from simulator.ui.main_window import MainWindow

    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    begin_answering(qtbot, window)
    qtbot.keyClicks(window.interview.answer, "Overfitting memorizes the noise")
    sid = window.controller.session_id
    draft = data_dir / "drafts" / f"session-{sid}.json"
    qtbot.waitUntil(lambda: draft.exists() and "noise" in draft.read_text("utf-8"), timeout=5000)
    window.shutdown()  # as if the app had been killed

    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    try:
        again.resume_session(sid)
        page = again.interview
        qtbot.waitUntil(lambda: "is back" in page.notice.text(), timeout=5000)
        assert page.notice.isVisibleTo(page)
        # words were typed: it resumes into answering (walkthrough 26)
        qtbot.waitUntil(lambda: again.controller.state is State.ANSWERING, timeout=HANG_MS)
        assert "is back" in page.notice.text()  # still true while the answer is given
        again.controller.submit(page.answer.toPlainText())
        qtbot.waitUntil(lambda: again.controller.state is State.REVIEWING, timeout=HANG_MS)
        assert "is back" not in page.notice.text()
    finally:
        again.shutdown()


def test_closing_the_shortcut_list_gives_the_keyboard_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """F1, read, Esc: nothing had the keyboard any more (no focus shown, Tab started from an
    odd place and Ctrl+, went nowhere). It goes back where it was."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    home = window.home
    home.preset.setFocus()
    qtbot.waitUntil(home.preset.hasFocus)
    qtbot.keyClick(home.preset, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None and QApplication.focusWidget() is not home.preset
        )
    )
    assert QApplication.focusWidget().objectName() == "shortcutsList"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is home.preset, timeout=2000)


def test_a_full_bar_s_score_is_written_above_it_not_on_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A scorecard of one 97/100 answer: the category chart wrote "97" inside the top of its
    blue bar, black on blue, in the app's 14 px font (the bar left no room above it)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from simulator.core.scorecard.model import CategoryView
    from simulator.ui.pages.scorecard import _fill_chart
    from simulator.ui.style import ACCENT

    page = window.scorecard
    window.stack.setCurrentWidget(page)
    font = page.chart.font()
    font.setPixelSize(14)  # the app's style sheet, which the test window does not load
    page.chart.setFont(font)
    categories = [CategoryView("technical", 100, ""), CategoryView("behavioral", 50, "")]
    _fill_chart(page.chart, page.chart_zeros, categories, False, QApplication.palette())
    qtbot.wait(50)
    image = page.chart.grab().toImage()
    accent = QColor(ACCENT)
    half = image.width() // 2  # the first bar, 100
    bar = [
        (x, y)
        for x in range(half)
        for y in range(image.height())
        if image.pixelColor(x, y) == accent
    ]
    left, right = min(x for x, _ in bar), max(x for x, _ in bar)
    top, bottom = min(y for _, y in bar), max(y for _, y in bar)

    def dark(x0: int, x1: int, y0: int, y1: int) -> int:
        return sum(
            1
            for x in range(x0, x1)
            for y in range(max(0, y0), y1)
            if image.pixelColor(x, y).lightness() < 90
        )

    assert dark(left, right, top, bottom) == 0  # nothing written on the bar
    assert dark(left, right, top - 24, top) > 0  # its "100" stands above it


def test_what_home_says_of_enter_is_what_enter_does(qtbot, window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Home opens with the keyboard on the Plan box, under a hint "Enter or double-click opens
    a scorecard" (with no session to open, and Enter on the Plan box did nothing at all) beside
    a Start button drawn as the default. Enter in the plan's boxes starts the interview; the
    hint about the list shows once there is a session in it, and says Enter works there."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    home = window.home
    started: list[object] = []
    monkeypatch.setattr(home, "_start", lambda: started.append(1))  # what Start does
    hint = next(lab for lab in home.findChildren(QLabel) if "double-click" in lab.text())
    home.show_sessions([])
    assert not hint.isVisibleTo(home)
    sid = services.storage.create_session({"name": "Quick practice"})
    home.show_sessions([services.storage.session(sid)])
    assert hint.isVisibleTo(home) and "session" in hint.text()
    from simulator.ui.pages.home import CUSTOM

    home.preset.setCurrentIndex(home.preset.findData(CUSTOM))  # its count can be typed
    for field in (home.preset, home.count, home.answer_mode, home.voice):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert len(started) == 4
    home.topics.setFocus()  # not every Enter on Home starts an interview
    qtbot.keyClick(home.topics, Qt.Key.Key_Return)
    assert len(started) == 4
    from simulator.ui.shortcuts_help import SHORTCUTS_HELP

    # which boxes, by their labels (walk65b: "in the plan" left out Answers, Questions, Voice)
    assert "In Plan, Categories, Questions, Voice or Answers" in SHORTCUTS_HELP
    assert "Enter (in the list)" in SHORTCUTS_HELP


def test_the_attempts_diff_is_readable_in_both_themes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Attempts wrote removed words red on a pale red and added words green on a pale green:
    2.6 to 3.2 : 1 contrast in the light and dark themes, under the 4.5 : 1 of body text. The
    tint and the strike-through say what changed; the words keep the text colour."""
    from simulator.core.attempts import Chunk
    from simulator.ui.pages.attempts import _chunks_html

    for palette in _palettes():
        for kind in ("removed", "added"):
            html = _chunks_html([Chunk("words", kind)], kind)
            style = re.search(r'<span style="([^"]*)">words', html).group(1)  # type: ignore[union-attr]
            fg, bg = _colours(style, palette, QPalette.ColorRole.Base)
            assert _contrast(fg, bg) >= 4.5, (kind, fg.name(), bg.name())


def test_the_status_pill_is_readable_in_both_themes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The pill above the question ("Answer saved", "Follow-up question") wrote the accent
    blue on a pale tint of itself: 3.4 : 1 in the light theme, 2.9 : 1 in the dark one. (The
    sheet is one text for both themes: its colour is a palette role, read in each palette.)"""
    from simulator.ui.style import _stylesheet

    for dark, palette in zip((False, True), _palettes(), strict=True):
        rule = re.search(r'QLabel\[role="statusPill"\] \{([^}]*)\}', _stylesheet())
        assert rule is not None
        fg, bg = _colours(rule.group(1), palette, QPalette.ColorRole.Window)
        assert _contrast(fg, bg) >= 4.5, (dark, fg.name(), bg.name())


def _palettes() -> tuple[QPalette, QPalette]:
    """The light theme's palette (Fusion's own) and the dark theme's, as the app sets them."""
    from simulator.ui.style import theme_palette

    return theme_palette("light"), theme_palette("dark")


def _colours(style: str, palette: QPalette, under: QPalette.ColorRole) -> tuple[QColor, QColor]:
    """The text colour a style gives (the palette's text when it gives none) and its rgba()
    background laid over the palette's ``under`` colour."""
    colour = re.search(r"(?<![-\w])color:\s*([^;]+)", style)
    fg = (
        _named(colour.group(1).strip(), palette)
        if colour
        else palette.color(QPalette.ColorRole.Text)
    )
    tint = re.search(r"rgba\(([^)]*)\)", style)
    assert tint is not None
    r, g, b, a = (float(x) for x in tint.group(1).split(","))
    base = palette.color(under)
    bg = QColor.fromRgbF(
        a * r / 255 + (1 - a) * base.redF(),
        a * g / 255 + (1 - a) * base.greenF(),
        a * b / 255 + (1 - a) * base.blueF(),
    )
    return fg, bg


def _named(value: str, palette: QPalette) -> QColor:
    """A style sheet's colour: "palette(link)" is the palette's Link, "#..." itself."""
    role = re.fullmatch(r"palette\(([-a-z]+)\)", value)
    if role is None:
        return QColor(value)
    name = "".join(part.capitalize() for part in role.group(1).split("-"))
    return palette.color(getattr(QPalette.ColorRole, name))


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
