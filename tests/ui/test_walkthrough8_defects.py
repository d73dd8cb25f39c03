"""Defects met in the eighth keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from simulator.core.interview import State
from simulator.ui.style import apply_theme
from tests.ui.test_focus_outline import _ring_change
from tests.ui.waits import HANG_MS


def _focus_ring(qtbot, window, control: QWidget) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """The ring's change as seen on the page: grabbed with what is behind the control (a
    see-through chart alone grabs as black)."""
    parent = control.parentWidget()
    window.stack.setFocus()
    qtbot.wait(10)
    before = parent.grab(control.geometry()).toImage()
    control.setFocus()
    qtbot.waitUntil(control.hasFocus, timeout=1000)
    qtbot.wait(10)
    return _ring_change(before, parent.grab(control.geometry()).toImage())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_drawn_controls_reached_by_tab_show_the_focus(qtbot, window, theme: str) -> None:  # type: ignore[no-untyped-def]
    """Tab reached the scorecard's STAR bars and the Progress charts (for screen readers), but
    nothing on screen changed: the keyboard seemed lost between the table and the buttons."""
    from simulator.core.scorecard.model import StarPartView

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        bar = window.scorecard.star_bar
        bar.set_parts(
            [
                StarPartView(
                    "situation", "S", 0.2, 20, 0.15, 0.2, "15%-20%", True, "on target", "#2e9e5b"
                )
            ]
        )
        window.stack.setCurrentWidget(window.scorecard)
        bar.show()
        share, contrast = _focus_ring(qtbot, window, bar)
        assert share > 0.3 and contrast >= 3.0, ("starBar", share, contrast)
        window.stack.setCurrentWidget(window.past.progress)
        for control in (window.past.progress.scores_chart,):
            share, contrast = _focus_ring(qtbot, window, control)
            assert share > 0.3 and contrast >= 3.0, (control.objectName(), share, contrast)
    finally:
        apply_theme(app, "light")


def test_the_page_says_the_scorecard_is_coming_until_it_shows(window) -> None:  # type: ignore[no-untyped-def]
    """Ended while the last answer was transcribed, the interview page stayed up for seconds
    after the session was over with an empty status pill and a greyed "Next" button, as if
    the app had hung (the scorecard is prepared off the GUI thread)."""
    page = window.interview
    for state in (State.WRAP_UP, State.SCORECARD):
        page.set_state(state)
        assert page.status.text(), state
        assert page.next_button.text() != "Next", state
        assert page.hint.text(), state


def test_a_revised_score_replaces_the_one_under_the_answer(window) -> None:  # type: ignore[no-untyped-def]
    """After the whole recording was transcribed again, the notice said "score updated
    22 → 24" while the line under the answer still said "22/100"."""
    from simulator.core.session import events as ev
    from tests.scores import answer_score

    page = window.interview
    question = next(iter(window.services.bank.questions.values()))
    page.render_event(ev.QuestionShown(question, 3, 6, ""))
    page.render_event(ev.AnswerReviewed(3, answer_score(22), False))
    assert "22/100" in page.feedback.text()
    page.render_event(ev.ScoreRevised(3, 22, 24, "the whole recording was transcribed again",
                                      answer_score(24)))  # fmt: skip
    assert "22 → 24" in page.notice.text()
    assert "24/100" in page.feedback.text() and "22/100" not in page.feedback.text()
    page.render_event(ev.ScoreRevised(2, 50, 60, "why", answer_score(60)))  # an earlier one
    assert "24/100" in page.feedback.text()


def test_the_introduction_shows_no_empty_clock(window) -> None:  # type: ignore[no-untyped-def]
    """During the introduction an empty time bar, with no clock beside it, sat under the
    answer box: a timer of nothing."""
    from simulator.core.session import events as ev

    page = window.interview
    window.stack.setCurrentWidget(page)
    page.render_event(ev.BriefingShown("Welcome to your mock interview.", 3))
    assert not page.time_bar.isVisible()
    question = next(iter(window.services.bank.questions.values()))
    page.render_event(ev.QuestionShown(question, 1, 3, ""))
    assert page.time_bar.isVisible() and page.clock.text()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_dialog_buttons_carry_no_icon_that_vanishes_in_the_dark(qtbot, theme: str) -> None:  # type: ignore[no-untyped-def]
    """On a desktop whose style puts icons on dialog buttons (Fusion under X11), the dark
    theme's Close and Cancel buttons of F1 and Settings showed a black cross on a dark
    button, barely visible. (The offscreen platform has no such icons: a style that asks
    for them stands in for the desktop.)"""
    from PySide6.QtWidgets import QDialogButtonBox, QProxyStyle, QStyle, QStyleFactory

    class DesktopStyle(QProxyStyle):
        def styleHint(self, hint, option=None, widget=None, data=None):  # type: ignore[no-untyped-def]  # noqa: N802
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, data)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        app.setStyle(DesktopStyle(QStyleFactory.create("Fusion")))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        qtbot.addWidget(box)
        hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
        assert box.style().styleHint(hint, None, box) == 0
    finally:
        apply_theme(app, "light")


def test_an_interview_that_could_not_be_saved_says_so_until_it_is(window) -> None:  # type: ignore[no-untyped-def]
    """The disk full at the end: the page kept saying "Preparing your scorecard…" and "the
    scorecard opens by itself", and the notice saying it could not be saved (Ctrl+E tries
    again) was replaced a moment later by the voice's "Questions are shown as text"."""
    from simulator.core.session import events as ev

    page = window.interview
    page.render_event(ev.StateChanged(State.REVIEWING, State.WRAP_UP))
    unsaved = "The interview could not be saved. Press Ctrl+E to try again once saving works."
    page.render_event(ev.Notice(unsaved, "unsaved"))
    page.render_event(ev.Notice("Questions are shown as text: the voice failed.", "session"))
    # not replaced: the voice's news stands under it (walkthrough 49)
    assert page.notice.text().split("\n") == [
        unsaved,
        "Questions are shown as text: the voice failed.",
    ]
    assert "Not saved" in page.status.text() and "Ctrl+E" in page.hint.text()
    assert "opens by itself" not in page.hint.text()
    question = next(iter(window.services.bank.questions.values()))
    page.render_event(ev.QuestionShown(question, 1, 1, ""))  # a new interview, later
    assert page.notice.text() == "Questions are shown as text: the voice failed."


def test_the_star_bars_figures_fit_beside_the_bars(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At the scorecard's width the figures ran past the right edge: "target 50%-60%, too
    short" lost its last letter (the column was sized for a shorter text than is drawn)."""
    from PySide6.QtGui import QColor

    from simulator.core.scorecard.model import StarPartView
    from simulator.ui.widgets.star_bar import StarBar

    bar = StarBar()
    qtbot.addWidget(bar)
    bar.set_parts(
        [
            StarPartView("situation", "S", 0.29, 29, 0.15, 0.2, "15%-20%", True, "too long", "#d88a1b"),
            StarPartView("action", "A", 0.27, 27, 0.5, 0.6, "50%-60%", True, "too short", "#d64545"),
        ]
    )  # fmt: skip
    bar.resize(436, bar.sizeHint().height())
    image = bar.grab().toImage()
    background = QColor(image.pixelColor(image.width() - 1, 0))
    right_edge = [
        image.pixelColor(x, y)
        for x in range(image.width() - 4, image.width())
        for y in range(image.height())
    ]
    assert all(c == background for c in right_edge), "text touches the right edge"


def test_settings_opens_and_switches_sections_with_the_keyboard_in_sight(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Settings opened with the keyboard on its row of section tabs, which shows no focus:
    nothing looked focused, Down did nothing, and after Ctrl+Tab to "Appearance & data" the
    Theme box could not be reached by arrow keys."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    from simulator.settings import Settings
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    for _ in range(dialog.tabs.count()):
        focused = dialog.focusWidget()
        assert not isinstance(focused, QTabBar), "the keyboard is on the tab row"
        assert dialog.tabs.currentWidget().isAncestorOf(focused), focused.objectName()
        qtbot.keyClick(focused, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)


def test_resume_says_on_home_why_an_interview_cannot_go_on(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """A question of the interrupted interview had left the bank (its pack removed): Resume
    put "Cannot resume: unknown question id(s) ..." in the status line for 15 seconds, and
    the banner kept offering Resume, which could never work, without saying what to do."""
    sid = services.storage.create_session({"question_ids": ["my.removed-question", "tech.overfit"]})
    services.storage.add_answer(sid, "tech.overfit", 1, "typed", "kept")
    home = window.home
    home.offer_resume(services.storage.session(sid))
    window.resume_session(sid)
    qtbot.waitUntil(lambda: "my.removed-question" in home.resume_banner.text(), timeout=HANG_MS)
    text = home.resume_banner.text()
    assert "Discard" in text and "stay saved" in text
    assert not home.resume_button.isEnabled() and home.discard_button.isEnabled()
    assert window.stack.currentWidget() is home
