"""A theme change never freezes the window (issue 8, defect 10; stall63).

Switching the theme set the application's style sheet again, and Qt polished every widget for
it in one go, hidden pages and dialogs too: 243-397 ms of the GUI thread on a quiet machine
(round 62). The sheet is now one text for every theme, its colours taken from the palette: a
switch is a new palette, the widgets on screen polished again at once and the hidden ones over
the next turns, or as they show. These tests hold the mechanism (no time is measured)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QStyle,
    QStyleOptionSpinBox,
    QVBoxLayout,
)

from simulator.ui.restyle import restyler
from simulator.ui.style import apply_theme, theme_palette

DARK_WINDOW = theme_palette("dark").color(QPalette.ColorRole.Window).name()


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _shown_once(window):  # type: ignore[no-untyped-def]
    """History's page, drawn once (polished) and then left for Home: a hidden page."""
    page = window.past.history
    window.stack.setCurrentWidget(page)
    QApplication.processEvents()
    window.stack.setCurrentWidget(window.home)
    QApplication.processEvents()
    assert not page.isVisible()
    return page


def _ground(widget) -> str:  # type: ignore[no-untyped-def]
    """The colour that covers most of what ``widget`` draws."""
    image = widget.grab().toImage()
    colours = Counter(
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    return colours.most_common(1)[0][0]


def test_a_switch_sets_neither_the_style_nor_the_sheet_again(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = _app()
    apply_theme(app, "light")
    calls: list[str] = []
    monkeypatch.setattr(QApplication, "setStyleSheet", lambda *_a: calls.append("sheet"))
    monkeypatch.setattr(QApplication, "setStyle", lambda *_a: calls.append("style"))
    try:
        apply_theme(app, "dark")
        apply_theme(app, "light")
    finally:
        monkeypatch.undo()
        apply_theme(app, "light")
    assert calls == []


def test_on_screen_at_once_hidden_pages_over_the_next_turns(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    app = _app()
    apply_theme(app, "light")
    hidden_page = _shown_once(window)
    qtbot.waitUntil(lambda: restyler().pending() == 0, timeout=10_000)
    try:
        apply_theme(app, "dark")
        # on screen: dark in the switch's own turn
        assert window.home.palette().color(QPalette.ColorRole.Window).name() == DARK_WINDOW
        assert QColor(_ground(window.home)).lightness() < 80, _ground(window.home)
        # hidden: left for the turns that follow, then dark too
        assert restyler().pending() > 0
        qtbot.waitUntil(lambda: restyler().pending() == 0, timeout=10_000)
        for top in app.topLevelWidgets():
            if top.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                window_colour = top.palette().color(QPalette.ColorRole.Window).name()
                assert window_colour == DARK_WINDOW, top
        assert hidden_page.palette().color(QPalette.ColorRole.Window).name() == DARK_WINDOW
    finally:
        apply_theme(app, "light")


def test_a_hidden_page_shown_before_its_turn_shows_dark(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    app = _app()
    apply_theme(app, "light")
    page = _shown_once(window)
    qtbot.waitUntil(lambda: restyler().pending() == 0, timeout=10_000)
    try:
        apply_theme(app, "dark")
        assert restyler().pending() > 0
        window.stack.setCurrentWidget(page)  # in the same turn: no slice has run yet
        assert page.isVisible()
        assert page.palette().color(QPalette.ColorRole.Window).name() == DARK_WINDOW
        assert QColor(_ground(page)).lightness() < 80, _ground(page)
    finally:
        apply_theme(app, "light")


def test_a_parentless_dialog_opened_after_the_switch_is_dark(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    app = _app()
    apply_theme(app, "light")
    try:
        apply_theme(app, "dark")
        dialog = QDialog()  # no parent: no window's sheet or palette to inherit
        qtbot.addWidget(dialog)
        QVBoxLayout(dialog).addWidget(QLabel("A question a dialog asks."))
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.palette().color(QPalette.ColorRole.Window).name() == DARK_WINDOW
        assert QColor(_ground(dialog)).lightness() < 80, _ground(dialog)
    finally:
        apply_theme(app, "light")


def test_spin_box_arrows_follow_the_theme(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The arrows are images (the palette cannot recolour them): dark on the light theme's
    buttons, light on the dark theme's, after a switch as at start."""
    app = _app()
    spin = window.home.count
    spin.setEnabled(True)
    spin.setValue(3)

    def arrow_lightness() -> tuple[int, int]:
        """The up button's ground and its arrow's ink, as lightness."""
        option = QStyleOptionSpinBox()
        spin.initStyleOption(option)
        part = QStyle.SubControl.SC_SpinBoxUp
        rect = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin)
        image = spin.grab().toImage().copy(rect.adjusted(3, 2, -3, -2))
        light = [QColor(image.pixel(x, y)).lightness()
                 for x in range(image.width()) for y in range(image.height())]  # fmt: skip
        ground = Counter(light).most_common(1)[0][0]
        ink = max(light, key=lambda v: abs(v - ground))
        return ground, ink

    try:
        for theme in ("light", "dark", "light", "dark"):
            apply_theme(app, theme)
            qtbot.waitUntil(lambda: restyler().pending() == 0, timeout=10_000)
            ground, ink = arrow_lightness()
            if theme == "dark":
                assert ground < 128 < ink, (theme, ground, ink)
            else:
                assert ink < 128 < ground, (theme, ground, ink)
    finally:
        apply_theme(app, "light")


def test_a_switch_lays_no_list_out_again(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Polishing a widget again gives it its font from before the sheet, then the sheet's: a
    list laid out all its rows for each (History with 300 sessions: 35-50 ms in one turn).
    The font ends as it was; no list hears of a font change."""
    from PySide6.QtCore import QEvent, QObject

    class Fonts(QObject):
        changes = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
            Fonts.changes += event.type() == QEvent.Type.FontChange
            return False

    app = _app()
    apply_theme(app, "light")
    page = _shown_once(window)
    window.stack.setCurrentWidget(page)
    qtbot.waitUntil(lambda: restyler().pending() == 0, timeout=10_000)
    fonts = Fonts()
    views = [page.table, page.table.viewport(), page.table.verticalHeader()]
    for view in views:
        view.installEventFilter(fonts)
    font = page.table.font()
    try:
        apply_theme(app, "dark")
        qtbot.waitUntil(lambda: restyler().pending() == 0, timeout=10_000)
        qtbot.wait(50)
    finally:
        for view in views:
            view.removeEventFilter(fonts)
        apply_theme(app, "light")
    assert Fonts.changes == 0
    assert page.table.font() == font
